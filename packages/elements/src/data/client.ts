/**
 * The SDK client the elements need: the resources they call and `auth`, each built on first use.
 * The provider builds this one rather than `new CourseKit()`, so a page ships these resources'
 * classes and schemas only (orders, quizzes, media... stay out of the bundle). A `CourseKit` is
 * an `ElementsClient` too: set `client` on the provider to use every resource from one client.
 *
 * @module
 */
import { Auth, Categories, Courses, Curriculum, Enrollments, Me, Progress, Reviews, Tags, Wishlists, createClient, type ClientOptions, type ClientWith } from '@coursekit/sdk';

const ELEMENT_RESOURCES = {
  auth: Auth,
  categories: Categories,
  courses: Courses,
  curriculum: Curriculum,
  enrollments: Enrollments,
  me: Me,
  progress: Progress,
  reviews: Reviews,
  tags: Tags,
  wishlist: Wishlists,
};

/** The part of the SDK client the elements use; `CourseKit` satisfies it. */
export type ElementsClient = ClientWith<typeof ELEMENT_RESOURCES>;

/** Builds the elements' client. */
export function createElementsClient(options: ClientOptions): ElementsClient {
  return createClient(options, ELEMENT_RESOURCES);
}
