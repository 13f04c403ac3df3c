import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { paginate, sortBy, type SortColumn } from './pagination.js';

interface Item {
  id: number;
  rating: number;
}

const columns: SortColumn<Item>[] = [
  { name: 'rating', value: (item) => item.rating, desc: true },
  { name: 'id', value: (item) => item.id, desc: false },
];
const items = sortBy(
  Array.from({ length: 7 }, (_, index) => ({ id: index + 1, rating: index % 3 })),
  columns,
);
const url = (query: string) => new URL(`https://school.test/api/v1/things?filter[x]=1&${query}`);
const page = (query: string, style: 'resource' | 'plain' | 'simple' | 'cursor' = 'resource') =>
  paginate(items, { url: url(query), style, columns, serialize: (item) => item.id }) as Record<string, unknown> & { data: number[] };

describe('paginate', () => {
  it('answers as a resource collection by default, with links and meta', () => {
    const result = page('per_page=3&page=2');
    assert.deepEqual(result.data, [items[3]!.id, items[4]!.id, items[5]!.id]);
    const meta = result['meta'] as Record<string, unknown>;
    assert.deepEqual([meta['current_page'], meta['last_page'], meta['per_page'], meta['total'], meta['from'], meta['to']], [2, 3, 3, 7, 4, 6]);
    const links = result['links'] as Record<string, string | null>;
    assert.equal(links['next'], 'https://school.test/api/v1/things?filter%5Bx%5D=1&per_page=3&page=3', 'links keep the query string');
    assert.equal(meta['path'], 'https://school.test/api/v1/things');
  });

  it('answers the bare paginate() and simplePaginate() shapes on ?paginator=', () => {
    const plain = page('per_page=3&paginator=plain');
    assert.deepEqual([plain['current_page'], plain['last_page'], plain['total']], [1, 3, 7]);
    assert.ok(String(plain['next_page_url']).includes('page=2'));
    const simple = page('per_page=3&page=3&paginator=simple');
    assert.equal('total' in simple, false);
    assert.equal('last_page' in simple, false);
    assert.equal(simple['next_page_url'], null);
    assert.equal(simple.data.length, 1);
  });

  it('walks every row exactly once with keyset cursors, forwards and back', () => {
    const seen: number[] = [];
    let result = page('per_page=3', 'cursor');
    assert.equal(result['prev_cursor'], null);
    for (;;) {
      seen.push(...result.data);
      if (!result['next_cursor']) break;
      result = page(`per_page=3&cursor=${result['next_cursor']}`, 'cursor');
    }
    assert.deepEqual(seen, items.map((item) => item.id));
    const back = page(`per_page=3&cursor=${result['prev_cursor']}`, 'cursor');
    assert.deepEqual(back.data, seen.slice(3, 6));
    assert.ok(String(result['prev_page_url']).includes('cursor='));
  });

  it('keeps a cursor stable when rows are inserted before it', () => {
    const first = page('per_page=3', 'cursor');
    const grown = sortBy([...items, { id: 99, rating: 5 }], columns);
    const next = paginate(grown, { url: url(`per_page=3&cursor=${first['next_cursor']}`), style: 'cursor', columns, serialize: (item) => item.id }) as { data: number[] };
    assert.deepEqual(next.data, items.slice(3, 6).map((item) => item.id));
  });

  it('clamps per_page to 1..100 and treats an unreadable cursor as the start', () => {
    assert.equal((page('per_page=1000')['meta'] as { per_page: number }).per_page, 100);
    assert.deepEqual(page('per_page=2&cursor=not-a-cursor').data, items.slice(0, 2).map((item) => item.id));
  });
});
