import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CourseKit } from '@coursekit/sdk';
import { createMockListener, type MockListener, type MockListenerOptions } from './server.js';
import { DEMO_ACCOUNTS } from './seed-data/reference.js';

let server: Server;
let origin: string;

before(async () => {
  const listener = createMockListener({ basePath: '/api/v1' });
  // Mounted next to "static files" on one port, as a dev server would do it.
  server = createServer((request, response) => listener(request, response, () => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>static</h1>')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Runs `body` against a listener of its own, made with `options`, on a free port. */
async function withListener(options: MockListenerOptions, body: (base: string, listener: MockListener) => Promise<void>): Promise<void> {
  const listener = createMockListener({ basePath: '/api/v1', ...options });
  const own = createServer((request, response) => listener(request, response));
  await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
  try {
    await body(`http://127.0.0.1:${(own.address() as AddressInfo).port}`, listener);
  } finally {
    await new Promise<void>((resolve) => own.close(() => resolve()));
  }
}

describe('mock over real HTTP', () => {
  it('serves the API to the SDK over the network', async () => {
    const ck = new CourseKit({ baseUrl: `${origin}/api/v1`, maxRetries: 0 });
    const page = await ck.courses.list({ per_page: 3 });
    assert.equal(page.data.length, 3);
    await ck.auth.login({ email: DEMO_ACCOUNTS.student, password: 'password' });
    assert.equal((await ck.me.retrieve()).email, DEMO_ACCOUNTS.student);
  });

  it('builds links and file URLs from the host the request came to', async () => {
    const body = (await (await fetch(`${origin}/api/v1/courses?per_page=2&include=media`)).json()) as { links: { next: string }; data: { media: { url: string }[] }[] };
    assert.ok(body.links.next.startsWith(`${origin}/api/v1/courses?`));
    const cover = await fetch(body.data[0]!.media[0]!.url);
    assert.deepEqual([cover.status, cover.headers.get('content-type')], [200, 'image/svg+xml']);
  });

  it('serves a lecture’s video over HTTP, whole and by byte range, and its signed URL carries the request’s host', async () => {
    const ck = new CourseKit({ baseUrl: `${origin}/api/v1`, maxRetries: 0 });
    const course = (await ck.courses.retrieve('modern-javascript-from-scratch')).id;
    const preview = (await ck.curriculum.retrieve(course)).flatMap((section) => section.lectures ?? []).find((lecture) => lecture.media?.some((file) => file.mime_type === 'video/webm'))!;
    const url = preview.media!.find((file) => file.mime_type === 'video/webm')!.url!;
    assert.ok(url.startsWith(`${origin}/api/v1/storage/lectures/${preview.id}/sample-lecture.webm?signature=`));
    const whole = await fetch(url);
    assert.deepEqual([whole.status, whole.headers.get('content-type'), (await whole.arrayBuffer()).byteLength], [200, 'video/webm', preview.media![0]!.size]);
    const part = await fetch(url, { headers: { Range: 'bytes=0-3' } });
    assert.deepEqual([part.status, part.headers.get('content-range'), [...new Uint8Array(await part.arrayBuffer())]], [206, `bytes 0-3/${preview.media![0]!.size}`, [0x1a, 0x45, 0xdf, 0xa3]]);
  });

  it('answers CORS preflights with the headers the SDK sends, for any origin', async () => {
    const preflight = await fetch(`${origin}/api/v1/orders`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'accept', 'accept-language', 'idempotency-key', 'x-request-id', 'x-requested-with', 'x-xsrf-token']) {
      assert.ok(allowed.includes(header), header);
    }
    const simple = await fetch(`${origin}/api/v1/tags`, { headers: { Origin: 'https://shop.example' } });
    assert.equal(simple.headers.get('access-control-allow-origin'), '*');
    assert.ok(simple.headers.get('access-control-expose-headers')!.includes('Retry-After'));
  });

  it('allows credentials only for its own origin and localhost; any other origin gets anonymous CORS', async () => {
    const cors = async (pageOrigin: string) => {
      const response = await fetch(`${origin}/api/v1/me`, { headers: { Origin: pageOrigin } });
      return [response.headers.get('access-control-allow-origin'), response.headers.get('access-control-allow-credentials'), response.headers.get('vary')];
    };
    for (const trusted of [origin, 'http://localhost:5173', 'http://127.0.0.1:3000', 'https://localhost', 'http://[::1]:8080']) {
      assert.deepEqual(await cors(trusted), [trusted, 'true', 'Origin'], trusted);
    }
    for (const other of ['https://evil.example', 'http://localhost.evil.example', 'null', 'http://127.0.0.1.evil.example:5173']) {
      assert.deepEqual(await cors(other), ['*', null, 'Origin'], other);
    }
  });

  it('takes the list of credentialed origins as an option', async () => {
    await withListener({ credentialedOrigins: ['https://app.example', /^https:\/\/[a-z]+\.school\.example$/] }, async (base) => {
      const allowOrigin = async (pageOrigin: string) => (await fetch(`${base}/api/v1/tags`, { headers: { Origin: pageOrigin } })).headers.get('access-control-allow-credentials');
      assert.equal(await allowOrigin('https://app.example'), 'true');
      assert.equal(await allowOrigin('https://paris.school.example'), 'true');
      assert.equal(await allowOrigin('http://localhost:5173'), null, 'the list replaces the default');
    });
  });

  it('serves the control routes in demo mode (the default), and not in shared mode', async () => {
    const reset = await fetch(`${origin}/api/v1/__mock/reset`, { method: 'POST' });
    assert.equal(reset.status, 204);
    await withListener({ mode: 'shared' }, async (base, listener) => {
      const before = listener.api.db.count('users');
      const refused = await fetch(`${base}/api/v1/__mock/reset`, { method: 'POST' });
      assert.deepEqual([refused.status, await refused.json()], [404, { message: 'The route api/v1/__mock/reset could not be found.' }]);
      const faults = await fetch(`${base}/api/v1/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ offline: true }) });
      assert.equal(faults.status, 404);
      assert.equal((await fetch(`${base}/api/v1/__mock/faults`, { method: 'DELETE' })).status, 404);
      assert.equal((await fetch(`${base}/api/v1/tags`)).status, 200, 'no fault was switched on');
      assert.equal(listener.api.db.count('users'), before);
      assert.equal(listener.api.mode, 'shared');
    });
  });

  it('answers 413 to a body over the limit without reading it all', async () => {
    const huge = await fetch(`${origin}/api/v1/media`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(12 * 1024 * 1024) });
    assert.deepEqual([huge.status, await huge.json()], [413, { message: 'The POST data is too large.' }]);
    const json = await fetch(`${origin}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }) });
    assert.equal(json.status, 413);
  });

  it('answers 413 to a chunked body (no Content-Length) once it is over the limit', { timeout: 20_000 }, async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const chunk = Buffer.alloc(256 * 1024);
      const upload = request(`${origin}/api/v1/media`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' } }, (response) => {
        response.resume();
        upload.destroy();
        resolve(response.statusCode!);
      });
      upload.on('error', reject);
      // Far more than any limit, written as fast as the server takes it.
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && !upload.destroyed) {
          sent += chunk.length;
          if (!upload.write(chunk)) return void upload.once('drain', pump);
        }
        if (!upload.destroyed) upload.end();
      };
      pump();
    });
    assert.equal(status, 413);
  });

  it('throttles logins by the socket’s address, whatever address header a client sends', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 12; index++) {
      const response = await fetch(`${origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CourseKit-Client-Address': `203.0.113.${index}` },
        body: JSON.stringify({ email: `spray${index}@example.org`, password: 'Summer2026!' }),
      });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [...Array(10).fill(422), 429, 429]);
    await fetch(`${origin}/api/v1/__mock/reset`, { method: 'POST' });
  });

  it('hands requests outside the base path to the next listener', async () => {
    const page = await fetch(`${origin}/index.html`);
    assert.equal(await page.text(), '<h1>static</h1>');
  });

  it('drops the connection for ?__offline=1, like a dead network', async () => {
    await assert.rejects(fetch(`${origin}/api/v1/courses?__offline=1`), TypeError);
  });

  it('answers Laravel’s 404 for unknown API routes', async () => {
    const response = await fetch(`${origin}/api/v1/unknown`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { message: 'The route api/v1/unknown could not be found.' });
  });
});
