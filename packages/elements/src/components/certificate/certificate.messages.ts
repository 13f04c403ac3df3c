/**
 * The English messages of `<ckit-certificate>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const certificateMessages = {
  certificateTitle: 'Certificate of completion',
  certificateAwardedTo: 'Awarded to',
  certificateIssued: 'Issued on {date}',
  certificateNumber: 'Certificate number {number}',
  certificateQr: 'QR code of the verification link',
  certificateVerifyAt: 'Verify at',
  certificateDownload: 'Download certificate',
  certificateLinkedIn: 'Add to LinkedIn',
  certificateNewTab: '(opens in a new tab)',
  certificateBadge: 'Download as Open Badges 3.0',
  certificateBadgeUnsigned: 'The Open Badges file is not digitally signed: anyone can check it at the verification link.',
  certificateUnknownTitle: 'Certificate not found',
} as const;
