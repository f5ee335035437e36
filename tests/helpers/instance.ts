/**
 * One app instance in its own process, for the two-instance test (tests/instances.pg.test.ts):
 * the real composition (buildApp: migrations, demo seed, inbox) on DATABASE_URL, and the real
 * outbound worker with a sender that reports what it sends. Commands come on stdin and answers
 * go to stdout, one JSON object a line, each answer carrying the command's `seq`:
 *   {seq, cmd: 'reminders', at}                  → {seq, reminders: ReminderSent[]}
 *   {seq, cmd: 'msg', id, from, text, at}        → {seq, replies: string[]}
 *   {seq, cmd: 'worker'}                         → {seq}; then {sent: outboxId} for each send
 *   {seq, cmd: 'stop'}                           → {seq}, and the process exits 0
 * Prints {ready: true} once built.  Usage: node --import tsx tests/helpers/instance.ts <name>
 */
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { parseConfig } from '../../src/config.ts';
import { buildApp } from '../../src/build.ts';
import { silentLogger } from '../../src/app/deps.ts';
import { runDueReminders } from '../../src/app/reminders.ts';
import { createOutboundWorker, realSleep, type OutboundWorker } from '../../src/channels/outbound.ts';

const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const parsed = parseConfig(process.env);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const built = await buildApp(parsed.config, silentLogger);
if (!built.ok) throw new Error(built.errors.join('\n'));
const app = built.value;
let worker: OutboundWorker | null = null;
say({ ready: true });

type Command =
  | { seq: number; cmd: 'reminders'; at: string }
  | { seq: number; cmd: 'msg'; id: string; from: string; text: string; at: string }
  | { seq: number; cmd: 'worker' }
  | { seq: number; cmd: 'stop' };

for await (const line of createInterface({ input: process.stdin })) {
  const c = JSON.parse(line) as Command;
  switch (c.cmd) {
    case 'reminders':
      void runDueReminders(app.db, app.deps.rubric, c.at).then((reminders) => say({ seq: c.seq, reminders }));
      break;
    case 'msg':
      void app.inbox
        .handle({ id: c.id, channel: 'console', from: { id: c.from, name: c.from }, text: c.text, kind: 'text', at: c.at })
        .then((replies) => say({ seq: c.seq, replies: replies.map((r) => r.text ?? '') }));
      break;
    case 'worker':
      worker = createOutboundWorker({
        db: app.db,
        log: silentLogger,
        now: () => new Date().toISOString(),
        sleep: realSleep,
        jitterMs: () => 0,
        pacing: { gapMs: 0, burst: 1_000_000, burstPauseMs: 0, idleMs: 20 },
        sender: {
          async send(m) {
            await delay(1); // a network round trip, short
            say({ sent: m.id });
          },
        },
      });
      worker.start();
      say({ seq: c.seq });
      break;
    case 'stop':
      await worker?.stop();
      await app.db.destroy();
      say({ seq: c.seq });
      process.exit(0);
  }
}
