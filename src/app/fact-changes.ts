/**
 * The office decides the school-side changes of school facts (storage/fact-changes.ts): the chat's
 * 完成情况 / 学校 list them, `cli school changes` lists, approves and rejects them. Approving
 * writes the school's record and the facts of the self-assessment it was asked in (its score
 * follows); rejecting drops it from that self-assessment. Until then scoring keeps the office's values.
 */
import type { Knex } from 'knex';
import { migrateState } from '../core/assessment/machine.ts';
import { FACT_LABELS } from '../core/assessment/questions.ts';
import { RankStageSchema, type SchoolFacts } from '../core/rubric/schema.ts';
import type { PendingFactLine } from '../core/text/office-replies.ts';
import { findAssessment, saveAssessmentState } from '../storage/assessments.ts';
import {
  decideFactChange,
  getFactChange,
  listPendingFactChanges,
  type FactChange,
  type FactField,
  type FactValue,
} from '../storage/fact-changes.ts';
import { getSchoolById, listSchools, updateSchoolFacts } from '../storage/schools.ts';
import type { SchoolFactsPatch } from '../storage/types.ts';

type Db = Knex | Knex.Transaction;

/** 「1800 人」「有寄宿生」「初中」; 「（未填）」 for none. */
export function factValueText(field: FactField, v: FactValue | null | undefined): string {
  if (v === null || v === undefined) return '（未填）';
  if (field === 'students') return `${v} 人`;
  if (field === 'classesFromGrade4') return `${v} 个班`;
  if (field === 'boarding') return v ? '有寄宿生' : '无寄宿生';
  return String(v);
}

/** The pending changes as the office views show them. */
export async function pendingFactLines(db: Db, schoolId?: number): Promise<PendingFactLine[]> {
  const changes = await listPendingFactChanges(db, schoolId);
  if (changes.length === 0) return [];
  const names = new Map((await listSchools(db)).map((s) => [s.id, s.name]));
  return changes.map((c) => line(c, names.get(c.schoolId) ?? `#${c.schoolId}`));
}

function line(c: FactChange, school: string): PendingFactLine {
  return {
    id: c.id,
    school,
    field: FACT_LABELS[c.field],
    from: factValueText(c.field, c.oldValue),
    to: factValueText(c.field, c.newValue),
    by: `${c.requestedBy}，${c.requestedAt.slice(0, 10)}`,
  };
}

export type Decision = { ok: true; line: PendingFactLine } | { ok: false; error: string };

/** Approves or rejects pending change `id`, in one transaction. */
export async function decideChange(db: Knex, id: number, decision: 'approved' | 'rejected', by: string, now: string): Promise<Decision> {
  return db.transaction(async (trx) => {
    const change = await getFactChange(trx, id);
    if (!change) return { ok: false, error: `没有编号为 ${id} 的学校信息变更。用 school changes list 查看待审核的变更。` };
    const school = await getSchoolById(trx, change.schoolId);
    if (!school) return { ok: false, error: `变更 ${id} 的学校已不存在。` };
    if (!(await decideFactChange(trx, id, decision, by, now))) {
      return { ok: false, error: `变更 ${id} 已处理过（${STATUS_WORDS[change.status] ?? change.status}），不能再${decision === 'approved' ? '批准' : '驳回'}。` };
    }
    const fields: Partial<Record<FactField, FactValue>> = {};
    if (decision === 'approved') {
      fields[change.field] = change.newValue;
      if (change.field === 'stage') {
        // A stage that ranks as itself ranks there; 九年一贯制 / 完全中学 take the rank stage asked with it.
        const own = RankStageSchema.safeParse(change.newValue);
        const rank = (await listPendingFactChanges(trx, school.id)).find((c) => c.field === 'rankStage');
        if (own.success) fields.rankStage = own.data;
        else if (rank) fields.rankStage = rank.newValue;
        if (rank) await decideFactChange(trx, rank.id, 'approved', by, now);
      }
      await updateSchoolFacts(trx, school.id, fields as SchoolFactsPatch, by, now);
    }
    await applyToAssessment(trx, change, fields, by, now);
    return { ok: true, line: line(change, school.name) };
  });
}

const STATUS_WORDS: Record<string, string> = { approved: '已批准', rejected: '已驳回', withdrawn: '学校已撤回', pending: '待审核' };

/** The self-assessment the change was asked in takes the approved facts, and drops the decided proposal. */
async function applyToAssessment(
  trx: Knex.Transaction,
  change: FactChange,
  approved: Partial<Record<FactField, FactValue>>,
  by: string,
  now: string,
): Promise<void> {
  if (!change.semesterId) return;
  const a = await findAssessment(trx, change.schoolId, change.semesterId);
  if (!a || a.state == null) return;
  const state = migrateState(a.state);
  const facts = { ...state.facts, ...approved } as Partial<SchoolFacts>;
  const proposed: Record<string, unknown> = { ...state.proposed };
  for (const key of [change.field, ...Object.keys(approved)]) delete proposed[key];
  const next = { ...state, facts, proposed: proposed as Partial<SchoolFacts> };
  const saved = await saveAssessmentState(
    trx,
    a.id,
    { status: next.status, state: next, stateVersion: next.v, rubricVersion: next.rubricVersion, expectedRevision: a.revision },
    by,
    now,
  );
  if (!saved) throw new Error(`assessment ${a.id}: concurrent update`);
}
