/**
 * The English messages of `<ckit-login>`, registered by the element's `define()` (its `static
 * messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const loginMessages = {
  loginTitle: 'Sign in',
  loginRegisterTitle: 'Create an account',
  loginName: 'Name',
  loginEmail: 'Email',
  loginUsername: 'Username',
  loginOptional: '(optional)',
  loginPassword: 'Password',
  loginPasswordConfirm: 'Confirm password',
  loginSubmit: 'Sign in',
  loginRegisterSubmit: 'Create account',
  loginToRegister: 'New here? Create an account',
  loginToLogin: 'Already have an account? Sign in',
  loginAccount: 'Signed in as {name}',
  loginSignOut: 'Sign out',
  loginSignedIn: 'You are signed in as {name}.',
  loginSignedOut: 'You are signed out.',
  loginThrottled: { one: 'Too many sign-in attempts. Try again in {count} second.', other: 'Too many sign-in attempts. Try again in {count} seconds.' },
} as const;
