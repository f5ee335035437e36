/**
 * The Q&A synonym table (`rubric/synonyms.yaml`): YAML text → validated data, or one line per
 * error naming the file and the place. Pure.
 */
import { parse } from 'yaml';
import { z } from 'zod';

export const INTENTS = [
  'frequency',
  'count',
  'amount',
  'duration',
  'points',
  'evidence',
  'consequence',
  'yesno',
  'definition',
  'when',
  'which',
  'compare',
  'where',
  'list',
] as const;
export type Intent = (typeof INTENTS)[number];

const words = z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1)));

const SynonymsFileSchema = z
  .object({
    groups: z.array(words.min(1)),
    intents: z.partialRecord(z.enum(INTENTS), words).default({}),
    stopwords: words.default([]),
    typos: z.record(z.string().min(1), z.string().min(1)).default({}),
    decline: words.default([]),
    dated: words.default([]),
  })
  .strict();

export interface Synonyms {
  /** Each group: the canonical term first, then its variants. */
  groups: string[][];
  intents: Partial<Record<Intent, string[]>>;
  stopwords: string[];
  /** Misspelling → the right word, applied to questions only. */
  typos: [string, string][];
  decline: string[];
  /** Words naming a particular day (明天, 下周): a question with one asks for a schedule. */
  dated: string[];
}

export type SynonymsResult = { ok: true; value: Synonyms } | { ok: false; errors: string[] };

const zhCN = z.locales.zhCN().localeError;

export function parseSynonyms(text: string, file: string): SynonymsResult {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: YAML 格式错误：${String((err as Error).message).split('\n')[0]}`] };
  }
  const parsed = SynonymsFileSchema.safeParse(raw, { error: zhCN });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '（整个文件）'}: ${i.message}`),
    };
  }
  const value: Synonyms = {
    groups: parsed.data.groups.map((g) => g.map(fold)),
    intents: Object.fromEntries(Object.entries(parsed.data.intents).map(([k, v]) => [k, v.map(fold)])),
    stopwords: parsed.data.stopwords.map(fold),
    typos: Object.entries(parsed.data.typos).map(([k, v]) => [fold(k), fold(v)]),
    decline: parsed.data.decline.map(fold),
    dated: parsed.data.dated.map(fold),
  };
  const seen = new Map<string, number>();
  const errors: string[] = [];
  value.groups.forEach((group, i) => {
    for (const word of group) {
      const first = seen.get(word);
      if (first !== undefined && first !== i) errors.push(`${file}: groups[${i}]: “${word}”已在 groups[${first}] 中`);
      seen.set(word, i);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Table words are matched against lower-cased, NFKC-folded text. */
function fold(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}
