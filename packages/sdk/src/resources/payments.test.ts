import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, paymentWire } from '../test-support/fixtures.js';

useMockServer();

describe('payments', () => {
  it('create() POSTs the gateway and return URL and parses the transaction with its client secret', async () => {
    const sent = respond('post', '/orders/70/payments', { data: paymentWire }, 201);
    const payment = await createClient().payments.create(70, { gateway: 'test', return_url: 'https://school.example/checkout/done' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'POST',
      path: '/orders/70/payments',
      query: {},
      body: { gateway: 'test', return_url: 'https://school.example/checkout/done' },
    });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual(
      [payment.status, payment.amount, payment.client_secret, payment.redirect_url, payment.created_at],
      ['pending', '17.91', 'pi_1_secret', null, TS_CANONICAL],
    );
  });

  it('create() parses a redirect gateway\'s answer', async () => {
    respond('post', '/orders/70/payments', { ...paymentWire, gateway: 'hosted', client_secret: undefined, redirect_url: 'https://pay.example/s/1' });
    const payment = await createClient().payments.create(70, { gateway: 'hosted' });
    assert.deepEqual([payment.gateway, payment.client_secret, payment.redirect_url], ['hosted', undefined, 'https://pay.example/s/1']);
  });
});
