/**
 * Personal-WeChat logins that fail (issue 14 §3). Without a route to WeChat's servers a puppet
 * reports errors in bursts (about 13 within 50 ms, 104 in 40 s): a flood in the log, and a
 * hammering of the login servers that is a ban risk in itself. Instead:
 *
 * - one failed attempt (start() throws, or the first error before a login) stops that bot;
 * - the next attempt, with a new bot, comes after an exponential backoff with jitter, from about
 *   5 s up to 5 minutes (`loginBackoffMs`, pure); a login resets it;
 * - ONE log line per failed attempt, with the time of the next try;
 * - the state (logged in or out, the last error) is kept for /healthz.
 */
import type { Logger } from '../app/deps.ts';

export const LOGIN_FIRST_MS = 5_000;
export const LOGIN_MAX_MS = 5 * 60_000;

/** The wait after the `failures`-th failed attempt in a row (1, 2, …): 5 s · 2^(n−1) ± 20 %, at most 5 min. `random` in [0, 1). */
export function loginBackoffMs(failures: number, random: number): number {
  const base = LOGIN_FIRST_MS * 2 ** Math.min(Math.max(failures - 1, 0), 16);
  return Math.round(Math.min(LOGIN_MAX_MS, base * (0.8 + 0.4 * random)));
}

/** What the supervisor needs of a Wechaty instance (a fake in tests). */
export interface LoginBot {
  readonly isLoggedIn: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  // Wechaty's typed overloads and an EventEmitter both fit this signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: 'error' | 'login' | 'logout', listener: (...args: any[]) => void): unknown;
}

export interface LoginState {
  loggedIn: boolean;
  lastError?: string;
}

export interface SuperviseOptions<B extends LoginBot> {
  /** A new bot (and puppet) for each attempt. */
  build(): B;
  /** Wires the app's channel to a new bot (messages, scan, login…). */
  attach(bot: B): void;
  log: Logger;
  nowMs(): number;
  random(): number;
  /** Waits `ms`, resolving early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export interface LoginSupervisor<B extends LoginBot> {
  readonly state: LoginState;
  /** The bot of the current attempt. */
  current(): B | null;
  /** Failed attempts so far (all, not only in a row). */
  readonly failures: number;
  /** Stops retrying and stops the current bot. */
  stop(): Promise<void>;
}

export function superviseLogin<B extends LoginBot>(opts: SuperviseOptions<B>): LoginSupervisor<B> {
  const state: LoginState = { loggedIn: false };
  const abort = new AbortController();
  let bot: B | null = null;
  let failures = 0;
  let inARow = 0;

  /** Resolves with the error of a failed attempt, or null when stopped. */
  async function attempt(b: B): Promise<string | null> {
    let fail!: (e: string) => void;
    const failed = new Promise<string>((resolve) => (fail = resolve));
    b.on('error', (err: unknown) => {
      if (!b.isLoggedIn) fail(err instanceof Error ? err.message : String(err));
    });
    b.on('login', () => {
      inARow = 0;
      state.loggedIn = true;
      delete state.lastError;
    });
    b.on('logout', () => {
      state.loggedIn = false;
    });
    const stopped = new Promise<null>((resolve) => abort.signal.addEventListener('abort', () => resolve(null), { once: true }));
    const started = b.start().then(
      () => new Promise<never>(() => undefined),
      (err: unknown) => (err instanceof Error ? err.message : String(err)),
    );
    return Promise.race([failed, started, stopped]);
  }

  const loop = (async () => {
    while (!abort.signal.aborted) {
      bot = opts.build();
      opts.attach(bot);
      const error = await attempt(bot);
      if (error === null) break;
      failures += 1;
      inARow += 1;
      state.loggedIn = false;
      state.lastError = error;
      await bot.stop().catch(() => undefined);
      const wait = loginBackoffMs(inARow, opts.random());
      const nextTryAt = new Date(opts.nowMs() + wait).toISOString();
      opts.log.error({ attempt: inARow, error, nextTryAt }, `微信登录失败（连续第 ${inARow} 次），${Math.round(wait / 1000)} 秒后重试`);
      await opts.sleep(wait, abort.signal);
    }
  })();

  return {
    state,
    current: () => bot,
    get failures() {
      return failures;
    },
    async stop() {
      abort.abort();
      await loop;
      await bot?.stop().catch(() => undefined);
    },
  };
}
