import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { errorState } from '../../internal/templates.js';
import { verificationQuery } from '../../data/certificate-verification.js';
import { certificateVerifyStyles } from './certificate-verify.styles.js';
import { certificateCheckMessages } from '../../i18n/shared.messages.js';
import { certificateVerifyMessages } from './certificate-verify.messages.js';

/**
 * @tag ckit-certificate-verify
 * @summary Checks a certificate number on any site: valid (with the learner, the course and the
 * issue date), no longer valid, or unknown. The number comes from `certificate-number`, else
 * from the page's URL (`?certificate=`), and the visitor can check another one in its form.
 * Needs no sign-in.
 * @status experimental
 *
 * @event {CkitErrorEvent} ckit-error - The check failed (network, server). `detail: { error, operation }`.
 *
 * @csspart base - The element.
 * @csspart form - The form to check a number.
 * @csspart input - The number field.
 * @csspart submit-button - Checks the number.
 * @csspart result - The outcome, announced when it changes.
 * @csspart valid - A valid certificate: learner, course and date.
 * @csspart invalid - A certificate that is no longer valid.
 * @csspart unknown - No certificate has this number.
 * @csspart learner - The learner's name.
 * @csspart course - The course's title.
 * @csspart date - The issue date.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @example
 * ```html
 * <ckit-certificate-verify param="certificate"></ckit-certificate-verify>
 * ```
 */
export class CkitCertificateVerify extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = certificateVerifyStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [certificateVerifyMessages, certificateCheckMessages];

  /** The number to check. Without it, the page URL's query parameter named by `param` is checked. */
  @property({ attribute: 'certificate-number' }) certificateNumber?: string;
  /** The page URL's query parameter that holds the number. */
  @property() param = 'certificate';

  /** The number the visitor typed and submitted, which takes over from the attribute and the URL. */
  @state() private checked?: string;

  get #number(): string {
    return (this.checked ?? this.certificateNumber ?? new URLSearchParams(location.search).get(this.param) ?? '').trim();
  }

  readonly #check = this.createTask('certificates.verify', () => (this.#number ? ([this.#number] as const) : undefined), ([number], { read }) => read(verificationQuery(number)));

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('number') as HTMLInputElement;
    const number = input.value.trim();
    if (!number) return input.focus();
    this.checked = number;
    if (this.#check.status !== TaskStatus.PENDING && number === this.#number && this.#check.value !== undefined) void this.#check.run();
  }

  protected override render() {
    const i18n = this.i18n;
    const number = this.#number;
    return html`<div part="base" class="${this.rootClass} verify" dir=${this.direction} lang=${i18n.locale}>
      <form part="form" class="form" @submit=${this.#submit}>
        <label for="number">${i18n.t('verifyLabel')}</label>
        <div class="row">
          <input id="number" part="input" name="number" .value=${number} autocomplete="off" spellcheck="false" required />
          <button part="submit-button" class="btn" ?disabled=${this.#check.status === TaskStatus.PENDING}>${i18n.t('verifySubmit')}</button>
        </div>
      </form>
      <div part="result" role="status" aria-live="polite" aria-busy=${this.#check.status === TaskStatus.PENDING ? 'true' : 'false'}>${number ? this.#renderResult(number) : nothing}</div>
    </div>`;
  }

  #renderResult(number: string): TemplateResult | typeof nothing {
    const i18n = this.i18n;
    const task = this.#check;
    if (task.status === TaskStatus.PENDING) return html`<p class="muted">${i18n.t('verifyChecking', { number })}</p>`;
    if (task.status === TaskStatus.ERROR) return errorState(i18n, task.error, () => void task.run());
    const check = task.value;
    if (check === undefined) return nothing;
    if (check === null) {
      return html`<div part="unknown" class="panel result unknown"><strong>${i18n.t('verifyUnknownTitle')}</strong><p>${i18n.t('certificateUnknown', { number })}</p></div>`;
    }
    const details = html`<dl class="details">
      <dt>${i18n.t('verifyLearner')}</dt><dd part="learner">${check.learner_name ?? '—'}</dd>
      <dt>${i18n.t('verifyCourse')}</dt><dd part="course">${check.course_title ?? '—'}</dd>
      <dt>${i18n.t('verifyIssued')}</dt><dd part="date">${check.issued_at ? i18n.date(check.issued_at) : '—'}</dd>
      <dt>${i18n.t('verifyNumber')}</dt><dd>${check.certificate_number}</dd>
    </dl>`;
    return check.valid
      ? html`<div part="valid" class="panel result valid"><strong>${i18n.t('verifyValidTitle')}</strong>${details}</div>`
      : html`<div part="invalid" class="panel result invalid"><strong>${i18n.t('verifyInvalidTitle')}</strong><p>${i18n.t('certificateRevoked')}</p>${details}</div>`;
  }
}
