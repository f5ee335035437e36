/**
 * Builds the real app over a temp SQLite file with a controllable clock, and drives it through
 * handleInbound like a channel would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config.ts';
import { buildApp, type App } from '../../src/build.ts';
import { silentLogger } from '../../src/app/deps.ts';
import type { Inbound, Reply } from '../../src/app/types.ts';

export interface TestClock {
  now(): string;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(start = '2026-11-28T02:00:00.000Z'): TestClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export function tempDir(prefix = 'mh-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function makeApp(opts: { dir?: string; clock?: TestClock; env?: Record<string, string> } = {}): Promise<
  App & { clock: TestClock; dir: string }
> {
  const dir = opts.dir ?? tempDir();
  const clock = opts.clock ?? fakeClock();
  const parsed = parseConfig({
    SQLITE_FILE: join(dir, 'db.sqlite'),
    OUT_DIR: join(dir, 'out'),
    EVIDENCE_DIR: join(dir, 'evidence'),
    REMINDERS: 'false',
    ...opts.env,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const built = await buildApp(parsed.config, silentLogger, { now: clock.now });
  if (!built.ok) throw new Error(built.errors.join('\n'));
  return { ...built.value, clock, dir };
}

let seq = 0;

/** A private message from a console-like sender (the local operator unless `channel: 'wechat'`). */
export function msg(text: string, over: Partial<Inbound> & { at: string }): Inbound {
  seq += 1;
  return {
    id: `t-${seq}`,
    channel: 'console',
    from: { id: 'local-operator', name: '测试员' },
    text,
    kind: 'text',
    ...over,
  };
}

export function texts(replies: readonly Reply[]): string {
  return replies.map((r) => r.text ?? '').join('\n---\n');
}
