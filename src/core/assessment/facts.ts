/**
 * The school's facts during an assessment: which values are on record, whose they are to give,
 * and a change of the office's value held as pending (`proposed`) until the office approves. Pure.
 */
import { SchoolFactsSchema, type AnswerValue, type SchoolFacts } from '../rubric/schema.ts';
import { rankStageChoices, type FactKey } from './questions.ts';
import type { AssessmentCtx, AssessmentState } from './state.ts';

/** The valid facts on record, field by field. */
export function knownFacts(known: Partial<SchoolFacts> | null): Partial<SchoolFacts> {
  const out: Record<string, unknown> = {};
  const shape = SchoolFactsSchema.shape;
  for (const key of Object.keys(shape) as FactKey[]) {
    const value = known?.[key];
    if (value !== undefined && shape[key].safeParse(value).success) out[key] = value;
  }
  return out as Partial<SchoolFacts>;
}

/** The office's value of a fact (the school's record), if it has one and the actor is not the office. */
export function officeFact(ctx: AssessmentCtx, key: FactKey): AnswerValue | undefined {
  return ctx.actor.ownsFacts ? undefined : knownFacts(ctx.knownFacts)[key];
}

/**
 * A fact given at the facts check. Where the office has no value, it is the school's to give; a
 * change of the office's value becomes a pending change (`proposed`), scored only once the office
 * approves; the office's own value again withdraws it.
 */
export function setFact(s: AssessmentState, key: FactKey, value: AnswerValue, ctx: AssessmentCtx): AssessmentState {
  const office = officeFact(ctx, key);
  const facts: Record<string, unknown> = { ...s.facts };
  const proposed: Record<string, unknown> = { ...s.proposed };
  if (office === undefined) {
    facts[key] = value;
    delete proposed[key];
  } else if (office === value) {
    facts[key] = office;
    delete proposed[key];
  } else {
    proposed[key] = value;
  }
  if (key === 'stage') {
    const eff = { ...facts, ...proposed } as Partial<SchoolFacts>;
    const ranks = rankStageChoices(eff.stage);
    if (!ranks || (eff.rankStage && !ranks.includes(eff.rankStage))) {
      delete proposed.rankStage;
      if (office === undefined) delete facts.rankStage;
    }
  }
  return { ...s, facts: facts as Partial<SchoolFacts>, proposed: proposed as Partial<SchoolFacts> };
}
