/**
 * Personal-WeChat logins that fail (issue 14 §3): the backoff schedule as a pure function, and
 * the retry loop with a fake bot factory whose every attempt fails in a burst of errors (as
 * wechat4u does without a route to WeChat), under fake timers: one log line per attempt, with
 * the next try's time, and the state /healthz shows.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOGIN_FIRST_MS, LOGIN_MAX_MS, loginBackoffMs, superviseLogin, type LoginBot } from '../../src/channels/wechaty-login.ts';

/** Waiting on the global setTimeout (which the fake timers replace), cut short by `signal`. */
const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

describe('loginBackoffMs', () => {
  it('starts at about 5 s, doubles, and stays at 5 minutes at most, with ±20 % jitter', () => {
    expect(loginBackoffMs(1, 0.5)).toBe(LOGIN_FIRST_MS);
    expect(loginBackoffMs(2, 0.5)).toBe(10_000);
    expect(loginBackoffMs(3, 0.5)).toBe(20_000);
    expect(loginBackoffMs(1, 0)).toBe(4_000);
    expect(loginBackoffMs(1, 0.999_999)).toBe(6_000);
    for (let n = 7; n < 60; n++) expect(loginBackoffMs(n, 0.999_999)).toBeLessThanOrEqual(LOGIN_MAX_MS);
    expect(loginBackoffMs(8, 0.5)).toBe(LOGIN_MAX_MS);
    for (let n = 1; n < 12; n++) expect(loginBackoffMs(n + 1, 0.5)).toBeGreaterThanOrEqual(loginBackoffMs(n, 0.5));
  });
});

/** A bot whose start resolves and then reports 13 errors within 50 ms, never logging in. */
class FailingBot extends EventEmitter implements LoginBot {
  isLoggedIn = false;
  stopped = false;
  async start(): Promise<void> {
    for (let i = 0; i < 13; i++) setTimeout(() => !this.stopped && this.emit('error', new Error('connect ETIMEDOUT')), i * 4);
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('superviseLogin', () => {
  it('a login that always fails: one log line per attempt with the next try, not a flood, and logged out with the last error', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T00:00:00Z'));
    const lines: { obj: Record<string, unknown>; msg?: string }[] = [];
    const bots: FailingBot[] = [];
    const sup = superviseLogin<FailingBot>({
      build: () => {
        const bot = new FailingBot();
        bots.push(bot);
        return bot;
      },
      attach: () => undefined,
      log: { info: () => undefined, warn: () => undefined, error: (obj, msg) => lines.push({ obj: obj as Record<string, unknown>, ...(msg ? { msg } : {}) }) },
      nowMs: () => Date.now(),
      random: () => 0.5,
      sleep,
    });
    // 40 s (the issue saw 104 errors in 40 s): attempts at 0, 5, 15, 35 s → 4 lines.
    await vi.advanceTimersByTimeAsync(40_000);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.obj.attempt)).toEqual([1, 2, 3, 4]);
    expect(lines[0]!.msg).toMatch(/微信登录失败.*5 秒后重试/);
    expect(lines[0]!.obj.nextTryAt).toBe('2026-12-01T00:00:05.000Z');
    expect(lines[0]!.obj.error).toBe('connect ETIMEDOUT');
    expect(sup.state).toEqual({ loggedIn: false, lastError: 'connect ETIMEDOUT' });
    // Each failed bot was stopped before the next one was built.
    expect(bots.slice(0, -1).every((b) => b.stopped)).toBe(true);

    // An hour: the waits grow to 5 minutes, so about a dozen more attempts, not thousands.
    await vi.advanceTimersByTimeAsync(3_600_000);
    const waits = lines.map((l) => Date.parse(l.obj.nextTryAt as string)).map((t, i, a) => (i === 0 ? t - Date.parse('2026-12-01T00:00:00Z') : t - a[i - 1]!));
    expect(Math.max(...waits)).toBeLessThanOrEqual(LOGIN_MAX_MS + 50);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThan(25);
    await sup.stop();
    const after = lines.length;
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(lines).toHaveLength(after);
  });

  it('a start that throws counts as a failed attempt; a login resets the backoff and the state', async () => {
    vi.useFakeTimers();
    let n = 0;
    const lines: Record<string, unknown>[] = [];
    class Bot extends EventEmitter implements LoginBot {
      isLoggedIn = false;
      async start(): Promise<void> {
        n += 1;
        if (n <= 2) throw new Error(`no route ${n}`);
        this.isLoggedIn = true;
        this.emit('login', {});
      }
      async stop(): Promise<void> {}
    }
    const sup = superviseLogin<Bot>({
      build: () => new Bot(),
      attach: () => undefined,
      log: { info: () => undefined, warn: () => undefined, error: (obj) => lines.push(obj as Record<string, unknown>) },
      nowMs: () => Date.now(),
      random: () => 0.5,
      sleep,
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(sup.state).toEqual({ loggedIn: false, lastError: 'no route 1' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lines.map((l) => l.error)).toEqual(['no route 1', 'no route 2']);
    expect(sup.state).toEqual({ loggedIn: true });
    expect(sup.failures).toBe(2);
    await sup.stop();
  });
});
