/**
 * Calculators: thresholds derived from a school's facts, each with the clause it comes from and
 * the working shown in words. Pure.
 */
import type { CalculatorName, Rubric, SchoolFacts } from './schema.ts';

export interface Calculation {
  id: CalculatorName | 'counsellingHours';
  value: number;
  unit: string;
  /** The item the rule comes from, e.g. `item-10`. */
  clause: string;
  /** The working with this school's figures: 「1800 ÷ 1000 = 1.8，向上取整为 2 名」. */
  formula: string;
  /** The clause's own words. */
  rule: string;
  /** How the rule is read where the clause leaves room (rounding…); empty when nothing to add. */
  interpretation: string;
  /** The rule in a few words for reasons: 「按 1:1000 师生比」. */
  basis: string;
}

/** The school fact each calculator needs, named as users know it. */
export const CALCULATOR_NEEDS: Record<CalculatorName, string> = {
  fulltimeTeachers: '学生数',
  parttimeTeachers: '学生数',
  committeeMembers: '四年级起班级数',
  fundingYuan: '学生数',
  safetyPosts: '是否寄宿',
};

/** `a ÷ b = q，向上取整为 n 名` (students ÷ 1000 or ÷ 500 has at most three decimals, so q prints exactly). */
function ceilFormula(students: number, per: number, value: number): string {
  const q = students / per;
  const head = `${students} ÷ ${per} = ${q}`;
  if (!Number.isInteger(q)) return `${head}，向上取整为 ${value} 名`;
  return q < value ? `${head}，至少 ${value} 名` : `${head}，需 ${value} 名`;
}

export function fulltimeTeachers(students: number): Calculation {
  const value = Math.max(1, Math.ceil(students / 1000));
  return {
    id: 'fulltimeTeachers',
    value,
    unit: '名',
    clause: 'item-10',
    formula: ceilFormula(students, 1000, value),
    rule: '小学、初中、高中、职业学校按1:1000师生比配备1名专职心理健康教育教师',
    interpretation: '不足1000人按1000人计，至少1名',
    basis: '按 1:1000 师生比',
  };
}

export function parttimeTeachers(students: number): Calculation {
  const value = Math.ceil(students / 500);
  return {
    id: 'parttimeTeachers',
    value,
    unit: '名',
    clause: 'item-10',
    formula: ceilFormula(students, 500, value),
    rule: '按1:500师生比人数配备兼职心理健康教育教师',
    interpretation: '不足500人按500人计',
    basis: '按 1:500 师生比',
  };
}

export function committeeMembers(classesFromGrade4: number): Calculation {
  const value = 2 * classesFromGrade4;
  return {
    id: 'committeeMembers',
    value,
    unit: '名',
    clause: 'item-9',
    formula: `2 名 × ${classesFromGrade4} 个班 = ${value} 名`,
    rule: '自小学四年级起配备学生心理委员，每班不少于2名（男、女生各1名）',
    interpretation: '中学按全部班级计',
    basis: `按四年级起 ${classesFromGrade4} 个班、每班 2 名`,
  };
}

export function fundingYuan(students: number): Calculation {
  const value = 10 * students;
  return {
    id: 'fundingYuan',
    value,
    unit: '元',
    clause: 'item-21',
    formula: `10 元 × ${students} 人 = ${value} 元`,
    rule: '原则上年生均心理健康教育经费不低于10元',
    interpretation: '按在校学生数计，每学年',
    basis: '按年生均 10 元',
  };
}

export function safetyPosts(boarding: boolean): Calculation {
  const posts = boarding ? '保安、食堂、宿管' : '保安、食堂';
  const value = boarding ? 3 : 2;
  return {
    id: 'safetyPosts',
    value,
    unit: '个',
    clause: 'item-9',
    formula: `${boarding ? '寄宿' : '走读'}学校：${posts}共 ${value} 个岗位，每个岗位至少 1 名心理健康安全员`,
    rule: '在学校保安、宿管、食堂等后勤工作岗位中，配备有责任心、有爱心的人员为心理健康安全员每个岗位至少1名',
    interpretation: '非寄宿学校不计宿管岗位',
    basis: `按${posts}岗位`,
  };
}

export function counsellingHours(): Calculation {
  return {
    id: 'counsellingHours',
    value: 10,
    unit: '小时',
    clause: 'item-20',
    formula: '每周不少于 10 小时',
    rule: '辅导室周开放时长不少于10小时',
    interpretation: '',
    basis: '按每周不少于 10 小时',
  };
}

/** The dispatcher the engine uses for a requirement's `calculator`. */
export function calculate(name: CalculatorName, facts: SchoolFacts): Calculation {
  switch (name) {
    case 'fulltimeTeachers':
      return fulltimeTeachers(facts.students);
    case 'parttimeTeachers':
      return parttimeTeachers(facts.students);
    case 'committeeMembers':
      return committeeMembers(facts.classesFromGrade4);
    case 'fundingYuan':
      return fundingYuan(facts.students);
    case 'safetyPosts':
      return safetyPosts(facts.boarding);
  }
}

export interface SemesterCount {
  item: string;
  requirement: string;
  /** What is counted: 专班会议. */
  what: string;
  threshold: number;
  unit: string;
  /** The requirement in the rubric's words. */
  text: string;
}

/** Every fixed per-semester count (meetings, trainings, parent classes…), in rubric order. */
export function semesterCounts(rubric: Rubric): SemesterCount[] {
  return rubric.items.flatMap((item) =>
    item.requirements
      .filter((r) => r.per === 'semester' && r.op === 'atLeast' && r.threshold !== undefined)
      .map((r) => ({
        item: item.id,
        requirement: r.id,
        what: r.counts,
        threshold: r.threshold ?? 0,
        unit: r.unit,
        text: r.text,
      })),
  );
}
