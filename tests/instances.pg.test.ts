/**
 * Several instances on one PostgreSQL database (issue 14 §7), only when PG_TEST_URL is set (.ci/run
 * starts a throw-away server): two app processes (tests/helpers/instance.ts, the real buildApp,
 * inbox, reminders and outbound worker) started together on a fresh schema.
 * - both start (the migrations take turns);
 * - the start-of-semester reminder is claimed by exactly one, and each of its messages queued once;
 * - every outbox row is sent exactly once, by one or the other;
 * - one sender's messages, sent to both at once, are handled one at a time: none fails to save,
 *   and the self-assessment's revision moves once per message; a delivery seen by both is handled once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import knex, { type Knex } from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/app.ts';
import { bindContact, createPerson, enqueueOutbound, listSchools, upsertRoom } from '../src/storage/index.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import { migrate, openDatabase } from '../src/storage/knex.ts';
import { claimNextOutbound } from '../src/storage/outbox.ts';
import { createOutboundWorker } from '../src/channels/outbound.ts';
import { silentLogger } from '../src/app/deps.ts';

const pgUrl = process.env.PG_TEST_URL;
const root = fileURLToPath(new URL('..', import.meta.url));

interface Instance {
  name: string;
  child: ChildProcessWithoutNullStreams;
  sent: number[];
  ask(cmd: Record<string, unknown>): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/helpers/instance.ts'), name], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const waiting = new Map<number, (o: Record<string, unknown>) => void>();
  const sent: number[] = [];
  let seq = 0;
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const o = JSON.parse(line) as Record<string, unknown>;
    if (o.ready) onReady();
    else if (typeof o.sent === 'number') sent.push(o.sent);
    else waiting.get(o.seq as number)?.(o);
  });
  const instance: Instance = {
    name,
    child,
    sent,
    exited,
    ask(cmd) {
      seq += 1;
      const n = seq;
      return new Promise((resolve) => {
        waiting.set(n, resolve);
        child.stdin.write(`${JSON.stringify({ ...cmd, seq: n })}\n`);
      });
    },
  };
  return Promise.race([
    ready.then(() => instance),
    exited.then((code) => Promise.reject(new Error(`${name} exited ${code} before ready:\n${stderr}`))),
  ]);
}

describe.runIf(pgUrl)('two instances on one PostgreSQL database', () => {
  const admin = knex({ client: 'pg', connection: pgUrl, pool: { min: 0, max: 1 } });
  const schema = `mh_two_${process.pid}`;
  const url = new URL(pgUrl ?? 'postgres://x');
  url.searchParams.set('options', `-c search_path=${schema}`);
  let db: Knex | null = null;
  const instances: Instance[] = [];

  afterAll(async () => {
    for (const i of instances) i.child.kill('SIGKILL');
    await db?.destroy();
    await admin.raw('drop schema if exists ?? cascade', [schema]);
    await admin.destroy();
  });

  it('claims each reminder once, sends each outbox row once, and serialises each sender', async () => {
    await admin.raw('create schema ??', [schema]);
    const dir = tempDir();
    // One key file, new to both: they create it at the same moment, as on a clean clone (CI once
    // saw one of them read it half-written).
    const env = { DATABASE_URL: url.toString(), REMINDERS: 'false', OUT_DIR: join(dir, 'out'), SECRET_FILE: join(dir, 'secret.key'), LOG_LEVEL: 'silent' };
    // Started together on an empty schema: both migrate and seed.
    const [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
    instances.push(a!, b!);
    const both = [a!, b!];
    db = knex({ client: 'pg', connection: url.toString(), pool: { min: 0, max: 2 } });
    const schools = await listSchools(db);
    expect(schools).toHaveLength(6); // seeded once

    // Principals bound in WeChat, and two notice rooms: the start-of-semester duties go to each.
    const START = '2026-09-01T01:00:00.000Z';
    for (const s of schools) {
      const p = await createPerson(db, { role: 'principal', schoolId: s.id, displayName: `${s.name}校长` }, 'test', START);
      await bindContact(db, { personId: p.id, channel: 'wechat', contactId: `wx-${s.id}`, alias: `a${p.id}` }, START);
    }
    await upsertRoom(db, { name: '全县校长群', topic: '全县校长群' }, 'test', START);
    await upsertRoom(db, { name: '班主任群', topic: '班主任群' }, 'test', START);

    // 1. Reminders, run by both at the same instant.
    const runs = await Promise.all(both.map((i) => i.ask({ cmd: 'reminders', at: START })));
    const claimed = runs.map((r) => (r.reminders as { key: string }[]).map((x) => x.key));
    expect(claimed.flat()).toEqual(['2026-2027-1:start']); // one instance claimed it, the other found it sent
    const queued = await db('outbox').select('dedupe_key');
    expect(queued).toHaveLength(8);
    expect(new Set(queued.map((r: { dedupe_key: string }) => r.dedupe_key)).size).toBe(8);
    expect(await db('reminder_log').where({ key: '2026-2027-1:start' })).toHaveLength(1);

    // 2. The outbox: 300 more messages; both workers drain the queue together.
    const now = new Date().toISOString();
    for (let n = 0; n < 300; n++) await enqueueOutbound(db, { to: `wx-${n % 7}`, text: `消息 ${n}`, dedupeKey: `bulk-${n}`, notBefore: now }, now);
    const t0 = performance.now();
    await Promise.all(both.map((i) => i.ask({ cmd: 'worker' })));
    for (let i = 0; i < 600; i++) {
      const left = await db('outbox').whereNot({ status: 'sent' }).count({ n: '*' }).first();
      if (Number(left?.n) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const drainMs = Math.round(performance.now() - t0);
    const ids = (await db('outbox').select('id', 'status')) as { id: number; status: string }[];
    expect(ids.every((r) => r.status === 'sent')).toBe(true);
    const sent = [...a!.sent, ...b!.sent].sort((x, y) => x - y);
    expect(sent).toEqual(ids.map((r) => r.id).sort((x, y) => x - y)); // each row sent once, none twice
    expect(a!.sent.length).toBeGreaterThan(0);
    expect(b!.sent.length).toBeGreaterThan(0);

    // 3. Four people, each in a self-assessment, each sending 10 messages split across both at once.
    const senders = schools.slice(0, 4).map((s, k) => ({ id: `op-${k}`, school: s }));
    let clock = Date.parse(now);
    const at = () => new Date((clock += 1000)).toISOString();
    let msgId = 0;
    const send = (i: Instance, from: string, text: string, id = `m-${++msgId}`) =>
      i.ask({ cmd: 'msg', id, from, text, at: at() }).then((r) => r.replies as string[]);
    for (const s of senders) {
      await send(a!, s.id, '自评');
      expect((await send(b!, s.id, s.school.name)).join('\n')).toContain(s.school.name);
    }
    const revisions = async () =>
      new Map(
        ((await db!('assessments').select('school_id', 'revision')) as { school_id: number; revision: number }[]).map((r) => [
          r.school_id,
          Number(r.revision),
        ]),
      );
    const before = await revisions();
    const t1 = performance.now();
    const replies = await Promise.all(
      senders.flatMap((s) => Array.from({ length: 10 }, (_, k) => send(both[k % 2]!, s.id, '进度'))),
    );
    const burstMs = Math.round(performance.now() - t1);
    const flat = replies.flat();
    expect(flat.filter((t) => t === APP_TEXT.saveFailed)).toEqual([]);
    expect(flat.filter((t) => t.includes('已答'))).toHaveLength(40);
    const after = await revisions();
    for (const s of senders) expect(after.get(s.school.id)! - before.get(s.school.id)!).toBe(10);

    // A delivery that reaches both instances (a retry landing on the other one) is handled once.
    const dup = await Promise.all(both.map((i) => send(i, senders[0]!.id, '进度', 'dup-1')));
    expect(dup.filter((r) => r.length > 0)).toHaveLength(1);

    await Promise.all(both.map((i) => i.ask({ cmd: 'stop' })));
    expect(await Promise.all(both.map((i) => i.exited))).toEqual([0, 0]);
    console.log(
      `two instances: outbox ${sent.length} rows in ${drainMs} ms (A ${a!.sent.length}, B ${b!.sent.length}); ` +
        `40 messages of 4 senders across both in ${burstMs} ms`,
    );
  }, 120_000);

  it('migrates from several instances started at the same instant: they take turns, none fails', async () => {
    const fresh = `${schema}_m`;
    await admin.raw('create schema ??', [fresh]);
    try {
      const u = new URL(pgUrl!);
      u.searchParams.set('options', `-c search_path=${fresh}`);
      const dbs = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ client: 'pg', url: u.toString() })));
      try {
        const applied = await Promise.all(dbs.map((d) => migrate(d)));
        expect(applied.filter((names) => names.length > 0)).toHaveLength(1); // one migrated, the others found it done
      } finally {
        await Promise.all(dbs.map((d) => d.destroy()));
      }
    } finally {
      await admin.raw('drop schema if exists ?? cascade', [fresh]);
    }
  });

  it("never fails another instance's send in flight; a crashed instance's is failed once stale", async () => {
    const fresh = `${schema}_r`;
    await admin.raw('create schema ??', [fresh]);
    const u = new URL(pgUrl!);
    u.searchParams.set('options', `-c search_path=${fresh}`);
    const pg = await openDatabase({ client: 'pg', url: u.toString() });
    try {
      await migrate(pg);
      let t = Date.parse('2026-11-28T02:00:00.000Z');
      const now = () => new Date(t).toISOString();
      await enqueueOutbound(pg, { to: 'wx-a', text: 'A 正在发送', notBefore: now() }, now());
      const inFlight = await claimNextOutbound(pg, now()); // instance A's claim
      await enqueueOutbound(pg, { to: 'wx-b', text: '排队中', notBefore: now() }, now());
      const status = async (id: number) => ((await pg('outbox').where({ id }).first()) as { status: string }).status;

      // Instance B starts one second later: its start-up recovery leaves A's send alone.
      t += 1000;
      const sent: string[] = [];
      const worker = createOutboundWorker({
        db: pg,
        log: silentLogger,
        now,
        sleep: async (ms) => {
          t += ms;
          await new Promise((r) => setImmediate(r));
        },
        jitterMs: () => 0,
        sender: { send: async (m) => void sent.push(m.text ?? '') },
      });
      expect(await worker.recover()).toBe(0);
      expect(await status(inFlight!.id)).toBe('sending');
      expect(await worker.drain()).toBe(1);
      expect(sent).toEqual(['排队中']);

      // A died mid-send: a minute later B's periodic recovery marks it failed, never re-sent.
      worker.start();
      for (let i = 0; i < 400 && (await status(inFlight!.id)) === 'sending'; i++) await new Promise((r) => setTimeout(r, 10));
      await worker.stop();
      expect(await status(inFlight!.id)).toBe('failed');
      expect(sent).toEqual(['排队中']);
      expect(t - Date.parse('2026-11-28T02:00:00.000Z')).toBeGreaterThanOrEqual(60_000);
    } finally {
      await pg.destroy();
      await admin.raw('drop schema if exists ?? cascade', [fresh]);
    }
  });
});
