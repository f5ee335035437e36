/**
 * The self-assessment's ordered question list. Pure.
 *
 * First the school facts (学段, 排名学段 for 九年一贯制/完全中学 only, 办学性质, 学生数, 班级数,
 * 是否寄宿), whose choices come from the schema's enums; then every item's questions in item
 * order, straight from the rubric data; the veto question last. Rubric questions and the veto
 * are numbered 「第 5/41 题」; facts are shown as 「基本信息 2/5」.
 */
import {
  OWNERSHIPS,
  STAGES,
  type Item,
  type Question,
  type RankStage,
  type Rubric,
  type SchoolFacts,
  type Stage,
} from '../rubric/schema.ts';

export type FactKey = keyof SchoolFacts;

export interface AssessmentQuestion {
  /** The rubric question id, or `fact-<key>` for a school fact. */
  id: string;
  kind: 'fact' | 'item' | 'veto';
  /** In the rubric's question shape, so that one parser reads every answer. */
  question: Question;
  /** The fact it sets (kind 'fact'), else null. */
  fact: FactKey | null;
  /** The item it feeds (kind 'item'), else null. */
  item: Item | null;
  /** What 「修改」 walks through: the item id, 'facts' or 'veto'. */
  section: string;
  /** 「基本信息 2/5」 or 「第 5/41 题 · 队伍建设」. */
  position: string;
  /** What an acknowledgement names: 「第5题」, or the fact's name (「学生数」). */
  label: string;
}

export const FACTS_SECTION = 'facts';

/** The stages a 九年一贯制 or 完全中学 school may rank in; null when the stage ranks as itself. */
export function rankStageChoices(stage: Stage | undefined): readonly RankStage[] | null {
  if (stage === '九年一贯制') return ['小学', '初中'];
  if (stage === '完全中学') return ['初中', '高中'];
  return null;
}

/** Schools that count classes from grade 4 (the others count all their classes). */
export function countsFromGrade4(stage: Stage | undefined): boolean {
  return stage === undefined || stage === '小学' || stage === '九年一贯制';
}

const STAGE_ALIASES: Partial<Record<Stage, string[]>> = {
  高中: ['普通高中', '普高'],
  职业学校: ['职校', '中职', '职高', '中专'],
  九年一贯制: ['九年一贯', '九年制'],
  完全中学: ['完中'],
};

/** A choice whose id is the value stored in the facts (the Chinese label itself). */
const choice = (label: string, aliases: string[] = []) => ({ id: label, label, aliases });

function factDrafts(facts: Partial<SchoolFacts>): { fact: FactKey; question: Question }[] {
  const rankChoices = rankStageChoices(facts.stage);
  const all: ({ fact: FactKey; question: Question } | null)[] = [
    {
      fact: 'stage',
      question: {
        id: 'q-0-stage',
        text: '贵校属于哪个学段？',
        type: 'choice',
        choices: STAGES.map((s) => choice(s, STAGE_ALIASES[s])),
      },
    },
    rankChoices && {
      fact: 'rankStage',
      question: {
        id: 'q-0-rank-stage',
        text: `${facts.stage}学校按哪个学段参加排名？`,
        type: 'choice',
        choices: rankChoices.map((s) => choice(s)),
      },
    },
    {
      fact: 'ownership',
      question: {
        id: 'q-0-ownership',
        text: '贵校是公办还是民办？',
        type: 'choice',
        choices: OWNERSHIPS.map((o) => choice(o)),
      },
    },
    {
      fact: 'students',
      question: { id: 'q-0-students', text: '全校现有学生多少人？', type: 'count', unit: '人', plausibleMin: 10, plausibleMax: 10000 },
    },
    {
      fact: 'classesFromGrade4',
      question: {
        id: 'q-0-classes',
        text: countsFromGrade4(facts.stage) ? '四年级及以上共有多少个班？' : '全校共有多少个班？',
        type: 'count',
        unit: '个',
        plausibleMin: 1,
        plausibleMax: 300,
      },
    },
    {
      fact: 'boarding',
      question: { id: 'q-0-boarding', text: '学校有寄宿生吗？', type: 'yesno' },
    },
  ];
  return all.filter((d) => d !== null);
}

/** The name of each school fact, as acknowledgements and pending changes show it. */
export const FACT_LABELS: Readonly<Record<FactKey, string>> = {
  stage: '学段',
  rankStage: '排名学段',
  ownership: '办学性质',
  students: '学生数',
  classesFromGrade4: '班级数',
  boarding: '寄宿生',
};

/** The school-facts questions; which ones and their wording depend on the stage given so far. */
export function factQuestions(facts: Partial<SchoolFacts>): AssessmentQuestion[] {
  const drafts = factDrafts(facts);
  return drafts.map(({ fact, question }, i) => ({
    id: `fact-${fact}`,
    kind: 'fact',
    question,
    fact,
    item: null,
    section: FACTS_SECTION,
    position: `基本信息 ${i + 1}/${drafts.length}`,
    label: FACT_LABELS[fact],
  }));
}

/** Every item's questions in item order, then the veto question, numbered 1…n. */
export function rubricQuestions(rubric: Rubric): AssessmentQuestion[] {
  const items = [...rubric.items].sort((a, b) => a.no - b.no);
  const entries = [
    ...items.flatMap((item) => {
      const area = rubric.areas.find((a) => a.id === item.area)?.title ?? item.title;
      return item.questions.map((question) => ({ question, item, area }));
    }),
    { question: rubric.veto.question, item: null, area: '一票否决' },
  ];
  return entries.map(({ question, item, area }, i) => ({
    id: question.id,
    kind: item ? 'item' : 'veto',
    question,
    fact: null,
    item,
    section: item ? item.id : 'veto',
    position: `第 ${i + 1}/${entries.length} 题 · ${area}`,
    label: `第${i + 1}题`,
  }));
}

/** The whole list: facts first, then the rubric's questions and the veto. */
export function assessmentQuestions(rubric: Rubric, facts: Partial<SchoolFacts>): AssessmentQuestion[] {
  return [...factQuestions(facts), ...rubricQuestions(rubric)];
}
