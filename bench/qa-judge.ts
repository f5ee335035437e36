/**
 * The text checks of bench/qa-eval.ts, kept apart so they can be tested without running the app.
 */

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「十五」→15, 「二十」→20, 「两」→2; null when it is not a plain number under 100. */
export function cnNumber(s: string): number | null {
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
  if (s.length === 1 && s in CN_DIGIT) return CN_DIGIT[s]!;
  return null;
}

const UNIT = '名次节个分元课小周天位级年月';

/** For comparing: no spaces, no thousands separators, full-width digits/colon/percent folded, 两次 → 2次. */
export function fold(s: string): string {
  let t = s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[：∶]/g, ':')
    .replace(/％/g, '%')
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1');
  t = t.replace(new RegExp(`([零〇一二两三四五六七八九十]{1,3})(?=[${UNIT}])`, 'g'), (m) => {
    const n = cnNumber(m);
    return n === null ? m : String(n);
  });
  return t;
}

/**
 * Whether the reply holds a wanted string: folded on both sides (两次 is 2次), or as written — a
 * numeral the wanted string leaves without its unit (后三 in 后三位, which folds to 后3位) still counts.
 */
export function contains(reply: string, want: string): boolean {
  return fold(reply).includes(fold(want)) || reply.replace(/\s+/g, '').includes(want.replace(/\s+/g, ''));
}

/** The reply's opening, without a leading 「答：」 or @name. */
export function opening(reply: string): string {
  let t = reply.trimStart();
  // An @-mention ends at a space (WeChat puts U+2005 after it) or a colon/comma.
  t = t.replace(/^@[^\s:：，,]{1,30}[\s:：，,]+/u, '');
  t = t.replace(/\s+/g, '');
  t = t.replace(/^答[:：]/, '');
  return t;
}

/** A verdict word in the first 15 characters, not negated by a 不/没/未 just before it. */
export function hasVerdict(reply: string, words: readonly string[]): boolean {
  const head = opening(reply).slice(0, 15);
  return words.some((w) => {
    const negatable = !/^[不没未非]/.test(w);
    for (let i = head.indexOf(w); i >= 0; i = head.indexOf(w, i + 1)) {
      if (!negatable) return true;
      const before = head[i - 1] ?? '';
      if (!/[不没未非]/.test(before)) return true;
    }
    return false;
  });
}

/** The citation ids of an ask() result, whatever their shape (ids or objects with an id). */
export function citationIds(ans: unknown): string[] {
  const list = (ans as { citations?: unknown }).citations;
  if (!Array.isArray(list)) return [];
  return list
    .map((c) => (typeof c === 'string' ? c : typeof c === 'object' && c !== null ? String((c as { id?: unknown }).id ?? '') : ''))
    .filter((x) => x !== '');
}

export const asList = (x: string | string[]) => (Array.isArray(x) ? x : [x]);

export function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
