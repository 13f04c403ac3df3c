/**
 * The English messages of `<ckit-certificate-verify>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const certificateVerifyMessages = {
  verifyLabel: 'Certificate number',
  verifySubmit: 'Verify',
  verifyChecking: 'Checking {number}…',
  verifyValidTitle: 'Valid certificate',
  verifyInvalidTitle: 'Certificate no longer valid',
  verifyUnknownTitle: 'Unknown certificate',
  verifyLearner: 'Learner',
  verifyCourse: 'Course',
  verifyIssued: 'Issued',
  verifyNumber: 'Number',
} as const;
