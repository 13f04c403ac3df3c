/**
 * Reads the doc comments of the SDK sources, so the OpenAPI document describes schemas, fields
 * and operations in the very words the SDK's own API docs use: one source for both.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The doc comment of one member: an object-literal field, interface property or class member. */
export interface MemberDoc {
  /** The comment text without its block tags. */
  text: string;
  /** The code of each `@example` tag, fences removed. */
  examples: string[];
}

/** The doc comments of one exported declaration (`const`, `interface` or `class`). */
export interface DeclarationDoc {
  /** The declaration's own comment text, when it has one. */
  text: string | undefined;
  /** Comments of its fields or members, by name. */
  members: Map<string, MemberDoc>;
  /** For `z.extend(Base, {...})` or `z.object({ ...Base.shape, ... })`: the name of `Base`, whose field comments are inherited. */
  base: string | undefined;
}

/** Every exported declaration of `files` by name. A `const` and an `interface` sharing a name are merged. */
export function readDocComments(files: readonly string[]): Map<string, DeclarationDoc> {
  const docs = new Map<string, DeclarationDoc>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
    for (const statement of source.statements) {
      if (!isExported(statement)) continue;
      for (const [name, doc] of declarationsOf(statement)) docs.set(name, merge(docs.get(name), doc));
    }
  }
  return docs;
}

/** The comment of field `name` of `declaration`, following `z.extend()` and `...Base.shape` bases. */
export function fieldDoc(docs: Map<string, DeclarationDoc>, declaration: string, name: string): string | undefined {
  for (let current = docs.get(declaration); current; current = current.base ? docs.get(current.base) : undefined) {
    const member = current.members.get(name);
    if (member?.text) return member.text;
  }
  return undefined;
}

function declarationsOf(statement: ts.Statement): [string, DeclarationDoc][] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration): [string, DeclarationDoc][] => {
      if (!ts.isIdentifier(declaration.name)) return [];
      const { literal, base } = schemaLiteral(declaration.initializer);
      return [[declaration.name.text, { text: commentOf(declaration).text || undefined, members: membersOf(literal?.properties ?? []), base }]];
    });
  }
  if ((ts.isInterfaceDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
    const members: readonly ts.Node[] = statement.members;
    return [[statement.name.text, { text: commentOf(statement).text || undefined, members: membersOf(members), base: undefined }]];
  }
  return [];
}

/** The field literal of `z.object({...})` (with its `...Base.shape` base, if any), `z.extend(Base, {...})` or `z.extend(Base, {...}).check(...)`. */
function schemaLiteral(node: ts.Expression | undefined): { literal?: ts.ObjectLiteralExpression; base?: string } {
  if (!node || !ts.isCallExpression(node)) return {};
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return {};
  const [first, second] = node.arguments;
  if (callee.name.text === 'object' && first && ts.isObjectLiteralExpression(first)) return { literal: first, ...spreadBase(first) };
  if (callee.name.text === 'extend' && first && second && ts.isObjectLiteralExpression(second)) {
    return { literal: second, ...(ts.isIdentifier(first) ? { base: first.text } : {}) };
  }
  return schemaLiteral(callee.expression);
}

/** The base of `{ ...Base.shape, ... }`: the schema whose fields the literal spreads in. */
function spreadBase(literal: ts.ObjectLiteralExpression): { base?: string } {
  for (const property of literal.properties) {
    if (!ts.isSpreadAssignment(property) || !ts.isPropertyAccessExpression(property.expression)) continue;
    const { expression, name } = property.expression;
    if (name.text === 'shape' && ts.isIdentifier(expression)) return { base: expression.text };
  }
  return {};
}

function membersOf(nodes: readonly ts.Node[]): Map<string, MemberDoc> {
  const members = new Map<string, MemberDoc>();
  for (const node of nodes) {
    const name = (node as { name?: ts.Node }).name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) continue;
    const doc = commentOf(node);
    if (doc.text || doc.examples.length) members.set(name.text, doc);
  }
  return members;
}

function commentOf(node: ts.Node): MemberDoc {
  const text: string[] = [];
  const examples: string[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const comment = ts.getTextOfJSDocComment(doc.comment);
    // Source lines wrap at ~110 columns; a lone newline is not a paragraph break.
    if (comment) text.push(comment.trim().replace(/(?<!\n)\n(?!\n)/g, ' '));
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text !== 'example') continue;
      const code = ts.getTextOfJSDocComment(tag.comment) ?? '';
      examples.push(code.replace(/^\s*```\w*\n/, '').replace(/\n?```\s*$/, '').trim());
    }
  }
  return { text: text.join('\n\n'), examples };
}

function isExported(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function merge(previous: DeclarationDoc | undefined, next: DeclarationDoc): DeclarationDoc {
  if (!previous) return next;
  return {
    text: previous.text ?? next.text,
    members: new Map([...next.members, ...previous.members]),
    base: previous.base ?? next.base,
  };
}
