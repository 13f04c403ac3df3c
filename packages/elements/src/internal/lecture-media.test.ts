/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { Media } from '@coursekit/sdk';
import { captionsOf, crossOriginOf, embedUrl, videoOf, vimeoId, youTubeId, type LectureWithMedia } from './lecture-media.js';

const media = (fields: Partial<Media>): Media => ({
  id: 1,
  disk: 'public',
  path: 'lectures/9/file',
  file_name: null,
  mime_type: null,
  size: null,
  model_type: 'App\\Models\\Lecture',
  model_id: 9,
  meta: null,
  created_at: null,
  updated_at: null,
  ...fields,
});

const lecture = (fields: Partial<LectureWithMedia>): LectureWithMedia => ({
  id: 9,
  section_id: 1,
  title: 'Welcome',
  type: 'video',
  external_url: null,
  duration_seconds: 60,
  content: null,
  is_preview: true,
  position: 1,
  created_at: null,
  updated_at: null,
  ...fields,
});

describe('lecture media', () => {
  it('reads YouTube ids from watch, short, embed and Shorts links, and nothing else', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
      'https://youtube.com/watch?feature=share&v=aqz-KE-bpKQ&t=10',
      'https://youtu.be/aqz-KE-bpKQ?t=3',
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      'https://m.youtube.com/shorts/aqz-KE-bpKQ',
    ]) {
      expect(youTubeId(url), url).to.equal('aqz-KE-bpKQ');
    }
    for (const url of ['https://evil.example/watch?v=aqz-KE-bpKQ', 'https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ', 'https://youtu.be/short', 'https://youtu.be/aqz-KE-bpKQxx']) {
      expect(youTubeId(url), url).to.equal(undefined);
    }
  });

  it('reads Vimeo ids from page and player links', () => {
    expect(vimeoId('https://vimeo.com/1084537')).to.equal('1084537');
    expect(vimeoId('https://player.vimeo.com/video/1084537?h=abc')).to.equal('1084537');
    expect(vimeoId('https://vimeo.com/channels/staffpicks')).to.equal(undefined);
    expect(vimeoId('https://vimeo.com.evil.example/1084537')).to.equal(undefined);
  });

  it('embeds YouTube without cookies and Vimeo with do-not-track, nothing else', () => {
    expect(embedUrl({ external_url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' })).to.equal('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0');
    expect(embedUrl({ external_url: 'https://vimeo.com/1084537' })).to.equal('https://player.vimeo.com/video/1084537?dnt=1&autoplay=1');
    expect(embedUrl({ external_url: 'https://cdn.example/lecture.mp4' })).to.equal(undefined);
    expect(embedUrl({ external_url: null })).to.equal(undefined);
  });

  it('picks the first video media file, else a video file link, never a bare storage path', () => {
    const withMedia = lecture({
      media: [
        media({ mime_type: 'text/vtt', url: '/api/v1/storage/lectures/9/a.en.vtt' }),
        media({ mime_type: 'video/webm', path: 'lectures/9/a.webm' }),
        media({ mime_type: 'video/webm', url: '/api/v1/storage/lectures/9/a.webm' }),
      ],
    });
    expect(videoOf(withMedia)).to.deep.equal({ src: '/api/v1/storage/lectures/9/a.webm', type: 'video/webm' });
    expect(videoOf(lecture({ external_url: 'https://cdn.example/a/lecture.MP4?token=1' }))).to.deep.equal({ src: 'https://cdn.example/a/lecture.MP4?token=1' });
    expect(videoOf(lecture({ external_url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' }))).to.equal(undefined);
    expect(videoOf(lecture({ type: 'text' }))).to.equal(undefined);
  });

  it('lists WebVTT caption tracks with their language and label', () => {
    const tracks = captionsOf(
      lecture({
        media: [
          media({ mime_type: 'video/webm', url: '/v.webm' }),
          media({ mime_type: 'text/vtt', url: '/v.en.vtt', meta: { kind: 'captions', srclang: 'en', label: 'English' } }),
          media({ mime_type: 'text/vtt', url: '/v.fr.vtt', meta: { srclang: 'fr' } }),
          media({ mime_type: 'text/vtt', url: '/v.xx.vtt', meta: null }),
          media({ mime_type: 'text/plain', url: '/notes.txt', meta: { srclang: 'en' } }),
        ],
      }),
    );
    expect(tracks).to.deep.equal([
      { src: '/v.en.vtt', srclang: 'en', label: 'English' },
      { src: '/v.fr.vtt', srclang: 'fr', label: 'fr' },
    ]);
    expect(captionsOf(lecture({}))).to.deep.equal([]);
  });
});

describe('crossOriginOf', () => {
  const track = (src: string) => ({ src, srclang: 'en', label: 'English' });

  it('asks for CORS only when a caption file is on another origin than the page', () => {
    expect(crossOriginOf([])).to.equal(undefined);
    expect(crossOriginOf([track('/storage/captions/en.vtt'), track(`${location.origin}/fr.vtt`)])).to.equal(undefined);
    expect(crossOriginOf([track('/storage/captions/en.vtt'), track('https://api.school.example/storage/fr.vtt')])).to.equal('anonymous');
  });
});
