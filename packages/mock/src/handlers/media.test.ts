import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { MORPH_TYPES } from '../domain/morphs.js';
import { storageHeaders } from './media.js';
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

  it('refuses SVG uploads, which are documents that run script on the API’s origin', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const lit = courseId('building-web-components-with-lit');
    const rows = api.db.count('media');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';
    for (const type of ['image/svg+xml', 'image/svg', 'image/x-icon']) {
      const error = await rejection(instructor.media.upload({ file: new Blob([svg], { type }), file_name: 'cover.svg', model_type: MORPH_TYPES.course, model_id: lit }));
      assert.equal(error.status, 422, type);
      assert.deepEqual(error.errors, { file: ['The file field must be a file of type: jpg, png, gif, webp, bmp, avif, video, audio, pdf, txt.'] });
    }
    assert.equal(api.db.count('media'), rows, 'nothing stored');
  });

  it('serves every upload with nosniff and a sandboxing CSP, whatever it holds', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const lit = courseId('building-web-components-with-lit');
    // Markup declared as an image or as text: the browser must keep to the declared type.
    for (const type of ['image/png', 'text/plain', 'application/pdf']) {
      const media = await instructor.media.upload({ file: new Blob(['<html><script>alert(1)</script></html>'], { type }), file_name: 'x.html', model_type: MORPH_TYPES.course, model_id: lit });
      const served = await fetch(media.url!);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), type);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff', type);
      assert.equal(served.headers.get('content-security-policy'), "sandbox; default-src 'none'", type);
    }
  });

  it('would serve an uploaded file of a type uploads refuse as an attachment', () => {
    assert.equal(storageHeaders('image/svg+xml', 'cover.svg')['Content-Disposition'], 'attachment; filename="cover.svg"');
    assert.equal(storageHeaders('text/html', 'page.html')['Content-Disposition'], 'attachment; filename="page.html"');
    assert.equal(storageHeaders('image/png', 'cover.png')['Content-Disposition'], undefined);
    assert.equal(storageHeaders('image/svg+xml')['Content-Disposition'], undefined, 'the generated artwork stays inline');
  });

  it('refuses file names with control or bidirectional override characters', async () => {
    const instructor = client(DEMO_ACCOUNTS.instructor);
    const lit = courseId('building-web-components-with-lit');
    for (const name of ['invoice\u202Efdp.exe', 'a\u2066b.png', 'line\nbreak.png']) {
      const error = await rejection(instructor.media.upload({ file: new Blob(['x'], { type: 'image/png' }), file_name: name, model_type: MORPH_TYPES.course, model_id: lit }));
      assert.deepEqual(error.errors, { file_name: ['The file name field format is invalid.'] }, JSON.stringify(name));
    }
  });

  it('serves the generated covers, avatars and cheat sheets with the same headers (SVG keeps its inline styles)', async () => {
    const course = await client().courses.retrieve('building-web-components-with-lit', { include: ['media'] });
    const cover = await fetch(course.media![0]!.url!);
    assert.deepEqual(
      [cover.status, cover.headers.get('content-type'), cover.headers.get('x-content-type-options'), cover.headers.get('content-security-policy')],
      [200, 'image/svg+xml', 'nosniff', "sandbox; default-src 'none'; style-src 'unsafe-inline'"],
    );
    const instructor = await client().instructors.retrieve('ines-ortega');
    const avatar = await fetch(instructor.user!.avatar!);
    assert.deepEqual([avatar.headers.get('x-content-type-options'), avatar.headers.get('content-security-policy')], ['nosniff', "sandbox; default-src 'none'; style-src 'unsafe-inline'"]);
  });
});
