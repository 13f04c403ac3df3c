/**
 * The parts of the OpenAPI 3.1 object model this project emits. Schemas stay open records:
 * they are JSON Schema 2020-12 as zod generates it.
 *
 * @module
 */

/** A JSON Schema (2020-12) object. */
export type JsonSchema = { [keyword: string]: unknown };

/** A reference to a reusable component. */
export interface Reference {
  $ref: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
}

export interface MediaType {
  schema: JsonSchema;
}

export interface Response {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Record<string, string[]>[];
  /** Who may call the operation: `public`, `learner`, `instructor` or `admin`. */
  'x-coursekit-auth': string;
  /** The SDK calls that use this operation. */
  'x-coursekit-sdk': string[];
  parameters?: (Parameter | Reference)[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response | Reference>;
  /** SDK usage examples, in the shape Redoc and other renderers read. */
  'x-codeSamples'?: { lang: string; label: string; source: string }[];
}

export interface OpenAPIDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string; variables: Record<string, { default: string }> }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
    parameters: Record<string, Parameter>;
    securitySchemes: Record<string, JsonSchema>;
  };
}
