/**
 * Leave asked for something (能不能当班主任, 可以…吗), in stage 6 of the Q&A pipeline (compose): what it
 * is asked for, and whether the clause states every word of it. Pure.
 */
import type { QaIndex } from './index.ts';
import { statedIn } from './permission.ts';

/**
 * A question asking leave (能不能, 可以…吗) and what for. A requirement answers 要不要 (需要), but
 * 能不能 only when it states what is asked: 「能不能当班主任」 is not answered by 享受班主任同等待遇.
 */
const LEAVE = /(?:能不能|可不可以|能否|可以|(?<![才功技职智本体])能(?![力够]))([^，,。？?！!；;\s]+)/;

/** 「专职心理老师能不能当班主任」 → 当班主任, else null. */
export function askedLeave(question: string): string | null {
  return LEAVE.exec(question)?.[1]?.replace(/[吗嘛呢吧啊呀]+$/, '') || null;
}

/** Every word of what is asked (当, 班主任) stands in the text, itself or as a synonym. */
export function states(index: QaIndex, text: string, asked: string): boolean {
  // (「倾听一刻钟能跟家里人聊吗」: 聊 is the clause's 沟通交流.)
  const words = index.terms(asked).filter((t) => !(/^(?:聊|聊天|聊聊|说说话|谈谈)$/.test(t) && /沟通|交流/.test(text)) && !(t === '跟' && /^跟/.test(asked)));
  return statedIn(index, text, words).length === words.length;
}

/** 「经费可以低于10元吗」「辅导室可以少于10小时吗」: leave asked for an amount under a figure. */
const BELOW_ASKED = /(?:低于|少于|不到|不足|少过)\s*([0-9]+(?:\.[0-9]+)?)/;

/**
 * Leave for less than a figure the clause sets as its least (不低于10元, 不少于10小时) → the sentence that
 * sets it, when the figure asked is at or under the clause's; null otherwise.
 */
export function belowLeast(question: string, sentences: readonly { text: string }[]): string | null {
  const asked = BELOW_ASKED.exec(question);
  if (!asked || !/可以|能|行|允许/.test(question)) return null;
  const n = Number(asked[1]);
  return sentences.find((s) => [...s.text.matchAll(/(?:不低于|不少于|至少)\s*([0-9]+(?:\.[0-9]+)?)/g)].some((m) => Number(m[1]) >= n))?.text ?? null;
}
