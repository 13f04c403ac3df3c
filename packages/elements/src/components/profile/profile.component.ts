import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { isPermissionDeniedError, isValidationError } from '@coursekit/sdk';
import { exactly } from '../../data/query-key.js';
import { session } from '../../data/queries.js';
import { CkitProfileUpdateEvent } from '../../events/profile-update.js';
import { CkitSignInRequestEvent } from '../../events/sign-in-request.js';
import type { MessageKey } from '../../i18n/en.js';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorMessageKey, errorState } from '../../internal/templates.js';
import { instructorProfile, saveProfile, type ProfileChanges, type SaveStep } from './profile-data.js';
import { profileMessages } from './profile.messages.js';
import { profileStyles } from './profile.styles.js';

/** The picture types the avatar input offers (raster images only: an SVG is a document). */
const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';
const MB = 1024 * 1024;

/** A text field: form name (`i-` for the instructor profile's), `autocomplete`, label, input type or `textarea`. */
type Field = [name: string, autocomplete: string, label: MessageKey, type?: string];

const USER_FIELDS: Field[] = [
  ['name', 'name', 'profileName'],
  ['username', 'username', 'profileUsername'],
  ['headline', 'off', 'profileHeadline'],
  ['bio', 'off', 'profileBio', 'textarea'],
];
const INSTRUCTOR_FIELDS: Field[] = [
  ['i-slug', 'off', 'profileSlug'],
  ['i-company', 'organization', 'profileCompany'],
  ['i-website', 'url', 'profileWebsite', 'url'],
  ['i-bio', 'off', 'profileInstructorBio', 'textarea'],
];

/**
 * @tag ckit-profile
 * @summary The signed-in user edits their own profile: name, username, picture, headline, bio,
 * language and email settings, and for an instructor their instructor profile (address, company,
 * website, bio). The server's objections show next to their fields.
 * @status experimental
 *
 * The new picture is uploaded through `POST /media` as media of the user when the profile is
 * saved, and previewed before from a `blob:` URL: a page with a Content Security Policy allows
 * `img-src blob:`. Saving reloads the session, so every element showing the user's name or
 * picture shows the new one.
 *
 * @event {CkitProfileUpdateEvent} ckit-profile-update - The profile was saved. `detail: { user }`.
 * @event {CkitSignInRequestEvent} ckit-sign-in-request - A visitor pressed "Sign in". Cancelable: prevent it to show your own sign-in. `detail: { reason: 'profile' }`.
 * @event {CkitErrorEvent} ckit-error - Loading or saving the profile failed. `detail: { error, operation }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart form - The profile form.
 * @csspart title - The form's heading.
 * @csspart avatar - The picture's group: the current picture or the preview, the file input and its hint.
 * @csspart avatar-image - The current picture, or the preview of the chosen one.
 * @csspart field - A labelled field (`invalid` when the server objected to it).
 * @csspart field-error - The server's message under a field.
 * @csspart settings - The language and email settings.
 * @csspart instructor - The instructor profile's fields (instructors only).
 * @csspart form-error - An error that belongs to no field.
 * @csspart submit-button - The save button.
 * @csspart status - The live region announcing the save.
 * @csspart sign-in - What a visitor sees.
 * @csspart sign-in-button - The visitor's "Sign in" button.
 * @csspart error - The error state when the profile could not be loaded.
 *
 * @example
 * ```html
 * <ckit-provider base-url="/api/v1"><ckit-profile locales="en fr ar"></ckit-profile></ckit-provider>
 * ```
 */
export class CkitProfile extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = profileStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = profileMessages;

  /** The languages the learner can choose from, space-separated language tags. */
  @property() locales = 'en fr ar';

  /** The largest picture accepted, in bytes. */
  @property({ attribute: 'avatar-max-size', type: Number }) avatarMaxSize = 2 * MB;

  /** The server's messages per form field, or for the whole form (`''`). */
  @state() private errors: Record<string, string> = {};
  @state() private announcement = '';
  /** The chosen picture and its preview URL. */
  @state() private picked: [File, string] | undefined;
  #focus = false;

  readonly #data = this.createTask('profile.load', () => [], async (_, { read }) => {
    const user = await read(session);
    return user && { user, instructor: await read(instructorProfile) };
  });

  readonly #save = this.createAction('profile.update', async ([changes]: [ProfileChanges], { mutate, store }) => {
    try {
      return await mutate(saveProfile, changes);
    } catch (error) {
      // The profile itself was saved before the instructor profile failed: show the saved one.
      if (changes.at.step === 'instructor') store.invalidate(exactly('me'));
      throw error;
    }
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pick();
  }

  /** Keeps `file` (when it is an image small enough) and its preview; forgets the previous one. */
  #pick(file?: File): void {
    if (this.picked) URL.revokeObjectURL(this.picked[1]);
    this.picked = file && [file, URL.createObjectURL(file)];
  }

  #onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const i18n = this.i18n;
    const error = !file ? '' : !IMAGE_TYPES.split(',').includes(file.type) ? i18n.t('profileAvatarType') : file.size > this.avatarMaxSize ? i18n.t('profileAvatarTooLarge', { size: this.#size() }) : '';
    if (error) input.value = '';
    this.#pick(error ? undefined : file);
    this.errors = { ...this.errors, avatar: error };
    this.announcement = error;
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const current = this.#data.value;
    if (!current || this.#save.pending) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    // Each field's value by its name in the API (`i-slug` is the instructor profile's `slug`).
    const values = (fields: Field[], prefix: number) => Object.fromEntries(fields.map(([name]) => [name.slice(prefix), text(name)]));
    const { user, instructor } = current;
    const at: { step: SaveStep } = { step: 'avatar' };
    this.errors = {};
    this.announcement = '';
    const saved = await this.#save.run({
      user,
      at,
      avatar: this.picked?.[0],
      profile: {
        ...values(USER_FIELDS, 0),
        name: text('name') ?? '',
        settings: { ...user.settings, locale: text('locale') ?? undefined, email_notifications: data.has('emails') },
      },
      instructor: user.role === 'instructor' ? values(INSTRUCTOR_FIELDS, 2) : undefined,
    });
    if (saved) {
      this.#pick();
      this.shadowRoot!.querySelector<HTMLInputElement>('#f-avatar')!.value = '';
      this.announcement = this.i18n.t('profileSaved');
      this.emit(new CkitProfileUpdateEvent({ user: saved }));
      return;
    }
    const error = this.#save.error;
    const errors: Record<string, string> = {};
    if (isValidationError(error)) {
      for (const [field, messages] of Object.entries(error.errors)) {
        const name = at.step === 'avatar' || field === 'avatar' ? 'avatar' : at.step === 'instructor' ? `i-${field}` : field;
        // A field the form does not show: the message goes to the whole form.
        errors[this.shadowRoot!.getElementById(`f-${name}`) ? name : ''] ??= messages[0] ?? '';
      }
    } else if (at.step === 'avatar' && isPermissionDeniedError(error)) errors['avatar'] = this.i18n.t('profileAvatarForbidden');
    else errors[''] = this.i18n.t(errorMessageKey(error));
    this.errors = errors;
    this.#focus = true;
  };

  #signIn(): void {
    if (this.emit(new CkitSignInRequestEvent({ reason: 'profile' }))) this.announcement = this.i18n.t('profileSignInHint');
  }

  #size(): string {
    return this.i18n.number(this.avatarMaxSize / MB);
  }

  /** A labelled control with its hint and the server's message, which its `aria-describedby` names. */
  #field(name: string, label: MessageKey, control: (invalid: string, described: string | typeof nothing) => TemplateResult, hint?: string): TemplateResult {
    const error = this.errors[name];
    const described = [hint && `h-${name}`, error && `e-${name}`].filter(Boolean).join(' ') || nothing;
    // Compact templates: the element's budget counts their whitespace.
    return html`<p part="field${error ? ' invalid' : ''}" class="field"><label for="f-${name}">${this.i18n.t(label)}</label>${control(error ? 'true' : 'false', described)}${hint ? html`<span id="h-${name}" class="muted">${hint}</span>` : nothing}${error ? html`<span part="field-error" class="error" id="e-${name}">${error}</span>` : nothing}</p>`;
  }

  #text([name, autocomplete, label, type]: Field, value: string | null | undefined): TemplateResult {
    return this.#field(name, label, (invalid, described) =>
      type === 'textarea'
        ? html`<textarea id="f-${name}" name=${name} autocomplete=${autocomplete} rows="4" aria-invalid=${invalid} aria-describedby=${described} .value=${value ?? ''}></textarea>`
        : html`<input id="f-${name}" name=${name} type=${type ?? 'text'} autocomplete=${autocomplete} ?required=${name === 'name'} aria-invalid=${invalid} aria-describedby=${described} .value=${value ?? ''} />`,
    );
  }

  #form(): TemplateResult {
    const i18n = this.i18n;
    const { user, instructor } = this.#data.value!;
    const settings = (user.settings ?? {}) as { locale?: string; email_notifications?: boolean };
    const locales = new Set([...this.locales.split(' '), settings.locale].filter((code): code is string => !!code));
    const picture = this.picked?.[1] ?? user.avatar;
    const pending = this.#save.pending;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}><h2 part="title" id="title">${i18n.t('profileTitle')}</h2>${this.errors[''] ? html`<p part="form-error" class="notice error" role="alert">${this.errors['']}</p>` : nothing}<fieldset part="avatar"><legend>${i18n.t('profileAvatar')}</legend>${picture ? html`<img part="avatar-image" src=${picture} alt=${i18n.t(this.picked ? 'profileAvatarPreview' : 'profileAvatarCurrent')} />` : nothing}${this.#field(
      'avatar',
      'profileAvatarChoose',
      (invalid, described) => html`<input id="f-avatar" name="avatar" type="file" accept=${IMAGE_TYPES} aria-invalid=${invalid} aria-describedby=${described} @change=${this.#onFile} />`,
      i18n.t('profileAvatarHint', { size: this.#size() }),
    )}</fieldset>${USER_FIELDS.map((field) => this.#text(field, user[field[0] as 'name']))}<fieldset part="settings"><legend>${i18n.t('profileSettings')}</legend>${this.#field(
      'locale',
      'profileLocale',
      (invalid, described) =>
        html`<select id="f-locale" name="locale" aria-invalid=${invalid} aria-describedby=${described}><option value="">${i18n.t('profileLocaleDefault')}</option>${[...locales].map(
          (code) => html`<option value=${code} lang=${code} ?selected=${code === settings.locale}>${new Intl.DisplayNames([code], { type: 'language' }).of(code)}</option>`,
        )}</select>`,
    )}<label class="check"><input type="checkbox" name="emails" .checked=${settings.email_notifications !== false} />${i18n.t('profileEmails')}</label></fieldset>${user.role === 'instructor'
      ? html`<fieldset part="instructor"><legend>${i18n.t('profileInstructor')}</legend>${INSTRUCTOR_FIELDS.map((field) => this.#text(field, instructor?.[field[0].slice(2) as 'slug']))}</fieldset>`
      : nothing}<button part="submit-button" class="btn" type="submit" aria-disabled=${pending ? 'true' : 'false'}>${i18n.t(pending ? 'profileSaving' : 'profileSave')}</button></form>`;
  }

  protected override render() {
    const i18n = this.i18n;
    const task = this.#data;
    // While the profile reloads (after a save), the form stays on screen.
    const current = task.status === TaskStatus.ERROR ? undefined : task.value;
    return html`<div part="base" class=${this.rootClass} dir=${this.direction} lang=${i18n.locale} aria-busy=${this.#save.pending ? 'true' : 'false'}>${current
      ? this.#form()
      : task.status === TaskStatus.ERROR
        ? errorState(i18n, task.error, () => void task.run())
        : current === null
          ? html`<div part="sign-in" class="state panel"><p>${i18n.t('profileSignIn')}</p><button part="sign-in-button" class="btn" type="button" @click=${this.#signIn}>${i18n.t('profileSignInButton')}</button></div>`
          : html`<p role="status">${i18n.t('loading')}</p>`}<p part="status" class=${this.announcement ? 'notice' : 'sr-only'} role="status">${this.announcement}</p></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focus) return;
    this.#focus = false;
    this.shadowRoot!.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
