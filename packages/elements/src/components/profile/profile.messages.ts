/**
 * The English messages of `<ckit-profile>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const profileMessages = {
  profileTitle: 'Your profile',
  profileName: 'Name',
  profileUsername: 'Username',
  profileHeadline: 'Headline',
  profileBio: 'About you',
  profileAvatar: 'Profile picture',
  profileAvatarCurrent: 'Your current picture',
  profileAvatarPreview: 'Your new picture, kept when you save',
  profileAvatarChoose: 'Choose a new picture',
  profileAvatarHint: 'A PNG, JPEG, GIF or WebP image of up to {size} MB. It is uploaded when you save.',
  profileAvatarType: 'This file is not a PNG, JPEG, GIF or WebP image. Choose another one.',
  profileAvatarTooLarge: 'This picture is larger than {size} MB. Choose a smaller one.',
  profileAvatarForbidden: 'This school does not let your account upload pictures.',
  profileSettings: 'Settings',
  profileLocale: 'Language',
  profileLocaleDefault: 'The site’s language',
  profileEmails: 'Email me about my courses and orders',
  profileInstructor: 'Instructor profile',
  profileSlug: 'Profile address',
  profileCompany: 'Company',
  profileWebsite: 'Website',
  profileInstructorBio: 'About you as an instructor',
  profileSave: 'Save profile',
  profileSaving: 'Saving…',
  profileSaved: 'Your profile is saved.',
  profileSignIn: 'Sign in to edit your profile.',
  profileSignInButton: 'Sign in',
  profileSignInHint: 'Use this site’s sign-in, then come back to this page.',
} as const;
