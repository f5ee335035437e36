/**
 * A WeCom test bench: the real app (temp SQLite, fixed clock), the WeCom channel and the HTTP
 * server on 127.0.0.1:0, the paced outbox worker (its pauses move the clock), and the local
 * stand-in for the WeCom API. `flush()` handles every stored callback and sends every reply.
 */
import { makeApp, tempDir, type TestClock } from '../helpers/app.ts';
import type { App } from '../../src/build.ts';
import { silentLogger } from '../../src/app/deps.ts';
import type { Inbox } from '../../src/app/handleInbound.ts';
import { createWecomChannel, type WecomChannel } from '../../src/channels/wecom/index.ts';
import { startHttpServer, type HttpServer } from '../../src/channels/http.ts';
import { channelSender, createOutboundWorker, routingSender, type OutboundWorker } from '../../src/channels/outbound.ts';
import { AGENT_ID, CORP_ID, SECRET, startStandIn, testKeys, wecomClient, type StandIn } from './stand-in.ts';
import type { WecomKeys } from '../../src/channels/wecom/crypto.ts';

export interface WecomBench {
  app: App & { clock: TestClock; dir: string };
  api: StandIn;
  keys: WecomKeys;
  channel: WecomChannel;
  http: HttpServer;
  worker: OutboundWorker;
  client: ReturnType<typeof wecomClient>;
  /** Handles what was stored and sends the replies. */
  flush(): Promise<void>;
  /** Texts sent to `userId` through message/send so far. */
  textsTo(userId: string): string[];
  /** Stops the channel, the server and the app (the stand-in stays unless `all`). */
  stop(all?: boolean): Promise<void>;
}

export async function wecomBench(opts: { dir?: string; keys?: WecomKeys; api?: StandIn; inbox?: Inbox; start?: boolean } = {}): Promise<WecomBench> {
  const dir = opts.dir ?? tempDir('mh-wecom-');
  const api = opts.api ?? (await startStandIn());
  const keys = opts.keys ?? testKeys();
  const app = await makeApp({ dir });
  const config = { corpId: CORP_ID, agentId: AGENT_ID, secret: SECRET, token: keys.token, aesKey: keys.aesKey, apiBase: api.base };
  const channel = createWecomChannel(config, { db: app.db, inbox: opts.inbox ?? app.inbox, log: silentLogger, now: app.clock.now, pollMs: 60_000 });
  const http = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    health: { db: app.db, version: 't', rubricVersion: app.deps.rubric.version, channels: () => ({ wecom: 'up' }) },
    routes: { '/wecom/callback': channel.handler },
    log: silentLogger,
  });
  const worker = createOutboundWorker({
    db: app.db,
    sender: routingSender(app.db, channelSender({ wecom: channel.sender })),
    log: silentLogger,
    now: app.clock.now,
    sleep: async (ms) => app.clock.advance(ms),
    jitterMs: () => 0,
  });
  if (opts.start !== false) channel.start();
  const client = wecomClient(`http://127.0.0.1:${http.port}/wecom/callback`, keys);
  return {
    app,
    api,
    keys,
    channel,
    http,
    worker,
    client,
    async flush() {
      await channel.settled();
      await worker.drain();
    },
    textsTo: (userId) => api.sent.filter((m) => m.touser === userId && m.text).map((m) => m.text!.content),
    async stop(all = false) {
      await http.close();
      await channel.stop();
      await worker.stop();
      await app.db.destroy();
      if (all) await api.close();
    },
  };
}

let seq = 1_000_000;
/** A text message from `userId` (a fresh MsgId unless given). */
export function textMsg(userId: string, content: string, msgId = String(++seq)): Record<string, string | number> {
  return { FromUserName: userId, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: content, MsgId: msgId };
}
