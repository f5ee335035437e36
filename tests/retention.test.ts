/**
 * Personal data kept only as long as needed (issue 11 §7):
 * - delivered outbox messages are pruned after OUTBOX_RETENTION_DAYS (default 30) by the hourly scheduler;
 * - invite codes are stored as an HMAC keyed with a secret outside the database (data/secret.key,
 *   mode 0600, or INVITE_SECRET); unused invites of the old plain SHA-256 form still bind until they expire;
 * - a global limit on wrong invite codes across all contacts pauses binding and alerts the office once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeApp, tempDir, type TestClock } from './helpers/app.ts';
import { parseConfig } from '../src/config.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { GLOBAL_LOCK_AFTER_FAILURES, issueInvite } from '../src/app/bind.ts';
import type { App } from '../src/build.ts';
import type { Inbound, Reply } from '../src/app/types.ts';
import { enqueueOutbound, markFailed, markSent, claimNextOutbound } from '../src/storage/outbox.ts';
import { createInvite, hashInviteCode } from '../src/storage/invites.ts';
import { getPersonByContact } from '../src/storage/people.ts';
import { getSchoolByName } from '../src/storage/schools.ts';
import { BIND_TEXT } from '../src/core/text/bind-replies.ts';
import { pruneOldRecords, startReminderScheduler } from '../src/channels/scheduler.ts';
import { silentLogger } from '../src/app/deps.ts';
import { loadSecret } from '../src/files/secret.ts';

type TestApp = App & { clock: TestClock; dir: string };
const open: TestApp[] = [];
afterEach(async () => {
  for (const a of open.splice(0)) await a.db.destroy();
});
async function app(env: Record<string, string> = {}): Promise<TestApp> {
  const a = await makeApp({ env });
  open.push(a);
  return a;
}

let seq = 0;
async function send(a: TestApp, from: Inbound['from'], text: string): Promise<string> {
  a.clock.advance(1000);
  seq += 1;
  const replies: Reply[] = await handleInbound({ id: `r${seq}`, channel: 'wechat', from, text, kind: 'text', at: a.clock.now() }, a.deps);
  return replies.map((r) => r.text ?? '').join('\n');
}
const DAY = 86_400_000;

describe('the outbox keeps delivered messages only for the retention period', () => {
  /** One message sent (or failed) `daysAgo` days before the app's clock. */
  async function delivered(a: TestApp, text: string, daysAgo: number, how: 'sent' | 'failed' | 'pending') {
    const at = new Date(Date.parse(a.clock.now()) - daysAgo * DAY).toISOString();
    await enqueueOutbound(a.db, { to: 'wx-1', text, notBefore: at }, at);
    if (how === 'pending') return;
    const claimed = await claimNextOutbound(a.db, at);
    if (how === 'sent') await markSent(a.db, claimed!.id, at);
    else await markFailed(a.db, claimed!.id, 'gone', at);
  }
  const texts = async (a: TestApp) => ((await a.db('outbox').orderBy('id').select('text')) as { text: string }[]).map((r) => r.text);

  it('prunes sent and failed messages older than 30 days, never pending ones', async () => {
    const a = await app();
    await delivered(a, '旧的已发送 13812345678', 31, 'sent');
    await delivered(a, '旧的发送失败', 45, 'failed');
    await delivered(a, '旧的待发送', 40, 'pending');
    await delivered(a, '新的已发送', 29, 'sent');
    const pruned = await pruneOldRecords(a.db, a.clock.now());
    expect(pruned.outbox).toBe(2);
    expect(await texts(a)).toEqual(['旧的待发送', '新的已发送']);
  });

  it('OUTBOX_RETENTION_DAYS sets the period, and the hourly scheduler prunes with it', async () => {
    const defaults = parseConfig({});
    expect(defaults.ok && defaults.config.outboxRetentionDays).toBe(30);
    expect(parseConfig({ OUTBOX_RETENTION_DAYS: '0' }).ok).toBe(false);
    const parsed = parseConfig({ OUTBOX_RETENTION_DAYS: '7' });
    expect(parsed.ok && parsed.config.outboxRetentionDays).toBe(7);
    const a = await app({ OUTBOX_RETENTION_DAYS: '7' });
    await delivered(a, '八天前', 8, 'sent');
    await delivered(a, '六天前', 6, 'sent');
    const stop = startReminderScheduler({
      db: a.db,
      rubric: a.deps.rubric,
      log: silentLogger,
      timeZone: 'Asia/Shanghai',
      reminders: false,
      outboxRetentionDays: 7,
      now: a.clock.now,
    });
    try {
      for (let i = 0; i < 100 && (await texts(a)).length > 1; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await texts(a)).toEqual(['六天前']);
    } finally {
      stop();
    }
  });
});

describe('invite codes are a keyed hash, with the key outside the database', () => {
  it('creates data/secret.key once, mode 0600, and stores hmac:<hex>, not the plain SHA-256', async () => {
    const a = await app();
    const file = join(a.dir, 'secret.key');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const key = readFileSync(file, 'utf8');
    const school = await getSchoolByName(a.db, '示例县实验小学');
    const { code } = await issueInvite(a.db, { role: 'staff', schoolId: school!.id, days: 7, by: 'test' }, a.clock.now(), a.deps.inviteKey);
    const [row] = (await a.db('invites').select('code_hash')) as { code_hash: string }[];
    expect(row!.code_hash).toMatch(/^hmac:[0-9a-f]{64}$/);
    expect(row!.code_hash).not.toContain(createHash('sha256').update(code).digest('hex'));
    // The same key after a restart: the code still binds.
    await a.db.destroy();
    open.splice(open.indexOf(a), 1);
    const again = await makeApp({ dir: a.dir, clock: a.clock });
    open.push(again);
    expect(readFileSync(file, 'utf8')).toBe(key);
    expect(await send(again, { id: 'wx-t', name: '老师' }, `绑定 ${code}`)).toContain('绑定成功');
  });

  it('an empty secret.key (an older version killed between create and write) is replaced, not a start-up failure', async () => {
    const dir = tempDir();
    const file = join(dir, 'secret.key');
    writeFileSync(file, '', { mode: 0o600 });
    const r = await loadSecret({ file });
    expect(r.ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['secret.key']); // no temporary file left beside it
  });

  it('several starts at once all read the one whole key', async () => {
    const file = join(tempDir(), 'secret.key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSecret({ file })));
    const hex = keys.map((k) => (k.ok ? Buffer.from(k.key).toString('hex') : k.error));
    expect(new Set(hex)).toEqual(new Set([readFileSync(file, 'utf8').trim()]));
  });

  it('INVITE_SECRET from the environment is used instead of a file', async () => {
    const dir = tempDir();
    const a = await makeApp({ dir, env: { INVITE_SECRET: 'x'.repeat(40) } });
    open.push(a);
    expect(existsSync(join(dir, 'secret.key'))).toBe(false);
    expect(hashInviteCode('ABCDEFGH', a.deps.inviteKey)).toBe(hashInviteCode('ABCDEFGH', new TextEncoder().encode('x'.repeat(40))));
    expect(parseConfig({ INVITE_SECRET: 'short' }).ok).toBe(false);
  });

  it('an unused invite of the old plain SHA-256 form still binds until it expires', async () => {
    const a = await app();
    const school = await getSchoolByName(a.db, '示例县实验小学');
    const legacy = (code: string) => createHash('sha256').update(code).digest('hex');
    const expiresAt = new Date(Date.parse(a.clock.now()) + 7 * DAY).toISOString();
    await createInvite(a.db, { codeHash: legacy('OLDCODE2'), role: 'staff', schoolId: school!.id, expiresAt, createdBy: 'cli' }, a.clock.now());
    await createInvite(a.db, { codeHash: legacy('OLDCODE3'), role: 'staff', schoolId: school!.id, expiresAt, createdBy: 'cli' }, a.clock.now());
    expect(await send(a, { id: 'wx-old', name: '老师' }, '绑定 oldcode2')).toContain('绑定成功');
    a.clock.advance(8 * DAY);
    expect(await send(a, { id: 'wx-late', name: '老师' }, '绑定 OLDCODE3')).toBe(BIND_TEXT.expired);
  });
});

describe('a global limit on wrong invite codes', () => {
  it(`${GLOBAL_LOCK_AFTER_FAILURES} wrong codes from many contacts pause every binding for an hour and alert the office once`, async () => {
    const a = await app();
    const { code: officeCode } = await issueInvite(a.db, { role: 'office', schoolId: null, days: 7, by: 'test' }, a.clock.now(), a.deps.inviteKey);
    expect(await send(a, { id: 'wx-office', name: '赵科长' }, `绑定 ${officeCode}`)).toContain('绑定成功');
    const school = await getSchoolByName(a.db, '示例县实验小学');
    const { code } = await issueInvite(a.db, { role: 'principal', schoolId: school!.id, days: 7, by: 'test' }, a.clock.now(), a.deps.inviteKey);

    // Each guesser stays under the per-contact lock (5); together they reach the global limit.
    for (let i = 0; i < GLOBAL_LOCK_AFTER_FAILURES; i++) {
      expect(await send(a, { id: `wx-guess-${Math.floor(i / 4)}`, name: '某人' }, `绑定 ${'ABCDEFG'}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]}`)).toContain('邀请码不正确');
    }
    // Now even the right code waits: the principal is told to try later.
    expect(await send(a, { id: 'wx-principal', name: '王校长' }, `绑定 ${code}`)).toBe(BIND_TEXT.globalLocked);
    expect(await send(a, { id: 'wx-guess-99', name: '某人' }, '绑定 ZZZZZZZZ')).toBe(BIND_TEXT.globalLocked);
    const alerts = (await a.db('outbox').where({ recipient: 'wx-office' }).select('text')) as { text: string }[];
    expect(alerts.map((r) => r.text)).toEqual([BIND_TEXT.guessingAlert(GLOBAL_LOCK_AFTER_FAILURES)]);

    a.clock.advance(61 * 60_000);
    expect(await send(a, { id: 'wx-principal', name: '王校长' }, `绑定 ${code}`)).toContain('绑定成功');
    expect(await getPersonByContact(a.db, 'wechat', 'wx-principal')).toMatchObject({ role: 'principal' });
  });
});
