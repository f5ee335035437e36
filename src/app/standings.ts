/**
 * Where every school stands in a semester: its status and its result, scored by the engine from
 * the stored answers and the school's facts. The office's commands, reminders, the export and
 * the score card all read this, so they agree.
 *
 * Ranking decisions:
 * - A school ranks in its 排名学段 (`rankStage`; 九年一贯制 / 完全中学 declare it at import).
 * - Only schools that started a self-assessment in the period are ranked; the others are listed
 *   as 未开始 (未计入排名).
 * - Annual ranking (the two semesters' sum, 考核办法 五) once the current semester is the second
 *   of its school year and the first has self-assessments; otherwise the current semester.
 * - Provisional (暂定) while any item's points are provisional or a ranked school has not submitted.
 */
import type { Knex } from 'knex';
import { rank, scoreAnnual, scoreSemester } from '../core/rubric/engine.ts';
import { AssessmentStateSchema, completeFacts } from '../core/assessment/machine.ts';
import type { RankEntry, SemesterResult } from '../core/rubric/result.ts';
import {
  RANK_STAGES,
  SchoolFactsSchema,
  type Answers,
  type RankStage,
  type Rubric,
  type SchoolFacts,
} from '../core/rubric/schema.ts';
import { currentSemester, schoolYearOf, semesterLabel, semestersOfYear, type Semester } from '../core/reminders/semester.ts';
import {
  getAnswers,
  listAssessments,
  listSchools,
  listSemesters,
  upsertSemester,
  type AssessmentStatus,
  type School,
} from '../storage/index.ts';

type Db = Knex | Knex.Transaction;

export interface Standing {
  school: School;
  rankStage: RankStage | null;
  /** `not_started` when the school has no self-assessment this semester. */
  status: AssessmentStatus;
  answers: Answers;
  /** null when the school has not started (or cancelled). */
  result: SemesterResult | null;
}

export const STATUS_WORDS: Record<AssessmentStatus, string> = {
  not_started: '未开始',
  in_progress: '自评中',
  paused: '自评中',
  submitted: '已提交',
  cancelled: '未开始',
};

const started = (status: AssessmentStatus): boolean => status !== 'not_started' && status !== 'cancelled';

/** The school's facts for the engine, or null while any is unknown. */
export function schoolFacts(school: School): SchoolFacts | null {
  const parsed = SchoolFactsSchema.safeParse({
    stage: school.stage,
    ...(school.rankStage ? { rankStage: school.rankStage } : {}),
    ownership: school.ownership,
    students: school.students,
    classesFromGrade4: school.classesFromGrade4,
    boarding: school.boarding,
  });
  return parsed.success ? parsed.data : null;
}

export function isRankStage(s: string): s is RankStage {
  return (RANK_STAGES as readonly string[]).includes(s);
}

/** The stage a school ranks in: its declared rankStage, or its stage when that is one of the four. */
export function rankStageOf(school: School): RankStage | null {
  if (school.rankStage) return school.rankStage;
  return school.stage && isRankStage(school.stage) ? school.stage : null;
}

async function knownSemesters(db: Db): Promise<Semester[]> {
  return (await listSemesters(db)).map((s) => ({ id: s.id, start: s.start, end: s.end }));
}

/** The semester under way (dates the office set, else the defaults). */
export async function semesterAt(db: Db, nowIso: string): Promise<Semester> {
  return currentSemester(nowIso, await knownSemesters(db));
}

/** The semester under way, stored if it only had the default dates (assessments and the send log refer to it). */
export async function storedSemesterAt(db: Db, nowIso: string, by: string): Promise<Semester> {
  const known = await knownSemesters(db);
  const semester = currentSemester(nowIso, known);
  if (!known.some((s) => s.id === semester.id)) await upsertSemester(db, semester, by, nowIso);
  return semester;
}

/** Every school, in the order added, with its status and result in `semesterId`. */
export async function loadStandings(db: Db, rubric: Rubric, semesterId: string): Promise<Standing[]> {
  const schools = await listSchools(db);
  const assessments = await listAssessments(db, { semesterId });
  const out: Standing[] = [];
  for (const school of schools) {
    const a = assessments.find((x) => x.schoolId === school.id);
    const status: AssessmentStatus = a?.status ?? 'not_started';
    const answers: Answers = a ? await getAnswers(db, a.id) : {};
    // The facts the self-assessment itself holds (as the chat and `cli export` score them); the
    // school's record only when there is no readable state.
    const state = AssessmentStateSchema.safeParse(a?.state);
    const facts = state.success ? completeFacts(state.data.facts) : schoolFacts(school);
    const result = a && started(status) ? scoreSemester(rubric, { facts, answers }) : null;
    out.push({ school, rankStage: rankStageOf(school), status, answers, result });
  }
  return out;
}

const metItems = (r: SemesterResult | null): number => r?.items.filter((i) => i.status === 'met').length ?? 0;

export interface RankedSchool extends RankEntry {
  submitted: boolean;
}

export interface Ranking {
  kind: 'semester' | 'annual';
  /** The semester id or the school year. */
  period: string;
  title: string;
  provisional: boolean;
  entries: RankedSchool[];
  /** Schools not ranked: no self-assessment in the period (or no 排名学段). */
  unranked: { school: string; stage: RankStage | null }[];
}

/**
 * The ranking for the semester (or its school year, see the module comment). `current`: the
 * semester's standings when the caller has loaded them already.
 */
export async function computeRanking(
  db: Db,
  rubric: Rubric,
  semester: Semester,
  current?: readonly Standing[],
): Promise<Ranking> {
  current ??= await loadStandings(db, rubric, semester.id);
  const year = schoolYearOf(semester.id);
  const [firstId] = semestersOfYear(year);
  const first = semester.id.endsWith('-2') ? await loadStandings(db, rubric, firstId) : [];
  const annual = first.some((s) => s.result !== null);

  const rows = current.map((s) => {
    const earlier = first.find((f) => f.school.id === s.school.id);
    const results = annual ? [earlier?.result ?? null, s.result] : [s.result];
    const statuses = annual ? [earlier?.status ?? 'not_started', s.status] : [s.status];
    return { standing: s, results, ranked: results.some((r) => r !== null) && s.rankStage !== null, statuses };
  });
  const ranked = rows.filter((r) => r.ranked);
  const entries = rank(
    ranked.map(({ standing, results }) => {
      const total = annual
        ? scoreAnnual(rubric, year, [
            { semester: firstId, result: results[0] ?? null },
            { semester: semester.id, result: results[1] ?? null },
          ])
        : null;
      return {
        school: standing.school.name,
        stage: standing.rankStage!,
        total: total ? total.total : (results[0]?.total ?? 0),
        veto: total ? total.veto : (results[0]?.veto ?? false),
        metItems: results.reduce((n, r) => n + metItems(r), 0),
      };
    }),
  );
  const submittedBy = new Map(ranked.map((r) => [r.standing.school.name, r.statuses.every((s) => s === 'submitted')]));
  return {
    kind: annual ? 'annual' : 'semester',
    period: annual ? year : semester.id,
    title: annual ? `${year}学年（两学期合计）` : semesterLabel(semester.id),
    provisional: rubric.provisional || [...submittedBy.values()].some((v) => !v),
    entries: entries.map((e) => ({ ...e, submitted: submittedBy.get(e.school) ?? false })),
    unranked: rows.filter((r) => !r.ranked).map((r) => ({ school: r.standing.school.name, stage: r.standing.rankStage })),
  };
}
