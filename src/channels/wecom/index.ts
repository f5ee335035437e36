/**
 * The WeCom self-built-app channel: callback in (callback.ts), durable hand-over to the app
 * through `inbound_pending`, replies out through the persisted, paced outbox (channel 'wecom'),
 * sent by `wecomSender` over `message/send`.
 *
 * A message is stored before the 200, then a worker (one at a time, oldest first) converts it to
 * an Inbound, lets the app's inbox answer, queues the replies and marks the row done. Rows left
 * pending by a stop or a crash are handled at the next start. The same MsgId makes one row, and
 * the app's message-id de-dup (channel 'wecom', id = MsgId) stops a second handling as well.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knex } from 'knex';
import type { Inbox } from '../../app/handleInbound.ts';
import type { Logger } from '../../app/deps.ts';
import type { Inbound, Reply } from '../../app/types.ts';
import { addInboundPending, listInboundPending, markInboundDone, recordInboundFailure } from '../../storage/inbound-pending.ts';
import { APP_TEXT } from '../../core/text/app-replies.ts';
import { enqueueOutbound } from '../../storage/outbox.ts';
import type { Sender } from '../outbound.ts';
import { createWecomApi, type WecomApi } from './api.ts';
import { wecomCallbackHandler } from './callback.ts';
import type { WecomKeys } from './crypto.ts';

export const WECOM = 'wecom';
/** What the app is told when someone opens the app (enter_agent) or follows it: its help text. */
const GREETING_TEXT = '帮助';
/** A message whose handling fails this many times is given up (its sender asked to send it again). */
export const MAX_ATTEMPTS = 5;

export interface WecomConfig {
  corpId: string;
  agentId: string;
  secret: string;
  token: string;
  aesKey: string;
  apiBase: string;
}

export interface WecomChannelOptions {
  db: Knex;
  inbox: Inbox;
  log: Logger;
  now(): string;
  /** The API client (tests may pass one with a moved clock). */
  api?: WecomApi;
  /** Seconds clock for the callback's timestamp check. */
  nowSec?: () => number;
  /** How often to look for pending messages besides the wake-up after each callback. */
  pollMs?: number;
}

export interface WecomChannel {
  /** The node:http handler of `/wecom/callback`. */
  handler(req: IncomingMessage, res: ServerResponse): void;
  /** Sends 'wecom' outbox rows. */
  sender: Sender;
  api: WecomApi;
  /** Starts the worker: first the rows left pending by the last run, then each new one. */
  start(): void;
  /** Looks at the pending messages now (the timer does so every pollMs). */
  wake(): void;
  /** Resolves when every stored message has been handled (tests; the SIGTERM path). */
  settled(): Promise<void>;
  /** Stops the worker after the message in hand (nothing is lost: the rest stays pending). */
  stop(): Promise<void>;
  /** Messages handled by this process (tests). */
  readonly handled: number;
}

/** A decrypted callback as the app's Inbound; null for what the app is not told about. */
export function toInbound(fields: Record<string, string>, api: WecomApi): Inbound | null {
  const from = fields.FromUserName ?? '';
  if (!from) return null;
  const created = Number(fields.CreateTime ?? '0');
  const at = new Date((Number.isFinite(created) && created > 0 ? created : 0) * 1000).toISOString();
  const base = { channel: WECOM, from: { id: from, name: from }, at } as const;
  const type = fields.MsgType ?? '';
  if (type === 'event') {
    const event = (fields.Event ?? '').toLowerCase();
    if (event !== 'enter_agent' && event !== 'subscribe') return null;
    return { ...base, id: `event:${from}:${fields.CreateTime ?? ''}:${event}`, text: GREETING_TEXT, kind: 'text' };
  }
  const id = fields.MsgId ?? `${from}:${fields.CreateTime ?? ''}`;
  if (type === 'text') return { ...base, id, text: fields.Content ?? '', kind: 'text' };
  if ((type === 'image' || type === 'file') && fields.MediaId) {
    const mediaId = fields.MediaId;
    const name = fields.Title ?? fields.FileName ?? (type === 'image' ? '图片.jpg' : '文件');
    return {
      ...base,
      id,
      text: '',
      kind: 'file',
      file: { name, read: async () => (await api.getMedia(mediaId)).bytes },
    };
  }
  return { ...base, id, text: '', kind: 'other' };
}

/** The key a callback is stored under: MsgId, or for events the sender, time and event. */
function messageKey(fields: Record<string, string>): string {
  if (fields.MsgId) return fields.MsgId;
  return `event:${fields.FromUserName ?? ''}:${fields.CreateTime ?? ''}:${(fields.Event ?? fields.MsgType ?? '').toLowerCase()}`;
}

export function createWecomChannel(config: WecomConfig, opts: WecomChannelOptions): WecomChannel {
  const { db, log } = opts;
  const keys: WecomKeys = { corpId: config.corpId, token: config.token, aesKey: config.aesKey };
  const api = opts.api ?? createWecomApi({ base: config.apiBase, corpId: config.corpId, secret: config.secret, agentId: config.agentId });
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;
  let handled = 0;
  let timer: NodeJS.Timeout | null = null;

  async function queueReplies(inbound: Inbound, replies: readonly Reply[]): Promise<void> {
    for (const [i, r] of replies.entries()) {
      if (!r.text && !r.file) continue;
      const at = opts.now();
      await enqueueOutbound(
        db,
        { to: r.to, channel: WECOM, text: r.text ?? null, file: r.file ?? null, dedupeKey: `reply:${WECOM}:${inbound.id}:${i}`, notBefore: at },
        at,
      );
    }
  }

  /**
   * Hands the pending rows to the app, oldest first. A row whose handling fails is left for the next
   * pass and does not hold up the rows behind it; after MAX_ATTEMPTS failures it is given up and its
   * sender is told to send it again.
   */
  async function drainOnce(): Promise<void> {
    const failed = new Set<number>();
    for (;;) {
      const rows = (await listInboundPending(db, WECOM, 50 + failed.size)).filter((r) => !failed.has(r.id));
      if (rows.length === 0) return;
      for (const row of rows) {
        if (stopped) return;
        const inbound = toInbound(JSON.parse(row.payload) as Record<string, string>, api);
        try {
          if (inbound) await queueReplies(inbound, await opts.inbox.handle(inbound));
          await markInboundDone(db, row.id, opts.now());
          handled += 1;
        } catch (err) {
          failed.add(row.id);
          const gaveUp = await recordInboundFailure(db, row.id, opts.now(), MAX_ATTEMPTS);
          log.error({ err: String(err), msgId: row.msgId, gaveUp }, gaveUp ? 'WeCom message given up after repeated failures' : 'WeCom message handling failed; it stays pending and is tried again');
          if (gaveUp && inbound) await queueReplies(inbound, [{ to: inbound.from.id, text: APP_TEXT.saveFailed }]);
        }
      }
    }
  }

  /** Runs the worker unless it runs already (then it runs once more after). */
  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await drainOnce();
        } catch (err) {
          log.error({ err: String(err) }, 'WeCom message handling failed; it stays pending and is tried again');
        }
      } while (again && !stopped);
    })().finally(() => (running = null));
  }

  const handler = wecomCallbackHandler({
    keys,
    log,
    nowSec: opts.nowSec,
    async accept(fields) {
      const fresh = await addInboundPending(db, { channel: WECOM, msgId: messageKey(fields), payload: JSON.stringify(fields) }, opts.now());
      if (!fresh) log.info({ msgId: messageKey(fields) }, 'WeCom retry of a message already received');
    },
    afterAnswer: wake,
  });

  return {
    handler,
    api,
    sender: {
      async send(msg) {
        if (msg.file) await api.sendFile(msg.to, msg.file.path, msg.file.name);
        else await api.sendText(msg.to, msg.text ?? '');
      },
    },
    start() {
      if (!stopped) return;
      stopped = false;
      wake();
      timer = setInterval(wake, opts.pollMs ?? 5_000);
      timer.unref();
    },
    wake,
    async settled() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running;
    },
    get handled() {
      return handled;
    },
  };
}
