import type { Course } from '@coursekit/sdk';
import type { CatalogQuery } from '@coursekit/elements';
import { useState } from 'react';

/** The API the provider talks to; `npm run dev` proxies `/api` to the reference backend. */
const baseUrl = import.meta.env.VITE_COURSEKIT_API ?? '/api/v1';

type Route = { page: 'catalog' } | { page: 'course'; course: Pick<Course, 'id' | 'slug' | 'title'> };

/**
 * A catalog and a course page, switched by state. React 19 sets the elements' properties and
 * listens to their events natively: `onckit-navigate-request` is `addEventListener('ckit-navigate-request', …)`,
 * and its `event.detail` is typed by the generated `@coursekit/elements/react` types.
 */
export function App() {
  const [route, setRoute] = useState<Route>({ page: 'catalog' });
  const [query, setQuery] = useState<Readonly<CatalogQuery> | null>(null);

  return (
    <ckit-provider base-url={baseUrl}>
      <header>
        <a
          href="/"
          onClick={(event) => {
            event.preventDefault();
            setRoute({ page: 'catalog' });
          }}
        >
          All courses
        </a>
        {route.page === 'catalog' && query?.search ? <p role="status">Searching for “{query.search}”</p> : null}
      </header>
      <main>
        {route.page === 'catalog' ? (
          <ckit-course-catalog
            per-page={12}
            href-template="/courses/{slug}"
            onckit-filter-change={(event) => setQuery(event.detail.query)}
            onckit-navigate-request={(event) => {
              // Route in the app instead of following the link.
              event.preventDefault();
              const { id, slug, title } = event.detail.course;
              setRoute({ page: 'course', course: { id, slug, title } });
            }}
          />
        ) : (
          <>
            <ckit-course-details
              course-slug={route.course.slug}
              onckit-course-load={(event) => {
                document.title = event.detail.course.title;
              }}
            />
            <ckit-course-reviews course-slug={route.course.slug} />
          </>
        )}
      </main>
    </ckit-provider>
  );
}
