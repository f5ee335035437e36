/**
 * A WeChat test bench: the real app (temp SQLite file, fixed clock) behind a real Wechaty with
 * wechaty-puppet-mock, the channel attached as in production, and the outbound worker with a
 * sleep that moves the clock instead of waiting. What the bot sends is recorded from the
 * puppet's send calls.
 *
 * The clock is Date itself, faked (vi.setSystemTime), because the mock puppet stamps messages
 * with Date.now(): message times and the app's clock then agree.
 */
import { vi } from 'vitest';
import { WechatyBuilder, types, type Message, type payloads, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { makeApp, tempDir, type TestClock } from '../helpers/app.ts';
import type { App } from '../../src/build.ts';
import { silentLogger } from '../../src/app/deps.ts';
import { attachWechaty, wechatySender, type WechatyChannel } from '../../src/channels/wechaty.ts';
import { createOutboundWorker, routingSender, type OutboundWorker } from '../../src/channels/outbound.ts';

export const BOT_NAME = '心理助手';
export const START = '2026-10-12T02:00:00.000Z';

/** The system clock, faked and moved only by the test. */
export function dateClock(start = START): TestClock {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(start));
  return {
    now: () => new Date().toISOString(),
    set: (iso) => vi.setSystemTime(new Date(iso)),
    advance: (ms) => vi.setSystemTime(new Date(Date.now() + ms)),
  };
}

export interface Sent {
  /** Contact or room id. */
  to: string;
  text: string;
  mentions: string[];
}

export interface Bench {
  app: App & { clock: TestClock; dir: string };
  bot: Wechaty;
  mocker: mock.Mocker;
  puppet: PuppetMock;
  channel: WechatyChannel;
  worker: OutboundWorker;
  me: mock.ContactMock;
  sent: Sent[];
  /** Files the bot sent: [conversation id, file name]. */
  files: [string, string][];
  /** QR codes shown for login. */
  scans: string[];
  /** `from` says `text` to a contact or room; returns what the bot sent in response. */
  say(from: mock.ContactMock, text: string, to: mock.ContactMock | mock.RoomMock, mentions?: mock.ContactMock[]): Promise<Sent[]>;
  /** Delivers a message payload as the puppet would (own id and time: replays, backlogs). */
  deliver(payload: { id: string; talkerId: string; text: string; timestamp: number; listenerId?: string; roomId?: string }): Promise<Sent[]>;
  /** Re-delivers a message already delivered (same id). */
  redeliver(id: string): Promise<Sent[]>;
  stop(): Promise<void>;
}

/**
 * Starts a bench. `dir` reuses a data directory (a restart); `contacts` are created with fixed
 * ids so a restarted bench sees the same people.
 */
export async function startBench(opts: { dir?: string; clock?: TestClock } = {}): Promise<Bench> {
  const clock = opts.clock ?? dateClock();
  const app = await makeApp({ dir: opts.dir ?? tempDir('mh-wechat-'), clock, env: { BOT_NAMES: BOT_NAME, LOG_LEVEL: 'silent' } });
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const bot = WechatyBuilder.build({ puppet });
  const scans: string[] = [];
  const channel = attachWechaty(bot, app, {
    log: silentLogger,
    botNames: [BOT_NAME],
    timeZone: 'Asia/Shanghai',
    onScan: (qrcode) => void scans.push(qrcode),
  });
  const worker = createOutboundWorker({
    db: app.db,
    sender: routingSender(app.db, wechatySender(bot, app.db)),
    log: silentLogger,
    now: clock.now,
    sleep: async (ms) => clock.advance(ms),
    jitterMs: () => 0,
  });

  const sent: Sent[] = [];
  const files: [string, string][] = [];
  // Wechaty passes the mention list as a third argument, which the mock's signature leaves out.
  type SendText = (to: string, text: string, mentions?: string[]) => Promise<void>;
  const sendText = puppet.messageSendText.bind(puppet) as SendText;
  vi.spyOn(puppet, 'messageSendText').mockImplementation((async (to: string, text: string, mentions?: string[]) => {
    sent.push({ to, text, mentions: mentions ?? [] });
    return sendText(to, text, mentions);
  }) as SendText);
  const sendFile = puppet.messageSendFile.bind(puppet);
  vi.spyOn(puppet, 'messageSendFile').mockImplementation(async (to, file) => {
    files.push([to, file.name]);
    return sendFile(to, file);
  });

  // Registered after the channel's listener: when a message shows up here, the channel is already handling it.
  const seen: Message[] = [];
  bot.on('message', (m) => void seen.push(m));

  await bot.start();
  const me = mocker.createContact({ id: 'bot-self', name: BOT_NAME });
  mocker.login(me);
  await vi.waitFor(() => {
    if (!bot.isLoggedIn) throw new Error('not logged in yet');
  });

  const settle = async (count: () => number, before: number): Promise<Sent[]> => {
    await vi.waitFor(() => {
      if (count() <= before) throw new Error('message not received yet');
    });
    await channel.settled();
    const from = sent.length;
    await worker.drain();
    return sent.slice(from);
  };
  const countId = (id: string) => seen.filter((m) => m.id === id).length;

  return {
    app,
    bot,
    mocker,
    puppet,
    channel,
    worker,
    me,
    sent,
    files,
    scans,
    async say(from, text, to, mentions = []) {
      const matching = () => seen.filter((m) => m.talker().id === from.id && m.text() === text).length;
      const before = matching();
      from.say(text, mentions).to(to);
      return settle(matching, before);
    },
    async deliver(p) {
      const before = countId(p.id);
      mocker.MessageMock.create({ type: types.Message.Text, ...p } as payloads.Message);
      puppet.emit('message', { messageId: p.id });
      return settle(() => countId(p.id), before);
    },
    async redeliver(id) {
      const before = countId(id);
      puppet.emit('message', { messageId: id });
      return settle(() => countId(id), before);
    },
    async stop() {
      await channel.close();
      await worker.stop();
      await bot.stop();
      await app.db.destroy();
    },
  };
}

/** The id of the last message `from` sent (from the mock's message pool). */
export function lastMessageId(bench: Bench, from: mock.ContactMock): string {
  const ids = [...bench.mocker.cacheMessagePayload.values()].filter((p) => p.talkerId === from.id).map((p) => p.id);
  const id = ids.at(-1);
  if (!id) throw new Error('no message yet');
  return id;
}
