/**
 * Wires everything: config → storage → rubric and Q&A index → app → channel and scheduler.
 * The only module that knows them all.
 *
 *   npm start                       console chat on the embedded SQLite default
 *   WECHATY_PUPPET=… npm start       WeChat through Wechaty (see README)
 */
import { pino } from 'pino';
import { parseConfig, type Config } from './config.ts';
import { buildApp } from './build.ts';
import { runConsole } from './channels/console.ts';

async function main(): Promise<number> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    for (const e of parsed.errors) process.stderr.write(`${e}\n`);
    return 2;
  }
  const config: Config = parsed.config;
  const consoleMode = config.puppet === null;
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
      const { runWechaty } = await import('./channels/wechaty.ts');
      await runWechaty(config, app.value, log);
    }
  } finally {
    stopScheduler();
    await db.destroy();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`启动失败：${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
