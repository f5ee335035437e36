/**
 * Semesters: ids, default dates and the assessment date. Pure.
 *
 * - A semester id is `<start year>-<end year>-<1|2>`, e.g. `2026-2027-1`; its school year is
 *   `2026-2027`.
 * - Default dates, used until the office sets real ones (`cli semester set`):
 *   first semester 09-01 → 01-31 of the next year; second semester 02-01 → 07-15.
 *   A calendar date belongs to the first semester from September to January and to the second
 *   from February to August (the summer stays with the school year that is ending, so its late
 *   results and rankings still refer to it).
 * - The assessment takes place 15 days before the semester ends (考核办法 四：学期结束前15天):
 *   assessment date = end date − 15 days (the rubric's `meta.assessmentDaysBeforeEnd`).
 * - All dates are calendar dates in Asia/Shanghai. China keeps UTC+8 all year (no daylight
 *   saving), so the conversion is a fixed offset.
 */

export interface Semester {
  /** `2026-2027-1` */
  id: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const SEMESTER_ID = /^(\d{4})-(\d{4})-([12])$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isSemesterId(id: string): boolean {
  const m = SEMESTER_ID.exec(id);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** A real calendar date `YYYY-MM-DD` (rejects 2026-02-30). */
export function isYmd(s: string): boolean {
  const m = YMD.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** The Asia/Shanghai wall-clock time of an ISO instant: `2026-11-29T04:54:47` (no zone). */
export function shanghaiClock(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}

/** The Asia/Shanghai calendar date of an ISO instant. */
export function shanghaiDate(iso: string): string {
  return shanghaiClock(iso).slice(0, 10);
}

/** 「2026-11-28 20:54（北京时间）」 for an ISO instant. */
export function shanghaiDateTime(iso: string): string {
  const t = shanghaiClock(iso);
  return `${t.slice(0, 10)} ${t.slice(11, 16)}（北京时间）`;
}

/** The ISO instant of `hh:00` Asia/Shanghai on a calendar date. */
export function shanghaiInstant(ymd: string, hour: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00.000Z`) + hour * 3600_000 - SHANGHAI_OFFSET_MS).toISOString();
}

export function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00.000Z`) - Date.parse(`${a}T00:00:00.000Z`)) / DAY_MS);
}

/** The semester a calendar date belongs to by default (see the module comment). */
export function semesterIdFor(dateYmd: string): string {
  const year = Number(dateYmd.slice(0, 4));
  const month = Number(dateYmd.slice(5, 7));
  if (month >= 9) return `${year}-${year + 1}-1`;
  if (month === 1) return `${year - 1}-${year}-1`;
  return `${year - 1}-${year}-2`;
}

/** `2026-2027-1` → `2026-2027`. */
export function schoolYearOf(id: string): string {
  return id.slice(0, 9);
}

/** Both semester ids of a school year, first then second. */
export function semestersOfYear(schoolYear: string): [string, string] {
  return [`${schoolYear}-1`, `${schoolYear}-2`];
}

/** The default dates of a semester id (see the module comment). */
export function defaultSemester(id: string): Semester {
  const startYear = Number(id.slice(0, 4));
  return id.endsWith('-1')
    ? { id, start: `${startYear}-09-01`, end: `${startYear + 1}-01-31` }
    : { id, start: `${startYear + 1}-02-01`, end: `${startYear + 1}-07-15` };
}

/** The assessment date: end − `daysBeforeEnd` (15) days. */
export function assessmentDate(semester: Semester, daysBeforeEnd = 15): string {
  return addDays(semester.end, -daysBeforeEnd);
}

/**
 * The semester of `nowIso` (Asia/Shanghai date): a known semester (dates set by the office)
 * containing that date; else the known one with the default id for the date; else the default.
 */
export function currentSemester(nowIso: string, known: readonly Semester[]): Semester {
  const today = shanghaiDate(nowIso);
  const containing = known.find((s) => s.start <= today && today <= s.end);
  if (containing) return containing;
  const id = semesterIdFor(today);
  return known.find((s) => s.id === id) ?? defaultSemester(id);
}

/** `2026-2027-1` → 「2026-2027学年第一学期」. */
export function semesterLabel(id: string): string {
  return `${schoolYearOf(id)}学年第${id.endsWith('-1') ? '一' : '二'}学期`;
}
