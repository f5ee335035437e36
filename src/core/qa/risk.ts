/**
 * The crisis check's second opinion: a small logistic model over the characters of a message (its
 * 1-, 2- and 3-character pieces, after the crisis table's folding), trained on the project's older
 * question sets and on tests/qa/crisis-train.yaml by `npm run crisis:train` (scripts/crisis-train.ts).
 *
 * Why a model as well as the lists: the phrase and sign lists of rubric/crisis.yaml reach 100 % on
 * the sets they were written from, but far less on messages written by someone else (an unseen
 * set: 41 of 55 before its round). Pieces of characters carry over to new wordings (想…睡, 药…攒,
 * 划…手臂) where a list needs the exact phrase. The model only decides whether to send the
 * check-in (「…现在安全吗？」 with 12356 and 110 / 120): it never phrases anything, and the explicit
 * lists still decide the full crisis reply.
 *
 * The same kind of model, over foldPlain's text, is the silence check's second opinion
 * (rubric/silence-model.json, `npm run silence:train`): whether a question asks what the text never says.
 *
 * Pure and deterministic: the weights are data (rubric/crisis-model.json); the score of a text is
 * the same on every run, and costs one pass over its first CRISIS_READ characters.
 */
import { z } from 'zod';

export interface RiskModel {
  /** The lengths of the pieces read (1, 2, 3). */
  sizes: number[];
  bias: number;
  /** A message scoring at least this is given the check-in. */
  threshold: number;
  weights: ReadonlyMap<string, number>;
}

const RiskModelSchema = z
  .object({
    about: z.string().optional(),
    sizes: z.array(z.number().int().min(1).max(4)).min(1),
    bias: z.number(),
    threshold: z.number().gt(0).lt(1),
    // Thousands of entries: one plain loop, not a zod schema per entry (25 ms → under 1 ms at start-up).
    weights: z.custom<Record<string, number>>(
      (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, w]) => k.length > 0 && typeof w === 'number' && Number.isFinite(w)),
      { message: 'weights 必须是 { 片段: 数字 }' },
    ),
  })
  .strict();

export type RiskModelResult = { ok: true; value: RiskModel } | { ok: false; errors: string[] };

/** JSON text → the model, or one line per error naming the file. */
export function parseRiskModel(text: string, file: string): RiskModelResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: JSON 格式错误：${String((err as Error).message).split('\n')[0]}`] };
  }
  const parsed = RiskModelSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '（整个文件）'}: ${i.message}`) };
  }
  const d = parsed.data;
  return { ok: true, value: { sizes: d.sizes, bias: d.bias, threshold: d.threshold, weights: new Map(Object.entries(d.weights)) } };
}

/**
 * The model reads this many characters of the folded text: the messages it learnt from are under
 * 300, and a long paste would add up weights the model never saw together.
 */
export const RISK_READ = 600;

/** The distinct pieces of `folded` (each size, UTF-16 units: the folded text has no emoji), in the order they first occur. */
export function pieces(folded: string, sizes: readonly number[]): string[] {
  const t = folded.slice(0, RISK_READ);
  const seen = new Set<string>();
  for (const n of sizes) for (let i = 0; i + n <= t.length; i++) seen.add(t.slice(i, i + n));
  return [...seen];
}

/** The model's probability that the folded text is from a person at risk (0…1). */
export function riskScore(model: RiskModel, folded: string): number {
  let z = model.bias;
  for (const p of pieces(folded, model.sizes)) z += model.weights.get(p) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** True when the model says the folded text needs the check-in. */
export function atRisk(model: RiskModel, folded: string): boolean {
  return folded.length > 0 && riskScore(model, folded) >= model.threshold;
}

/**
 * The plain folding the silence model (rubric/silence-model.json) reads: compatibility forms
 * (full-width letters and digits), lower case, runs of space as one. No table: the model does not
 * change when a typo or synonym list does.
 */
export function foldPlain(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
