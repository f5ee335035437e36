/**
 * A rate per day over a week or a month the asker names, in stage 5 of the Q&A pipeline (apply):
 * 「倾听一刻钟，一周上5天学，每个学生一周累计多少分钟」 → 一周5个上课日至少75分钟. The school days the
 * asker tells are used; else 5 a week, labelled as the project's reading. Pure.
 */
import type { Requirement } from '../rubric/schema.ts';
import { extractNumbers } from '../text/numbers.ts';
import { PERIODS, requirementRate, schoolDays, type requiredOver } from './rates.ts';

/** A total asked in minutes or hours: 累计多少分钟, 一共几个小时. */
const TOTAL_ASKED = /(?:几|多少)\s*(?:个)?\s*(分钟|小时)/;
/** The stretch named: 一周, 每周, 两周, 一个月, 3个月. */
const STRETCH = /([0-9]+|[一两二三四五六七八九十])?\s*(?:个)?(周|星期|礼拜|月)(?![一二三四五六日天末])/u;

/** 「一周沟通交流多少分钟」: a stretch, then the amount asked over it. */
const STRETCH_ASKED = /(?:一|每|两|[0-9]+)\s*(?:个)?(?:周|星期|礼拜|月)[^，,。？?\s]{0,8}(?:几|多少)\s*(?:个)?\s*(?:分钟|小时)/;

/** The conversions' own table (rates.ts): a month's weeks, a week's school days (天 is 1/5 of a week). */
const [DAY, , MONTH] = PERIODS;
const DAYS_A_WEEK = Math.round(1 / DAY.weeks);

export function perDayOver(question: string, candidates: readonly Requirement[]): ReturnType<typeof requiredOver> {
  const unit = TOTAL_ASKED.exec(question)?.[1];
  // (「按一周上学5天算 每个学生一周沟通交流多少分钟」: the stretch named right before what is asked asks its total too.)
  if (!unit || !(/累计|一共|总共|加起来|合计|总计|共/.test(question) || STRETCH_ASKED.test(question))) return null;
  const m = STRETCH.exec(question);
  if (!m) return null;
  const count = m[1] ? (extractNumbers(m[1])[0]?.value ?? 1) : 1;
  const weeks = count * (m[2] === '月' ? (MONTH?.weeks ?? 4) : 1);
  const told = schoolDays(question);
  const days = (told ?? DAYS_A_WEEK) * weeks;
  for (const r of candidates) {
    const need = requirementRate(r);
    if (!need || need.period.name !== '天' || need.unit !== unit) continue;
    const required = Math.round((need.amount / need.count) * days * 100) / 100;
    const said = `${count === 1 ? '一' : count}${m[2] === '月' ? '个月' : '周'}${told !== null ? `${days}个上课日` : `（按每周${DAYS_A_WEEK}个上课日${m[2] === '月' ? `、每月${MONTH?.weeks ?? 4}周` : ''}算，是本助手的理解）`}`;
    return { r, said, required, rounded: false, reading: false };
  }
  return null;
}

/** 「辅导室一周开5天，每天最少开多久」: the days a week told, and a day's share asked. */
const DAYS_TOLD = /(?:一周|每周|一星期|每星期)(?:开|上|开放)?\s*([0-9]+|[一二两三四五六七])\s*天/;
const DAY_ASKED = /每天[^，,。？?]{0,8}(?:多久|多长时间|几个?小时|多少(?:个)?小时|多少分钟|几分钟)/;

/** A weekly requirement (不少于10小时) over the days a week told: each day's share, or null. */
export function perDayNeeded(question: string, candidates: readonly Requirement[]): ReturnType<typeof requiredOver> {
  const told = DAYS_TOLD.exec(question);
  if (!told || !DAY_ASKED.test(question)) return null;
  const days = extractNumbers(told[1] ?? '')[0]?.value ?? 0;
  if (days < 1 || days > 7) return null;
  for (const r of candidates) {
    const need = requirementRate(r);
    if (!need || need.period.name !== '周' || need.count !== 1 || need.unit !== '小时') continue;
    return { r, said: `一周开${days}天，每天`, required: Math.round((need.amount / days) * 100) / 100, rounded: false, reading: false };
  }
  return null;
}
