/**
 * Test harness: one mock backend per test file (node --test runs each file in its own process),
 * reset before every test, SDK clients for any demo account, and a raw `fetch` for asserting
 * on the wire itself.
 */
import { after, before, beforeEach } from 'node:test';
import { CourseKit } from '@coursekit/sdk';
import { createMockServer } from '../node.js';
import type { MockApiOptions } from '../api.js';

export const BASE_URL = 'https://school.test/api/v1';

/** Starts a mock backend for the calling test file; every test starts from the seed. */
export function useMockApi(options: MockApiOptions = {}) {
  const { server, api } = createMockServer({ baseUrl: BASE_URL, ...options });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    api.reset();
    api.faults.reset();
  });
  after(() => server.close());
  return {
    api,
    /** An SDK client without retries, signed in as `email` when given. */
    client(email?: string): CourseKit {
      return new CourseKit({ baseUrl: BASE_URL, maxRetries: 0, token: email ? api.issueToken(email) : null });
    },
  };
}

/** What came back from `raw()`. */
export interface RawResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON, of whatever shape the route answers; tests assert on it field by field. */
  body: any;
}

/** Sends a request straight to the mock, bypassing the SDK, and parses the JSON answer. */
export async function raw(method: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const headers = new Headers({ Accept: 'application/json', ...init.headers });
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(`${BASE_URL}${path}`, { method, headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
