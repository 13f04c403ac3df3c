import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { credit, gradeAttempt } from './grading.js';

const single = { id: 1, type: 'single' as const, answer: 'PUT' };
const multiple = { id: 2, type: 'multiple' as const, answer: ['a', 'b', 'c'] };
const trueFalse = { id: 3, type: 'true_false' as const, answer: false };
const short = { id: 4, type: 'short_answer' as const, answer: ['search engine optimization', 'search engine optimisation'] };

describe('grading', () => {
  it('grades single choice exactly', () => {
    assert.equal(credit(single, 'PUT'), 1);
    assert.equal(credit(single, 'put'), 0);
    assert.equal(credit(single, ['PUT']), 0);
  });

  it('gives partial credit for multiple choice: right minus wrong picks over right options, floored at 0', () => {
    assert.equal(credit(multiple, ['a', 'b', 'c']), 1);
    assert.equal(credit(multiple, ['c', 'a', 'b', 'a']), 1, 'order and duplicates do not matter');
    assert.equal(credit(multiple, ['a', 'b']), 2 / 3);
    assert.equal(credit(multiple, ['a', 'b', 'c', 'd']), 2 / 3, 'one wrong pick costs one right pick');
    assert.equal(credit(multiple, ['a', 'd', 'e']), 0);
    assert.equal(credit(multiple, []), 0);
    assert.equal(credit(multiple, 'a'), 0);
  });

  it('accepts booleans and their spellings for true/false', () => {
    assert.equal(credit(trueFalse, false), 1);
    assert.equal(credit(trueFalse, 'False'), 1);
    assert.equal(credit(trueFalse, true), 0);
    assert.equal(credit(trueFalse, 'no'), 0);
  });

  it('matches short answers loosely against every accepted answer', () => {
    assert.equal(credit(short, '  Search  Engine Optimisation. '), 1);
    assert.equal(credit(short, 'search engines'), 0);
    assert.equal(credit({ id: 5, type: 'short_answer', answer: 'roi' }, 'ROI'), 1);
  });

  it('scores an attempt as the mean credit in percent, missing answers earning 0', () => {
    const grade = gradeAttempt([single, multiple, trueFalse, short], { 1: 'PUT', 2: ['a', 'b'], 3: false });
    assert.equal(grade.score, '66.67');
    assert.deepEqual(grade.results.map((result) => [result.correct, result.score]), [[true, 1], [false, 0.6667], [true, 1], [false, 0]]);
    assert.equal(gradeAttempt([], {}).score, '0.00');
  });
});
