/**
 * The persisted, paced outbound worker. Every reply and reminder is first written to the outbox
 * (storage/ops/outbox.ts); this worker takes them out one at a time and hands them to a Sender.
 *
 * Pacing, against WeChat's risk control: at least `gapMs` (1 s) between two sends plus a random
 * jitter, and after `burst` (20) sends in a row a longer pause (`burstPauseMs` plus jitter).
 * A quiet spell as long as that pause starts a new burst. The worker waits BEFORE it claims a
 * message, so nothing sits in `sending` while the worker sleeps.
 *
 * Restart: claim → send → markSent. A message claimed but not marked sent when the process died
 * may or may not have gone out; at start-up `recoverInterruptedOutbound` marks it failed and it
 * is never sent again (at-most-once: a duplicate notice in a school group costs more than a lost
 * one, and the loss is logged and stays visible in the outbox as `failed`). Everything still
 * `pending` is sent after the restart, once.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Knex } from 'knex';
import type { Logger } from '../app/deps.ts';
import { parseNoticeAddress } from '../app/reminders.ts';
import { claimNextOutbound, markFailed, markSent, recoverInterruptedOutbound } from '../storage/outbox.ts';
import { listRooms } from '../storage/rooms.ts';
import type { OutboundMessage } from '../storage/types.ts';
import { postWecomMarkdown, type WebhookResult } from './wecom-webhook.ts';

/** Delivers one message. Throws when it could not; `RetryLater` when it certainly did not send. */
export interface Sender {
  send(msg: OutboundMessage): Promise<void>;
}

/** The sender certainly did not send (e.g. WeChat is logged out): the message is queued again. */
export class RetryLater extends Error {}

export interface Pacing {
  /** At least this long between two sends (plus jitter). */
  gapMs: number;
  /** At most this many sends in a row… */
  burst: number;
  /** …then at least this long a pause (plus jitter). */
  burstPauseMs: number;
  /** How often to look for due messages when there were none. */
  idleMs: number;
  /** A `RetryLater` message is due again after this. */
  retryMs: number;
  /** How often to look again for messages interrupted mid-send (see recoverInterruptedOutbound). */
  recoverMs: number;
}

export const DEFAULT_PACING: Pacing = { gapMs: 1_000, burst: 20, burstPauseMs: 30_000, idleMs: 1_000, retryMs: 60_000, recoverMs: 60_000 };

export interface OutboundOptions {
  db: Knex;
  sender: Sender;
  log: Logger;
  /** The clock, as an ISO instant. */
  now(): string;
  /** Waits `ms` (resolves early when `signal` aborts). Tests pass one that moves a fake clock. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** Extra milliseconds added to each pause (the randomness is injected). */
  jitterMs(): number;
  pacing?: Partial<Pacing>;
}

export interface OutboundWorker {
  /** At start-up: marks messages caught mid-send as failed (never re-sent). Returns how many. */
  recover(): Promise<number>;
  /** Sends every due message, paced; resolves when none is due. Returns how many it handed to the sender. */
  drain(): Promise<number>;
  /** `recover`, then `drain` every `idleMs` until `stop`. */
  start(): void;
  stop(): Promise<void>;
}

export function createOutboundWorker(opts: OutboundOptions): OutboundWorker {
  const pacing: Pacing = { ...DEFAULT_PACING, ...opts.pacing };
  const { db, sender, log } = opts;
  const nowMs = () => Date.parse(opts.now());
  const abort = new AbortController();
  let nextAt = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  let inBurst = 0;
  let loop: Promise<void> | null = null;

  async function deliver(msg: OutboundMessage): Promise<void> {
    try {
      await sender.send(msg);
      await markSent(db, msg.id, opts.now());
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      if (err instanceof RetryLater) {
        const retryAt = new Date(nowMs() + pacing.retryMs).toISOString();
        await markFailed(db, msg.id, error, opts.now(), { retryAt });
        log.warn({ outbox: msg.id, to: msg.to, error, retryAt }, 'outbound message not sent, queued again');
      } else {
        await markFailed(db, msg.id, error, opts.now());
        log.error({ outbox: msg.id, to: msg.to, error }, 'outbound message failed');
      }
    }
  }

  async function drain(): Promise<number> {
    let handed = 0;
    for (;;) {
      const wait = nextAt - nowMs();
      if (wait > 0) await opts.sleep(wait, abort.signal);
      if (abort.signal.aborted) return handed;
      const msg = await claimNextOutbound(db, opts.now());
      if (!msg) return handed;
      const at = nowMs();
      if (at - lastAt >= pacing.burstPauseMs) inBurst = 0;
      await deliver(msg);
      handed += 1;
      inBurst += 1;
      lastAt = at;
      const pause = inBurst >= pacing.burst ? pacing.burstPauseMs : pacing.gapMs;
      if (inBurst >= pacing.burst) inBurst = 0;
      nextAt = at + pause + opts.jitterMs();
    }
  }

  async function recover(): Promise<number> {
    const n = await recoverInterruptedOutbound(db, opts.now());
    if (n > 0) log.warn({ count: n }, 'outbound messages interrupted mid-send by the last stop: marked failed, not re-sent');
    return n;
  }

  async function run(): Promise<void> {
    await recover();
    let recoveredAt = nowMs();
    while (!abort.signal.aborted) {
      try {
        await drain();
        // Again now and then, between drains (nothing of this worker's is in flight): on
        // PostgreSQL a message caught by another instance's crash is only stale after a while.
        if (nowMs() - recoveredAt >= pacing.recoverMs) {
          recoveredAt = nowMs();
          await recover();
        }
      } catch (err) {
        log.error({ err: String(err) }, 'outbound worker error');
      }
      if (!abort.signal.aborted) await opts.sleep(pacing.idleMs, abort.signal);
    }
  }

  return {
    recover,
    drain,
    start() {
      loop ??= run();
    },
    async stop() {
      abort.abort();
      await loop;
    },
  };
}

/** Real waiting, cut short by `signal`. */
export const realSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal }).catch(() => undefined);

/**
 * Routes by address: a notice (`notice-room:<name>`, see app/reminders.ts) for a room configured
 * with a WeCom webhook is posted there as markdown; everything else goes to the chat channel.
 * Without a chat channel (console mode) only webhook notices can be delivered.
 */
export function routingSender(
  db: Knex,
  chat: Sender | null,
  post: (url: string, markdown: string) => Promise<WebhookResult> = postWecomMarkdown,
): Sender {
  return {
    async send(msg) {
      const name = parseNoticeAddress(msg.to);
      const room = name === null ? null : (await listRooms(db)).find((r) => r.name === name);
      if (name !== null && !room) throw new Error(`notice room “${name}” is not configured`);
      if (room?.webhookUrl) {
        const res = await post(room.webhookUrl, msg.text ?? '');
        if (!res.ok) throw new Error(`webhook: ${res.error}`);
        return;
      }
      if (!chat) throw new Error('no chat channel to send through');
      await chat.send(msg);
    },
  };
}

/**
 * Chooses the chat channel by the message's `channel` ('wechat' → Wechaty, 'wecom' → the WeCom
 * app). A channel not running here: the message fails (it cannot be delivered by this process).
 */
export function channelSender(senders: Partial<Record<string, Sender>>): Sender {
  return {
    async send(msg) {
      const sender = senders[msg.channel];
      if (!sender) throw new Error(`no ${msg.channel} channel to send through`);
      await sender.send(msg);
    },
  };
}
