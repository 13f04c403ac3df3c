/**
 * Builds the OpenAPI 3.1 document of the contract from the route table and the SDK's zod schemas.
 *
 * Schemas are converted with `z.toJSONSchema(..., { io: 'input' })`: the *input* side of a wire
 * schema is what travels over HTTP (`"19.90"` or `19.9`, `true` or `1`), while its output side is
 * the SDK's canonical value, which JSON Schema cannot express (transforms throw in output mode).
 *
 * The result is deterministic: paths and components are sorted, everything else follows source
 * order, so a change in `docs/openapi.json` always means a change in the contract.
 *
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import { CourseKit } from '@coursekit/sdk';
import * as S from '@coursekit/sdk/schemas';
import { paginated } from '../../packages/sdk/src/schemas/pagination.js';
import { readDocComments, fieldDoc, type DeclarationDoc } from './doc-comments.js';
import { BODY_ERRORS, ERROR_RESPONSES, ErrorBody, UNIVERSAL_ERRORS, ValidationErrorBody } from './errors.js';
import { MediaUploadForm } from './multipart.js';
import { PATH_PARAMS, ROUTES, TAGS, type BodyShape, type ResponseShape, type Route } from './routes.js';
import type { JsonSchema, OpenAPIDocument, Operation, Parameter, Reference, Response } from './types.js';

const SDK_SRC = new URL('../../packages/sdk/src/', import.meta.url);
const COMPONENT_REF = '#/components/schemas/';
const METHOD_ORDER = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Wire building blocks worth a name of their own: every decimal, boolean and timestamp field points at one. */
const WIRE_COMPONENTS: [name: string, schema: z.ZodMiniType, docName: string][] = [
  ['WireDecimal', S.decimal, 'decimal'],
  ['WireBoolean', S.bool, 'bool'],
  ['WireTimestamp', S.timestamp, 'timestamp'],
];

const INFO_DESCRIPTION = `The REST contract of a CourseKit-compatible course-marketplace backend, as a stock Laravel app serves it.

Generated from the zod schemas of \`@coursekit/sdk\` by \`npm run build:openapi\`; do not edit by hand.

Wire conventions:
- A single object arrives as \`{"data": {...}}\` (API Resource) or bare; lists as any of Laravel's paginators (resource collection with \`meta\`/\`links\`, plain \`paginate()\`, \`cursorPaginate()\`) or a bare array.
- Decimals (\`WireDecimal\`) may be strings or numbers, booleans (\`WireBoolean\`) \`true\`/\`false\` or \`1\`/\`0\`, timestamps (\`WireTimestamp\`) ISO 8601 in any precision Laravel emits.
- Query strings follow spatie/laravel-query-builder: \`filter[field]=value\`, comma lists for \`sort\` and \`include\`, \`page\`/\`per_page\` or \`cursor\`.
- Every POST/PUT/PATCH/DELETE carries an \`Idempotency-Key\`; \`Accept-Language\` selects the locale.
- \`password\` and \`remember_token\` appear in no response.`;

/** Builds the whole document. Pure: the same sources always give the same document. */
export function buildOpenAPI(): OpenAPIDocument {
  const schemaDocs = readDocComments([...sourceFiles('schemas'), fileURLToPath(new URL('./errors.ts', import.meta.url))]);
  const components = new ComponentSet(schemaDocs);

  for (const [name, schema, docName] of WIRE_COMPONENTS) components.add(name, schema, docName);
  const querySchemas = new Set<z.ZodMiniType>(ROUTES.flatMap((route) => (route.query ? [route.query.schema] : [])));
  for (const [name, schema] of exportedSchemas()) if (!querySchemas.has(schema)) components.add(name, schema);
  components.add('ErrorBody', ErrorBody);
  components.add('ValidationErrorBody', ValidationErrorBody);
  components.add('MediaUploadParams', MediaUploadForm);

  // Per-route schemas (wrappers, queries, ad-hoc unions) join the same conversion so their
  // references to components resolve, then are inlined into the operation that uses them.
  for (const route of ROUTES) components.inline(routeSchemas(route));
  const converted = components.convert();
  const codeSamples = sdkExamples();

  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of ROUTES) {
    const operation = buildOperation(route, converted.resolve, converted.nameOf, codeSamples);
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'CourseKit API',
      version: sdkVersion(),
      description: INFO_DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{baseUrl}',
        description: 'Your backend: every path is relative to its API base URL.',
        variables: { baseUrl: { default: 'https://school.example/api/v1' } },
      },
    ],
    tags: tagList(),
    paths: sortPaths(paths),
    components: {
      schemas: converted.schemas,
      responses: errorResponses(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Makes the mutation safe to retry: a replay with the same key returns the first result and changes nothing. The SDK sends one on every mutation.',
          schema: { type: 'string', maxLength: 255 },
        },
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'A Laravel Sanctum personal access token, as returned by `POST /auth/login` and `POST /auth/register`.',
        },
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'laravel_session',
          description: 'Sanctum SPA mode: the session cookie (after `GET /sanctum/csrf-cookie`), with the `XSRF-TOKEN` cookie echoed as the `X-XSRF-TOKEN` header on every mutation.',
        },
      },
    },
  };
}

/** The zod schemas a route needs beyond named components. */
function routeSchemas(route: Route): z.ZodMiniType[] {
  const schemas: z.ZodMiniType[] = [];
  if (route.response.kind !== 'empty') schemas.push(wireSchema(route.response));
  if (route.body) schemas.push(route.body.schema);
  if (route.query) schemas.push(route.query.schema);
  return schemas;
}

/** The SDK's own parser of a response shape: its input side is the wire format. */
function wireSchema(shape: Exclude<ResponseShape, { kind: 'empty' }>): z.ZodMiniType {
  if (shape.kind === 'single') return S.resource(shape.schema);
  if (shape.kind === 'collection') return S.collection(shape.schema);
  return paginated(shape.schema);
}

function buildOperation(
  route: Route,
  resolve: (schema: z.ZodMiniType) => JsonSchema,
  nameOf: (schema: z.ZodMiniType) => string | undefined,
  codeSamples: Map<string, string[]>,
): Operation {
  const mutation = route.method !== 'GET';
  const parameters: (Parameter | Reference)[] = [...pathParameters(route.path, route)];
  if (route.query) parameters.push(...queryParameters(resolve(route.query.schema), route.query.filters ?? []));
  if (mutation) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const samples = route.sdk.flatMap((method) => codeSamples.get(method) ?? []);
  return {
    operationId: route.sdk[0],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security: route.auth === 'public' ? [{}, { bearerAuth: [] }, { cookieAuth: [] }] : [{ bearerAuth: [] }, { cookieAuth: [] }],
    'x-coursekit-auth': route.auth,
    'x-coursekit-sdk': route.sdk.map((method) => `ck.${method}()`),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body ? { requestBody: requestBody(route.body, resolve(route.body.schema)) } : {}),
    responses: responses(route, resolve, nameOf),
    ...(samples.length ? { 'x-codeSamples': samples.map((source) => ({ lang: 'TypeScript', label: '@coursekit/sdk', source })) } : {}),
  };
}

function pathParameters(path: string, route: Route): Parameter[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => {
    const param = route.params?.[name] ?? PATH_PARAMS[name];
    if (!param) throw new Error(`${route.method} ${route.path}: no schema for path parameter {${name}} in PATH_PARAMS.`);
    return { name, in: 'path', required: true, description: param.description, schema: standalone(param.schema) };
  });
}

/** One query parameter per field of the params schema, named as spatie/laravel-query-builder reads it. */
function queryParameters(query: JsonSchema, filters: readonly string[]): Parameter[] {
  const properties = (query['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query['required'] ?? []) as string[]);
  return Object.entries(properties).map(([key, property]) => {
    const { description, ...schema } = commaListForm(property);
    const list = schema['type'] === 'array';
    return {
      name: filters.includes(key) ? `filter[${key}]` : key,
      in: 'query',
      required: required.has(key),
      ...(typeof description === 'string' ? { description } : {}),
      schema,
      // Arrays travel as one comma-separated value: `include=category,tags`.
      ...(list ? { style: 'form', explode: false } : {}),
    };
  });
}

/** `X | X[]` (one sort key or several) serializes exactly like `X[]` as a comma list: document it once. */
function commaListForm(schema: JsonSchema): JsonSchema {
  const options = schema['anyOf'];
  if (!Array.isArray(options) || options.length !== 2) return schema;
  const list = (options as JsonSchema[]).find((option) => option['type'] === 'array');
  const item = (options as JsonSchema[]).find((option) => option !== list);
  if (!list || !item || !isDeepStrictEqual(list['items'], item)) return schema;
  const { anyOf: _anyOf, ...rest } = schema;
  return { ...rest, ...list };
}

function requestBody(body: BodyShape, schema: JsonSchema): NonNullable<Operation['requestBody']> {
  // Optional exactly when the SDK's own schema accepts an empty object (PATCH with nothing to change, a refund without reason).
  const required = !z.safeParse(body.schema, {}).success;
  const mediaType = body.multipart ? 'multipart/form-data' : 'application/json';
  return { required, content: { [mediaType]: { schema } } };
}

function responses(
  route: Route,
  resolve: (schema: z.ZodMiniType) => JsonSchema,
  nameOf: (schema: z.ZodMiniType) => string | undefined,
): Record<string, Response | Reference> {
  const result: Record<string, Response | Reference> = {};
  const shape = route.response;
  if (shape.kind === 'empty') {
    result['204'] = { description: 'Done; no content. The SDK method resolves to `undefined`.' };
  } else {
    const item = nameOf(shape.schema) ?? 'object';
    const description = {
      single: `The ${item}, as \`{"data": ...}\` or bare.`,
      collection: `Every ${item}, as \`{"data": [...]}\` or a bare array.`,
      page: `A page of ${item}, in any of Laravel's paginator shapes.`,
    }[shape.kind];
    result[String(route.status ?? 200)] = { description, content: { 'application/json': { schema: resolve(wireSchema(shape)) } } };
  }
  const statuses = [...new Set([...route.errors, ...UNIVERSAL_ERRORS, ...(route.body ? BODY_ERRORS : [])])].sort((a, b) => a - b);
  for (const status of statuses) result[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  return result;
}

function errorResponses(): Record<string, Response> {
  const entries = Object.entries(ERROR_RESPONSES).map(([status, { name, description, body }]): [string, Response] => {
    const response: Response = { description, content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}${body}` } } } };
    if (status === '429') {
      response.headers = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } } };
    }
    return [name, response];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

function tagList(): { name: string; description?: string }[] {
  const clientDocs = readDocComments([sourceFile('client.ts')]).get('CourseKit');
  return Object.entries(TAGS).map(([name, resource]) => {
    const description = clientDocs?.members.get(resource)?.text;
    return description ? { name, description } : { name };
  });
}

/** `@example` code of each SDK method, keyed `resource.method`. */
function sdkExamples(): Map<string, string[]> {
  const docs = readDocComments(sourceFiles('resources'));
  // The client knows which class serves each resource property; that class's comments hold the examples.
  const client = new CourseKit({ baseUrl: 'https://school.example/api/v1' });
  const examples = new Map<string, string[]>();
  for (const route of ROUTES) {
    for (const method of route.sdk) {
      const [resource = '', name = ''] = method.split('.');
      const className = (client as unknown as Record<string, object>)[resource]?.constructor.name ?? '';
      const found = docs.get(className)?.members.get(name)?.examples;
      if (found?.length) examples.set(method, found);
    }
  }
  return examples;
}

/** Exported PascalCase zod schemas of `@coursekit/sdk/schemas`, by name. */
function exportedSchemas(): [string, z.ZodMiniType][] {
  const exports: [string, unknown][] = Object.entries(S);
  return exports
    .filter((entry): entry is [string, z.ZodMiniType] => /^[A-Z]/.test(entry[0]) && isSchema(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b));
}

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** A small schema converted on its own (path parameters): no references, no envelope keys. */
function standalone(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return json;
}

function sortPaths(paths: Record<string, Record<string, Operation>>): OpenAPIDocument['paths'] {
  const sorted: OpenAPIDocument['paths'] = {};
  for (const path of Object.keys(paths).sort()) {
    const byMethod = paths[path] ?? {};
    sorted[path] = Object.fromEntries(METHOD_ORDER.filter((method) => byMethod[method]).map((method) => [method, byMethod[method]!]));
  }
  return sorted;
}

function sourceFiles(folder: string): string[] {
  const dir = new URL(`${folder}/`, SDK_SRC);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => fileURLToPath(new URL(file, dir)));
}

function sourceFile(file: string): string {
  return fileURLToPath(new URL(file, SDK_SRC));
}

function sdkVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', SDK_SRC), 'utf8')) as { version: string }).version;
}

/**
 * Named component schemas plus the per-route schemas converted with them. Keyed by schema
 * instance: aliases (`QuizUpdateParams = QuizCreateParams`) resolve to the first name.
 */
class ComponentSet {
  readonly #registry = z.registry<{ id: string; description?: string }>();
  readonly #names = new Map<z.ZodMiniType, string>();
  readonly #docNames = new Map<string, string>();
  readonly #inline = new Map<z.ZodMiniType, string>();
  readonly #docs: Map<string, DeclarationDoc>;

  constructor(docs: Map<string, DeclarationDoc>) {
    this.#docs = docs;
  }

  /** Registers a named component, documented by the SDK declaration `docName` (default: `name`). */
  add(name: string, schema: z.ZodMiniType, docName = name): void {
    if (this.#names.has(schema)) return;
    const description = this.#docs.get(docName)?.text;
    this.#registry.add(schema, { id: name, ...(description ? { description } : {}) });
    this.#names.set(schema, name);
    this.#docNames.set(name, docName);
  }

  /** Registers schemas that are not components, to be inlined where `resolve()` is asked for them. */
  inline(schemas: z.ZodMiniType[]): void {
    for (const schema of schemas) {
      if (this.#names.has(schema) || this.#inline.has(schema)) continue;
      const id = `~inline${this.#inline.size}`;
      this.#registry.add(schema, { id });
      this.#inline.set(schema, id);
    }
  }

  /** Converts everything in one pass; cross-references become `$ref`s to components. */
  convert() {
    const output = z.toJSONSchema(this.#registry, { io: 'input', metadata: this.#registry, uri: (id) => `${COMPONENT_REF}${id}` });
    const all = output.schemas as Record<string, JsonSchema>;
    if ('__shared' in all) {
      throw new Error('A recursive schema is not a named component: register it in scripts/openapi/document.ts.');
    }
    const clean = (json: JsonSchema, docName: string | undefined) => this.#describeFields(strip(json), docName);

    const schemas: Record<string, JsonSchema> = {};
    for (const name of [...this.#names.values()].sort()) schemas[name] = clean(all[name]!, this.#docNames.get(name));
    const inlined = new Map<z.ZodMiniType, JsonSchema>();
    for (const [schema, id] of this.#inline) inlined.set(schema, clean(all[id]!, exportName(schema)));

    return {
      schemas,
      nameOf: (schema: z.ZodMiniType) => this.#names.get(schema),
      resolve: (schema: z.ZodMiniType): JsonSchema => {
        const name = this.#names.get(schema);
        if (name) return { $ref: `${COMPONENT_REF}${name}` };
        const json = inlined.get(schema);
        if (!json) throw new Error('Schema was not registered before convert().');
        return json;
      },
    };
  }

  /** Adds each field's doc comment from the SDK source as its `description`. */
  #describeFields(json: JsonSchema, docName: string | undefined): JsonSchema {
    const properties = json['properties'] as Record<string, JsonSchema> | undefined;
    if (!docName || !properties) return json;
    for (const [key, property] of Object.entries(properties)) {
      const description = fieldDoc(this.#docs, docName, key);
      if (description && !property['description']) properties[key] = { description, ...property };
    }
    return json;
  }
}

/** The export name of a schema of `@coursekit/sdk/schemas`, for its field docs. */
function exportName(schema: z.ZodMiniType): string | undefined {
  return Object.entries(S).find(([, value]) => value === schema)?.[0];
}

/** Drops the per-document keys zod adds to each registry entry, and puts `description` first for readers. */
function strip(json: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, description, ...rest } = json;
  return description === undefined ? rest : { description, ...rest };
}
