/**
 * The composition root: builds the app from a parsed Config — opens and migrates storage, loads
 * the rubric and the Q&A index, wires the optional LLM — and returns the inbox that every channel
 * feeds. main.ts, `cli chat`, the bench and the tests share it, so they all run the same code.
 */
import type { Knex } from 'knex';
import type { Config } from './config.ts';
import type { AppDeps, Logger } from './app/deps.ts';
import { createInbox, type Inbox } from './app/handleInbound.ts';
import { openDatabase, migrate } from './storage/knex.ts';
import { seedDemo } from '../db/seeds/01_demo_county.ts';
import { readRubricFile } from './files/rubric-file.ts';
import { createQa } from './qa/ask.ts';
import { startReminderScheduler } from './channels/scheduler.ts';
import { createLlm, passagesFor } from './llm/client.ts';
import { loadSecret } from './files/secret.ts';
import { fileStore } from './files/evidence-store.ts';

export interface App {
  inbox: Inbox;
  deps: AppDeps;
  db: Knex;
  /** Starts the hourly scheduler (reminders unless REMINDERS=false, and pruning); returns its stop function. */
  startScheduler(): () => void;
}

export type BuildResult = { ok: true; value: App } | { ok: false; errors: string[] };

export async function buildApp(
  config: Config,
  log: Logger,
  opts: { now?: () => string } = {},
): Promise<BuildResult> {
  const rubric = await readRubricFile(config.rubricFile);
  if (!rubric.ok) return { ok: false, errors: rubric.errors };
  const secret = await loadSecret(config.secret);
  if (!secret.ok) return { ok: false, errors: [secret.error] };
  const db = await openDatabase(config.storage);
  await migrate(db);
  if (config.seedDemo) await seedDemo(db);
  const now = opts.now ?? (() => new Date().toISOString());
  // The model client (openai, @langchain/core) is imported only when configured: it is most of
  // the start-up time of a process that never calls it.
  const client = config.llm ? await import('./llm/client.ts') : null;
  const port = client?.createLlm(config, log) ?? null;
  const passagesFor = client?.passagesFor ?? (() => []);
  const llm: AppDeps['llm'] = port && {
    phrase: async (question, draft) =>
      (await port.phraseAnswer({ question, draft, passages: passagesFor(rubric.rubric, draft) })).text,
    readAnswer: async (question, text) => {
      const read = await port.readAnswer({ question, text });
      return read.ok ? read.value : null;
    },
  };
  let qa: Awaited<ReturnType<typeof createQa>>;
  try {
    qa = await createQa(rubric.rubric, { crisisPath: config.crisisFile ?? undefined, crisisLines: config.crisisLines });
  } catch (err) {
    await db.destroy();
    return { ok: false, errors: [String((err as Error).message)] };
  }
  const deps: AppDeps = {
    db,
    rubric: rubric.rubric,
    ask: qa.ask,
    crisis: qa.crisis,
    now,
    startedAt: now(),
    botNames: config.botNames,
    groupPrefix: config.groupPrefix,
    outDir: config.outDir,
    log,
    llm,
    inviteKey: secret.key,
    evidence: { store: fileStore(config.evidence.dir), maxBytes: config.evidence.maxBytes, quotaBytes: config.evidence.quotaBytes },
  };
  return {
    ok: true,
    value: {
      inbox: createInbox(deps),
      deps,
      db,
      startScheduler: () => {
        if (config.backup && config.storage.client === 'pg') {
          log.warn({ backupDir: config.backup.dir }, 'BACKUP_DIR backs up SQLite only; back up PostgreSQL with pg_dump (see `cli backup`)');
        }
        const backup = config.storage.client === 'sqlite' ? config.backup : null;
        return startReminderScheduler({ db, rubric: rubric.rubric, log, timeZone: config.timeZone, reminders: config.reminders, outboxRetentionDays: config.outboxRetentionDays, backup });
      },
    },
  };
}
