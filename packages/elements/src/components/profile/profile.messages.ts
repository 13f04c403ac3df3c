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
  profileAvatarPreview: 'Your new picture',
  profileAvatarChoose: 'Choose a new picture',
  profileAvatarHint: 'PNG, JPEG, GIF or WebP, up to {size} MB. Uploaded when you save.',
  profileAvatarType: 'This file is not a PNG, JPEG, GIF or WebP image.',
  profileAvatarTooLarge: 'This picture is over {size} MB.',
  profileAvatarForbidden: 'Your account may not upload pictures here.',
  profileSettings: 'Settings',
  profileLocale: 'Language',
  profileLocaleDefault: 'The site’s language',
  profileEmails: 'Email me about my courses',
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
  profileSignInHint: 'Sign in on this site, then come back here.',
} as const;
