/**
 * Waiting for the browser to show what was just rendered, so work that can come later (a second
 * request, a lazily loaded chunk) does not hold up the frame that shows the main content.
 *
 * @module
 */

/**
 * Resolves once the next frame has painted: in a task queued from that frame's animation
 * callbacks, which runs after the frame's style, layout and paint. A hidden document paints no
 * frames, so there it resolves after the current task instead of waiting until it is shown.
 *
 * @example
 * ```ts
 * await afterNextPaint();
 * this.loadFacets();
 * ```
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    if (document.visibilityState === 'hidden') later();
    else requestAnimationFrame(later);
  });
}

/**
 * Resolves in the browser's next idle period (at most `timeout` ms from now): for work the page
 * can do without, so it neither delays the next frames (images arriving, a scroll) nor input.
 * Without `requestIdleCallback` (Safari), after the current task.
 */
export function whenIdle(timeout = 300): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve);
  });
}
