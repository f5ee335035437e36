/**
 * A stand-in for the WeChat bot process, for the two-process test (tests/concurrency.test.ts):
 * builds the real app from the environment (SQLITE_FILE or DATABASE_URL) and delivers COUNT
 * private WeChat messages through handleInbound, each one twice at once (a re-delivery with the
 * same id), several senders in flight together. Prints one JSON line:
 *   { answered, ignored, failed, ms }
 * `answered` counts deliveries that got a reply, `ignored` the ones handled as duplicates,
 * `failed` the replies saying 「没有保存成功」.
 *
 *   node --import tsx tests/helpers/bot-writer.ts <count> [<id prefix>]
 */
import { parseConfig } from '../../src/config.ts';
import { buildApp } from '../../src/build.ts';
import { silentLogger } from '../../src/app/deps.ts';
import { handleInbound } from '../../src/app/handleInbound.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import type { Inbound } from '../../src/app/types.ts';

const count = Number(process.argv[2] ?? 500);
const prefix = process.argv[3] ?? 'bot';
const IN_FLIGHT = 8;

const config = parseConfig({ ...process.env, SEED_DEMO: 'false', REMINDERS: 'false' });
if (!config.ok) throw new Error(config.errors.join('\n'));
const built = await buildApp(config.config, silentLogger);
if (!built.ok) throw new Error(built.errors.join('\n'));
const { deps, db } = built.value;

const texts = ['心理课多久上一次', '1800个学生要几个专职心理老师', '原文 10', '帮助', '排名倒数有啥后果'];
let answered = 0;
let ignored = 0;
let failed = 0;
const started = Date.now();
let next = 0;

async function deliver(i: number): Promise<void> {
  const msg: Inbound = {
    id: `${prefix}-${i}`,
    channel: 'wechat',
    from: { id: `${prefix}-contact-${i}`, name: `老师${i}` },
    text: texts[i % texts.length]!,
    kind: 'text',
    at: new Date().toISOString(),
  };
  const both = await Promise.all([handleInbound(msg, deps), handleInbound({ ...msg }, deps)]);
  for (const replies of both) {
    if (replies.length === 0) ignored += 1;
    else if (replies.some((r) => r.text === APP_TEXT.saveFailed)) failed += 1;
    else answered += 1;
  }
}

async function worker(): Promise<void> {
  while (next < count) await deliver(next++);
}

await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
process.stdout.write(`${JSON.stringify({ answered, ignored, failed, ms: Date.now() - started })}\n`);
await db.destroy();
