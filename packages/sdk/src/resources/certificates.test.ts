import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { TS_CANONICAL, certificateVerificationWire, certificateWire, courseWire } from '../test-support/fixtures.js';
import { NotFoundError } from '../core/errors.js';

useMockServer();

describe('certificates', () => {
  it('list() GETs my certificates', async () => {
    const sent = respond('get', '/me/certificates', { data: [{ ...certificateWire, course: courseWire }] });
    const certificates = await createClient().certificates.list();
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me/certificates', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.deepEqual([certificates[0]!.certificate_number, certificates[0]!.issued_at, certificates[0]!.course?.rating], ['CK-CERT-0001', TS_CANONICAL, '4.70']);
  });

  it('verify() GETs the public verification by encoded number, without a token', async () => {
    const sent = respond('get', '/certificates/:number', { data: certificateVerificationWire });
    const check = await createClient({ token: null }).certificates.verify('CK/CERT 0001');
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/certificates/CK%2FCERT%200001', query: {}, body: undefined });
    assert.equal(sent[0]!.headers.get('authorization'), null);
    assert.deepEqual(check, { valid: true, certificate_number: 'CK-CERT-0001', learner_name: 'Ada Lovelace', course_title: 'TypeScript from Zero', issued_at: TS_CANONICAL });
  });

  it('verify() of an unknown number rejects with NotFoundError', async () => {
    respond('get', '/certificates/CK-CERT-9999', { message: 'No such certificate.' }, 404);
    await assert.rejects(createClient().certificates.verify('CK-CERT-9999'), NotFoundError);
  });
});
