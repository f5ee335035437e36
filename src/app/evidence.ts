/**
 * Process evidence (过程性资料) in a private chat: 「资料」 (the checklist), 「资料 10」 (files sent
 * next go under item 10), 「看资料 10 [学校]」 (the item's files, sent privately), 「删除资料 10-2
 * [学校]」, and 「是」/「否」 for files waiting after 「归到第N条吗？」. Files themselves arrive
 * through evidence-upload.ts. Who sees: the school's bound people, the inspectors and the office;
 * never another school, never a group.
 */
import type { Knex } from 'knex';
import type { AppDeps } from './deps.ts';
import type { Actor } from './identity.ts';
import type { FileAttachment } from './types.ts';
import type { Conversation } from '../storage/conversations.ts';
import type { Item, Rubric } from '../core/rubric/schema.ts';
import type { SemesterResult } from '../core/rubric/result.ts';
import { EVIDENCE_TEXT as T } from '../core/text/evidence-replies.ts';
import { confirmPendingEvidence, deleteEvidence, dropPendingEvidence, findEvidenceBySeq, itemFileCounts, listEvidence, pendingEvidence } from '../storage/evidence.ts';
import { getSchoolById, getSchoolByName } from '../storage/schools.ts';
import { findAssessment } from '../storage/assessments.ts';
import { semesterAt } from './standings.ts';
import type { School } from '../storage/types.ts';

/** How long 「资料 10」 keeps sending files to item 10. */
export const TARGET_MS = 30 * 60_000;

const LIST = /^(?:过程性)?资料(?:清单)?(?:\s+(\D\S*))?$/;
const TARGET = /^资料\s*第?\s*(\d{1,3})\s*条?$/;
const SHOW = /^看资料\s*第?\s*(\d{1,3})\s*条?(?:\s+(\S+))?$/;
const DELETE = /^删除资料\s*(\d{1,3})\s*[-－—–]\s*(\d{1,4})(?:\s+(\S+))?$/;
const YES = /^(是|是的|对|对的|好|好的|确认|嗯|可以|归)[。!！]?$/;
const NO = /^(否|不|不是|不对|不用|取消|不归)[。!！]?$/;

/** The office and the inspectors see every school's files; a school's people only their own. */
export function seesAllSchools(role: string): boolean {
  return role === 'office' || role === 'inspector';
}

export function isEvidenceCommand(text: string): boolean {
  return LIST.test(text) || TARGET.test(text) || SHOW.test(text) || DELETE.test(text);
}

/** A reply of an evidence turn: text, or a file to send privately. */
export type EvidenceOut = { text: string } | { file: FileAttachment };

interface Ctx {
  trx: Knex.Transaction;
  deps: AppDeps;
  actor: Actor;
  conv: Conversation;
  save(next: Partial<Conversation>): Promise<void>;
}

const txt = (...lines: string[]): EvidenceOut[] => lines.map((text) => ({ text }));
export const itemByNo = (rubric: Rubric, no: number): Item | undefined => rubric.items.find((i) => i.no === no);

/** Files waiting for 「是」: 是 files them, 否 drops them; any other text leaves them for a later 「资料 N」. */
export async function confirmTurn(ctx: Ctx, text: string, senderKey: string): Promise<EvidenceOut[] | null> {
  const ask = ctx.conv.evidenceAsk;
  if (ask == null) return null;
  const yes = YES.test(text);
  if (!yes && !NO.test(text)) {
    ctx.conv.evidenceAsk = null;
    await ctx.save({ evidenceAsk: null });
    return null;
  }
  await ctx.save({ evidenceAsk: null });
  ctx.conv.evidenceAsk = null;
  const now = ctx.deps.now();
  if (!yes || ask === '') {
    if (ask === '' && yes) return txt(T.askWhich);
    const n = await dropPendingEvidence(ctx.trx, senderKey, byOf(ctx.actor), now);
    return txt(T.droppedPending(n));
  }
  return fileAcks(ctx, await confirmPendingEvidence(ctx.trx, senderKey, ask));
}

async function fileAcks(ctx: Ctx, filed: Awaited<ReturnType<typeof confirmPendingEvidence>>): Promise<EvidenceOut[]> {
  const out: EvidenceOut[] = [];
  for (const e of filed) {
    const item = ctx.deps.rubric.items.find((i) => i.id === e.itemId)!;
    const count = (await itemFileCounts(ctx.trx, e.schoolId, e.semesterId))[e.itemId] ?? 0;
    out.push({ text: T.filed(e.name, item.no, item.title, e.seq ?? 0, count) });
  }
  return out;
}

export async function evidenceTurn(ctx: Ctx, text: string, senderKey: string): Promise<EvidenceOut[]> {
  const { actor, deps } = ctx;
  if (actor.kind === 'anonymous') return txt(T.notBound);
  const semester = (await semesterAt(ctx.trx, deps.now())).id;
  const target = TARGET.exec(text);
  if (target) {
    if (actor.kind === 'person' && seesAllSchools(actor.role)) return txt(T.schoolOnly);
    const school = await schoolFor(ctx, undefined, '资料');
    if ('text' in school) return [school];
    const item = itemByNo(deps.rubric, Number(target[1]));
    if (!item) return txt(T.noItem(Number(target[1]), deps.rubric.items.length));
    const until = new Date(Date.parse(deps.now()) + TARGET_MS).toISOString();
    await ctx.save({ evidenceItem: item.id, evidenceUntil: until, evidenceAsk: null });
    const waiting = await pendingEvidence(ctx.trx, senderKey);
    if (waiting.length > 0) return fileAcks(ctx, await confirmPendingEvidence(ctx.trx, senderKey, item.id));
    const count = (await itemFileCounts(ctx.trx, school.id, semester))[item.id] ?? 0;
    return txt(T.target(item.no, item.title, count, item.evidence));
  }
  const show = SHOW.exec(text);
  if (show) {
    const school = await schoolFor(ctx, show[2], `看资料 ${show[1]}`);
    if ('text' in school) return [school];
    const item = itemByNo(deps.rubric, Number(show[1]));
    if (!item) return txt(T.noItem(Number(show[1]), deps.rubric.items.length));
    const files = await listEvidence(ctx.trx, { schoolId: school.id, semesterId: semester, itemId: item.id });
    if (files.length === 0) return txt(T.noFiles(item.no, item.title));
    const store = deps.evidence!.store;
    return [
      { text: T.sending(item.no, item.title, files.map((f) => T.fileLine(item.no, f.seq ?? 0, f.name, f.uploadedByName, f.at.slice(0, 10)))) },
      ...files.map((f) => ({ file: { path: store.path(f.sha256), name: f.name } })),
    ];
  }
  const del = DELETE.exec(text);
  if (del) return deleteTurn(ctx, semester, Number(del[1]), Number(del[2]), del[3]);
  const school = await schoolFor(ctx, LIST.exec(text)?.[1], '资料');
  if ('text' in school) return [school];
  return txt(...(await checklist(ctx.trx, deps.rubric, school, semester)));
}

async function deleteTurn(ctx: Ctx, semester: string, no: number, seq: number, name: string | undefined): Promise<EvidenceOut[]> {
  const { actor, deps } = ctx;
  const office = actor.kind === 'operator' || (actor.kind === 'person' && actor.role === 'office');
  if (actor.kind === 'person' && !office && actor.schoolId == null) return txt(T.deleteNotAllowed);
  const school = await schoolFor(ctx, name, `删除资料 ${no}-${seq}`);
  if ('text' in school) return [school];
  const item = itemByNo(deps.rubric, no);
  if (!item) return txt(T.noItem(no, deps.rubric.items.length));
  if (!office) {
    const a = await findAssessment(ctx.trx, school.id, semester);
    if (a?.status === 'submitted') return txt(T.deleteSubmitted);
  }
  const file = await findEvidenceBySeq(ctx.trx, { schoolId: school.id, semesterId: semester, itemId: item.id, seq });
  if (!file || file.pendingFor) return txt(T.noSuchFile(no, seq));
  await deleteEvidence(ctx.trx, file.id, byOf(actor), deps.now());
  const count = (await itemFileCounts(ctx.trx, school.id, semester))[item.id] ?? 0;
  return txt(T.deleted(no, seq, file.name, count));
}

/**
 * The school a command is about: a school's people their own (another name is refused); the
 * office, the inspectors and the local operator the one named (the operator's picked school by default).
 */
async function schoolFor(ctx: Ctx, name: string | undefined, cmd: string): Promise<School | { text: string }> {
  const { actor, trx } = ctx;
  if (actor.kind === 'person' && !seesAllSchools(actor.role)) {
    if (actor.schoolId == null) return { text: T.notBound };
    const own = (await getSchoolById(trx, actor.schoolId))!;
    if (name !== undefined && name !== own.name) return { text: T.otherSchool };
    return own;
  }
  if (name === undefined) {
    const picked = actor.kind === 'operator' && ctx.conv.schoolId != null ? await getSchoolById(trx, ctx.conv.schoolId) : null;
    return picked ?? { text: T.whichSchool(cmd) };
  }
  return (await getSchoolByName(trx, name)) ?? { text: T.noSchool(name) };
}

/** 「资料」: every item with what the rubric lists and how many files it has. */
async function checklist(db: Knex.Transaction, rubric: Rubric, school: School, semester: string): Promise<string[]> {
  const counts = await itemFileCounts(db, school.id, semester);
  const lines = rubric.items.map((i) => T.checklistLine(i.no, i.title, counts[i.id] ?? 0, i.evidence));
  const half = Math.ceil(lines.length / 2);
  return [[T.checklistHead(school.name, semester), ...lines.slice(0, half)].join('\n'), [...lines.slice(half), T.checklistTail].join('\n')];
}

/**
 * The end of a self-assessment: every item answered as met (fully or partly) whose rubric lists
 * materials and that has no file yet. Empty when nothing is missing.
 */
export async function missingEvidence(db: Knex.Transaction, rubric: Rubric, schoolId: number, semesterId: string, result: SemesterResult): Promise<string | null> {
  const counts = await itemFileCounts(db, schoolId, semesterId);
  const lines = result.items
    .filter((i) => (i.status === 'met' || i.status === 'partial') && !(counts[i.id] ?? 0))
    .map((i) => ({ no: i.no, needs: rubric.items.find((x) => x.id === i.id)?.evidence ?? [] }))
    .filter((i) => i.needs.length > 0)
    .map((i) => T.missingLine(i.no, i.needs));
  return lines.length > 0 ? [T.missingHead, ...lines, T.missingTail].join('\n') : null;
}

function byOf(actor: Actor): string {
  return actor.kind === 'person' ? `person:${actor.personId}` : actor.kind === 'operator' ? 'operator' : 'anonymous';
}
