/**
 * Column builders that mirror Laravel's `Blueprint` (`$table->string('email')->unique()`), so a
 * table definition in `schema.ts` reads like its migration. Each builder carries both the runtime
 * facts the store enforces (type, nullability, default, enum values, foreign key) and the
 * TypeScript type of the column, from which row types are inferred.
 *
 * @module
 */

/** The storage classes the store knows how to check. */
export type ColumnKind = 'id' | 'string' | 'text' | 'integer' | 'decimal' | 'boolean' | 'timestamp' | 'json' | 'enum';

/** What happens to referencing rows when the referenced row is deleted (`cascadeOnDelete`, `nullOnDelete`). */
export type OnDelete = 'cascade' | 'set null';

/** The runtime description of one column. */
export interface ColumnSpec {
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  /** `undefined` means no default: the column must be given on insert (unless nullable). */
  readonly default: unknown;
  /** Allowed values of an `enum` column. */
  readonly values?: readonly string[];
  /** The most characters a `string` or `text` column holds. */
  readonly length?: number;
  /** Total digits of a `decimal` column (`decimal('price', 10, 2)`: 10). */
  readonly precision?: number;
  /** Fraction digits of a `decimal` column. */
  readonly scale?: number;
  /** Unsigned integers (`tinyInteger('rating')->unsigned()`). */
  readonly unsigned?: boolean;
  /** The foreign key this column carries. */
  readonly references?: { readonly table: string; readonly onDelete: OnDelete };
}

/**
 * One column. `T` is the stored value's type, `Optional` whether an insert may omit it
 * (nullable, defaulted, auto-incremented or maintained by the store).
 */
export class Column<T, Optional extends boolean = false> {
  /** Type-level only: the stored value's type. */
  declare readonly __type: T;
  /** Type-level only: whether an insert may omit the column. */
  declare readonly __optional: Optional;
  /** What the store enforces for the column: kind, nullability, default, length, enum values, foreign key. */
  readonly spec: ColumnSpec;

  constructor(spec: ColumnSpec) {
    this.spec = spec;
  }

  /** `->nullable()`: accepts `null`, which is also the default. */
  nullable(): Column<T | null, true> {
    return new Column({ ...this.spec, nullable: true, default: this.spec.default ?? null });
  }

  /** `->default(value)`. */
  default(value: T): Column<T, true> {
    return new Column({ ...this.spec, default: value });
  }

  /** `->unsigned()`. */
  unsigned(): Column<T, Optional> {
    return new Column({ ...this.spec, unsigned: true });
  }

  /** `->constrained(table)->cascadeOnDelete()` or `->nullOnDelete()`: every foreign key of the seed names its action. */
  constrained(table: string, onDelete: OnDelete): Column<T, Optional> {
    return new Column({ ...this.spec, references: { table, onDelete } });
  }
}

// Any column, whatever its value type; `any` keeps the builders' generic types assignable.
export type AnyColumn = Column<any, boolean>;
export type Columns = Record<string, AnyColumn>;

const column = <T>(kind: ColumnKind, extra: Partial<ColumnSpec> = {}) => new Column<T>({ kind, nullable: false, default: undefined, ...extra });

/** `$table->id()`: an auto-incremented primary key. */
export const id = () => new Column<number, true>({ kind: 'id', nullable: false, default: undefined });
/** `$table->foreignId(...)`: an unsigned big integer, usually `constrained()`. */
export const foreignId = () => column<number>('integer', { unsigned: true });
/** `$table->string(..., length)` (VARCHAR, 255 characters by default). */
export const string = (length = 255) => column<string>('string', { length });
/** `$table->text(...)` (TEXT: 65,535). */
export const text = () => column<string>('text', { length: 65_535 });
/** `$table->longText(...)` (LONGTEXT: 4,294,967,295). */
export const longText = () => column<string>('text', { length: 4_294_967_295 });
/** `$table->integer(...)` / `tinyInteger(...)`. */
export const integer = () => column<number>('integer');
/**
 * `$table->decimal(..., precision, scale)` (Laravel's defaults: 8, 2): stored as a canonical
 * decimal string such as `"19.90"`, refused when it has more than `precision - scale` whole digits.
 */
export const decimal = (precision = 8, scale = 2) => column<string>('decimal', { precision, scale });
/** `$table->boolean(...)`. */
export const boolean = () => column<boolean>('boolean');
/** `$table->timestamp(...)`: stored in Laravel's JSON form, `2026-01-15T09:00:00.000000Z`. */
export const timestamp = () => column<string>('timestamp');
/** `$table->json(...)`: any JSON value, typed by the caller. */
export const json = <T>() => column<T>('json');
/** `$table->enum(..., values)`. */
export const enumeration = <const V extends readonly string[]>(values: V) => column<V[number]>('enum', { values });
/** `$table->timestamps()`: nullable, filled in by the store on insert and update. */
export const timestamps = () => ({
  /** When the row was inserted; set by the store. */
  created_at: timestamp().nullable(),
  /** When the row last changed; set by the store on every update. */
  updated_at: timestamp().nullable(),
});
/** `$table->softDeletes()`. */
export const softDeletes = () => ({
  /** When the row was soft-deleted; `null` while it is live. Reads skip such rows unless `withTrashed`. */
  deleted_at: timestamp().nullable(),
});

/** The row type of a set of columns, read-only: the store hands out frozen rows and writes replace them. */
export type RowOf<C extends Columns> = { readonly [K in keyof C]: C[K]['__type'] };

type OptionalKeys<C extends Columns> = { [K in keyof C]: C[K]['__optional'] extends true ? K : never }[keyof C];
type RequiredKeys<C extends Columns> = Exclude<keyof C, OptionalKeys<C>>;

/** What an insert must and may give: columns with a default, nullable or auto-filled are optional. */
export type InsertOf<C extends Columns> = { [K in RequiredKeys<C>]: C[K]['__type'] } & { [K in OptionalKeys<C>]?: C[K]['__type'] };
