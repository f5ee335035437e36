/**
 * Official (county-verified) rankings and annual results, pure (issue 12). The same engine
 * functions as the provisional ranking: `rank` (bottom three per stage with the small-stage rule,
 * last vocational school, veto last) and `scoreAnnual` (sum of the two semesters, veto → 不合格).
 * Every school of a stage is ranked: one without a result counts 0.
 */
import { rank, scoreAnnual } from '../rubric/engine.ts';
import type { RankEntry, SemesterResult } from '../rubric/result.ts';
import type { RankStage, Rubric } from '../rubric/schema.ts';

export interface OfficialRow {
  school: string;
  stage: RankStage;
  result: SemesterResult | null;
}

const metItems = (r: SemesterResult | null): number => r?.items.filter((i) => i.status === 'met').length ?? 0;

/** Every school ranked in its stage by its official total. */
export function rankOfficial(rows: readonly OfficialRow[]): RankEntry[] {
  return rank(rows.map((r) => ({ school: r.school, stage: r.stage, total: r.result?.total ?? 0, veto: r.result?.veto ?? false, metItems: metItems(r.result) })));
}

export interface AnnualRow {
  school: string;
  stage: RankStage;
  first: SemesterResult | null;
  second: SemesterResult | null;
}

export interface AnnualEntry extends RankEntry {
  semesters: { semester: string; total: number | null }[];
  verdict: '合格' | '不合格';
}

/** Each school's two semester totals, their sum, its rank in its stage and its flags. */
export function annualOfficial(rubric: Rubric, year: string, rows: readonly AnnualRow[]): AnnualEntry[] {
  const [s1, s2] = [`${year}-1`, `${year}-2`];
  const annual = new Map(
    rows.map((r) => [
      r.school,
      { row: r, a: scoreAnnual(rubric, year, [{ semester: s1, result: r.first }, { semester: s2, result: r.second }]) },
    ]),
  );
  const ranked = rank(
    [...annual.values()].map(({ row, a }) => ({ school: row.school, stage: row.stage, total: a.total, veto: a.veto, metItems: metItems(row.first) + metItems(row.second) })),
  );
  return ranked.map((e) => {
    const a = annual.get(e.school)!.a;
    return { ...e, semesters: a.semesters, verdict: a.verdict };
  });
}
