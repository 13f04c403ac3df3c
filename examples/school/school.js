// The school's own glue: hash routing between the catalog, a course and the wishlist, and a
// demo sign-in. Everything CourseKit-related goes through public attributes, properties and
// events. The token lives in the provider's client (memory only): this site keeps the visitor on
// one page with hash routes, so it never has to store it.

const provider = document.querySelector('ckit-provider');
const views = {
  catalog: document.querySelector('#catalog-view'),
  course: document.querySelector('#course-view'),
  wishlist: document.querySelector('#wishlist-view'),
};
const card = document.querySelector('ckit-course-card');
const reviews = document.querySelector('ckit-course-reviews');
const courseHeading = document.querySelector('#course-heading');

await customElements.whenDefined('ckit-provider');

function show(name) {
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
}

async function route() {
  const [, section, slug] = location.hash.match(/^#\/(courses|wishlist)\/?([^/]*)/) ?? [];
  if (section === 'wishlist') return show('wishlist');
  if (section !== 'courses' || !slug) return show('catalog');
  show('course');
  card.setAttribute('course-slug', decodeURIComponent(slug));
  try {
    // The reviews widget takes an id; the card's request and this one share the provider's cache.
    const course = await provider.activeClient.courses.retrieve(decodeURIComponent(slug), { include: ['category', 'instructors', 'media', 'tags'] });
    courseHeading.textContent = course.title;
    document.title = `${course.title} · Northwind Academy`;
    reviews.setAttribute('course-id', String(course.id));
  } catch (error) {
    courseHeading.textContent = 'Course not found';
    console.warn(error);
  }
  views.course.querySelector('h1').focus?.();
}

// --- Demo sign-in ----------------------------------------------------------------------------
const signIn = document.querySelector('#sign-in');
const signOut = document.querySelector('#sign-out');
const accountName = document.querySelector('#account-name');

async function login() {
  signIn.disabled = true;
  try {
    const { user } = await provider.activeClient.auth.login({ email: 'student@coursekit.test', password: 'password', device_name: 'northwind-demo' });
    accountName.textContent = `Signed in as ${user.name}`;
    signIn.hidden = true;
    signOut.hidden = false;
    provider.refresh(); // every element reloads as the signed-in learner
  } finally {
    signIn.disabled = false;
  }
}

async function logout() {
  await provider.activeClient.auth.logout().catch(() => {});
  accountName.textContent = '';
  signIn.hidden = false;
  signOut.hidden = true;
  provider.refresh();
}

signIn.addEventListener('click', login);
signOut.addEventListener('click', logout);

// A signed-out visitor pressed a wishlist heart, or wrote a review: sign them in first.
document.addEventListener('ckit-sign-in-request', (event) => {
  event.preventDefault();
  void login();
});

// Elements never throw at the page; they report failures as ckit-error for the host to log.
document.addEventListener('ckit-error', (event) => console.warn(`CourseKit: ${event.detail.operation} failed`, event.detail.error));

addEventListener('hashchange', route);
await route();
