/**
 * Reply and reminder texts of the county office's tools. Pure: plain data in, Simplified
 * Chinese out, short enough for a phone, each saying what to type next.
 */
import type { ReminderKind } from '../reminders/schedule.ts';
import { shownInput } from './privacy.ts';
import { VETO_HEAD } from './assessment-replies.ts';

/** 86 → 「86」, 85.5 → 「85.5」. */
export const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const OFFICE_TEXT = {
  noSchools: '还没有学校。请先导入：npm run cli -- school import rubric/examples/schools.csv',
  schoolUsage: '请发送“学校 学校名称”，如“学校 实验小学”。',
  schoolNotFound: (q: string) => `没有找到名称含“${shownInput(q)}”的学校。发送“完成情况”查看全部学校。`,
  schoolAmbiguous: (q: string, names: readonly string[]) =>
    [`有 ${names.length} 所学校名称含“${shownInput(q)}”，请发送全名：`, ...names.map((n) => `· ${n}`)].join('\n'),
  unknownStage: (s: string) => `没有“${shownInput(s)}”这个学段。请发送“排名”或“排名 小学/初中/高中/职业学校”。`,
  exported: (file: string, count: number) => `已导出 ${count} 所学校的得分表：${file}`,
  remindersSent: (principals: number, rooms: number) =>
    principals + rooms === 0
      ? '没有可发送的对象：还没有绑定的校长，也没有配置通知群。校长发送“绑定 邀请码”后即可收到提醒。'
      : `已排队发送提醒：${principals} 位校长（私聊）、${rooms} 个群。发送“完成情况”查看进度。`,
} as const;

export interface CompletionView {
  semester: string;
  assessmentDate: string;
  /** Days from today to the assessment date (negative once past). */
  daysLeft: number;
  stages: { stage: string; submitted: string[]; inProgress: string[]; notStarted: string[] }[];
  /** Schools whose self-assessment says 一票否决: listed first. */
  vetoed?: string[];
  /** Changes of school facts asked by schools, waiting for the office. */
  pendingFacts?: PendingFactLine[];
}

/** 「示例县实验小学 学生数：1800 → 300（王校长，11月28日）」 */
export interface PendingFactLine {
  id: number;
  school: string;
  field: string;
  from: string;
  to: string;
  by: string;
}

export const pendingFactText = (p: PendingFactLine): string => `#${p.id} ${p.school} ${p.field}：${p.from} → ${p.to}（${p.by}）`;

/** The office's list of pending fact changes, with what to type. */
export function pendingFactsText(list: readonly PendingFactLine[]): string[] {
  if (list.length === 0) return [];
  return [
    `待审核的学校信息变更 ${list.length} 项（审核前仍按原值计分）：`,
    ...list.map((p) => `· ${pendingFactText(p)}`),
    '审核：npm run cli -- school changes approve <编号> 或 reject <编号>。',
  ];
}

export function completionText(v: CompletionView): string {
  const when =
    v.daysLeft > 0 ? `还有 ${v.daysLeft} 天` : v.daysLeft === 0 ? '就是今天' : `已过 ${-v.daysLeft} 天`;
  const lines = [
    ...(v.vetoed?.length ? [`⚠ ${VETO_HEAD}：${v.vetoed.join('、')}`] : []),
    `${v.semester} 自评完成情况`,
    `考核日 ${v.assessmentDate}（${when}）`,
  ];
  for (const s of v.stages) {
    lines.push(`【${s.stage}】已提交 ${s.submitted.length} · 自评中 ${s.inProgress.length} · 未开始 ${s.notStarted.length}`);
    if (s.submitted.length) lines.push(`已提交：${s.submitted.join('、')}`);
    if (s.inProgress.length) lines.push(`自评中：${s.inProgress.join('、')}`);
    if (s.notStarted.length) lines.push(`未开始：${s.notStarted.join('、')}`);
  }
  lines.push(...pendingFactsText(v.pendingFacts ?? []));
  lines.push('发送“排名”看暂定排名，“发送提醒”催办，“导出”下载得分表。');
  return lines.join('\n');
}

export interface RankingView {
  /** 「2026-2027学年第一学期」 or 「2026-2027学年（两学期合计）」 */
  title: string;
  provisional: boolean;
  stages: {
    stage: string;
    entries: { rank: number; school: string; total: number; submitted: boolean; flag: string; veto?: boolean }[];
  }[];
  /** Schools with no self-assessment in the period: not ranked. */
  unranked: string[];
}

export function rankingText(v: RankingView): string {
  const lines = [`${v.title} 排名${v.provisional ? '（暂定）' : ''}`];
  for (const s of v.stages) {
    lines.push(`【${s.stage}】`);
    if (s.entries.length === 0) lines.push('（暂无学校自评）');
    for (const e of s.entries) {
      const score = e.veto ? `${VETO_HEAD}（各项 ${fmt(e.total)} 分不作数）` : `${fmt(e.total)} 分`;
      lines.push(`${e.rank}. ${e.school} ${score}${e.submitted ? '' : '（未提交）'}`);
      if (e.flag && !e.veto) lines.push(`   ⚠ ${e.flag}`);
      if (e.flag && e.veto) lines.push(`   ⚠ ${e.flag.replace(/^一票否决，年度考核不合格：/, '')}`);
    }
  }
  if (v.unranked.length) lines.push(`未开始自评（未计入排名）：${v.unranked.join('、')}`);
  lines.push('同分先比达标条目数，再按校名排序；各学段后三位、职业学校末位取消下一学年评优评先资格。');
  if (v.provisional) lines.push('暂定：部分分值待县教育局确认，或仍有学校未提交。');
  lines.push('发送“学校 名称”看某校详情，“导出”下载得分表。');
  return lines.join('\n');
}

export interface SchoolView {
  school: string;
  stage: string;
  semester: string;
  status: string;
  provisional: boolean;
  /** null: no self-assessment yet. */
  result: {
    total: number;
    max: number;
    unanswered: number;
    veto: boolean;
    areas: { no: string; title: string; score: number; max: number }[];
    gains: string[];
  } | null;
  rank: { rank: number; of: number; flag: string } | null;
  /** Changes of this school's facts waiting for the office. */
  pendingFacts?: PendingFactLine[];
}

export function schoolText(v: SchoolView): string {
  const head = `${v.school}（${v.stage}）· ${v.semester} · ${v.status}`;
  const r = v.result;
  if (!r) return [head, '本学期还没有自评。发送“发送提醒”催办。', ...pendingFactsText(v.pendingFacts ?? [])].join('\n');
  const score = `${fmt(r.total)}/${fmt(r.max)}${v.provisional ? '（暂定）' : ''}`;
  const lines = r.veto
    ? [`⚠ ${VETO_HEAD}`, head, `已填报发生学生因心理健康问题非正常死亡事件；各项得分 ${score} 不作数，未作答 ${r.unanswered} 条`]
    : [head, `得分 ${score}，未作答 ${r.unanswered} 条`];
  if (v.rank) lines.push(`学段排名 ${v.rank.rank}/${v.rank.of}${v.rank.flag ? `，⚠ ${v.rank.flag}` : ''}`);
  lines.push(r.areas.map((a) => `${a.no} ${a.title} ${fmt(a.score)}/${fmt(a.max)}`).join('\n'));
  if (r.gains.length) lines.push('最值得补：', ...r.gains.map((g, i) => `${i + 1}. ${g}`));
  lines.push(...pendingFactsText(v.pendingFacts ?? []));
  lines.push('发送“导出”下载全部学校的得分表。');
  return lines.join('\n');
}

export interface ReminderView {
  kind: ReminderKind | 'now';
  semester: string;
  assessmentDate: string;
  /** Days from the reminder's day to the assessment date. */
  daysLeft: number;
}

export interface SchoolProgress {
  school: string;
  submitted: boolean;
  answered: number;
  questions: number;
  /** Reasons of requirements answered but not met, e.g. 「专职心理教师 1 名，按 1:1000 师生比需 2 名」. */
  unmet: string[];
}

/** The semester's duties (start of semester), e.g. 「专班会议 不少于 2 次」. */
export function dutiesText(v: ReminderView, duties: readonly string[], school: string | null): string {
  return [
    `【心理健康工作考核】${v.semester}开始了，${school ?? ''}本学期需完成：`,
    ...duties.map((d) => `· ${d}`),
    `考核日 ${v.assessmentDate}（学期结束前15天）。平时留好会议纪要、签到表等过程性资料。`,
    school ? '发送“自评”随时记录进度。' : '校长可私聊我发送“自评”随时记录进度。',
  ].join('\n');
}

function countdown(v: ReminderView): string {
  return v.daysLeft > 0 ? `距考核日（${v.assessmentDate}）还有 ${v.daysLeft} 天` : `考核日（${v.assessmentDate}）已过`;
}

/** Private, to a bound principal: this school's own progress. */
export function principalReminderText(v: ReminderView, p: SchoolProgress): string {
  const title = v.kind === 'overdue' ? '【自评逾期】' : '【自评提醒】';
  const lines = [`${title}${p.school}：${countdown(v)}。`];
  if (p.submitted) {
    lines.push('本学期自评已提交，谢谢！如需修改，在考核日前发送“重新打开”。');
    return lines.join('\n');
  }
  lines.push(`本学期自评已答 ${p.answered}/${p.questions} 题，还有 ${p.questions - p.answered} 题未答。`);
  if (p.unmet.length) {
    const shown = p.unmet.slice(0, 3);
    lines.push(`按目前回答，可能未达标${p.unmet.length > 3 ? `（共 ${p.unmet.length} 项）` : ''}：`, ...shown.map((u) => `· ${u}`));
  }
  lines.push(v.kind === 'overdue' ? '请尽快完成，发送“自评”继续，完成后发送“提交”。' : '发送“自评”继续，完成后发送“提交”。');
  return lines.join('\n');
}

/** To a group: a general notice, no school's data. */
export function roomReminderText(v: ReminderView): string {
  if (v.kind === 'overdue') {
    return `【心理健康工作考核】${v.semester}考核日（${v.assessmentDate}）已过。尚未提交自评的学校，请校长尽快私聊我发送“自评”完成并“提交”。`;
  }
  return `【心理健康工作考核】${countdown(v)}。请各校校长私聊我发送“自评”完成并提交本学期自评；考核办法的问题可在群里@我提问。`;
}
