/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { qrEncode, qrPath } from '../../internal/qr.js';
import { API, STUDENT, api, mount, part, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitCertificate } from './certificate.component.js';
import './certificate.js';

const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
const has = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) != null;

/** The seeded student's certificate of course 10 (completed). */
function issued() {
  const certificate = api.db.first('certificates', (row) => row.user_id === STUDENT.id && row.course_id === 10)!;
  return { certificate, number: certificate.certificate_number, learner: api.db.find('users', STUDENT.id)!.name, course: api.db.find('courses', 10)! };
}

async function mountCertificate(signedIn = true): Promise<CkitCertificate> {
  const { number } = issued();
  const element = await mount<CkitCertificate>(
    html`<ckit-certificate certificate-number=${number} organization-name="Demo School" organization-url="https://school.example" verify-href-template="https://school.example/verify?certificate={number}" course-href-template="https://school.example/course?slug={slug}"></ckit-certificate>`,
    { signedIn },
  );
  await until(() => has(element, '[part="course"]'), 'certificate shown');
  return element;
}

describe('<ckit-certificate>', () => {
  it('shows the course, the learner, the issue date and number, and the verify URL', async () => {
    const { number, learner, course } = issued();
    const certificate = await mountCertificate();
    expect(text(certificate, '[part="course"]')).to.equal(course.title);
    expect(text(certificate, '[part="learner"]')).to.equal(learner);
    expect(text(certificate, '[part="date"]')).to.match(/^Issued on .*\d{4}/);
    expect(text(certificate, '[part="number"]')).to.contain(number);
    expect(part<HTMLAnchorElement>(certificate, '[part="verify"]').href).to.equal(`https://school.example/verify?certificate=${number}`);
    expect(has(certificate, '[part="revoked"]')).to.be.false;
    await expect(certificate).to.be.accessible();
  });

  it('puts its title at heading-level', async () => {
    const certificate = await mountCertificate();
    expect(part(certificate, '[part="title"]').getAttribute('aria-level')).to.equal('2');
    certificate.headingLevel = 1;
    await certificate.updateComplete;
    expect(part(certificate, '[part="title"]').getAttribute('aria-level')).to.equal('1');
  });

  it('draws the QR code of the verify URL as an SVG path, with a text alternative', async () => {
    const { number } = issued();
    const certificate = await mountCertificate();
    const qr = part<SVGSVGElement>(certificate, '[part="qr"]');
    const matrix = qrEncode(`https://school.example/verify?certificate=${number}`);
    expect(qr.getAttribute('viewBox')).to.equal(`0 0 ${matrix.length + 8} ${matrix.length + 8}`);
    expect(qr.querySelector('path')!.getAttribute('d')).to.equal(qrPath(matrix));
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.contain('QR code');
    expect(qr.hasAttribute('style')).to.be.false;
  });

  it('links to LinkedIn\'s add-to-profile form with every required parameter', async () => {
    const { number, course, certificate: row } = issued();
    const certificate = await mountCertificate();
    const link = part<HTMLAnchorElement>(certificate, '[part="linkedin"]');
    const url = new URL(link.href);
    const issuedAt = new Date(row.issued_at!);
    expect(url.origin + url.pathname).to.equal('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      startTask: 'CERTIFICATION_NAME',
      name: course.title,
      organizationName: 'Demo School',
      issueYear: String(issuedAt.getUTCFullYear()),
      issueMonth: String(issuedAt.getUTCMonth() + 1),
      certUrl: `https://school.example/verify?certificate=${number}`,
      certId: number,
    });
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
  });

  it('downloads an unsigned Open Badges 3.0 credential with the required fields, and says it is unsigned', async () => {
    const { number, learner, course, certificate: row } = issued();
    const certificate = await mountCertificate();
    const link = part<HTMLAnchorElement>(certificate, '[part="badge"]');
    expect(link.href.startsWith('blob:')).to.be.true;
    expect(link.getAttribute('download')).to.equal(`certificate-${number}.json`);
    expect(text(certificate, '[part="badge-note"]')).to.contain('not digitally signed');
    const credential = await (await fetch(link.href)).json();
    expect(credential['@context']).to.deep.equal(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).to.deep.equal(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).to.equal(`https://school.example/verify?certificate=${number}`);
    expect(credential.name).to.equal(course.title);
    expect(credential.issuer).to.deep.equal({ id: 'https://school.example', type: ['Profile'], name: 'Demo School' });
    expect(credential.validFrom).to.equal(new Date(row.issued_at!).toISOString());
    expect(credential.proof).to.equal(undefined);
    expect(credential.description).to.contain('Unsigned');
    const subject = credential.credentialSubject;
    expect(subject.type).to.deep.equal(['AchievementSubject']);
    expect(subject.identifier[0]).to.deep.include({ type: 'IdentityObject', identityHash: learner, hashed: false });
    expect(subject.achievement.type).to.deep.equal(['Achievement']);
    expect(subject.achievement.id).to.equal(`https://school.example/course?slug=${course.slug}`);
    expect(subject.achievement.name).to.equal(course.title);
    expect(subject.achievement.description).to.be.a('string').and.not.empty;
    expect(subject.achievement.criteria.narrative).to.contain(course.title);
  });

  it('works for a visitor from the public verification alone', async () => {
    const { course } = issued();
    const certificate = await mountCertificate(false);
    expect(text(certificate, '[part="course"]')).to.equal(course.title);
    expect(has(certificate, '[part="linkedin"]')).to.be.true;
    expect(has(certificate, '[part="download"]')).to.be.false;
    await expect(certificate).to.be.accessible();
  });

  it('links the certificate\'s file for its owner when it has one', async () => {
    const { certificate: row } = issued();
    api.db.update('certificates', row.id, { file_path: '/files/certificate.pdf' });
    const certificate = await mountCertificate();
    await until(() => has(certificate, '[part="download"]'), 'download link');
    expect(part(certificate, '[part="download"]').getAttribute('href')).to.equal('/files/certificate.pdf');
    await expect(certificate).to.be.accessible();
  });

  it('says when the certificate is no longer valid, without the sharing links', async () => {
    const enrollment = api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.course_id === 10)!;
    api.db.update('enrollments', enrollment.id, { status: 'refunded' });
    const certificate = await mountCertificate(false);
    expect(text(certificate, '[part="revoked"]')).to.contain('no longer valid');
    expect(has(certificate, '[part="linkedin"]')).to.be.false;
    expect(has(certificate, '[part="badge"]')).to.be.false;
    await expect(certificate).to.be.accessible();
  });

  it('reaches every link by keyboard, in order', async () => {
    const certificate = await mountCertificate();
    part<HTMLAnchorElement>(certificate, '[part="verify"]').focus();
    const reached: string[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(certificate.shadowRoot!.activeElement?.getAttribute('part') ?? 'none');
    }
    expect(reached).to.deep.equal(['linkedin', 'badge']);
  });

  it('shows an accessible state for an unknown number', async () => {
    const certificate = await mount<CkitCertificate>(html`<ckit-certificate certificate-number="CK-MADE-UP-0000"></ckit-certificate>`);
    await until(() => has(certificate, '[part="unknown"]'), 'unknown state');
    expect(text(certificate, '[part="unknown"]')).to.contain('CK-MADE-UP-0000');
    await expect(certificate).to.be.accessible();
  });

  it('shows accessible loading and error states', async () => {
    worker.use(http.get(`${API}/certificates/:number`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const loading = await mount<CkitCertificate>(html`<ckit-certificate certificate-number="CK-SLOW"></ckit-certificate>`);
    expect(part(loading, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();
    worker.use(http.get(`${API}/certificates/:number`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const failed = await mount<CkitCertificate>(html`<ckit-certificate certificate-number="CK-FAIL"></ckit-certificate>`);
    await until(() => has(failed, '[part="error"]'), 'error state');
    expect(has(failed, '[part="retry-button"]')).to.be.true;
    await expect(failed).to.be.accessible();
  });
});
