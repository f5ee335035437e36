/**
 * The rubric schema: the contract between `rubric/*.yaml` (maintained by the county office)
 * and every part of the code. Pure: zod only, no I/O.
 *
 * Vocabulary (see shared/design.md): area = 考核项, item = 第N条, requirement = 要求,
 * evidence = 过程性资料, stage = 学段, semester = 学期.
 */
import { z } from 'zod';

/** 学段 as declared by a school. 九年一贯制 / 完全中学 rank in a declared `rankStage`. */
export const STAGES = ['小学', '初中', '高中', '职业学校', '九年一贯制', '完全中学'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** The four stages that rankings are computed within. */
export const RANK_STAGES = ['小学', '初中', '高中', '职业学校'] as const;
export const RankStageSchema = z.enum(RANK_STAGES);
export type RankStage = z.infer<typeof RankStageSchema>;

export const OWNERSHIPS = ['公办', '民办'] as const;
export const OwnershipSchema = z.enum(OWNERSHIPS);

/** How a self-assessment question is answered. */
export const ANSWER_TYPES = ['yesno', 'count', 'amount', 'hours', 'choice'] as const;
export const AnswerTypeSchema = z.enum(ANSWER_TYPES);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

/** What a quantitative requirement is counted per. */
export const PERS = ['semester', 'schoolYear', 'week', 'day', 'student', 'class', 'post', 'school'] as const;
export const PerSchema = z.enum(PERS);
export type Per = z.infer<typeof PerSchema>;

/**
 * Named calculators (implemented in core/rubric/calculators.ts) that derive a threshold from
 * the school's facts. The rubric names them; the code computes them.
 */
export const CALCULATORS = [
  'fulltimeTeachers', // max(1, ceil(students / 1000))            第10条
  'parttimeTeachers', // ceil(students / 500)                      第10条
  'committeeMembers', // 2 × classes from grade 4                  第9条(3)
  'fundingYuan', //      10 × students (yuan per school year)      第21条
  'safetyPosts', //      保安 + 食堂 (+ 宿管 when boarding)         第9条(2)
] as const;
export const CalculatorNameSchema = z.enum(CALCULATORS);
export type CalculatorName = z.infer<typeof CalculatorNameSchema>;

const id = (re: RegExp, what: string) => z.string().regex(re, `${what} 的格式不对`);

export const ChoiceSchema = z.object({
  id: id(/^[a-z0-9-]+$/, 'choice id'),
  label: z.string().min(1),
  /** Other words that select this choice (「每周」「一周一节」…). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const QuestionSchema = z.object({
  /** `q-<item no>-<slug>`, e.g. `q-10-fulltime`; stable, it is stored with every answer. */
  id: id(/^q-\d{1,2}-[a-z0-9-]+$/, 'question id'),
  /** The question as asked in the chat, one line of Simplified Chinese. */
  text: z.string().min(1),
  type: AnswerTypeSchema,
  /** Unit shown and accepted after numbers: 次, 名, 元, 小时, 节… */
  unit: z.string().optional(),
  /** For `choice` questions. */
  choices: z.array(ChoiceSchema).optional(),
  /** A value above this is plausible only after the user confirms it (「专班会议 300 次？」). */
  plausibleMax: z.number().nonnegative().optional(),
  /** A value below this is plausible only after the user confirms it (「全校现有学生 1 人？」). */
  plausibleMin: z.number().nonnegative().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const RequirementSchema = z
  .object({
    /** `r-<item no>-<slug>`, e.g. `r-10-fulltime`. */
    id: id(/^r-\d{1,2}-[a-z0-9-]+$/, 'requirement id'),
    /** The requirement in the rubric's own words (short). */
    text: z.string().min(1),
    /** The question whose answer decides it. */
    question: z.string().min(1),
    /** What is counted or checked, e.g. 专职心理健康教育教师, 专班会议. */
    counts: z.string().min(1),
    per: PerSchema,
    /** yes: the answer must be 是. atLeast: the number must reach the threshold. oneOf: the choice must be one of `accept`. */
    op: z.enum(['yes', 'atLeast', 'oneOf']),
    /** Fixed threshold for `atLeast` (e.g. 2 meetings per semester). */
    threshold: z.number().optional(),
    /** Or a threshold computed from the school's facts. */
    calculator: CalculatorNameSchema.optional(),
    /** Accepted choice ids for `oneOf`. */
    accept: z.array(z.string()).optional(),
    unit: z.string().default(''),
    /** This requirement's share of the item's points; the shares add up to the item's points. */
    points: z.number().nonnegative(),
    /** `atLeast` only: proportional credit (value ÷ threshold × points, floored to 0.5). */
    partial: z.boolean().default(false),
    /** What to do to meet it, for the gains list (「制定应急预案」). */
    action: z.string().optional(),
  })
  .strict();
export type Requirement = z.infer<typeof RequirementSchema>;

export const ScoringSchema = z.discriminatedUnion('method', [
  z.object({
    /** The item's score is the sum of its requirements' scores. */
    method: z.literal('requirements'),
    explain: z.string().min(1),
  }),
  z.object({
    /** Item 1: points × (earned ÷ possible over the listed areas), rounded to the nearest 0.5. */
    method: z.literal('derived'),
    areas: z.array(z.string()).min(1),
    explain: z.string().min(1),
  }),
]);
export type Scoring = z.infer<typeof ScoringSchema>;

export const ItemSchema = z
  .object({
    /** `item-1` … `item-21`; stable, cited by users and tools. */
    id: id(/^item-\d{1,2}$/, 'item id'),
    no: z.number().int().positive(),
    area: z.string().min(1),
    title: z.string().min(1),
    /** The full clause text, scanning errors fixed. */
    text: z.string().min(1),
    points: z.number().nonnegative(),
    /** true while the points are the provisional defaults, not the office's table. */
    provisional: z.boolean(),
    /** Keywords that help retrieval (optional). */
    keywords: z.array(z.string()).default([]),
    requirements: z.array(RequirementSchema).default([]),
    evidence: z.array(z.string().min(1)).default([]),
    questions: z.array(QuestionSchema).default([]),
    scoring: ScoringSchema,
  })
  .strict();
export type Item = z.infer<typeof ItemSchema>;

export const AreaSchema = z.object({
  id: id(/^area-[1-8]$/, 'area id'),
  /** 一 … 八 */
  no: z.string().min(1),
  title: z.string().min(1),
});
export type Area = z.infer<typeof AreaSchema>;

export const SectionSchema = z.object({
  /** `section-principles` … */
  id: id(/^section-[a-z-]+$/, 'section id'),
  /** Where it stands in the document, e.g. 一(一). */
  ref: z.string().min(1),
  title: z.string().min(1),
  text: z.string().min(1),
  keywords: z.array(z.string()).default([]),
});
export type Section = z.infer<typeof SectionSchema>;

export const VetoSchema = z.object({
  /** The yes/no question that records the event (school-level fact only, no details). */
  question: QuestionSchema,
  text: z.string().min(1),
  section: z.string().min(1),
});

export const RubricFileSchema = z
  .object({
    meta: z.object({
      title: z.string().min(1),
      issuer: z.string().min(1),
      /** ISO date the document was issued: 2023-11-13. */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** Human version label; the machine version is a content hash added by the loader. */
      label: z.string().min(1),
      total: z.number().positive(),
      /** Days before the semester's end that the assessment takes place (15). */
      assessmentDaysBeforeEnd: z.number().int().nonnegative(),
    }),
    areas: z.array(AreaSchema).min(1),
    items: z.array(ItemSchema).min(1),
    sections: z.array(SectionSchema),
    veto: VetoSchema,
  })
  .strict();
export type RubricFile = z.infer<typeof RubricFileSchema>;

/** A loaded, validated rubric: the file's data plus its content hash. */
export interface Rubric extends RubricFile {
  /** `sha256:<first 16 hex>` of the canonical JSON of the data; changes iff the content changes. */
  version: string;
  /** true while any item's points are provisional: every score shown then says 暂定. */
  provisional: boolean;
}

/**
 * Upper bounds of a school's counts at the office's import: far above any real school (the
 * largest Chinese schools have some 30,000 students), and far below what the 32-bit integer
 * columns hold on PostgreSQL. Not part of SchoolFactsSchema, which also reads stored
 * self-assessment states: a bound added there would make an older stored state unreadable.
 * (Chat answers are bounded by the parser, core/assessment/parse.ts, below 2^31 as well.)
 */
export const MAX_STUDENTS = 100_000;
export const MAX_CLASSES = 2_000;

/** School-level facts (never anything about an individual student). */
export const SchoolFactsSchema = z
  .object({
    stage: StageSchema,
    /** Required for 九年一贯制 and 完全中学; defaults to `stage` otherwise. */
    rankStage: RankStageSchema.optional(),
    ownership: OwnershipSchema,
    students: z.number().int().nonnegative(),
    /** Classes from grade 4 up (for secondary schools: all classes). */
    classesFromGrade4: z.number().int().nonnegative(),
    boarding: z.boolean(),
  })
  .strict();
export type SchoolFacts = z.infer<typeof SchoolFactsSchema>;

/**
 * A typed answer: yesno → boolean, count/amount/hours → number, choice → choice id,
 * null → 「不知道」 (answered as unknown; scores like an unmet requirement).
 * An absent key means the question was not answered (or skipped).
 */
export type AnswerValue = boolean | number | string | null;
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface SemesterInput {
  facts: SchoolFacts | null;
  answers: Answers;
}
