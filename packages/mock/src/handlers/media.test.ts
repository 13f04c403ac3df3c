import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { MORPH_TYPES } from '../domain/morphs.js';
import { rejection, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();
const courseId = (slug: string) => api.db.first('courses', (row) => row.slug === slug)!.id;

describe('media', () => {
  it('uploads a file for a course the instructor teaches, serves it, and deletes it', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const bytes = new TextEncoder().encode('%PDF-1.7 slides');
    const media = await instructor.media.upload({ file: new Blob([bytes], { type: 'application/pdf' }), file_name: 'slides.pdf', model_type: MORPH_TYPES.course, model_id: courseId('building-web-components-with-lit'), meta: { alt: 'Slides' } });
    assert.deepEqual([media.file_name, media.mime_type, media.size, media.meta], ['slides.pdf', 'application/pdf', bytes.length, { alt: 'Slides' }]);
    const served = await fetch(media.url!);
    assert.equal(await served.text(), '%PDF-1.7 slides');
    await instructor.media.delete(media.id);
    assert.equal((await fetch(media.url!)).status, 404);
  });

  it('refuses other people’s courses (403) and bad input (422 per field)', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const file = new Blob(['x'], { type: 'image/png' });
    const notTheirs = await rejection(instructor.media.upload({ file, model_type: MORPH_TYPES.course, model_id: courseId('react-fundamentals') }));
    assert.equal(notTheirs.status, 403);
    const badType = await rejection(instructor.media.upload({ file: new Blob(['x'], { type: 'application/x-msdownload' }), model_type: 'App\\Models\\Invoice', model_id: 1 }));
    assert.deepEqual(Object.keys(badType.errors).sort(), ['file', 'model_type']);
    assert.equal((await rejection(client(DEMO_ACCOUNTS.student).media.upload({ file }))).status, 403, 'students cannot upload');
  });
});
