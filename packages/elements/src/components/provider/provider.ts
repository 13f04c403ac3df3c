import { CkitProvider } from './provider.component.js';

export { CkitProvider };

CkitProvider.define('ckit-provider');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-provider': CkitProvider;
  }
}
