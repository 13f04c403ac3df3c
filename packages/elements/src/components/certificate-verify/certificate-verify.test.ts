/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitCertificateVerify } from './certificate-verify.component.js';
import './certificate-verify.js';

const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
const has = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) != null;

/** The seeded student's certificate of course 10 (completed), with the learner's name and the course's title. */
function issued() {
  const certificate = api.db.first('certificates', (row) => row.user_id === STUDENT.id && row.course_id === 10)!;
  return { certificate, learner: api.db.find('users', STUDENT.id)!.name, course: api.db.find('courses', 10)!.title };
}

describe('<ckit-certificate-verify>', () => {
  it('shows valid with the learner, the course and the date for an issued number', async () => {
    const { certificate, learner, course } = issued();
    const errors: Event[] = [];
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify certificate-number=${certificate.certificate_number} @ckit-error=${(event: Event) => errors.push(event)}></ckit-certificate-verify>`, { signedIn: false });
    await until(() => has(verify, '[part="valid"]'), 'valid result');
    expect(text(verify, '[part="learner"]')).to.equal(learner);
    expect(text(verify, '[part="course"]')).to.equal(course);
    expect(text(verify, '[part="date"]')).to.match(/\d{4}/);
    expect(part(verify, '[part="result"]').getAttribute('role')).to.equal('status');
    expect(errors).to.have.length(0);
    await expect(verify).to.be.accessible();
  });

  it('shows unknown for a made-up number, without reporting an error', async () => {
    const errors: Event[] = [];
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify certificate-number="CK-MADE-UP-0000" @ckit-error=${(event: Event) => errors.push(event)}></ckit-certificate-verify>`, { signedIn: false });
    await until(() => has(verify, '[part="unknown"]'), 'unknown result');
    expect(text(verify, '[part="unknown"]')).to.contain('CK-MADE-UP-0000');
    expect(has(verify, '[part="valid"]')).to.be.false;
    expect(errors).to.have.length(0);
    await expect(verify).to.be.accessible();
  });

  it('says a refunded course\'s certificate is no longer valid', async () => {
    const { certificate } = issued();
    const enrollment = api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.course_id === 10)!;
    api.db.update('enrollments', enrollment.id, { status: 'refunded' });
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify certificate-number=${certificate.certificate_number}></ckit-certificate-verify>`, { signedIn: false });
    await until(() => has(verify, '[part="invalid"]'), 'invalid result');
    expect(text(verify, '[part="invalid"]')).to.contain('no longer valid');
    await expect(verify).to.be.accessible();
  });

  it('reads the number from the page URL, under the parameter `param` names', async () => {
    const { certificate } = issued();
    const before = location.href;
    history.replaceState(null, '', `?cert=${encodeURIComponent(certificate.certificate_number)}`);
    try {
      const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify param="cert"></ckit-certificate-verify>`, { signedIn: false });
      await until(() => has(verify, '[part="valid"]'), 'valid result');
      expect(part<HTMLInputElement>(verify, '[part="input"]').value).to.equal(certificate.certificate_number);
      expect(requests).to.include(`GET /certificates/${certificate.certificate_number}`);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('checks another number typed in its form, by keyboard alone', async () => {
    const { certificate } = issued();
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify certificate-number="CK-MADE-UP-0000"></ckit-certificate-verify>`, { signedIn: false });
    await until(() => has(verify, '[part="unknown"]'), 'unknown result');
    const input = part<HTMLInputElement>(verify, '[part="input"]');
    input.focus();
    input.select();
    await sendKeys({ type: certificate.certificate_number });
    await sendKeys({ press: 'Enter' });
    await until(() => has(verify, '[part="valid"]'), 'valid result after submit');
    expect(verify.shadowRoot!.activeElement === input).to.be.true;
    await expect(verify).to.be.accessible();
  });

  it('shows an empty form without a number, and an accessible loading state', async () => {
    worker.use(http.get(`${API}/certificates/:number`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify></ckit-certificate-verify>`, { signedIn: false });
    expect(text(verify, '[part="result"]')).to.equal('');
    await expect(verify).to.be.accessible();
    verify.certificateNumber = 'CK-SLOW';
    await until(() => part(verify, '[part="result"]').getAttribute('aria-busy') === 'true', 'busy');
    expect(text(verify, '[part="result"]')).to.contain('Checking CK-SLOW');
    await expect(verify).to.be.accessible();
  });

  it('shows an accessible error state with a retry when the server fails', async () => {
    let calls = 0;
    worker.use(http.get(`${API}/certificates/:number`, () => (++calls === 1 ? HttpResponse.json({ message: 'down' }, { status: 500 }) : undefined)));
    const { certificate } = issued();
    const errors: Event[] = [];
    const verify = await mount<CkitCertificateVerify>(html`<ckit-certificate-verify certificate-number=${certificate.certificate_number} @ckit-error=${(event: Event) => errors.push(event)}></ckit-certificate-verify>`, { signedIn: false });
    await until(() => has(verify, '[part="error"]'), 'error state');
    expect(errors).to.have.length(1);
    await expect(verify).to.be.accessible();
    part(verify, '[part="retry-button"]').click();
    await until(() => has(verify, '[part="valid"]'), 'valid after retry');
  });
});
