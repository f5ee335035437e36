/**
 * The self-assessment conversation as a pure, total state machine:
 *
 *   step(state | null, event, ctx) → { state, replies }
 *
 * The state (state.ts) is plain JSON with a version (`v`), as grammY conversations keeps versioned
 * state, so a stored conversation survives restarts and upgrades. It holds no history: storage keeps
 * that, and the app diffs `answers` before and after a step and commits them, with the state,
 * before it sends the replies. Time and the rubric come in through `ctx`; nothing here reads a
 * clock, and the same events give byte-identical states and replies.
 *
 * Where the user stands is `cursor`: a question id, FACTS_CHECK (「……仍然准确吗？」) or null
 * (past the last question: the summary). 「修改 N」 walks one section (an item's questions, or
 * the facts) and then goes back to `edit.returnTo`.
 *
 * Parts in their own files: moving.ts (next, 跳过, 上一题, 修改 N, 补答), facts.ts (the school's facts:
 * whose they are to give, pending changes of the office's), reading.ts and state.ts.
 */
import type { AnswerValue } from '../rubric/schema.ts';
import { shanghaiDate } from '../reminders/semester.ts';
import {
  ASSESS_TEXT as T,
  resultDetail,
  resultPhone,
  scoreText,
} from '../text/assessment-replies.ts';
import { formatAnswer, parseAnswer } from './parse.ts';
import { parseCommand, QUESTION_LIKE, yesNo, type Command } from './commands.ts';
import {
  assessmentQuestions,
  FACTS_SECTION,
  type AssessmentQuestion,
} from './questions.ts';
import {
  completeFacts,
  factsReady,
  FACTS_CHECK,
  inspecting,
  scoreState,
  STATE_VERSION,
  type AssessmentCtx,
  type AssessmentEvent,
  type AssessmentState,
  type AssessmentView,
  type StepResult,
} from './state.ts';
import { current, currentValue, done, firstOpen, openQuestions, progressOf, progressText, prompt, questions, sectionsText, tail } from './reading.ts';
import { knownFacts, officeFact, setFact } from './facts.ts';
import { advance, skip, back, edit, fillGaps, editVeto, startEdit } from './moving.ts';
import { INSPECT_TEXT as I, markFor, readInspectorReply, type InspectionView, type Mark } from './inspection.ts';

// The state's shape and the context stay importable from here, the machine's one door.
export * from './state.ts';
export { effectiveFacts, openQuestionIds } from './reading.ts';

// ───────────────────────────── step ─────────────────────────────

export function step(state: AssessmentState | null, event: AssessmentEvent, ctx: AssessmentCtx): StepResult {
  const key = actorKey(ctx);
  const r = stepAs(state === null ? null : enter(state, key), event, ctx);
  return { state: leave(r.state, key, ctx), replies: r.replies };
}

function actorKey(ctx: AssessmentCtx): string {
  return ctx.actor.key ?? ctx.actor.name;
}

/** The state as `key` sees it: their own question, edit, pending confirmation. */
function enter(s: AssessmentState, key: string): AssessmentState {
  const v = s.views[key];
  if (v) return { ...s, ...v };
  // Someone new joins where the school stands, with nothing of the last person's pending.
  return { ...s, edit: null, pending: null, failures: 0, seen: null };
}

/** Stores the current person's view after a step: what they were shown and when. */
function leave(s: AssessmentState, key: string, ctx: AssessmentCtx): AssessmentState {
  const q = current(s, ctx);
  const seen = q ? valueKey(currentValue(s, q)) : null;
  const view: AssessmentView = { cursor: s.cursor, edit: s.edit, pending: s.pending, failures: s.failures, seen, shownAt: ctx.now };
  return { ...s, seen, shownAt: ctx.now, views: { ...s.views, [key]: view } };
}

const valueKey = (v: AnswerValue | undefined): string => (v === undefined ? '' : JSON.stringify(v));

/** The view of one person (actor key) in a stored state, if they were shown anything. */
export function viewOf(s: AssessmentState, key: string): AssessmentView | null {
  return s.views[key] ?? null;
}

function stepAs(state: AssessmentState | null, event: AssessmentEvent, ctx: AssessmentCtx): StepResult {
  const text = event.type === 'text' ? event.text : '';
  const cmd: Command | null = event.type === 'start' ? { kind: 'start' } : parseCommand(text);
  if (state === null) return begin(ctx);
  if (state.status === 'cancelled') {
    if (cmd?.kind === 'start') {
      // Starting again keeps the fact changes waiting for the office; 恢复 can bring the answers back.
      const fresh = begin(ctx, { answers: state.answers, skipped: state.skipped });
      return { ...fresh, state: { ...fresh.state, proposed: state.proposed } };
    }
    if (cmd?.kind === 'restore') return restore(state, ctx);
    return ruleOr(state, text, ctx, T.cancelledAlready);
  }
  if (state.status === 'submitted') return whenSubmitted(state, cmd, text, ctx);
  return whenOpen(rebase(state, ctx), cmd, text, ctx);
}

function begin(ctx: AssessmentCtx, previous: AssessmentState['previous'] = null): StepResult {
  const known = knownFacts(ctx.knownFacts);
  const complete = completeFacts(known) !== null;
  const confirmed = complete && ctx.factsConfirmedSemester === ctx.semester.id;
  const list = assessmentQuestions(ctx.rubric, known);
  const firstRubric = list.find((q) => q.kind !== 'fact')?.id ?? null;
  const s: AssessmentState = {
    v: STATE_VERSION,
    rubricVersion: ctx.rubric.version,
    status: 'in_progress',
    facts: known,
    proposed: {},
    factsConfirmed: confirmed,
    answers: {},
    skipped: [],
    previous: previous && Object.keys(previous.answers).length > 0 ? previous : null,
    cursor: confirmed ? firstRubric : complete ? FACTS_CHECK : (list[0]?.id ?? null),
    edit: null,
    pending: null,
    failures: 0,
    seen: null,
    shownAt: null,
    views: {},
    marks: {},
  };
  const count = list.filter((q) => q.kind !== 'fact').length;
  const note = s.previous ? `\n${T.restorable(Object.keys(s.previous.answers).length)}` : '';
  const intro = (inspecting(ctx) ? I.intro : T.intro)(ctx.schoolName, ctx.semester.id, count);
  return done(s, [`${intro}${note}\n\n${prompt(s, ctx)}`]);
}

/**
 * 「恢复」: a cancelled self-assessment comes back as it was; one started again after a
 * cancellation gets the cancelled answers back where nothing was answered since. Only the
 * principal or the office (who alone may cancel).
 */
function restore(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  if (!ctx.actor.canSubmit) return done(s, [`${T.undoOnlyPrincipal}\n${s.status === 'cancelled' ? T.cancelledAlready : tail(s, ctx)}`]);
  if (s.status === 'cancelled') {
    const back: AssessmentState = { ...s, status: 'in_progress', edit: null, pending: null, failures: 0 };
    const list = questions(back, ctx);
    const at: AssessmentState = { ...back, cursor: s.cursor ?? firstOpen(back, list) };
    return done(at, [`${T.restored(Object.keys(s.answers).length)}\n\n${prompt(at, ctx)}`]);
  }
  if (!s.previous) return done(s, [`${T.nothingToRestore}\n${tail(s, ctx)}`]);
  const answers = { ...s.previous.answers, ...s.answers };
  const skipped = [...new Set([...s.skipped, ...s.previous.skipped])].filter((id) => !Object.hasOwn(answers, id));
  const back: AssessmentState = { ...s, answers, skipped, previous: null, pending: null, failures: 0 };
  const list = questions(back, ctx);
  const q = current(back, ctx);
  const at = q && currentValue(back, q) !== undefined && q.kind !== 'fact' ? { ...back, cursor: firstOpen(back, list.filter((x) => x.kind !== 'fact')) } : back;
  const restoredCount = Object.keys(answers).length - Object.keys(s.answers).length;
  return done(at, [`${T.restored(restoredCount)}\n\n${prompt(at, ctx)}`]);
}

/**
 * Moves an open state stepped under another rubric version onto this one: answers are all kept
 * (the engine ignores ids it does not know), a cursor on a question that is gone moves to the
 * first open one. A submitted state keeps the version it was submitted under.
 */
function rebase(s: AssessmentState, ctx: AssessmentCtx): AssessmentState {
  if (s.rubricVersion === ctx.rubric.version) return s;
  const list = questions(s, ctx);
  const valid = (c: string | null) => c === null || c === FACTS_CHECK || list.some((q) => q.id === c);
  return {
    ...s,
    rubricVersion: ctx.rubric.version,
    cursor: valid(s.cursor) ? s.cursor : firstOpen(s, list),
    edit: s.edit && valid(s.edit.returnTo) ? s.edit : null,
    pending: null,
    failures: 0,
  };
}

function whenOpen(s: AssessmentState, cmd: Command | null, text: string, ctx: AssessmentCtx): StepResult {
  // This person's question was answered by someone else since it was shown: say so, answer nothing.
  const shown = current(s, ctx);
  const answering = cmd === null || cmd.kind === 'confirm' || cmd.kind === 'keep';
  if (shown && answering && s.status === 'in_progress' && s.seen !== null && valueKey(currentValue(s, shown)) !== s.seen) {
    return overtaken(s, shown, ctx);
  }
  if (s.pending) {
    const pending = s.pending;
    s = { ...s, pending: null };
    if (pending.kind === 'value') {
      const yes = cmd ? (cmd.kind === 'confirm' ? true : null) : yesNo(text);
      const q = current(s, ctx);
      if (yes === true && q) return store(s, q, pending.value, ctx, pending.mark);
      // 否 to 「……300 次？」 asks again; 否 to the veto's confirmation is the answer itself.
      if (yes === false) return q?.kind === 'veto' ? store(s, q, false, ctx) : done(s, [prompt(s, ctx)]);
    }
    if (pending.kind === 'note' && !cmd && s.cursor === pending.question) return answer(s, text, ctx, pending.note);
    if (pending.kind === 'submit' && (cmd?.kind === 'confirmSubmit' || cmd?.kind === 'confirm')) return submit(s, ctx);
    if (pending.kind === 'cancel' && cmd?.kind === 'confirmCancel' && ctx.actor.canSubmit) {
      return done({ ...s, status: 'cancelled', edit: null }, [T.cancelled]);
    }
    // A plain 「确认」 is not enough to throw the answers away: ask for 「确认取消」 again.
    if (pending.kind === 'cancel' && cmd?.kind === 'confirm') return done({ ...s, pending }, [T.cancelAsk]);
  }
  if (cmd) return command(s, cmd, text, ctx);
  if (s.status === 'paused') return ruleOr(s, text, ctx, T.pausedAlready);
  if (s.cursor === null) return ruleOr(s, text, ctx, T.atSummary);
  return answer(s, text, ctx);
}

function command(s: AssessmentState, cmd: Command, text: string, ctx: AssessmentCtx): StepResult {
  const open: AssessmentState = { ...s, status: 'in_progress' };
  switch (cmd.kind) {
    case 'start':
    case 'resume': {
      const p = progressOf(open, ctx);
      return done(open, [`${(inspecting(ctx) ? I.resumed : T.resumed)(p.answered, p.total, p.skipped)}\n\n${prompt(open, ctx)}`]);
    }
    case 'pause': {
      const p = progressOf(s, ctx);
      return done({ ...s, status: 'paused' }, [s.status === 'paused' ? T.pausedAlready : T.paused(p.answered, p.total)]);
    }
    case 'skip':
      return skip(open, ctx);
    case 'back':
      return back(open, ctx);
    case 'edit':
      return edit(open, cmd.no, ctx);
    case 'editVeto':
      return editVeto(open, ctx);
    case 'fillGaps':
      return fillGaps(open, ctx);
    case 'restore':
      return restore(s, ctx);
    case 'editFacts': {
      const list = questions(open, ctx);
      // From the facts check, editing the facts answers it: go on with the questions afterwards.
      const from = open.cursor === FACTS_CHECK ? { ...open, cursor: list.find((q) => q.kind !== 'fact')?.id ?? null } : open;
      return startEdit(from, FACTS_SECTION, list[0]?.id ?? null, T.editingFacts, ctx);
    }
    case 'progress':
      return done(s, [`${progressText(s, ctx)}\n${tail(s, ctx)}`]);
    case 'score': {
      const phone = resultPhone(scoreState(s, ctx.rubric), ctx.rubric, { tail: tail(s, ctx) });
      return done(s, [inspecting(ctx) ? phone.replace('自评得分', '官方得分') : phone]);
    }
    case 'detail':
      return done(s, resultDetail(scoreState(s, ctx.rubric), ctx.rubric, tail(s, ctx)));
    case 'help':
      return done(s, [(inspecting(ctx) ? I.help : T.help)(tail(s, ctx))]);
    case 'submit':
    case 'confirmSubmit':
      return inspecting(ctx) ? done(s, [I.noSubmit]) : askSubmit(s, ctx);
    case 'reopen':
      return done(s, [`${T.notSubmitted}${tail(s, ctx)}`]);
    case 'cancel':
    case 'confirmCancel':
      if (!ctx.actor.canSubmit) return done(s, [`${T.undoOnlyPrincipal}\n${tail(s, ctx)}`]);
      return done({ ...s, pending: { kind: 'cancel' } }, [T.cancelAsk]);
    case 'keep': {
      if (s.status !== 'paused' && s.cursor === FACTS_CHECK) return factsCheck(s, true, text, ctx);
      const q = current(s, ctx);
      if (s.status !== 'paused' && q && currentValue(s, q) !== undefined) return advance(s, T.kept, ctx);
      break;
    }
    case 'confirm':
      break;
  }
  // 「不变」 with nothing to keep, or a stray 「确认」: read it as an answer.
  if (s.status === 'paused') return done(s, [T.pausedAlready]);
  if (s.cursor === null) return done(s, [T.atSummary]);
  return answer(s, text, ctx);
}

function whenSubmitted(s: AssessmentState, cmd: Command | null, text: string, ctx: AssessmentCtx): StepResult {
  const until = reopenUntil(ctx);
  const after = T.locked(until);
  switch (cmd?.kind) {
    case 'reopen':
      if (!ctx.actor.canSubmit) return done(s, [`${T.undoOnlyPrincipal}\n${after}`]);
      return until
        ? done({ ...s, status: 'in_progress', cursor: null, edit: null, pending: null, failures: 0 }, [T.reopened])
        : done(s, [T.reopenTooLate(ymdText(ctx.semester.assessmentDate))]);
    case 'progress':
      return done(s, [`${progressText(s, ctx)}\n${after}`]);
    case 'score':
      return done(s, [resultPhone(scoreState(s, ctx.rubric), ctx.rubric, { tail: after })]);
    case 'detail':
      return done(s, resultDetail(scoreState(s, ctx.rubric), ctx.rubric, after));
    case 'help':
      return done(s, [T.help(after)]);
    case undefined:
      return ruleOr(s, text, ctx, after);
    default:
      return done(s, [after]);
  }
}

// ───────────────────────────── answering ─────────────────────────────

function answer(s: AssessmentState, text: string, ctx: AssessmentCtx, note?: string): StepResult {
  if (s.cursor === FACTS_CHECK) return factsCheck(s, yesNo(text), text, ctx);
  const q = current(s, ctx);
  if (!q) return done(s, [T.atSummary]);
  if (inspecting(ctx) && q.kind !== 'fact') return inspectorAnswer(s, q, text, ctx, note);
  // A text that reads as a question goes to the rule Q&A first; any other text is an answer, and
  // one that cannot be read is asked again (retrieval would find *some* clause for almost anything).
  const rule = QUESTION_LIKE.test(text) ? ruleInterrupt(s, text, ctx) : null;
  if (rule) return rule;
  // 是 / 对 / 没错 to a fact shown with its value keeps it (a yes/no fact takes 是 as its answer).
  if (q.fact && q.question.type !== 'yesno' && currentValue(s, q) !== undefined && yesNo(text) === true) return advance(s, T.kept, ctx);
  const parsed = parseAnswer(q.question, text, q.kind !== 'fact');
  if (!parsed.ok) return fail(s, q, parsed.reprompt);
  if (q.fact && parsed.value === null) return fail(s, q, T.factNotUnknown);
  // A change of the office's facts, an implausible value, or a veto (which fails the whole year)
  // is stored only once confirmed.
  const office = q.fact ? officeFact(ctx, q.fact) : undefined;
  const change =
    q.fact && office !== undefined && office !== parsed.value && currentValue(s, q) !== parsed.value
      ? T.confirmFactChange(q.label, formatAnswer(q.question, office), formatAnswer(q.question, parsed.value), parsed.confirm)
      : undefined;
  return storeOrConfirm(s, q, parsed.value, ctx, change ?? parsed.confirm);
}

/** A value to store, unless it asks for confirmation first (implausible, a veto, a fact change). */
function storeOrConfirm(s: AssessmentState, q: AssessmentQuestion, value: AnswerValue, ctx: AssessmentCtx, ask?: string, mark?: Mark): StepResult {
  const confirm = ask ?? (q.kind === 'veto' && value === true ? T.confirmVeto : undefined);
  if (confirm) return done({ ...s, pending: { kind: 'value', question: q.id, value, ...(mark ? { mark } : {}) } }, [confirm]);
  return store(s, q, value, ctx, mark);
}

/** An inspector's reply to a requirement: 「属实」, 「不符 <说明> [值]」 or a verified value. */
function inspectorAnswer(s: AssessmentState, q: AssessmentQuestion, text: string, ctx: AssessmentCtx & { inspection: InspectionView }, note?: string): StepResult {
  const school = ctx.inspection.schoolAnswers[q.id];
  const reply = readInspectorReply(q, text);
  if (reply.kind === 'accept') {
    if (school === undefined) return fail(s, q, `${I.noSchoolAnswer}\n\n${prompt(s, ctx)}`);
    return store(s, q, school, ctx, { verdict: 'accepted', note: note ?? null });
  }
  if (reply.kind === 'differs') {
    const why = [note, reply.note].filter(Boolean).join('；') || null;
    if (reply.value === undefined) return done({ ...s, pending: { kind: 'note', question: q.id, note: why ?? '' } }, [I.askValue(why ?? '')]);
    return storeOrConfirm(s, q, reply.value, ctx, undefined, { verdict: 'differs', note: why });
  }
  const rule = QUESTION_LIKE.test(text) ? ruleInterrupt(s, text, ctx) : null;
  if (rule) return rule;
  const parsed = parseAnswer(q.question, text, true);
  if (!parsed.ok) return fail(note === undefined ? s : { ...s, pending: { kind: 'note', question: q.id, note } }, q, parsed.reprompt);
  const mark = note === undefined ? markFor(parsed.value, school) : { verdict: 'differs' as const, note: note || null };
  return storeOrConfirm(s, q, parsed.value, ctx, parsed.confirm, mark);
}

/** Someone else answered `q` since this person was shown it: theirs stays, this person moves on. */
function overtaken(s: AssessmentState, q: AssessmentQuestion, ctx: AssessmentCtx): StepResult {
  const value = currentValue(s, q);
  const note = (inspecting(ctx) ? I.meanwhile : T.answeredMeanwhile)(q.label, value === undefined ? null : formatAnswer(q.question, value));
  const st: AssessmentState = { ...s, pending: null, failures: 0 };
  if (st.edit) return advance(st, note, ctx);
  const list = questions(st, ctx);
  const i = list.findIndex((x) => x.id === q.id);
  const next = list.slice(i + 1).find((x) => currentValue(st, x) === undefined) ?? null;
  const moved: AssessmentState = { ...st, cursor: next?.id ?? null };
  return done(moved, [`${note}\n\n${prompt(moved, ctx)}`]);
}

/** The answer to 「学校基本信息……仍然准确吗？」: 是 goes on to the questions, 否 walks the facts. */
function factsCheck(s: AssessmentState, yes: boolean | null, text: string, ctx: AssessmentCtx): StepResult {
  const list = questions(s, ctx);
  if (yes === true) {
    const next: AssessmentState = { ...s, factsConfirmed: true, failures: 0, cursor: list.find((q) => q.kind !== 'fact')?.id ?? null };
    return done(next, [`${T.recorded('学校基本信息', '准确')}\n\n${prompt(next, ctx)}`]);
  }
  if (yes === false) {
    const next: AssessmentState = { ...s, failures: 0, cursor: list[0]?.id ?? null };
    return done(next, [`${T.factsRecheck}\n\n${prompt(next, ctx)}`]);
  }
  return ruleInterrupt(s, text, ctx) ?? done({ ...s, failures: s.failures + 1 }, [`${T.answerFactsCheck}\n\n${prompt(s, ctx)}`]);
}

function store(s: AssessmentState, q: AssessmentQuestion, value: AnswerValue, ctx: AssessmentCtx, mark?: Mark): StepResult {
  if (q.fact) {
    const next = setFact(s, q.fact, value, ctx);
    const office = officeFact(ctx, q.fact);
    const asked = office !== undefined && office !== value;
    const note = asked
      ? T.factChangeAsked(q.label, formatAnswer(q.question, office), formatAnswer(q.question, value))
      : T.recorded(q.label, formatAnswer(q.question, value));
    return advance(next, note, ctx);
  }
  const next = { ...s, answers: { ...s.answers, [q.id]: value }, skipped: s.skipped.filter((id) => id !== q.id) };
  if (inspecting(ctx)) {
    const m = mark ?? markFor(value, ctx.inspection.schoolAnswers[q.id]);
    return advance({ ...next, marks: { ...s.marks, [q.id]: m } }, I.recorded(q.label, formatAnswer(q.question, value), m), ctx);
  }
  return advance(next, T.recorded(q.label, formatAnswer(q.question, value)), ctx);
}

function fail(s: AssessmentState, q: AssessmentQuestion, reprompt: string): StepResult {
  const failures = s.failures + 1;
  return done({ ...s, failures }, [T.failed(reprompt, failures, q.kind === 'fact')]);
}

/** A rule question in the middle: its answer, then the current question again. Null if not one. */
function ruleInterrupt(s: AssessmentState, text: string, ctx: AssessmentCtx): StepResult | null {
  const rule = ctx.answerRuleQuestion?.(text);
  return rule?.inScope ? done(s, [T.ruleInterrupt(rule.text, prompt(s, ctx))]) : null;
}

/**
 * A value for the current question read from free text by someone other than the parser (the
 * optional language model): echoed back and stored only after the user confirms it, exactly like
 * an implausible value. Null when the state no longer waits on a question (it moved on meanwhile).
 */
export function proposeValue(state: AssessmentState, value: AnswerValue, ctx: AssessmentCtx): StepResult | null {
  const key = actorKey(ctx);
  const s = enter(state, key);
  const q = current(s, ctx);
  if (s.status !== 'in_progress' || s.pending || !q) return null;
  if (s.seen !== null && valueKey(currentValue(s, q)) !== s.seen) return null;
  const next: AssessmentState = { ...s, pending: { kind: 'value', question: q.id, value } };
  return { state: leave(next, key, ctx), replies: [T.readBack(formatAnswer(q.question, value))] };
}

/** Outside the questions: answer a rule question if it is one, else say `fallback`. */
function ruleOr(s: AssessmentState, text: string, ctx: AssessmentCtx, fallback: string): StepResult {
  const rule = text ? ctx.answerRuleQuestion?.(text) : null;
  return done(s, [rule?.inScope ? `${rule.text}\n\n${fallback}` : fallback]);
}

// ───────────────────────────── submitting ─────────────────────────────

function askSubmit(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  if (!ctx.actor.canSubmit) return done(s, [T.submitOnlyPrincipal]);
  if (!factsReady(s)) return done(s, [T.submitNeedsFacts]);
  const open = openQuestions(s, ctx);
  return done({ ...s, pending: { kind: 'submit' } }, [T.submitAsk(open.length, sectionsText(open, ctx))]);
}

function submit(s: AssessmentState, ctx: AssessmentCtx): StepResult {
  if (!ctx.actor.canSubmit) return done(s, [T.submitOnlyPrincipal]);
  if (!factsReady(s)) return done(s, [T.submitNeedsFacts]);
  const until = reopenUntil(ctx);
  const next: AssessmentState = { ...s, status: 'submitted', edit: null, pending: null, failures: 0 };
  const result = scoreState(next, ctx.rubric);
  return done(next, [T.submitted(scoreText(result), until, result.veto)]);
}

/** The assessment date in words while a reopening is still allowed (before that date), else null. */
function reopenUntil(ctx: AssessmentCtx): string | null {
  return shanghaiDate(ctx.now) < ctx.semester.assessmentDate ? ymdText(ctx.semester.assessmentDate) : null;
}

/** `2027-01-16` → 「2027年1月16日」. */
function ymdText(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
