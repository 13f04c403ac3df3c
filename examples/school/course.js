// The course page's instructors: one <ckit-instructor-profile> per instructor of the course that
// <ckit-course-details> loaded (its ckit-course-load event), so the page asks for the course once.
document.addEventListener('ckit-course-load', (event) => {
  const instructors = document.querySelector('#instructors');
  if (!instructors || instructors.querySelector('ckit-instructor-profile')) return;
  for (const instructor of event.detail.course.instructors ?? []) {
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
