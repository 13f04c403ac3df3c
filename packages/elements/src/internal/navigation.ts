import type { Course } from '@coursekit/sdk';
import { CkitNavigateRequestEvent } from '../events/navigate-request.js';

/**
 * Handles a click on a course link: fires the cancelable `ckit-navigate-request` from `host`
 * and cancels the browser's navigation when a listener took over. Clicks that open a tab or
 * window (modifier keys, middle button) are left to the browser.
 */
export function requestNavigation(host: EventTarget, event: MouseEvent, href: string, course: Course): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (!host.dispatchEvent(new CkitNavigateRequestEvent({ href, course }))) event.preventDefault();
}
