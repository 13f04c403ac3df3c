/**
 * Lecture media: the seed attaches the sample video (with caption tracks) or a cheat sheet to
 * lectures, the curriculum hands them out only where the lecture is open, and the storage route
 * serves them (byte ranges included) with the URL's signature or to a user the lecture is open
 * to, and refuses them to everyone else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Lecture, Media } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { MORPH_TYPES } from '../domain/morphs.js';
import { SAMPLE_CAPTIONS, SAMPLE_VIDEO, sampleVideoBytes } from '../seed-data/lecture-media.js';
import { byteRange } from './media.js';
import { BASE_URL, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();
const db = api.db;

const JS = 'modern-javascript-from-scratch';
const TS = 'typescript-for-javascript-developers';
const LIT = 'building-web-components-with-lit';

const courseId = (slug: string) => db.first('courses', (row) => row.slug === slug)!.id;
const lectureMedia = (lectureId: number) => db.where('media', (row) => row.model_type === MORPH_TYPES.lecture && row.model_id === lectureId);

async function lectures(slug: string, email?: string): Promise<Lecture[]> {
  return (await client(email).curriculum.retrieve(courseId(slug))).flatMap((section) => section.lectures ?? []);
}

function video(lecture: Lecture): Media {
  const file = lecture.media?.find((candidate) => candidate.mime_type === SAMPLE_VIDEO.mimeType);
  assert.ok(file, `lecture ${lecture.id} has its video`);
  return file;
}

/** The URL without its signature: what someone who only knows the path could request. */
const unsigned = (url: string) => url.replace(/\?signature=.*$/, '');

describe('lecture media in the seed', () => {
  it('every video lecture has the sample video and two caption tracks, or an external URL and no media', () => {
    const videos = db.where('lectures', (row) => row.type === 'video');
    const hosted = videos.filter((row) => row.external_url === null);
    const external = videos.filter((row) => row.external_url !== null);
    assert.ok(hosted.length > 200 && external.length >= 64, `${hosted.length} hosted, ${external.length} external`);
    for (const row of hosted) {
      assert.equal(row.duration_seconds, SAMPLE_VIDEO.durationSeconds);
      const files = lectureMedia(row.id).map((file) => [file.path, file.mime_type, file.meta]);
      assert.deepEqual(files, [
        [`lectures/${row.id}/sample-lecture.webm`, 'video/webm', { width: 320, height: 180, duration_seconds: 12 }],
        [`lectures/${row.id}/sample-lecture.en.vtt`, 'text/vtt', { kind: 'captions', srclang: 'en', label: 'English' }],
        [`lectures/${row.id}/sample-lecture.fr.vtt`, 'text/vtt', { kind: 'captions', srclang: 'fr', label: 'Français' }],
      ]);
    }
    for (const row of external) {
      assert.match(row.external_url!, /^https:\/\/(www\.youtube\.com\/watch\?v=[\w-]{11}|vimeo\.com\/\d+)$/);
      assert.deepEqual(lectureMedia(row.id), []);
    }
    assert.ok(external.some((row) => row.is_preview) && external.some((row) => !row.is_preview), 'external videos among previews and locked lectures');
    assert.equal(external.filter((row) => row.external_url!.startsWith('https://vimeo.com/')).length, 1);
  });

  it('the first course plays every video preview from the school; the second shows a YouTube preview; the third has the Vimeo video', () => {
    const ofCourse = (slug: string) => db.where('sections', (row) => row.course_id === courseId(slug)).flatMap((section) => db.where('lectures', (row) => row.section_id === section.id && row.type === 'video'));
    assert.ok(ofCourse(JS).filter((row) => row.is_preview).every((row) => row.external_url === null));
    assert.ok(ofCourse(TS).some((row) => row.is_preview && row.external_url?.startsWith('https://www.youtube.com/')));
    assert.ok(ofCourse(LIT).some((row) => !row.is_preview && row.external_url?.startsWith('https://vimeo.com/')));
  });

  it('every file lecture has its course’s cheat sheet, and no external URL', () => {
    const files = db.where('lectures', (row) => row.type === 'file');
    assert.ok(files.length >= 64);
    for (const row of files) {
      assert.equal(row.external_url, null);
      const [sheet, ...rest] = lectureMedia(row.id);
      assert.deepEqual(rest, []);
      assert.match(sheet!.path, new RegExp(`^lectures/${row.id}/[a-z0-9-]+-cheat-sheet\\.txt$`));
      assert.equal(sheet!.mime_type, 'text/plain');
    }
  });

  it('SAMPLE_VIDEO.size is the size of the video module’s bytes, a WebM file', async () => {
    const bytes = await sampleVideoBytes();
    assert.equal(bytes.length, SAMPLE_VIDEO.size);
    assert.deepEqual([...bytes.slice(0, 4)], [0x1a, 0x45, 0xdf, 0xa3], 'the EBML magic number');
  });
});

describe('lecture media in the curriculum', () => {
  it('a visitor gets media on preview lectures only; locked lectures carry no media and no URL', async () => {
    const all = await lectures(JS);
    const open = all.filter((lecture) => !lecture.is_locked);
    const locked = all.filter((lecture) => lecture.is_locked);
    assert.ok(open.length >= 2 && locked.length >= 5);
    assert.ok(open.every((lecture) => lecture.is_preview && Array.isArray(lecture.media)));
    assert.ok(open.some((lecture) => lecture.media!.length === 3));
    for (const lecture of locked) assert.deepEqual([lecture.media, lecture.external_url, lecture.content], [undefined, null, null]);
  });

  it('an enrolled learner gets every lecture’s media, with signed storage URLs and the row’s fields', async () => {
    const all = await lectures(JS, DEMO_ACCOUNTS.student);
    assert.ok(all.every((lecture) => !lecture.is_locked && Array.isArray(lecture.media)));
    const lecture = all.find((candidate) => candidate.type === 'video' && !candidate.is_preview && candidate.external_url === null)!;
    const file = video(lecture);
    assert.deepEqual([file.model_type, file.model_id, file.file_name, file.size, file.disk], [MORPH_TYPES.lecture, lecture.id, 'sample-lecture.webm', SAMPLE_VIDEO.size, 'public']);
    assert.match(file.url!, new RegExp(`^${BASE_URL}/storage/lectures/${lecture.id}/sample-lecture\\.webm\\?signature=[0-9a-f]{16}$`));
    const sheet = all.find((candidate) => candidate.type === 'file')!.media![0]!;
    assert.match(sheet.url!, /-cheat-sheet\.txt\?signature=[0-9a-f]{16}$/);
  });

  it('GET /lectures/{id} carries the media too', async () => {
    const lectureId = db.first('lectures', (row) => row.type === 'video' && row.external_url === null && !row.is_preview && courseOfLecture(row.section_id) === courseId(JS))!.id;
    const lecture = await client(DEMO_ACCOUNTS.student).lectures.retrieve(lectureId);
    assert.deepEqual(lecture.media?.map((file) => file.file_name), ['sample-lecture.webm', 'sample-lecture.en.vtt', 'sample-lecture.fr.vtt']);
  });

  it('a video lecture completes at 90 % of the sample video’s length', async () => {
    const studentId = db.first('users', (user) => user.email === DEMO_ACCOUNTS.student)!.id;
    const watched = (lectureId: number) => db.first('lecture_progress', (row) => row.lecture_id === lectureId && row.user_id === studentId);
    const lecture = (await lectures(JS, DEMO_ACCOUNTS.student)).find((candidate) => candidate.duration_seconds === SAMPLE_VIDEO.durationSeconds && !watched(candidate.id))!;
    const student = client(DEMO_ACCOUNTS.student);
    assert.equal((await student.progress.update(lecture.id, { watched_seconds: 10 })).completed, false);
    assert.equal((await student.progress.update(lecture.id, { watched_seconds: 11 })).completed, true);
  });
});

function courseOfLecture(sectionId: number): number {
  return db.find('sections', sectionId)!.course_id;
}

describe('GET /storage/lectures/...', () => {
  it('serves the video with its signature to anyone, whole or by byte range, and seeks past the end with 416', async () => {
    const url = video((await lectures(JS, DEMO_ACCOUNTS.student)).find((lecture) => !lecture.is_preview && lecture.media?.length === 3)!).url!;
    const whole = await fetch(url);
    assert.deepEqual([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges'), whole.headers.get('content-length')], [200, 'video/webm', 'bytes', String(SAMPLE_VIDEO.size)]);
    const bytes = new Uint8Array(await whole.arrayBuffer());
    assert.equal(bytes.length, SAMPLE_VIDEO.size);

    const part = await fetch(url, { headers: { Range: 'bytes=100-199' } });
    assert.deepEqual([part.status, part.headers.get('content-range'), part.headers.get('content-length')], [206, `bytes 100-199/${SAMPLE_VIDEO.size}`, '100']);
    assert.deepEqual(new Uint8Array(await part.arrayBuffer()), bytes.slice(100, 200));
    const tail = await fetch(url, { headers: { Range: 'bytes=-10' } });
    assert.deepEqual(new Uint8Array(await tail.arrayBuffer()), bytes.slice(-10));
    const open = await fetch(url, { headers: { Range: 'bytes=19000-' } });
    assert.deepEqual([open.status, (await open.arrayBuffer()).byteLength], [206, SAMPLE_VIDEO.size - 19000]);
    const past = await fetch(url, { headers: { Range: `bytes=${SAMPLE_VIDEO.size}-` } });
    assert.deepEqual([past.status, past.headers.get('content-range')], [416, `bytes */${SAMPLE_VIDEO.size}`]);
  });

  it('refuses a locked lecture’s files without the signature (403), unless the bearer may open the lecture', async () => {
    const lecture = (await lectures(JS, DEMO_ACCOUNTS.student)).find((candidate) => !candidate.is_preview && candidate.media?.length === 3)!;
    const url = unsigned(video(lecture).url!);
    assert.equal((await fetch(url)).status, 403, 'a visitor who knows the path');
    assert.equal((await fetch(`${url}?signature=0000000000000000`)).status, 403, 'a made-up signature');
    const elsewhere = db.first('lectures', (row) => courseOfLecture(row.section_id) === courseId(TS) && !row.is_preview && lectureMedia(row.id).length === 3)!;
    const forged = video(lecture).url!.replace(`lectures/${lecture.id}/`, `lectures/${elsewhere.id}/`);
    assert.equal((await fetch(forged)).status, 403, 'another lecture’s path under this signature');
    const stranger = api.issueToken(DEMO_ACCOUNTS.instructor);
    assert.equal((await fetch(url, { headers: { Authorization: `Bearer ${stranger}` } })).status, 403, 'a user without access');
    const learner = api.issueToken(DEMO_ACCOUNTS.student);
    assert.equal((await fetch(url, { headers: { Authorization: `Bearer ${learner}` } })).status, 200, 'the enrolled learner');
  });

  it('serves a preview lecture’s files to a visitor, signed or not', async () => {
    const preview = (await lectures(JS)).find((lecture) => lecture.is_preview && lecture.media?.length === 3)!;
    assert.equal((await fetch(video(preview).url!)).status, 200);
    assert.equal((await fetch(unsigned(video(preview).url!))).status, 200);
  });

  it('serves the caption tracks as WebVTT and the cheat sheet as a named download, the sizes their rows say', async () => {
    const all = await lectures(JS, DEMO_ACCOUNTS.student);
    const captions = all.find((lecture) => lecture.media?.length === 3)!.media!.filter((file) => file.mime_type === 'text/vtt');
    for (const track of captions) {
      const response = await fetch(track.url!);
      const text = await response.text();
      assert.equal(response.headers.get('content-type'), 'text/vtt; charset=utf-8');
      assert.equal(text, SAMPLE_CAPTIONS[track.meta!['srclang'] as 'en' | 'fr'].text);
      assert.equal(new TextEncoder().encode(text).length, track.size);
    }
    const sheet = all.find((lecture) => lecture.type === 'file')!.media![0]!;
    const response = await fetch(sheet.url!);
    const text = await response.text();
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="${sheet.file_name}"`);
    assert.equal(sheet.file_name, `${JS}-cheat-sheet.txt`);
    assert.match(text, /^Modern JavaScript from Scratch: cheat sheet\n/);
    assert.equal(new TextEncoder().encode(text).length, sheet.size);
  });

  it('answers 404 once the file’s media row is deleted', async () => {
    const lecture = (await lectures(JS, DEMO_ACCOUNTS.student)).find((candidate) => candidate.media?.length === 3)!;
    const file = video(lecture);
    db.delete('media', file.id);
    assert.equal((await fetch(file.url!)).status, 404);
  });
});

describe('byteRange()', () => {
  it('reads one range, ignores what it does not serve, and flags ranges past the end', () => {
    assert.deepEqual(byteRange(null, 100), null);
    assert.deepEqual(byteRange('bytes=0-', 100), [0, 99]);
    assert.deepEqual(byteRange('bytes=10-19', 100), [10, 19]);
    assert.deepEqual(byteRange('bytes=90-500', 100), [90, 99]);
    assert.deepEqual(byteRange('bytes=-30', 100), [70, 99]);
    assert.deepEqual(byteRange('bytes=-500', 100), [0, 99]);
    assert.deepEqual(byteRange('bytes=0-1,5-6', 100), null);
    assert.deepEqual(byteRange('items=0-1', 100), null);
    assert.deepEqual(byteRange('bytes=20-10', 100), null);
    assert.equal(byteRange('bytes=100-', 100), 'unsatisfiable');
    assert.equal(byteRange('bytes=-0', 100), 'unsatisfiable');
  });
});
