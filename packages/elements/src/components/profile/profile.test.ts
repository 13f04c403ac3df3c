/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { CourseKit } from '@coursekit/sdk';
import type { CkitProvider } from '../provider/provider.component.js';
import { API, STUDENT, api, deferred, mount, part, requests, testClient, until, worker } from '../../test-support/api.js';
import type { CkitProfile } from './profile.component.js';
import '../login/login.js';
import './profile.js';

const INSTRUCTOR_EMAIL = 'instructor@coursekit.test';
const USER_MODEL = 'App\\Models\\User';

const root = (profile: CkitProfile) => profile.shadowRoot!;
const field = (profile: CkitProfile, name: string) => root(profile).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const focused = (profile: CkitProfile) => root(profile).activeElement;
const status = (profile: CkitProfile) => part(profile, '[part="status"]').textContent!.trim();
const formShown = (profile: CkitProfile) => until(() => root(profile).querySelector('form'), 'the form is shown');
const userRow = (email: string) => api.db.first('users', (row) => row.email === email)!;

/** The message a field points at with `aria-describedby`, and whether it sits in the field's own box. */
function fieldError(profile: CkitProfile, name: string): { text: string; beside: boolean } {
  const input = field(profile, name);
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((token) => token.startsWith('e-'));
  const message = id ? root(profile).getElementById(id) : null;
  return { text: message?.textContent?.trim() ?? '', beside: message !== null && message.parentElement === input.parentElement };
}

async function mountProfile(options: { signedIn?: boolean } = {}): Promise<CkitProfile> {
  const profile = await mount<CkitProfile>(html`<ckit-profile></ckit-profile>`, options);
  if (options.signedIn !== false) await formShown(profile);
  return profile;
}

async function mountInstructor(): Promise<CkitProfile> {
  const client = new CourseKit({ baseUrl: API, maxRetries: 0, token: api.issueToken(INSTRUCTOR_EMAIL) });
  const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${client}><ckit-profile></ckit-profile></ckit-provider>`);
  const profile = provider.querySelector('ckit-profile')!;
  await until(() => root(profile).querySelector('[part="instructor"]'), 'the instructor profile is shown');
  return profile;
}

/** A small PNG drawn on a canvas. */
async function pngFile(name = 'me.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c2410c';
  context.fillRect(0, 0, 8, 8);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((png) => resolve(png!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Puts `file` on the avatar input as a browser's file picker does. */
async function choose(profile: CkitProfile, file: File): Promise<void> {
  const input = field(profile, 'avatar');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await profile.updateComplete;
}

/** Presses Save and waits until the save succeeded (announced) or failed (a field or the form shows why). */
async function submit(profile: CkitProfile): Promise<void> {
  part(profile, '[part="submit-button"]').click();
  await profile.updateComplete;
  await until(() => part(profile, '[part="base"]').getAttribute('aria-busy') === 'false' && (status(profile) || root(profile).querySelector('[aria-invalid="true"], [part="form-error"]')), 'the save settled');
}

async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
}

describe('<ckit-profile>', () => {
  it('shows an accessible loading state, then the form with labels, autocomplete and the current values', async () => {
    const gate = deferred();
    worker.use(http.get(`${API}/me`, async () => (await gate.promise, undefined)));
    const loading = await mount<CkitProfile>(html`<ckit-profile></ckit-profile>`);
    await until(() => root(loading).querySelector('[part="base"] > p[role="status"]')?.textContent === 'Loading…', 'the loading state');
    expect(root(loading).querySelector('form'), 'no form while /me is held').to.equal(null);
    await expect(loading).to.be.accessible();
    gate.resolve();
    await formShown(loading);
    const student = userRow(STUDENT.email);
    expect(field(loading, 'name').value).to.equal(student.name);
    expect(field(loading, 'username').value).to.equal(student.username);
    expect(field(loading, 'headline').value).to.equal(student.headline ?? '');
    expect([...['name', 'username', 'headline', 'bio'].map((name) => field(loading, name).getAttribute('autocomplete'))]).to.deep.equal(['name', 'username', 'off', 'off']);
    for (const name of ['name', 'username', 'headline', 'bio', 'avatar', 'locale']) {
      const input = field(loading, name);
      expect(root(loading).querySelector(`label[for="${input.id}"]`), `${name} has a label`).to.not.equal(null);
    }
    expect(field(loading, 'avatar').accept).to.equal('image/png,image/jpeg,image/gif,image/webp');
    expect(root(loading).getElementById('h-avatar')!.textContent).to.contain('2 MB');
    expect(field(loading, 'locale').value).to.equal('en');
    expect(field(loading, 'emails').checked).to.be.true;
    expect(part(loading, '[part="avatar-image"]').getAttribute('src')).to.match(/avatars\/sam\.svg$/);
    expect(root(loading).querySelector('[part="instructor"]'), 'no instructor profile for a student').to.equal(null);
    await expect(loading).to.be.accessible();
  });

  it('edits and saves by keyboard alone: busy while saving, announced, and the session reloaded for the other elements', async () => {
    const gate = deferred();
    let patches = 0;
    worker.use(
      http.patch(`${API}/me`, async () => {
        patches += 1;
        await gate.promise;
        return undefined;
      }),
    );
    const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${testClient()}><ckit-login></ckit-login><ckit-profile></ckit-profile></ckit-provider>`);
    const login = provider.querySelector('ckit-login')!;
    const profile = provider.querySelector('ckit-profile')!;
    await formShown(profile);
    await until(() => login.shadowRoot?.querySelector('[part="account"]'), 'the login shows the account');
    const updated = oneEvent(profile, 'ckit-profile-update');

    field(profile, 'name').focus();
    await selectAll();
    await sendKeys({ type: 'Samantha Rivera' });
    await sendKeys({ press: 'Tab' });
    expect(focused(profile) === field(profile, 'username')).to.be.true;
    await sendKeys({ press: 'Tab' });
    await selectAll();
    await sendKeys({ type: 'Learning Rust' });
    for (let presses = 0; presses < 8 && focused(profile)?.getAttribute('name') !== 'emails'; presses++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(field(profile, 'emails').checked).to.be.false;
    await sendKeys({ press: 'Tab' });
    expect(focused(profile)?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await until(() => patches === 1, 'PATCH /me sent');
    expect(part(profile, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(part(profile, '[part="submit-button"]').textContent!.trim()).to.equal('Saving…');
    await sendKeys({ press: 'Enter' });
    await expect(profile).to.be.accessible();
    gate.resolve();

    const event = await updated;
    expect(event.detail.user.name).to.equal('Samantha Rivera');
    expect(patches, 'one request for two presses').to.equal(1);
    await until(() => status(profile) === 'Your profile is saved.', 'the save is announced');
    expect(part(profile, '[part="status"]').getAttribute('role')).to.equal('status');
    expect(focused(profile)?.getAttribute('part'), 'focus stays on the button').to.equal('submit-button');
    const row = userRow(STUDENT.email);
    expect([row.name, row.headline]).to.deep.equal(['Samantha Rivera', 'Learning Rust']);
    expect(row.settings).to.deep.include({ email_notifications: false, theme: 'light', locale: 'en' });
    await until(() => login.shadowRoot!.querySelector('[part="account"]')!.textContent!.includes('Samantha Rivera'), 'the login element shows the new name');
    expect(requests.filter((line) => line === 'GET /me').length, 'the session was loaded again').to.be.greaterThan(1);
    await expect(profile).to.be.accessible();
  });

  it('shows each 422 message next to its field, marks it invalid and focuses the first', async () => {
    const profile = await mountProfile();
    field(profile, 'name').value = '';
    field(profile, 'username').value = 'no spaces allowed';
    field(profile, 'headline').value = 'x'.repeat(300);
    await submit(profile);
    for (const name of ['name', 'username', 'headline']) {
      expect(field(profile, name).getAttribute('aria-invalid'), name).to.equal('true');
      const error = fieldError(profile, name);
      expect(error.text, `${name} message`).to.not.equal('');
      expect(error.beside, `${name} message beside its field`).to.be.true;
    }
    expect(fieldError(profile, 'name').text).to.match(/name/i);
    expect(field(profile, 'bio').getAttribute('aria-invalid')).to.equal('false');
    expect(focused(profile) === field(profile, 'name')).to.be.true;
    expect(userRow(STUDENT.email).username).to.equal('sam');
    await expect(profile).to.be.accessible();

    // A username another user has.
    field(profile, 'name').value = 'Sam Rivera';
    field(profile, 'username').value = 'ines';
    field(profile, 'headline').value = '';
    await submit(profile);
    expect(fieldError(profile, 'username').text).to.equal('The username has already been taken.');
    expect(field(profile, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect(focused(profile) === field(profile, 'username')).to.be.true;
  });

  it('uploads a chosen picture as media of the user, previews it first, and shows the new avatar', async () => {
    const profile = await mountInstructor();
    const instructor = userRow(INSTRUCTOR_EMAIL);
    await choose(profile, await pngFile());
    await until(() => part(profile, '[part="avatar-image"]').getAttribute('src')?.startsWith('blob:'), 'the preview');
    expect(part(profile, '[part="avatar-image"]').getAttribute('alt')).to.equal('Your new picture');
    expect(requests.some((line) => line.startsWith('POST /media')), 'nothing uploaded before saving').to.be.false;
    await expect(profile).to.be.accessible();
    await submit(profile);
    expect(status(profile)).to.equal('Your profile is saved.');
    const media = api.db.first('media', (row) => row.model_type === USER_MODEL && row.model_id === instructor.id);
    expect(media, 'the upload is media of the user').to.not.equal(undefined);
    expect([media!.mime_type, media!.file_name]).to.deep.equal(['image/png', 'me.png']);
    const avatar = userRow(INSTRUCTOR_EMAIL).avatar!;
    expect(avatar.endsWith(media!.path)).to.be.true;
    await until(() => part(profile, '[part="avatar-image"]').getAttribute('src') === avatar, 'the new avatar is shown');
    expect(field(profile, 'avatar').value).to.equal('');
    const image = part<HTMLImageElement>(profile, '[part="avatar-image"]');
    await until(() => image.complete && image.naturalWidth === 8, 'the uploaded picture loads');
    expect(image.getAttribute('alt')).to.equal('Your current picture');
  });

  it('refuses a non-image or too large file in words, and explains an upload the server forbids', async () => {
    const profile = await mountProfile();
    await choose(profile, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(fieldError(profile, 'avatar').text).to.equal('This file is not a PNG, JPEG, GIF or WebP image.');
    expect(field(profile, 'avatar').getAttribute('aria-describedby')).to.equal('h-avatar e-avatar');
    expect(field(profile, 'avatar').value).to.equal('');
    expect(status(profile)).to.contain('not a PNG');
    profile.avatarMaxSize = 10;
    await choose(profile, await pngFile());
    await until(() => fieldError(profile, 'avatar').text.includes('is over'), 'the size is refused');
    expect(fieldError(profile, 'avatar').text).to.equal('This picture is over 0 MB.');
    await expect(profile).to.be.accessible();

    // The contract lets only instructors and admins use POST /media: a student is told in words.
    profile.avatarMaxSize = 2 * 1024 * 1024;
    await choose(profile, await pngFile());
    expect(fieldError(profile, 'avatar').text).to.equal('');
    await submit(profile);
    expect(requests).to.include('POST /media');
    expect(fieldError(profile, 'avatar').text).to.equal('Your account may not upload pictures here.');
    expect(focused(profile) === field(profile, 'avatar')).to.be.true;
    expect(requests.some((line) => line.startsWith('PATCH /me')), 'nothing else saved').to.be.false;
    await expect(profile).to.be.accessible();
  });

  it('edits the instructor profile for an instructor only, with its own 422 messages', async () => {
    const profile = await mountInstructor();
    expect(field(profile, 'i-slug').value).to.equal('ines-ortega');
    expect(field(profile, 'i-company').value).to.equal('Open Components Co.');
    expect(field(profile, 'i-website').value).to.equal('https://ines.example.com');
    expect(field(profile, 'i-company').getAttribute('autocomplete')).to.equal('organization');
    await expect(profile).to.be.accessible();

    field(profile, 'i-slug').value = 'marcus-chen';
    field(profile, 'i-website').value = 'not a url';
    await submit(profile);
    expect(fieldError(profile, 'i-website').text).to.not.equal('');
    expect(fieldError(profile, 'i-website').beside).to.be.true;
    expect(focused(profile) === field(profile, 'i-website')).to.be.true;
    expect(field(profile, 'bio').getAttribute('aria-invalid'), 'the user bio is not blamed').to.equal('false');
    await expect(profile).to.be.accessible();

    field(profile, 'i-website').value = 'https://ines.example.org';
    await submit(profile);
    expect(fieldError(profile, 'i-slug').text).to.equal('The slug has already been taken.');
    expect(focused(profile) === field(profile, 'i-slug')).to.be.true;

    field(profile, 'i-slug').value = 'ines-o';
    field(profile, 'i-company').value = 'Components Guild';
    await submit(profile);
    expect(status(profile)).to.equal('Your profile is saved.');
    const row = api.db.first('instructors', (instructor) => instructor.user_id === userRow(INSTRUCTOR_EMAIL).id)!;
    expect([row.slug, row.company, row.website]).to.deep.equal(['ines-o', 'Components Guild', 'https://ines.example.org']);
    await until(() => field(profile, 'i-slug').value === 'ines-o' && requests.filter((line) => line === 'GET /instructors/ines-o').length > 0, 'the saved profile is loaded again');
  });

  it('asks a visitor to sign in with a cancelable request', async () => {
    const profile = await mountProfile({ signedIn: false });
    await until(() => root(profile).querySelector('[part="sign-in"]'), 'the sign-in prompt');
    expect(part(profile, '[part="sign-in"]').textContent).to.contain('Sign in to edit your profile.');
    await expect(profile).to.be.accessible();
    const request = oneEvent(profile, 'ckit-sign-in-request');
    part(profile, '[part="sign-in-button"]').click();
    const event = await request;
    expect([event.detail.reason, event.cancelable, event.composed]).to.deep.equal(['profile', true, true]);
    await until(() => status(profile) !== '', 'the hint');
    expect(status(profile)).to.equal('Sign in on this site, then come back here.');

    const handled = (event: Event) => event.preventDefault();
    document.addEventListener('ckit-sign-in-request', handled);
    try {
      const other = await mountProfile({ signedIn: false });
      await until(() => root(other).querySelector('[part="sign-in-button"]'), 'the prompt');
      part(other, '[part="sign-in-button"]').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(status(other), 'no hint when the host handles it').to.equal('');
    } finally {
      document.removeEventListener('ckit-sign-in-request', handled);
    }
  });

  it('shows an accessible error state and reports ckit-error when the profile cannot load', async () => {
    worker.use(http.get(`${API}/me`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${testClient()}></ckit-provider>`);
    const failure = oneEvent(provider, 'ckit-error');
    provider.append(document.createElement('ckit-profile'));
    const profile = provider.querySelector('ckit-profile')!;
    expect((await failure).detail.operation).to.equal('profile.load');
    await until(() => root(profile).querySelector('[part="error"]'), 'the error state');
    await expect(profile).to.be.accessible();
    worker.resetHandlers();
    part(profile, '[part="retry-button"]').click();
    await formShown(profile);
  });

  it('shows a failed save that is no field’s fault as an alert', async () => {
    const profile = await mountProfile();
    worker.use(http.patch(`${API}/me`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const failure = oneEvent(profile, 'ckit-error');
    part(profile, '[part="submit-button"]').click();
    expect((await failure).detail.operation).to.equal('profile.update');
    await until(() => root(profile).querySelector('[part="form-error"]'), 'the alert');
    expect(part(profile, '[part="form-error"]').getAttribute('role')).to.equal('alert');
    await expect(profile).to.be.accessible();
  });
});
