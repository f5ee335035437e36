/**
 * Per-sender chat context (key = `<channel>:<contact id>`): what the next free text means and
 * what 「详细」 refers to. The self-assessment itself lives in `assessments`, by school, so a lost
 * conversation (e.g. new contact ids after a re-login) loses no answer.
 */
import type { Db } from './knex.ts';
import type { ConversationRow } from './rows.ts';

export interface Conversation {
  /** 'inspection': an inspector's free text answers the inspection of `schoolId` (app/inspection.ts). */
  mode: 'idle' | 'assessment' | 'pickSchool' | 'inspection';
  /** The school the local operator picked (console and `cli chat` may act for any school). */
  schoolId: number | null;
  /** What the last reply was about. */
  last: 'qa' | 'assessment' | null;
  /** The clause the last rule answer cited, for 「详细」/「原文」. */
  lastCitation: string | null;
  /** 「资料 10」: files sent until `evidenceUntil` are filed under this item. */
  evidenceItem?: string | null;
  evidenceUntil?: string | null;
  /** Files wait for 「是」 to go under this item ('' when the sender was asked which item). */
  evidenceAsk?: string | null;
}

const FRESH: Conversation = { mode: 'idle', schoolId: null, last: null, lastCitation: null };

/** The sender's conversation, or a fresh one. Stored fields are laid over the defaults, so fields added later read fine. */
export async function getConversation(db: Db, key: string): Promise<Conversation> {
  const row = await db<ConversationRow>('conversations').where({ key }).first();
  return row ? { ...FRESH, ...(JSON.parse(row.state) as Partial<Conversation>) } : { ...FRESH };
}

export async function saveConversation(db: Db, key: string, conversation: Conversation, now: string): Promise<void> {
  await db<ConversationRow>('conversations')
    .insert({ key, state: JSON.stringify(conversation), updated_at: now })
    .onConflict('key')
    .merge();
}
