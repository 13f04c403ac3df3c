import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CourseKit } from '@coursekit/sdk';
import { buildOpenAPI } from './openapi/document.js';
import { serialize } from './openapi/serialize.js';
import type { JsonSchema, Operation, Parameter, Reference } from './openapi/types.js';

/**
 * The contract's endpoint list (docs: api-contract), written out independently of the route
 * table so that a route dropped from or added to the table is caught. `body` marks a JSON or
 * multipart request body, `204` an answer without content.
 */
const CONTRACT = `
GET /courses
GET /courses/{id}
POST /courses body
PATCH /courses/{id} body
DELETE /courses/{id} 204
POST /courses/{id}/submit
POST /courses/{id}/publish
PUT /courses/{id}/instructors body
PUT /courses/{id}/tags body
GET /courses/{id}/curriculum
POST /courses/{id}/curriculum/reorder body
GET /courses/{id}/sections
POST /courses/{id}/sections body
GET /sections/{id}
PATCH /sections/{id} body
DELETE /sections/{id} 204
GET /lectures/{id}
GET /sections/{id}/lectures
POST /sections/{id}/lectures body
PATCH /lectures/{id} body
DELETE /lectures/{id} 204
GET /categories
GET /categories/{slug}
POST /categories body
PATCH /categories/{slug} body
DELETE /categories/{slug} 204
GET /tags
GET /tags/{id}
POST /tags body
PATCH /tags/{id} body
DELETE /tags/{id} 204
GET /instructors/{slug}
GET /instructors/{slug}/courses
POST /auth/register body
POST /auth/login body
POST /auth/logout 204
GET /me
PATCH /me body
PUT /me/instructor-profile body
GET /me/enrollments
GET /courses/{id}/enrollment
POST /courses/{id}/enroll
GET /courses/{id}/enrollments
GET /courses/{id}/progress
PUT /lectures/{id}/progress body
GET /quizzes/{id}
GET /courses/{id}/quizzes
POST /courses/{id}/quizzes body
PATCH /quizzes/{id} body
DELETE /quizzes/{id} 204
GET /quizzes/{id}/questions
POST /quizzes/{id}/questions body
GET /questions/{id}
PATCH /questions/{id} body
DELETE /questions/{id} 204
POST /quizzes/{id}/attempts body
GET /quizzes/{id}/attempts
GET /me/wishlist
PUT /me/wishlist/{course_id}
DELETE /me/wishlist/{course_id} 204
GET /courses/{id}/reviews
GET /courses/{id}/reviews/summary
POST /courses/{id}/reviews body
PATCH /reviews/{id} body
DELETE /reviews/{id} 204
POST /coupons/validate body
GET /coupons
GET /coupons/{id}
POST /coupons body
PATCH /coupons/{id} body
DELETE /coupons/{id} 204
POST /orders body
GET /me/orders
GET /orders/{id}
POST /orders/{id}/cancel
GET /orders
POST /orders/{id}/refund body
GET /orders/{id}/transactions
POST /orders/{id}/payments body
GET /me/certificates
GET /certificates/{certificate_number}
GET /me/notifications
POST /me/notifications/{id}/read
POST /me/notifications/read-all
POST /media body
DELETE /media/{id} 204
GET /users
`
  .trim()
  .split('\n')
  .map((line) => {
    const [method = '', path = '', ...flags] = line.split(' ');
    return { method, path, body: flags.includes('body'), empty: flags.includes('204') };
  });

const committedPath = new URL('../docs/openapi.json', import.meta.url);
const doc = buildOpenAPI();

function operations(): { method: string; path: string; operation: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

function operation(method: string, path: string): Operation {
  const found = doc.paths[path]?.[method.toLowerCase()];
  assert.ok(found, `${method} ${path} is missing from the document`);
  return found;
}

function deref<T>(value: T | Reference): T {
  if (!value || typeof value !== 'object' || !('$ref' in value)) return value as T;
  const target = value.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
  assert.ok(target, `unresolved $ref ${value.$ref}`);
  return target as T;
}

/** Every property name reachable from `schema`, following `$ref`s. */
function propertyNames(schema: unknown, seen = new Set<unknown>(), names = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return names;
  seen.add(schema);
  if ('$ref' in schema && typeof schema.$ref === 'string') propertyNames(deref(schema as Reference), seen, names);
  const properties = (schema as JsonSchema)['properties'];
  if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
  for (const value of Object.values(schema)) propertyNames(value, seen, names);
  return names;
}

/**
 * Whether `value` matches `schema`, for the keywords the wire primitives use: `$ref`, `anyOf`,
 * `type`, `const`, `enum`, `pattern`. Enough to check their meaning, whatever shape zod emits.
 */
function accepts(schema: JsonSchema, value: unknown): boolean {
  if (typeof schema['$ref'] === 'string') return accepts(deref<JsonSchema>({ $ref: schema['$ref'] }), value);
  const anyOf = schema['anyOf'] as JsonSchema[] | undefined;
  if (anyOf && !anyOf.some((option) => accepts(option, value))) return false;
  if ('const' in schema && schema['const'] !== value) return false;
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) return false;
  const types = [schema['type'] ?? []].flat() as string[];
  const typeOf = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (types.length && !types.some((type) => type === typeOf || (type === 'integer' && Number.isInteger(value)))) return false;
  if (typeof schema['pattern'] === 'string' && typeof value === 'string' && !new RegExp(schema['pattern']).test(value)) return false;
  return true;
}

function successSchema(op: Operation): JsonSchema | undefined {
  const [, response] = Object.entries(op.responses).find(([status]) => status.startsWith('2')) ?? [];
  return response ? deref(response).content?.['application/json']?.schema : undefined;
}

describe('docs/openapi.json', () => {
  it('is up to date with the SDK schemas and the route table', () => {
    const committed = readFileSync(committedPath, 'utf8');
    const fresh = serialize(doc);
    if (committed === fresh) return;
    const freshLines = fresh.split('\n');
    const line = committed.split('\n').findIndex((text, index) => text !== freshLines[index]);
    assert.fail(`docs/openapi.json is stale (first difference at line ${line + 1}): run npm run build:openapi`);
  });

  it('generates the same text twice', () => {
    assert.equal(serialize(buildOpenAPI()), serialize(doc));
  });

  it('documents every route of the contract, and nothing else', () => {
    const documented = operations().map(({ method, path }) => `${method} ${path}`).sort();
    const expected = CONTRACT.map(({ method, path }) => `${method} ${path}`).sort();
    assert.deepEqual(documented, expected);
  });

  it('gives every route its request and response schemas', () => {
    for (const route of CONTRACT) {
      const op = operation(route.method, route.path);
      const label = `${route.method} ${route.path}`;
      if (route.body) {
        const content = op.requestBody?.content ?? {};
        const schema = content['application/json']?.schema ?? content['multipart/form-data']?.schema;
        assert.ok(schema, `${label} has no request body schema`);
      } else {
        assert.equal(op.requestBody, undefined, `${label} documents a body the contract does not have`);
      }
      if (route.empty) assert.ok(op.responses['204'], `${label} should answer 204`);
      else assert.ok(successSchema(op), `${label} has no JSON success schema`);
    }
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 100);
    for (const ref of new Set(refs)) deref({ $ref: JSON.parse(`{${ref}}`).$ref as string });
  });

  it('declares each path parameter, an Idempotency-Key on mutations, and auth on private routes', () => {
    const ids = new Set<string>();
    for (const { method, path, operation: op } of operations()) {
      const label = `${method} ${path}`;
      assert.ok(!ids.has(op.operationId), `duplicate operationId ${op.operationId}`);
      ids.add(op.operationId);
      const parameters = (op.parameters ?? []).map((parameter) => deref<Parameter>(parameter));
      const pathNames = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
      assert.deepEqual(pathNames, [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]), label);
      const idempotent = parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key');
      assert.equal(idempotent, method !== 'GET', `${label}: Idempotency-Key only and always on mutations`);
      assert.ok(op.responses['429'], `${label} lacks 429`);
      if (op['x-coursekit-auth'] === 'public') continue;
      assert.ok(op.responses['401'], `${label} is private but does not document 401`);
      assert.ok(!op.security.some((requirement) => Object.keys(requirement).length === 0), `${label} is private but allows anonymous calls`);
      if (op['x-coursekit-auth'] !== 'learner') assert.ok(op.responses['403'], `${label} is role-gated but does not document 403`);
    }
  });

  it('describes the wire shape, not the SDK output: decimal strings or numbers, 0/1 booleans, microsecond timestamps', () => {
    const course = doc.components.schemas['Course'] as { properties: Record<string, JsonSchema> };
    // The field's own doc comment may sit beside the $ref as its description.
    assert.equal(course.properties['price']?.$ref, '#/components/schemas/WireDecimal');
    assert.equal(course.properties['is_featured']?.$ref, '#/components/schemas/WireBoolean');
    const wire = (name: string, value: unknown) => accepts({ $ref: `#/components/schemas/${name}` }, value);
    for (const value of ['19.90', 19.9, '-5', 0]) assert.ok(wire('WireDecimal', value), `WireDecimal rejects ${JSON.stringify(value)}`);
    for (const value of ['19,90', 'abc', null, true]) assert.ok(!wire('WireDecimal', value), `WireDecimal accepts ${JSON.stringify(value)}`);
    for (const value of [true, false, 0, 1, '0', '1']) assert.ok(wire('WireBoolean', value), `WireBoolean rejects ${JSON.stringify(value)}`);
    for (const value of [2, 'yes', null]) assert.ok(!wire('WireBoolean', value), `WireBoolean accepts ${JSON.stringify(value)}`);
    for (const value of ['2026-01-02T03:04:05.000000Z', '2026-01-02 03:04:05', '2026-01-02T03:04:05+02:00']) {
      assert.ok(wire('WireTimestamp', value), `WireTimestamp rejects ${value}`);
    }
    assert.ok(!wire('WireTimestamp', '02/01/2026'));
  });

  it('gives learners quiz questions without `answer`', () => {
    const learnerQuestion = doc.components.schemas['QuizQuestion']!;
    assert.ok(!propertyNames(learnerQuestion).has('answer'));
    assert.ok(propertyNames(doc.components.schemas['QuizQuestionWithAnswer']).has('answer'), 'the instructor view should carry answers');
    const quizResponse = propertyNames(successSchema(operation('GET', '/quizzes/{id}')));
    assert.ok(quizResponse.has('questions') && quizResponse.has('question'));
    assert.ok(!quizResponse.has('answer'), 'GET /quizzes/{id} exposes answers');
  });

  it('exposes no password or remember_token in any response', () => {
    // The walker does find secrets where they belong, so an empty result below means something.
    assert.ok(propertyNames(operation('POST', '/auth/register').requestBody).has('password'));
    for (const { method, path, operation: op } of operations()) {
      const names = propertyNames(successSchema(op));
      for (const secret of ['password', 'remember_token']) assert.ok(!names.has(secret), `${method} ${path} response has ${secret}`);
    }
  });
});

describe('the SDK against the document', () => {
  const SAMPLE_PATH_VALUES: Record<string, string | number> = { id: 7, course_id: 7, slug: 'intro-to-typescript', certificate_number: 'CK-2026-0001' };

  it('sends each operation exactly as documented: method, path, query names, body, Idempotency-Key', async () => {
    const sent: Request[] = [];
    const client = new CourseKit({
      baseUrl: 'https://school.example/api/v1',
      token: 'test-token',
      maxRetries: 0,
      fetch: async (input, init) => {
        sent.push(new Request(input, init));
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const resources = client as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

    for (const { method, path, operation: op } of operations()) {
      const parameters = (op.parameters ?? []).map((parameter) => deref<Parameter>(parameter));
      const pathValues = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => SAMPLE_PATH_VALUES[parameter.name]);
      const queryNames = parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      const multipart = Boolean(op.requestBody?.content['multipart/form-data']);
      let params: Record<string, unknown> | undefined;
      if (queryNames.length) params = Object.fromEntries(queryNames.map((name) => [name.replace(/^filter\[(.+)\]$/, '$1'), 'v']));
      else if (multipart) params = { file: new Blob(['%PDF']), file_name: 'syllabus.pdf' };
      else if (op.requestBody) params = {};

      for (const call of op['x-coursekit-sdk']) {
        const [resource = '', name = ''] = call.replace(/^ck\./, '').replace(/\(\)$/, '').split('.');
        const sdkMethod = resources[resource]?.[name];
        assert.equal(typeof sdkMethod, 'function', `${call} does not exist`);
        sent.length = 0;
        await sdkMethod!.apply(resources[resource], params ? [...pathValues, params] : pathValues).catch(() => undefined);
        const label = `${call} → ${method} ${path}`;
        assert.equal(sent.length, 1, `${label}: expected one request`);
        const request = sent[0]!;
        const url = new URL(request.url);
        const expectedPath = path.replace(/\{(\w+)\}/g, (_match, param: string) => encodeURIComponent(String(SAMPLE_PATH_VALUES[param])));
        assert.equal(`${request.method} ${url.pathname}`, `${method} /api/v1${expectedPath}`, label);
        assert.deepEqual([...new Set(url.searchParams.keys())].sort(), [...queryNames].sort(), `${label}: query names`);
        assert.equal(request.headers.has('Idempotency-Key'), method !== 'GET', `${label}: Idempotency-Key`);
        const contentType = request.headers.get('content-type') ?? '';
        if (op.requestBody) assert.match(contentType, multipart ? /^multipart\/form-data/ : /^application\/json/, `${label}: body type`);
      }
    }
  });
});
