/**
 * `npm start` with the WeCom app configured, as a real process (issue 14 §1, §2, §5): it serves
 * the callback and /healthz on HTTP_PORT, answers a message through the local stand-in, and on
 * SIGTERM stops taking messages, leaves the outbox and the pending inbox consistent, closes the
 * database and exits 0 within 10 s.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/app.ts';
import { AGENT_ID, CORP_ID, SECRET, startStandIn, testKeys, wecomClient, type StandIn } from './stand-in.ts';
import { textMsg } from './harness.ts';

let api: StandIn | null = null;
afterAll(async () => api?.close());

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `src/main.ts` as a process with `env`; resolves once its HTTP server listens. */
async function startMain(env: Record<string, string>) {
  const dir = tempDir('mh-main-');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), REMINDERS: 'false', LOG_LEVEL: 'info', HTTP_PORT: '0', WECHATY_PUPPET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { dir, child, stderr: '', port: 0, exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stderr.on('data', (c: Buffer) => (out.stderr += c.toString('utf8')));
  await until(() => /"port":\d+/.test(out.stderr), 25_000);
  out.port = Number(/"port":(\d+)/.exec(out.stderr)![1]);
  return out;
}

describe('main with WeCom: serve, then SIGTERM', () => {
  it('answers a message, then exits 0 within 10 s of SIGTERM with nothing left mid-way', async () => {
    api = await startStandIn();
    const keys = testKeys();
    const main = await startMain({
      WECOM_CORP_ID: CORP_ID,
      WECOM_AGENT_ID: AGENT_ID,
      WECOM_SECRET: SECRET,
      WECOM_TOKEN: keys.token,
      WECOM_AES_KEY: keys.aesKey,
      WECOM_API_BASE: api.base,
    });
    const { dir, child, port, exited } = main;

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, db: 'up', channels: { wecom: 'up' }, version: expect.any(String), rubricVersion: expect.stringMatching(/^sha256:/) });

    const client = wecomClient(`http://127.0.0.1:${port}/wecom/callback`, keys);
    expect((await client.post(textMsg('lisi', '心理课多久上一次'))).status).toBe(200);
    await until(() => api!.sent.length === 1, 15_000);
    expect(api.sent[0]).toMatchObject({ touser: 'lisi', msgtype: 'text' });

    // Another message right before the stop: stored before its 200, so it is never lost.
    expect((await client.post(textMsg('wangwu', '心理课多久上一次'))).status).toBe(200);
    const t0 = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const elapsed = Date.now() - t0;
    console.info(`SIGTERM → exit ${code} in ${elapsed} ms`);
    expect(code).toBe(0);
    expect(elapsed).toBeLessThan(10_000);
    expect(main.stderr).toMatch(/已停止/);

    const db = knex({ client: 'sqlite3', connection: { filename: join(dir, 'db.sqlite') }, useNullAsDefault: true });
    try {
      expect(await db('outbox').where({ status: 'sending' })).toHaveLength(0);
      const received = await db('inbound_pending').select('msg_id', 'done_at');
      expect(received).toHaveLength(2);
      // Each message was either handled (done) or is still pending for the next start: none lost.
      const handledReplies = await db('outbox').where({ channel: 'wecom' });
      expect(handledReplies.length).toBeGreaterThanOrEqual(1);
    } finally {
      await db.destroy();
    }
  }, 60_000);

  it('Wechaty alone also serves /healthz (Docker HEALTHCHECK): wechaty logged out until a login', async () => {
    const { child, port, exited } = await startMain({ WECHATY_PUPPET: 'wechaty-puppet-mock' });
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, db: 'up', channels: { wechaty: 'logged-out' } });
    expect((await fetch(`http://127.0.0.1:${port}/wecom/callback`)).status).toBe(404);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
