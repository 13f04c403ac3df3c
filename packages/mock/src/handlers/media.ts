/**
 * Media: `POST /media` (multipart upload attached polymorphically to a course, lecture or user),
 * `DELETE /media/{id}`, and `GET {baseUrl}/storage/{path}`, which serves uploaded files, the
 * seed's generated artwork (course covers, avatars) and its lecture files (the sample video with
 * its caption tracks, cheat sheets). Uploads live in memory: they survive neither a reload nor
 * `reset()`, their rows do.
 *
 * A lecture's files (`lectures/{id}/...`) are served only with the signature of the URL the API
 * handed out (to whoever may open the lecture: see `domain/signed-urls.ts`) or to a signed-in
 * user the lecture is open to (session cookie or bearer token); anyone else gets 403. The video
 * answers `Range` requests (206), so a player can seek before it has downloaded the whole file.
 *
 * Stored files are served from the API's own origin, so none of them may become a page that runs
 * script there: SVG uploads are refused (as Laravel's `image` rule refuses SVG), and every file,
 * uploaded or generated, is served with `X-Content-Type-Options: nosniff` and a sandboxing
 * `Content-Security-Policy`. A stored type that is not known to be inert is served as an attachment.
 *
 * @module
 */
import { canOpenLecture, canViewCourse, isCourseStaff } from '../domain/access.js';
import { randomToken } from '../domain/identifiers.js';
import { MORPH_TYPES, type MorphType } from '../domain/morphs.js';
import { hasValidSignature } from '../domain/signed-urls.js';
import { slugify } from '../domain/slugs.js';
import { avatarSvg, cheatSheetText, coverSvg } from '../seed-data/artwork.js';
import { COURSES } from '../seed-data/catalog.js';
import { SAMPLE_CAPTIONS, SAMPLE_VIDEO, parseLectureFilePath, sampleVideoBytes } from '../seed-data/lecture-media.js';
import { forbidden, notFound, validationError } from '../http/errors.js';
import type { RequestContext, Router } from '../http/router.js';
import { media } from '../serializers/catalog.js';
import { courseOfLecture, created, currentUser, findOrFail, noContent } from './support.js';

/** The largest upload, as Laravel's `max:10240` (kilobytes) rule. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * The largest multipart body `POST /media` reads (PHP's `post_max_size`): the file plus 1 MiB for
 * the other fields. A bigger body is refused with 413 before it is parsed.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;
/**
 * What `POST /media` accepts: raster images (as Laravel's `image` rule, which refuses SVG: an SVG
 * is a document that can run script), video, audio, PDF and plain text. These are also the types
 * served inline; any other stored type is served as an attachment.
 */
const ACCEPTED_TYPES = /^(image\/(jpeg|png|gif|webp|bmp|avif)|video\/[\w.+-]+|audio\/[\w.+-]+|text\/plain|application\/pdf)$/;
/** Control characters and bidirectional overrides/isolates, which disguise a file name (`gpj.exe` shown as `exe.jpg`). */
const UNSAFE_NAME = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * The headers a stored file is served with. `nosniff` holds the browser to the declared type; the
 * sandbox CSP leaves a file opened on its own (a top-level navigation) without script, plugins,
 * forms or same-origin access, so even a hostile file cannot act as the API's origin. SVG keeps
 * its inline styles. An uploaded file of a type `POST /media` does not accept (stored some other
 * way) is served as an attachment, named `uploadName`.
 */
export function storageHeaders(type: string, uploadName?: string): Record<string, string> {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  const svg = essence === 'image/svg+xml';
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': svg ? "sandbox; default-src 'none'; style-src 'unsafe-inline'" : "sandbox; default-src 'none'",
  };
  if (uploadName !== undefined && !ACCEPTED_TYPES.test(essence)) {
    headers['Content-Disposition'] = `attachment; filename="${uploadName.replace(/[^\w.-]+/g, '-')}"`;
  }
  return headers;
}

/** Whether the caller may attach files to, or remove files from, this model. */
function canManage(ctx: RequestContext, modelType: string | null, modelId: number | null): boolean {
  const user = currentUser(ctx);
  if (user.role === 'admin') return true;
  if (modelType === MORPH_TYPES.course && modelId !== null) return isCourseStaff(ctx.db, user, modelId);
  if (modelType === MORPH_TYPES.lecture && modelId !== null) {
    const lecture = ctx.db.find('lectures', modelId);
    const section = lecture ? ctx.db.find('sections', lecture.section_id) : undefined;
    return section !== undefined && isCourseStaff(ctx.db, user, section.course_id);
  }
  if (modelType === MORPH_TYPES.user) return modelId === user.id;
  // Unattached files belong to nobody in particular: only admins manage them.
  return false;
}

function modelExists(ctx: RequestContext, modelType: MorphType, modelId: number): boolean {
  if (modelType === MORPH_TYPES.course) return ctx.db.find('courses', modelId) !== undefined;
  if (modelType === MORPH_TYPES.lecture) return ctx.db.find('lectures', modelId) !== undefined;
  return ctx.db.find('users', modelId) !== undefined;
}

/** Reads and checks the multipart fields of the SDK's `MediaUploadParams`. */
function readUpload(ctx: RequestContext) {
  const form = ctx.body instanceof FormData ? ctx.body : new FormData();
  const errors: Record<string, string[]> = {};
  const file = form.get('file');
  if (!(file instanceof Blob)) errors['file'] = ['The file field is required.'];
  else if (file.size > MAX_UPLOAD_BYTES) errors['file'] = ['The file field must not be greater than 10240 kilobytes.'];
  else if (!ACCEPTED_TYPES.test(file.type)) errors['file'] = ['The file field must be a file of type: jpg, png, gif, webp, bmp, avif, video, audio, pdf, txt.'];
  const modelType = form.get('model_type');
  const modelIdText = form.get('model_id');
  const modelId = typeof modelIdText === 'string' && /^\d+$/.test(modelIdText) ? Number(modelIdText) : null;
  if (modelType !== null && !(Object.values(MORPH_TYPES) as string[]).includes(String(modelType))) errors['model_type'] = ['The selected model type is invalid.'];
  else if (modelType !== null && modelId === null) errors['model_id'] = ['The model id field is required when model type is present.'];
  else if (modelType !== null && modelId !== null && !modelExists(ctx, modelType as MorphType, modelId)) errors['model_id'] = ['The selected model id is invalid.'];
  let meta: Record<string, unknown> | null = null;
  const metaText = form.get('meta');
  if (typeof metaText === 'string' && metaText) {
    try {
      const parsed = JSON.parse(metaText) as unknown;
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object');
      meta = parsed as Record<string, unknown>;
    } catch {
      errors['meta'] = ['The meta field must be a valid JSON string.'];
    }
  }
  const fileName = form.get('file_name');
  const upload = file as Blob & { name?: string };
  const name = typeof fileName === 'string' && fileName ? fileName : (upload.name ?? 'upload');
  if (UNSAFE_NAME.test(name)) errors['file_name'] = ['The file name field format is invalid.'];
  if (Object.keys(errors).length) throw validationError(errors);
  return { file: upload, name, modelType: modelType === null ? null : String(modelType), modelId, meta };
}

/** Generated files of the seed: covers and avatars. */
function generatedFile(ctx: RequestContext, path: string): Response | undefined {
  const cover = /^covers\/([a-z0-9-]+)\.svg$/.exec(path);
  if (cover) {
    const course = ctx.db.first('courses', (row) => row.slug === cover[1], { withTrashed: true });
    return course ? new Response(coverSvg(course.slug, course.title), { headers: storageHeaders('image/svg+xml') }) : undefined;
  }
  const avatar = /^avatars\/([\w.-]+)\.svg$/.exec(path);
  if (avatar) {
    const user = ctx.db.first('users', (row) => row.username === avatar[1], { withTrashed: true });
    return user ? new Response(avatarSvg(user.name), { headers: storageHeaders('image/svg+xml') }) : undefined;
  }
  return undefined;
}

/**
 * A lecture's file, `lectures/{id}/{name}`: its media row must still exist, and the request must
 * carry the URL's signature or come from a user the lecture is open to (else 403).
 */
function lectureFile(ctx: RequestContext, path: string): Response | undefined {
  const parsed = parseLectureFilePath(path);
  if (!parsed) return undefined;
  const lecture = ctx.db.find('lectures', parsed.lectureId);
  const row = ctx.db.first('media', (file) => file.path === path);
  if (!lecture || !row || row.model_type !== MORPH_TYPES.lecture || row.model_id !== lecture.id) return undefined;
  const course = courseOfLecture(ctx, lecture);
  const signed = hasValidSignature(ctx.app.urlKey, path, ctx.url.searchParams.get('signature'));
  const open = course.deleted_at === null && canViewCourse(ctx.db, ctx.user, course) && canOpenLecture(ctx.db, ctx.user, lecture, course.id);
  if (!signed && !open) throw forbidden('Enroll in this course to open this lecture.');
  const { file } = parsed;
  if (file.kind === 'video') return videoResponse(ctx.request);
  if (file.kind === 'captions') return new Response(SAMPLE_CAPTIONS[file.srclang].text, { headers: storageHeaders('text/vtt; charset=utf-8') });
  const blueprint = COURSES.find((candidate) => slugify(candidate.title) === file.courseSlug);
  if (!blueprint) return undefined;
  const headers = { ...storageHeaders('text/plain; charset=utf-8'), 'Content-Disposition': `attachment; filename="${row.file_name ?? 'cheat-sheet.txt'}"` };
  return new Response(cheatSheetText(blueprint.title, blueprint.topic), { headers });
}

/**
 * The sample video, whole or the one byte range a `Range: bytes=...` header asks for (206). Its
 * bytes load on the first request, inside the body stream, so the handler itself stays synchronous.
 */
function videoResponse(request: Request): Response {
  const size = SAMPLE_VIDEO.size;
  const range = byteRange(request.headers.get('range'), size);
  const headers: Record<string, string> = { ...storageHeaders(SAMPLE_VIDEO.mimeType), 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  const [start, end] = range ?? [0, size - 1];
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue((await sampleVideoBytes()).slice(start, end + 1));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  headers['Content-Length'] = String(end - start + 1);
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  return new Response(body, { status: range ? 206 : 200, headers });
}

/**
 * The first and last byte of a single-range `Range` header (`bytes=0-`, `bytes=100-199`,
 * `bytes=-500`); `null` for none, or for one this server ignores (several ranges, another unit),
 * which then gets the whole file; `'unsatisfiable'` for a range that starts past the end (416).
 */
export function byteRange(header: string | null, size: number): [number, number] | null | 'unsatisfiable' {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return end < start ? null : [start, end];
}

export function mediaRoutes(router: Router): void {
  router.add('post', '/media', 'instructor', (ctx) => {
    const upload = readUpload(ctx);
    if (!canManage(ctx, upload.modelType, upload.modelId)) throw forbidden('You cannot attach files to this model.');
    const now = ctx.db.now();
    // Kept short enough for the path to fit its string(255) column.
    const safeName = upload.name.replace(/[^\w.-]+/g, '-').slice(-100);
    const path = `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomToken(16)}-${safeName}`;
    const row = ctx.db.insert('media', {
      path,
      file_name: upload.name,
      mime_type: upload.file.type || 'application/octet-stream',
      size: upload.file.size,
      model_type: upload.modelType,
      model_id: upload.modelId,
      meta: upload.meta,
    });
    // The bytes were read before the handler ran (see `readBody`); keep them for `/storage`.
    ctx.app.files.set(path, { bytes: ctx.uploads.get(upload.file) ?? new ArrayBuffer(0), type: row.mime_type ?? 'application/octet-stream', name: safeName });
    return created(media(row, ctx.view));
  }, { maxBodyBytes: MAX_UPLOAD_BODY_BYTES });

  router.add('delete', '/media/:media', 'instructor', (ctx) => {
    const row = findOrFail(ctx, 'media', 'media', 'Media');
    if (!canManage(ctx, row.model_type, row.model_id)) throw forbidden('You cannot remove this file.');
    ctx.db.delete('media', row.id);
    ctx.app.files.delete(row.path);
    return noContent();
  });

  router.add('get', '/storage/*', 'public', (ctx) => {
    const path = decodeURIComponent(ctx.url.pathname.slice(new URL(ctx.apiUrl).pathname.length + '/storage/'.length));
    const uploaded = ctx.app.files.get(path);
    if (uploaded) return new Response(uploaded.bytes, { headers: storageHeaders(uploaded.type, uploaded.name) });
    const file = generatedFile(ctx, path) ?? lectureFile(ctx, path);
    if (!file) throw notFound('Media', path);
    return file;
  });
}
