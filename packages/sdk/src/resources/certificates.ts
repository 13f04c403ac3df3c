import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Certificate, CertificateVerification } from '../generated/validators.js';
import { collection, resource } from '../core/validator.js';

/** Certificates of completion, and their public verification. */
export class Certificates extends APIResource {
  /**
   * Lists the signed-in user's certificates. `GET /me/certificates`
   *
   * @example
   * ```ts
   * const certificates = await ck.certificates.list();
   * ```
   */
  list(options?: RequestOptions): Promise<Certificate[]> {
    return this._client.get('me/certificates', { ...options, schema: collection(Certificate) });
  }

  /**
   * Verifies a certificate by its number; public, no token needed. `GET /certificates/{certificate_number}`
   *
   * @throws {NotFoundError} 404 when no certificate has this number.
   *
   * @example
   * ```ts
   * const check = await new CourseKit({ baseUrl }).certificates.verify('CK-CERT-0001');
   * if (check.valid) console.log(`${check.learner_name} completed ${check.course_title}`);
   * ```
   */
  verify(certificateNumber: string, options?: RequestOptions): Promise<CertificateVerification> {
    return this._client.get(`certificates/${segment(certificateNumber)}`, { ...options, schema: resource(CertificateVerification) });
  }
}
