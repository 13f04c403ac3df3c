import { createContext } from '@lit/context';
import type { CoursekitStore } from '../data/store.js';

/**
 * The context `<ckit-provider>` provides to every element below it: the SDK client plus the
 * shared request cache, session and wishlist state. The key is a string, not a symbol, so two
 * copies of the library on one page still find each other's provider.
 *
 * @example
 * ```ts
 * import { consume } from '@lit/context';
 * import { coursekitContext, type CoursekitStore } from '@coursekit/elements';
 *
 * class MyWidget extends LitElement {
 *   @consume({ context: coursekitContext, subscribe: true }) store?: CoursekitStore;
 *   async load() { return this.store?.client.courses.list({ featured: true }); }
 * }
 * ```
 */
export const coursekitContext = createContext<CoursekitStore | undefined>('coursekit-store');
