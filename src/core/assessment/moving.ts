/**
 * Moving through the self-assessment's questions: on to the next one (or back from an edit, or to
 * the summary), 跳过, 上一题, 修改 N, 补答 and 修改 一票否决. Pure; the transitions that call these are
 * in machine.ts.
 */
import { ASSESS_TEXT as T } from '../text/assessment-replies.ts';
import { completeFacts, FACTS_CHECK, GAPS, type AssessmentCtx, type AssessmentState, type StepResult } from './state.ts';
import { current, currentValue, done, firstOpen, openQuestions, prompt, questions, sectionsText, tail, vetoNo } from './reading.ts';

/** Past the current question: to the next one, or back from an edit, or to the summary. */
export function advance(s: AssessmentState, note: string, ctx: AssessmentCtx): StepResult {
  const list = questions(s, ctx);
  const i = list.findIndex((q) => q.id === s.cursor);
  const cur = list[i];
  const next = list[i + 1];
  let st: AssessmentState = { ...s, failures: 0, pending: null };
  if (cur?.kind === 'fact' && next?.kind !== 'fact') st = { ...st, factsConfirmed: completeFacts(st.facts) !== null };
  if (st.edit?.section === GAPS) {
    // 「补答」 walks only the questions still without an answer (skipped ones too), the veto included.
    const gap = list.slice(i + 1).find((q) => q.kind !== 'fact' && !Object.hasOwn(st.answers, q.id));
    if (gap) {
      st = { ...st, cursor: gap.id };
      return done(st, [`${note}\n\n${prompt(st, ctx)}`]);
    }
    const back = st.edit.returnTo;
    st = { ...st, edit: null, cursor: back === null || back === FACTS_CHECK || list.some((q) => q.id === back) ? back : firstOpen(st, list) };
    return done(st, [`${note}\n${T.gapsDone}\n\n${prompt(st, ctx)}`]);
  }
  if (st.edit && next?.section !== st.edit.section) {
    const back = st.edit.returnTo;
    st = { ...st, edit: null, cursor: back === null || back === FACTS_CHECK || list.some((q) => q.id === back) ? back : firstOpen(st, list) };
    const lead = st.cursor === null ? T.backToSummary : T.backToQuestion;
    return done(st, [`${note}\n${lead}\n\n${prompt(st, ctx)}`]);
  }
  st = { ...st, cursor: next?.id ?? null };
  return done(st, [`${note}\n\n${prompt(st, ctx)}`]);
}

export function skip(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  if (s.cursor === null) return done(s, [T.nothingToSkip]);
  if (s.cursor === FACTS_CHECK) return done(s, [`${T.answerFactsCheck}\n\n${prompt(s, ctx)}`]);
  const q = current(s, ctx);
  if (!q) return done(s, [T.nothingToSkip]);
  if (currentValue(s, q) !== undefined) return advance(s, T.kept, ctx);
  if (q.kind === 'fact') return done(s, [`${T.cannotSkipFact}\n\n${prompt(s, ctx)}`]);
  return advance({ ...s, skipped: s.skipped.includes(q.id) ? s.skipped : [...s.skipped, q.id] }, T.skipped, ctx);
}

export function back(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  const list = questions(s, ctx);
  const reset = { ...s, failures: 0, pending: null };
  if (s.cursor === null) {
    const last: AssessmentState = { ...reset, cursor: list[list.length - 1]?.id ?? null };
    return done(last, [prompt(last, ctx)]);
  }
  const i = list.findIndex((q) => q.id === s.cursor);
  if (i <= 0) return done(reset, [`${T.firstAlready}\n\n${prompt(reset, ctx)}`]);
  const prev: AssessmentState = { ...reset, cursor: list[i - 1]?.id ?? null };
  return done(prev, [prompt(prev, ctx)]);
}

export function edit(s: AssessmentState, no: number, ctx: AssessmentCtx): StepResult {
  const items = ctx.rubric.items;
  const item = items.find((i) => i.no === no);
  // The veto question is listed as 「一票否决题（第41题）」: its number reaches it too.
  if (!item && no === vetoNo(ctx)) return editVeto(s, ctx);
  if (!item) return done(s, [T.noSuchItem(no, items.length)]);
  const first = item.questions[0];
  if (!first) return done(s, [T.itemNotAsked(no, item.scoring.explain)]);
  return startEdit(s, item.id, first.id, T.editing(no, item.title), ctx);
}

/** 「补答」: the unanswered and skipped questions, the veto included, then back to where one was. */
export function fillGaps(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  const open = openQuestions(s, ctx);
  const first = open[0];
  if (!first) return done(s, [`${T.noGaps}\n${tail(s, ctx)}`]);
  // From inside a 「补答」 walk, start over from the first gap but keep where to go back to.
  return startEdit(s, GAPS, first.id, T.fillingGaps(open.length, sectionsText(open, ctx)), ctx);
}

/** 「修改 一票否决」 (or 「修改 41」, its number in the list): the veto question, then back. */
export function editVeto(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  const veto = questions(s, ctx).find((q) => q.kind === 'veto');
  if (!veto) return done(s, [T.atSummary]);
  return startEdit(s, veto.section, veto.id, T.editingVeto, ctx);
}

export function startEdit(s: AssessmentState, section: string, first: string | null, note: string, ctx: AssessmentCtx): StepResult {
  const st: AssessmentState = {
    ...s,
    cursor: first,
    edit: { section, returnTo: s.edit ? s.edit.returnTo : s.cursor },
    pending: null,
    failures: 0,
  };
  return done(st, [`${note}\n\n${prompt(st, ctx)}`]);
}
