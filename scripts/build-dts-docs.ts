/**
 * Puts the SDK's field docs back into its published types. `tsc` writes each schema's type in
 * full (`Course: z.ZodMiniObject<{ price: ...; ... }>`) without the doc comments of the fields
 * it came from, so an editor showed nothing on `course.price` for a user of the package (in the
 * repository, the source types show them). This step reads the comments from the source with the
 * type checker (spread and nested shapes included) and writes each above its field in
 * `packages/sdk/dist/**\/*.d.ts`, keeping the declaration maps in step. Run by `npm run build:types`
 * after `tsc -b`; running it again changes nothing.
 *
 * @module
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './lib/drop-in-build.js';

const SDK = join(ROOT, 'packages/sdk');

/** The doc comment of a source property, as a `/** ... *\/` block indented by `indent`. */
function commentOf(symbol: ts.Symbol, checker: ts.TypeChecker, indent: string): string | undefined {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  if (!text) return undefined;
  const lines = text.split('\n');
  return lines.length === 1 ? `${indent}/** ${lines[0]} */` : [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`), `${indent} */`].join('\n');
}

/** Whether the node already has a doc comment (this step ran before, or tsc kept one). */
const hasDocComment = (node: ts.Node, text: string) => /\/\*\*[\s\S]*\*\/\s*$/.test(text.slice(node.getFullStart(), node.getStart()));

/**
 * Walks a type node of the `.d.ts` beside the source type it was printed from, and collects a
 * comment for each field of an object type literal whose source property has one.
 */
function collect(node: ts.TypeNode, type: ts.Type, checker: ts.TypeChecker, text: string, found: { pos: number; comment: string }[]): void {
  if (ts.isTypeLiteralNode(node)) {
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !member.type || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
      const property = type.getProperty(member.name.text);
      if (!property) continue;
      const lineStart = text.lastIndexOf('\n', member.getStart()) + 1;
      const indent = text.slice(lineStart, member.getStart());
      const comment = !hasDocComment(member, text) && commentOf(property, checker, indent);
      if (comment) found.push({ pos: lineStart, comment });
      collect(member.type, checker.getTypeOfSymbol(property), checker, text, found);
    }
  } else if (ts.isTypeReferenceNode(node) && node.typeArguments) {
    // `ZodMiniObject<Shape>`, `ZodMiniOptional<ZodMiniArray<...>>`: the same arguments, in order.
    const args = type.aliasTypeArguments ?? (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(type as ts.TypeReference) : undefined);
    node.typeArguments.forEach((argument, index) => {
      const source = args?.[index];
      if (source) collect(argument, source, checker, text, found);
    });
  } else if (ts.isArrayTypeNode(node) && checker.isArrayType(type)) {
    collect(node.elementType, checker.getTypeArguments(type as ts.TypeReference)[0]!, checker, text, found);
  }
}

/** Inserts `count` empty generated lines before line `line` (0-based) of a source map's mappings. */
function shiftMappings(mappings: string, line: number, count: number): string {
  const lines = mappings.split(';');
  lines.splice(line, 0, ...Array.from({ length: count }, () => ''));
  return lines.join(';');
}

/** Adds the field comments to one `.d.ts` (and its map); returns how many it added. */
function documentFile(dtsPath: string, sourcePath: string, program: ts.Program): number {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(sourcePath);
  if (!source) return 0;
  const text = readFileSync(dtsPath, 'utf8');
  const dts = ts.createSourceFile(dtsPath, text, ts.ScriptTarget.Latest, true);
  const found: { pos: number; comment: string }[] = [];
  // The source's variables by name (a schema and its inferred type share a name: ask by the variable's node).
  const variables = new Map<string, ts.Identifier>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) variables.set(declaration.name.text, declaration.name);
  }
  for (const statement of dts.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const name = ts.isIdentifier(declaration.name) ? variables.get(declaration.name.text) : undefined;
      if (name && declaration.type) collect(declaration.type, checker.getTypeAtLocation(name), checker, text, found);
    }
  }
  if (!found.length) return 0;
  found.sort((a, b) => b.pos - a.pos);
  let out = text;
  const mapPath = `${dtsPath}.map`;
  let map: { mappings: string } | undefined;
  try {
    map = JSON.parse(readFileSync(mapPath, 'utf8')) as { mappings: string };
  } catch {
    map = undefined;
  }
  for (const { pos, comment } of found) {
    out = `${out.slice(0, pos)}${comment}\n${out.slice(pos)}`;
    if (map) map.mappings = shiftMappings(map.mappings, text.slice(0, pos).split('\n').length - 1, comment.split('\n').length);
  }
  writeFileSync(dtsPath, out);
  if (map) writeFileSync(mapPath, JSON.stringify(map));
  return found.length;
}

/** Every `.d.ts` under `dir`. */
function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Adds the source's field comments to the SDK's built `.d.ts` files; returns how many it added. */
export function documentSdkDeclarations(): number {
  const config = ts.getParsedCommandLineOfConfigFile(join(SDK, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')); } });
  if (!config) throw new Error('packages/sdk/tsconfig.json could not be read');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  let added = 0;
  for (const dtsPath of declarationFiles(join(SDK, 'dist'))) {
    const sourcePath = join(SDK, 'src', relative(join(SDK, 'dist'), dtsPath)).replace(/\.d\.ts$/, '.ts');
    added += documentFile(dtsPath, sourcePath, program);
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const added = documentSdkDeclarations();
  console.log(`SDK types: ${added} field doc comments added to packages/sdk/dist in ${Math.round(performance.now() - started)} ms`);
}
