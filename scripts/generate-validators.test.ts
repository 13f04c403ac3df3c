/**
 * The client's generated validators (`packages/sdk/src/generated/validators.ts`) are what the
 * generator writes today, and they validate exactly as the zod schemas they come from: the same
 * values pass, into the same output, and the same values fail, at the same paths. The values are
 * built from each schema's definition (every field, each spelling the wire allows), then broken
 * one path at a time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import * as zodSchemas from '@coursekit/sdk/schemas';
import * as sdk from '@coursekit/sdk';
import { paginated } from '../packages/sdk/src/core/pagination.js';
import { paginated as zodPaginated } from '../packages/sdk/src/schemas/pagination.js';
import { generateValidators, MODULES, VALIDATORS_FILE } from './generate-validators.js';
import { DROP_IN_BUILD_OPTIONS, ROOT } from './lib/drop-in-build.js';

type Schema = z.ZodMiniType & { _zod: { def: Record<string, any> } };
type Issue = { path?: readonly PropertyKey[]; message: string; code?: string; errors?: Issue[][] };
const TS = '2026-01-02T03:04:05.000000Z';

/** Valid wire values of `schema`: each field in each spelling the schema allows, spread over a few objects. */
function samples(schema: Schema, depth = 0): unknown[] {
  if (schema === (zodSchemas.decimal as unknown)) return ['19.90', 19.9, '5', 0, '-0.00', '0.125'];
  if (schema === (zodSchemas.bool as unknown)) return [true, false, 1, 0, '1', '0'];
  if (schema === (zodSchemas.timestamp as unknown)) return [TS, '2026-01-02T03:04:05Z', '2026-01-02 03:04:05', '2026-01-02T03:04:05+02:00', '2026-01-02T03:04:05.1Z'];
  if (schema === (zodSchemas.jsonObject as unknown)) return [{}, { alt: 'Cover', nested: { a: [1] } }];
  const def = schema._zod.def;
  switch (def['type']) {
    case 'string':
      return ['text', ''];
    case 'number':
      return [1, 0, -2.5];
    case 'boolean':
      return [true, false];
    case 'unknown':
      return [null, 'anything', { a: 1 }];
    case 'enum':
      return Object.values(def['entries']);
    case 'nullable':
      return [null, ...samples(def['innerType'], depth)];
    case 'optional':
      return [undefined, ...samples(def['innerType'], depth)];
    case 'array':
      return depth > 3 ? [[]] : [[], samples(def['element'], depth + 1).slice(0, 3)];
    case 'record':
      return [{}, Object.fromEntries(samples(def['valueType'], depth + 1).map((value, index) => [`key${index}`, value]))];
    case 'union':
      return (def['options'] as Schema[]).flatMap((option) => samples(option, depth));
    case 'object': {
      const shape = def['shape'] as Record<string, Schema>;
      // Deep down (a category's children's children), the least a field allows, so recursion ends.
      const least = (field: Schema): unknown[] => (field._zod.def['type'] === 'optional' ? [undefined] : field._zod.def['type'] === 'nullable' ? [null] : samples(field, depth + 1).slice(0, 1));
      const fields = Object.entries(shape).map(([key, field]) => [key, depth > 3 ? least(field) : samples(field, depth + 1)] as const);
      const count = Math.max(2, ...fields.map(([, values]) => values.length));
      const objects = Array.from({ length: count }, (_, index) => {
        const object: Record<string, unknown> = def['catchall'] ? { extra: 'kept' } : { leaked: 'dropped' };
        for (const [key, values] of fields) {
          const value = values[index % values.length];
          if (value !== undefined) object[key] = value;
        }
        return object;
      });
      return objects;
    }
    case 'pipe':
      return samples(def['in'], depth);
    default:
      throw new Error(`No samples for a ${def['type']} schema`);
  }
}

/** `value` broken at each path in turn, with values of every JSON kind and some near misses. */
function* mutations(value: unknown, path: PropertyKey[] = []): Generator<{ value: unknown; path: string }> {
  const wrong = [null, 0, 'x', '', true, [], {}, '19,99', 'yesterday', 2.5];
  if (path.length) for (const replacement of wrong) yield { value: replacement, path: `${path.join('.')} = ${JSON.stringify(replacement)}` };
  if (typeof value !== 'object' || value === null || path.length > 4) return;
  for (const key of Object.keys(value)) {
    for (const inner of mutations((value as Record<string, unknown>)[key], [...path, key])) {
      const copy: any = Array.isArray(value) ? [...value] : { ...value };
      copy[key] = inner.value;
      yield { value: copy, path: inner.path };
    }
    const without: any = Array.isArray(value) ? value.filter((_, index) => String(index) !== key) : { ...value };
    if (!Array.isArray(value)) delete without[key];
    yield { value: without, path: `${[...path, key].join('.')} removed` };
  }
}

/** Flattens zod's issues the way the client's `ResponseValidationError` does (the deepest union branch). */
function flatten(issue: Issue, prefix: PropertyKey[] = []): string[] {
  const path = [...prefix, ...(issue.path ?? [])];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const depth = (branch: Issue[]) => Math.max(...branch.map((inner) => inner.path?.length ?? 0));
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
    return best.flatMap((inner) => flatten(inner, path));
  }
  return [path.join('.')];
}

/** Asserts that `ours` and `theirs` agree on `value`; returns whether it passed. */
function agree(name: string, ours: sdk.StandardSchemaV1, theirs: z.ZodMiniType, value: unknown, what: string): boolean {
  const expected = z.safeParse(theirs, value);
  const actual = ours['~standard'].validate(value);
  assert.ok(!(actual instanceof Promise));
  const where = `${name}, ${what}: ${JSON.stringify(value)?.slice(0, 300)}`;
  assert.equal(!actual.issues, expected.success, `${where}: zod ${expected.success ? 'passes' : 'fails'} it`);
  if (expected.success) assert.deepEqual('value' in actual ? actual.value : undefined, expected.data, where);
  else {
    const paths = (issues: readonly Issue[]) => [...new Set(issues.flatMap((issue) => flatten(issue)))].sort();
    assert.deepEqual(paths(actual.issues as Issue[]), paths(expected.error.issues as Issue[]), `${where}: issue paths`);
  }
  return expected.success;
}

const PAIRS = Object.entries(sdk).flatMap(([name, value]) => {
  const zodSchema = (zodSchemas as Record<string, unknown>)[name];
  return value && typeof value === 'object' && '~standard' in value && zodSchema && typeof zodSchema === 'object' && '_zod' in zodSchema
    ? [[name, value as sdk.Validator<unknown>, zodSchema as Schema] as const]
    : [];
});

describe('generated validators', () => {
  it('the file is what the generator writes from the schemas today (npm run generate:validators)', async () => {
    assert.equal(await readFile(VALIDATORS_FILE, 'utf8'), await generateValidators());
  });

  it('every response schema of @coursekit/sdk/schemas has a validator by its name in @coursekit/sdk', async () => {
    const modules = await Promise.all(MODULES.map((module) => import(`../packages/sdk/src/schemas/${module}.js`) as Promise<Record<string, unknown>>));
    const responseSchemas = modules.flatMap((module) => Object.entries(module)).filter(([, value]) => value && typeof value === 'object' && '_zod' in value);
    assert.ok(responseSchemas.length >= 50, `${responseSchemas.length} response schemas`);
    const missing = responseSchemas.map(([name]) => name).filter((name) => !PAIRS.some(([pair]) => pair === name));
    assert.deepEqual(missing, []);
  });

  it('each validator passes what its zod schema passes, into the same value, and fails the same values at the same paths', () => {
    let passed = 0;
    let failed = 0;
    for (const [name, validator, schema] of PAIRS) {
      for (const sample of samples(schema)) {
        assert.ok(agree(name, validator, schema, sample, 'a valid value'), `${name}: the sample ${JSON.stringify(sample)} is not valid`);
        for (const mutant of mutations(sample)) (agree(name, validator, schema, mutant.value, mutant.path) ? passed++ : failed++);
      }
      for (const outsider of [undefined, null, 'text', 3, [], {}]) agree(name, validator, schema, outsider, 'another kind of value');
    }
    // Both outcomes were exercised in numbers, so the comparison had something to compare.
    assert.ok(passed > 1000 && failed > 1000, `${passed} mutants passed, ${failed} failed`);
  });

  it('resource(), collection() and paginated() read every body shape as the zod wrappers do', () => {
    const course = samples(zodSchemas.Course as unknown as Schema)[0] as Record<string, unknown>;
    const meta = { current_page: 1, last_page: 2, per_page: '15', total: 16, from: 1, to: 15, next_page_url: 'https://api.test/courses?page=2', prev_page_url: null };
    const bodies = [
      course,
      { data: course },
      { data: course, meta: { extra: true } },
      [course, course],
      { data: [course] },
      { data: [course], links: { next: 'https://api.test/courses?cursor=abc', prev: null }, meta },
      { ...meta, data: [course], links: [{ url: null, label: '1', active: true }] },
      { data: [course], next_cursor: 'abc', prev_cursor: null, per_page: 15 },
      { data: [course], links: { next: null, prev: null }, meta: { per_page: 15, next_cursor: null } },
    ];
    const wrappers = [
      ['resource', sdk.resource(sdk.Course), zodSchemas.resource(zodSchemas.Course)],
      ['collection', sdk.collection(sdk.Course), zodSchemas.collection(zodSchemas.Course)],
      ['paginated', paginated(sdk.Course), zodPaginated(zodSchemas.Course)],
    ] as const;
    for (const [name, ours, theirs] of wrappers) {
      for (const body of bodies) {
        agree(name, ours, theirs, body, 'a body');
        for (const mutant of mutations(body)) agree(name, ours, theirs, mutant.value, mutant.path);
      }
    }
  });

  it('a client page bundles no zod: the SDK validates with the generated code', async () => {
    const result = await build({
      ...DROP_IN_BUILD_OPTIONS,
      stdin: { contents: "import { createClient, Courses, Orders, Quizzes } from '@coursekit/sdk'; console.log(createClient({ baseUrl: '/api' }, { courses: Courses, orders: Orders, quizzes: Quizzes }));", resolveDir: ROOT, sourcefile: 'page.ts', loader: 'ts' },
      outdir: 'bench-out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((path) => path.includes('generated/validators')), 'the validators are in');
    assert.deepEqual(inputs.filter((path) => /node_modules\/zod\//.test(path)), []);
  });
});
