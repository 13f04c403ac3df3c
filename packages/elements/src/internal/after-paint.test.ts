/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { afterNextPaint, whenIdle } from './after-paint.js';

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

describe('whenIdle', () => {
  it('resolves in an idle period, with a deadline, and not before', async () => {
    const idle: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
    const requestIdle = window.requestIdleCallback;
    window.requestIdleCallback = (callback, options) => idle.push([callback, options]);
    let resolved = false;
    try {
      void whenIdle().then(() => (resolved = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(resolved, 'before the idle period').to.equal(false);
      expect(idle).to.have.length(1);
      expect(idle[0]![1]?.timeout, 'a deadline, so it never waits forever').to.equal(300);
    } finally {
      window.requestIdleCallback = requestIdle;
    }
    idle[0]![0]({ didTimeout: false, timeRemaining: () => 10 });
    await Promise.resolve();
    expect(resolved, 'in the idle period').to.equal(true);
  });
});
