/**
 * A photo or document sent in a private chat by a school's staff or principal. Checked before
 * anything is kept: the size (announced, then read), the type from the bytes, the school's quota.
 * The bytes are stored first (content-addressed, fsynced); only then, in one transaction, the
 * row is written and the conversation updated, and the acknowledgement goes out after the commit.
 *
 * Where the file goes: under the item of a recent 「资料 N」; else, just after a self-assessment
 * question of item N, it waits (a pending row) for 「归到第N条吗？」→「是」; else it waits for 「资料 N」.
 */
import type { AppDeps, EvidenceDeps } from './deps.ts';
import type { Inbound, Reply } from './types.ts';
import { resolveActor } from './identity.ts';
import { openAssessment } from './assessment.ts';
import { semesterAt } from './standings.ts';
import { seesAllSchools } from './evidence.ts';
import { viewOf, migrateState } from '../core/assessment/machine.ts';
import { assessmentQuestions } from '../core/assessment/questions.ts';
import { APP_TEXT } from '../core/text/app-replies.ts';
import { EVIDENCE_TEXT as T } from '../core/text/evidence-replies.ts';
import { sniff } from '../files/sniff.ts';
import { diskErrorKind, sha256Hex } from '../files/evidence-store.ts';
import { addEvidence, hasUploaded, itemFileCounts, schoolEvidenceBytes } from '../storage/evidence.ts';
import { getConversation, saveConversation } from '../storage/conversations.ts';
import { hashText, recordInboundMessage } from '../storage/messages.ts';
import { lockForTransaction } from '../storage/locks.ts';
import type { Knex } from 'knex';
import type { Item } from '../core/rubric/schema.ts';

/** The same file again from the same person within this is a re-delivery. */
const SAME_FILE_MS = 5_000;

export async function receiveFile(msg: Inbound, deps: AppDeps): Promise<Reply[]> {
  const say = (...texts: string[]): Reply[] => texts.map((text) => ({ to: msg.from.id, text }));
  const ev = deps.evidence;
  const file = msg.file;
  if (!ev || !file) return [];
  const actor = await resolveActor(deps.db, msg);
  // Someone not bound gets what any non-text message got before.
  if (actor.kind === 'anonymous') return say(APP_TEXT.nonText);
  if (actor.kind === 'person' && seesAllSchools(actor.role)) return say(T.schoolOnly);
  if (actor.kind !== 'person' || actor.schoolId == null) return say(T.notBound);
  const schoolId = actor.schoolId;
  if (file.size !== undefined && file.size > ev.maxBytes) return say(T.tooLarge(ev.maxBytes));
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (err) {
    deps.log.warn({ err: String(err), msg: msg.id }, 'evidence download failed');
    return say(T.readFailed);
  }
  const vetted = await vetEvidence(deps.db, ev, schoolId, bytes);
  if (!vetted.ok) return say(vetted.text);
  const stored = await storeEvidence(ev, bytes, deps);
  if (!stored.ok) return say(stored.text);
  const { sha } = stored;
  const type = vetted;

  const key = `${msg.channel}:${msg.from.id}`;
  try {
    return await deps.db.transaction(async (trx) => {
      await lockForTransaction(trx, 'sender', key);
      const fresh = await recordInboundMessage(trx, { channel: msg.channel, messageId: msg.id, sender: msg.from.id, textHash: hashText(`file:${sha}`), at: msg.at });
      if (!fresh) return [];
      // Some puppets re-deliver a message with a new id: the same file from the same person within seconds is one file.
      const since = new Date(Date.parse(deps.now()) - SAME_FILE_MS).toISOString();
      if (await trx('evidence').where({ uploaded_by: actor.personId, sha256: sha }).where('at', '>', since).first('id')) return [];
      // Checked again under the lock: two files sent at once must not both pass.
      if (await overQuota(trx, ev, schoolId, bytes, sha)) return say(T.overQuota(ev.quotaBytes));
      const now = deps.now();
      const conv = await getConversation(trx, key);
      const semesterId = (await semesterAt(trx, now)).id;
      const first = !(await hasUploaded(trx, actor.personId));
      const row = { schoolId, semesterId, sha256: sha, name: fileName(file.name, type.ext), ext: type.ext, mime: type.mime, bytes: bytes.byteLength, uploadedBy: actor.personId, uploadedByName: actor.name, at: now };
      const privacy = first ? [T.privacy] : [];
      const target = conv.evidenceItem && conv.evidenceUntil && conv.evidenceUntil > now ? deps.rubric.items.find((i) => i.id === conv.evidenceItem) : undefined;
      if (target) {
        const e = await addEvidence(trx, { ...row, itemId: target.id });
        const count = (await itemFileCounts(trx, schoolId, semesterId))[target.id] ?? 0;
        return say(T.filed(e.name, target.no, target.title, e.seq ?? 0, count), ...privacy);
      }
      const asked = conv.mode === 'assessment' ? await questionItem(trx, deps, schoolId, `person:${actor.personId}`) : undefined;
      await addEvidence(trx, { ...row, itemId: asked?.id ?? 'item-0', pendingFor: key });
      await saveConversation(trx, key, { ...conv, evidenceAsk: asked?.id ?? '' }, now);
      return say(asked ? T.askItem(asked.no, asked.title) : T.askWhich, ...privacy);
    });
  } catch (err) {
    deps.log.error({ err: String(err), msg: msg.id }, 'evidence row not saved');
    return say(T.writeFailed);
  }
}

export type Vetted = { ok: true; ext: string; mime: string } | { ok: false; text: string };

/** The checks before anything is kept: size, the type read from the bytes, the school's quota. */
export async function vetEvidence(db: Knex | Knex.Transaction, ev: EvidenceDeps, schoolId: number, bytes: Uint8Array): Promise<Vetted> {
  if (bytes.byteLength > ev.maxBytes) return { ok: false, text: T.tooLarge(ev.maxBytes) };
  const type = await sniff(bytes);
  if (!type.ok) return { ok: false, text: T.refused(type.what) };
  if (await overQuota(db, ev, schoolId, bytes)) return { ok: false, text: T.overQuota(ev.quotaBytes) };
  return type;
}

/** The bytes safely on disk (their sha256), or what to tell the uploader. */
export async function storeEvidence(ev: EvidenceDeps, bytes: Uint8Array, deps: Pick<AppDeps, 'log'>): Promise<{ ok: true; sha: string } | { ok: false; text: string }> {
  try {
    return { ok: true, sha: await ev.store.put(bytes) };
  } catch (err) {
    deps.log.error({ err: String(err) }, 'evidence not stored');
    return { ok: false, text: diskErrorKind(err) === 'full' ? T.diskFull : T.writeFailed };
  }
}

/** Would these bytes take the school over its quota? (A file it already has costs nothing.) */
async function overQuota(db: Knex | Knex.Transaction, ev: EvidenceDeps, schoolId: number, bytes: Uint8Array, sha = sha256Hex(bytes)): Promise<boolean> {
  const has = await db('evidence').where({ school_id: schoolId, sha256: sha }).whereNull('deleted_at').first('id');
  return !has && (await schoolEvidenceBytes(db, schoolId)) + bytes.byteLength > ev.quotaBytes;
}

/** The item of the self-assessment question this person was last shown, if it is an item's question. */
async function questionItem(trx: Knex.Transaction, deps: AppDeps, schoolId: number, actorKey: string): Promise<Item | undefined> {
  const found = await openAssessment(trx, deps, schoolId);
  if (!found || found.assessment.state == null) return undefined;
  const state = migrateState(found.assessment.state);
  const cursor = viewOf(state, actorKey)?.cursor ?? state.cursor;
  return assessmentQuestions(deps.rubric, state.facts).find((q) => q.id === cursor)?.item ?? undefined;
}

/** The sender's name for the file, its extension made to match what it really is; made up when empty. */
export function fileName(name: string, ext: string): string {
  const base = name.replace(/[\\/\u0000-\u001f]/g, '_').trim().slice(0, 120) || '资料';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${stem}.${ext}`;
}
