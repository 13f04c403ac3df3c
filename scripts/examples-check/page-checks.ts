/**
 * Checks of what a page shows, run in the page once it has settled: things the generic checks
 * (console, requests, axe, CSP events) cannot see, such as a review rendered as plain text
 * because its HTML could not be sanitized, or stars drawn full because a width was refused.
 *
 * Each check is a source string (tsx would compile a function with helpers that do not exist in
 * the page) evaluating to the list of problems found, empty when all is well.
 *
 * @module
 */

/** Visits every open shadow root of the page, with the tag of its host. */
const SHADOW_ROOTS = `const roots = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      roots.push([element.localName, element.shadowRoot]);
      visit(element.shadowRoot);
    }
  };
  visit(document);`;

/**
 * The strict-CSP page: the reviews show the learner's formatted review as sanitized HTML (a
 * `<strong>`, a link that opens safely, no `<img>` or `<script>` left), and every star rating's
 * fill is as wide as its rating (a 4-star review's fill covers 80 % of its stars).
 */
export const CSP_PAGE_CHECKS = `(() => {
  const problems = [];
  ${SHADOW_ROOTS}
  const reviews = roots.filter(([name]) => name === 'ckit-course-reviews');
  if (!reviews.length) problems.push('no <ckit-course-reviews> on the page');
  const bodies = reviews.flatMap(([, root]) => [...root.querySelectorAll('[part~="review-body"]')]);
  const formatted = bodies.filter((body) => body.querySelector('strong'));
  if (!formatted.length) problems.push('no review body shows sanitized HTML (no <strong> in any of ' + bodies.length + ' review bodies)');
  for (const body of bodies) {
    const left = body.querySelector('script, img, style, [onerror], [style]');
    if (left) problems.push('a review body kept markup the sanitizer removes: ' + left.outerHTML.slice(0, 120));
    for (const link of body.querySelectorAll('a')) {
      if (!/noopener/.test(link.rel) || link.target !== '_blank') problems.push('a review link opens without rel="noopener" and target="_blank": ' + link.outerHTML.slice(0, 120));
    }
  }
  let measured = 0;
  let fourStarReviews = 0;
  for (const [name, root] of roots) {
    for (const stars of root.querySelectorAll('.stars')) {
      const fill = stars.querySelector('.stars-fill');
      const rating = Number((stars.getAttribute('aria-label') || '').match(/\\d+(?:[.,]\\d+)?/)?.[0]?.replace(',', '.'));
      const box = stars.getBoundingClientRect().width;
      if (!fill || !Number.isFinite(rating) || !box) continue;
      measured++;
      const percent = (fill.getBoundingClientRect().width / box) * 100;
      // Ratings are announced with one decimal (4.67 reads 4.7): allow for that rounding.
      if (Math.abs(percent - rating * 20) > 1.5) problems.push('<' + name + '> ' + stars.getAttribute('aria-label') + ': the fill covers ' + percent.toFixed(1) + '% of the stars, not ' + rating * 20 + '%');
      if (name === 'ckit-course-reviews' && rating === 4 && stars.closest('[part~="review"]')) fourStarReviews++;
    }
  }
  if (!measured) problems.push('no star rating to measure');
  if (!fourStarReviews) problems.push('no 4-star review on the page to measure');
  return problems;
})()`;
