/**
 * What the examples check visits: every example page (and a third-party page embedding the
 * drop-in) at two widths in the host's light and dark colour schemes, plus the school's two
 * pages signed in as the demo learner. The strict-CSP page signs itself in and has checks of
 * its own (sanitized review HTML, star widths).
 *
 * @module
 */
import { CSP_PAGE_CHECKS } from './page-checks.js';

/** A page to load: `path` is relative to the examples site, or to the embedding site when `embed`. */
export interface ExamplePage {
  /** Short identifier, used in screenshot file names. */
  readonly id: string;
  /** What a person would call it in a report. */
  readonly name: string;
  readonly path: string;
  /** Served by the second (third-party) origin rather than the examples site. */
  readonly embed?: boolean;
  /** The page has the school's "Sign in as the demo learner" button. */
  readonly canSignIn?: boolean;
  /**
   * The page must be served with a Content-Security-Policy that requires Trusted Types (else
   * its "no violations" would prove nothing).
   */
  readonly strictCsp?: boolean;
  /** Checks of what the page shows, run in the page once settled (see `page-checks.ts`). */
  readonly checks?: string;
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export type ColorScheme = 'light' | 'dark';

/** One load of one page in one browser set-up. */
export interface CheckCase {
  /** Unique, file-name safe: `school-catalog-1280-dark-signed-in`. */
  readonly id: string;
  /** Human-readable: `school catalog · 1280×900 · dark · signed in`. */
  readonly label: string;
  readonly page: ExamplePage;
  readonly viewport: Viewport;
  readonly scheme: ColorScheme;
  /** Sign in through the page's button, then reload: the checks apply to the reload. */
  readonly signedIn: boolean;
}

/** A course that exists in the reference backend's seed. */
export const COURSE_SLUG = 'modern-javascript-from-scratch';
/** The demo learner's certificate in the seed. */
export const CERTIFICATE_NUMBER = 'CERT-2025-069C4E2F';
/** An instructor of that course. */
export const INSTRUCTOR_SLUG = 'marcus-chen';

export const PAGES: readonly ExamplePage[] = [
  { id: 'home', name: 'examples home', path: '' },
  { id: 'school-catalog', name: 'school catalog', path: 'school/', canSignIn: true },
  { id: 'school-course', name: 'school course page', path: `school/course.html?slug=${COURSE_SLUG}`, canSignIn: true },
  { id: 'school-learn', name: 'school learn page', path: `school/learn.html?slug=${COURSE_SLUG}`, canSignIn: true },
  { id: 'school-checkout', name: 'school checkout (empty cart)', path: 'school/checkout.html', canSignIn: true },
  { id: 'school-account', name: 'school my learning and orders', path: 'school/account.html', canSignIn: true },
  { id: 'school-certificate', name: 'school certificate', path: `school/certificate.html?certificate=${CERTIFICATE_NUMBER}` },
  { id: 'school-verify', name: 'school certificate verification', path: `school/verify.html?certificate=${CERTIFICATE_NUMBER}` },
  { id: 'school-signin', name: 'school sign-in page', path: 'school/signin.html', canSignIn: true },
  { id: 'school-profile', name: 'school profile page', path: 'school/profile.html', canSignIn: true },
  { id: 'school-instructor', name: 'school instructor page', path: `school/instructor.html?slug=${INSTRUCTOR_SLUG}` },
  { id: 'drop-in', name: 'drop-in snippet', path: 'drop-in/' },
  // Signs the demo learner in by itself, so it is signed in at every width and scheme.
  { id: 'csp', name: 'strict Content-Security-Policy (signed in)', path: 'csp/', strictCsp: true, checks: CSP_PAGE_CHECKS },
  { id: 'embed', name: 'third-party embed (hostile CSS, dark, RTL)', path: 'embed.html', embed: true },
];

export const VIEWPORTS: readonly Viewport[] = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

export const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

function makeCase(page: ExamplePage, viewport: Viewport, scheme: ColorScheme, signedIn: boolean): CheckCase {
  const id = [page.id, viewport.width, scheme, ...(signedIn ? ['signed-in'] : [])].join('-');
  const label = [page.name, `${viewport.width}×${viewport.height}`, scheme, ...(signedIn ? ['signed in'] : [])].join(' · ');
  return { id, label, page, viewport, scheme, signedIn };
}

/** Every case, in the order they run and are reported. */
export function allCases(): CheckCase[] {
  const cases: CheckCase[] = [];
  for (const page of PAGES) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) cases.push(makeCase(page, viewport, scheme, false));
    }
  }
  for (const page of PAGES.filter((candidate) => candidate.canSignIn)) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) cases.push(makeCase(page, viewport, scheme, true));
    }
  }
  return cases;
}
