/**
 * What `<ckit-curriculum-player>` reads and keeps: a lecture with its media, the learner's
 * certificates, the media a lecture plays or offers, and the learner's playback speed and last
 * lecture on this device.
 *
 * @module
 */
import { Certificates, Lectures, type Certificate, type Lecture, type Media, type Section } from '@coursekit/sdk';
import { enrollments } from '../../data/queries.js';
import { query, type Query } from '../../data/query.js';
import { readStored, writeStored } from '../../internal/device-storage.js';
import { captionsOf, embedOf, videoOf, type Captions } from '../../internal/lecture-media.js';

/** A lecture, with the media the server attaches to it (a video and its captions, a file). */
export type PlayerLecture = Lecture & { media?: Media[] | undefined };

/** A lecture with its content and media (`GET /lectures/{id}`, 403 when locked). */
export const lectureQuery = (lectureId: number): Query<PlayerLecture> =>
  query(['me', 'lecture', lectureId], 'user', ({ client }) => new Lectures(client.http).retrieve(lectureId));

/** The learner's certificates; read again whenever the enrollments change (a course completed). */
export const certificatesQuery: Query<Certificate[]> = query(['me', 'certificates'], 'user', async ({ client, read }) => {
  await read(enrollments);
  return new Certificates(client.http).list();
});

/** Every lecture of the curriculum, in order. */
export const lecturesOf = (sections: readonly Section[]): PlayerLecture[] => sections.flatMap((section) => section.lectures ?? []);

/** What a lecture plays or offers: a video source and its captions, an embed, or a file. */
export interface LectureMedia {
  video?: string | undefined;
  captions: Captions[];
  embed?: ReturnType<typeof embedOf>;
  file?: { url: string; name: string; type: string | null; size: number | null } | undefined;
}

/** The media of `lecture`: its `media` first, else its `external_url`. */
export function mediaOf(lecture: PlayerLecture): LectureMedia {
  const media = lecture.media ?? [];
  const captions = captionsOf(lecture);
  if (lecture.type === 'file') {
    const file = media.find((item) => item.url && item.mime_type !== 'text/vtt');
    const href = file?.url ?? lecture.external_url;
    return {
      captions,
      file: href ? { url: href, name: file?.file_name ?? href.split(/[?#]/)[0]!.split('/').pop()!, type: file?.mime_type ?? null, size: file?.size ?? null } : undefined,
    };
  }
  const embed = embedOf(lecture);
  return { captions, embed, video: videoOf(lecture)?.src ?? (embed ? undefined : lecture.external_url ?? undefined) };
}

/** The playback speed the learner chose last (1 by default). */
export const loadSpeed = (userId: number): number => readStored<number>(`ckit-player-speed:${userId}`) ?? 1;
/** Remembers the learner's playback speed. */
export const saveSpeed = (userId: number, rate: number): void => writeStored(`ckit-player-speed:${userId}`, rate);
/** The lecture the learner had open last in a course on this device. */
export const loadLastLecture = (userId: number, courseId: number): number | undefined => readStored<number>(`ckit-player-last:${userId}:${courseId}`);
/** Remembers the lecture open now. */
export const saveLastLecture = (userId: number, courseId: number, lectureId: number): void => writeStored(`ckit-player-last:${userId}:${courseId}`, lectureId);

/** `754` → `12:34`, `3723` → `1:02:03`. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`;
}
