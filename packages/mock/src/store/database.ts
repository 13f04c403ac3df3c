/**
 * An in-memory relational store over `schema.ts`: what the seed's MySQL database would enforce
 * (types, NOT NULL, enums, unique keys, foreign keys with their cascade / set-null actions), soft
 * deletes, and transactions that roll back on any error. Rows are frozen; writes replace them,
 * so a row read earlier is a stable snapshot and a snapshot of the whole store is cheap.
 *
 * @module
 */
import { normalizeDecimal } from '@coursekit/sdk';
import type { ColumnSpec, OnDelete } from './columns.js';
import { ConstraintError } from './constraint-error.js';
import { normalizeTimestamp, toTimestamp } from './time.js';
import { schema, TABLE_NAMES, type IdTable, type Insert, type Row, type SoftDeleteTable, type TableName, type TableSpec } from './schema.js';

/** Any row of any table. */
export type AnyRow = Record<string, unknown>;
/** A primary key: an id, or a composite key joined into a string. */
export type Key = number | string;

/** One row's final state after a committed transaction: `row` is `null` when it was deleted. */
export interface Change {
  /** The table the row is in. */
  table: TableName;
  /** The row's primary key. */
  key: Key;
  /** The row as committed, or `null` when the transaction deleted it. */
  row: AnyRow | null;
}

/** Everything in the store: rows per table and the next auto-increment id of each. */
export interface DatabaseSnapshot {
  /** The rows of each table; a missing table is empty. */
  tables: { [T in TableName]?: readonly Row<T>[] };
  /** The id the next insert into each table gets; a missing table starts at 1. */
  sequences: { [T in TableName]?: number };
}

/** Read options of tables with soft deletes. */
export interface ReadOptions {
  /** Include soft-deleted rows, like Eloquent's `withTrashed()`. */
  withTrashed?: boolean;
}

interface JournalEntry {
  table: TableName;
  key: Key;
  before: AnyRow | undefined;
}

interface Reference {
  table: TableName;
  column: string;
  onDelete: OnDelete;
}

/** The in-memory database. One per mock API instance. */
export class Database {
  /** The clock the store stamps `created_at`/`updated_at` with. */
  readonly now: () => Date;
  readonly #tables = new Map<TableName, Map<Key, AnyRow>>();
  readonly #sequences = new Map<TableName, number>();
  /** Per unique index (`table|col,col`): encoded key values → row key. */
  readonly #unique = new Map<string, Map<string, Key>>();
  /** For each table, the foreign keys in other tables that point at it. */
  readonly #referencedBy = new Map<TableName, Reference[]>();
  readonly #listeners = new Set<(changes: Change[]) => void>();
  #journal: JournalEntry[] | null = null;

  constructor(options: { now?: () => Date } = {}) {
    this.now = options.now ?? (() => new Date());
    for (const name of TABLE_NAMES) {
      this.#tables.set(name, new Map());
      this.#sequences.set(name, 1);
      for (const columns of spec(name).unique) this.#unique.set(indexName(name, columns), new Map());
      for (const [column, def] of Object.entries(spec(name).columns)) {
        const ref = def.spec.references;
        if (!ref) continue;
        const list = this.#referencedBy.get(ref.table as TableName) ?? [];
        list.push({ table: name, column, onDelete: ref.onDelete });
        this.#referencedBy.set(ref.table as TableName, list);
      }
    }
  }

  // ── reads ────────────────────────────────────────────────────────────────

  /** The row of `table` with this `id`; soft-deleted rows only with `withTrashed`. */
  find<T extends IdTable>(table: T, id: number, options: ReadOptions = {}): Row<T> | undefined {
    const row = this.#tables.get(table)!.get(id) as Row<T> | undefined;
    return row && this.#visible(table, row, options) ? row : undefined;
  }

  /** Every row of `table`, in insertion order; soft-deleted rows only with `withTrashed`. */
  all<T extends TableName>(table: T, options: ReadOptions = {}): Row<T>[] {
    const rows = [...this.#tables.get(table)!.values()] as Row<T>[];
    return spec(table).softDeletes && !options.withTrashed ? rows.filter((row) => this.#visible(table, row, options)) : rows;
  }

  /** The rows of `table` that match `predicate`. */
  where<T extends TableName>(table: T, predicate: (row: Row<T>) => boolean, options: ReadOptions = {}): Row<T>[] {
    const result: Row<T>[] = [];
    for (const row of this.#tables.get(table)!.values() as Iterable<Row<T>>) {
      if (predicate(row) && this.#visible(table, row, options)) result.push(row);
    }
    return result;
  }

  /** The first row of `table` that matches `predicate`. */
  first<T extends TableName>(table: T, predicate: (row: Row<T>) => boolean, options: ReadOptions = {}): Row<T> | undefined {
    for (const row of this.#tables.get(table)!.values() as Iterable<Row<T>>) {
      if (predicate(row) && this.#visible(table, row, options)) return row;
    }
    return undefined;
  }

  /** How many rows of `table` match `predicate` (all rows without one). */
  count<T extends TableName>(table: T, predicate: (row: Row<T>) => boolean = () => true, options: ReadOptions = {}): number {
    let total = 0;
    for (const row of this.#tables.get(table)!.values() as Iterable<Row<T>>) {
      if (predicate(row) && this.#visible(table, row, options)) total++;
    }
    return total;
  }

  /** The next auto-increment id of every table. */
  sequences(): DatabaseSnapshot['sequences'] {
    return Object.fromEntries(this.#sequences);
  }

  /** The id the next insert into `table` will get. */
  nextId(table: IdTable): number {
    return this.#sequences.get(table)!;
  }

  // ── writes ───────────────────────────────────────────────────────────────

  /**
   * Inserts a row, filling defaults, the auto-increment id and timestamps.
   * @throws {ConstraintError} on a type, NOT NULL, enum, unique or foreign-key violation.
   */
  insert<T extends TableName>(table: T, values: Insert<T>): Row<T> {
    return this.transaction(() => {
      const tableSpec = spec(table);
      const input = values as AnyRow;
      const row: AnyRow = {};
      for (const column of Object.keys(input)) {
        if (!(column in tableSpec.columns)) throw unknownColumn(table, column);
      }
      const stamp = toTimestamp(this.now());
      const overLimit: ConstraintError[] = [];
      for (const [column, def] of Object.entries(tableSpec.columns)) {
        let value = input[column];
        if (value === undefined) {
          if (def.spec.kind === 'id') value = this.#sequences.get(table)!;
          else if (tableSpec.timestamps && (column === 'created_at' || column === 'updated_at')) value = stamp;
          else value = typeof def.spec.default === 'object' && def.spec.default !== null ? structuredClone(def.spec.default) : def.spec.default;
        }
        row[column] = checkValue(table, column, def.spec, value, overLimit);
      }
      throwOverLimit(table, overLimit);
      const key = keyOf(table, row);
      if (this.#tables.get(table)!.has(key)) {
        throw new ConstraintError('primary_key', table, tableSpec.primaryKey, `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${key}' for key '${table}.PRIMARY'`);
      }
      this.#checkForeignKeys(table, row);
      this.#checkUnique(table, row, undefined);
      if (typeof row['id'] === 'number') this.#sequences.set(table, Math.max(this.#sequences.get(table)!, row['id'] + 1));
      this.#write(table, key, row);
      return row as Row<T>;
    });
  }

  /**
   * Updates the row with this id, touching `updated_at` unless the patch sets it.
   * @throws {ConstraintError} as `insert()` does; also when the row does not exist.
   */
  update<T extends IdTable>(table: T, id: number, patch: Partial<Row<T>>): Row<T> {
    return this.transaction(() => {
      const tableSpec = spec(table);
      const current = this.#tables.get(table)!.get(id);
      if (!current) throw new ConstraintError('primary_key', table, ['id'], `No ${table} row with id ${id}.`);
      const next: AnyRow = { ...current };
      const overLimit: ConstraintError[] = [];
      for (const [column, value] of Object.entries(patch as AnyRow)) {
        if (value === undefined) continue;
        const def = tableSpec.columns[column as keyof typeof tableSpec.columns] as { spec: ColumnSpec } | undefined;
        if (!def) throw unknownColumn(table, column);
        if (column === 'id' && value !== id) throw new ConstraintError('primary_key', table, ['id'], `The id of ${table} rows cannot change.`);
        next[column] = checkValue(table, column, def.spec, value, overLimit);
      }
      throwOverLimit(table, overLimit);
      if (tableSpec.timestamps && (patch as AnyRow)['updated_at'] === undefined) next['updated_at'] = toTimestamp(this.now());
      this.#checkForeignKeys(table, next);
      this.#checkUnique(table, next, id);
      this.#write(table, id, next);
      return next as Row<T>;
    });
  }

  /**
   * Deletes a row for good, applying each referencing foreign key's action: cascade deletes the
   * children (recursively), set null clears the column.
   * @returns whether a row was deleted.
   */
  delete<T extends IdTable>(table: T, id: number): boolean {
    return this.transaction(() => this.#deleteRow(table, id));
  }

  /** Deletes every row of `table` matching `predicate` (with foreign-key actions). Returns how many. */
  deleteWhere<T extends TableName>(table: T, predicate: (row: Row<T>) => boolean): number {
    return this.transaction(() => {
      const keys = [...this.#tables.get(table)!.entries()].filter(([, row]) => predicate(row as Row<T>)).map(([key]) => key);
      for (const key of keys) this.#deleteRow(table, key);
      return keys.length;
    });
  }

  /** Sets `deleted_at`: the row disappears from reads, its children stay (no cascade on soft delete). */
  softDelete(table: SoftDeleteTable, id: number): Row<SoftDeleteTable> {
    return this.update(table, id, { deleted_at: toTimestamp(this.now()) });
  }

  /**
   * Runs `fn` atomically: if it throws, every write it made is undone and the error rethrown.
   * Nested calls behave like savepoints. Listeners hear about the changes once the outermost
   * transaction commits.
   */
  transaction<R>(fn: () => R): R {
    const outermost = this.#journal === null;
    if (outermost) this.#journal = [];
    const journal = this.#journal!;
    const savepoint = journal.length;
    try {
      const result = fn();
      if (outermost) {
        this.#journal = null;
        this.#emit(journal);
      }
      return result;
    } catch (error) {
      for (let index = journal.length - 1; index >= savepoint; index--) {
        const entry = journal[index]!;
        this.#restore(entry.table, entry.key, entry.before);
      }
      journal.length = savepoint;
      if (outermost) this.#journal = null;
      throw error;
    }
  }

  /** Calls `listener` with the net changes of every committed transaction. Returns an unsubscribe function. */
  onCommit(listener: (changes: Change[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ── snapshots ────────────────────────────────────────────────────────────

  /** A snapshot of every row (frozen rows are shared, not copied). */
  export(): DatabaseSnapshot {
    const snapshot: DatabaseSnapshot = { tables: {}, sequences: {} };
    for (const name of TABLE_NAMES) {
      (snapshot.tables as Record<string, unknown>)[name] = [...this.#tables.get(name)!.values()];
      snapshot.sequences[name] = this.#sequences.get(name)!;
    }
    return snapshot;
  }

  /** Replaces the whole content with `snapshot` (trusted: constraints are not re-checked). No listener is called. */
  import(snapshot: DatabaseSnapshot): void {
    for (const index of this.#unique.values()) index.clear();
    for (const name of TABLE_NAMES) {
      this.#tables.get(name)!.clear();
      for (const row of (snapshot.tables[name] ?? []) as readonly AnyRow[]) this.#restore(name, keyOf(name, row), row);
      this.#sequences.set(name, snapshot.sequences[name] ?? 1);
    }
  }

  /**
   * Applies changes recorded earlier (by `onCommit`) on top of the current content, without
   * notifying listeners. Used to replay persisted state over the seed.
   */
  applyChanges(changes: readonly Change[], sequences: DatabaseSnapshot['sequences']): void {
    for (const change of changes) this.#restore(change.table, change.key, change.row ?? undefined);
    for (const [name, next] of Object.entries(sequences)) {
      this.#sequences.set(name as TableName, Math.max(this.#sequences.get(name as TableName) ?? 1, next ?? 1));
    }
  }

  // ── internals ────────────────────────────────────────────────────────────

  #visible(table: TableName, row: AnyRow, options: ReadOptions): boolean {
    return options.withTrashed === true || !spec(table).softDeletes || row['deleted_at'] === null;
  }

  #deleteRow(table: TableName, key: Key): boolean {
    const row = this.#tables.get(table)!.get(key);
    if (!row) return false;
    for (const ref of this.#referencedBy.get(table) ?? []) {
      const children = [...this.#tables.get(ref.table)!.entries()].filter(([, child]) => child[ref.column] === row['id']);
      for (const [childKey, child] of children) {
        if (ref.onDelete === 'cascade') this.#deleteRow(ref.table, childKey);
        else this.#write(ref.table, childKey, { ...child, [ref.column]: null });
      }
    }
    this.#write(table, key, undefined);
    return true;
  }

  #checkForeignKeys(table: TableName, row: AnyRow): void {
    for (const [column, def] of Object.entries(spec(table).columns)) {
      const ref = def.spec.references;
      const value = row[column];
      if (!ref || value === null) continue;
      if (!this.#tables.get(ref.table as TableName)!.has(value as Key)) {
        throw new ConstraintError(
          'foreign_key',
          table,
          [column],
          `SQLSTATE[23000]: Integrity constraint violation: 1452 Cannot add or update a child row: a foreign key constraint fails (${table}.${column} references ${ref.table}.id, value ${String(value)})`,
        );
      }
    }
  }

  #checkUnique(table: TableName, row: AnyRow, ownKey: Key | undefined): void {
    for (const columns of spec(table).unique) {
      const encoded = encodeUnique(row, columns);
      if (encoded === null) continue;
      const holder = this.#unique.get(indexName(table, columns))!.get(encoded);
      if (holder !== undefined && holder !== ownKey) {
        throw new ConstraintError(
          'unique',
          table,
          columns,
          `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${columns.map((column) => String(row[column])).join('-')}' for key '${table}_${columns.join('_')}_unique'`,
        );
      }
    }
  }

  /** Writes (or removes, with `undefined`) a row and journals what was there before. */
  #write(table: TableName, key: Key, row: AnyRow | undefined): void {
    this.#journal?.push({ table, key, before: this.#tables.get(table)!.get(key) });
    this.#restore(table, key, row);
  }

  /** Puts a row in place (or removes it) and keeps the unique indexes in step. Not journaled. */
  #restore(table: TableName, key: Key, row: AnyRow | undefined): void {
    const rows = this.#tables.get(table)!;
    const previous = rows.get(key);
    for (const columns of spec(table).unique) {
      const index = this.#unique.get(indexName(table, columns))!;
      const before = previous ? encodeUnique(previous, columns) : null;
      if (before !== null && index.get(before) === key) index.delete(before);
      const after = row ? encodeUnique(row, columns) : null;
      if (after !== null) index.set(after, key);
    }
    if (row) rows.set(key, deepFreeze(row));
    else rows.delete(key);
  }

  #emit(journal: JournalEntry[]): void {
    if (!journal.length || !this.#listeners.size) return;
    const net = new Map<string, Change>();
    for (const entry of journal) {
      net.set(`${entry.table}|${entry.key}`, { table: entry.table, key: entry.key, row: this.#tables.get(entry.table)!.get(entry.key) ?? null });
    }
    const changes = [...net.values()];
    for (const listener of this.#listeners) listener(changes);
  }
}

function spec(table: TableName): TableSpec {
  return schema[table] as unknown as TableSpec;
}

/** The key a row is stored under: its id, or `a:b` for a composite primary key. */
function keyOf(table: TableName, row: AnyRow): Key {
  const columns = spec(table).primaryKey;
  return columns.length === 1 ? (row[columns[0]!] as Key) : columns.map((column) => String(row[column])).join(':');
}

function indexName(table: TableName, columns: readonly string[]): string {
  return `${table}|${columns.join(',')}`;
}

function encodeUnique(row: AnyRow, columns: readonly string[]): string | null {
  const values = columns.map((column) => row[column]);
  // MySQL lets any number of rows share a unique key that contains NULL.
  if (values.some((value) => value === null || value === undefined)) return null;
  // Strings compare case-insensitively under MySQL's default utf8mb4_unicode_ci collation.
  return JSON.stringify(values.map((value) => (typeof value === 'string' ? value.toLowerCase() : value)));
}

function unknownColumn(table: string, column: string): ConstraintError {
  return new ConstraintError('unknown_column', table, [column], `SQLSTATE[42S22]: Column not found: 1054 Unknown column '${column}' in '${table}'`);
}

/**
 * Throws one error for every column of a row that is over its length or precision (collected
 * by `checkValue()`), so a caller can report them all at once.
 */
function throwOverLimit(table: string, errors: readonly ConstraintError[]): void {
  const first = errors[0];
  if (first) throw new ConstraintError(first.kind, table, errors.flatMap((error) => error.columns), first.message);
}

/**
 * Checks (and normalizes) one value against its column, as MySQL in strict mode would. A value
 * too long or out of range for its column is added to `overLimit` instead of thrown at once.
 */
function checkValue(table: string, column: string, def: ColumnSpec, value: unknown, overLimit: ConstraintError[]): unknown {
  const fail = (kind: 'type' | 'not_null' | 'enum', detail: string) =>
    new ConstraintError(kind, table, [column], `SQLSTATE[${kind === 'not_null' ? '23000' : 'HY000'}]: ${detail} (${table}.${column})`);
  if (value === undefined || value === null) {
    if (def.nullable) return null;
    throw fail('not_null', `Integrity constraint violation: 1048 Column '${column}' cannot be null`);
  }
  switch (def.kind) {
    case 'id':
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail('type', `Incorrect integer value: '${String(value)}'`);
      if (def.unsigned && value < 0) throw fail('type', `Out of range value ${value}`);
      return value;
    case 'string':
    case 'text':
      if (typeof value !== 'string') throw fail('type', `Incorrect string value: '${String(value)}'`);
      // Characters, not UTF-16 units: counted only when the cheaper count is already over.
      if (def.length !== undefined && value.length > def.length && [...value].length > def.length) {
        overLimit.push(new ConstraintError('too_long', table, [column], `SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column '${column}' (${table}.${column})`));
      }
      return value;
    case 'decimal':
      if (typeof value !== 'string' && typeof value !== 'number') throw fail('type', `Incorrect decimal value: '${String(value)}'`);
      let decimal: string;
      try {
        decimal = normalizeDecimal(value, def.scale ?? 2);
      } catch {
        throw fail('type', `Incorrect decimal value: '${String(value)}'`);
      }
      if (def.precision !== undefined && decimal.replace(/^-/, '').split('.')[0]!.length > def.precision - (def.scale ?? 2)) {
        overLimit.push(new ConstraintError('out_of_range', table, [column], `SQLSTATE[22003]: Numeric value out of range: 1264 Out of range value for column '${column}' (${table}.${column})`));
      }
      return decimal;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 0 || value === 1) return value === 1;
      throw fail('type', `Incorrect boolean value: '${String(value)}'`);
    case 'timestamp': {
      const normalized = typeof value === 'string' ? normalizeTimestamp(value) : null;
      if (normalized === null) throw fail('type', `Incorrect datetime value: '${String(value)}'`);
      return normalized;
    }
    case 'enum':
      if (typeof value !== 'string' || !def.values?.includes(value)) throw fail('enum', `Data truncated: '${String(value)}' is not one of ${def.values?.join(', ')}`);
      return value;
    case 'json':
      // Stored as its JSON text would be: a detached copy, so callers cannot alias stored state.
      return JSON.parse(JSON.stringify(value));
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
