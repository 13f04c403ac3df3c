/**
 * The base class of every CourseKit element: safe registration, typed events, the provider's
 * store through context, data through tracked queries, user actions, language, direction and
 * theme, and failures reported as `ckit-error` instead of thrown at the page.
 *
 * @module
 */
import { LitElement, type CSSResultGroup, type CSSResultOrNative, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '@coursekit/sdk';
import { coursekitContext } from '../context/coursekit-context.js';
import { hashKey } from '../data/query-key.js';
import type { Mutation, Query } from '../data/query.js';
import type { CoursekitStore } from '../data/store.js';
import { CkitErrorEvent } from '../events/error.js';
import { Localizer } from '../i18n/localizer.js';
import { registerEnglishDefaults, type Messages } from '../i18n/messages.js';
import { sharedStyles } from '../styles/shared.js';
import { themeStyles } from '../styles/theme.js';
import { Action } from './action.js';
import { ElementTask } from './task.js';
import { forgetResolvedLocales, resolveDir, resolveLang, unwatchDocumentLocale, watchDocumentLocale } from './document-locale.js';
import { forgetResolvedThemes, resolveTheme, type Theme } from './host-theme.js';
import { focusPath, keepFocus } from './focus-landing.js';
import { MissingProviderError } from './errors.js';
import { StoreRequestEvent } from './store-context.js';

/**
 * How many connected elements asked for the store and got no answer. Only a count: an element
 * without a provider holds nothing (unlike @lit/context's ContextRoot, which keeps every
 * unanswered request until a provider appears).
 */
let unanswered = 0;
let listeningForProviders = false;

/** The element's observed attributes plus `lang` and `dir`. */
const withLocaleAttributes = (attributes: string[]): string[] => [...attributes, 'lang', 'dir'];


/** What a task's `run` gets besides its arguments. */
export interface TaskContext {
  /** Aborted when newer arguments or a new store supersede this run. */
  readonly signal: AbortSignal;
  /** Reads a query through the provider's cache; the task runs again when that query is invalidated. */
  read<T>(query: Query<T>): Promise<T>;
  /** The provider's store (`MissingProviderError` when there is none). */
  store(): Promise<CoursekitStore>;
}

/** What an action's `run` gets besides its arguments. */
export interface ActionContext {
  /** Aborted when the action runs again before this run finished: pass it to SDK calls to cancel them. */
  readonly signal: AbortSignal;
  /** The provider's store (`MissingProviderError` when there is none). */
  readonly store: CoursekitStore;
  /** Sends a change through the store, which drops the queries it makes stale. */
  mutate<A extends readonly unknown[], R>(mutation: Mutation<A, R>, ...args: A): Promise<R>;
}

/** Options of `createTask`. */
export interface TaskOptions<A extends readonly unknown[]> {
  /** Whether new arguments are the same as the last ones (no new run). Default: each argument `===`. */
  argsEqual?: (previous: A, next: A) => boolean;
}

/** Base class of the CourseKit elements. Extend it for your own elements to get the same plumbing. */
export class CoursekitElement extends LitElement {
  /** Elements this element renders, registered with it by `define()`. */
  static dependencies: Record<string, typeof CoursekitElement> = {};

  /**
   * The element's built-in English messages (beyond the shared ones of `i18n/en.ts`), one table
   * or several; `define()` registers them. Elements it renders register theirs as `dependencies`.
   */
  static messages: Partial<Messages> | readonly Partial<Messages>[] | undefined;

  /**
   * Registers the element's English `messages` and the element under `tagName` (and its
   * dependencies under theirs). A tag that is already registered, e.g. by a second copy of the
   * library on the page, is left alone.
   *
   * @example
   * ```ts
   * import { CkitCourseCard } from '@coursekit/elements/components/course-card/course-card.component.js';
   * CkitCourseCard.define('school-course-card');
   * ```
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    for (const table of [this.messages ?? []].flat()) registerEnglishDefaults(table);
    for (const [tag, dependency] of Object.entries(this.dependencies)) dependency.define(tag, registry);
    if (registry.get(tagName)) return;
    try {
      registry.define(tagName, this);
    } catch {
      // The same class may be registered only once; a second tag gets a trivial subclass.
      registry.define(tagName, class extends this {});
    }
  }

  /** Theme tokens and shared rules come first, so a component's `static styles` lists only its own. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([themeStyles, sharedStyles, ...(styles === undefined ? [] : [styles])]);
  }

  /**
   * The colour theme: `light`, `dark`, `auto` (follows the host page: its background behind
   * the element, else its `color-scheme`) or `inherit` (takes font and colours from the host
   * page). Without it, the element follows the CourseKit element or provider around it, and the
   * outermost one follows the page as with `auto`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** The provider's shared store: client, cache, session, wishlist. Set through context. */
  @state()
  protected store?: CoursekitStore;

  /** `lang` and `dir` inside a shadow root escape the page's observer; the element watches its own. */
  static override get observedAttributes(): string[] {
    return withLocaleAttributes(super.observedAttributes);
  }

  /**
   * A provider connected (or was defined) while some elements had none: those below it ask
   * again. Walks the provider's subtree, shadow roots included, only then.
   */
  static #onProvider = (event: Event): void => {
    // A `ContextProviderEvent` (not exported by @lit/context's entry point) carries its context.
    if ((event as Event & { context?: unknown }).context !== coursekitContext || !unanswered) return;
    const provider = event.composedPath()[0];
    const wake = (root: Element | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof CoursekitElement && element.#waiting) element.#requestStore();
        if (element.shadowRoot) wake(element.shadowRoot);
      }
    };
    if (provider instanceof Element) {
      wake(provider);
      if (provider.shadowRoot) wake(provider.shadowRoot);
    }
  };

  /** Stops the provider's updates; set while subscribed. */
  #unsubscribeStore: (() => void) | undefined;
  /** Asked for the store and got no answer yet (counted in `unanswered`). */
  #waiting = false;
  readonly #onStore = (value: CoursekitStore | undefined, unsubscribe?: () => void): void => {
    // A different provider now answers (one was inserted in between): leave the old one.
    if (unsubscribe !== this.#unsubscribeStore) this.#unsubscribeStore?.();
    this.#unsubscribeStore = unsubscribe;
    this.#setWaiting(false);
    this.store = value;
  };

  #setWaiting(waiting: boolean): void {
    if (waiting === this.#waiting) return;
    this.#waiting = waiting;
    unanswered += waiting ? 1 : -1;
    if (waiting && !listeningForProviders) {
      listeningForProviders = true;
      document.addEventListener('context-provider', CoursekitElement.#onProvider);
    }
  }

  /** Asks the nearest provider for its store, subscribed to changes (the `@lit/context` protocol). */
  #requestStore(): void {
    this.dispatchEvent(new StoreRequestEvent(this, this.#onStore));
    if (!this.#unsubscribeStore) this.#setWaiting(true);
  }

  /** Each task with the hashes of the query keys its last run read. */
  readonly #tracked = new Map<{ run(): Promise<void> }, Set<string>>();
  #unsubscribe: (() => void) | undefined;
  #subscribed: CoursekitStore | undefined;

  /** Connected before: connecting again is a move. */
  #connectedBefore = false;

  override connectedCallback(): void {
    // A moved element may have new ancestors with other languages, directions or colours. An
    // element connecting for the first time has nothing resolved yet, and what its new ancestors
    // resolved still holds: a list of a thousand new cards reads the page's colours once, not
    // once per card.
    if (this.#connectedBefore) {
      forgetResolvedLocales();
      forgetResolvedThemes();
    }
    this.#connectedBefore = true;
    this.#requestStore();
    super.connectedCallback();
    watchDocumentLocale(this);
    this.#follow(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeStore?.();
    this.#unsubscribeStore = undefined;
    this.#setWaiting(false);
    unwatchDocumentLocale(this);
    this.#follow(undefined);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) {
      forgetResolvedLocales();
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store')) this.#follow(this.store);
    if (changed.has('theme')) forgetResolvedThemes();
  }

  /**
   * Updates the element, then keeps focus inside it when the render removed the node that had
   * it: a retry button replaced by the loading state, the loading state by the content, a button
   * that goes once its work is done. Browsers drop focus to `<body>` then, which sends a keyboard
   * or screen-reader user back to the top of the page. Focus lands as `internal/focus-landing.ts`
   * describes (a loading status, a retry button, a spot made focusable with `tabindex="-1"`, a
   * heading...) only when it was inside this element before the update and nothing took it
   * since: the element's own `updated()` and callbacks awaiting this update's `updateComplete`
   * move it first if they choose to, and focus elsewhere on the page is never taken.
   */
  protected override performUpdate(): void {
    const root = this.shadowRoot;
    // Nested elements: focus inside a card in the catalog makes the card the catalog's activeElement.
    const path = root?.activeElement ? focusPath(root) : undefined;
    super.performUpdate();
    // Callbacks that awaited this update before it ran are called first, so their focus wins.
    if (root && path && !root.activeElement) void this.updateComplete.then(() => keepFocus(this, root, path));
  }

  /** Listens to the store's invalidations (tasks that read a dropped query run again) and display changes. */
  #follow(store: CoursekitStore | undefined): void {
    if (store === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    if (!store) {
      this.#unsubscribe = undefined;
      return;
    }
    const onDisplay = () => this.requestUpdate();
    const stopInvalidations = store.onInvalidate((dropped) => {
      for (const [task, reads] of this.#tracked) if ([...reads].some((hash) => dropped.has(hash))) void task.run();
    });
    store.addEventListener('change', onDisplay);
    this.#unsubscribe = () => {
      stopInvalidations();
      store.removeEventListener('change', onDisplay);
    };
  }

  /** Messages and `Intl` formatting in the element's language and the provider's currency. */
  protected get i18n(): Localizer {
    return Localizer.for(resolveLang(this, this.store?.locale), this.store?.currency ?? 'USD', this);
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
  protected async requireStore(): Promise<CoursekitStore> {
    if (this.store) return this.store;
    await new Promise((resolve) => setTimeout(resolve));
    if (this.store) return this.store;
    throw new MissingProviderError(this.localName);
  }

  /**
   * A task (`ElementTask`: `status`, `value`, `error`, `run()`, as `@lit/task`'s `Task`) that runs when the element connects and again when the store, `args()` or a
   * query it read change. While `args()` returns `undefined` the task does not run (and costs
   * the element no second render). A failure is reported as `ckit-error` with `operation` and left in the
   * task for the template to render.
   *
   * @example
   * ```ts
   * readonly #course = this.createTask('course.retrieve', () => [this.courseId] as const, ([id], { read }) => read(course(id)));
   * ```
   */
  protected createTask<const A extends readonly unknown[], R>(
    operation: string,
    args: () => A | undefined,
    run: (args: A, context: TaskContext) => Promise<R>,
    options: TaskOptions<A> = {},
  ): ElementTask<[CoursekitStore | undefined, ...A], R> {
    const argsEqual = options.argsEqual ?? ((a: A, b: A) => a.length === b.length && a.every((value, index) => value === b[index]));
    const fullArgs = (): [CoursekitStore | undefined, ...A] | undefined => {
      const current = args();
      return current && [this.store, ...current];
    };
    let previous: [CoursekitStore | undefined, ...A] | undefined;
    // Runs like @lit/task's autoRun, except that `undefined` arguments skip the run instead of throwing.
    this.addController({
      hostUpdate: () => {
        const next = fullArgs();
        const last = previous;
        previous = next;
        if (!next || (last && last[0] === next[0] && argsEqual(last.slice(1) as unknown as A, next.slice(1) as unknown as A))) return;
        void task.run(next);
      },
    });
    const task = new ElementTask<[CoursekitStore | undefined, ...A], R>(
      this,
      async ([, ...rest], { signal }) => {
        const reads = new Set<string>();
        this.#tracked.set(task, reads);
        const context: TaskContext = {
          signal,
          store: () => this.requireStore(),
          read: async (query) => {
            reads.add(hashKey(query.key));
            return (await this.requireStore()).read(query);
          },
        };
        try {
          const result = await run(rest as unknown as A, context);
          if (signal.aborted) throw signal.reason;
          return result;
        } catch (error) {
          // A superseded run (new args, new store) is not a failure anyone needs to hear about.
          if (!signal.aborted) this.reportError(error, operation);
          throw error;
        }
      },
      () => fullArgs() ?? previous ?? ([this.store] as unknown as [CoursekitStore | undefined, ...A]),
    );
    return task;
  }

  /**
   * A user action: runs once at a time when `run()` is called, keeps `pending`, `error` and
   * `value` for the template, reports failures as `ckit-error` with `operation` (or the name
   * it returns for the run's arguments), and offers `retry()`.
   *
   * @example
   * ```ts
   * readonly #post = this.createAction('reviews.create', ([params], { mutate }) => mutate(createReview, this.courseId, params));
   * ```
   */
  protected createAction<const A extends readonly unknown[], R>(
    operation: string | ((args: A) => string),
    run: (args: A, context: ActionContext) => Promise<R>,
  ): Action<A, R> {
    return new Action<A, R>(
      this,
      async (args, signal) => {
        const store = await this.requireStore();
        return run(args, { signal, store, mutate: (mutation, ...mutationArgs) => store.mutate(mutation, ...mutationArgs) });
      },
      (error, args) => this.reportError(error, typeof operation === 'string' ? operation : operation(args)),
    );
  }
}
