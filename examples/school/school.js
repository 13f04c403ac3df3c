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
// The course elements tell the page which course they loaded: no second request for the title
// or the instructors.
document.addEventListener('ckit-course-load', (event) => {
  const { course } = event.detail;
  document.title = `${course.title} · Northwind Academy`;
  const instructors = document.querySelector('#instructors');
  if (!instructors || instructors.querySelector('ckit-instructor-profile')) return;
  for (const instructor of course.instructors ?? []) {
    const instructorSlug = instructor.instructor?.slug;
    if (!instructorSlug) continue;
    const profile = document.createElement('ckit-instructor-profile');
    profile.setAttribute('instructor-slug', instructorSlug);
    profile.setAttribute('heading-level', '3');
    profile.setAttribute('max-courses', '0');
    instructors.append(profile);
    instructors.hidden = false;
  }
});

// --- Instructor and certificate pages: instructor.html?slug=..., certificate.html?certificate=...
const instructorSlug = new URLSearchParams(location.search).get('slug');
for (const element of document.querySelectorAll('[data-instructor-slug]')) element.setAttribute('instructor-slug', instructorSlug ?? '');
const certificateNumber = new URLSearchParams(location.search).get('certificate');
for (const element of document.querySelectorAll('[data-certificate-number]')) element.setAttribute('certificate-number', certificateNumber ?? '');

await customElements.whenDefined('ckit-provider');
const provider = document.querySelector('ckit-provider');

// --- Demo sign-in ----------------------------------------------------------------------------
// The SDK keeps tokens in memory only. This demo puts the token in sessionStorage so it
// survives moving between the school's two pages; a real site picks its own session strategy
// (e.g. Laravel Sanctum cookies with <ckit-provider with-credentials>).
const TOKEN_KEY = 'northwind-demo-token';
const signIn = document.querySelector('#sign-in');
const signOut = document.querySelector('#sign-out');
const accountName = document.querySelector('#account-name');

const myLearning = document.querySelector('#my-learning');

function showAccount(user) {
  accountName.textContent = user ? `Signed in as ${user.name}` : '';
  signIn.hidden = Boolean(user);
  signOut.hidden = !user;
  myLearning.hidden = !user;
}

async function login() {
  signIn.disabled = true;
  try {
    const { token, user } = await provider.activeClient.auth.login({ email: 'student@coursekit.test', password: 'password', device_name: 'northwind-demo' });
    sessionStorage.setItem(TOKEN_KEY, token);
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
  sessionStorage.removeItem(TOKEN_KEY);
  showAccount(null);
  provider.refresh();
}

async function resume() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return;
  provider.setToken(token);
  // Read through the elements' cache: the page and its elements share one GET /me.
  const user = await provider.session().catch(() => null);
  if (user) return showAccount(user);
  // The backend restarted (its state lives in memory) and forgot the token.
  sessionStorage.removeItem(TOKEN_KEY);
  provider.setToken(null);
}

signIn.addEventListener('click', login);
signOut.addEventListener('click', logout);

// A signed-out visitor pressed a wishlist heart: sign them in instead of the default hint. The
// provider remembers what they were doing (event.detail.intent) and finishes it after sign-in.
document.addEventListener('ckit-sign-in-request', (event) => {
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
