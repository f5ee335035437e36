/**
 * Reading a self-assessment state without stepping it: its questions and where a person stands,
 * what is still open, the progress, and the texts built from them (the prompt, the summary, the
 * inspection's end). Pure; machine.ts moves the state, this reads it.
 */
import type { AnswerValue, SchoolFacts } from '../rubric/schema.ts';
import { scoreSemester } from '../rubric/engine.ts';
import { ASSESS_TEXT as T, factsSummary, resultPhone } from '../text/assessment-replies.ts';
import { answerHint, formatAnswer } from './parse.ts';
import { assessmentQuestions, countsFromGrade4, rubricQuestions, type AssessmentQuestion } from './questions.ts';
import { completeFacts, factsReady, FACTS_CHECK, inspecting, scoreState, type AssessmentCtx, type AssessmentState, type StepResult } from './state.ts';
import { differences, differenceText, INSPECT_TEXT as I, inspectionLines, type InspectionView } from './inspection.ts';

export function questions(s: AssessmentState, ctx: AssessmentCtx): AssessmentQuestion[] {
  return assessmentQuestions(ctx.rubric, effectiveFacts(s));
}

/** The facts as the school sees them: the office's values with the school's pending changes over them. */
export function effectiveFacts(s: AssessmentState): Partial<SchoolFacts> {
  return { ...s.facts, ...s.proposed };
}

export function current(s: AssessmentState, ctx: AssessmentCtx): AssessmentQuestion | undefined {
  return questions(s, ctx).find((q) => q.id === s.cursor);
}

export function currentValue(s: AssessmentState, q: AssessmentQuestion): AnswerValue | undefined {
  return q.fact ? effectiveFacts(s)[q.fact] : s.answers[q.id];
}

export function firstOpen(s: AssessmentState, list: AssessmentQuestion[]): string | null {
  return list.find((q) => currentValue(s, q) === undefined)?.id ?? null;
}

/** The ids of the rubric questions (and the veto) without an answer. */
export function openQuestionIds(s: AssessmentState, ctx: AssessmentCtx): string[] {
  return openQuestions(s, ctx).map((q) => q.id);
}

/** Rubric questions (and the veto) without an answer. */
export function openQuestions(s: AssessmentState, ctx: AssessmentCtx): AssessmentQuestion[] {
  return questions(s, ctx).filter((q) => q.kind !== 'fact' && !Object.hasOwn(s.answers, q.id));
}

/** The veto question's number (「第 41/41 题」), unless an item has that number. */
export function vetoNo(ctx: AssessmentCtx): number | null {
  const list = rubricQuestions(ctx.rubric);
  const i = list.findIndex((q) => q.kind === 'veto');
  return i >= 0 && !ctx.rubric.items.some((item) => item.no === i + 1) ? i + 1 : null;
}

/** 「第4、7条、第41题（一票否决）」 */
export function sectionsText(qs: AssessmentQuestion[], ctx?: AssessmentCtx): string {
  const nos = [...new Set(qs.flatMap((q) => (q.item ? [q.item.no] : [])))];
  const no = ctx ? vetoNo(ctx) : null;
  const veto = no === null ? '一票否决题' : `第${no}题（一票否决）`;
  const parts = [...(nos.length > 0 ? [`第${nos.join('、')}条`] : []), ...(qs.some((q) => q.kind === 'veto') ? [veto] : [])];
  return parts.join('、');
}

export function progressOf(s: AssessmentState, ctx: AssessmentCtx) {
  const rubricQs = questions(s, ctx).filter((q) => q.kind !== 'fact');
  const answered = rubricQs.filter((q) => Object.hasOwn(s.answers, q.id)).length;
  const skipped = s.skipped.filter((id) => !Object.hasOwn(s.answers, id)).length;
  return { answered, total: rubricQs.length, skipped };
}

export function progressText(s: AssessmentState, ctx: AssessmentCtx): string {
  const p = progressOf(s, ctx);
  const skipped = questions(s, ctx).filter((q) => s.skipped.includes(q.id) && !Object.hasOwn(s.answers, q.id));
  const where = s.cursor === null ? T.whereSummary : s.cursor === FACTS_CHECK ? T.whereFactsCheck : (current(s, ctx)?.position ?? T.whereSummary);
  const text = T.progress(p.answered, p.total, p.skipped, sectionsText(skipped), where);
  return inspecting(ctx) ? text.replace('自评进度：已答', '核实进度：已核实') : text;
}

/** What to type next, for replies that do not ask a question. */
export function tail(s: AssessmentState, ctx: AssessmentCtx): string {
  return s.cursor === null && s.status === 'in_progress' ? T.summaryTail(ctx.actor.canSubmit) : T.continueTail;
}

/** The current question (or the facts check, or the summary) as a message. */
export function prompt(s: AssessmentState, ctx: AssessmentCtx): string {
  if (s.cursor === FACTS_CHECK) return T.factsCheck(factsSummary(s.facts, countsFromGrade4(s.facts.stage)));
  const q = current(s, ctx);
  if (!q) return summary(s, ctx);
  const value = currentValue(s, q);
  const shown = value === undefined ? null : formatAnswer(q.question, value);
  const now = shown === null ? null : q.fact ? T.currentFact(shown) : T.currentAnswer(shown);
  if (inspecting(ctx) && q.kind !== 'fact') {
    const text = [q.question.text, ...inspectionLines(q, ctx.inspection)].join('\n');
    return T.question(q.position, text, now, I.hint(ctx.inspection.schoolAnswers[q.id] !== undefined));
  }
  return T.question(q.position, q.question.text, now, answerHint(q.question, q.kind !== 'fact'));
}

/** Past the last question: where things stand, the result, and 「提交」 or 「修改 N」. */
export function summary(s: AssessmentState, ctx: AssessmentCtx): string {
  if (inspecting(ctx)) return inspectionSummary(s, ctx);
  const open = openQuestions(s, ctx);
  const count = questions(s, ctx).filter((q) => q.kind !== 'fact').length;
  const head = [
    open.length === 0 ? T.allDone(count) : T.doneWithGaps(open.length, sectionsText(open, ctx)),
    ...(factsReady(s) ? [] : [T.factsMissing]),
  ].join('\n');
  return resultPhone(scoreState(s, ctx.rubric), ctx.rubric, { head, tail: T.summaryTail(ctx.actor.canSubmit) });
}

export function done(state: AssessmentState, replies: string[]): StepResult {
  return { state, replies };
}

/** The end of an inspection: the official score from the same engine, and the difference list. */
export function inspectionSummary(s: AssessmentState, ctx: AssessmentCtx & { inspection: InspectionView }): string {
  const official = scoreState(s, ctx.rubric);
  const self = scoreSemester(ctx.rubric, { facts: completeFacts(s.facts), answers: ctx.inspection.schoolAnswers });
  const open = openQuestions(s, ctx);
  const head = [
    ...(open.length > 0 ? [T.doneWithGaps(open.length, sectionsText(open, ctx))] : []),
    I.head,
  ].join('\n');
  const diff = differenceText(differences(ctx.rubric, ctx.inspection.schoolAnswers, s.answers, s.marks, official, self));
  // The engine's phone view, labelled as the official score (not the school's own).
  return resultPhone(official, ctx.rubric, { head, tail: `${diff}\n${I.tail}` }).replace('自评得分', '官方得分');
}
