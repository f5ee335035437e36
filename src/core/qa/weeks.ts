/**
 * Weeks and months the asker tells of, read for the rate of a requirement (rates.ts, stage 5 of the
 * Q&A pipeline, apply): weeks held out of all (20周里只有15周讲了), weeks with nothing held (那两周停了),
 * the months a semester has (一学期4个月). Pure.
 */
import { extractNumbers } from '../text/numbers.ts';
import { WEEKS_OFF } from './words.ts';

/** 「一共20周，讲心理健康的有15周」「20周里只有15周讲了」: weeks held out of weeks in all, or null. */
export function weeksHeld(question: string): { held: number; total: number } | null {
  const m = /([0-9]+)\s*(?:个)?(?:教学)?周[^。？?！!]{0,16}?(?:有|只有|讲了?|开了?|做了?|是)\s*([0-9]+)\s*(?:个)?周/.exec(question);
  const [total, held] = [Number(m?.[1]), Number(m?.[2])];
  return m && total > 0 && held <= total ? { held, total } : null;
}

/** The weeks told with nothing held (WEEKS_OFF), else null. */
export function weeksOff(question: string): number | null {
  const m = WEEKS_OFF.exec(question);
  const n = m ? extractNumbers(m[1] ?? m[2] ?? '')[0]?.value : undefined;
  return n !== undefined && n > 0 ? n : null;
}

/** 「一学期4个月」「这学期就三个月」: the months a semester has, as told; else null (三个半月 is left to the reading). */
export function termMonths(question: string): number | null {
  const m = /(?:学期|这学期|本学期|一学期)\s*(?:有|共|一共|是|总共|就|只有)?\s*([0-9]|[一二两三四五六])\s*个月(?!半)/.exec(question);
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  return n !== undefined && n > 0 ? n : null;
}

/**
 * 「离学期结束还有4周」「还有20天就放假了」: the days left to the semester's end, as told (weeks × 7), and
 * the words that told it; else null. Months are too rough for a 15-day span and are left out.
 */
export function daysToEnd(question: string): { days: number; said: string } | null {
  const END = '(?:学期结束|学期末|期末考试|期末|放假|放寒假|放暑假|结课|寒假|暑假)';
  const N = '([0-9]+|[一二两三四五六七八九十]+)\\s*(天|周|个?星期|个?礼拜)';
  const m = new RegExp(`(?:离|距离?|到)${END}\\s*(?:还有|还剩下?|只剩下?|只有|剩下?|就剩|不到)?\\s*${N}`).exec(question) ?? new RegExp(`(?:还有|还剩|只剩|就剩)\\s*${N}\\s*(?:就|才)?(?:要)?${END}`).exec(question);
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  if (!m || n === undefined || n < 0) return null;
  return { days: m[2] === '天' ? n : n * 7, said: `${m[1]}${m[2]}` };
}

/** 「秋季学期做过了」: the season's term something was done in. */
const DONE_IN = /(秋季|秋天|春季|春天)(?:学期)?[^，,。？?]{0,8}(?:做|测|搞|开展|组织|弄|筛)(?:过|了)/;
/** 「春季学期还要做吗」「秋季开学还要做吗」: the season's term more is asked of. */
const ASKED_IN = /(秋季|秋天|春季|春天)(?:学期|开学)?[^，,。？?]{0,8}(?:还要|还得|还需要|要不要|需不需要|还用|用不用)/;

/**
 * 「心理测评去年秋季做过了，今年春季还要做吗」: whether the term told done and the term asked of are one
 * school year (秋季 then 春季: same; 春季 then 秋季: a new one); null when no such pair is told (上学期
 * then 这学期 is left to the rate).
 */
export function schoolYearOf(question: string): 'same' | 'new' | null {
  const done = DONE_IN.exec(question);
  const asked = done ? ASKED_IN.exec(question.slice(done.index + done[0].length))?.[1] : undefined;
  if (!done || !asked) return null;
  // (「上学期测了，这学期还要测吗」: which year each falls in is not told — left to the rate, rates.ts.)
  return /秋/.test(done[1] ?? '') && /春/.test(asked) ? 'same' : /春/.test(done[1] ?? '') && /秋/.test(asked) ? 'new' : null;
}
