/// <reference types="mocha" />
/**
 * A small stateful backend for element tests: msw handlers over the wire data in `wire.ts`,
 * a request log, and helpers to mount elements inside a provider. A test that needs a failure
 * adds its own handler with `worker.use()`; handlers are reset after each test.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { CourseKit } from '@coursekit/sdk';
import type { CkitProvider } from '../components/provider/provider.component.js';
import '../components/provider/provider.js';
import { categories, courses, reviewAt, tags, userWire, type CourseWire } from './wire.js';

/** Where the test API lives (the page's origin). */
export const API = `${location.origin}/api/v1`;
export const TOKEN = 'test-token';

export const worker = setupWorker();

/** Every API request the page made, as `METHOD /path?query`, in order. */
export const requests: string[] = [];

/** Mutable state of the test backend, reset before each test. */
export const db = {
  wishlist: new Set<number>(),
  enrolled: new Map<number, number>([[42, 45]]),
  reviews: [] as ReturnType<typeof reviewAt>[],
  nextReviewId: 900,
};

function reset(): void {
  requests.length = 0;
  db.wishlist = new Set([3]);
  db.enrolled = new Map([[42, 45]]);
  db.reviews = Array.from({ length: 12 }, (_, index) => reviewAt(index + 1));
  db.nextReviewId = 900;
}

const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status });
const unauthenticated = () => json({ message: 'Unauthenticated.' }, 401);
const signedIn = (request: Request) => request.headers.get('authorization') === `Bearer ${TOKEN}`;

/** Laravel's resource-collection paginator over `items`. */
export function paginate<T>(items: T[], url: URL, defaultPerPage = 15) {
  const perPage = Number(url.searchParams.get('per_page') ?? defaultPerPage);
  const page = Number(url.searchParams.get('page') ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const data = items.slice((page - 1) * perPage, page * perPage);
  return {
    data,
    links: { first: null, last: null, prev: null, next: page < lastPage ? `${url.pathname}?page=${page + 1}` : null },
    meta: { current_page: page, last_page: lastPage, per_page: perPage, total: items.length, from: data.length ? (page - 1) * perPage + 1 : null, to: data.length ? (page - 1) * perPage + data.length : null },
  };
}

function filterCourses(url: URL): CourseWire[] {
  const filter = (name: string) => url.searchParams.get(`filter[${name}]`);
  let list = [...courses];
  const search = filter('search')?.toLowerCase();
  if (search) list = list.filter((course) => course.title.toLowerCase().includes(search));
  if (filter('level')) list = list.filter((course) => course.level === filter('level'));
  if (filter('price') === 'free') list = list.filter((course) => Number(course.price) === 0);
  if (filter('price') === 'paid') list = list.filter((course) => Number(course.price) > 0);
  if (filter('min_rating')) list = list.filter((course) => Number(course.rating) >= Number(filter('min_rating')));
  const sort = url.searchParams.get('sort');
  if (sort) {
    const key = sort.replace(/^-/, '') as 'title' | 'rating' | 'price';
    const direction = sort.startsWith('-') ? -1 : 1;
    list.sort((a, b) => (key === 'title' ? a.title.localeCompare(b.title) : Number(a[key]) - Number(b[key])) * direction);
  }
  return list;
}

const findCourse = (key: string | readonly string[] | undefined) => courses.find((course) => String(course.id) === key || course.slug === key);

/** The happy paths of every route the elements use. */
export const handlers = [
  http.get(`${API}/courses`, ({ request }) => json(paginate(filterCourses(new URL(request.url)), new URL(request.url), 12))),
  http.get(`${API}/courses/:key`, ({ params }) => {
    const course = findCourse(params['key']);
    return course ? json({ data: course }) : json({ message: 'Not found.' }, 404);
  }),
  http.get(`${API}/categories`, () => json({ data: categories })),
  http.get(`${API}/tags`, () => json({ data: tags })),
  http.get(`${API}/me`, ({ request }) => (signedIn(request) ? json({ data: userWire }) : unauthenticated())),
  http.get(`${API}/me/wishlist`, ({ request }) => {
    if (!signedIn(request)) return unauthenticated();
    const entries = [...db.wishlist].map((id, index) => ({ id: index + 1, user_id: 7, course_id: id, created_at: null, updated_at: null, course: findCourse(String(id)) }));
    return json(paginate(entries, new URL(request.url)));
  }),
  http.put(`${API}/me/wishlist/:id`, ({ request, params }) => {
    if (!signedIn(request)) return unauthenticated();
    db.wishlist.add(Number(params['id']));
    return json({ data: { id: 1, user_id: 7, course_id: Number(params['id']), created_at: null, updated_at: null } });
  }),
  http.delete(`${API}/me/wishlist/:id`, ({ request, params }) => {
    if (!signedIn(request)) return unauthenticated();
    db.wishlist.delete(Number(params['id']));
    return new HttpResponse(null, { status: 204 });
  }),
  http.get(`${API}/me/enrollments`, ({ request }) => {
    if (!signedIn(request)) return unauthenticated();
    const list = [...db.enrolled.keys()].map((courseId, index) => ({ id: index + 1, course_id: courseId, user_id: 7, status: 'active', enrolled_at: null, completed_at: null, created_at: null, updated_at: null }));
    return json(paginate(list, new URL(request.url)));
  }),
  http.get(`${API}/courses/:id/enrollment`, ({ request, params }) => {
    if (!signedIn(request)) return unauthenticated();
    if (!db.enrolled.has(Number(params['id']))) return json({ message: 'Not enrolled.' }, 404);
    return json({ data: { id: 1, course_id: Number(params['id']), user_id: 7, status: 'active', enrolled_at: null, completed_at: null, created_at: null, updated_at: null } });
  }),
  http.get(`${API}/courses/:id/progress`, ({ request, params }) => {
    if (!signedIn(request)) return unauthenticated();
    const percent = db.enrolled.get(Number(params['id']));
    return percent === undefined ? json({ message: 'Not enrolled.' }, 403) : json({ data: { completed_lectures: 2, total_lectures: 4, percent, lectures: [] } });
  }),
  http.get(`${API}/courses/:id/reviews/summary`, ({ params }) => {
    const approved = db.reviews.filter((review) => review.course_id === Number(params['id']) && review.is_approved);
    const histogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<number, number>;
    for (const review of approved) histogram[review.rating]! += 1;
    const average = approved.length ? (approved.reduce((sum, review) => sum + review.rating, 0) / approved.length).toFixed(2) : '0.00';
    return json({ data: { average, count: approved.length, histogram } });
  }),
  http.get(`${API}/courses/:id/reviews`, ({ request, params }) => {
    const url = new URL(request.url);
    const rating = url.searchParams.get('filter[rating]');
    const mine = signedIn(request) ? userWire.id : -1;
    const list = db.reviews
      .filter((review) => review.course_id === Number(params['id']) && (review.is_approved || review.user_id === mine))
      .filter((review) => !rating || review.rating === Number(rating));
    return json(paginate(list, url, 10));
  }),
  http.post(`${API}/courses/:id/reviews`, async ({ request, params }) => {
    if (!signedIn(request)) return unauthenticated();
    if (!db.enrolled.has(Number(params['id']))) return json({ message: 'Only enrolled learners can review this course.' }, 403);
    if (db.reviews.some((review) => review.user_id === userWire.id && review.course_id === Number(params['id']))) return json({ message: 'You have already reviewed this course.' }, 409);
    const body = (await request.json()) as { rating: number; body?: string };
    const review = { ...reviewAt(0), id: db.nextReviewId++, course_id: Number(params['id']), user_id: userWire.id, rating: body.rating, body: body.body ?? null, is_approved: 0, user: { ...reviewAt(0).user, id: userWire.id, name: userWire.name } };
    db.reviews.unshift(review as ReturnType<typeof reviewAt>);
    return json({ data: review }, 201);
  }),
  http.patch(`${API}/reviews/:id`, async ({ request, params }) => {
    const review = db.reviews.find((item) => item.id === Number(params['id']));
    if (!review) return json({ message: 'Not found.' }, 404);
    Object.assign(review, await request.json(), { is_approved: 0 });
    return json({ data: review });
  }),
  http.delete(`${API}/reviews/:id`, ({ params }) => {
    db.reviews = db.reviews.filter((item) => item.id !== Number(params['id']));
    return new HttpResponse(null, { status: 204 });
  }),
];

const inFlight = new Map<string, string>();
/** Numbers the tests, so a request a finished test's elements still make is not logged for the next one. */
let testNumber = 0;
worker.events.on('request:start', ({ request, requestId }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/api/')) return;
  inFlight.set(requestId, `${request.method} ${url.pathname}`);
  const tag = request.headers.get('x-test');
  if (tag === null || Number(tag) === testNumber) requests.push(`${request.method} ${url.pathname.slice(7)}${url.search}`);
});
worker.events.on('request:end', ({ requestId }) => inFlight.delete(requestId));

const gates: (() => void)[] = [];
let testRunning = false;

/**
 * Resolves when the current test ends. A handler that awaits it keeps an element in its
 * loading state for the whole test, then lets the request finish so the next test starts idle.
 */
export function untilTestEnds(): Promise<void> {
  // A request that reaches the handler after its test ended must not wait for the next one.
  return testRunning ? new Promise((resolve) => gates.push(resolve)) : Promise.resolve();
}
afterEach(() => {
  testRunning = false;
  gates.splice(0).forEach((open) => open());
});

/** A promise with its resolve function, to hold a response until the test lets it go. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Resolves once no API request has been in flight for 50 ms (requests of a finished test included). */
export async function networkIdle(): Promise<void> {
  let quietSince = performance.now();
  const started = quietSince;
  while (performance.now() - quietSince < 50) {
    if (inFlight.size > 0) quietSince = performance.now();
    if (performance.now() - started > 5000) throw new Error(`API requests still in flight after 5 s: ${[...inFlight.values()].join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

before(async () => {
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Test modules load through the worker too: only an unmocked API call is a test bug.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
});
beforeEach(async () => {
  await networkIdle();
  testNumber += 1;
  testRunning = true;
  reset();
  worker.resetHandlers(...handlers);
});

/** A client for the test API; no retries, so failure tests answer at once. */
export function testClient(options: { signedIn?: boolean } = {}): CourseKit {
  return new CourseKit({ baseUrl: API, maxRetries: 0, token: options.signedIn ? TOKEN : null, headers: { 'X-Test': String(testNumber) } });
}

/**
 * Mounts `template` inside a `<ckit-provider>` and returns its first element. Signed in unless
 * `signedIn: false`.
 */
export async function mount<T extends Element>(template: TemplateResult, options: { signedIn?: boolean; locale?: string } = {}): Promise<T> {
  const provider = await fixture<CkitProvider>(
    html`<ckit-provider locale=${options.locale ?? 'en'} .client=${testClient({ signedIn: options.signedIn ?? true })}>${template}</ckit-provider>`,
  );
  return provider.firstElementChild as T;
}

/** The shadow-DOM element matching `selector`, failing loudly when it is missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
}

/** Resolves once `predicate` holds (polling), or rejects with `message` after 3 s. */
export async function until(predicate: () => unknown, message = 'condition not met'): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > 3000) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Calls `run` with the page under a hostile stylesheet that tries to restyle every element. */
export async function withHostileCss(run: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = '* { font: 30px serif !important; box-sizing: content-box; line-height: 3 !important; }';
  document.head.append(style);
  try {
    await run();
  } finally {
    style.remove();
  }
}
