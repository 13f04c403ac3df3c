/**
 * The media files of the seed's lectures, attached through the polymorphic `media` table
 * (`model_type` `App\Models\Lecture`):
 *
 * - every video lecture hosted by the school plays the same 12-second sample video
 *   (`sample-video.ts`), with English and French caption tracks (WebVTT);
 * - every `file` lecture offers its course's cheat sheet, a plain-text download.
 *
 * They live under `lectures/{lectureId}/` in the mock's storage, so `GET {baseUrl}/storage/...`
 * knows which lecture a file belongs to and refuses it to anyone the lecture is locked for (see
 * `handlers/media.ts`). Lectures on YouTube or Vimeo carry an `external_url` and no media.
 *
 * @module
 */
import { cheatSheetText } from './artwork.js';

/** The sample video: what the `media` rows say about it. Its bytes load on first use. */
export const SAMPLE_VIDEO = {
  fileName: 'sample-lecture.webm',
  mimeType: 'video/webm',
  /** Bytes; `lecture-media.test.ts` checks it against the decoded file. */
  size: 19_520,
  /** Seconds: the `duration_seconds` of every lecture that plays it. */
  durationSeconds: 12,
  width: 320,
  height: 180,
} as const;

/** The WebVTT caption tracks of the sample video, by language. */
export const SAMPLE_CAPTIONS = {
  en: {
    label: 'English',
    text: `WEBVTT

1
00:00:00.000 --> 00:00:03.000
Welcome to this CourseKit sample lecture.

2
00:00:03.000 --> 00:00:06.000
The timer shows how far the video has played.

3
00:00:06.000 --> 00:00:09.000
Seek anywhere: every second starts with a keyframe.

4
00:00:09.000 --> 00:00:12.000
That is the end of the sample. See you in the next lecture!
`,
  },
  fr: {
    label: 'Français',
    text: `WEBVTT

1
00:00:00.000 --> 00:00:03.000
Bienvenue dans cette leçon d’exemple de CourseKit.

2
00:00:03.000 --> 00:00:06.000
Le minuteur indique où en est la lecture.

3
00:00:06.000 --> 00:00:09.000
Avancez ou reculez librement\u00a0: chaque seconde commence par une image clé.

4
00:00:09.000 --> 00:00:12.000
C’est la fin de l’exemple. À bientôt dans la prochaine leçon\u00a0!
`,
  },
} as const;

/** A caption language of the sample video. */
export type CaptionLanguage = keyof typeof SAMPLE_CAPTIONS;

/** A `media` row to insert for a lecture, before ids and timestamps. */
export interface LectureMediaPlan {
  path: string;
  file_name: string;
  mime_type: string;
  size: number;
  meta: Record<string, unknown> | null;
}

/** Where a lecture's files live in the mock's storage. */
export function lectureFolder(lectureId: number): string {
  return `lectures/${lectureId}`;
}

const encoder = new TextEncoder();

/** The sample video and its caption tracks, as media rows of a video lecture. */
export function videoLectureMedia(lectureId: number): LectureMediaPlan[] {
  const folder = lectureFolder(lectureId);
  const stem = SAMPLE_VIDEO.fileName.replace(/\.webm$/, '');
  return [
    {
      path: `${folder}/${SAMPLE_VIDEO.fileName}`,
      file_name: SAMPLE_VIDEO.fileName,
      mime_type: SAMPLE_VIDEO.mimeType,
      size: SAMPLE_VIDEO.size,
      meta: { width: SAMPLE_VIDEO.width, height: SAMPLE_VIDEO.height, duration_seconds: SAMPLE_VIDEO.durationSeconds },
    },
    ...(Object.keys(SAMPLE_CAPTIONS) as CaptionLanguage[]).map((srclang) => ({
      path: `${folder}/${stem}.${srclang}.vtt`,
      file_name: `${stem}.${srclang}.vtt`,
      mime_type: 'text/vtt',
      size: encoder.encode(SAMPLE_CAPTIONS[srclang].text).length,
      meta: { kind: 'captions', srclang, label: SAMPLE_CAPTIONS[srclang].label },
    })),
  ];
}

/** The course's cheat sheet, as the media row of a `file` lecture. */
export function fileLectureMedia(lectureId: number, course: { slug: string; title: string; topic: string }): LectureMediaPlan {
  const fileName = `${course.slug}-cheat-sheet.txt`;
  return {
    path: `${lectureFolder(lectureId)}/${fileName}`,
    file_name: fileName,
    mime_type: 'text/plain',
    size: encoder.encode(cheatSheetText(course.title, course.topic)).length,
    meta: null,
  };
}

/** What a path under `lectures/{id}/` holds, read from its file name; `undefined` for anything else. */
export type LectureFile =
  | { kind: 'video' }
  | { kind: 'captions'; srclang: CaptionLanguage }
  | { kind: 'cheat-sheet'; courseSlug: string };

/** Parses a storage path of a lecture file: the lecture's id and what the file is. */
export function parseLectureFilePath(path: string): { lectureId: number; file: LectureFile } | undefined {
  const match = /^lectures\/(\d+)\/([\w.-]+)$/.exec(path);
  if (!match) return undefined;
  const lectureId = Number(match[1]);
  const name = match[2]!;
  if (name === SAMPLE_VIDEO.fileName) return { lectureId, file: { kind: 'video' } };
  const captions = /^sample-lecture\.(\w+)\.vtt$/.exec(name);
  if (captions && captions[1]! in SAMPLE_CAPTIONS) return { lectureId, file: { kind: 'captions', srclang: captions[1] as CaptionLanguage } };
  const sheet = /^([a-z0-9-]+)-cheat-sheet\.txt$/.exec(name);
  if (sheet) return { lectureId, file: { kind: 'cheat-sheet', courseSlug: sheet[1]! } };
  return undefined;
}

let videoBytes: Promise<Uint8Array> | undefined;

/** The sample video's bytes, decoded once, from a module loaded on first use (it is 26 KB of base64). */
export function sampleVideoBytes(): Promise<Uint8Array> {
  videoBytes ??= import('./sample-video.js').then(({ SAMPLE_VIDEO_BASE64 }) => {
    const binary = atob(SAMPLE_VIDEO_BASE64.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  });
  return videoBytes;
}
