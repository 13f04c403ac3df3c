/**
 * What one `ck.courses.list({ per_page: 100 })` costs end to end against a local HTTP server,
 * and how much of that is schema validation: the same body is then validated alone with the
 * very schema instance the SDK uses.
 *
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CourseKit, Course } from '@coursekit/sdk';
import { paginated } from '../../packages/sdk/src/core/pagination.js';
import { coursePage } from './course-page.js';
import { median, percentile } from './stats.js';

export interface FetchParseOptions {
  /** Courses per page. */
  perPage: number;
  /** Untimed calls first, so the JIT and the connection pool are warm. */
  warmup: number;
  /** Timed calls (and timed validations). */
  iterations: number;
}

export interface FetchParseReport {
  bodyBytes: number;
  iterations: number;
  /** Per `courses.list()` call: HTTP round trip, JSON parse, validation, paging object. */
  callMedianMs: number;
  callP90Ms: number;
  /** `JSON.parse` of the body alone. */
  jsonParseMedianMs: number;
  /** Schema validation of the parsed body alone. */
  validateMedianMs: number;
  /** `validateMedianMs / callMedianMs`. */
  validationShare: number;
}

export async function measureFetchParse({ perPage, warmup, iterations }: FetchParseOptions): Promise<FetchParseReport> {
  const body = Buffer.from(JSON.stringify(coursePage(perPage)));
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith('/api/v1/courses')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  });
  const port = await listen(server);
  try {
    const ck = new CourseKit({ baseUrl: `http://127.0.0.1:${port}/api/v1`, maxRetries: 0 });
    const list = async () => {
      const page = await ck.courses.list({ per_page: perPage });
      if (page.data.length !== perPage) throw new Error(`Expected ${perPage} courses, got ${page.data.length}.`);
    };
    for (let i = 0; i < warmup; i++) await list();
    const calls = await timeEach(iterations, list);

    const text = body.toString('utf8');
    const parsed: unknown = JSON.parse(text);
    // The memoized parser `courses.list()` itself validates with.
    const schema = paginated(Course)['~standard'];
    const validate = () => {
      const result = schema.validate(parsed);
      if (result instanceof Promise || result.issues) throw new Error('The benchmark page does not match the Course schema.');
    };
    for (let i = 0; i < warmup; i++) validate();
    const validations = await timeEach(iterations, validate);
    const parses = await timeEach(iterations, () => JSON.parse(text));

    const callMedianMs = median(calls);
    const validateMedianMs = median(validations);
    return {
      bodyBytes: body.length,
      iterations,
      callMedianMs,
      callP90Ms: percentile(calls, 90),
      jsonParseMedianMs: median(parses),
      validateMedianMs,
      validationShare: validateMedianMs / callMedianMs,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function timeEach(iterations: number, run: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const pending = run();
    // Awaiting a synchronous result would add a microtask turn to what is measured.
    if (pending instanceof Promise) await pending;
    samples.push(performance.now() - start);
  }
  return samples;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
