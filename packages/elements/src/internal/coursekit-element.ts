/**
 * The base class of every CourseKit element: safe registration, typed events, the provider's
 * store through context, language and direction, theme, and failures reported as `ckit-error`
 * instead of thrown at the page.
 *
 * @module
 */
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { Task } from '@lit/task';
import { isAbortError } from '@coursekit/sdk';
import { coursekitContext } from '../context/coursekit-context.js';
import { CkitErrorEvent } from '../events/error.js';
import { Localizer } from '../i18n/localizer.js';
import { resolveDir, resolveLang, resolveTheme, unwatchDocumentLocale, watchDocumentLocale } from './document-locale.js';
import { MissingProviderError } from './errors.js';
import type { CoursekitStore, Theme } from './store.js';

let contextRoot: ContextRoot | undefined;

/** Base class of the CourseKit elements. Extend it for your own elements to get the same plumbing. */
export class CoursekitElement extends LitElement {
  /** Elements this element renders, registered with it by `define()`. */
  static dependencies: Record<string, typeof CoursekitElement> = {};

  /**
   * Registers the element under `tagName` (and its dependencies under theirs). A tag that is
   * already registered, e.g. by a second copy of the library on the page, is left alone.
   *
   * @example
   * ```ts
   * import { CkitCourseCard } from '@coursekit/elements/components/course-card/course-card.component.js';
   * CkitCourseCard.define('school-course-card');
   * ```
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    for (const [tag, dependency] of Object.entries(this.dependencies)) dependency.define(tag, registry);
    if (registry.get(tagName)) return;
    try {
      registry.define(tagName, this);
    } catch {
      // The same class may be registered only once; a second tag gets a trivial subclass.
      registry.define(tagName, class extends this {});
    }
  }

  /**
   * The colour theme: `light`, `dark`, `auto` (follows the OS) or `inherit` (takes font and
   * colours from the host page). Defaults to the theme of the CourseKit element or provider
   * around it, else `light`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** The provider's shared store: client, cache, session, wishlist. Set through context. */
  @consume({ context: coursekitContext, subscribe: true })
  @state()
  protected store?: CoursekitStore;

  override connectedCallback(): void {
    // Lets a provider that is defined or inserted after its children still reach them.
    if (!contextRoot) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    super.connectedCallback();
    watchDocumentLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchDocumentLocale(this);
  }

  /** Messages and `Intl` formatting in the element's language and the provider's currency. */
  protected get i18n(): Localizer {
    return Localizer.for(resolveLang(this, this.store?.locale), this.store?.currency ?? 'USD');
  }

  /** The CSS classes of the element's root: the theme in effect. */
  protected get rootClass(): string {
    return `ckit-root theme-${resolveTheme(this)}`;
  }

  /** The writing direction in effect, for the root's `dir`. */
  protected get direction(): 'ltr' | 'rtl' {
    return resolveDir(this);
  }

  /**
   * Dispatches `event` from this element and returns `false` when a listener called
   * `preventDefault()` on a cancelable event.
   */
  emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** Reports a failure as `ckit-error`. Aborted requests are not failures. */
  protected reportError(error: unknown, operation: string): void {
    if (isAbortError(error)) return;
    this.emit(new CkitErrorEvent({ error, operation }));
  }

  /**
   * The store, or `MissingProviderError` when there is still none after the current task: a
   * provider upgraded later in the same page load gets that long to connect.
   */
  protected async requireStore(store: CoursekitStore | undefined): Promise<CoursekitStore> {
    if (store) return store;
    await new Promise((resolve) => setTimeout(resolve));
    if (this.store) return this.store;
    throw new MissingProviderError(this.localName);
  }

  /**
   * A `@lit/task` that re-runs when the store or `args()` change. A failure is reported as
   * `ckit-error` with `operation` and left in the task for the template to render.
   */
  protected createTask<const A extends readonly unknown[], R>(
    operation: string,
    args: () => A,
    run: (store: CoursekitStore | undefined, args: A, signal: AbortSignal) => Promise<R>,
  ): Task<[CoursekitStore | undefined, ...A], R> {
    return new Task(this, {
      args: () => [this.store, ...args()] as [CoursekitStore | undefined, ...A],
      task: async ([store, ...rest], { signal }) => {
        try {
          return await run(store, rest as unknown as A, signal);
        } catch (error) {
          // A superseded run (new args, new store) is not a failure anyone needs to hear about.
          if (!signal.aborted) this.reportError(error, operation);
          throw error;
        }
      },
    });
  }
}
