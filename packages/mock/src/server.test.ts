import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CourseKit } from '@coursekit/sdk';
import { createMockListener } from './server.js';
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

  it('answers CORS preflights with the headers the SDK sends, and echoes the origin', async () => {
    const preflight = await fetch(`${origin}/api/v1/orders`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'accept', 'accept-language', 'idempotency-key', 'x-request-id', 'x-requested-with', 'x-xsrf-token']) {
      assert.ok(allowed.includes(header), header);
    }
    const simple = await fetch(`${origin}/api/v1/tags`, { headers: { Origin: 'https://shop.example' } });
    assert.equal(simple.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.ok(simple.headers.get('access-control-expose-headers')!.includes('Retry-After'));
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
