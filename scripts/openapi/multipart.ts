/**
 * The one request body the SDK does not describe with zod: `POST /media` is `multipart/form-data`
 * built from the `MediaUploadParams` interface (a `Blob` is not JSON). This schema mirrors that
 * interface field for field, as the form arrives on the wire.
 *
 * @module
 */
import * as z from 'zod/mini';

/** `POST /media` form fields. `meta` is a JSON object serialized as a string. */
export const MediaUploadForm = z.object({
  file: z.file(),
  file_name: z.optional(z.string()),
  model_type: z.optional(z.string()),
  model_id: z.optional(z.number().check(z.int(), z.positive())),
  meta: z.optional(z.string()),
});
