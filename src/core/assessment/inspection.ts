/**
 * The inspector's side of the assessment state machine (machine.ts with `ctx.role === 'inspector'`):
 * what a question shows (the school's own answer, the evidence the item asks for), how a reply
 * is read (「属实」, a verified value, 「不符 <说明> <值>」), and the end (official score and the
 * difference list). Pure; the machine calls these, so the commands stay the self-assessment's.
 */
import type { AnswerValue, Rubric } from '../rubric/schema.ts';
import type { SemesterResult } from '../rubric/result.ts';
import { semesterLabel } from '../reminders/semester.ts';
import { formatAnswer, parseAnswer } from './parse.ts';
import { rubricQuestions, type AssessmentQuestion } from './questions.ts';

export type Verdict = 'accepted' | 'verified' | 'differs';
export interface Mark {
  verdict: Verdict;
  note: string | null;
}

/** What the inspector sees of the school, passed in the machine's ctx. */
export interface InspectionView {
  /** The school's own answers (self-check), by question id. */
  schoolAnswers: Readonly<Record<string, AnswerValue>>;
  /** A line added under the evidence (e.g. the uploaded file count, issue 13); '' for none. */
  itemNote?: (itemId: string) => string;
}

export const INSPECT_TEXT = {
  intro: (school: string, semester: string, count: number) =>
    `开始核实${school}${semesterLabel(semester)}考核，共 ${count} 题。每题回复“属实”（采用学校的答案）、核实的值，或“不符 说明 值”；可随时“暂停”，下次“考核 ${school}”接着核实。`,
  school: (answer: string | null) => `学校自评：${answer ?? '未作答'}`,
  evidence: (items: readonly string[]) => (items.length > 0 ? `查阅资料：${items.join('；')}` : ''),
  hint: (hasSchool: boolean) =>
    hasSchool ? '请回复“属实”、核实的值，或“不符 说明 值”。' : '学校未作答：请回复核实的值，或“不符 说明 值”。',
  noSchoolAnswer: '学校没有作答这题，不能回复“属实”。请回复核实的值，如“是”或“2”。',
  askValue: (note: string) => `已记下说明：“${note}”。请回复核实的值（如“是”“否”或数字）。`,
  recorded: (label: string, answer: string, m: Mark) =>
    `已核实${label}：${answer}（${m.verdict === 'accepted' ? '属实' : m.verdict === 'differs' ? '不符' : '已核实'}${m.note ? `：${m.note}` : ''}）。`,
  meanwhile: (label: string, answer: string | null) =>
    answer === null ? `${label}刚刚已被他人改动，您的回复没有记录。` : `${label}刚刚已由他人核实：${answer}。您的回复没有记录；要改请回复“修改 N”。`,
  resumed: (answered: number, total: number, skipped: number) =>
    `继续核实：已核实 ${answered}/${total} 题${skipped > 0 ? `，跳过 ${skipped} 题` : ''}。`,
  noSubmit: '考核结果由领导小组办公室确认（“确认结果”），无需提交。回复“修改 N”改答案，或“得分”看官方得分。',
  head: '核实完毕。',
  diffHead: (n: number) => (n === 0 ? '与学校自评无差异。' : `与学校自评不一致 ${n} 题：`),
  diffLine: (d: Difference) =>
    `第${d.itemNo}条 ${d.title}：学校“${d.school}”→核实“${d.verified}”${d.note ? `（${d.note}）` : ''}，${d.points >= 0 ? '+' : ''}${d.points} 分`,
  tail: '回复“修改 N”改答案，“得分”看官方得分明细。',
  help: (tail: string) =>
    [
      '核实命令（随时可用）：',
      '属实：采用学校的答案；或直接回复核实的值（是、否、数字）',
      '不符 说明 值：如“不符 只有兼职 1”',
      '暂停 / 继续：暂停，或接着核实；下次发“考核 学校全名”也能接着核实',
      '跳过：跳过本题；上一题：回到上一题；修改 N：改第N条',
      '进度：看进度；得分：看官方得分；详细：看全部扣分',
      '结果由领导小组办公室确认（“确认结果”），考核组无需提交。',
      tail,
    ].join('\n'),
} as const;

const ACCEPT = /^(属实|情况属实|核实属实|一致|无误)[。.!！]?$/;
const DIFFERS = /^不符(?:合)?[\s:：,，]*(.*)$/s;
const BARE_VALUE = /^(是|否|有|没有|无|不知道|[0-9０-９]+(?:\.[0-9]+)?)$/;

export type InspectorReply =
  | { kind: 'accept' }
  | { kind: 'differs'; note: string; value: AnswerValue | undefined }
  | { kind: 'value' };

/** Reads 「属实」 and 「不符 <说明> [值]」; anything else is a value for the ordinary parser. */
export function readInspectorReply(q: AssessmentQuestion, text: string): InspectorReply {
  const t = text.trim();
  if (ACCEPT.test(t)) return { kind: 'accept' };
  const m = DIFFERS.exec(t);
  if (!m) return { kind: 'value' };
  const rest = (m[1] ?? '').trim();
  const parts = rest.split(/[\s,，;；:：]+/).filter(Boolean);
  const last = parts[parts.length - 1];
  // One word after 不符 is the note, unless it is a bare value (「不符 否」「不符 1」).
  if (last !== undefined && (parts.length > 1 || BARE_VALUE.test(last))) {
    const parsed = parseAnswer(q.question, last, true);
    if (parsed.ok && parsed.value !== null && !parsed.confirm) return { kind: 'differs', note: parts.slice(0, -1).join(' '), value: parsed.value };
  }
  return { kind: 'differs', note: rest, value: undefined };
}

/** The verdict of a plain value: the same as the school's is 「已核实」, another one 「不符」. */
export function markFor(value: AnswerValue, school: AnswerValue | undefined, note: string | null = null): Mark {
  return { verdict: school !== undefined && school !== value ? 'differs' : 'verified', note };
}

/** The extra lines of an inspector's question: the school's answer and the evidence. */
export function inspectionLines(q: AssessmentQuestion, view: InspectionView): string[] {
  const school = view.schoolAnswers[q.id];
  const evidence = q.item ? INSPECT_TEXT.evidence(q.item.evidence) : '';
  const extra = q.item ? (view.itemNote?.(q.item.id) ?? '') : '';
  return [INSPECT_TEXT.school(school === undefined ? null : formatAnswer(q.question, school)), ...(evidence ? [evidence] : []), ...(extra ? [extra] : [])];
}

export interface Difference {
  questionId: string;
  itemNo: number;
  title: string;
  school: string;
  verified: string;
  note: string | null;
  /** Official minus self-check points of the item. */
  points: number;
}

/**
 * Questions the school answered otherwise than verified (or that an inspector marked 不符),
 * with the item's point difference between the official and the self-check result.
 */
export function differences(
  rubric: Rubric,
  schoolAnswers: Readonly<Record<string, AnswerValue>>,
  verified: Readonly<Record<string, AnswerValue>>,
  marks: Readonly<Record<string, Mark>>,
  official: SemesterResult,
  self: SemesterResult,
): Difference[] {
  const out: Difference[] = [];
  for (const q of rubricQuestions(rubric)) {
    const v = verified[q.id];
    if (v === undefined) continue;
    const s = schoolAnswers[q.id];
    // Questions the school left open are not differences unless an inspector marked them 不符.
    if ((s === undefined || s === v) && marks[q.id]?.verdict !== 'differs') continue;
    const itemId = q.item?.id;
    const off = official.items.find((i) => i.id === itemId);
    const mine = self.items.find((i) => i.id === itemId);
    out.push({
      questionId: q.id,
      itemNo: q.item?.no ?? 0,
      title: q.item?.title ?? '一票否决',
      school: s === undefined ? '未作答' : formatAnswer(q.question, s),
      verified: formatAnswer(q.question, v),
      note: marks[q.id]?.note ?? null,
      points: (off?.score ?? 0) - (mine?.score ?? 0),
    });
  }
  return out;
}

/** The difference list as lines (at most `max`, then 「……另 N 题」). */
export function differenceText(list: readonly Difference[], max = 8): string {
  const lines = [INSPECT_TEXT.diffHead(list.length), ...list.slice(0, max).map(INSPECT_TEXT.diffLine)];
  if (list.length > max) lines.push(`……另 ${list.length - max} 题`);
  return lines.join('\n');
}
