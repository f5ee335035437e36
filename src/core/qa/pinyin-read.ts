/**
 * Pinyin read back into the crisis table's words, in stage 2 of the Q&A pipeline (crisis): the forms
 * come from src/qa/pinyin.ts when the table is loaded. Pure and linear in the text.
 */

/**
 * Pinyin written for the table's words, folded (no spaces, no tones): 「huo zhe hao lei」 is 活着好累.
 * `words`: phrases of three characters or more, and an intent with an act (xiangtiaolou); `acts`:
 * an act alone, read only right after an intent in characters (想tiaolou). Longest first.
 */
export interface PinyinForms {
  words: ReadonlyMap<string, string>;
  acts: ReadonlyMap<string, string>;
  /** The keys' lengths, longest first (words, acts). */
  lengths: readonly [readonly number[], readonly number[]];
}

/** The latin runs of a folded text read back into characters, longest pinyin first at each place. Linear in the text. */
export function fromPinyin(t: string, forms: PinyinForms, intents: readonly string[]): string {
  const [wordLengths, actLengths] = forms.lengths;
  return t.replace(/[a-z]{4,}/g, (run: string, at: number) => {
    let out = '';
    let i = 0;
    const find = (m: ReadonlyMap<string, string>, ls: readonly number[]) => {
      for (const l of ls) {
        const v = i + l <= run.length ? m.get(run.slice(i, i + l)) : undefined;
        if (v) return [l, v] as const;
      }
      return null;
    };
    while (i < run.length) {
      const hit = find(forms.words, wordLengths) ?? (i === 0 && intents.some((w) => t.endsWith(w, at)) ? find(forms.acts, actLengths) : null);
      if (hit) [out, i] = [out + hit[1], i + hit[0]];
      else [out, i] = [out + run[i], i + 1];
    }
    return out;
  });
}
