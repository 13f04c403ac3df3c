import { CkitCertificateVerify } from './certificate-verify.component.js';

export { CkitCertificateVerify };

CkitCertificateVerify.define('ckit-certificate-verify');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-certificate-verify': CkitCertificateVerify;
  }
}
