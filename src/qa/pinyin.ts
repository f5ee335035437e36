/**
 * The crisis table's words as pinyin (core/qa/pinyin-read.ts `PinyinForms`), derived from the loaded
 * table, so a county's own copy of rubric/crisis.yaml gets them too — on the first message with
 * latin letters in it, not at start-up. pinyin-pro gives each character's reading, the phrase
 * choosing among a polyphone's (一了百了 → yi liao bai liao); 了 is also written le. Only forms of
 * six letters or more are kept: shorter ones (huozhe) are everyday words too (或者).
 */
import { createRequire } from 'node:module';
import type { CrisisTable } from '../core/qa/crisis.ts';
import type { PinyinForms } from '../core/qa/pinyin-read.ts';

// Loaded on first need (about 150 ms, its dictionary included): most processes never read pinyin.
const require = createRequire(import.meta.url);
let pinyin: typeof import('pinyin-pro').pinyin | undefined;

const HAN = /^\p{Script=Han}+$/u;
const SHORTEST = 6;

/** Every way the phrase may be typed in pinyin, folded (lower case, no tones, no spaces). */
function readings(phrase: string): string[] {
  pinyin ??= (require('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  const syllables = pinyin(phrase, { toneType: 'none', type: 'array' });
  let out = [''];
  [...phrase].forEach((ch, i) => {
    const alts = ch === '了' ? ['le', 'liao'] : [syllables[i] ?? ''];
    out = out.flatMap((o) => alts.map((a) => o + a));
  });
  return [...new Set(out.map((x) => x.replace(/ü/g, 'v').toLowerCase()))];
}

/** The forms, derived on the first call and kept: what a loaded table's `pinyin` is. */
export function lazyPinyinForms(table: Omit<CrisisTable, 'pinyin'>): () => PinyinForms {
  let forms: PinyinForms | undefined;
  return () => (forms ??= pinyinForms(table));
}

export function pinyinForms(table: Omit<CrisisTable, 'pinyin'>): PinyinForms {
  const words = new Map<string, string>();
  const acts = new Map<string, string>();
  const add = (m: Map<string, string>, key: string, han: string) => {
    if (key.length >= (m === acts ? 5 : SHORTEST) && /^[a-z]+$/.test(key) && !m.has(key)) m.set(key, han);
  };
  const han = (xs: readonly string[]) => xs.filter((p) => HAN.test(p));
  const phrases = han([...table.distress.map((p) => p.phrase), ...table.acts.map((p) => p.phrase), ...table.alone, ...table.concern, ...(table.danger?.harm.map((p) => p.phrase) ?? [])]);
  for (const p of phrases.filter((x) => [...x].length >= 3)) for (const r of readings(p)) add(words, r, p);
  // 「xiang tiao lou」: an intent with an act; 「想tiaolou」: the act after an intent in characters.
  for (const a of han(table.acts.map((p) => p.phrase))) {
    for (const r of readings(a)) add(acts, r, a);
    for (const i of han(table.intents)) for (const r of readings(i + a)) add(words, r, i + a);
  }
  const lengths = (m: ReadonlyMap<string, string>) => [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return { words, acts, lengths: [lengths(words), lengths(acts)] };
}
