/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { CatalogQuery } from '../../events/filter-change.js';
import { readQuery, sameQuery, writeQuery } from './catalog-query.js';

const EMPTY: CatalogQuery = { search: '', category: '', tag: '', level: '', price: '', minRating: '', sort: '', page: 1 };
const read = (search: string) => readQuery(new URL(`https://school.example/courses${search}`));

describe('catalog query string', () => {
  it('reads every key from its short name', () => {
    expect(read('?q=rust&category=web&tag=css&level=Beginner&price=free&rating=4.5&sort=-rating&page=3')).to.deep.equal({
      search: 'rust',
      category: 'web',
      tag: 'css',
      level: 'Beginner',
      price: 'free',
      minRating: '4.5',
      sort: '-rating',
      page: 3,
    });
    // An empty search box is a value; empty filters are not.
    expect(read('?q=&category=&tag=')).to.deep.equal({ search: '' });
  });

  it('leaves out missing and invalid values, and writes a rating as the number it is', () => {
    expect(read('?level=beginner&price=cheap&sort=popular&rating=6&page=2.5')).to.deep.equal({});
    expect(read('?rating=0&page=0')).to.deep.equal({});
    expect(read('?rating=abc&page=-1')).to.deep.equal({});
    expect(read('?rating=4.50&page=02')).to.deep.equal({ minRating: '4.5', page: 2 });
  });

  it('writes what it reads back, keeps the page\'s own parameters and leaves defaults out', () => {
    const query: CatalogQuery = { ...EMPTY, search: 'go', level: 'Advanced', minRating: '4', page: 2 };
    const url = writeQuery(new URL('https://school.example/courses?ref=mail&level=Beginner'), query, { page: true });
    expect(url.search).to.equal('?ref=mail&level=Advanced&q=go&rating=4&page=2');
    expect(sameQuery({ ...EMPTY, ...readQuery(url) }, query)).to.equal(true);
    expect(writeQuery(url, query, { page: false }).searchParams.has('page'), 'no page in infinite mode').to.equal(false);
    expect(writeQuery(url, EMPTY, { page: true }).search).to.equal('?ref=mail');
  });
});
