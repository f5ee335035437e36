/**
 * The words a clause is named by, for retrieval (stage 4 of the Q&A pipeline): its title's terms, its
 * keywords' terms, and who its title names as doing it. Read once per passage. Pure.
 */
import type { Passage, QaIndex } from './index.ts';

/** The words of a clause's title (心理摸排与干预), read once per passage. */
const titleTerms = new WeakMap<Passage, ReadonlySet<string>>();
export function titled(index: QaIndex, p: Passage): ReadonlySet<string> {
  let t = titleTerms.get(p);
  if (!t) titleTerms.set(p, (t = index.textTermSet(p.title)));
  return t;
}

/** Who a clause's title names as doing it (责任督学入校), and what only that person does (听课, 入校). */
export const ACTOR_TITLE = /督学/;
export const ACTOR_DOES = /听课|听取|入校|进校|来校|随机听/;
const keywordSets = new WeakMap<Passage, ReadonlySet<string>>();
/** The terms of an item's keywords (第12条: 心理课, 课时, 课程表…). */
export function keywordTerms(index: QaIndex, p: Passage): ReadonlySet<string> {
  let t = keywordSets.get(p);
  if (!t) keywordSets.set(p, (t = index.textTermSet((p.item?.keywords ?? []).join(' '))));
  return t;
}
