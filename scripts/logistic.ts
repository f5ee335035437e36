/**
 * The trainer shared by `npm run crisis:train` and `npm run silence:train`: a logistic model over
 * the character pieces of a message (src/core/qa/risk.ts scores it), written as reviewable data.
 *
 * Deterministic: full-batch gradient descent from zero, in file order, no randomness, so the same
 * examples give the same bytes. Pieces are numbered once and held in typed arrays (the same sums in
 * the same order as a map per piece, so the same bytes; about 10× faster).
 *
 * Why not a library: the features are sparse (about 25,000 character pieces, a few dozen per
 * message); the JavaScript logistic-regression packages want a dense matrix (1,500 × 25,000
 * doubles, 300 MB), and natural's classifier stores its own format. The scorer is ten lines.
 */
export interface Labelled {
  q: string;
  y: 0 | 1;
}

export interface Model {
  bias: number;
  weights: Map<string, number>;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
}

/** Class-balanced logistic loss with a small L2 penalty; `featuresOf` gives a message's pieces. */
export function train(examples: readonly Labelled[], featuresOf: (q: string) => string[], o: TrainOptions): Model {
  const ids = new Map<string, number>();
  const X = examples.map((e) => Int32Array.from(featuresOf(e.q), (f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)));
  const pos = examples.filter((e) => e.y === 1).length;
  const neg = examples.length - pos;
  const weightOf = (e: Labelled) => (e.y === 1 ? examples.length / (2 * pos) : examples.length / (2 * neg));
  const w = new Float64Array(ids.size);
  const grad = new Float64Array(ids.size);
  let bias = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    examples.forEach((e, i) => {
      const fs = X[i]!;
      let z = bias;
      for (const f of fs) z += w[f]!;
      const d = (1 / (1 + Math.exp(-z)) - e.y) * weightOf(e);
      gb += d;
      for (const f of fs) grad[f] = grad[f]! + d;
    });
    bias -= (o.rate * gb) / examples.length;
    for (let f = 0; f < w.length; f++) {
      w[f] = w[f]! - o.rate * (grad[f]! / examples.length + o.l2 * w[f]!);
    }
  }
  return { bias, weights: new Map([...ids].map(([piece, id]) => [piece, w[id]!])) };
}

/** The model's probability for a message (the same sum as risk.ts's riskScore, unrounded). */
export function score(m: Model, featuresOf: (q: string) => string[], q: string): number {
  let z = m.bias;
  for (const f of featuresOf(q)) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The file's text: weights under `keep` left out (they move no score across the threshold), sorted by piece. */
export function serialize(m: Model, about: string, sizes: readonly number[], threshold: number, keep: number): string {
  const weights = Object.fromEntries(
    [...m.weights.entries()]
      .filter(([, v]) => Math.abs(v) >= keep)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, round(v)]),
  );
  return `${JSON.stringify({ about, sizes, bias: round(m.bias), threshold, weights }, null, 0)}\n`;
}
