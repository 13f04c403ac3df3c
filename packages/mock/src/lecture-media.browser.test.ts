/**
 * Lecture media in a real browser, through the Service Worker: Chromium plays the sample video
 * from its signed storage URL, seeks in it, loads its caption tracks, and the storage route
 * refuses the same file without the signature.
 */
import { expect } from '@open-wc/testing';
import { CourseKit, type Lecture, type Media } from '@coursekit/sdk';
import { startMockWorker } from './browser.js';
import { DEMO_ACCOUNTS } from './seed-data/reference.js';

/** Resolves on `type` from `target`, rejects on `error` or after `ms`. */
function once(target: EventTarget, type: string, ms = 5000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} within ${ms} ms.`)), ms);
    target.addEventListener(type, (event) => (clearTimeout(timer), resolve(event)), { once: true });
    target.addEventListener('error', () => (clearTimeout(timer), reject(new Error(`error instead of ${type}`))), { once: true });
  });
}

describe('lecture media in the browser', () => {
  let stop: () => void = () => undefined;
  let lecture: Lecture;
  let video: Media;

  before(async () => {
    const { worker, api } = await startMockWorker({ pageFlags: false, persist: false });
    stop = () => {
      api.reset();
      worker.stop();
    };
    const ck = new CourseKit({ baseUrl: '/api/v1', maxRetries: 0, token: api.issueToken(DEMO_ACCOUNTS.student) });
    const course = await ck.courses.retrieve('modern-javascript-from-scratch');
    const lectures = (await ck.curriculum.retrieve(course.id)).flatMap((section) => section.lectures ?? []);
    lecture = lectures.find((candidate) => !candidate.is_preview && candidate.media?.some((file) => file.mime_type === 'video/webm'))!;
    video = lecture.media!.find((file) => file.mime_type === 'video/webm')!;
  });

  after(() => stop());

  it('plays the video from its signed URL, time advances, and a seek lands where asked', async () => {
    const element = document.createElement('video');
    element.muted = true;
    element.preload = 'auto';
    element.src = video.url!;
    document.body.append(element);
    try {
      await once(element, 'loadedmetadata');
      expect(Math.round(element.duration)).to.equal(lecture.duration_seconds);
      expect([element.videoWidth, element.videoHeight]).to.deep.equal([320, 180]);
      await element.play();
      const started = element.currentTime;
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(element.currentTime, 'playback advances').to.be.greaterThan(started + 0.2);
      element.pause();
      element.currentTime = 11;
      await once(element, 'seeked');
      expect(Math.abs(element.currentTime - 11)).to.be.lessThan(0.3);
      expect(element.seekable.length, 'the whole file is seekable').to.equal(1);
      expect(element.seekable.end(0)).to.be.greaterThan(11.5);
    } finally {
      element.remove();
    }
  });

  it('loads the English and French caption tracks', async () => {
    const element = document.createElement('video');
    element.muted = true;
    element.src = video.url!;
    const captions = lecture.media!.filter((file) => file.mime_type === 'text/vtt');
    expect(captions.map((file) => file.meta)).to.deep.equal([
      { kind: 'captions', srclang: 'en', label: 'English' },
      { kind: 'captions', srclang: 'fr', label: 'Français' },
    ]);
    const tracks = captions.map((file) => {
      const track = document.createElement('track');
      track.kind = String(file.meta!['kind']);
      track.srclang = String(file.meta!['srclang']);
      track.label = String(file.meta!['label']);
      track.src = file.url!;
      element.append(track);
      return track;
    });
    document.body.append(element);
    try {
      for (const track of tracks) {
        track.track.mode = 'hidden';
        await once(track, 'load');
        expect(track.track.cues?.length, track.srclang).to.equal(4);
      }
      expect((tracks[1]!.track.cues![0] as VTTCue).text).to.equal('Bienvenue dans cette leçon d’exemple de CourseKit.');
    } finally {
      element.remove();
    }
  });

  it('refuses the file without its signature to a page that is not signed in (403)', async () => {
    const response = await fetch(video.url!.replace(/\?signature=.*$/, ''));
    expect(response.status).to.equal(403);
    expect((await fetch(video.url!, { headers: { Range: 'bytes=0-3' } })).status).to.equal(206);
  });
});
