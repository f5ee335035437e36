/**
 * Private chats through Wechaty on the mock puppet: a bound principal's whole self-assessment
 * with a restart in the middle (a new app on the same SQLite file, a new Wechaty), and the
 * deliveries a real puppet produces: re-delivery with the same id, re-delivery with a new id
 * within 5 s, the backlog replayed after a restart, the bot's own messages, official accounts,
 * and non-text messages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileBox } from 'file-box';
import { types } from 'wechaty';
import type { mock } from 'wechaty-puppet-mock';
import { dateClock, lastMessageId, startBench, type Bench } from './harness.ts';
import { issueInvite } from '../../src/app/bind.ts';
import { listAssessments } from '../../src/storage/assessments.ts';
import { getAnswers } from '../../src/storage/answers.ts';
import { getSchoolByName } from '../../src/storage/schools.ts';
import { migrateState } from '../../src/core/assessment/machine.ts';
import type { Question } from '../../src/core/rubric/schema.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';

const SCHOOL = '示例县第一初级中学';
let benches: Bench[] = [];
afterEach(async () => {
  for (const b of benches) await b.stop();
  benches = [];
  vi.useRealTimers();
});

async function bench(opts: Parameters<typeof startBench>[0] = {}): Promise<Bench> {
  const b = await startBench(opts);
  benches.push(b);
  return b;
}

/** The principal, bound through the real flow; the same contact id in every bench. */
async function boundPrincipal(b: Bench): Promise<mock.ContactMock> {
  const principal = b.mocker.createContact({ id: 'wx-principal', name: '王校长' });
  const school = await getSchoolByName(b.app.db, SCHOOL);
  const { code } = await issueInvite(b.app.db, { role: 'principal', schoolId: school!.id, days: 7, by: 'test' }, b.app.clock.now(), b.app.deps.inviteKey);
  const out = await b.say(principal, `绑定 ${code}`, b.me);
  expect(out[0]!.text).toContain('绑定成功');
  return principal;
}

async function stateOf(b: Bench) {
  const school = await getSchoolByName(b.app.db, SCHOOL);
  const a = (await listAssessments(b.app.db, { semesterId: '2026-2027-1' })).find((x) => x.schoolId === school!.id);
  return { assessment: a, state: a?.state == null ? null : migrateState(a.state) };
}

function answerFor(q: Question): string {
  if (q.type === 'yesno') return q.id === 'q-99-veto' ? '否' : '是';
  if (q.type === 'choice') return '1';
  if (q.type === 'hours') return '10小时';
  if (q.type === 'amount') return '30000元';
  return '3';
}

/** Answers the current question like a person would: 10 s after the last message. */
async function answerNext(b: Bench, principal: mock.ContactMock): Promise<string | null> {
  const { state } = await stateOf(b);
  if (!state || state.cursor === null) return null;
  const q = b.app.deps.rubric.items.flatMap((i) => i.questions).concat(b.app.deps.rubric.veto.question).find((x) => x.id === state.cursor);
  const text = state.cursor === 'facts-check' ? '是' : answerFor(q!);
  b.app.clock.advance(10_000);
  const out = await b.say(principal, text, b.me);
  expect(out.length).toBeGreaterThan(0);
  expect(out.every((s) => s.to === principal.id)).toBe(true);
  return out.map((s) => s.text).join('\n');
}

describe('a bound principal self-assesses in a private chat', () => {
  it('runs the whole assessment across a restart and submits', async () => {
    const clock = dateClock();
    const first = await bench({ clock });
    const principal = await boundPrincipal(first);
    clock.advance(10_000);
    const intro = await first.say(principal, '自评', first.me);
    expect(intro.map((s) => s.text).join('\n')).toContain(SCHOOL);

    for (let i = 0; i < 12; i++) await answerNext(first, principal);
    const before = await stateOf(first);
    const answered = await getAnswers(first.app.db, before.assessment!.id);
    expect(Object.keys(answered).length).toBeGreaterThan(5);
    const lastIds = [lastMessageId(first, principal)];
    await first.stop();
    benches = benches.filter((b) => b !== first);

    // A restart: new app on the same file, a new Wechaty; WeChat replays the last messages.
    const second = await bench({ dir: first.app.dir, clock });
    const again = second.mocker.createContact({ id: principal.id, name: '王校长' });
    for (const id of lastIds) {
      const p = first.mocker.cacheMessagePayload.get(id)!;
      expect(await second.deliver({ id, talkerId: again.id, listenerId: second.me.id, text: p.text ?? '', timestamp: p.timestamp })).toEqual([]);
    }
    expect((await stateOf(second)).state).toEqual(before.state);

    clock.advance(10_000);
    const resumed = (await second.say(again, '自评', second.me)).map((s) => s.text).join('\n');
    expect(resumed).toMatch(/第 \d+\/\d+ 题/);
    let last = '';
    for (let guard = 0; guard < 80; guard++) {
      const reply = await answerNext(second, again);
      if (reply === null) break;
      last = reply;
    }
    expect(last).toMatch(/提交/);
    clock.advance(10_000);
    expect((await second.say(again, '提交', second.me)).map((s) => s.text).join('\n')).toMatch(/确认提交/);
    clock.advance(10_000);
    expect((await second.say(again, '确认提交', second.me)).map((s) => s.text).join('\n')).toMatch(/已提交/);
    const done = await stateOf(second);
    expect(done.assessment!.status).toBe('submitted');
    expect(Object.keys(await getAnswers(second.app.db, done.assessment!.id))).toEqual(expect.arrayContaining(Object.keys(answered)));
  });
});

describe('deliveries are handled once', () => {
  it('ignores a re-delivery with the same id, and the same text with a new id within 5 s', async () => {
    const b = await bench();
    const teacher = b.mocker.createContact({ id: 'wx-t', name: '李老师' });
    expect(await b.say(teacher, '心理课多久上一次', b.me)).toHaveLength(1);
    expect(await b.redeliver(lastMessageId(b, teacher))).toEqual([]);
    b.app.clock.advance(3_000);
    expect(await b.say(teacher, '心理课多久上一次', b.me)).toEqual([]);
    b.app.clock.advance(6_000);
    expect(await b.say(teacher, '心理课多久上一次', b.me)).toHaveLength(1);
    // Another sender with the same text at the same moment is not a duplicate.
    const other = b.mocker.createContact({ id: 'wx-u', name: '王老师' });
    expect(await b.say(other, '心理课多久上一次', b.me)).toHaveLength(1);
  });

  it('ignores the backlog replayed after a restart, by id and by age', async () => {
    const clock = dateClock();
    const first = await bench({ clock });
    const teacher = first.mocker.createContact({ id: 'wx-t', name: '李老师' });
    expect(await first.say(teacher, '辅导室每周开放多久', first.me)).toHaveLength(1);
    const handled = lastMessageId(first, teacher);
    const handledAt = first.mocker.cacheMessagePayload.get(handled)!.timestamp;
    await first.stop();
    benches = benches.filter((x) => x !== first);

    clock.advance(10 * 60_000);
    const second = await bench({ dir: first.app.dir, clock });
    const again = second.mocker.createContact({ id: teacher.id, name: '李老师' });
    const base = { talkerId: again.id, listenerId: second.me.id };
    // Handled before the restart: same id → nothing.
    expect(await second.deliver({ ...base, id: handled, text: '辅导室每周开放多久', timestamp: handledAt })).toEqual([]);
    // Never handled, but older than start-up minus 60 s: a stale backlog → nothing.
    const old = Date.now() - 2 * 60_000;
    expect(await second.deliver({ ...base, id: 'backlog-1', text: '心理课多久上一次', timestamp: old })).toEqual([]);
    // Sent while the bot was starting (within 60 s): answered.
    expect(await second.deliver({ ...base, id: 'recent-1', text: '心理课多久上一次', timestamp: Date.now() - 30_000 })).toHaveLength(1);
  });

  it('ignores its own messages and official accounts; asks for text for images in a private chat', async () => {
    const b = await bench();
    const teacher = b.mocker.createContact({ id: 'wx-t', name: '李老师' });
    const official = b.mocker.createContact({ id: 'gh_news', name: '某公众号', type: types.Contact.Official });
    expect(await b.say(official, '心理课多久上一次', b.me)).toEqual([]);
    const received = b.channel.received;
    teacher.say(FileBox.fromQRCode('a picture')).to(b.me);
    await vi.waitFor(() => expect(b.channel.received).toBeGreaterThan(received));
    await b.channel.settled();
    await b.worker.drain();
    expect(b.sent.map((s) => [s.to, s.text])).toEqual([[teacher.id, APP_TEXT.nonText]]);
    // The bot's reply came back as a message from itself (the mock echoes sends): ignored.
    await vi.waitFor(() => expect(b.channel.received).toBeGreaterThan(received + 1));
    await b.channel.settled();
    expect(await b.worker.drain()).toBe(0);
  });
});
