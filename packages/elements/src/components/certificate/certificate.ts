import { CkitCertificate } from './certificate.component.js';

export { CkitCertificate };

CkitCertificate.define('ckit-certificate');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-certificate': CkitCertificate;
  }
}
