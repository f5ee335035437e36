/**
 * Several requirements of one clause, each with the asker's own figure, in stage 5 of the Q&A
 * pipeline: 「家长课堂开了2次，家长会只开了1次，能拿满分吗」「督学来过一回 但是没听课 会扣分吗」. Each
 * figure is the count said next to the words that are that requirement's own (not shared with the
 * clause's others), 没… before them is 0; judged against the requirement's data and scored by the
 * engine's rule. Pure.
 */
import type { Requirement } from '../rubric/schema.ts';
import { atLeastScore } from '../rubric/engine.ts';
import { extractNumbers } from '../text/numbers.ts';
import type { Passage, QaIndex } from './index.ts';
import { requirementRate, UNITS } from './rates.ts';

export interface RequirementFigure {
  r: Requirement;
  given: number;
  need: number;
  unit: string;
  met: boolean;
  score: number;
  /** Said not done at all (没听课), not given as a count. */
  denied: boolean;
}

/** Words that do not tell a clause's requirements apart (periods, units, 不少于). */
const SHARED = /^=?(?:学期|每学期|周|学年|次|节|课时|不少|于|心理|健康|心理健康|教育)$/;

/** The asker's figure for each requirement of `p` it names, in the clause's order. */
export function requirementFigures(index: QaIndex, p: Passage, q: string): RequirementFigure[] {
  const surfaces = index.surfaces(q);
  const out: RequirementFigure[] = [];
  for (const { requirement: r, terms } of p.requirements) {
    const need = requirementRate(r);
    if (r.op !== 'atLeast' || !need || need.count !== 1) continue;
    const own = [...terms].filter((t) => !SHARED.test(t) && !p.requirements.some((o) => o.requirement !== r && o.terms.has(t)));
    const at = own
      .flatMap((t) => (t.startsWith('=') ? surfaces.filter((s) => s.term === t).map((s) => ({ i: q.indexOf(s.word), len: s.word.length })) : [...t].length > 1 ? [{ i: q.indexOf(t), len: t.length }] : []))
      .filter((x) => x.i >= 0)
      .sort((a, b) => a.i - b.i)[0];
    if (!at) continue;
    // 「但没参加过我们的心理活动」: 没 earlier in the same clause, with no count said, is none.
    const clause = q.slice(0, at.i).split(/[，,。；;？?！!\s]/).pop() ?? '';
    const said = figureAt(q, at.i, at.i + at.len, UNITS[need.unit]);
    const denied = said === null && /没|未|从没|从未/.test(clause);
    const given = denied ? 0 : said;
    if (given === null) continue;
    const unit = r.unit ?? need.unit;
    out.push({ r, given, need: need.amount, unit, met: given >= need.amount, score: atLeastScore(r, given, need.amount), denied });
  }
  return out;
}

/** 「家长会只开了1次」「开了2次家长课堂」「没听课」: the count next to the words at [from, to), or null. */
function figureAt(q: string, from: number, to: number, unit: RegExp | undefined): number | null {
  if (!unit) return null;
  const head = q.slice(Math.max(0, from - 6), from);
  const rest = q.slice(to, to + 10);
  const after = extractNumbers(rest).find((n) => !n.ordinal && /^[^，,。；0-9]*$/.test(rest.slice(0, n.start)) && unit.test(rest.slice(n.end)));
  if (after) return after.value;
  const before = extractNumbers(head).filter((n) => !n.ordinal && unit.test(head.slice(n.end)) && /^\S{0,3}$/.test(head.slice(n.end).replace(unit, ''))).pop();
  return before ? before.value : null;
}
