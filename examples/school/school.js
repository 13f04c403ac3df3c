// Northwind Academy's own glue, shared by its pages. CourseKit is used only through public
// attributes, properties and events; the rest is the school's business: which course a page
// shows, and a demo sign-in.

// --- Course and learn pages: the course comes from the address (course.html?slug=...) ---------
// Set before the elements are defined (this script loads before the drop-in), so they never
// render without a course.
const slug = new URLSearchParams(location.search).get('slug');
for (const element of document.querySelectorAll('[data-course-slug]')) element.setAttribute('course-slug', slug ?? '');
const backToCourse = document.querySelector('#back-to-course');
if (backToCourse && slug) backToCourse.href = `course.html?slug=${encodeURIComponent(slug)}`;
// The course elements tell the page which course they loaded: no second request for the title.
// (course.js adds the instructors' cards on the course page.)
document.addEventListener('ckit-course-load', (event) => {
  document.title = `${event.detail.course.title} · Northwind Academy`;
});

// --- Instructor and certificate pages: instructor.html?slug=..., certificate.html?certificate=...
const instructorSlug = new URLSearchParams(location.search).get('slug');
for (const element of document.querySelectorAll('[data-instructor-slug]')) element.setAttribute('instructor-slug', instructorSlug ?? '');
const certificateNumber = new URLSearchParams(location.search).get('certificate');
for (const element of document.querySelectorAll('[data-certificate-number]')) element.setAttribute('certificate-number', certificateNumber ?? '');

await customElements.whenDefined('ckit-provider');
const provider = document.querySelector('ckit-provider');

// --- Sign-in ---------------------------------------------------------------------------------
// The school serves its pages from the API's origin, so it uses Laravel Sanctum's cookie session
// (<ckit-provider with-credentials>): the browser keeps the learner signed in from page to page,
// and no token ever reaches a script or storage. signin.html has the real form (<ckit-login>);
// the header's button signs the demo learner in with one click.
const signIn = document.querySelector('#sign-in');
const signOut = document.querySelector('#sign-out');
const accountName = document.querySelector('#account-name');
const accountLinks = document.querySelectorAll('.signed-in-only');

function showAccount(user) {
  accountName.textContent = user ? `Signed in as ${user.name}` : '';
  signIn.hidden = Boolean(user);
  signOut.hidden = !user;
  for (const link of accountLinks) link.hidden = !user;
}

async function login() {
  signIn.disabled = true;
  try {
    const client = provider.activeClient;
    await client.auth.csrfCookie();
    const { user } = await client.auth.login({ email: 'student@coursekit.test', password: 'password', device_name: 'northwind-demo' });
    // The session cookie is the credential: the token the answer carried is not kept.
    client.setToken(null);
    showAccount(user);
    // The learner's data loads (enrollments, progress, wishlist); the catalog stays as it is. A
    // course the visitor tried to save before signing in is saved now.
    provider.refresh();
  } finally {
    signIn.disabled = false;
  }
}

async function logout() {
  await provider.activeClient.auth.logout().catch(() => {});
  showAccount(null);
  provider.refresh();
}

async function resume() {
  // Read through the elements' cache: the page and its elements share one GET /me.
  showAccount(await provider.session().catch(() => null));
}

// <ckit-login> and <ckit-profile> tell the page when the learner changes.
document.addEventListener('ckit-sign-in', (event) => showAccount(event.detail.user));
document.addEventListener('ckit-sign-out', () => showAccount(null));
document.addEventListener('ckit-profile-update', (event) => showAccount(event.detail.user));

signIn.addEventListener('click', login);
signOut.addEventListener('click', logout);

// A signed-out visitor pressed a wishlist heart or "Sign in to review": sign them in with the demo
// account instead of the default hint. The provider remembers what they were doing
// (event.detail.intent) and finishes it after sign-in. The checkout's request is left alone: it
// signs visitors in (or registers them) with its own form.
document.addEventListener('ckit-sign-in-request', (event) => {
  if (event.detail.reason === 'checkout') return;
  event.preventDefault();
  void login();
});

// The player's call to action on a locked lecture: the course page is where a visitor buys or
// enrolls, so send them there.
document.addEventListener('ckit-enroll-request', (event) => {
  if (!slug) return;
  event.preventDefault();
  location.assign(`course.html?slug=${encodeURIComponent(slug)}`);
});

// Elements never throw at the page; they report failures as ckit-error for the host to log.
document.addEventListener('ckit-error', (event) => console.warn(`CourseKit: ${event.detail.operation} failed`, event.detail.error));

await resume();
