/**
 * Which requirement of a clause a question points at, in stage 5 of the Q&A pipeline (apply). Pure.
 */
import type { Intent } from './synonyms.ts';
import type { Passage, QaIndex } from './index.ts';

type Requirement = Passage['requirements'][number];

/** A requirement leads the answer only when the question's own words point at it this much (idf). */
const MIN_LEAD = 0.8;

/** The requirement the question's own words weigh most on, 'tie' when two weigh the same, null when none leads. */
export function bestRequirement(p: Passage, intents: readonly Intent[], weight: (s: ReadonlySet<string>) => number, asked: string | null) {
  const all = p.requirements;
  const holding = asked === null ? [] : all.filter((r) => r.requirement.text.includes(asked));
  const scored = (holding.length > 0 ? holding : all).flatMap((r) => {
    const own = all.length > 1 ? new Set([...r.terms].filter((t) => !all.every((o) => o.terms.has(t)))) : r.terms;
    const overlap = weight(own) + (holding.includes(r) ? MIN_LEAD : 0);
    const w = overlap + (fitsIntent(r.requirement, intents) ? 0.5 : 0);
    return overlap >= MIN_LEAD || (overlap > 0 && w > overlap) ? [{ w, r }] : [];
  });
  const [best, second] = scored.sort((a, b) => b.w - a.w);
  if (!best) return null;
  return second && second.w === best.w ? 'tie' : best.r;
}

function fitsIntent(r: Requirement['requirement'], intents: readonly Intent[]): boolean {
  return intents.some((i) => {
    if (i === 'frequency') return r.op === 'atLeast' && r.unit !== '名' && r.unit !== '元' || r.op === 'oneOf';
    if (i === 'count') return r.unit === '名' || r.unit === '个';
    if (i === 'duration') return r.unit === '小时';
    if (i === 'amount') return r.unit === '元';
    return false;
  });
}

/**
 * 「办法对测评数据有啥要求」「考核对心理委员有哪些要求」: the requirement found holds a word of the
 * question that no other requirement of the clause holds, and the clause's title does not name —
 * what is asked is that requirement, not the clause's list.
 */
export function narrowRequirement(index: QaIndex, p: Passage, found: Requirement | 'tie' | null, terms: readonly string[]): boolean {
  if (found === null || found === 'tie') return false;
  const titled = new Set(index.terms(p.title));
  return [...found.terms].some((t) => terms.includes(t) && !titled.has(t) && index.idf(t) >= 1 && !p.requirements.some((o) => o !== found && o.terms.has(t)));
}
