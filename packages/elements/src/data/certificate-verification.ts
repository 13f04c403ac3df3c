/**
 * A certificate number's public verification: what `<ckit-certificate-verify>` shows and what
 * `<ckit-certificate>` checks. One query for both, so a page with both elements asks once.
 *
 * @module
 */
import { Certificates, isNotFoundError, type CertificateVerification } from '@coursekit/sdk';
import { query, type Query } from './query.js';

/** A number's public verification, or `null` when no certificate has that number. */
export const verificationQuery = (number: string): Query<CertificateVerification | null> =>
  query(['certificate', number.toUpperCase()], 'public', async ({ client }) => {
    try {
      return await new Certificates(client.http).verify(number);
    } catch (error) {
      if (isNotFoundError(error)) return null;
      throw error;
    }
  });
