/**
 * What a lecture plays: its video file and caption tracks (the lecture's `media`), or the
 * privacy-friendly embed of a YouTube or Vimeo `external_url`. Shared by the syllabus's preview,
 * the course header's preview video and the player.
 *
 * @module
 */
import type { Lecture, Media } from '@coursekit/sdk';

/** A lecture with the media files the server attaches to it (video, captions, downloads). */
export type LectureWithMedia = Lecture & { media?: Media[] | null | undefined };

/** A caption track of a lecture's video. */
export interface Captions {
  /** `subtitles` when the media says so (`meta.kind`); captions otherwise. */
  kind?: 'subtitles';
  src: string;
  srclang: string;
  label: string;
}

/** The URL of a media file, when it is one the browser can load (not a bare storage path). */
function mediaUrl(media: Media): string | undefined {
  const source = media.url ?? media.path;
  return /^(https?:|blob:|data:|\/)/.test(source) ? source : undefined;
}

/** The video id of a YouTube watch, share, embed or Shorts URL. */
export function youTubeId(url: string): string | undefined {
  return /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([\w-]{11})(?![\w-])/.exec(url)?.[1];
}

/** The video id of a Vimeo page or player URL. */
export function vimeoId(url: string): string | undefined {
  return /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?(\d+)(?!\w)/.exec(url)?.[1];
}

/**
 * The embed URL of a lecture on YouTube (youtube-nocookie.com) or Vimeo (`dnt=1`), set to play
 * at once: it is loaded only after the learner asked for the video.
 */
export function embedUrl(lecture: Pick<Lecture, 'external_url'>): string | undefined {
  const url = lecture.external_url ?? '';
  const youTube = youTubeId(url);
  if (youTube) return `https://www.youtube-nocookie.com/embed/${youTube}?autoplay=1&rel=0`;
  const vimeo = vimeoId(url);
  return vimeo ? `https://player.vimeo.com/video/${vimeo}?dnt=1&autoplay=1` : undefined;
}

/** The YouTube or Vimeo embed of a lecture: the provider's name (to say where it loads from) and the embed URL. */
export function embedOf(lecture: Pick<Lecture, 'external_url'>): { provider: 'YouTube' | 'Vimeo'; src: string } | undefined {
  const src = embedUrl(lecture);
  return src ? { provider: src.startsWith('https://www.youtube-nocookie.com/') ? 'YouTube' : 'Vimeo', src } : undefined;
}

/** The lecture's video file (`src` and MIME `type`): its first `video/*` media, else an `external_url` that is a video file. */
export function videoOf(lecture: LectureWithMedia): { src: string; type?: string } | undefined {
  for (const media of lecture.media ?? []) {
    const src = mediaUrl(media);
    if (src && media.mime_type?.startsWith('video/')) return { src, type: media.mime_type };
  }
  const external = lecture.external_url;
  return external && /^https?:\/\/[^?#]+\.(?:mp4|webm|ogv|mov)(?:[?#]|$)/i.test(external) ? { src: external } : undefined;
}

/** The lecture's WebVTT caption tracks (`text/vtt` media with `meta.srclang` and `meta.label`). */
export function captionsOf(lecture: LectureWithMedia): Captions[] {
  return (lecture.media ?? []).flatMap((media) => {
    const src = mediaUrl(media);
    const srclang = media.meta?.['srclang'];
    if (!src || media.mime_type !== 'text/vtt' || typeof srclang !== 'string') return [];
    const label = media.meta?.['label'];
    const track: Captions = { src, srclang, label: typeof label === 'string' ? label : srclang };
    if (media.meta?.['kind'] === 'subtitles') track.kind = 'subtitles';
    return [track];
  });
}

/**
 * The `crossorigin` a `<video>` needs for `tracks`: `anonymous` when a caption file is on another
 * origin than the page (a WordPress site with its API elsewhere), since the browser fetches tracks
 * in the video's CORS mode and refuses a cross-origin one without it; otherwise none, so a video
 * served without CORS headers from the page's own origin still plays.
 */
export function crossOriginOf(tracks: readonly Captions[]): 'anonymous' | undefined {
  return tracks.some((track) => new URL(track.src, document.baseURI).origin !== location.origin) ? 'anonymous' : undefined;
}
