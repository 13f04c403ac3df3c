import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { faultsFromPage } from './browser.js';

describe('faultsFromPage', () => {
  it('turns a demo link’s flags into fault settings', () => {
    assert.deepEqual(faultsFromPage(new URL('https://demo.test/?__latency=800')), { latencyMs: 800 });
    assert.deepEqual(faultsFromPage(new URL('https://demo.test/?__fail=503')), { errorStatus: 503, errorRate: 1 });
    assert.deepEqual(faultsFromPage(new URL('https://demo.test/?__fail=503&__error_rate=0.25')), { errorStatus: 503, errorRate: 0.25 });
    assert.deepEqual(faultsFromPage(new URL('https://demo.test/?__offline=1')), { offline: true });
  });

  it('ignores flags out of range', () => {
    assert.deepEqual(faultsFromPage(new URL('https://demo.test/?__latency=-5&__fail=200&__error_rate=3&__offline=0')), {});
  });
});
