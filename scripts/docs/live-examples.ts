/**
 * The live example of each element's page: markup that runs against the in-browser reference
 * backend (`/cdn/coursekit-mock.js`, a `<ckit-provider base-url="mock:">` around it), with
 * values from its seed (course slugs, the demo learner's quiz and certificate). Links point at
 * the school example served by the same server, so following one lands on a real page.
 *
 * @module
 */

/** Whether an example needs the demo learner (`student@coursekit.test`) signed in. */
export type LearnerNeed = 'none' | 'optional' | 'required';

/** One element's live example. */
export interface LiveExample {
  /** The markup inside the provider (or the provider itself, for `ckit-provider`). */
  readonly markup: string;
  /** `required`: signed out it shows its sign-in state; `optional`: it does more for a learner. */
  readonly learner: LearnerNeed;
  /** What the reader sees, in one or two sentences (inline Markdown). */
  readonly note?: string;
  /** The example is the provider itself, so it is not wrapped in another one. */
  readonly isProvider?: boolean;
  /** Lay the example out at a card's width rather than the page's. */
  readonly narrow?: boolean;
}

/** The seed's demo learner, as the mock's README lists it. */
export const DEMO_LEARNER = { email: 'student@coursekit.test', password: 'password', name: 'Sam Rivera' } as const;

const COURSE = 'modern-javascript-from-scratch';
const PAID_COURSE = 'typescript-for-javascript-developers';
const COURSE_PAGE = '/school/course.html?slug={slug}';
const LEARN_PAGE = '/school/learn.html?slug={slug}';
const CHECKOUT_PAGE = '/school/checkout.html';
const CERTIFICATE_PAGE = '/school/certificate.html?certificate={number}';

/** Live examples by tag; `examples.test.ts` checks there is one for every element of the manifest. */
export const LIVE_EXAMPLES: Readonly<Record<string, LiveExample>> = {
  'ckit-provider': {
    isProvider: true,
    learner: 'none',
    markup: `<ckit-provider base-url="mock:" locale="fr" currency="EUR">\n  <ckit-course-card course-slug="${COURSE}" heading-level="3"></ckit-course-card>\n</ckit-provider>`,
    note: 'A provider speaking French with prices in euros: every element inside it follows. On your site, `base-url` is your API, e.g. `https://school.example/api/v1`.',
    narrow: true,
  },
  'ckit-course-card': {
    learner: 'optional',
    markup: `<ckit-course-card course-slug="${COURSE}" href-template="${COURSE_PAGE}" heading-level="3"></ckit-course-card>`,
    note: 'Signed in, the demo learner also sees their progress in this course.',
    narrow: true,
  },
  'ckit-course-catalog': {
    learner: 'none',
    markup: `<ckit-course-catalog per-page="4" sort="-rating" heading-level="3" href-template="${COURSE_PAGE}"></ckit-course-catalog>`,
  },
  'ckit-course-details': {
    learner: 'none',
    markup: `<ckit-course-details course-slug="${COURSE}" heading-level="3" no-json-ld provider-name="Northwind Academy"></ckit-course-details>`,
  },
  'ckit-course-curriculum': {
    learner: 'optional',
    markup: `<ckit-course-curriculum course-slug="${COURSE}" heading-level="3" resume-href-template="${LEARN_PAGE}&amp;lecture={lectureId}"></ckit-course-curriculum>`,
    note: 'Signed in, the lectures the demo learner completed are ticked and a link resumes the course.',
  },
  'ckit-course-reviews': {
    learner: 'optional',
    markup: `<ckit-course-reviews course-slug="html-css-for-absolute-beginners" per-page="3"></ckit-course-reviews>`,
    note: 'Signed out, the form says why you cannot review; the demo learner completed this course and can edit their review.',
  },
  'ckit-instructor-profile': {
    learner: 'none',
    markup: `<ckit-instructor-profile instructor-slug="ines-ortega" heading-level="3" max-courses="2" course-href-template="${COURSE_PAGE}"></ckit-instructor-profile>`,
  },
  'ckit-enroll-button': {
    learner: 'optional',
    markup: `<ckit-enroll-button course-slug="${PAID_COURSE}" checkout-href="${CHECKOUT_PAGE}" learn-href-template="${LEARN_PAGE}"></ckit-enroll-button>`,
    note: 'A paid course the demo learner does not own: "Add to cart" and "Buy now".',
  },
  'ckit-wishlist-button': {
    learner: 'optional',
    markup: `<ckit-wishlist-button course-id="3"></ckit-wishlist-button>`,
    note: 'Signed out, pressing it asks you to sign in (`ckit-sign-in-request`); the demo learner has saved this course.',
  },
  'ckit-wishlist': {
    learner: 'required',
    markup: `<ckit-wishlist href-template="${COURSE_PAGE}"></ckit-wishlist>`,
    note: 'Signed out it shows its sign-in state; sign in to see the demo learner\'s three saved courses.',
  },
  'ckit-cart-button': {
    learner: 'none',
    markup: `<ckit-cart-button checkout-href="${CHECKOUT_PAGE}" href-template="${COURSE_PAGE}"></ckit-cart-button>\n<ckit-course-card course-slug="${PAID_COURSE}" add-to-cart no-wishlist heading-level="3"></ckit-course-card>`,
    note: 'Add the course to the cart with the card\'s button, then open the cart with the bag.',
    narrow: true,
  },
  'ckit-cart': {
    learner: 'none',
    markup: `<ckit-cart-button checkout-href="${CHECKOUT_PAGE}" href-template="${COURSE_PAGE}"></ckit-cart-button>\n<ckit-course-card course-slug="${PAID_COURSE}" add-to-cart no-wishlist heading-level="3"></ckit-course-card>`,
    note: 'The cart is a drawer: `<ckit-cart-button>` opens it (add the course first). Use `<ckit-cart>` alone with your own button and its `show()` method.',
    narrow: true,
  },
  'ckit-checkout': {
    learner: 'optional',
    markup: `<ckit-checkout gateway="test" course-ids="2" catalog-href="/school/" learn-href-template="${LEARN_PAGE}"></ckit-checkout>`,
    note: 'Buying one paid course with the reference backend\'s test gateway (card `4242 4242 4242 4242`). Signed out, the checkout asks you to sign in before paying.',
  },
  'ckit-curriculum-player': {
    learner: 'optional',
    markup: `<ckit-curriculum-player course-slug="${COURSE}" heading-level="3" certificate-href="${CERTIFICATE_PAGE}"></ckit-curriculum-player>`,
    note: 'Signed out, the player is in preview mode: free lectures play, the others call to enroll. The demo learner is enrolled and resumes where they left off.',
  },
  'ckit-quiz': {
    learner: 'required',
    markup: `<ckit-quiz quiz-id="1"></ckit-quiz>`,
    note: 'The quiz of "Modern JavaScript from Scratch". It is for signed-in learners: a visitor is asked to sign in. Sign in as the demo learner, who is enrolled, to answer it.',
  },
  'ckit-my-learning': {
    learner: 'required',
    markup: `<ckit-my-learning heading-level="3" learn-href-template="${LEARN_PAGE}" certificate-href-template="${CERTIFICATE_PAGE}" catalog-href="/school/"></ckit-my-learning>`,
    note: 'Signed out it shows its sign-in state; the demo learner has courses in progress, a completed one and a refund.',
  },
  'ckit-order-history': {
    learner: 'required',
    markup: `<ckit-order-history heading-level="3" catalog-href="/school/"></ckit-order-history>`,
    note: 'Signed out it shows its sign-in state; the demo learner has paid, refunded and cancelled orders.',
  },
  'ckit-profile': {
    learner: 'required',
    markup: `<ckit-profile></ckit-profile>`,
    note: 'Signed out it shows its sign-in state; signed in, the demo learner edits their profile (kept in this browser).',
  },
  'ckit-notifications': {
    learner: 'required',
    markup: `<ckit-notifications></ckit-notifications>`,
    note: 'Signed out it renders nothing (a visitor has no notifications); sign in to see the bell with the demo learner\'s unread count.',
  },
  'ckit-login': {
    learner: 'none',
    markup: `<ckit-login></ckit-login>`,
    note: `Sign in with \`${DEMO_LEARNER.email}\` and \`${DEMO_LEARNER.password}\`, or create an account: it is kept in this browser.`,
  },
  'ckit-certificate': {
    learner: 'none',
    markup: `<ckit-certificate certificate-number="CERT-2025-069C4E2F" heading-level="3" organization-name="Northwind Academy" verify-href-template="/school/verify.html?certificate={number}" course-href-template="${COURSE_PAGE}"></ckit-certificate>`,
    note: 'The demo learner\'s certificate: anyone may view it.',
  },
  'ckit-certificate-verify': {
    learner: 'none',
    markup: `<ckit-certificate-verify certificate-number="CERT-2025-069C4E2F"></ckit-certificate-verify>`,
  },
};

/** The example of `tag`, or its bare tag when none is written yet. */
export function liveExampleOf(tag: string): LiveExample {
  return LIVE_EXAMPLES[tag] ?? { learner: 'none', markup: `<${tag}></${tag}>` };
}

/** The full snippet a reader copies: the provider around the example (unless it is one). */
export function exampleSnippet(example: LiveExample): string {
  if (example.isProvider) return example.markup;
  const inner = example.markup
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `<ckit-provider base-url="mock:">\n${inner}\n</ckit-provider>`;
}
