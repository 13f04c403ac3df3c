/**
 * What the store throws when a write breaks the schema, worded like the MySQL error a Laravel
 * app would log (`SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry …`).
 *
 * @module
 */

/** Which rule a write broke. */
export type ConstraintKind = 'not_null' | 'type' | 'enum' | 'too_long' | 'out_of_range' | 'unique' | 'foreign_key' | 'unknown_column' | 'primary_key';

/** Thrown by the store when an insert, update or delete violates the schema. */
export class ConstraintError extends Error {
  /** Always `'ConstraintError'`. */
  override name = 'ConstraintError';
  /** The rule that was broken. */
  readonly kind: ConstraintKind;
  /** The table written to. */
  readonly table: string;
  /** The columns involved (the unique key, the foreign key column, every column over its length or precision...). */
  readonly columns: readonly string[];

  constructor(kind: ConstraintKind, table: string, columns: readonly string[], message: string) {
    super(message);
    this.kind = kind;
    this.table = table;
    this.columns = columns;
  }
}

/** Whether `error` is a unique-key violation, optionally on exactly `columns` of `table`. */
export function isUniqueViolation(error: unknown, table?: string, columns?: readonly string[]): error is ConstraintError {
  if (!(error instanceof ConstraintError) || error.kind !== 'unique') return false;
  if (table !== undefined && error.table !== table) return false;
  return columns === undefined || columns.join(',') === error.columns.join(',');
}
