/**
 * Result shapes of the scoring engine (core/rubric/engine.ts). Plain data, JSON-serialisable,
 * with a fixed key order so that the same inputs give byte-identical JSON.
 * All scores are multiples of 0.5.
 */
import type { AnswerValue, RankStage } from './schema.ts';

export type ItemStatus = 'met' | 'partial' | 'unmet' | 'unanswered';

export interface RequirementResult {
  id: string;
  question: string;
  score: number;
  max: number;
  met: boolean;
  answered: boolean;
  /** The typed answer, or null when unknown/unanswered. */
  value: AnswerValue;
  /** The threshold that applied (a number for atLeast, true for yes, accepted ids for oneOf), null if it could not be computed (missing facts). */
  required: number | boolean | string[] | null;
  /** One line of plain Chinese, e.g. 「专职心理教师 1 名，按 1:1000 师生比需 2 名」. */
  reason: string;
}

export interface ItemResult {
  id: string;
  no: number;
  title: string;
  area: string;
  score: number;
  max: number;
  provisional: boolean;
  status: ItemStatus;
  reasons: string[];
  requirements: RequirementResult[];
}

export interface AreaResult {
  id: string;
  no: string;
  title: string;
  score: number;
  max: number;
}

export interface Gain {
  item: string;
  requirement: string;
  /** Points recoverable by meeting it. */
  points: number;
  /** 「再配备 1 名专职心理教师可得 +3 分」 */
  text: string;
}

export interface SemesterResult {
  rubricVersion: string;
  rubricLabel: string;
  provisional: boolean;
  total: number;
  max: number;
  /** Items none of whose questions has an answer. */
  unanswered: number;
  veto: boolean;
  areas: AreaResult[];
  items: ItemResult[];
  /** Ordered by points recoverable (desc), then item number, then requirement id. */
  gains: Gain[];
}

export interface AnnualResult {
  rubricVersion: string;
  schoolYear: string;
  /** Sum of both semesters' totals (a missing semester counts 0 and is listed in `missing`). */
  total: number;
  max: number;
  semesters: { semester: string; total: number | null }[];
  missing: string[];
  veto: boolean;
  /** 合格 / 不合格 (不合格 iff vetoed). */
  verdict: '合格' | '不合格';
}

export interface RankEntry {
  school: string;
  stage: RankStage;
  total: number;
  veto: boolean;
  rank: number;
  /** Loses next school year's award eligibility (bottom three of the stage, last vocational school, or vetoed). */
  losesEligibility: boolean;
  /** The reason in words, empty when none. */
  flag: string;
}
