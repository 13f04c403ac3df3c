/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { afterNextPaint } from './after-paint.js';

describe('afterNextPaint', () => {
  it('resolves only after the next frame has run, in a task of its own', async () => {
    const frames: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    let resolved = false;
    try {
      void afterNextPaint().then(() => (resolved = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(resolved, 'before the frame').to.equal(false);
      expect(frames).to.have.length(1);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
    frames[0]!(performance.now());
    await Promise.resolve();
    expect(resolved, 'within the frame').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));
    expect(resolved, 'after the frame').to.equal(true);
  });
});
