/**
 * The `detail` type of each CourseKit event class, read from the event modules
 * (`packages/elements/src/events/*.ts`): the manifest names an element's event classes
 * (`@event {CkitCourseLoadEvent} ckit-course-load`) but not what their `detail` holds.
 * Each module declares `class CkitXEvent extends Event { readonly detail: CkitXEventDetail }` and
 * the detail interface beside it; the docs show the interface's fields inline
 * (`{ course: Course }`), so a reader needs no second page.
 *
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** What an event's `detail` carries. */
export interface EventDetail {
  /** The detail's declared type, e.g. `CkitCourseLoadEventDetail`, or `undefined` when the event has none. */
  readonly typeName?: string;
  /** The fields inline, e.g. `{ course: Course }`; the declared type when it is not an interface of the module. */
  readonly shape: string;
  /** Whether a listener may cancel it (`cancelable: true` in its constructor). */
  readonly cancelable: boolean;
}

const oneLine = (source: string) => source.replace(/\s+/g, ' ').trim();

function interfaceShape(node: ts.InterfaceDeclaration, file: ts.SourceFile): string {
  const fields = node.members.flatMap((member) => {
    if (!ts.isPropertySignature(member) || !member.type) return [];
    return [`${member.name.getText(file)}${member.questionToken ? '?' : ''}: ${oneLine(member.type.getText(file))}`];
  });
  return fields.length ? `{ ${fields.join('; ')} }` : '{}';
}

/** The detail of every event class in one module's source text. */
export function eventDetailsOf(source: string, fileName = 'event.ts'): Map<string, EventDetail> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const typeAliases = new Map<string, ts.TypeAliasDeclaration>();
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    if (ts.isTypeAliasDeclaration(statement)) typeAliases.set(statement.name.text, statement);
  }
  const details = new Map<string, EventDetail>();
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const extendsEvent = statement.heritageClauses?.some((clause) => clause.types.some((type) => /Event$/.test(type.expression.getText(file))));
    if (!extendsEvent) continue;
    const detail = statement.members.find(
      (member): member is ts.PropertyDeclaration => ts.isPropertyDeclaration(member) && member.name.getText(file) === 'detail',
    );
    const cancelable = /cancelable:\s*true/.test(statement.getText(file));
    if (!detail?.type) {
      details.set(statement.name.text, { shape: 'none', cancelable });
      continue;
    }
    const typeName = oneLine(detail.type.getText(file));
    const declared = interfaces.get(typeName);
    const alias = typeAliases.get(typeName);
    const shape = declared ? interfaceShape(declared, file) : alias ? oneLine(alias.type.getText(file)) : typeName;
    details.set(statement.name.text, { typeName, shape, cancelable });
  }
  return details;
}

/** The detail of every event class in a folder of event modules (`packages/elements/src/events`). */
export function readEventDetails(folder: string): Map<string, EventDetail> {
  const all = new Map<string, EventDetail>();
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    for (const [className, detail] of eventDetailsOf(readFileSync(join(folder, name), 'utf8'), name)) all.set(className, detail);
  }
  return all;
}
