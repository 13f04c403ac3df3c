// The CSP page's own script: a file, since script-src 'self' runs no inline script. CourseKit is
// used only through public attributes, properties and the provider's client.
//
// 1. Signs the demo learner in, so the wishlist and the hearts show their saved courses.
// 2. Puts formatted HTML in the learner's review of "HTML & CSS for Absolute Beginners" (the seed's
//    reviews are plain text): the reviews widget must render it sanitized under Trusted Types.
//    Editing the learner's own review keeps the page repeatable: loading it twice changes nothing.
// 3. Adds the reviews widget for that course.

const COURSE_SLUG = 'html-css-for-absolute-beginners';
const REVIEW_HTML =
  '<p><strong style="color: red">Exactly the gentle start</strong> I was looking for.</p>' +
  '<p>The <em>layout exercises</em> are great; I kept <a href="https://developer.mozilla.org/docs/Web/CSS" onclick="return false">MDN</a> open next to them.</p>' +
  // Removed by the sanitizer: none of it may run, load, apply or show, nor be reported by the policy.
  '<img src="/no-such-image.png" alt="" onerror="document.title = \'XSS\'"><script>document.title = "XSS"</script><style>p { display: none }</style>';

const account = document.querySelector('#account');
// The card announces the course it loaded: its id without a second request for it.
const courseLoaded = new Promise((resolve) => {
  document.addEventListener('ckit-course-load', (event) => {
    if (event.detail.course.slug === COURSE_SLUG) resolve(event.detail.course);
  });
});

await customElements.whenDefined('ckit-provider');
const provider = document.querySelector('ckit-provider');
const client = provider.activeClient;

try {
  const { user } = await client.auth.login({ email: 'student@coursekit.test', password: 'password', device_name: 'coursekit-csp-demo' });
  account.textContent = `Signed in as ${user.name}`;
  provider.refresh();

  const course = await courseLoaded;
  // Another query than the widget's own (oldest first), so no answer is read twice.
  for await (const review of client.reviews.list(course.id, { per_page: 100, sort: 'created_at' })) {
    if (review.user_id !== user.id) continue;
    if (review.body !== REVIEW_HTML) await client.reviews.update(review.id, { body: REVIEW_HTML });
    break;
  }
} catch (error) {
  account.textContent = 'The demo learner could not sign in.';
  console.error('CourseKit CSP example:', error);
}

const reviews = document.createElement('ckit-course-reviews');
reviews.setAttribute('course-slug', COURSE_SLUG);
reviews.setAttribute('per-page', '5');
document.querySelector('#reviews').append(reviews);
