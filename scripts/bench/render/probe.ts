/**
 * What both catalog pages share: when the cards painted, and how many DOM nodes a page holds.
 *
 * @module
 */

/** Polls once a frame until `done()`; the next frame's time (ms since navigation) is `window.paintedAt`. */
export function whenPainted(done: () => unknown): void {
  const check = () => {
    if (!done()) return void requestAnimationFrame(check);
    requestAnimationFrame(() => Object.assign(window, { paintedAt: performance.now() }));
  };
  requestAnimationFrame(check);
}

/** Every node under `root`, shadow roots included. */
export function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count += 1;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}
