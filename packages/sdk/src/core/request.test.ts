/**
 * The hostile-response matrix: every way a server (or the network) can misbehave ends in the
 * documented typed error, with the retry count the contract promises.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { BASE_URL, createClient, localServer, server, settlesWithin, useMockServer } from '../test-support/server.js';
import { categoryWire, courseWire, resourceCollection } from '../test-support/fixtures.js';
import {
  AbortError,
  APIError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isCourseKitError,
} from './errors.js';
import type { CourseKit } from '../client.js';

useMockServer();

type Body = () => Response | Promise<Response>;

/** Serves `body` on every route this suite calls and counts hits (with timestamps and headers). */
function serve(body: Body) {
  const hits: { at: number; headers: Headers; method: string }[] = [];
  const handler = async ({ request }: { request: Request }) => {
    hits.push({ at: Date.now(), headers: request.headers, method: request.method });
    return body();
  };
  server.use(http.get(`${BASE_URL}/courses`, handler), http.get(`${BASE_URL}/courses/:id`, handler), http.post(`${BASE_URL}/courses`, handler));
  return hits;
}

const calls: [string, (ck: CourseKit) => Promise<unknown>][] = [
  ['list', (ck) => ck.courses.list()],
  ['retrieve', (ck) => ck.courses.retrieve(42)],
];

for (const [name, call] of calls) {
  describe(`hostile responses: ${name}`, () => {
    it('malformed JSON with 200 → ResponseParseError, not retried', async () => {
      const hits = serve(() => new HttpResponse('{"data": [', { status: 200, headers: { 'Content-Type': 'application/json' } }));
      const error = await call(createClient({ maxRetries: 2 })).catch((e: unknown) => e);
      assert.ok(error instanceof ResponseParseError);
      assert.equal(error.status, 200);
      assert.match(error.message, /malformed JSON/);
      assert.equal(hits.length, 1);
    });

    it('an HTML page with 200 → ResponseParseError naming HTML, with a body snippet', async () => {
      serve(() => new HttpResponse('<!doctype html><title>Login</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
      const error = await call(createClient()).catch((e: unknown) => e);
      assert.ok(error instanceof ResponseParseError);
      assert.match(error.message, /HTML page/);
      assert.match(error.bodySnippet, /<title>Login/);
      assert.match(error.requestId ?? '', /^req_/);
    });

    it('a schema-violating body → ResponseValidationError with the JSON path', async () => {
      const bad = { ...courseWire, price: 'nineteen' };
      serve(() => HttpResponse.json(name === 'list' ? resourceCollection([courseWire, bad]) : { data: bad }));
      const error = await call(createClient()).catch((e: unknown) => e);
      assert.ok(error instanceof ResponseValidationError);
      const priceIssue = error.issues.find((issue) => issue.path.at(-1) === 'price');
      assert.ok(priceIssue, JSON.stringify(error.issues));
      if (name === 'list') assert.deepEqual(priceIssue.path.slice(0, 3), ['data', 1, 'price']);
      assert.match(error.message, /does not match the CourseKit contract/);
    });

    const statuses: [number, Function, object][] = [
      [401, AuthenticationError, { message: 'Unauthenticated.' }],
      [403, PermissionDeniedError, { message: 'This action is unauthorized.' }],
      [404, NotFoundError, { message: 'No query results for model [App\\Models\\Course] 42' }],
      [409, ConflictError, { message: 'Conflict.' }],
      [422, ValidationError, { message: 'The per page field must not be greater than 100.', errors: { per_page: ['The per page field must not be greater than 100.'] } }],
    ];
    for (const [status, ErrorClass, body] of statuses) {
      it(`${status} → ${ErrorClass.name}, not retried, with status, code, message and request id`, async () => {
        const hits = serve(() => HttpResponse.json(body, { status, headers: { 'X-Request-Id': 'srv-123' } }));
        const error = await call(createClient({ maxRetries: 2 })).catch((e: unknown) => e);
        assert.ok(error instanceof ErrorClass, String(error));
        assert.ok(error instanceof APIError);
        assert.equal(error.status, status);
        assert.equal(error.requestId, 'srv-123');
        assert.ok(error.message.includes((body as { message: string }).message));
        assert.equal(hits.length, 1);
        if (error instanceof ValidationError) {
          assert.deepEqual(error.errors, { per_page: ['The per page field must not be greater than 100.'] });
          assert.equal(error.code, 'validation_failed');
        }
      });
    }

    it('429 with Retry-After seconds → waits that long, then RateLimitError with retryAfter', async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '1' } }));
      const error = await call(createClient({ maxRetries: 1 })).catch((e: unknown) => e);
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 1);
      assert.equal(hits.length, 2);
      assert.ok(hits[1]!.at - hits[0]!.at >= 900, `waited ${hits[1]!.at - hits[0]!.at} ms`);
    });

    it('429 with Retry-After as an HTTP date → honoured, then RateLimitError', async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 2000).toUTCString() } }));
      const error = await call(createClient({ maxRetries: 1 })).catch((e: unknown) => e);
      assert.ok(error instanceof RateLimitError);
      assert.ok(error.retryAfter !== undefined && error.retryAfter <= 2);
      assert.equal(hits.length, 2);
      assert.ok(hits[1]!.at - hits[0]!.at >= 500, `waited ${hits[1]!.at - hits[0]!.at} ms`);
    });

    it('429 asking to wait longer than 60 s is not waited for', async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Slow down.' }, { status: 429, headers: { 'Retry-After': '3600' } }));
      const error = await call(createClient({ maxRetries: 2 })).catch((e: unknown) => e);
      assert.ok(error instanceof RateLimitError);
      assert.equal(error.retryAfter, 3600);
      assert.equal(hits.length, 1);
    });

    it('429 then 200 → the retry succeeds', async () => {
      let n = 0;
      const hits = serve(() => (n++ === 0 ? HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '0' } }) : HttpResponse.json(name === 'list' ? resourceCollection([courseWire]) : { data: courseWire })));
      await call(createClient({ maxRetries: 2 }));
      assert.equal(hits.length, 2);
    });

    it('500 → retried maxRetries times, then InternalServerError', async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Server Error' }, { status: 500 }));
      const error = await call(createClient({ maxRetries: 2 })).catch((e: unknown) => e);
      assert.ok(error instanceof InternalServerError);
      assert.equal(error.status, 500);
      assert.equal(hits.length, 3);
    });

    it('a 503 storm with an HTML error page → retried, then InternalServerError carrying the text', async () => {
      const hits = serve(() => new HttpResponse('<html><body>Service Unavailable</body></html>', { status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '0' } }));
      const error = await call(createClient({ maxRetries: 3 })).catch((e: unknown) => e);
      assert.ok(error instanceof InternalServerError);
      assert.equal(error.status, 503);
      assert.match(String(error.body), /Service Unavailable/);
      assert.equal(hits.length, 4);
    });

    it('a network error → retried, then ConnectionError', async () => {
      const hits = serve(() => HttpResponse.error());
      const error = await call(createClient({ maxRetries: 2 })).catch((e: unknown) => e);
      assert.ok(error instanceof ConnectionError, String(error));
      assert.ok(!(error instanceof TimeoutError));
      assert.match(error.message, /Could not reach the API/);
      assert.equal(hits.length, 3);
    });

    it('a hang past the timeout → TimeoutError', async () => {
      const hits = serve(async () => {
        await delay('infinite');
        return HttpResponse.json({});
      });
      const started = Date.now();
      const error = await call(createClient({ timeout: 150, maxRetries: 2 })).catch((e: unknown) => e);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.ok(error instanceof ConnectionError, 'a timeout is a kind of connection error');
      assert.match(error.message, /No response within 150 ms/);
      assert.equal(hits.length, 1, 'timeouts are not retried');
      assert.ok(Date.now() - started < 2000);
    });
  });
}

describe('mutations and idempotency', () => {
  it('a POST is retried with the same Idempotency-Key it was first sent with', async () => {
    let n = 0;
    const hits = serve(() => (n++ < 2 ? HttpResponse.json({ message: 'Service Unavailable' }, { status: 503, headers: { 'Retry-After': '0' } }) : HttpResponse.json({ data: courseWire }, { status: 201 })));
    await createClient({ maxRetries: 2 }).courses.create({ title: 'Again' });
    assert.equal(hits.length, 3);
    const keys = new Set(hits.map((hit) => hit.headers.get('idempotency-key')));
    assert.equal(keys.size, 1);
    assert.ok([...keys][0]);
  });

  it('a caller-provided key is sent as-is', async () => {
    const hits = serve(() => HttpResponse.json({ data: courseWire }, { status: 201 }));
    await createClient().courses.create({ title: 'Mine' }, { idempotencyKey: 'checkout-7' });
    assert.equal(hits[0]!.headers.get('idempotency-key'), 'checkout-7');
  });

  it('a POST without a replayable key is sent exactly once, even on 503 and network errors', async () => {
    const hits = serve(() => HttpResponse.json({ message: 'Service Unavailable' }, { status: 503, headers: { 'Retry-After': '0' } }));
    const error = await createClient({ maxRetries: 3 }).courses.create({ title: 'Once' }, { idempotencyKey: false }).catch((e: unknown) => e);
    assert.ok(error instanceof InternalServerError);
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.headers.get('idempotency-key'), null);

    const networkHits = serve(() => HttpResponse.error());
    const networkError = await createClient({ maxRetries: 3 }).courses.create({ title: 'Once' }, { idempotencyKey: false }).catch((e: unknown) => e);
    assert.ok(networkError instanceof ConnectionError);
    assert.equal(networkHits.length, 1);
  });

  it('every request carries X-Request-Id; errors report the one sent when the server echoes none', async () => {
    const hits = serve(() => HttpResponse.json({ message: 'Nope' }, { status: 404 }));
    const error = await createClient().courses.retrieve(1).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.requestId, hits[0]!.headers.get('x-request-id'));
  });
});

describe('auth', () => {
  it('getToken() is called lazily, and once more with forceRefresh after a 401', async () => {
    const asked: boolean[] = [];
    const hits = serve(() => HttpResponse.json({ data: courseWire }));
    server.use(
      http.get(`${BASE_URL}/courses/:id`, ({ request }) => {
        hits.push({ at: Date.now(), headers: request.headers, method: 'GET' });
        return request.headers.get('authorization') === 'Bearer fresh' ? HttpResponse.json({ data: courseWire }) : HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 });
      }),
    );
    const ck = createClient({ token: undefined, getToken: ({ forceRefresh }) => (asked.push(forceRefresh), forceRefresh ? 'fresh' : 'stale') });
    const course = await ck.courses.retrieve(42);
    assert.equal(course.id, 42);
    assert.deepEqual(asked, [false, true]);
    assert.deepEqual(hits.map((hit) => hit.headers.get('authorization')), ['Bearer stale', 'Bearer fresh']);
  });

  it('concurrent 401s share one refresh (single flight)', async () => {
    let refreshes = 0;
    server.use(
      http.get(`${BASE_URL}/courses/:id`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer fresh' ? HttpResponse.json({ data: courseWire }) : HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 }),
      ),
    );
    const ck = createClient({
      token: undefined,
      getToken: async ({ forceRefresh }) => {
        if (!forceRefresh) return 'stale';
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return 'fresh';
      },
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map((id) => ck.courses.retrieve(id)));
    assert.equal(results.length, 5);
    assert.equal(refreshes, 1);
  });

  it('a 401 that survives the refresh → AuthenticationError with an actionable message', async () => {
    const hits = serve(() => HttpResponse.json({}, { status: 401 }));
    const ck = createClient({ token: undefined, getToken: () => 'always-bad' });
    const error = await ck.courses.retrieve(42).catch((e: unknown) => e);
    assert.ok(error instanceof AuthenticationError);
    assert.match(error.message, /getToken/);
    assert.equal(hits.length, 2);
  });

  it('a static token is sent as a bearer header; setToken(null) signs out', async () => {
    const hits = serve(() => HttpResponse.json({ data: courseWire }));
    const ck = createClient({ token: 'abc' });
    await ck.courses.retrieve(1);
    ck.setToken(null);
    await ck.courses.retrieve(1);
    assert.equal(hits[0]!.headers.get('authorization'), 'Bearer abc');
    assert.equal(hits[1]!.headers.get('authorization'), null);
  });

  it('an anonymous GET sends only CORS-safelisted headers (no preflight); Accept-Language follows locale', async () => {
    const hits = serve(() => HttpResponse.json({ data: courseWire }));
    await createClient({ locale: 'fr-CA', token: undefined }).courses.retrieve(1);
    const sent = [...hits[0]!.headers.keys()].filter((name) => !['host', 'connection', 'user-agent', 'accept-encoding', 'sec-fetch-mode', 'accept-language', 'accept'].includes(name));
    assert.deepEqual(sent, []);
    assert.equal(hits[0]!.headers.get('accept-language'), 'fr-CA');
    assert.equal(hits[0]!.headers.get('accept'), 'application/json');
  });
});

describe('misuse and cancellation', () => {
  it('aborting through a signal rejects with AbortError', async () => {
    serve(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    const pending = createClient().courses.retrieve(1, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof AbortError, String(error));
    assert.equal(error.name, 'AbortError');
  });

  it('a missing baseUrl is a CourseKitError that says what to pass', () => {
    assert.throws(() => createClient({ baseUrl: '' }), (error: unknown) => isCourseKitError(error) && /baseUrl/.test((error as Error).message));
  });

  it('path segments from user input are encoded and cannot change the route', async () => {
    const seen: string[] = [];
    server.use(http.get(`${BASE_URL}/courses/:slug`, ({ request }) => (seen.push(new URL(request.url).pathname), HttpResponse.json({ data: courseWire }))));
    await createClient().courses.retrieve('a/../../admin?x=1');
    assert.equal(seen[0], '/api/v1/courses/a%2F..%2F..%2Fadmin%3Fx%3D1');
    await assert.rejects(createClient().courses.retrieve('..'), /Invalid path segment ".."/);
    await assert.rejects(createClient().courses.retrieve(undefined as unknown as number), /Invalid path segment "undefined"/);
  });
});

describe('client options', () => {
  it('cookie mode echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on mutations only', async () => {
    const hits = serve(() => HttpResponse.json({ data: courseWire }));
    const globals = globalThis as { document?: { cookie: string } };
    globals.document = { cookie: 'laravel_session=s; XSRF-TOKEN=eyJpdiI6%3D%3D' };
    try {
      const ck = createClient({ token: undefined, credentials: 'include' });
      await ck.courses.retrieve(1);
      await ck.courses.create({ title: 'Cookie' });
    } finally {
      delete globals.document;
    }
    assert.equal(hits[0]!.headers.get('x-xsrf-token'), null, 'GETs need no XSRF token');
    assert.equal(hits[1]!.headers.get('x-xsrf-token'), 'eyJpdiI6==', 'the cookie value is URL-decoded, as Laravel expects');
    assert.equal(hits[1]!.headers.get('authorization'), null);
  });

  it('a custom fetch and ky hooks are used', async () => {
    const seen: string[] = [];
    const ck = createClient({
      fetch: async (input, init) => {
        seen.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
        return fetch(input, init);
      },
      hooks: { beforeRequest: [({ request }) => void seen.push(`hook ${request.method}`)] },
    });
    serve(() => HttpResponse.json({ data: courseWire }));
    await ck.courses.retrieve(7);
    assert.deepEqual(seen, ['hook GET', `fetch ${BASE_URL}/courses/7`]);
  });

  it('keepalive: true reaches fetch on the request it sends; without it the request is not keepalive', async () => {
    const seen: boolean[] = [];
    const ck = createClient({
      fetch: async (input, init) => {
        seen.push(input instanceof Request ? input.keepalive : Boolean(init?.keepalive));
        return fetch(input, init);
      },
    });
    serve(() => HttpResponse.json({ data: courseWire }));
    await ck.courses.retrieve(7, {}, { keepalive: true });
    await ck.courses.retrieve(7);
    assert.deepEqual(seen, [true, false]);
  });

  it('per-call headers, timeout and maxRetries override the client defaults', async () => {
    const hits = serve(() => HttpResponse.json({ message: 'Server Error' }, { status: 500 }));
    const error = await createClient({ maxRetries: 3 }).courses.retrieve(1, {}, { maxRetries: 0, headers: { 'X-Trace': 't-1' } }).catch((e: unknown) => e);
    assert.ok(error instanceof InternalServerError);
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.headers.get('x-trace'), 't-1');
  });
});

const MB = 1024 * 1024;

describe('hostile bodies (a real server on 127.0.0.1)', () => {
  it('a body trickling in byte by byte past the timeout → TimeoutError, with the status and request id', async () => {
    const local = await localServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': 'srv-slow' });
      response.write('{"data":[');
      const timer = setInterval(() => response.write(' '), 100);
      response.on('close', () => clearInterval(timer));
    });
    try {
      const started = Date.now();
      const error = await settlesWithin(createClient({ baseUrl: local.baseUrl, timeout: 400, maxRetries: 2 }).courses.list().catch((e: unknown) => e), 3000);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(error.status, 200);
      assert.equal(error.requestId, 'srv-slow');
      assert.match(error.message, /within 400 ms/);
      assert.equal(local.hits, 1, 'timeouts are not retried');
      assert.ok(Date.now() - started < 2500, `took ${Date.now() - started} ms`);
    } finally {
      await local.close();
    }
  });

  it('a 50 MB body → ResponseTooLargeError at the default 10 MB maxResponseBytes, and the download stops', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const local = await localServer(async (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': 'srv-big' });
      while (sent < 50 * MB && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) await new Promise((resolve) => (response.once('drain', resolve), response.once('close', resolve)));
      }
      response.end();
    });
    try {
      const error = await settlesWithin(createClient({ baseUrl: local.baseUrl }).courses.list().catch((e: unknown) => e), 10_000);
      assert.ok(error instanceof ResponseTooLargeError, String(error));
      assert.equal(error.limit, 10 * MB);
      assert.ok(error.size > 10 * MB);
      assert.equal(error.status, 200);
      assert.equal(error.requestId, 'srv-big');
      assert.match(error.message, /maxResponseBytes/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(sent < 50 * MB, `the server could send all ${sent} bytes`);
    } finally {
      await local.close();
    }
  });

  it('a Content-Length above maxResponseBytes → ResponseTooLargeError without waiting for the body', async () => {
    const local = await localServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(50 * MB) });
      response.write('{"data":['); // and nothing more: only the announced size can end this call
    });
    try {
      const error = await settlesWithin(createClient({ baseUrl: local.baseUrl, maxResponseBytes: MB, maxRetries: 2 }).courses.list().catch((e: unknown) => e), 3000);
      assert.ok(error instanceof ResponseTooLargeError, String(error));
      assert.equal(error.size, 50 * MB);
      assert.equal(error.limit, MB);
      assert.equal(local.hits, 1, 'not retried');
    } finally {
      await local.close();
    }
  });

  it('a connection reset mid-body → the GET is retried and succeeds', async () => {
    const body = JSON.stringify(resourceCollection([courseWire]));
    const local = await localServer((_request, response, hit) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
      if (hit === 0) response.write(body.slice(0, 20), () => response.socket?.destroy());
      else response.end(body);
    });
    try {
      const page = await settlesWithin(createClient({ baseUrl: local.baseUrl, maxRetries: 2 }).courses.list(), 5000);
      assert.deepEqual(page.data.map((course) => course.id), [42]);
      assert.equal(local.hits, 2);
    } finally {
      await local.close();
    }
  });

  it('a connection reset mid-body on every attempt → ConnectionError with the status, not a raw TypeError', async () => {
    const local = await localServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000', 'X-Request-Id': 'srv-cut' });
      response.write('{"data":[', () => response.socket?.destroy());
    });
    try {
      const error = await settlesWithin(createClient({ baseUrl: local.baseUrl, maxRetries: 2 }).courses.list().catch((e: unknown) => e), 5000);
      assert.ok(error instanceof ConnectionError, String(error));
      assert.ok(!(error instanceof TimeoutError));
      assert.equal(error.status, 200);
      assert.equal(error.requestId, 'srv-cut');
      assert.match(error.message, /body/);
      assert.equal(local.hits, 3);
    } finally {
      await local.close();
    }
  });

  it('aborting while the body is read → AbortError that isAbortError() recognizes', async () => {
    const local = await localServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"data":['); // then nothing
    });
    try {
      const controller = new AbortController();
      const pending = createClient({ baseUrl: local.baseUrl, maxRetries: 2 }).courses.list({}, { signal: controller.signal }).catch((e: unknown) => e);
      while (local.hits === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.abort();
      const error = await settlesWithin(pending, 3000);
      assert.ok(isAbortError(error), String(error));
      assert.ok(error instanceof AbortError);
      assert.equal(error.status, 200);
      assert.match(error.requestId ?? '', /^req_/);
      assert.equal(local.hits, 1);
    } finally {
      await local.close();
    }
  });
});

describe('hostile bodies (msw)', () => {
  it('a 422 whose errors nest 100,000 levels deep → a bounded ValidationError, not a stack overflow', async () => {
    const depth = 100_000;
    const body = `{"message":"The given data was invalid.","errors":{"title":${'['.repeat(depth)}"deep"${']'.repeat(depth)},"email":["The email has already been taken."]}}`;
    serve(() => new HttpResponse(body, { status: 422, headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'srv-deep' } }));
    const error = await createClient().courses.create({ title: 'Deep' }).catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.status, 422);
    assert.equal(error.requestId, 'srv-deep');
    assert.deepEqual(error.errors['email'], ['The email has already been taken.']);
    assert.ok(Array.isArray(error.errors['title']) && error.errors['title'].every((message) => typeof message === 'string' && message.length < 2000));
  });

  it('a 2xx body nested 20,000 levels deep → ResponseValidationError, not a stack overflow', async () => {
    const depth = 20_000;
    const node = JSON.stringify(categoryWire).slice(0, -1);
    const body = `{"data":${`${node},"children":[`.repeat(depth)}${']}'.repeat(depth)}}`;
    server.use(http.get(`${BASE_URL}/categories/:slug`, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'srv-tree' } })));
    const error = await createClient().categories.retrieve('web-development').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'srv-tree');
    assert.match(error.message, /nested too deeply/i);
  });
});

describe('schemas of a caller\'s own', () => {
  it('get() validates a custom endpoint with a zod schema (any Standard Schema) and reports its issues by path', async () => {
    const Stats = z.object({ learners: z.number(), top: z.array(z.object({ course_id: z.number() })) });
    server.use(http.get(`${BASE_URL}/stats`, () => HttpResponse.json({ learners: 12, top: [{ course_id: 42, extra: 1 }] })));
    const stats = await createClient().http.get('stats', { schema: Stats });
    assert.deepEqual(stats, { learners: 12, top: [{ course_id: 42 }] });

    server.use(http.get(`${BASE_URL}/stats`, () => HttpResponse.json({ learners: 12, top: [{ course_id: 'x' }] })));
    const error = await createClient().http.get('stats', { schema: Stats }).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.deepEqual(error.issues.map((issue) => issue.path), [['top', 0, 'course_id']]);
  });

  it('the generated validators say what they expected and what came', async () => {
    server.use(http.get(`${BASE_URL}/courses/:id`, () => HttpResponse.json({ data: { ...courseWire, title: 7, level: 'Guru' } })));
    const error = await createClient().courses.retrieve(42).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.deepEqual(
      error.issues.map(({ path, message, code }) => ({ path, message, code })),
      [
        { path: ['data', 'title'], message: 'Expected a string, got number', code: 'invalid_type' },
        { path: ['data', 'level'], message: 'Expected one of "Beginner", "Intermediate", "Advanced", got "Guru"', code: 'invalid_value' },
      ],
    );
    assert.match(error.message, /Expected a string, got number at data\.title \(\+1 more issues\)/);
  });
});

describe('rate limits', () => {
  const inAnHour = () => String(Math.floor(Date.now() / 1000) + 3600);
  const headers: [string, () => string][] = [
    ['RateLimit-Reset', () => '3600'],
    ['X-RateLimit-Reset', inAnHour],
    ['X-Rate-Limit-Reset', inAnHour],
  ];
  for (const [header, value] of headers) {
    it(`429 with ${header} an hour ahead is not waited for: RateLimitError with retryAfter`, async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Slow down.' }, { status: 429, headers: { [header]: value(), 'X-Request-Id': 'srv-429' } }));
      const error = await settlesWithin(createClient({ maxRetries: 2 }).courses.list().catch((e: unknown) => e), 5000);
      assert.ok(error instanceof RateLimitError, String(error));
      assert.ok(error.retryAfter !== undefined && error.retryAfter > 3500 && error.retryAfter <= 3600, String(error.retryAfter));
      assert.equal(error.requestId, 'srv-429');
      assert.equal(hits.length, 1);
    });
  }

  it('429 with an unreadable Retry-After (NaN) is retried after the usual backoff, not the 60 s ceiling', async () => {
    let n = 0;
    const hits = serve(() => (n++ === 0 ? HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': 'NaN' } }) : HttpResponse.json(resourceCollection([courseWire]))));
    await settlesWithin(createClient({ maxRetries: 1 }).courses.list(), 10_000);
    assert.equal(hits.length, 2);
  });

  for (const retryAfter of ['Infinity', '1e400', '99999999999999999999']) {
    it(`429 with Retry-After: ${retryAfter} is not waited for: RateLimitError with a finite retryAfter`, async () => {
      const hits = serve(() => HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': retryAfter } }));
      const error = await settlesWithin(createClient({ maxRetries: 2 }).courses.list().catch((e: unknown) => e), 5000);
      assert.ok(error instanceof RateLimitError, String(error));
      assert.equal(error.retryAfter, 86_400);
      assert.equal(hits.length, 1);
    });
  }
});
