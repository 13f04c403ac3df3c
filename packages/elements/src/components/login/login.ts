import { CkitLogin } from './login.component.js';

export { CkitLogin };

CkitLogin.define('ckit-login');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-login': CkitLogin;
  }
}
