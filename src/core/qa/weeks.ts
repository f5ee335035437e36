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
