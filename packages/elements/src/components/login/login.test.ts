/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { enrollments } from '../../data/queries.js';
import type { CoursekitStore } from '../../data/store.js';
import type { CkitProvider } from '../provider/provider.component.js';
import { API, STUDENT, api, mount, part, requests, until, worker } from '../../test-support/api.js';
import type { CkitLogin } from './login.component.js';
import './login.js';

const form = (login: CkitLogin) => login.querySelector('form');
const input = (login: CkitLogin, name: string) => login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const storeOf = (login: CkitLogin) => (login as unknown as { store: CoursekitStore }).store;
const signOutButton = (login: CkitLogin) => login.shadowRoot?.querySelector<HTMLButtonElement>('[part="sign-out"]') ?? null;
const focusedInShadow = (login: CkitLogin) => login.shadowRoot!.activeElement;
const ready = (login: CkitLogin) => until(() => form(login), 'the form is rendered');
const signedIn = (login: CkitLogin) => until(() => signOutButton(login), 'signed in');

/** Fills a field the way a password manager may: the value only, no event. */
function fill(login: CkitLogin, values: Record<string, string>, events = false): void {
  for (const [name, value] of Object.entries(values)) {
    const field = input(login, name);
    field.value = value;
    if (events) {
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

describe('<ckit-login>', () => {
  it('renders a real <form> in the light DOM with the autocomplete tokens password managers read, accessibly', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    expect(form(login)!.parentNode === login, 'the form is a light-DOM child of the element').to.be.true;
    expect(input(login, 'email').autocomplete).to.equal('username');
    expect(input(login, 'email').type).to.equal('email');
    expect(input(login, 'password').autocomplete).to.equal('current-password');
    expect(part(login, '[part="title"]').textContent).to.equal('Sign in');
    expect(part<HTMLSlotElement>(login, 'slot').assignedElements().includes(form(login)!)).to.be.true;
    await expect(login).to.be.accessible();

    login.mode = 'register';
    await until(() => login.querySelector('input[name="name"]'));
    const tokens = [...form(login)!.querySelectorAll('input')].map((field) => [field.name, field.autocomplete]);
    expect(tokens).to.deep.equal([
      ['name', 'name'],
      ['email', 'email'],
      ['username', 'nickname'],
      ['password', 'new-password'],
      ['password_confirmation', 'new-password'],
    ]);
    await expect(login).to.be.accessible();
  });

  it('signs in and out by keyboard alone, moving focus to what comes next and announcing it', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    input(login, 'email').focus();
    await sendKeys({ type: STUDENT.email });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === input(login, 'password')).to.be.true;
    await sendKeys({ type: 'password' });
    const signIn = oneEvent(login, 'ckit-sign-in');
    await sendKeys({ press: 'Enter' });
    const { detail } = await signIn;
    expect([detail.user.email, detail.method]).to.deep.equal([STUDENT.email, 'login']);
    await signedIn(login);
    await until(() => focusedInShadow(login) === signOutButton(login), 'focus on the sign-out button');
    expect(part(login, '[part="account"]').textContent).to.contain('Signed in as Sam Rivera');
    expect(part(login, '[part="status"]').textContent).to.equal('You are signed in as Sam Rivera.');
    expect(form(login), 'the form is gone').to.equal(null);
    expect(storeOf(login).client.http.hasToken()).to.equal(true);
    await expect(login).to.be.accessible();

    const signOut = oneEvent(login, 'ckit-sign-out');
    await sendKeys({ press: 'Enter' });
    await signOut;
    await ready(login);
    await until(() => document.activeElement === input(login, 'email'), 'focus back on the email field');
    expect(storeOf(login).client.http.hasToken()).to.equal(false);
    expect(requests).to.include('POST /auth/logout');
    expect(part(login, '[part="status"]').textContent).to.equal('You are signed out.');
    await expect(login).to.be.accessible();
  });

  it('submits values a password manager filled without any event, through requestSubmit()', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { email: STUDENT.email, password: 'password' });
    const signIn = oneEvent(login, 'ckit-sign-in');
    form(login)!.requestSubmit();
    expect((await signIn).detail.user.id).to.equal(STUDENT.id);
  });

  it('submits values filled with input and change events, as Chrome autofill fires them', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { email: STUDENT.email, password: 'password' }, true);
    const signIn = oneEvent(login, 'ckit-sign-in');
    form(login)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await signIn).detail.user.email).to.equal(STUDENT.email);
    expect(requests.filter((line) => line === 'POST /auth/login')).to.have.length(1);
  });

  it('registers a new account, signed in at once', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login mode="register"></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse', password_confirmation: 'correct horse' });
    const signIn = oneEvent(login, 'ckit-sign-in');
    form(login)!.requestSubmit();
    const { detail } = await signIn;
    expect([detail.user.name, detail.method]).to.deep.equal(['Ada Lovelace', 'register']);
    expect(api.db.first('users', (row) => row.email === 'ada@example.com')?.username ?? null, 'an empty username is not sent').to.equal(null);
    await signedIn(login);
  });

  it('shows each 422 message next to its field, marks it invalid and focuses the first one', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login mode="register"></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { name: 'Sam Again', email: STUDENT.email, username: 'sam', password: 'correct horse', password_confirmation: 'wrong horse' });
    const failed = oneEvent(login, 'ckit-error');
    form(login)!.requestSubmit();
    expect((await failed).detail.operation).to.equal('auth.register');
    await until(() => input(login, 'email').getAttribute('aria-invalid') === 'true', 'the email is marked invalid');
    const messageOf = (name: string) => document.getElementById(input(login, name).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(messageOf('email')).to.equal('The email has already been taken.');
    expect(messageOf('username')).to.equal('The username has already been taken.');
    expect(messageOf('password')).to.equal('The password field confirmation does not match.');
    expect(input(login, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect(input(login, 'name').hasAttribute('aria-describedby')).to.equal(false);
    await until(() => document.activeElement === input(login, 'email'), 'the first invalid field is focused');
    // The messages sit inside each field's label.
    expect(input(login, 'email').closest('label')!.textContent).to.contain('The email has already been taken.');
    await expect(login).to.be.accessible();
  });

  it("explains the login throttle's 429 with the wait it asks for", async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    const alert = () => login.querySelector('[role="alert"]')?.textContent ?? '';
    for (let attempt = 1; attempt <= 5; attempt++) {
      fill(login, { email: STUDENT.email, password: `wrong ${attempt}` });
      const failed = oneEvent(login, 'ckit-error');
      form(login)!.requestSubmit();
      await failed;
      await until(() => input(login, 'email').getAttribute('aria-invalid') === 'true');
    }
    fill(login, { email: STUDENT.email, password: 'password' });
    form(login)!.requestSubmit();
    await until(() => /Try again in \d+ seconds?\./.test(alert()), 'the wait is shown');
    const seconds = Number(/in (\d+) second/.exec(alert())![1]);
    expect(seconds).to.be.within(1, 60);
    expect(alert()).to.contain('Too many sign-in attempts');
    expect(input(login, 'email').getAttribute('aria-invalid')).to.equal('false');
    await expect(login).to.be.accessible();
  });

  it('shows the wait a Retry-After header asks for', async () => {
    worker.use(http.post(`${API}/auth/login`, () => HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '42' } })));
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { email: STUDENT.email, password: 'password' });
    form(login)!.requestSubmit();
    await until(() => login.querySelector('[role="alert"]')?.textContent === 'Too many sign-in attempts. Try again in 42 seconds.');
  });

  it('drops every cached learner query on sign-out: the next user gets their own enrollments', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    fill(login, { email: STUDENT.email, password: 'password' });
    form(login)!.requestSubmit();
    await signedIn(login);
    const store = storeOf(login);
    expect([...(await store.read(enrollments)).keys()]).to.include(1);
    signOutButton(login)!.click();
    await ready(login);
    expect(await store.session()).to.equal(null);

    fill(login, { email: 'instructor@coursekit.test', password: 'password' });
    form(login)!.requestSubmit();
    await signedIn(login);
    const theirs = await store.read(enrollments);
    expect(requests.filter((line) => line.startsWith('GET /me/enrollments')), 'loaded again for the second user').to.have.length(2);
    const instructor = api.db.first('users', (row) => row.email === 'instructor@coursekit.test')!;
    const expected = api.db.where('enrollments', (row) => row.user_id === instructor.id).map((row) => row.course_id);
    expect([...theirs.keys()].sort()).to.deep.equal(expected.sort());
    expect([...theirs.keys()].includes(1) && !expected.includes(1), 'not the student’s list').to.be.false;
  });

  it('finishes the remembered sign-in intent after signing in', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`, { signedIn: false });
    await ready(login);
    storeOf(login).rememberIntent({ action: 'wishlist-add', courseId: 5 });
    fill(login, { email: STUDENT.email, password: 'password' });
    form(login)!.requestSubmit();
    await signedIn(login);
    await until(() => api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === 5), 'course 5 saved');
  });

  it('shows who is signed in when the provider already has a token', async () => {
    const login = await mount<CkitLogin>(html`<ckit-login></ckit-login>`);
    await signedIn(login);
    expect(form(login)).to.equal(null);
    await expect(login).to.be.accessible();
  });

  it('signs in with Sanctum cookies on a provider with-credentials: CSRF cookie first, no token kept', async () => {
    const seen: string[] = [];
    const log = ({ request }: { request: Request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`);
    worker.events.on('request:start', log);
    const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" base-url=${API} with-credentials><ckit-login></ckit-login></ckit-provider>`);
    const login = provider.querySelector('ckit-login')!;
    try {
      await ready(login);
      fill(login, { email: STUDENT.email, password: 'password' });
      form(login)!.requestSubmit();
      await signedIn(login);
      expect(seen.indexOf('GET /sanctum/csrf-cookie')).to.be.within(0, seen.indexOf('POST /api/v1/auth/login'));
      expect(storeOf(login).client.http.hasToken(), 'the session cookie is the credential').to.equal(false);
      expect((await storeOf(login).session())?.email).to.equal(STUDENT.email);
      signOutButton(login)!.click();
      await ready(login);
      expect(await storeOf(login).session()).to.equal(null);
    } finally {
      worker.events.removeListener('request:start', log);
    }
  });
});
