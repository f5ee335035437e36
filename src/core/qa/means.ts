/**
 * A clause's list of means (通过心理健康周/月、学生心理社团、心理橱窗…等), in stage 5 of the Q&A
 * pipeline (apply): each one named is a way to do what the clause asks, not each one required. Pure.
 */
import type { QaIndex } from './index.ts';
import { alternatives, contentTerms, meansOf, statedIn } from './permission.ts';
import { yesNoPart } from './echo.ts';

/**
 * 「心理社团的活动算吗」「在学校公众号上发推文算不算」: what the question names is one of a sentence's
 * means (通过…学生心理社团、心理橱窗、校园广播、电视、网络等) → 算; null otherwise.
 */
export function meansVerdict(index: QaIndex, question: string, text: string): string | null {
  const asked = question.replace(/打算|算了|计算|算一下|算算|怎么算/g, '');
  // 「算不算」 counts, 「在不在里面」 is listed, 「可以用公众号吗」 is leave.
  const word = /算/.test(asked) ? '算' : /在不在|在里面|在其中|包括/.test(asked) ? '在' : null;
  if (!word) return null;
  const means = text.split(/(?<=[。；;])/).map(meansOf).filter((m) => m.length > 0).join('、');
  // 「团体辅导算数吗」: one side of a sentence's 或 (常态化开展个体或团体辅导工作), named in so many words.
  // 「没有心理社团，就是每月出一期心理橱窗…算不算」: only what the asker does, not what they say they lack.
  const done = asked.split(/[，,。；;]/).filter((c) => !/不是|没有?|没条件|不(?!\p{Script=Han}?[算在能行])/u.test(c.replace(/(\p{Script=Han})不\1/gu, ''))).join('，');
  // (The thing itself, in the clause before 算, not narrowed — 「心理公开课只在自己班里上 能算数吗」, 「展示课能算进
  // 心理公开课的次数吗」 — and every word of it the sentence's own: not 「班级组织的心理公开课算不算次数」.)
  const thing = done.slice(0, Math.max(0, done.search(/算/))).split(/[，,。；;！!？?\s]/).filter((x) => x.trim()).at(-1) ?? '';
  const side = (x: string) => { const sides = alternatives(x); return sides.length > 0 && index.surfaces(thing).some((w) => [...w.word].length >= 3 && sides.some((y) => y.includes(w.word))) && statedIn(index, x, contentTerms(index, thing)).length === contentTerms(index, thing).length; };
  if (!/只|仅|光|谁|哪|什么|啥/.test(thing) && text.split(/(?<=[。；;])/).some(side)) return `${word}。`;
  if (!means) return null;
  const named = contentTerms(index, done).filter((t) => t.startsWith('='));
  return named.some((t) => statedIn(index, means, [t]).length > 0) ? `${word}。` : null;
}


/** A must asked (要搞吗, 必须成立吗, 要不要办), not leave (可以, 能, 行) nor counting (算, 包括), nor whether there is a rule (有要求吗). */
const MUST_ASKED = /必须|一定|要不要|需不需要|得不得|(?:要(?!求)|需要|得|该)[^，,。？?\s]{0,4}(?:吗|么|嘛|不[？?]?$)|[要得]\s*[？?]?$/;

/**
 * 「心理健康周要搞吗」「心理社团必须成立吗」「家访必须做吗」: a must asked of one of a sentence's means
 * → what the sentence does require (要开展形式多样的心理健康教育活动), and that the thing named is one
 * way among those listed, none of which the text requires by name; null otherwise.
 */
export function meansMust(index: QaIndex, question: string, text: string): string | null {
  const part = yesNoPart(question);
  if (!MUST_ASKED.test(part) || /算|包括|可以|能|行/.test(part)) return null;
  const sentences = text.split(/(?<=[。；;])/);
  for (const sentence of sentences) {
    const m = /(?:通过|利用|采取|借助|运用)([^。；]*?)等(?:校园媒介|方式|形式|途径|渠道)?[，,]?([^，,。；;]+)/.exec(sentence);
    const means = meansOf(sentence);
    if (!m || !means) continue;
    // The thing named stands among the means, not in what the sentence itself requires (主题活动, 排查).
    const act = m[2] ?? '';
    // (Nor one named only by its group, that another sentence requires outright: 「要不要跟家长联系」 — 进行家校联系，及时转介.)
    const said = (t: string) => index.surfaces(part).find((x) => x.term === t)?.word ?? t.replace(/^=/, '');
    const outright = (t: string) => !means.includes(said(t)) && sentences.some((x) => x !== sentence && meansOf(x).length === 0 && statedIn(index, x, [t]).length > 0);
    const named = contentTerms(index, part).filter((t) => statedIn(index, means, [t]).length > 0 && statedIn(index, act, [t]).length === 0 && !outright(t));
    const word = named.map((t) => index.surfaces(part).find((x) => x.term === t)?.word ?? t.replace(/^=/, '')).find((w) => w.length > 1);
    if (word) return `要${act.replace(/^(?:方式|形式)/, '')}；${word}是原文列出的途径之一，原文没有规定每一种都必须有。`;
  }
  return null;
}
