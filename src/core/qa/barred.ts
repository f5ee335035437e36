/**
 * A thing a clause names only as what may not be done, asked about for itself, in stage 4 of the Q&A
 * pipeline (retrieve): 「体育课每周几节」 names 体育课, which 第12条 speaks of only in 「不得以班会课、体育
 * 健康课代替心理健康教育课程」. The text says nothing of the thing itself: the clause's silence on it,
 * never the 心理课's own figure. Not when a substitution is asked (「体育课能代替心理课吗」: the prohibition
 * answers), nor when the question names a thing the clause does require (「心理课和体育课…」). Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { allowedText, statedIn } from './permission.ts';
import { SETTING_WORDS } from './retrieve.ts';
import { asks } from './normalize.ts';

/** Asking whether one thing may stand for, count as or take the time of another. */
const SUBSTITUTION = /代替|替代|顶替|顶|替|充当|算|当作|当成|换成|改成|改为|占用|挤占|占|取代|用|上成|变成/;

/** Units and periods the clause's figures are in: no thing of their own. */
const UNITS = ['课时', '节', '次', '小时'];

/** The word of the question the clause `p` names only inside a prohibition, when that is all it names; else undefined. */
export function barredOnly(index: QaIndex, q: string, p: Passage, whole = q): string | undefined {
  // (「心理课能不能拿班会课顶 体育健康课呢」: a substitution asked anywhere in the message; 「体育课跳高…」 asks nothing.)
  if (SUBSTITUTION.test(whole) || !asks(index, q)) return undefined;
  const allowed = allowedText(p.text);
  const setting = new Set([...SETTING_WORDS, ...UNITS].map(index.concept));
  const named = index.surfaces(q).filter((x) => x.term.startsWith('=') && !index.generic.has(x.term) && !setting.has(x.term));
  const said = (text: string, term: string) => statedIn(index, text, [term]).length > 0;
  const barred = named.filter((x) => said(p.text, x.term) && !said(allowed, x.term));
  const free = named.filter((x) => said(allowed, x.term));
  return barred.length > 0 && free.length === 0 ? barred[0]?.word : undefined;
}
