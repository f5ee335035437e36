/**
 * The WeChat channel through Wechaty. The puppet (protocol driver) is chosen by Wechaty's own
 * convention, `WECHATY_PUPPET`: `wechaty-puppet-wechat4u` (personal account, QR login in the
 * terminal) or `wechaty-puppet-service` with `WECHATY_PUPPET_SERVICE_TOKEN` (WeCom, pad
 * services). The login is kept across restarts by Wechaty's named memory card
 * (`<WECHATY_NAME>.memory-card.json` in the working directory).
 *
 * Inbound: `toInbound` turns a Wechaty message into plain data (guards first, as in wechaty's
 * ding-dong-bot), the app's inbox answers, and the replies go to the persisted outbox. The
 * outbound worker (channels/outbound.ts) sends them, paced, through `wechatySender`.
 * The channel holds no rules: stale backlog, duplicates, permissions all live in handleInbound.
 */
import qrcodeTerminal from 'qrcode-terminal';
import { FileBox } from 'file-box';
import {
  qrcodeValueToImageUrl,
  types,
  WechatyBuilder,
  type Contact,
  type Message,
  type OfficialPuppetNpmName,
  type Room,
  type Wechaty,
} from 'wechaty';
import type { Knex } from 'knex';
import type { Config } from '../config.ts';
import type { App } from '../build.ts';
import type { Logger } from '../app/deps.ts';
import type { Inbound, Reply } from '../app/types.ts';
import { parseNoticeAddress } from '../app/reminders.ts';
import { BOUND_CHANNEL } from '../app/identity.ts';
import { enqueueOutbound } from '../storage/outbox.ts';
import { listPeople } from '../storage/people.ts';
import { listRooms } from '../storage/rooms.ts';
import { getSetting, putSetting } from '../storage/settings.ts';
import type { OutboundMessage } from '../storage/types.ts';
import { withTransaction } from '../storage/knex.ts';
import { realSleep, RetryLater, type Sender } from './outbound.ts';
import { superviseLogin, type LoginState } from './wechaty-login.ts';
import { WECHAT_TEXT } from '../core/text/bind-replies.ts';

/** A group answer longer than this is cut, with a pointer to the full text in a private chat. */
export const GROUP_MAX_CHARS = 300;
const OUTAGE_KEY = 'wechat.outage';
/** Set at every login: a QR code asked for later means the kept login was lost. */
const LOGGED_IN_KEY = 'wechat.loggedInAs';

/**
 * A Wechaty message as plain data, or null when it is to be ignored: the bot's own messages and
 * official accounts. Non-text kinds come through as kind 'other' (the app answers them in a
 * private chat and ignores them in a group). Mentions: puppets differ, so both `mentionSelf()`
 * and the text 「@<name>」 for any of `botNames` count.
 */
async function toInbound(message: Message, botNames: readonly string[]): Promise<Inbound | null> {
  if (message.self()) return null;
  const talker = message.talker();
  if (talker.type() === types.Contact.Official) return null;
  const room = message.room();
  const isText = message.type() === types.Message.Text;
  const text = isText ? message.text() : '';
  const mentioned =
    room !== undefined && isText && ((await message.mentionSelf()) || botNames.some((n) => text.includes(`@${n}`)));
  const alias = await talker.alias();
  const inbound: Inbound = {
    id: message.id,
    channel: 'wechat',
    from: alias ? { id: talker.id, name: talker.name(), alias } : { id: talker.id, name: talker.name() },
    text,
    kind: isText ? 'text' : 'other',
    mentioned,
    at: message.date().toISOString(),
  };
  if (room) inbound.room = { id: room.id, topic: await room.topic() };
  return inbound;
}

/** A long group answer, cut, pointing to 「原文 N」 for the first clause it cites. */
function cutForGroup(text: string, max = GROUP_MAX_CHARS): string {
  if ([...text].length <= max) return text;
  const no = /第\s*(\d+)\s*条/.exec(text)?.[1];
  const tip = WECHAT_TEXT.cutTip(no === undefined ? null : Number(no));
  return [...text].slice(0, max - [...tip].length).join('') + tip;
}

export interface ChannelOptions {
  log: Logger;
  /** Configured display names of the bot (BOT_NAMES); the logged-in name is added to them. */
  botNames: readonly string[];
  timeZone: string;
  /** Shows the login QR code (a terminal QR and its URL by default). */
  onScan?: (qrcode: string, status: types.ScanStatus) => void;
}

export interface WechatyChannel {
  /** Messages received so far (tests wait on it). */
  readonly received: number;
  /** Resolves when every message received so far has been handled and its replies queued. */
  settled(): Promise<void>;
  /** Before `bot.stop()`: a stop is not an outage (the puppet reports it as a logout). */
  close(): Promise<void>;
}

/**
 * Wires a Wechaty instance to the app: messages in, replies to the outbox, and the lifecycle
 * (scan, login, logout, error) logged clearly. After a logout or a failed login the office
 * accounts are alerted through the outbox as soon as the bot is logged in again.
 */
export function attachWechaty(bot: Wechaty, app: Pick<App, 'inbox' | 'db' | 'deps'>, opts: ChannelOptions): WechatyChannel {
  const { log } = opts;
  const now = app.deps.now;
  const inFlight = new Set<Promise<void>>();
  let received = 0;
  let closing = false;

  /** The configured names, the logged-in account's name and its nickname in the room. */
  const names = async (room: Room | undefined): Promise<string[]> => {
    const out = new Set(opts.botNames);
    if (bot.isLoggedIn) {
      out.add(bot.currentUser.name());
      const inRoom = room ? await room.alias(bot.currentUser) : undefined;
      if (inRoom) out.add(inRoom);
    }
    return [...out];
  };

  async function onMessage(message: Message): Promise<void> {
    const inbound = await toInbound(message, await names(message.room()));
    if (!inbound) return;
    const replies = await app.inbox.handle(inbound);
    await queueReplies(inbound, replies);
  }

  async function queueReplies(inbound: Inbound, replies: readonly Reply[]): Promise<void> {
    for (const [i, r] of replies.entries()) {
      if (r.setAlias) await setAlias(r.to, r.setAlias);
      if (!r.text && !r.file) continue;
      const text = r.text && r.room ? cutForGroup(r.text) : (r.text ?? null);
      const at = now();
      await enqueueOutbound(
        app.db,
        { to: r.to, room: r.room ?? null, mention: r.mention ?? false, text, file: r.file ?? null, dedupeKey: `reply:${inbound.id}:${i}`, notBefore: at },
        at,
      );
    }
  }

  async function setAlias(contactId: string, alias: string): Promise<void> {
    const contact = await bot.Contact.find({ id: contactId });
    if (!contact) return log.warn({ contactId, alias }, 'cannot set the alias: contact not found');
    await contact.alias(alias);
    log.info({ contactId, alias }, 'alias set on a newly bound contact');
  }

  bot.on('message', (message) => {
    received += 1;
    const job = onMessage(message)
      .catch((err: unknown) => log.error({ err: String(err), message: message.id }, 'wechat message failed'))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  });
  bot.on('scan', (qrcode, status) => {
    log.warn({ status: types.ScanStatus[status] }, '微信等待扫码登录');
    (opts.onScan ?? printQr)(qrcode, status);
    // Logged in before (here or in an earlier run): the kept login did not hold, a failed login.
    void getSetting(app.db, LOGGED_IN_KEY)
      .then(async (before) => {
        if (before) await noteOutage(app.db, '登录失效，需要重新扫码', types.ScanStatus[status] ?? '', now());
      })
      .catch((err: unknown) => log.error({ err: String(err) }, 'outage note failed'));
  });
  bot.on('login', (user) => {
    log.warn({ user: user.name() }, '微信已登录');
    void putSetting(app.db, LOGGED_IN_KEY, user.name(), 'wechaty', now())
      .then(() => alertOfficeIfBack(app.db, now(), opts.timeZone))
      .then(
        (n) => n > 0 && log.warn({ office: n }, 'office alerted: the assistant is back after an outage'),
        (err: unknown) => log.error({ err: String(err) }, 'outage alert failed'),
      );
  });
  bot.on('logout', (user, reason) => {
    if (closing) return log.warn({ user: user.name() }, '微信通道已停止');
    log.error({ user: user.name(), reason }, '微信已掉线（logout），恢复登录后会通知考核办公室');
    void noteOutage(app.db, '掉线', String(reason ?? ''), now()).catch((err: unknown) => log.error({ err: String(err) }, 'outage note failed'));
  });
  bot.on('error', (err) => {
    if (bot.isLoggedIn) return log.error({ err: String(err) }, 'wechaty error');
    // Not logged in: the login supervisor (wechaty-login.ts) logs ONE line per attempt, not one per error.
    void noteOutage(app.db, '登录失败', String(err), now()).catch((e: unknown) => log.error({ err: String(e) }, 'outage note failed'));
  });

  return {
    get received() {
      return received;
    },
    async settled() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    async close() {
      closing = true;
      await this.settled();
    },
  };
}

function printQr(qrcode: string, status: types.ScanStatus): void {
  if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
  qrcodeTerminal.generate(qrcode, { small: true }, (art) =>
    process.stderr.write(`${art}\n请用机器人的微信扫码登录（或在浏览器打开）：${qrcodeValueToImageUrl(qrcode)}\n`),
  );
}

/** Remembers the first outage until the bot is back (settings survive a restart). */
async function noteOutage(db: Knex, what: string, detail: string, at: string): Promise<void> {
  if (await getSetting(db, OUTAGE_KEY)) return;
  await putSetting(db, OUTAGE_KEY, JSON.stringify({ what, detail, at }), 'wechaty', at);
}

/** Back after an outage: one alert to each bound office account, through the outbox. Returns how many. */
export async function alertOfficeIfBack(db: Knex, now: string, timeZone: string): Promise<number> {
  return withTransaction(db, async (trx) => {
    const stored = await getSetting(trx, OUTAGE_KEY);
    if (!stored) return 0;
    const outage = JSON.parse(stored) as { what: string; at: string };
    const text = WECHAT_TEXT.outageAlert(outage.what, localTime(outage.at, timeZone), localTime(now, timeZone));
    let n = 0;
    for (const person of await listPeople(trx, { role: 'office' })) {
      for (const c of person.contacts.filter((b) => b.channel === BOUND_CHANNEL)) {
        const dedupeKey = `outage:${outage.at}:person:${person.id}`;
        if (await enqueueOutbound(trx, { to: c.contactId, text, dedupeKey, notBefore: now }, now)) n += 1;
      }
    }
    await putSetting(trx, OUTAGE_KEY, '', 'wechaty', now);
    return n;
  });
}

const localTime = (iso: string, timeZone: string): string =>
  new Date(iso).toLocaleString('zh-CN', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/**
 * Sends outbox messages through Wechaty: a private text or file, a reply in a room (the asker
 * @-mentioned), or a notice to a configured room by its topic. A contact id unknown since a
 * re-login is looked up again by the alias the bot set at binding. Logged out: `RetryLater`.
 */
export function wechatySender(bot: Wechaty, db: Knex): Sender {
  const contactById = async (id: string): Promise<Contact | undefined> => {
    const found = await bot.Contact.find({ id });
    if (found) return found;
    const alias = (await listPeople(db)).flatMap((p) => p.contacts).find((b) => b.channel === BOUND_CHANNEL && b.contactId === id)?.alias;
    return alias ? bot.Contact.find({ alias }) : undefined;
  };
  const payload = (msg: OutboundMessage) => (msg.file ? FileBox.fromFile(msg.file.path, msg.file.name) : (msg.text ?? ''));

  return {
    async send(msg) {
      if (!bot.isLoggedIn) throw new RetryLater('wechat is not logged in');
      const notice = parseNoticeAddress(msg.to);
      if (notice !== null) {
        const topic = (await listRooms(db)).find((r) => r.name === notice)?.topic;
        const room = topic ? await bot.Room.find({ topic }) : undefined;
        if (!room) throw new Error(`no WeChat room for notice room “${notice}”`);
        await room.say(payload(msg));
        return;
      }
      if (msg.room) {
        const room = await bot.Room.find({ id: msg.room });
        if (!room) throw new Error(`room ${msg.room} not found`);
        const asker = msg.mention && !msg.file ? await bot.Contact.find({ id: msg.to }) : undefined;
        if (asker) await room.say(msg.text ?? '', asker);
        else await room.say(payload(msg));
        return;
      }
      const contact = await contactById(msg.to);
      if (!contact) throw new Error(`contact ${msg.to} not found`);
      await contact.say(payload(msg));
    },
  };
}

/** The running Wechaty channel, as main.ts sees it. */
export interface RunningWechaty {
  /** Sends 'wechat' outbox rows through the bot of the current login attempt. */
  sender: Sender;
  state(): LoginState;
  /** Stops taking messages, waits for those in hand, stops the bot. */
  stop(): Promise<void>;
}

/**
 * `npm start` with WECHATY_PUPPET set: builds the bot and wires it to the app, each login attempt
 * with a new bot, retried with a backoff (wechaty-login.ts). The outbox worker is main.ts's.
 */
export function startWechaty(config: Config, app: App, log: Logger): RunningWechaty {
  const channels: WechatyChannel[] = [];
  const supervisor = superviseLogin<Wechaty>({
    build: () =>
      WechatyBuilder.build({
        name: config.wechatyName,
        puppet: config.puppet as OfficialPuppetNpmName,
        ...(config.puppetToken ? { puppetOptions: { token: config.puppetToken } } : {}),
      }),
    attach: (bot) => {
      channels.push(attachWechaty(bot, app, { log, botNames: config.botNames, timeZone: config.timeZone }));
    },
    log,
    nowMs: () => Date.now(),
    random: Math.random,
    sleep: realSleep,
  });
  log.warn({ puppet: config.puppet, name: config.wechatyName }, '正在启动微信通道');
  return {
    sender: {
      async send(msg) {
        const bot = supervisor.current();
        if (!bot) throw new RetryLater('wechat is not started');
        await wechatySender(bot, app.db).send(msg);
      },
    },
    state: () => supervisor.state,
    async stop() {
      log.warn({}, '正在停止微信通道');
      for (const c of channels) await c.close();
      await supervisor.stop();
    },
  };
}
