/**
 * The tables' words by their first characters, so that a text is matched only against the words
 * that may stand in it (analyze.ts): the synonym table has over a thousand variants, and most
 * questions hold a few of them.
 */

/** Table words by their first two characters (or their one character), each keeping its place in the table's order. */
export function byHead<T extends { order: number }>(words: readonly T[], word: (x: T) => string): Heads<T> {
  const map = new Map<number, Map<number, number[]>>();
  const all: T[] = [];
  for (const x of words) {
    const w = word(x);
    all[x.order] = x;
    const first = w.charCodeAt(0);
    const second = w.length > 1 ? w.charCodeAt(1) : -1;
    if (Number.isNaN(first)) continue;
    const next = map.get(first) ?? new Map<number, number[]>();
    map.set(first, next);
    next.set(second, [...(next.get(second) ?? []), x.order]);
  }
  return { map, all };
}

/**
 * Table words by their first character's code, then their second's (-1: a word of one character),
 * as their places in the table; `all` gives the word at each place.
 */
export interface Heads<T> {
  map: Map<number, Map<number, number[]>>;
  all: T[];
}

/**
 * The table words that may occur in `text`, in table order: only those whose first two
 * characters (or one character) occur in it. Scanning the whole table for every question costs
 * more than answering it.
 */
export function present<T extends { order: number }>(text: string, heads: Heads<T>): T[] {
  const places: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const next = heads.map.get(text.charCodeAt(i));
    if (!next) continue;
    for (const o of next.get(-1) ?? []) places.push(o);
    if (i + 1 < text.length) for (const o of next.get(text.charCodeAt(i + 1)) ?? []) places.push(o);
  }
  // (Places are whole numbers: sorted as numbers, each word once.)
  const sorted = Int32Array.from(places).sort();
  const out: T[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out.push(heads.all[sorted[k]!]!);
  return out;
}
