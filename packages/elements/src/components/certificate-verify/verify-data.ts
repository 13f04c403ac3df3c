/**
 * What `<ckit-certificate-verify>` reads: a number's public verification. `<ckit-certificate>`
 * declares the same query under the same key, so a page with both shares one request without
 * either element loading the other's code.
 *
 * @module
 */
import { Certificates, isNotFoundError, type CertificateVerification } from '@coursekit/sdk';
import { query, type Query } from '../../data/query.js';

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
