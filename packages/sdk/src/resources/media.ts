import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Media } from '../generated/validators.js';
import { anyBody, resource } from '../core/validator.js';
import type { MediaUploadParams } from '../schemas/params.js';

/** Media files (course covers, lecture attachments), attached to a model polymorphically. */
export class MediaFiles extends APIResource {
  /**
   * Uploads a file as `multipart/form-data`. `POST /media`
   *
   * `meta` travels as a JSON string, since a form field cannot carry an object.
   *
   * @throws {ValidationError} 422 when the file is missing, too large or of a refused type.
   *
   * @example
   * ```ts
   * const [file] = input.files;
   * const media = await ck.media.upload({ file, model_type: 'App\\Models\\Course', model_id: 42, meta: { alt: 'Course cover' } });
   * ```
   */
  upload(params: MediaUploadParams, options?: RequestOptions): Promise<Media> {
    return this._client.post('media', { ...options, body: toFormData(params), schema: resource(Media) });
  }

  /**
   * Deletes a media file. `DELETE /media/{id}`
   *
   * @example
   * ```ts
   * await ck.media.delete(97);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`media/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}

function toFormData(params: MediaUploadParams): FormData {
  const form = new FormData();
  // A File keeps its own name; a bare Blob would arrive as "blob", so file_name names the part too.
  if (params.file_name === undefined) form.append('file', params.file);
  else form.append('file', params.file, params.file_name);
  if (params.file_name !== undefined) form.append('file_name', params.file_name);
  if (params.model_type !== undefined) form.append('model_type', params.model_type);
  if (params.model_id !== undefined) form.append('model_id', String(params.model_id));
  if (params.meta !== undefined) form.append('meta', JSON.stringify(params.meta));
  return form;
}
