/**
 * Issue 12: the official ranking and the annual result over 1,000 and 10,000 schools, in process.
 * Each school gets a real engine result (answers varied deterministically); the timed part is
 * what `cli ranking --official` and `cli annual` compute once the results are loaded: ranking
 * every stage (rank, flags) and the annual sum, rank and verdict. Median of 7 runs after a warm-up.
 */
import { readRubricFile } from '../src/files/rubric-file.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import { annualOfficial, rankOfficial } from '../src/core/results/official.ts';
import { RANK_STAGES, type AnswerValue, type Rubric } from '../src/core/rubric/schema.ts';
import type { SemesterResult } from '../src/core/rubric/result.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFormPdf } from '../src/files/form.ts';
import type { BenchResult, Row } from './run.ts';

/** A handful of distinct results to draw from (scoring 10,000 schools is set-up, not the bench). */
function sampleResults(rubric: Rubric, n: number): SemesterResult[] {
  const ids = [...rubric.items.flatMap((i) => i.questions), rubric.veto.question];
  return Array.from({ length: n }, (_, k) => {
    const answers: Record<string, AnswerValue> = {};
    ids.forEach((q, i) => {
      if ((i + k) % 5 === 0) return;
      answers[q.id] = q.type === 'yesno' ? q.id !== rubric.veto.question.id && (i * 7 + k) % 3 !== 0 : (i + k) % 4;
    });
    return scoreSemester(rubric, { facts: { stage: '初中', ownership: '公办', students: 1200 + k, classesFromGrade4: 24, boarding: false }, answers });
  });
}

function median(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[3]! * 100) / 100;
}

export async function officialResults(): Promise<BenchResult> {
  const loaded = await readRubricFile();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const rubric = loaded.rubric;
  const pool = sampleResults(rubric, 97);
  const figures: Record<string, number> = {};
  const rows: Row[] = [];
  for (const n of [1_000, 10_000]) {
    const schools = Array.from({ length: n }, (_, i) => ({
      school: `学校${i}`,
      stage: RANK_STAGES[i % RANK_STAGES.length]!,
      first: pool[i % pool.length]!,
      second: pool[(i * 31 + 7) % pool.length]!,
    }));
    const ranking = median(() => rankOfficial(schools.map((s) => ({ school: s.school, stage: s.stage, result: s.first }))));
    const annual = median(() => annualOfficial(rubric, '2026-2027', schools));
    figures[`ranking_${n}_ms`] = ranking;
    figures[`annual_${n}_ms`] = annual;
    const target = n === 1_000 ? 50 : undefined;
    rows.push(
      { bench: 'official results', metric: `official ranking, ${n} schools`, value: ranking, unit: 'ms', ...(target ? { target } : {}) },
      { bench: 'official results', metric: `annual result, ${n} schools`, value: annual, unit: 'ms', ...(target ? { target } : {}) },
    );
  }
  // The 考核表 as .pdf (`cli form --out x.pdf`): the first includes reading the CJK font once.
  const dir = mkdtempSync(join(tmpdir(), 'mh-bench-form-'));
  try {
    const form = async (k: number) => {
      const t = performance.now();
      await writeFormPdf(join(dir, `${k}.pdf`), { rubric, school: `学校${k}`, semester: '2026-2027学年第一学期', date: '2027-01-09', result: pool[k]!, source: 'official' });
      return Math.round((performance.now() - t) * 10) / 10;
    };
    const first = await form(0);
    const next = [await form(1), await form(2), await form(3)].sort((a, b) => a - b)[1]!;
    Object.assign(figures, { form_pdf_first_ms: first, form_pdf_next_ms: next });
    rows.push(
      { bench: 'official results', metric: '考核表 .pdf, first of a process (font read)', value: first, unit: 'ms', target: 3000 },
      { bench: 'official results', metric: '考核表 .pdf, each next school (median of 3)', value: next, unit: 'ms', target: 1000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { key: 'officialResults', figures, rows };
}
