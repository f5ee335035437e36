/**
 * `npm run crisis:train [-- --check]`: trains the crisis check's second opinion (src/core/qa/risk.ts)
 * and writes rubric/crisis-model.json. Deterministic: the same files give the same bytes (full-batch
 * gradient descent from zero, in file order, no randomness), so the model can be reviewed as data.
 *
 * It learns from the older question sets only. A blind set joins TRAIN_FILES after it has been
 * measured (when it becomes an older set), never before: a set trained on no longer tells how the
 * assistant does on messages it has not seen.
 *
 * Also prints, for each older blind set, how a model trained without it does on it (leave one set
 * out): the honest figure for messages the model has not seen.
 * The trainer is shared with `npm run silence:train` (scripts/logistic.ts, which says why no library).
 *
 * --check: train and compare with the file on disk; exit 1 if they differ.
 * --no-eval: write the model without the leave-one-out figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { foldForCrisis, parseCrisisTable } from '../src/core/qa/crisis.ts';
import { pieces } from '../src/core/qa/risk.ts';
import { lazyPinyinForms } from '../src/qa/pinyin.ts';
import { type Model, score, serialize, train } from './logistic.ts';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const OUT = here('../rubric/crisis-model.json');
/** The older sets (tuned on already). Add a blind set here only once it has been measured. */
export const TRAIN_FILES = [
  'crisis-train.yaml',
  'crisis.yaml',
  'questions.yaml',
  'lead-probe.yaml',
  'apply.yaml',
  'blind-2.yaml',
  'blind-3.yaml',
  'blind-4.yaml',
  'blind-5.yaml',
  'blind-6.yaml',
  'blind-7.yaml',
  'blind-8.yaml',
  'blind-9.yaml',
  'blind-10.yaml',
  'blind-11.yaml',
  'blind-12.yaml',
  'blind-13.yaml',
  // Round 24: every set measured since (blind-14…37, and blind-39 once measured) and the tuning sets.
  ...Array.from({ length: 24 }, (_, i) => `blind-${i + 14}.yaml`),
  'blind-39.yaml',
  // Round 25: blind-38 and blind-40 (measured in round 24) and blind-42 (measured once mid-round 25).
  'blind-38.yaml',
  'blind-40.yaml',
  'blind-42.yaml',
  // Round 26: blind-41 and blind-43 (measured in round 25) and blind-45 (measured once mid-round 26).
  'blind-41.yaml',
  'blind-43.yaml',
  'blind-45.yaml',
  // Round 27: blind-44 and blind-46 (measured in round 26) and blind-48 (measured once mid-round 27).
  'blind-44.yaml',
  'blind-46.yaml',
  'blind-48.yaml',
  // Round 28: blind-47 and blind-49 (measured in round 27) and blind-51 (measured once mid-round 28).
  'blind-47.yaml',
  'blind-49.yaml',
  'blind-51.yaml',
  // Round 29: blind-50 and blind-52 (measured in round 28) and blind-54 (measured once mid-round 29).
  'blind-50.yaml',
  'blind-52.yaml',
  'blind-54.yaml',
  // Round 30: blind-53 and blind-55 (measured in round 29) and blind-57 (measured once mid-round 30).
  'blind-53.yaml',
  'blind-55.yaml',
  'blind-57.yaml',
  // Round 31: blind-56 and blind-58 (measured in round 30) and blind-60 (measured once mid-round 31).
  'blind-56.yaml',
  'blind-58.yaml',
  'blind-60.yaml',
  // Round 32: blind-59 and blind-61 (measured in round 31) and blind-63 (measured once mid-round 32).
  'blind-59.yaml',
  'blind-61.yaml',
  'blind-63.yaml',
  // Round 33: blind-62 and blind-64 (measured in round 32) and blind-66 (measured once mid-round 33).
  'blind-62.yaml',
  'blind-64.yaml',
  'blind-66.yaml',
  // Round 34: blind-65 and blind-67 (measured in round 33) and blind-69 (measured once mid-round 34).
  'blind-65.yaml',
  'blind-67.yaml',
  'blind-69.yaml',
  // Round 35: blind-68 and blind-70 (measured in round 34) and blind-72 (measured once mid-round 35).
  'blind-68.yaml',
  'blind-70.yaml',
  'blind-72.yaml',
  // Round 36: blind-71 and blind-73 (measured in round 35) and blind-75 (measured once mid-round 36).
  'blind-71.yaml',
  'blind-73.yaml',
  'blind-75.yaml',
  // Round 37: blind-74 and blind-76 (measured in round 36) and blind-78 (measured once mid-round 37).
  'blind-74.yaml',
  'blind-76.yaml',
  'blind-78.yaml',
  // Round 38: blind-77 and blind-79 (measured in round 37) and blind-81 (measured once mid-round 38).
  'blind-77.yaml',
  'blind-79.yaml',
  'blind-81.yaml',
  'tune-14.yaml',
  'tune-14b.yaml',
  ...Array.from({ length: 7 }, (_, i) => `tune-${i + 15}.yaml`),
  ...Array.from({ length: 4 }, (_, i) => `crisis-tune-${i + 16}.yaml`),
];
const SIZES = [1, 2, 3];
// (Round 24, with every measured set — 12,463 messages, three times as many: a rare piece's gradient is
// averaged over them all, so it learns more slowly. Held-out blind-32…37 (trained without them): 300 / 0.5
// caught 350/360 crisis messages and asked after 196 of the training set's own harmless ones; 600 / 6
// catches 360/360, asks after 2/246 harmless and 0/1062 rule questions of the held-out sets.)
const EPOCHS = 600;
const RATE = 6;
const L2 = 1e-4;
/** Chosen from the leave-one-set-out figures: all older crisis messages caught, few harmless ones asked. */
const THRESHOLD = 0.5;
/** Weights smaller than this are left out of the file (they move no score across the threshold). */
const KEEP = 0.02;

interface Example {
  q: string;
  y: 0 | 1;
  set: string;
  kind: 'crisis' | 'rule' | 'harmless';
}

function load(file: string): Example[] {
  const d = parse(readFileSync(here(`../tests/qa/${file}`), 'utf8')) as unknown;
  const set = file.replace(/\.yaml$/, '');
  if (Array.isArray(d)) {
    return (d as Record<string, unknown>[]).flatMap((c) => {
      const q = typeof c.q === 'string' ? c.q : null;
      if (!q) return [];
      const kind = typeof c.kind === 'string' ? c.kind : 'rule';
      if (kind.startsWith('crisis')) return [{ q, y: 1 as const, set, kind: 'crisis' as const }];
      return [{ q, y: 0 as const, set, kind: kind === 'rule' || c.first ? ('rule' as const) : ('harmless' as const) }];
    });
  }
  const o = d as { crisis?: { q: string }[]; rubric?: string[]; harmless?: string[] };
  return [
    ...(o.crisis ?? []).map((c) => ({ q: c.q, y: 1 as const, set, kind: 'crisis' as const })),
    ...(o.rubric ?? []).map((q) => ({ q, y: 0 as const, set, kind: 'rule' as const })),
    ...(o.harmless ?? []).map((q) => ({ q, y: 0 as const, set, kind: 'harmless' as const })),
  ];
}

const parsedTable = parseCrisisTable(readFileSync(here('../rubric/crisis.yaml'), 'utf8'), 'rubric/crisis.yaml');
if (!parsedTable.ok) throw new Error(parsedTable.errors.join('\n'));
// (Folded as the app folds a message, pinyin read back included: src/qa/ask.ts loadCrisisTable.)
const table = { ...parsedTable.value, pinyin: lazyPinyinForms(parsedTable.value) };
const featuresOf = (q: string) => pieces(foldForCrisis(table, q), SIZES);

const OPTIONS = { epochs: EPOCHS, rate: RATE, l2: L2 };
const fit = (xs: readonly Example[]): Model => train(xs, featuresOf, OPTIONS);
const scoreOf = (m: Model, q: string) => score(m, featuresOf, q);
const about = `由 npm run crisis:train 从 ${TRAIN_FILES.join('、')} 训练（scripts/crisis-train.ts）；不要手改。`;

const examples = TRAIN_FILES.flatMap(load);
const check = process.argv.includes('--check');
// (--no-eval: the model alone, without the leave-one-out figures — seconds, not half an hour.)
if (!check && !process.argv.includes('--no-eval')) {
  console.log(`examples: ${examples.length} (crisis ${examples.filter((e) => e.y).length})`);
  console.log('leave one set out (a model trained without the set, on the set):');
  for (const held of TRAIN_FILES.filter((f) => f.startsWith('blind-'))) {
    const set = held.replace(/\.yaml$/, '');
    const test = examples.filter((e) => e.set === set);
    if (!test.some((e) => e.y === 1)) continue;
    const m = fit(examples.filter((e) => e.set !== set));
    const by = (k: Example['kind']) => test.filter((e) => e.kind === k);
    const line = (th: number) => {
      const hit = (xs: Example[]) => xs.filter((e) => scoreOf(m, e.q) >= th).length;
      return `crisis ${hit(by('crisis'))}/${by('crisis').length}, harmless ${hit(by('harmless'))}/${by('harmless').length}, rule ${hit(by('rule'))}/${by('rule').length}`;
    };
    console.log(`  ${set}: ${line(THRESHOLD)}${process.argv.includes('--thresholds') ? ` | 0.4: ${line(0.4)} | 0.5: ${line(0.5)} | 0.7: ${line(0.7)}` : ''}`);
  }
}
const text = serialize(fit(examples), about, SIZES, THRESHOLD, KEEP);
if (check) {
  const same = readFileSync(OUT, 'utf8') === text;
  console.log(same ? 'rubric/crisis-model.json is up to date' : 'rubric/crisis-model.json differs from what the files train');
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
console.log(`wrote rubric/crisis-model.json (${Buffer.byteLength(text)} bytes)`);
