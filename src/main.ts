/**
 * Wires everything: config → storage → rubric and Q&A index → app → channels and scheduler.
 * The only module that knows them all.
 *
 *   npm start                       console chat on the embedded SQLite default
 *   WECHATY_PUPPET=… npm start       WeChat through Wechaty (see README)
 *   WECOM_*=… npm start              the WeCom self-built app (callback on HTTP_PORT), next to Wechaty if both
 *
 * With a chat channel an HTTP server runs on HTTP_PORT: /healthz always, /wecom/callback for WeCom.
 * SIGTERM / SIGINT: stop taking messages (server closed, Wechaty stopped), finish the messages in
 * hand and the send in progress (the outbox stays consistent), close the database, exit 0.
 */
import { pino } from 'pino';
import { parseConfig, type Config } from './config.ts';
import { buildApp, type App } from './build.ts';
import { runConsole } from './channels/console.ts';
import { channelSender, createOutboundWorker, realSleep, routingSender, type Sender } from './channels/outbound.ts';
import { startHttpServer, type ChannelStates } from './channels/http.ts';
import { packageVersion } from './files/paths.ts';
import type { Logger } from './app/deps.ts';

/** A stop that has not finished by then is cut short (exit 1), within the 10 s a service manager waits. */
const STOP_DEADLINE_MS = 9_000;

async function main(): Promise<number> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    for (const e of parsed.errors) process.stderr.write(`${e}\n`);
    return 2;
  }
  const config: Config = parsed.config;
  const consoleMode = config.puppet === null && config.wecom === null;
  // Logs go to stderr; in the console chat only warnings, so the conversation stays readable.
  const log = pino(
    { level: consoleMode && config.logLevel === 'info' ? 'warn' : config.logLevel },
    pino.destination(2),
  );

  const app = await buildApp(config, log);
  if (!app.ok) {
    for (const e of app.errors) process.stderr.write(`${e}\n`);
    return 2;
  }
  const { inbox, db, startScheduler } = app.value;
  const stopScheduler = startScheduler(); // reminders when REMINDERS is on; pruning of old records always

  try {
    if (consoleMode) {
      const interactive = Boolean(process.stdin.isTTY);
      await runConsole(inbox, {
        input: process.stdin,
        output: process.stdout,
        interactive,
        channel: 'console',
        sender: { id: 'local-operator', name: '本机操作员' },
        now: () => new Date().toISOString(),
        greeting:
          '心理健康工作考核助手（控制台）。直接提问考核办法，如“心理课多久上一次”；发送“自评”开始自评，“帮助”查看用法，“退出”结束。',
      });
    } else {
      await runChannels(config, app.value, log);
    }
  } finally {
    stopScheduler();
    await db.destroy();
  }
  return 0;
}

/** WeCom and/or Wechaty, one paced outbox worker for both, the HTTP server; until SIGTERM/SIGINT. */
async function runChannels(config: Config, app: App, log: Logger): Promise<void> {
  const { db, inbox, deps } = app;
  const wecom = config.wecom
    ? (await import('./channels/wecom/index.ts')).createWecomChannel(config.wecom, { db, inbox, log, now: deps.now })
    : null;
  const wechaty = config.puppet ? (await import('./channels/wechaty.ts')).startWechaty(config, app, log) : null;
  const chat: Record<string, Sender> = {};
  if (wechaty) chat.wechat = wechaty.sender;
  if (wecom) chat.wecom = wecom.sender;
  const worker = createOutboundWorker({
    db,
    sender: routingSender(db, channelSender(chat)),
    log,
    now: deps.now,
    sleep: realSleep,
    jitterMs: () => Math.floor(Math.random() * 1_500),
  });
  const channels = (): ChannelStates => {
    const out: ChannelStates = {};
    if (wecom) out.wecom = 'up';
    if (wechaty) {
      const s = wechaty.state();
      out.wechaty = s.loggedIn ? 'logged-in' : 'logged-out';
      if (!s.loggedIn && s.lastError) out.lastError = s.lastError;
    }
    return out;
  };
  const http = await startHttpServer({
    port: config.httpPort,
    health: { db, version: packageVersion(), rubricVersion: deps.rubric.version, channels },
    routes: wecom ? { '/wecom/callback': wecom.handler } : {},
    log,
  });
  wecom?.start();
  worker.start();

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const started = Date.now();
  log.warn({ signal }, '正在停止：不再接收消息，处理完手上的消息后退出');
  setTimeout(() => {
    log.error({ ms: STOP_DEADLINE_MS }, '停止超时，强制退出');
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  await http.close(); // no new callbacks; those in progress are stored and answered
  await wecom?.stop(); // the message in hand is handled; the rest stays pending for the next start
  await wechaty?.stop();
  await worker.stop(); // the send in progress is marked sent (or failed); nothing is left `sending`
  log.warn({ ms: Date.now() - started }, '已停止');
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`启动失败：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
