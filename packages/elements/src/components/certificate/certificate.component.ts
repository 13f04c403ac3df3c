import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { Certificate, CertificateVerification } from '@coursekit/sdk';
import { CoursekitElement } from '../../internal/coursekit-element.js';
import { qrEncode, qrPath } from '../../internal/qr.js';
import { errorState } from '../../internal/templates.js';
import { certificateStyles } from './certificate.styles.js';
import { verificationQuery } from '../../data/certificate-verification.js';
import { certificatesQuery, linkedInUrl, openBadge, verifyUrl, type CertificateFacts } from './certificate-data.js';
import { certificateCheckMessages } from '../../i18n/shared.messages.js';
import { certificateMessages } from './certificate.messages.js';

type Loaded = { check: CertificateVerification | null; own: Certificate | undefined };

/**
 * @tag ckit-certificate
 * @summary A certificate of completion: course, learner, issue date, its public verify URL with
 * a QR code of it (drawn on the page, no network call), "Add to LinkedIn", the certificate's
 * file when it has one, and an Open Badges 3.0 credential to download (unsigned, and said so).
 * Anyone may view it: the data comes from the public verification; the signed-in owner also
 * gets the file link.
 * @status experimental
 *
 * @event {CkitErrorEvent} ckit-error - Loading failed. `detail: { error, operation }`.
 *
 * @csspart base - The certificate.
 * @csspart title - "Certificate of completion".
 * @csspart course - The course's title.
 * @csspart learner - The learner's name.
 * @csspart date - The issue date.
 * @csspart number - The certificate's number.
 * @csspart revoked - Says that the certificate is no longer valid (the course was refunded).
 * @csspart actions - The links below the certificate.
 * @csspart download - The certificate's file.
 * @csspart linkedin - "Add to LinkedIn".
 * @csspart badge - "Download as Open Badges 3.0".
 * @csspart badge-note - Says that the credential is unsigned.
 * @csspart verify - The public verify URL.
 * @csspart qr - The QR code of the verify URL.
 * @csspart unknown - Shown when no certificate has this number.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --ckit-certificate-qr-size - Size of the QR code. Defaults to `9rem`.
 *
 * @example
 * ```html
 * <ckit-certificate certificate-number="CK-2026-0A1B2C3D" organization-name="Demo School" verify-href-template="/verify.html?certificate={number}"></ckit-certificate>
 * ```
 */
export class CkitCertificate extends CoursekitElement {
  /** The shadow root's styles; restyle the element through its `--ckit-*` custom properties and `::part()`. */
  static override styles = certificateStyles;
  /**
   * This element's English messages, which `define()` registers. They are translated by key
   * (`MessageKey`) with `registerMessages()`; the tables themselves are not API.
   *
   * @internal
   */
  static override messages = [certificateMessages, certificateCheckMessages];

  /** The certificate's number. */
  @property({ attribute: 'certificate-number' }) certificateNumber?: string;
  /** Heading level of "Certificate of completion" (1–6): 1 when the certificate is the page's main content. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The public verify page; `{number}` is replaced. Defaults to this page with `?certificate={number}`. */
  @property({ attribute: 'verify-href-template' }) verifyHrefTemplate?: string;
  /** The course page linked from the credential; `{slug}` and `{id}` are replaced. */
  @property({ attribute: 'course-href-template' }) courseHrefTemplate?: string;
  /** The issuing organisation's name, for LinkedIn and the credential. Defaults to the page's host name. */
  @property({ attribute: 'organization-name' }) organizationName?: string;
  /** The issuing organisation's web address, the credential's issuer id. Defaults to the page's origin. */
  @property({ attribute: 'organization-url' }) organizationUrl?: string;
  /** The organisation's LinkedIn company id, when it has one. */
  @property({ attribute: 'organization-id' }) organizationId?: string;

  #badge: { json: string; url: string } | undefined;

  readonly #data = this.createTask('certificates.verify', () => (this.certificateNumber ? ([this.certificateNumber.trim()] as const) : undefined), async ([number], { read }): Promise<Loaded> => {
    const [check, mine] = await Promise.all([read(verificationQuery(number)), read(certificatesQuery).catch(() => [] as Certificate[])]);
    return { check, own: mine.find((certificate) => certificate.certificate_number.toUpperCase() === number.toUpperCase()) };
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#badge) URL.revokeObjectURL(this.#badge.url);
    this.#badge = undefined;
  }

  /** The facts of a loaded certificate, for the links and the credential. */
  #facts(check: CertificateVerification, own: Certificate | undefined): CertificateFacts {
    const course = own?.course;
    return {
      number: check.certificate_number,
      courseTitle: check.course_title ?? course?.title ?? '',
      courseDescription: course?.short_description,
      courseUrl: course && this.courseHrefTemplate ? new URL(this.courseHrefTemplate.replace(/\{(id|slug)\}/g, (_, key: 'id' | 'slug') => encodeURIComponent(String(course[key]))), document.baseURI).href : undefined,
      learnerName: check.learner_name ?? '',
      issuedAt: check.issued_at ?? own?.issued_at ?? new Date().toISOString(),
      verifyUrl: verifyUrl(this.verifyHrefTemplate, check.certificate_number),
      organizationName: this.organizationName || location.hostname,
      organizationUrl: this.organizationUrl || location.origin,
      organizationId: this.organizationId,
    };
  }

  /** A Blob URL of the credential, made again only when the credential changes. */
  #badgeUrl(facts: CertificateFacts): string {
    const json = JSON.stringify(openBadge(facts), null, 2);
    if (this.#badge?.json !== json) {
      if (this.#badge) URL.revokeObjectURL(this.#badge.url);
      this.#badge = { json, url: URL.createObjectURL(new Blob([json], { type: 'application/ld+json' })) };
    }
    return this.#badge.url;
  }

  protected override render() {
    const i18n = this.i18n;
    const task = this.#data;
    const loaded = task.value;
    let body: TemplateResult;
    if (task.status === TaskStatus.ERROR && !loaded) body = errorState(i18n, task.error, () => void task.run());
    else if (!loaded) body = html`<div part="skeleton" class="skeleton card-skeleton" aria-busy="true"><span class="sr-only">${i18n.t('loading')}</span></div>`;
    else if (!loaded.check) body = html`<div part="unknown" class="state panel" role="alert"><strong>${i18n.t('certificateUnknownTitle')}</strong><p>${i18n.t('certificateUnknown', { number: this.certificateNumber ?? '' })}</p></div>`;
    else body = this.#renderCertificate(loaded.check, loaded.own);
    return html`<div part="base" class="${this.rootClass} certificate" dir=${this.direction} lang=${i18n.locale}>${body}</div>`;
  }

  #renderCertificate(check: CertificateVerification, own: Certificate | undefined): TemplateResult {
    const i18n = this.i18n;
    const facts = this.#facts(check, own);
    const file = own?.file_path && /^(https?:|\/)/.test(own.file_path) ? own.file_path : undefined;
    const matrix = qrEncode(facts.verifyUrl);
    const size = matrix.length + 8;
    return html`<article class="panel sheet" aria-labelledby="title">
      <div class="heading">
        <div role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))} id="title" part="title" class="title">${i18n.t('certificateTitle')}</div>
        <p part="course" class="course">${facts.courseTitle}</p>
        <p>${i18n.t('certificateAwardedTo')} <strong part="learner">${facts.learnerName}</strong></p>
        <p class="muted"><span part="date">${i18n.t('certificateIssued', { date: i18n.date(facts.issuedAt) })}</span> · <span part="number">${i18n.t('certificateNumber', { number: facts.number })}</span></p>
        ${check.valid ? nothing : html`<p part="revoked" class="notice error">${i18n.t('certificateRevoked')}</p>`}
      </div>
      <figure class="qr-figure">
        <svg part="qr" class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${i18n.t('certificateQr')} shape-rendering="crispEdges">
          <rect width="100%" height="100%" class="qr-light"></rect>${svg`<path class="qr-dark" d=${qrPath(matrix)}></path>`}
        </svg>
        <figcaption class="muted">${i18n.t('certificateVerifyAt')} <a part="verify" href=${facts.verifyUrl}>${facts.verifyUrl}</a></figcaption>
      </figure>
    </article>
    ${check.valid
      ? html`<div part="actions" class="actions">
          ${file ? html`<a part="download" class="btn" href=${file} download>${i18n.t('certificateDownload')}</a>` : nothing}
          <a part="linkedin" class="btn btn-secondary" href=${linkedInUrl(facts)} target="_blank" rel="noopener noreferrer">${i18n.t('certificateLinkedIn')}<span class="sr-only"> ${i18n.t('certificateNewTab')}</span></a>
          <a part="badge" class="btn btn-secondary" href=${this.#badgeUrl(facts)} download="certificate-${facts.number}.json" aria-describedby="badge-note">${i18n.t('certificateBadge')}</a>
          <p id="badge-note" part="badge-note" class="muted note">${i18n.t('certificateBadgeUnsigned')}</p>
        </div>`
      : nothing}`;
  }
}
