/**
 * A user of the published SDK sees each field's doc comment in their editor: TypeScript's quick
 * info on a field of a response type, read from `packages/sdk/dist` (as `npm run build` writes it,
 * `scripts/build-dts-docs.ts` included), matches the comment in the SDK's source, for a plain
 * field, one spread in from a base schema and one of a nested object.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages', 'sdk', 'dist', 'index.d.ts');

/** What a user writes, and the fields to hover: `name` is the field, `at` a unique text before it. */
const USE = `import type { Course, User } from ${JSON.stringify(dist.replace(/\.d\.ts$/, '.js'))};
declare const course: Course;
declare const user: User;
course.price;
user.name;
course.tags?.[0]?.slug;
`;

const HOVERS = [
  { at: 'course.price', field: 'price', docs: /^Price as a decimal string/ },
  // Spread into User from PublicUser's shape.
  { at: 'user.name', field: 'name', docs: /\S/ },
  // A field of a nested object schema (a course's tag).
  { at: '?.[0]?.slug', field: 'slug', docs: /\S/ },
];

describe("the SDK's published types", () => {
  const dir = mkdtempSync(join(tmpdir(), 'ckit-dts-docs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("carry each field's doc comment to a user's editor", () => {
    assert.ok(existsSync(dist), 'packages/sdk/dist is missing: run npm run build first');
    const file = join(dir, 'use.ts');
    writeFileSync(file, USE);
    const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true };
    const service = ts.createLanguageService({
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (path) => (ts.sys.fileExists(path) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(path)!) : undefined),
      getCurrentDirectory: () => dir,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    });
    // The published types themselves, not the source (which always had the comments).
    const program = service.getProgram()!;
    assert.ok(program.getSourceFiles().some((source) => source.fileName.endsWith('packages/sdk/dist/schemas/catalog.d.ts')), 'the types come from packages/sdk/dist');
    assert.ok(!program.getSourceFiles().some((source) => source.fileName.includes('packages/sdk/src/')), 'no SDK source file is read');
    for (const { at, field, docs } of HOVERS) {
      const position = USE.indexOf(at) + at.lastIndexOf(field) + 1;
      const info = service.getQuickInfoAtPosition(file, position);
      const text = ts.displayPartsToString(info?.documentation);
      assert.match(ts.displayPartsToString(info?.displayParts), new RegExp(`\\(property\\) ${field}\\b`), `quick info at ${at}`);
      assert.match(text, docs, `the doc comment of ${field} (at ${at})`);
    }
  });
});
