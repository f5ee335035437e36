/**
 * `npm run silence:train [-- --check | --loso]`: trains the silence check's second opinion and
 * writes rubric/silence-model.json: the probability that a message asks what the text never says
 * (辅导室面积, 哪个量表, 去哪考证), learnt from the kind of every entry of the older question sets:
 * `out` against `rule`. src/core/qa/answer.ts reads it (see NEVER_SAID_AT there).
 *
 * Why a model: the rules that find what the text does not give (silence.ts) are one per kind of
 * silence, and each fresh set brings a kind no rule has met (where to take an exam, which of two is
 * better, what a hospital note must say). Pieces of characters carry over to new wordings. The model
 * only turns a rule answer into 「原文没有直接规定这一点。最相关的是…」 with the same clause quoted;
 * it never phrases anything, and never overrides a figure computed from the asker's numbers.
 *
 * The sets it learns from are every list-shaped set in tests/qa: a blind set joins tests/qa only
 * after it has been measured, so an unmeasured set stays unseen. Adding a set means training again
 * (the tests compare this file with what the sets train).
 *
 * --check: train and compare with the file on disk; exit 1 if they differ.
 * --loso: also print, for each blind set, how a model trained without it does on it (about 2 min).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { foldPlain, pieces } from '../src/core/qa/risk.ts';
import { type Model, score, serialize, train } from './logistic.ts';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const OUT = here('../rubric/silence-model.json');
const SETS = here('../tests/qa/');
const SIZES = [1, 2, 3];
// (Round 33, leave one set out over blind-14…64, 9,022 rule and 1,682 out messages: 150 epochs at
// rate 6 flag 4 rule questions at 0.85 and 1,572 out ones; the same at 0.8 flag 6 rule ones.)
const OPTIONS = { epochs: 150, rate: 6, l2: 1e-4 };
/** At or above: the text is taken as silent. Chosen from the leave-one-set-out figures (4 of 9,022 rule questions; at 0.85 a unit test’s 「辅导室的材料怎么准备」 scored 0.85). */
const THRESHOLD = 0.9;
const KEEP = 0.02;

interface Example {
  q: string;
  y: 0 | 1;
  set: string;
}

/** `out` → 1, `rule` (or an entry with a first citation, or a rubric list) → 0; crisis and chat are not the model's. */
function load(file: string): Example[] {
  const d = parse(readFileSync(`${SETS}${file}`, 'utf8')) as unknown;
  const set = file.replace(/\.yaml$/, '');
  if (Array.isArray(d)) {
    return (d as Record<string, unknown>[]).flatMap((c) => {
      const q = typeof c.q === 'string' ? c.q : null;
      if (!q) return [];
      if (c.kind === 'out') return [{ q, y: 1 as const, set }];
      return c.kind === 'rule' || (c.kind === undefined && c.first) ? [{ q, y: 0 as const, set }] : [];
    });
  }
  const o = d as { rubric?: string[] };
  return (o.rubric ?? []).map((q) => ({ q, y: 0 as const, set }));
}

export const TRAIN_FILES = readdirSync(SETS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const featuresOf = (q: string) => pieces(foldPlain(q), SIZES);
const fit = (xs: readonly Example[]): Model => train(xs, featuresOf, OPTIONS);
const examples = TRAIN_FILES.flatMap(load);
const about = `由 npm run silence:train 从 tests/qa 的 ${TRAIN_FILES.length} 个题集（out 对 rule）训练（scripts/silence-train.ts）；不要手改。`;

if (process.argv.includes('--loso')) {
  console.log(`examples: ${examples.length} (out ${examples.filter((e) => e.y).length})`);
  let [rule, flagged, out, caught] = [0, 0, 0, 0];
  for (const held of TRAIN_FILES.filter((f) => /^blind-\d+\.yaml$/.test(f))) {
    const set = held.replace(/\.yaml$/, '');
    const test = examples.filter((e) => e.set === set);
    if (!test.some((e) => e.y === 1)) continue;
    const m = fit(examples.filter((e) => e.set !== set));
    const hit = (y: 0 | 1) => test.filter((e) => e.y === y && score(m, featuresOf, e.q) >= THRESHOLD).length;
    const n = (y: 0 | 1) => test.filter((e) => e.y === y).length;
    [rule, flagged, out, caught] = [rule + n(0), flagged + hit(0), out + n(1), caught + hit(1)];
    console.log(`  ${set}: out ${hit(1)}/${n(1)}, rule ${hit(0)}/${n(0)}`);
  }
  console.log(`all: out ${caught}/${out}, rule ${flagged}/${rule}`);
}
const text = serialize(fit(examples), about, SIZES, THRESHOLD, KEEP);
if (process.argv.includes('--check')) {
  const same = readFileSync(OUT, 'utf8') === text;
  console.log(same ? 'rubric/silence-model.json is up to date' : 'rubric/silence-model.json differs from what the sets train');
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(`wrote rubric/silence-model.json (${Buffer.byteLength(text)} bytes)`);
