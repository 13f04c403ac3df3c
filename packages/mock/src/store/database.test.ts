import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database, type Change } from './database.js';
import { ConstraintError, isUniqueViolation } from './constraint-error.js';

const NOW = new Date('2026-03-01T12:00:00Z');

function db(): Database {
  return new Database({ now: () => NOW });
}

function user(store: Database, email: string, extra: Record<string, unknown> = {}) {
  return store.insert('users', { name: email.split('@')[0]!, email, password: 'x', ...extra });
}

function courseWithCurriculum(store: Database) {
  const category = store.insert('categories', { name: 'Web', slug: 'web' });
  const course = store.insert('courses', { title: 'TS', slug: 'ts', category_id: category.id });
  const section = store.insert('sections', { course_id: course.id, title: 'Basics' });
  const lecture = store.insert('lectures', { section_id: section.id, title: 'Intro' });
  return { category, course, section, lecture };
}

describe('Database', () => {
  it('fills the id, defaults and Laravel timestamps on insert', () => {
    const store = db();
    const first = user(store, 'ada@example.com');
    const second = user(store, 'alan@example.com');
    assert.equal(first.id, 1);
    assert.equal(second.id, 2);
    assert.equal(first.role, 'student');
    assert.equal(first.deleted_at, null);
    assert.equal(first.created_at, '2026-03-01T12:00:00.000000Z');
    const course = store.insert('courses', { title: 'T', slug: 't', price: '19.9' });
    assert.equal(course.price, '19.90', 'decimals are stored as canonical strings');
    assert.equal(course.status, 'draft');
    assert.equal(course.is_featured, false);
  });

  it('refuses NULL in NOT NULL columns, unknown enum values, wrong types and unknown columns', () => {
    const store = db();
    assert.throws(() => store.insert('users', { name: 'x', email: null as unknown as string, password: 'x' }), { kind: 'not_null' });
    assert.throws(() => user(store, 'a@x.test', { role: 'owner' }), { kind: 'enum' });
    assert.throws(() => store.insert('reviews', { course_id: 1, user_id: 1, rating: -1 }), { kind: 'type' });
    assert.throws(() => user(store, 'b@x.test', { nickname: 'b' }), { kind: 'unknown_column' });
    assert.throws(() => user(store, 'c@x.test', { name: 'x'.repeat(256) }), /Data too long/);
    assert.equal(store.count('users'), 0, 'no failed insert left a row behind');
  });

  it('keeps strings and decimals to their column sizes, and names every column over its size at once', () => {
    const store = db();
    assert.throws(() => user(store, 'a@x.test', { name: 'x'.repeat(256) }), { kind: 'too_long', columns: ['name'] });
    assert.throws(() => user(store, 'b@x.test', { bio: 'x'.repeat(65_536) }), { kind: 'too_long', columns: ['bio'] });
    assert.equal(user(store, 'c@x.test', { name: '😀'.repeat(255), bio: 'x'.repeat(65_535) }).name.length, 510, 'characters are counted, not UTF-16 units');
    assert.throws(() => store.insert('courses', { title: 'T', slug: 't', price: '99999999999999999999.99' }), { kind: 'out_of_range', columns: ['price'] });
    assert.throws(() => store.insert('courses', { title: 'T', slug: 't', rating: '10.00' }), { kind: 'out_of_range', columns: ['rating'] }, 'decimal(3,2)');
    assert.equal(store.insert('courses', { title: 'T', slug: 't', price: '99999999.99', rating: '5.00' }).price, '99999999.99');
    const course = store.insert('courses', { title: 'U', slug: 'u', description: 'x'.repeat(70_000) });
    assert.equal(course.description!.length, 70_000, 'description is a longText');
    assert.throws(() => store.update('courses', course.id, { title: 'x'.repeat(300), short_description: 'x'.repeat(70_000), price: '100000000000000000000' }), {
      kind: 'too_long',
      columns: ['title', 'short_description', 'price'],
    });
  });

  it('enforces unique keys case-insensitively, lets NULLs repeat, and frees a key on delete', () => {
    const store = db();
    user(store, 'ada@example.com');
    assert.throws(() => user(store, 'ADA@example.com'), (error) => isUniqueViolation(error, 'users', ['email']));
    user(store, 'b@example.com', { username: null });
    user(store, 'c@example.com', { username: null });
    const { course } = courseWithCurriculum(store);
    store.insert('enrollments', { course_id: course.id, user_id: 1 });
    assert.throws(() => store.insert('enrollments', { course_id: course.id, user_id: 1 }), (error) => isUniqueViolation(error, 'enrollments', ['course_id', 'user_id']));
    store.delete('users', 1);
    assert.equal(user(store, 'ada@example.com').email, 'ada@example.com');
  });

  it('checks updates against unique keys, except the row against itself', () => {
    const store = db();
    const ada = user(store, 'ada@example.com', { username: 'ada' });
    user(store, 'alan@example.com', { username: 'alan' });
    assert.equal(store.update('users', ada.id, { username: 'ada' }).username, 'ada');
    assert.throws(() => store.update('users', ada.id, { username: 'ALAN' }), { kind: 'unique' });
    assert.equal(store.find('users', ada.id)?.username, 'ada');
  });

  it('refuses a foreign key that points nowhere', () => {
    const store = db();
    assert.throws(() => store.insert('sections', { course_id: 99, title: 'x' }), (error) => error instanceof ConstraintError && error.kind === 'foreign_key' && error.columns[0] === 'course_id');
  });

  it('cascades deletes down the tree and sets nullable references to NULL', () => {
    const store = db();
    const student = user(store, 's@example.com');
    const { category, course, lecture } = courseWithCurriculum(store);
    const child = store.insert('categories', { name: 'Frontend', slug: 'frontend', parent_id: category.id });
    store.insert('lecture_progress', { lecture_id: lecture.id, user_id: student.id, watched_seconds: 10 });
    store.insert('course_tag', { course_id: course.id, tag_id: store.insert('tags', { name: 'TS', slug: 'ts' }).id });

    store.delete('categories', category.id);
    assert.equal(store.find('courses', course.id)?.category_id, null, 'courses.category_id is nullOnDelete');
    assert.equal(store.find('categories', child.id)?.parent_id, null, 'categories.parent_id is nullOnDelete');

    store.delete('courses', course.id);
    assert.equal(store.count('sections'), 0);
    assert.equal(store.count('lectures'), 0);
    assert.equal(store.count('lecture_progress'), 0);
    assert.equal(store.count('course_tag'), 0, 'pivot rows with a composite key cascade too');
    assert.equal(store.count('tags'), 1);
  });

  it('hides soft-deleted rows from reads but keeps their unique keys and children', () => {
    const store = db();
    const { course, section } = courseWithCurriculum(store);
    store.softDelete('courses', course.id);
    assert.equal(store.find('courses', course.id), undefined);
    assert.equal(store.all('courses').length, 0);
    assert.ok(store.find('courses', course.id, { withTrashed: true })?.deleted_at);
    assert.ok(store.find('sections', section.id), 'a soft delete does not cascade');
    assert.throws(() => store.insert('courses', { title: 'Again', slug: 'ts' }), { kind: 'unique' });
  });

  it('rolls a failed transaction back completely, cascades and index entries included', () => {
    const store = db();
    const { course } = courseWithCurriculum(store);
    user(store, 'ada@example.com');
    assert.throws(() =>
      store.transaction(() => {
        store.delete('courses', course.id);
        store.update('users', 1, { email: 'grace@example.com' });
        throw new Error('boom');
      }),
    );
    assert.equal(store.count('lectures'), 1);
    assert.equal(store.find('users', 1)?.email, 'ada@example.com');
    assert.throws(() => user(store, 'ada@example.com'), { kind: 'unique' }, 'the unique index was restored');
    assert.equal(user(store, 'grace@example.com').email, 'grace@example.com', 'the rolled-back email is free again');
  });

  it('undoes only the inner block of a nested transaction that throws', () => {
    const store = db();
    store.transaction(() => {
      user(store, 'outer@example.com');
      assert.throws(() =>
        store.transaction(() => {
          user(store, 'inner@example.com');
          throw new Error('inner');
        }),
      );
    });
    assert.deepEqual(store.all('users').map((row) => row.email), ['outer@example.com']);
  });

  it('reports the net changes of each committed transaction once', () => {
    const store = db();
    const heard: Change[][] = [];
    store.onCommit((changes) => heard.push(changes));
    store.transaction(() => {
      const row = user(store, 'ada@example.com');
      store.update('users', row.id, { name: 'Ada' });
    });
    assert.throws(() => store.transaction(() => {
      user(store, 'x@example.com');
      throw new Error('no');
    }));
    assert.equal(heard.length, 1);
    assert.equal(heard[0]!.length, 1);
    assert.equal((heard[0]![0]!.row as { name: string }).name, 'Ada');
  });

  it('hands out frozen rows, so stored state cannot be changed by accident', () => {
    const store = db();
    const row = user(store, 'ada@example.com', { settings: { theme: 'dark' } });
    assert.throws(() => {
      (row as { name: string }).name = 'changed';
    }, TypeError);
    assert.throws(() => {
      (row.settings as Record<string, unknown>)['theme'] = 'light';
    }, TypeError);
  });

  it('exports and imports a snapshot, sequences included', () => {
    const store = db();
    user(store, 'ada@example.com');
    const snapshot = store.export();
    user(store, 'alan@example.com');
    store.import(snapshot);
    assert.equal(store.count('users'), 1);
    assert.equal(user(store, 'alan@example.com').id, 2);
    assert.throws(() => user(store, 'ada@example.com'), { kind: 'unique' }, 'indexes are rebuilt on import');
  });
});
