/**
 * Compiles the contract's response schemas (`packages/sdk/src/schemas/`, zod) into the client's
 * validators (`packages/sdk/src/generated/validators.ts`): one line per schema that builds its check
 * from the checks of `packages/sdk/src/core/validator.ts` (an object is a table of its fields'
 * checks), in dependency order. The client then validates responses without
 * zod at run time (see that module for why). Run by `npm run generate:validators`; a test fails
 * when the file is not what this script writes, and another checks that both validate alike.
 *
 * The schemas' language here is what response schemas use: strings, numbers, booleans, enums,
 * objects (strict or loose), arrays, records, unions, nullable and optional, and the wire types
 * of `schemas/wire.ts`. Anything else (a check, a transform of its own) stops the script, naming
 * the schema, rather than generating a validator that accepts less or more than zod.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod/mini';
import { ROOT } from './lib/drop-in-build.js';

const SCHEMAS = join(ROOT, 'packages', 'sdk', 'src', 'schemas');
export const VALIDATORS_FILE = join(ROOT, 'packages', 'sdk', 'src', 'generated', 'validators.ts');

/** The modules of response schemas, in the order the SDK's index exported them (request params are server-side tools). */
export const MODULES = ['wire', 'pagination', 'users', 'catalog', 'curriculum', 'learning', 'certificates', 'notifications', 'quizzes', 'commerce'];

/** Values of those modules that are not schemas: where the client's index takes them from instead, or `null` to leave them to `@coursekit/sdk/schemas`. */
const OTHER_VALUES: Record<string, string | null> = {
  paginated: null,
  normalizeDecimal: '../core/wire-values.js',
  toMinorUnits: '../core/wire-values.js',
  formatMinor: '../core/wire-values.js',
  resource: '../core/validator.js',
  collection: '../core/validator.js',
  memoize: null,
  timestamps: null,
};

type Schema = z.ZodMiniType & { _zod: { def: Record<string, any> } };
/** The doc comment right above `export const|type|interface <name>` in `source`, or a plain one. */
function docOf(source: string, name: string): string {
  const match = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:const|type|interface) ${name}\\b`).exec(source);
  return match?.[1] ?? `/** \`${name}\` of the contract. */`;
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value;

/** Writes the validators' module text. */
export async function generateValidators(): Promise<string> {
  const wire = (await import(pathToFileURL(join(SCHEMAS, 'wire.ts')).href)) as Record<string, unknown>;
  // The wire types parse with checks of the runtime's own, not with generated code.
  const atoms = new Map<unknown, string>([
    [wire['decimal'], 'c.decimal'],
    [wire['bool'], 'c.bool'],
    [wire['timestamp'], 'c.timestamp'],
    [wire['jsonObject'], 'c.jsonObject'],
  ]);
  const names = new Map<Schema, string>();
  const exported: { name: string; module: string; schema?: Schema; hasType: boolean; doc: string }[] = [];
  const reExports = new Map<string, string[]>();
  const literals: string[] = [];
  for (const module of MODULES) {
    const source = await readFile(join(SCHEMAS, `${module}.ts`), 'utf8');
    const values = (await import(pathToFileURL(join(SCHEMAS, `${module}.ts`)).href)) as Record<string, unknown>;
    const types = new Set([...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((match) => match[1]!));
    for (const [name, value] of Object.entries(values)) {
      if (isSchema(value)) {
        exported.push({ name, module, schema: value, hasType: types.has(name), doc: docOf(source, name) });
        if (!atoms.has(value) && !names.has(value)) names.set(value, name);
      } else if (name in OTHER_VALUES) {
        const from = OTHER_VALUES[name];
        if (from) reExports.set(from, [...(reExports.get(from) ?? []), name]);
      } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        // A list of the contract's keys (`COURSE_SORT_KEYS`): copied, so reading it loads no zod.
        literals.push(`${docOf(source, name)}\nexport const ${name} = ${JSON.stringify(value)} as const;`);
      } else throw new Error(`schemas/${module}.ts exports ${name}, neither a schema nor a value the generator knows`);
      types.delete(name);
    }
    for (const name of types) exported.push({ name, module, hasType: true, doc: '' });
  }

  // Declarations in dependency order: a check is declared after the checks it uses, except along
  // a cycle (a category's `children`), where the later one is reached through `c.lazy()`.
  const declarations: string[] = [];
  const declared = new Map<string, string>(); // expression text -> constant name
  const namedDone = new Set<Schema>();
  const visiting = new Set<Schema>();

  /** A constant holding `text`, declared once. */
  const constant = (text: string): string => {
    let name = declared.get(text);
    if (!name) {
      name = `check${declared.size}$`;
      declared.set(text, name);
      declarations.push(`const ${name} = /* @__PURE__ */ ${text};`);
    }
    return name;
  };

  const primitive = (schema: Schema): string | undefined => {
    const def = schema._zod.def;
    if (def['checks']?.length) return undefined;
    return ({ string: 'c.string', number: 'c.number', boolean: 'c.boolean', unknown: 'c.unknown' } as Record<string, string>)[def['type']];
  };

  /** An expression for the check of `schema`: a runtime check, a named schema's, or a declared constant. */
  const ref = (schema: Schema, where: string): string => {
    const atom = atoms.get(schema) ?? primitive(schema);
    if (atom) return atom;
    const named = names.get(schema);
    if (named) {
      if (visiting.has(schema)) return `c.lazy(() => ${named}$)`;
      if (!namedDone.has(schema)) declareNamed(schema, named);
      return `${named}$`;
    }
    return constant(build(schema, where));
  };

  const declareNamed = (schema: Schema, name: string) => {
    visiting.add(schema);
    const text = build(schema, `schemas ${name}`);
    visiting.delete(schema);
    namedDone.add(schema);
    declarations.push(`const ${name}$ = /* @__PURE__ */ ${text};`);
  };

  /** The runtime call that builds the check of `schema` from its parts' checks. */
  const build = (schema: Schema, where: string): string => {
    const def = schema._zod.def;
    const atom = atoms.get(schema) ?? primitive(schema);
    if (atom) return atom;
    if (def['checks']?.length) throw new Error(`${where}: a ${def['type']} schema with checks has no generated counterpart`);
    switch (def['type']) {
      case 'nullable':
        return `c.nullable(${ref(def['innerType'], where)})`;
      case 'optional':
        return `c.optional(${ref(def['innerType'], where)})`;
      case 'array':
        return `c.array(${ref(def['element'], `${where}[]`)})`;
      case 'record':
        if (def['keyType']._zod.def.type !== 'string' || def['keyType']._zod.def.checks?.length) throw new Error(`${where}: only records with string keys are supported`);
        return `c.recordOf(${ref(def['valueType'], `${where}{}`)})`;
      case 'enum':
        return `c.enumOf(${JSON.stringify(Object.values(def['entries']))})`;
      case 'union':
        return `c.union([${(def['options'] as Schema[]).map((option, index) => ref(option, `${where}|${index}`)).join(', ')}])`;
      case 'object': {
        const catchall = def['catchall'] as Schema | undefined;
        if (catchall && catchall._zod.def.type !== 'unknown') throw new Error(`${where}: only loose objects (catchall unknown) are supported`);
        const shape = def['shape'] as Record<string, Schema>;
        const fields = Object.keys(shape).map((field) => `${/^[A-Za-z_$][\w$]*$/.test(field) ? field : JSON.stringify(field)}: ${ref(shape[field]!, `${where}.${field}`)}`);
        return `c.object({ ${fields.join(', ')} }${catchall ? ', true' : ''})`;
      }
      default:
        throw new Error(`${where}: a ${def['type']} schema has no generated counterpart; add one to scripts/generate-validators.ts and core/validator.ts`);
    }
  };

  const body: string[] = [];
  for (const { name, module, schema, hasType, doc } of exported) {
    if (!schema) {
      body.push(`export type { ${name} } from '../schemas/${module}.js';`);
      continue;
    }
    if (hasType) body.push(`${doc}\nexport type ${name} = schemas.${name};`);
    const type = hasType ? name : `z.output<typeof schemas.${name}>`;
    const def = schema._zod.def;
    const check = ref(schema, `schemas/${module}.ts ${name}`);
    const make = def['type'] === 'enum' ? `c.enumValidator(${JSON.stringify(Object.values(def['entries']))})` : `c.validator<${type}>(${check})`;
    const kind = def['type'] === 'enum' ? `c.EnumValidator<${type}>` : `c.Validator<${type}>`;
    const what = hasType ? `a \`${name}\`` : `\`${name}\` values`;
    body.push(`${hasType ? `/** Validates ${what}: the client's counterpart of the zod schema \`${name}\` of \`@coursekit/sdk/schemas\`. */` : doc}\nexport const ${name}: ${kind} = /* @__PURE__ */ ${make};`);
  }

  const text = [
    '// Generated by scripts/generate-validators.ts from src/schemas (npm run generate:validators): do not edit.',
    '/**',
    ' * The client\'s response validators, compiled from the contract\'s zod schemas (see `core/validator.ts`).',
    ' * Each has the schema\'s name and its type; the zod schemas themselves are at `@coursekit/sdk/schemas`.',
    ' *',
    ' * @module',
    ' */',
    "import type * as z from 'zod/mini';",
    "import type * as schemas from '../schemas/index.js';",
    "import * as c from '../core/validator.js';",
    ...[...reExports].map(([from, list]) => `export { ${list.join(', ')} } from '${from}';`),
    '',
    ...literals,
    '',
    ...declarations,
    '',
    ...body,
    '',
  ].join('\n');
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(VALIDATORS_FILE, await generateValidators());
  console.log(`wrote ${VALIDATORS_FILE.slice(ROOT.length)}`);
}
