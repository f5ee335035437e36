/**
 * Dates of the assessment (四、考核组织实施: 学期结束前15天): the day from the semester's end told, the
 * end from the assessment's day told, and whether the asker's guess holds. Calendar arithmetic only,
 * no clock: the year is an argument. Pure.
 */

/** 「2月20号开学」: a date of the start, never the end nor a guess of the assessment's day. */
const OPENING = /^\s*(?:正式)?(?:开学|开始上课|报到)/;
/**
 * 「学期1月20日结束，什么时候考核」: the semester's end as given (month, day; a year when given), and
 * the day `daysBefore` earlier, computed on the calendar (no clock: the year defaults to `year`).
 */
export function assessmentDay(question: string, daysBefore: number, year: number): { end: string; day: string } | null {
  // (「今年暑假7月5号放」: the holiday's first day, told with 放 after the date.) (「期末从1月20日推到了1月25日」: the end moved is the day it was moved to.)
  if (!/结束|期末|放假|放暑假|放寒假|结课|学期末|最后一天|结业|[暑寒]假\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:就|才)?(?:放|开始)/.test(question)) return null;
  const moved = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:往后|往前)?(?:推迟|推|延后|延迟|延|改|调整?|挪|提前|顺延)(?:到|至|成)了?\s*(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号])/.exec(question);
  // (「从2月20号开学到7月5号结束」: the date of the end, not of the start: one before 结束 first, never one before 开学.)
  const dates = [...(moved ? question.slice(moved.index + moved[0].length) : question).matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?=(.{0,6}))/g)].filter((x) => !OPENING.test(x[4] ?? ''));
  const m = dates.find((x) => /结束|放假|结课|期末|放/.test(x[4] ?? '')) ?? dates[0];
  if (!m) return null;
  const [y, mo, d] = [m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3])];
  const end = new Date(Date.UTC(y, mo - 1, d));
  if (end.getUTCMonth() !== mo - 1 || end.getUTCDate() !== d) return null;
  const day = new Date(end.getTime() - daysBefore * 86_400_000);
  return { end: `${mo}月${d}日`, day: `${day.getUTCMonth() + 1}月${day.getUTCDate()}日` };
}

/**
 * 「考核是不是6月20号左右」「是不是1月下旬」: whether the day the asker guesses (a date other than the
 * semester's end, within 3 days when 左右/前后/大概; or a part of a month) holds the computed day.
 * Null when no guess is made.
 */
export function dayGuessed(question: string, day: { end: string; day: string }): boolean | null {
  const [month, date] = (/(\d+)月(\d+)日/.exec(day.day) ?? []).slice(1).map(Number);
  if (!month || !date) return null;
  const part = /(\d{1,2})\s*月\s*(上旬|中旬|下旬|初|底|末|中)/.exec(question);
  if (part) {
    const [from, to] = { 上旬: [1, 10], 初: [1, 10], 中旬: [11, 20], 中: [11, 20], 下旬: [21, 31], 底: [21, 31], 末: [21, 31] }[part[2] ?? ''] ?? [0, 0];
    return Number(part[1]) === month && date >= (from ?? 0) && date <= (to ?? 0);
  }
  for (const m of question.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g)) {
    if (`${Number(m[1])}月${Number(m[2])}日` === day.end || OPENING.test(question.slice((m.index ?? 0) + m[0].length))) continue;
    const rough = /^\s*(?:左右|前后|上下)|大概|大约|差不多/.test(question.slice((m.index ?? 0) + m[0].length)) || /大概|大约|差不多/.test(question);
    const diff = Math.abs(Date.UTC(2027, Number(m[1]) - 1, Number(m[2])) - Date.UTC(2027, month - 1, date)) / 86_400_000;
    return diff <= (rough ? 3 : 0);
  }
  return null;
}

/**
 * 「我们县今年考核是12月20号，那学期什么时候结束」: the assessment's day told, the semester's end asked:
 * `daysBefore` later. Null unless the date is told as the assessment's and the end is what is asked.
 */
export function endFromAssessment(question: string, daysBefore: number, year: number): { end: string; day: string } | null {
  if (!/(?:结束|放假|期末|学期末|结课)[^，,。？?]{0,6}(?:什么时候|啥时候|哪天|几号|几月几[日号]|是哪天)|(?:什么时候|啥时候|哪天|几号)[^，,。？?]{0,4}(?:结束|放假|结课)/.test(question)) return null;
  const m = /(?:考核|检查|迎检|来考|考评)(?:时间)?(?:是|在|定在|定于|安排在|定的是)?\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(question) ?? /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:来|进行|开始)?(?:考核|检查|迎检|考评)/.exec(question);
  if (!m) return null;
  const [y, mo, d] = [m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  const end = new Date(day.getTime() + daysBefore * 86_400_000);
  return { end: `${end.getUTCMonth() + 1}月${end.getUTCDate()}日`, day: `${mo}月${d}日` };
}
