/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The CourseKit API's base URL (default `/api/v1`). */
  readonly VITE_COURSEKIT_API?: string;
}
