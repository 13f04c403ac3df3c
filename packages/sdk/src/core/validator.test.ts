/**
 * The checks the generated validators are made of. Their agreement with zod, schema by schema, is
 * tested in `scripts/generate-validators.test.ts`; these are the cases no schema of the contract
 * exercises today.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOf, firstOf, jsonObject, lazy, list, number, object, optional, recordOf, string, validator, type Check, type Issue, type StandardSchemaV1 } from './validator.js';

const run = <T>(check: Check<T>, value: unknown) => {
  const issues: Issue[] = [];
  return { value: check(value, issues), issues };
};

describe('validator checks', () => {
  it('a loose object keeps the keys it does not declare, as the JSON has them, and never a prototype', () => {
    const loose = object({ id: number }, true);
    const { value, issues } = run(loose, JSON.parse('{"id":1,"alt":"Cover","toString":"kept","__proto__":{"polluted":true}}'));
    assert.deepEqual(issues, []);
    assert.deepEqual(value, { id: 1, alt: 'Cover', toString: 'kept' });
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('records and JSON columns never take "__proto__" from a body either', () => {
    const body = JSON.parse('{"a":"x","__proto__":{"polluted":true}}');
    for (const check of [recordOf(string), jsonObject]) {
      const { value } = run(check, body);
      assert.deepEqual(value, { a: 'x' });
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
    }
  });

  it('an absent optional key stays absent; a present one is checked', () => {
    const withNote = object({ id: number, note: optional(string) });
    assert.equal('note' in run(withNote, { id: 1 }).value, false);
    assert.deepEqual(run(withNote, { id: 1, note: 5 }).issues, [{ path: ['note'], message: 'Expected a string, got number', code: 'invalid_type' }]);
  });

  it('a schema that contains itself is checked through lazy(), at every depth, with the full path', () => {
    type Node = { id: number; children?: Node[] };
    const node: Check<Node> = object({ id: number, children: optional(lazy(() => (value, issues, key) => list(node, value, issues, key))) });
    const { issues } = run(node, { id: 1, children: [{ id: 2, children: [{ id: 'three' }] }] });
    assert.deepEqual(issues.map((issue) => issue.path), [['children', 0, 'children', 0, 'id']]);
  });

  it('firstOf() reports the option that got furthest into the value, not "no option matched"', () => {
    const wrapped = object({ data: object({ price: number }) });
    const bare = object({ price: number });
    const { issues } = run((value, found, key) => firstOf([wrapped, bare], value, found, key), { data: { price: 'free' } });
    assert.deepEqual(issues.map((issue) => issue.path), [['data', 'price']]);
  });

  it('checkOf() runs any Standard Schema and copies its issues, {key} path segments included', () => {
    const foreign: StandardSchemaV1<unknown, number> = {
      '~standard': { version: 1, vendor: 'other', validate: (value) => (typeof value === 'number' ? { value } : { issues: [{ message: 'Not a number', path: [{ key: 'inner' }, 0] }] }) },
    };
    const inList = validator((value, issues, key) => list(checkOf(foreign), value, issues, key));
    const result = inList['~standard'].validate([1, 'x']);
    assert.ok(!(result instanceof Promise) && result.issues);
    assert.deepEqual(result.issues, [{ path: [1, 'inner', 0], message: 'Not a number', code: 'custom' }]);
  });
});
