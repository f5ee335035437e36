/**
 * The offline answers file: every question as a comment above an empty key, so a school can
 * fill it in and run `npm run cli -- score <file>`; and the same file filled with a school's
 * stored answers (`cli export`). Pure.
 */
import { stringify } from 'yaml';
import type { AnswerValue, Question, Rubric, SchoolFacts } from './schema.ts';

function how(q: Question): string {
  switch (q.type) {
    case 'yesno':
      return '填 是 或 否';
    case 'count':
      return `填整数${q.unit ? `，单位：${q.unit}` : ''}`;
    case 'amount':
    case 'hours':
      return `填数字${q.unit ? `，单位：${q.unit}` : ''}`;
    case 'choice':
      return `选填一项：${(q.choices ?? []).map((c) => c.label).join(' / ')}`;
  }
}

const question = (q: Question): string[] => [`  # ${q.text}（${how(q)}）`, `  ${q.id}:`];

export function answersTemplate(rubric: Rubric): string {
  const lines = [
    `# 心理健康工作自评答题文件：${rubric.meta.title}（${rubric.meta.label}）`,
    `# 考核细则版本 ${rubric.version}${rubric.provisional ? '；标「暂定」的分值为暂定' : ''}`,
    '# 填法：在每个冒号后填答案。是否题填 是 或 否；数字题只填数字；选择题填选项文字；',
    '#       不清楚填 不知道；留空表示未作答（计 0 分）。',
    '# 填好后运行：npm run cli -- score 本文件名',
    'school:             # 学校名称',
    'semester:           # 学期，如 2026-2027-1（第一学期）、2026-2027-2（第二学期）',
    'facts:              # 学校基本信息，用来计算师生比、心理委员、安全员和经费要求；要么全填，要么全部留空',
    '  stage:            # 学段：小学 / 初中 / 高中 / 职业学校 / 九年一贯制 / 完全中学',
    '  rankStage:        # 九年一贯制、完全中学填参加排名的学段：小学 / 初中 / 高中 / 职业学校',
    '  ownership:        # 公办 / 民办',
    '  students:         # 在校学生数',
    '  classesFromGrade4: # 四年级起的班级数（中学填全部班级数）',
    '  boarding:         # 是否有寄宿：是 / 否',
    'answers:',
  ];
  for (const area of rubric.areas) {
    lines.push('', `  # ${area.no}、${area.title}`);
    for (const item of rubric.items.filter((i) => i.area === area.id)) {
      lines.push(`  # 第${item.no}条 ${item.title}（${item.points} 分${item.provisional ? '，暂定' : ''}）`);
      if (item.scoring.method === 'derived') lines.push(`  #   ${item.scoring.explain}，不用作答`);
      for (const q of item.questions) lines.push(...question(q));
    }
  }
  lines.push('', '  # 一票否决', ...question(rubric.veto.question));
  return `${lines.join('\n')}\n`;
}

/** An answers file in the format `score` reads, questions in rubric order, each with its text as a comment. */
export function answersFileText(
  rubric: Rubric,
  school: string,
  semester: string,
  facts: SchoolFacts | null,
  answers: Readonly<Record<string, AnswerValue>>,
): string {
  const lines = [
    `# ${rubric.meta.title} 自评答题文件（由 export 导出；考核细则版本 ${rubric.version}）`,
    `school: ${stringify(school).trim()}`,
    `semester: ${semester}`,
  ];
  if (facts) {
    lines.push('facts:');
    const f: Record<string, unknown> = { stage: facts.stage };
    if (facts.rankStage) f.rankStage = facts.rankStage;
    Object.assign(f, {
      ownership: facts.ownership,
      students: facts.students,
      classesFromGrade4: facts.classesFromGrade4,
      boarding: facts.boarding ? '是' : '否',
    });
    for (const [k, v] of Object.entries(f)) lines.push(`  ${k}: ${stringify(v).trim()}`);
  } else {
    lines.push('facts:              # 学校基本信息未填全');
  }
  lines.push('answers:');
  for (const q of [...rubric.items.flatMap((i) => i.questions), rubric.veto.question]) {
    if (!Object.hasOwn(answers, q.id)) continue;
    const v = answers[q.id];
    const shown = v === null ? '不知道' : typeof v === 'boolean' ? (v ? '是' : '否') : stringify(v).trim();
    lines.push(`  # ${q.text}`, `  ${q.id}: ${shown}`);
  }
  return `${lines.join('\n')}\n`;
}
