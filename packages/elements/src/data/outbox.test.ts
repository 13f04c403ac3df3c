import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, networkIdle, requests, testClient, until, worker } from '../test-support/api.js';
import { CoursekitStore } from './store.js';
import { Outbox, outboxOf } from './outbox.js';
import { progress } from './queries.js';

let dbNumber = 0;
let name = '';
const outboxes: Outbox[] = [];

/** A tab: its own store and client (signed in as the student unless a token is given), over the outbox database `name`. */
function tab(options: { token?: string | null; store?: CoursekitStore; retryDelay?: number } = {}): { store: CoursekitStore; outbox: Outbox } {
  const client = testClient();
  if (options.token !== undefined) client.setToken(options.token);
  const store = options.store ?? new CoursekitStore({ client, currency: 'USD', ambientSession: false });
  const outbox = new Outbox(store, { name, retryDelay: options.retryDelay ?? 40 });
  outboxes.push(outbox);
  return { store, outbox };
}

/** The lectures of a course, in id order. */
function lecturesOf(courseId: number) {
  const sections = new Set(api.db.where('sections', (row) => row.course_id === courseId).map((row) => row.id));
  return api.db.where('lectures', (row) => sections.has(row.section_id)).sort((a, b) => a.id - b.id);
}

function watched(userId: number, lectureId: number): number | undefined {
  return api.db.first('lecture_progress', (row) => row.user_id === userId && row.lecture_id === lectureId)?.watched_seconds;
}

const progressPuts = (from = 0) => requests.slice(from).filter((line) => /^PUT \/lectures\/\d+\/progress$/.test(line));
const offline = () => worker.use(http.put(`${API}/lectures/:id/progress`, () => HttpResponse.error()), http.post(`${API}/quizzes/:id/attempts`, () => HttpResponse.error()));
const backOnline = () => {
  worker.resetHandlers();
  dispatchEvent(new Event('online'));
};

describe('progress outbox', () => {
  beforeEach(() => {
    name = `coursekit-outbox-test-${Date.now()}-${(dbNumber += 1)}`;
    api.db.deleteWhere('lecture_progress', (row) => row.user_id === STUDENT.id);
    // The seed's own videos last 12 s: room for the positions these tests write.
    for (const lecture of lecturesOf(1)) if (lecture.type === 'video') api.db.update('lectures', lecture.id, { duration_seconds: 600 });
  });

  afterEach(async () => {
    outboxes.splice(0).forEach((outbox) => outbox.dispose());
    await networkIdle();
  });

  it('keeps writes made offline across a reload and applies each once when the network returns', async () => {
    const [first, second, third] = lecturesOf(1).filter((lecture) => (lecture.duration_seconds ?? 0) > 60);
    offline();
    const before = tab();
    await before.outbox.recordProgress(first!.id, 30, 1);
    await before.outbox.recordProgress(second!.id, 20, 1);
    await before.outbox.complete(third!.id, third!.duration_seconds, 1);
    await until(() => before.outbox.status === 'offline', 'offline status');
    expect((await before.outbox.pending()).map((entry) => entry.kind === 'progress' && entry.lecture)).to.deep.equal([first!.id, second!.id, third!.id]);
    const keys = (await before.outbox.pending()).map((entry) => entry.key);
    before.outbox.dispose();
    await networkIdle();

    // The page reloads: a new store and outbox over the same database, still offline.
    const after = tab();
    expect((await after.outbox.pending()).map((entry) => entry.key)).to.deep.equal(keys);
    await until(() => after.outbox.status === 'offline', 'offline after reload');
    await networkIdle();
    const sentBefore = requests.length;
    const seen: string[] = [];
    after.outbox.addEventListener('applied', (event) => seen.push((event as CustomEvent<{ entry: { key: string } }>).detail.entry.key));
    backOnline();
    await until(() => after.outbox.status === 'saved' && seen.length === 3, 'saved');
    expect(seen).to.deep.equal(keys);
    expect(progressPuts(sentBefore)).to.deep.equal([first, second, third].map((lecture) => `PUT /lectures/${lecture!.id}/progress`));
    expect(await after.outbox.pending()).to.deep.equal([]);
    expect([watched(STUDENT.id, first!.id), watched(STUDENT.id, second!.id), watched(STUDENT.id, third!.id)]).to.deep.equal([30, 20, third!.duration_seconds]);
  });

  it('sends the idempotency key chosen at enqueue time on every retry', async () => {
    const [lecture] = lecturesOf(1);
    const keys: (string | null)[] = [];
    let failures = 2;
    worker.use(
      http.put(`${API}/lectures/:id/progress`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (failures-- > 0) return HttpResponse.json({ message: 'Unavailable' }, { status: 503 });
        return undefined;
      }),
    );
    const { outbox } = tab();
    await outbox.recordProgress(lecture!.id, 12, 1);
    await until(() => keys.length === 3 && outbox.status === 'saved', 'third try saved');
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.be.a('string');
    expect(watched(STUDENT.id, lecture!.id)).to.equal(12);
  });

  it('coalesces progress of one lecture to the highest value, completion winning', async () => {
    const [lecture, other] = lecturesOf(1).filter((row) => (row.duration_seconds ?? 0) > 100);
    offline();
    const { outbox } = tab();
    await outbox.recordProgress(lecture!.id, 40, 1);
    await outbox.recordProgress(other!.id, 5, 1);
    await outbox.recordProgress(lecture!.id, 90, 1);
    await outbox.recordProgress(lecture!.id, 10, 1);
    await outbox.complete(other!.id, other!.duration_seconds, 1);
    await outbox.recordProgress(other!.id, 7, 1);
    const pending = await outbox.pending();
    expect(pending.map((entry) => entry.kind === 'progress' && [entry.lecture, entry.watched, entry.complete])).to.deep.equal([
      [lecture!.id, 90, false],
      [other!.id, other!.duration_seconds, true],
    ]);
    await networkIdle();
    const sentBefore = requests.length;
    backOnline();
    await until(() => outbox.status === 'saved', 'saved');
    expect(progressPuts(sentBefore)).to.have.length(2);
    expect(watched(STUDENT.id, lecture!.id)).to.equal(90);
    expect(watched(STUDENT.id, other!.id)).to.equal(other!.duration_seconds);
  });

  it('keeps entries in memory when IndexedDB cannot be opened', async () => {
    const [lecture] = lecturesOf(1);
    Object.defineProperty(indexedDB, 'open', { configurable: true, value: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    try {
      offline();
      const { outbox } = tab();
      await outbox.recordProgress(lecture!.id, 25, 1);
      await until(() => outbox.status === 'offline', 'offline');
      expect(await outbox.pending()).to.have.length(1);
      backOnline();
      await until(() => outbox.status === 'saved', 'saved');
      expect(watched(STUDENT.id, lecture!.id)).to.equal(25);
    } finally {
      delete (indexedDB as { open?: unknown }).open;
    }
  });

  for (const locks of [true, false]) {
    it(`sends each entry once from two tabs sharing the database (${locks ? 'Web Locks' : 'BroadcastChannel claim'})`, async () => {
      if (!locks) Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
      try {
        const lectures = lecturesOf(1).slice(0, 6);
        offline();
        const one = tab();
        const two = tab();
        for (const [index, lecture] of lectures.entries()) await (index % 2 ? one : two).outbox.recordProgress(lecture.id, 10 + index, 1);
        await until(() => one.outbox.status === 'offline' && two.outbox.status === 'offline', 'both offline');
        await networkIdle();
        const sentBefore = requests.length;
        backOnline();
        await Promise.all([one.outbox.flush(), two.outbox.flush()]);
        await until(async () => one.outbox.status === 'saved' && two.outbox.status === 'saved', 'both saved');
        await networkIdle();
        expect(progressPuts(sentBefore).sort()).to.deep.equal(lectures.map((lecture) => `PUT /lectures/${lecture.id}/progress`).sort());
        expect(lectures.map((lecture) => watched(STUDENT.id, lecture.id))).to.deep.equal(lectures.map((_, index) => 10 + index));
      } finally {
        if (!locks) delete (navigator as { locks?: unknown }).locks;
      }
    });
  }

  it('reports and drops a write the server refuses for good (403 after a refund), and keeps going', async () => {
    const refunded = api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.status === 'refunded')!;
    const [locked] = lecturesOf(refunded.course_id);
    const [open] = lecturesOf(1);
    offline();
    const { outbox } = tab();
    const failed: { entry: { key: string }; error: { status?: number } }[] = [];
    outbox.addEventListener('failed', (event) => failed.push((event as CustomEvent).detail));
    await outbox.recordProgress(locked!.id, 30, refunded.course_id);
    await outbox.recordProgress(open!.id, 30, 1);
    await until(() => outbox.status === 'offline', 'offline');
    await networkIdle();
    const sentBefore = requests.length;
    backOnline();
    await until(() => outbox.status === 'saved', 'saved');
    expect(failed).to.have.length(1);
    expect(failed[0]!.error.status).to.equal(403);
    expect(await outbox.pending()).to.deep.equal([]);
    expect(watched(STUDENT.id, locked!.id)).to.equal(undefined);
    expect(watched(STUDENT.id, open!.id)).to.equal(30);
    await networkIdle();
    expect(progressPuts(sentBefore).filter((line) => line.includes(`/${locked!.id}/`))).to.have.length(1, 'refused once, never retried');
  });

  it("never sends a learner's entries with another learner's token", async () => {
    const [lecture] = lecturesOf(1);
    const other = api.db.first('users', (row) => row.email === 'marcus.chen@example.com')!;
    offline();
    const { store, outbox } = tab();
    await outbox.recordProgress(lecture!.id, 33, 1);
    await until(() => outbox.status === 'offline', 'offline');
    await networkIdle();
    const sentBefore = requests.length;
    store.client.setToken(api.issueToken(other.email));
    worker.resetHandlers();
    store.sessionChanged();
    dispatchEvent(new Event('online'));
    await until(() => requests.slice(sentBefore).includes('GET /me'), 'the new session read');
    await outbox.flush();
    await networkIdle();
    expect(progressPuts(sentBefore)).to.deep.equal([]);
    expect(outbox.status).to.equal('saved');
    expect(await outbox.pending()).to.deep.equal([], "the other learner has nothing queued");
    expect(watched(other.id, lecture!.id)).to.equal(undefined);
    expect(watched(STUDENT.id, lecture!.id)).to.equal(undefined);

    // Signed out: still nothing. Back as the student: the entry goes.
    store.client.setToken(null);
    store.sessionChanged();
    await outbox.flush();
    expect(progressPuts(sentBefore)).to.deep.equal([]);
    store.client.setToken(api.issueToken(STUDENT.email));
    store.sessionChanged();
    await until(() => watched(STUDENT.id, lecture!.id) === 33, 'sent for its learner');
  });

  it('drops the queries an applied write makes stale', async () => {
    const [lecture] = lecturesOf(1);
    const { store, outbox } = tab();
    const before = await store.read(progress(1));
    const applied = new Promise((resolve) => outbox.addEventListener('applied', resolve, { once: true }));
    await outbox.recordProgress(lecture!.id, 44, 1);
    await applied;
    const after = await store.read(progress(1));
    expect(after).to.not.equal(before);
    expect(after.lectures.find((row) => row.lecture_id === lecture!.id)?.watched_seconds).to.equal(44);
  });

  it('submits a quiz attempt once per key, however often it is submitted', async () => {
    const quiz = api.db.first('quizzes', (row) => row.course_id === 1) ?? api.db.first('quizzes', () => true)!;
    const { outbox } = tab();
    const key = 'attempt-key-1';
    const [a, b] = await Promise.all([outbox.submitAttempt(quiz.id, {}, key), outbox.submitAttempt(quiz.id, {}, key)]);
    const again = await outbox.submitAttempt(quiz.id, {}, key);
    expect(a.id).to.equal(b.id);
    expect(again.id).to.equal(a.id);
    expect(api.db.where('quiz_attempts', (row) => row.quiz_id === quiz.id && row.user_id === STUDENT.id).filter((row) => row.id === a.id)).to.have.length(1);
    expect(requests.filter((line) => line === `POST /quizzes/${quiz.id}/attempts`)).to.have.length(2, 'the second send replays the first response');
  });

  it('resolves an attempt another tab sent, with the attempt the server recorded', async () => {
    const quiz = api.db.first('quizzes', (row) => row.course_id === 1)!;
    offline();
    const attempts = () => api.db.where('quiz_attempts', (row) => row.quiz_id === quiz.id && row.user_id === STUDENT.id);
    const before = attempts().length;
    const one = tab({ retryDelay: 3_600_000 });
    const submitted = one.outbox.submitAttempt(quiz.id, {}, 'attempt-from-tab-one');
    await until(() => one.outbox.status === 'offline', 'offline');
    worker.resetHandlers();
    tab();
    await until(() => attempts().length === before + 1, 'sent by tab two');
    await one.outbox.flush();
    const attempt = await submitted;
    expect(attempts()).to.have.length(before + 1);
    expect(attempts().at(-1)!.id).to.equal(attempt.id);
  });

  it('sends waiting progress with keepalive on a keepalive flush, under the key it keeps in the outbox', async () => {
    const [lecture] = lecturesOf(1).filter((row) => (row.duration_seconds ?? 0) > 60);
    const seen: { keepalive: boolean; key: string | null }[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'PUT') seen.push({ keepalive: request.keepalive, key: request.headers.get('idempotency-key') });
    };
    worker.events.on('request:start', listener);
    offline();
    const { outbox } = tab({ retryDelay: 3_600_000 });
    await outbox.recordProgress(lecture!.id, 42, 1);
    await until(() => outbox.status === 'offline', 'offline');
    const [entry] = await outbox.pending();
    worker.resetHandlers();
    seen.length = 0;
    // What a pagehide handler does: record, then send at once with keepalive.
    void outbox.recordProgress(lecture!.id, 50, 1);
    await outbox.flush({ keepalive: true });
    worker.events.removeListener('request:start', listener);
    expect(watched(STUDENT.id, lecture!.id)).to.equal(50);
    const keepalive = seen.filter((request) => request.keepalive);
    expect(keepalive).to.have.length(1);
    expect(keepalive[0]!.key).to.be.a('string').and.not.equal(entry!.key, 'the coalesced write has a new key');
    await until(() => outbox.status === 'saved', 'saved');
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('is one per store, created on first use', () => {
    const { store } = tab();
    const outbox = outboxOf(store);
    outboxes.push(outbox);
    expect(outboxOf(store)).to.equal(outbox);
    const second = outboxOf(new CoursekitStore({ client: testClient(), currency: 'USD', ambientSession: false }));
    outboxes.push(second);
    expect(second).to.not.equal(outbox);
  });
});
