/**
 * Opening times as the asker says them, in stage 5 of the Q&A pipeline: clock ranges
 * (「下午4点到6点」「中午12点半到1点半」「14:00-16:00」) on the days named (「周一到周五」「周三周五」
 * 「每周开4天」, else every school day), plus extra hours on a day (「周三下午多开2个钟」), or so many
 * hours each time on the days named (「周三周五下午开，每次3小时」「周一、三、五下午各开两小时」) → hours
 * per week. Pure, linear.
 */
import { extractNumbers } from '../text/numbers.ts';

export interface WeeklyHours {
  /** Hours per week. */
  hours: number;
  /** How it was added up, in words: 1小时×5天+2小时. */
  sum: string;
  /** The days were not said (每天 read as 5 school days): the project's reading. */
  reading: boolean;
}

const HALF_DAY = '(早上|上午|中午|下午|晚上|傍晚)?';
const HOUR = '([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})';
const MINUTE = '(?:(半)|[:：]([0-5][0-9])|([0-9]{1,2})分|([一二三])刻)?';
const POINT = `${HALF_DAY}\\s*${HOUR}\\s*(?:点钟?|时|(?=[:：]))${MINUTE}`;
/** 「下午4点到6点」「12点半-1点半」「14:00至16:00」. */
const RANGE = new RegExp(`${POINT}\\s*(?:到|至|~|～|-|－|—)\\s*${POINT}`, 'g');
const WEEKDAY = '一二三四五六日天';
/** 「周三下午多开2个钟」: hours added on the days named in the words before. */
const EXTRA = /((?:周|星期|礼拜)[一二三四五六日天](?:[、和及,，]?(?:周|星期|礼拜)?[一二三四五六日天])*)?[^，。；\s0-9]{0,6}(?:多开放?|加开|另开|再开|还开|另外开|再加|另加|另外加)\s*([0-9.]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|钟头|钟)/g;

/** 「周三下午再加4点到5点半」: a weekday (or days), then 再加 / 加开 / 另外, then a clock range. */
const EXTRA_RANGE = new RegExp(`((?:周|星期|礼拜)[一二三四五六日天](?:[、和及]?(?:周|星期|礼拜)?[一二三四五六日天])*)[^，。；\\s0-9]{0,4}?(?:再加开?|加开|另加|多开|再开|还开|另外开|另外加)\\s*${POINT}\\s*(?:到|至|~|～|-|－|—)\\s*${POINT}`, 'g');

/** 「周一到周四每天开2小时」「周二、周四中午开1小时」: hours on the days a piece of the message names. */
const DURATION = /(?:每次|各|每天|一次)?(?:都)?(?:开放?|开门)?\s*([0-9.]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|钟头)(?!以上|以下|吗|够)/;

/**
 * 「周一到周四每天开2小时，周五开1小时」「周一、三、五晚自习开，每次1.5小时；周二、周四中午开1小时」:
 * two or more pieces of the message, each naming its own days and its own hours, added up. Null
 * unless at least two pieces do.
 */
function byDays(question: string): WeeklyHours | null {
  const pieces = question.split(/[，,。；;！!？?\n]/).map((x) => x.trim()).filter((x) => x.length > 0);
  const found: { days: number; hours: number }[] = [];
  for (const [i, piece] of pieces.entries()) {
    const days = openDays(piece);
    if (days === null) continue;
    // The hours stand in the piece, or in the next when it names no days of its own (「周一、三、五晚自习
    // 时间开，每次1.5小时」).
    const next = pieces[i + 1];
    const own = piece.match(RANGE) === null ? DURATION.exec(piece) : null;
    const ranges = [...piece.matchAll(RANGE)].map((m) => span(m.slice(1)));
    const hours = ranges.length > 0 ? (ranges.every((h) => h !== null) ? ranges.reduce((a, h) => a! + h!, 0)! : null)
      : own ? extractNumbers(own[1] ?? '')[0]?.value ?? null
      : next !== undefined && openDays(next) === null ? (extractNumbers(DURATION.exec(next)?.[1] ?? '')[0]?.value ?? null) : null;
    if (hours === null || hours <= 0) continue;
    found.push({ days, hours });
  }
  if (found.length < 2) return null;
  const hours = round2(found.reduce((sum, x) => sum + x.days * x.hours, 0));
  return { hours, sum: found.map((x, i) => (x.days === 1 && i > 0 ? `${round2(x.hours)}小时` : `${round2(x.hours)}小时×${x.days}天`)).join("+"), reading: false };
}

/** 「开3个小时」: the hours it opens, said bare. */
const PLAIN_HOURS = /(?:开放?|开门)\s*([0-9.]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|钟头)(?!\s*零?\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*分)/g;
/** Hours said after the words that frame them: 「…开8个小时」. */
const HOURS_SAID = String.raw`[^，,。；;0-9]{0,6}?(?:开放?|开门)?\s*([0-9.]+|[一二两三四五六七八九十]+)\s*(?:个)?(?:小时|钟头)`;
/** 「一共开8个小时」: a total said for the days named. */
const TOTAL_HOURS = new RegExp(`(?:一共|总共|共计|累计|合计|加起来)${HOURS_SAID}`);
/** 「每周开6小时」: a week's hours said (每周 not before a weekday: 每周一三五 names days). */
const WEEK_HOURS = new RegExp(`(?:每周(?![一二三四五六日天])|一周|每星期(?![一二三四五六日天])|一星期)${HOURS_SAID}`);

/** Hours per week the asker's opening times add up to, or null when no clock range or 每次 is said. */
/**
 * Each opening day: 每天, or a span of weekdays (「周一到周五中午开1小时，放学后再开1小时」: the hours
 * and the extra with no day of its own are each day's).
 */
const DAILY = /每天|(?:周|星期|礼拜)[一二三四五六日天]\s*(?:到|至|~|-|—)\s*(?:周|星期|礼拜)?[一二三四五六日天](?:每天|都|各)?/;
/** 「每天开1小时」「周一到周五中午开1小时」: so many hours each opening day. */
const PER_DAY = new RegExp(`(?:${DAILY.source})[^，,。；;0-9]{0,6}?(?:开放?|开门)?\\s*([0-9.]+|[一二两三四五六七八九十]+)\\s*(?:个)?(小时|钟头|钟|分钟)`);

export function weeklyHours(asked: string): WeeklyHours | null {
  const question = weekdaysNamed(asked);
  const split = byDays(question);
  if (split) return split;
  // 「周一到周五一共开8个小时」: the days named, then a total said for them all, is the week's.
  const total = openDays(question) !== null ? TOTAL_HOURS.exec(question) : null;
  if (total) return { hours: extractNumbers(total[1] ?? '')[0]?.value ?? 0, sum: '', reading: false };
  // Extra hours first, cut out so their weekdays are not counted as opening days.
  let extra = 0;
  const extras: string[] = [];
  // 「每天中午开1.5小时，放学后再开0.5小时」: an extra with no day of its own is added each day of 每天.
  let eachDay = 0;
  const rest = question.replace(EXTRA, (m: string, named: string | undefined, n: string) => {
    const v = extractNumbers(n)[0]?.value ?? 0;
    // (「另外周三下午再开2小时」: the weekday may stand inside the words before 再开.)
    const days = named ?? /(?:周|星期|礼拜)[一二三四五六日天](?:[、和及]?(?:周|星期|礼拜)?[一二三四五六日天])*/.exec(m)?.[0];
    if (!days && DAILY.test(question)) {
      eachDay += v;
      return '，';
    }
    const k = days ? countDays(days) : 1;
    extra += v * k;
    extras.push(k > 1 ? `${v}小时×${k}天` : `${v}小时`);
    return '，';
  });
  // 「周三下午再加4点到5点半」: a clock range added on the days named, not every day.
  const ranged = rest.replace(EXTRA_RANGE, (whole: string, days: string | undefined, ...groups: (string | undefined)[]) => {
    const h = span(groups);
    if (h === null) return whole;
    const k = days ? countDays(days) : 1;
    extra += h * k;
    extras.push(k > 1 ? `${round2(h)}小时×${k}天` : `${round2(h)}小时`);
    return '，';
  });
  let daily = 0;
  for (const m of ranged.matchAll(RANGE)) {
    const h = span(m.slice(1));
    if (h === null || h > 12) return null;
    daily += h;
  }
  // 「周三周五下午开，每次3小时」: so many hours each time, on the days named.
  // 「周一、三、五下午各开两小时」 says the same with 各.
  // 「周一、三、五每天下午开3小时」「周一到周四每天开3小时」: 每天 with the days named is each of them.
  // (「每天中午开40分钟」: minutes are a part of an hour.)
  // (Only opening minutes, 开40分钟: 「倾听一刻钟…各15分钟」 is no opening.)
  // (「3个上午，每个上午3小时」: 每个上午 is each time.)
  const eachSaid = daily === 0 ? /(?:每次|各|一次|每个(?:上午|下午|中午|晚上|傍晚)|每天[^，,。；;0-9]{0,4}?)(开放?|开门)?\s*([0-9.]+|[一二两三四五六七八九十]+)\s*(?:个)?(小时|钟头|钟(?!头)|分钟)(?!\s*零?\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*分)/.exec(ranged) : null;
  // (「每天中午开1小时、放学后开1小时」: 每天 before two times a day is no each-time figure; they add up below.)
  const each = eachSaid && (eachSaid[3] !== '分钟' || eachSaid[1] !== undefined) && !(/^每天/.test(eachSaid[0]) && (ranged.match(PLAIN_HOURS) ?? []).length > 1) ? [eachSaid[0], eachSaid[2], eachSaid[3]] : null;
  if (each) daily = (extractNumbers(each[1] ?? '')[0]?.value ?? 0) / (each[2] === '分钟' ? 60 : 1);
  // 「周一三五下午开3个小时」「周一到周三下午开3个小时」: the days named, then the hours it opens, are each
  // day's (not a week's total, said 每周 / 一共 before the hours).
  // (「中午开一小时，下午放学后开一小时」: each time it opens, on each of those days.)
  const plain = daily === 0 && !each && (openDays(ranged) ?? 0) > 1 && !WEEK_HOURS.test(ranged) && !TOTAL_HOURS.test(ranged) ? [...ranged.matchAll(PLAIN_HOURS)] : [];
  if (plain.length > 0) daily = plain.reduce((sum, m) => sum + (extractNumbers(m[1] ?? '')[0]?.value ?? 0), 0);
  // 「周一到周五每天开1小时，周六上午再开3小时」: so many hours a day beside the extra ones.
  // 「每天大课间开30分钟」: minutes are a part of an hour.
  const perDay = daily === 0 && !each && (extra > 0 || eachDay > 0) ? PER_DAY.exec(ranged) : null;
  if (perDay) daily = (extractNumbers(perDay[1] ?? '')[0]?.value ?? 0) / (perDay[2] === '分钟' ? 60 : 1);
  daily += daily > 0 ? eachDay : 0;
  if (daily <= 0) return null;
  const named = openDays(ranged);
  if ((each || plain.length > 0) && named === null) return null;
  const days = named ?? 5;
  const hours = round2(daily * days + extra);
  const dailyText = each?.[2] === '分钟' && eachDay === 0 ? `${extractNumbers(each[1] ?? '')[0]?.value ?? 0}分钟` : `${round2(daily)}小时`;
  return { hours, sum: [`${dailyText}×${days}天`, ...extras].join('+'), reading: named === null };
}

/** The opening days the asker names: 周一到周五 (5), 周三周五 (2), 每周开4天 (4); else null. */
export function openDays(text: string): number | null {
  const span = new RegExp(`(?:周|星期|礼拜)([${WEEKDAY}])\\s*(?:到|至|~|-|—)\\s*(?:周|星期|礼拜)?([${WEEKDAY}])`).exec(text);
  if (span) {
    const [a, b] = [dayNo(span[1]), dayNo(span[2])];
    return b >= a ? b - a + 1 : null;
  }
  // (「一周开三个下午，每次3小时」: so many afternoons are so many days.)
  // (「一周开辅导室3个上午」: the room may be named between.)
  // (「一周大概开两个下午」「一周开两次，每次3小时」: a hedge between, or so many times.)
  const count = /(?:每|一)(?:个)?(?:周|星期|礼拜)(?:大概|大约|差不多|一般|基本上?|只|就|才)?(?:开|开放|上|有|共)?(?:心理)?(?:辅导室|咨询室)?\s*([0-9]|[一二两三四五六七])\s*(?:天|个(?:下午|上午|中午|晚上|傍晚|晚自习)|(?<=[开放上有共只就才约概般上]\s*[0-9一二两三四五六七]\s*)(?:下午|上午|中午|晚上|傍晚|晚自习)|次|回)/.exec(text);
  if (count) return extractNumbers(count[1] ?? '')[0]?.value ?? null;
  const list = new RegExp(`(?:周|星期|礼拜)[${WEEKDAY}](?:[、和及,，]?(?:周|星期|礼拜)?[${WEEKDAY}])*`).exec(text);
  if (list) return countDays(list[0]);
  // 「周六开了4小时，平时每天开2小时」: the school days (平时, 工作日) are five.
  return /(?:平时|平日|工作日)(?:都|也|一般)?(?:是)?每天/.test(text) ? 5 : null;
}

/**
 * 「辅导室一三五开」「二四下午开」: weekdays said by their numbers alone, rising, before an opening or a
 * time of day, written as weekdays (周一、三、五).
 */
function weekdaysNamed(text: string): string {
  return text.replace(/(?<![0-9一二三四五六七八九十周期拜第初高年])([一二三四五六])([一二三四五六]{1,4})(?=开|下午|上午|中午|晚上|晚自习|都开|各开|放学|课间)/g, (m: string) => {
    const days = [...m];
    return days.every((c, i) => i === 0 || WEEKDAY.indexOf(c) > WEEKDAY.indexOf(days[i - 1] ?? '')) ? `周${days.join('、')}` : m;
  });
}

function countDays(words: string): number {
  return new Set([...words.replace(/周|星期|礼拜/g, '')].filter((c) => WEEKDAY.includes(c)).map(dayNo)).size;
}

const dayNo = (c: string | undefined) => (c === '天' ? 7 : WEEKDAY.indexOf(c ?? '') + 1);

/** The hours between the two clock points of a range's groups (下午4点到6点 → 2), or null when it runs backwards. */
function span(g: readonly (string | undefined)[]): number | null {
  const from = clock(g[0], g[1], g.slice(2, 6));
  const to = clock(g[6] ?? g[0], g[7], g.slice(8, 12), from);
  return from !== null && to !== null && to > from ? to - from : null;
}

/** A clock time in hours (16.5 for 下午4点半); an end is read after its start (1点半 after 12点半 is 13.5). */
function clock(half: string | undefined, hour: string | undefined, minute: (string | undefined)[], after: number | null = null): number | null {
  const h = extractNumbers(hour ?? '')[0]?.value ?? (hour === '零' ? 0 : null);
  if (h === null || h > 24) return null;
  const [halfWord, mm, min, quarter] = minute;
  const m = halfWord ? 30 : mm ? Number(mm) : min ? Number(min) : quarter ? 15 * (extractNumbers(quarter)[0]?.value ?? 0) : 0;
  let t = h + m / 60;
  if (h < 12 && (half === '下午' || half === '晚上' || half === '傍晚' || (half === '中午' && h <= 3))) t += 12;
  // 「12点半到1点半」「11点到2点」: an end before its start is read in the afternoon.
  if (after !== null && t < 12 && t <= after && t + 12 > after) t += 12;
  return t;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
