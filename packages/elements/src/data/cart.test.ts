import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, networkIdle, requests, testClient, until, worker } from '../test-support/api.js';
import { CART_STORAGE_PREFIX, cartOf } from './cart.js';
import { CoursekitStore } from './store.js';

/** Seeded courses: 2 and 3 are paid and not owned by the student, 4 is paid and owned, 11 paid and refunded, 7 free. */
const PAID = 2;
const OTHER_PAID = 3;
const OWNED = 4;
const REFUNDED = 11;
const FREE = 7;

const key = (owner: number | 'visitor', site = API) => `${CART_STORAGE_PREFIX}${site}:${owner}`;
const stored = (owner: number | 'visitor') => JSON.parse(localStorage.getItem(key(owner)) ?? '[]') as number[];

/** A tab: its own client and store (signed in as the student unless `signedIn: false`). */
function tab(signedIn = true) {
  const client = testClient({ signedIn });
  const store = new CoursekitStore({ client, currency: 'USD', ambientSession: false });
  return { client, store, cart: cartOf(store) };
}

const settled = (cart: EventTarget) => new Promise((resolve) => cart.addEventListener('change', resolve, { once: true }));

describe('cart state', () => {
  beforeEach(() => {
    for (const name of Object.keys(localStorage)) if (name.startsWith(CART_STORAGE_PREFIX)) localStorage.removeItem(name);
  });

  afterEach(() => networkIdle());

  it('checks the seeded courses these tests rely on', () => {
    const price = (id: number) => api.db.first('courses', (row) => row.id === id)!.price;
    const status = (id: number) => api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.course_id === id)?.status;
    expect([PAID, OTHER_PAID, OWNED, REFUNDED].map(price).every((value) => Number(value) > 0)).to.equal(true);
    expect(Number(price(FREE))).to.equal(0);
    expect([status(PAID), status(OTHER_PAID), status(OWNED), status(REFUNDED), status(FREE)]).to.deep.equal([undefined, undefined, 'active', 'refunded', undefined]);
  });

  it('is one cart per store, keeps a visitor cart across a reload and dispatches change', async () => {
    const first = tab(false);
    expect(cartOf(first.store) === first.cart, 'one cart per store').to.equal(true);
    let changes = 0;
    first.cart.addEventListener('change', () => (changes += 1));
    expect(await first.cart.add(PAID)).to.deep.equal({ added: true });
    expect(await first.cart.add(OTHER_PAID)).to.deep.equal({ added: true });
    expect(first.cart.items).to.deep.equal([PAID, OTHER_PAID]);
    expect(first.cart.has(PAID)).to.equal(true);
    expect(changes).to.equal(2);
    expect(stored('visitor')).to.deep.equal([PAID, OTHER_PAID]);
    expect(requests.some((line) => line.startsWith('GET /me')), 'a visitor without a token is known without asking').to.equal(false);

    const reloaded = tab(false);
    await until(() => reloaded.cart.items.length === 2, 'the stored cart loads');
    expect(reloaded.cart.items).to.deep.equal([PAID, OTHER_PAID]);
    reloaded.cart.remove(PAID);
    expect(reloaded.cart.items).to.deep.equal([OTHER_PAID]);
    reloaded.cart.clear();
    expect(reloaded.cart.items).to.deep.equal([]);
    expect(localStorage.getItem(key('visitor')), 'an empty cart leaves nothing stored').to.equal(null);
  });

  it('refuses, with the reason, a course in the cart, a free one, one that does not exist and one the learner owns', async () => {
    const { cart } = tab();
    expect(await cart.add(PAID)).to.deep.equal({ added: true });
    expect(await cart.add(PAID)).to.deep.equal({ added: false, reason: 'in-cart' });
    expect(await cart.add(FREE)).to.deep.equal({ added: false, reason: 'free' });
    expect(await cart.add(99999)).to.deep.equal({ added: false, reason: 'not-found' });
    expect(await cart.add(OWNED)).to.deep.equal({ added: false, reason: 'owned' });
    expect(await cart.add(REFUNDED), 'a refunded enrollment can be bought again').to.deep.equal({ added: true });
    expect(cart.items).to.deep.equal([PAID, REFUNDED]);
    expect(stored(STUDENT.id)).to.deep.equal([PAID, REFUNDED]);
  });

  it('rejects when the course cannot be checked, and adds nothing', async () => {
    worker.use(http.get(`${API}/courses/:id`, () => HttpResponse.json({ message: 'Down' }, { status: 503 })));
    const { cart } = tab(false);
    let failed: unknown;
    await cart.add(PAID).catch((error: unknown) => (failed = error));
    expect((failed as Error | undefined)?.name).to.equal('InternalServerError');
    expect(cart.items).to.deep.equal([]);
  });

  it("merges a visitor's cart into the learner's on sign-in, dropping owned courses, and clears the visitor cart", async () => {
    localStorage.setItem(key(STUDENT.id), JSON.stringify([OTHER_PAID]));
    const { client, store, cart } = tab(false);
    await cart.add(PAID);
    await cart.add(OWNED); // a visitor cannot be known to own it yet
    await cart.add(OTHER_PAID);
    expect(cart.items).to.deep.equal([PAID, OWNED, OTHER_PAID]);

    client.setToken(api.issueToken(STUDENT.email));
    const merged = settled(cart);
    store.sessionChanged();
    await merged;
    expect(cart.items, 'the learner cart first, then what the visitor added, owned courses dropped').to.deep.equal([OTHER_PAID, PAID]);
    expect(stored(STUDENT.id)).to.deep.equal([OTHER_PAID, PAID]);
    expect(localStorage.getItem(key('visitor'))).to.equal(null);
    expect(await cart.add(OWNED), 'an owned course cannot be bought twice').to.deep.equal({ added: false, reason: 'owned' });

    client.setToken(null);
    const signedOut = settled(cart);
    store.sessionChanged();
    await signedOut;
    expect(cart.items, 'signed out: the (cleared) visitor cart').to.deep.equal([]);
    expect(stored(STUDENT.id), 'the learner cart stays for the next sign-in').to.deep.equal([OTHER_PAID, PAID]);
  });

  it('is kept per site', async () => {
    localStorage.setItem(key('visitor', 'https://other.example/api/v1'), JSON.stringify([5]));
    const { cart } = tab(false);
    await cart.add(PAID);
    expect(cart.items).to.deep.equal([PAID]);
    expect(JSON.parse(localStorage.getItem(key('visitor', 'https://other.example/api/v1'))!)).to.deep.equal([5]);
  });

  it('follows changes made in another tab', async () => {
    const { cart } = tab(false);
    await cart.add(PAID);
    const changed = settled(cart);
    localStorage.setItem(key('visitor'), JSON.stringify([PAID, OTHER_PAID]));
    dispatchEvent(new StorageEvent('storage', { key: key('visitor'), newValue: localStorage.getItem(key('visitor')) }));
    await changed;
    expect(cart.items).to.deep.equal([PAID, OTHER_PAID]);
    let changes = 0;
    cart.addEventListener('change', () => (changes += 1));
    dispatchEvent(new StorageEvent('storage', { key: key(STUDENT.id), newValue: '[9]' }));
    expect(changes, "another user's cart is not this one").to.equal(0);
  });
});
