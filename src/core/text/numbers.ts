/**
 * Reading numbers in chat text (pure): Arabic (2, 1800, 1,800, 1.5, -3), full-width (１８００),
 * Chinese (十五, 一千八百, 两千三百, 一百零五, 一万二千, 二百五 = 250, 一千二 = 1200) and mixed
 * (1.2万, 2千3百, 3千). Hand-written rather than nzh 1.0.14, which reads 两千三百 as 300, 两 as 0,
 * 二百五 as 205 and cannot read 2千3百, 1.2万 or a number followed by a unit.
 *
 * Not numbers: dates (2026年, 9月1日, 2026-09-01, 2026-2027-1), words such as 一起 / 一定 /
 * 统一 / 千万, digits glued to letters (A4, mp3). Refused as a whole (no part of them is read):
 * programmers' notations (1e3, 1e309, 0x10, 0b11, 0o7), digit runs longer than 15 digits (an ID
 * number, beyond a double's precision), and malformed Chinese numerals (一亿亿, 十十, 两两).
 */

export interface NumberMatch {
  value: number;
  /** UTF-16 offsets into the text given; `raw` = text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
  /** Preceded by 第: a position (第10条), not a quantity. */
  ordinal?: true;
  /** 两三次, 二十多, 十几, 100余: `value` is the lower bound. */
  approx?: true;
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 仨: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const ARABIC = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/y;
const PLAIN = /\d+(?:\.\d+)?/y;
const POSITIONAL = /[零〇一二两三四五六七八九]{2,20}/y;
/** 2026-09-01, 2026/9/1, 2026-2027-1, 2026.9.1 */
const DATE = /(?:19|20|21)\d{2}(?:[-/]\d{1,4}(?:[-/.]\d{1,2})?|\.\d{1,2}\.\d{1,2})(?![\d.])/y;
/** Words whose numeral is not a quantity. */
const NOT_NUMBER =
  /(?<![\d零〇一二两三四五六七八九十百千万亿])(?:一(?:共|起|般|定|直|些|下|样|致|切|旦|并|律|贯|体|概|向|再|同|齐|流|时|会|边|方面|票否决)|[统唯万之同进其逐划]一|千万|万万|十分|百分之?)/g;

/**
 * Full-width ASCII → half-width, one UTF-16 unit for one, so offsets stay valid. The full-width
 * comma stays after a half-width digit: 「1万2，800个学生」 is two numbers, never 2,800; between
 * full-width digits (「１，８００」, a full-width IME) it groups thousands.
 */
const halfWidth = (s: string): string =>
  s.replace(/(?<=[\uFF10-\uFF19])\uFF0C(?=[\uFF10-\uFF19])/g, ',').replace(/[\uFF01-\uFF0B\uFF0D-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isCnDigit = (c: string | undefined): boolean => c !== undefined && c in DIGIT;
const tidy = (v: number): number => Number(v.toPrecision(15)); // 1.1万 → 11000, not 11000.000000000002

interface Read {
  value: number;
  end: number;
  approx: boolean;
  /** Looks like a number but is none (1e3, 0x10, 十十): skip to `end`, read nothing of it. */
  invalid?: true;
}

/** 1e3, 1.5E-2, 0x1F, 0b11, 0o7: notations a count is never written in. */
const NOTATION = /(?:\d+(?:\.\d+)?[eE][+-]?\d|0[xX][\da-fA-F]|0[bB][01]|0[oO][0-7])[\w.+-]*/y;
/** More digits than a double holds exactly: an ID or account number, not a quantity. */
const MAX_DIGITS = 15;
const isNumeral = (c: string | undefined): boolean => c !== undefined && (c in DIGIT || c in SMALL || c in BIG);

/** Reads the number that starts exactly at `i`, or null. */
function readAt(s: string, i: number, masked: readonly boolean[]): Read | null {
  let j = i;
  let sign = 1;
  const c0 = s[i];
  if ((c0 === '-' || c0 === '−') && isDigit(s[i + 1]) && !/[\dA-Za-z]/.test(s[i - 1] ?? '')) {
    sign = -1;
    j++;
  } else if (c0 === '负' && (isDigit(s[i + 1]) || isCnDigit(s[i + 1]) || s[i + 1] === '十')) {
    sign = -1;
    j++;
  }
  if (isDigit(s[j]) && /[A-Za-z\d.]/.test(s[j - 1] ?? '')) return null; // A4, mp3, v1.2
  NOTATION.lastIndex = j;
  const notation = isDigit(s[j]) ? NOTATION.exec(s)?.[0] : undefined;
  if (notation) return { value: NaN, end: j + notation.length, approx: false, invalid: true };
  if (s[j] === '半' && /^个?(?:小时|钟头)/.test(s.slice(j + 1, j + 4))) return { value: 0.5, end: j + 1, approx: false };

  POSITIONAL.lastIndex = j;
  const run = POSITIONAL.exec(s)?.[0];
  const next = run === undefined ? undefined : s[j + run.length];
  if (run && (run.length >= 3 || /[零〇]/.test(run)) && !(next && (next in SMALL || next in BIG || next === '点'))) {
    const value = Number([...run].map((d) => DIGIT[d]).join('')); // 二〇二六 → 2026
    return { value: sign * value, end: j + run.length, approx: false };
  }

  let total = 0; // sum of the parts closed by 万 / 亿
  let section = 0; // the part below the current 万
  let pending: number | null = null; // a digit waiting for its unit
  let pendingChars = 0;
  let lastUnit = 0;
  let sectionUnit = Infinity;
  let maxBig = 0;
  let zero = false;
  let approx = false;
  let seen = false;
  while (j < s.length && !masked[j]) {
    const c = s[j] ?? '';
    if (isDigit(c)) {
      if (pending !== null) break;
      // (「1万2,800个」: digits after 万 or 千 are that unit's tail, never a thousands group.)
      const re = lastUnit > 0 || total > 0 ? PLAIN : ARABIC;
      re.lastIndex = j;
      const m = re.exec(s)?.[0] ?? c;
      if (m.replace(/\D/g, '').length > MAX_DIGITS) return { value: NaN, end: j + m.length, approx: false, invalid: true };
      pending = Number.parseFloat(m.replaceAll(',', ''));
      pendingChars = m.length;
      j += m.length;
    } else if (c in DIGIT) {
      const d = DIGIT[c] ?? 0;
      if (d === 0) {
        if (pending !== null) break;
        zero = true;
      } else if (pending !== null) {
        // 两三, 七八, 一两: "two or three", read as the lower bound
        const pair = !approx && isCnDigit(s[j - 1]) && (d === pending + 1 || (pending === 1 && d === 2));
        if (!pair) break;
        approx = true;
      } else {
        pending = d;
        pendingChars = 1;
      }
      j++;
    } else if (c in SMALL) {
      const u = SMALL[c] ?? 0;
      if (u >= sectionUnit) break;
      if (pending === null) {
        if (u !== 10 || section !== 0) break; // 十五: an unwritten 一
        pending = 1;
      }
      section += pending * u;
      pending = null;
      lastUnit = sectionUnit = u;
      zero = false;
      j++;
    } else if (c in BIG) {
      const u = BIG[c] ?? 0;
      if (pending === null && section === 0) break;
      const part = section + (pending ?? 0);
      total = u > maxBig ? (total + part) * u : total + part * u;
      maxBig = Math.max(maxBig, u);
      section = 0;
      pending = null;
      lastUnit = u;
      sectionUnit = Infinity;
      zero = false;
      j++;
    } else if (c === '点' && (pending !== null || zero) && Number.isInteger(pending ?? 0) && isCnDigit(s[j + 1])) {
      let k = j + 1;
      let frac = '';
      for (; isCnDigit(s[k]); k++) frac += String(DIGIT[s[k] ?? ''] ?? 0);
      pending = (pending ?? 0) + Number(`0.${frac}`); // 一点五 → 1.5, 零点五 → 0.5
      pendingChars = 0;
      j = k;
    } else break;
    seen = true;
  }
  if (!seen) return null;
  // 一亿亿, 十十, 两两, 三十三十: the numeral goes on where the reading stopped, so it is none.
  if (j < s.length && !masked[j] && isNumeral(s[j]) && s[j] !== '零' && s[j] !== '〇') {
    let k = j;
    while (isNumeral(s[k]) || isDigit(s[k])) k++;
    return { value: NaN, end: k, approx: false, invalid: true };
  }

  // 二百五 = 250, 一千二 = 1200, 三万五 = 35000, 2千3 = 2300: a lone digit after a unit is the next place.
  let tail = pending ?? 0;
  if (pending !== null && lastUnit >= 10 && !zero && pendingChars === 1) tail = (pending * lastUnit) / 10;
  let value = total + section + tail;

  const after = s.slice(j, j + 4);
  if (/^个半(?:小时|钟头)/.test(after)) {
    value += 0.5; // 一个半小时
    j += 2;
  } else if (/^[多余来几]/.test(after) && (lastUnit > 0 || value >= 10)) {
    approx = true; // 二十多, 十几, 100余
    j++;
  }
  return { value: tidy(sign * value), end: j, approx };
}

/** A date part: 2026年, 9月, (9月)1日 / 1号. */
function isDate(s: string, start: number, r: Read): boolean {
  const next = s[r.end];
  const whole = Number.isInteger(r.value);
  if (next === '年') return whole && r.value >= 1900 && r.value < 2200;
  if (next === '月') return whole && r.value >= 1 && r.value <= 12;
  if (next === '日' || next === '号') return whole && r.value >= 1 && r.value <= 31 && s[start - 1] === '月';
  return false;
}

function mask(s: string): boolean[] {
  const masked = new Array<boolean>(s.length).fill(false);
  for (const m of s.matchAll(NOT_NUMBER)) masked.fill(true, m.index, m.index + m[0].length);
  return masked;
}

/** Every number in the text, in order. Dates are skipped; ordinals are kept and marked. */
export function extractNumbers(text: string): NumberMatch[] {
  // The Q&A reads the same question's numbers at many stages: each text is read once (bounded), and
  // every caller gets its own array (the matches themselves are never changed after reading).
  const known = readNumbers.get(text);
  if (known) return [...known];
  const out = readAllNumbers(text);
  if (readNumbers.size >= NUMBERS_MEMO) readNumbers.clear();
  readNumbers.set(text, out);
  return [...out];
}

const NUMBERS_MEMO = 4096;
const readNumbers = new Map<string, readonly NumberMatch[]>();

function readAllNumbers(text: string): NumberMatch[] {
  const s = halfWidth(text);
  const masked = mask(s);
  const out: NumberMatch[] = [];
  for (let i = 0; i < s.length; ) {
    DATE.lastIndex = i;
    const date = isDigit(s[i - 1]) ? null : DATE.exec(s);
    if (date) {
      i += date[0].length;
      continue;
    }
    const r = masked[i] ? null : readAt(s, i, masked);
    if (r?.invalid) {
      i = r.end;
      continue;
    }
    if (!r || !Number.isFinite(r.value)) {
      i++;
      continue;
    }
    if (!isDate(s, i, r)) {
      const match: NumberMatch = { value: r.value, start: i, end: r.end, raw: text.slice(i, r.end) };
      if (/第\s*$/.test(s.slice(Math.max(0, i - 3), i))) match.ordinal = true;
      if (r.approx) match.approx = true;
      out.push(match);
    }
    i = r.end;
  }
  return out;
}

/** The first quantity in the text (ordinals skipped; an approximate one gives its lower bound), or null. */
export function parseNumber(text: string): number | null {
  return extractNumbers(text).find((n) => !n.ordinal)?.value ?? null;
}
