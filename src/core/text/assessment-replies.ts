/**
 * Reply templates of the self-assessment conversation (core/assessment/machine.ts), all in one
 * place. Simplified Chinese, short enough for a phone, each ending with what to type next.
 * Pure.
 */
import { answeredGains } from '../rubric/engine.ts';
import type { Rubric, SchoolFacts } from '../rubric/schema.ts';
import type { ItemResult, SemesterResult } from '../rubric/result.ts';
import { semesterLabel } from '../reminders/semester.ts';
import { shownInput } from './privacy.ts';

/** A phone screen's worth: the result view stays within this many characters. */
export const PHONE_CHARS = 600;
/** One chat message of the detailed view at most. */
export const MESSAGE_CHARS = 1500;

/** 「初中·公办·学生 1800 人·共 36 个班·无寄宿生」. */
export function factsSummary(f: Partial<SchoolFacts>, classesFromGrade4: boolean): string {
  const parts = [
    f.stage && (f.rankStage && f.rankStage !== f.stage ? `${f.stage}（按${f.rankStage}排名）` : f.stage),
    f.ownership,
    f.students !== undefined && `学生 ${f.students} 人`,
    f.classesFromGrade4 !== undefined &&
      (classesFromGrade4 ? `四年级及以上 ${f.classesFromGrade4} 个班` : `共 ${f.classesFromGrade4} 个班`),
    f.boarding !== undefined && (f.boarding ? '有寄宿生' : '无寄宿生'),
  ];
  return parts.filter((p): p is string => typeof p === 'string').join('·');
}

const CONTINUE = '回复“继续”接着答。';
const RESULT_COMMANDS = '回复“得分”或“详细”查看结果。';

export const ASSESS_TEXT = {
  intro: (school: string, semester: string, count: number) =>
    `开始${school}${semesterLabel(semester)}自评，共 ${count} 题。可随时回复“暂停”，下次回复“自评”接着答；回复“帮助”看全部命令。`,
  factsCheck: (summary: string) => `学校基本信息：${summary} 仍然准确吗？（是/否）\n准确请回复“是”，要修改请回复“否”。`,
  factsRecheck: '好的，请逐项核对学校基本信息。',
  question: (position: string, text: string, current: string | null, hint: string) =>
    [`（${position}）`, text, ...(current ? [current] : []), hint].join('\n'),
  currentAnswer: (answer: string) => `当前答案：${answer}；不改请回复“跳过”。`,
  currentFact: (value: string) => `当前：${value}；不变请回复“不变”。`,
  recorded: (label: string, answer: string) => `已记录${label}：${answer}。`,
  confirmFactChange: (label: string, from: string, to: string, implausible?: string) =>
    `${implausible ? `${implausible.replace(/确认请回复.*$/, '')}\n` : ''}${label}：${from} → ${to}？学校基本信息以县教育局的记录为准，改动提交教育局审核，审核前仍按 ${from} 计分。确认请回复“确认”，否则请重新输入。`,
  factChangeAsked: (label: string, from: string, to: string) => `已提交县教育局审核：${label} ${from} → ${to}；审核前仍按 ${from} 计分。`,
  answeredMeanwhile: (label: string, answer: string | null) =>
    answer === null
      ? `${label}刚刚已被他人改动，您的回答没有记录。`
      : `${label}刚刚已由他人回答：${answer}。您的回答没有记录；要改请回复“修改 N”。`,
  /** A value read by the optional language model: stored only after the user says 是. */
  readBack: (answer: string) => `我理解您的回答是：${answer}。对吗？对请回复“是”，不对请回复“否”重新回答。`,
  skipped: '已跳过，之后可回复“修改 N”补答。',
  kept: '保持不变。',
  cannotSkipFact: '学校基本信息是计分依据，不能跳过。',
  firstAlready: '已经是第一题了。',
  answerFactsCheck: '请先回复“是”或“否”，确认学校基本信息。',
  noSuchItem: (n: number, count: number) => `没有第${shownInput(String(n))}条，考核细则共 ${count} 条。请回复“修改 N”，N 为 1–${count}。`,
  itemNotAsked: (no: number, explain: string) => `第${no}条不单独提问（${explain}）。请回复“修改 N”修改其他条目，或“继续”接着答。`,
  editing: (no: number, title: string) => `修改第${no}条（${title}），改完回到刚才的位置。`,
  editingFacts: '修改学校基本信息，改完回到刚才的位置。',
  backToQuestion: '改好了，回到刚才的题：',
  backToSummary: '改好了。',
  failed: (reprompt: string, failures: number, isFact: boolean) =>
    failures < 3
      ? reprompt
      : `${reprompt}\n${isFact ? '如需先查一下，可回复“暂停”，查清后回复“继续”。' : '如果一时答不上来，可以回复“跳过”先跳过本题，之后用“修改 N”补答。'}`,
  factNotUnknown: '学校基本信息是计分依据，不能答“不知道”。如需先查一下，可回复“暂停”，查清后回复“继续”。',
  confirmVeto:
    '您回答“是”：本学期发生了因心理健康问题导致的学生非正常死亡事件。按考核办法将一票否决，本学年考核不合格。确认请回复“确认”，答错了请回复“否”。',
  paused: (answered: number, total: number) => `已暂停，答案都已保存（已答 ${answered}/${total} 题）。${CONTINUE}`,
  pausedAlready: `自评已暂停。${CONTINUE}`,
  resumed: (answered: number, total: number, skipped: number) =>
    `继续自评：已答 ${answered}/${total} 题${skipped > 0 ? `，跳过 ${skipped} 题` : ''}。`,
  progress: (answered: number, total: number, skipped: number, skippedItems: string, where: string) =>
    `自评进度：已答 ${answered}/${total} 题${skipped > 0 ? `，跳过 ${skipped} 题（${skippedItems}）` : ''}。当前：${where}。`,
  whereSummary: '已走完全部题目',
  whereFactsCheck: '核对学校基本信息',
  allDone: (count: number) => `全部 ${count} 题已答完。`,
  doneWithGaps: (open: number, items: string) => `题目已走完，还有 ${open} 题未答（${items}）。`,
  factsMissing: '学校基本信息还没填完或未确认，回复“修改基本信息”核对。',
  summaryTail: (canSubmit: boolean) =>
    canSubmit ? '回复“提交”提交，或“修改 N”修改。' : '请校长回复“提交”提交；您也可回复“修改 N”修改。',
  atSummary: '题目已走完。回复“提交”提交，“修改 N”修改，“得分”看结果。',
  nothingToSkip: '题目已走完，没有可跳过的题。回复“提交”提交，或“修改 N”修改。',
  ruleInterrupt: (answer: string, prompt: string) => `${answer}\n\n—— 接着自评 ——\n${prompt}`,
  submitAsk: (open: number, items: string) =>
    `确认提交吗？提交后答案锁定，教育局可以看到。${open > 0 ? `还有 ${open} 题未答（${items}），未答的不得分。` : ''}回复“确认提交”提交，回复其他内容继续修改。`,
  submitOnlyPrincipal: '只有校长可以提交自评。您可以继续答题或修改，答完后请校长回复“提交”。',
  submitNeedsFacts: '学校基本信息还没填完或未确认，不能提交。回复“修改基本信息”核对。',
  submitted: (score: string, until: string | null, veto: boolean) =>
    `${veto ? `${VETO_HEAD}\n已提交本学期自评：已填报发生学生因心理健康问题非正常死亡事件，各项得分${score}不作数。` : `已提交本学期自评，得分${score}。`}答案已锁定，教育局可以看到。${until ? `如需修改，请在 ${until} 前回复“重新打开”。` : RESULT_COMMANDS}`,
  locked: (until: string | null) =>
    until
      ? `本学期自评已提交，答案已锁定。如需修改，请在 ${until} 前回复“重新打开”；${RESULT_COMMANDS}`
      : `本学期自评已提交，考核日已到，不能再修改。${RESULT_COMMANDS}`,
  reopened: '已重新打开，可以修改。回复“补答”补答未答和跳过的题（含一票否决题），“修改 N”修改第N条，“修改 一票否决”改一票否决题；改完回复“提交”重新提交。',
  undoOnlyPrincipal: '只有校长或县教育局可以重新打开、取消或恢复自评。',
  fillingGaps: (open: number, items: string) => `补答未答和跳过的题，共 ${open} 题（${items}），答完回到刚才的位置。`,
  gapsDone: '未答的题都补完了。',
  noGaps: '没有未答或跳过的题。',
  editingVeto: '修改一票否决题，改完回到刚才的位置。',
  restored: (n: number) => `已恢复 ${n} 题答案。`,
  restorable: (n: number) => `上次取消的自评有 ${n} 题答案，校长回复“恢复”可以找回。`,
  nothingToRestore: '没有可恢复的答案。',
  reopenTooLate: (date: string) => `考核日（${date}）已到，不能再重新打开。${RESULT_COMMANDS}`,
  notSubmitted: '自评还没有提交，不需要重新打开。',
  cancelAsk: '确定取消本学期自评吗？取消后答案保留在记录里，本学期内回复“恢复”可以找回。回复“确认取消”取消，回复其他内容继续自评。',
  cancelled: '已取消本学期自评，答案保留在记录里。回复“恢复”找回，或回复“自评”重新开始。',
  cancelledAlready: '本学期自评已取消。回复“恢复”找回答案，或回复“自评”重新开始。',
  continueTail: CONTINUE,
  help: (tail: string) =>
    [
      '自评命令（随时可用）：',
      '暂停 / 继续：暂停，或接着答',
      '跳过：跳过本题；上一题：回到上一题',
      '修改 N：改第N条，如“修改 10”；修改 一票否决；修改基本信息',
      '补答：逐题补答未答和跳过的题（含一票否决题）',
      '进度：看进度；得分：看暂定得分；详细：看全部扣分',
      '提交：校长确认后提交；重新打开：考核日前撤回修改',
      '取消：校长取消本学期自评（答案保留）；恢复：找回取消的答案',
      '答题中也可以直接问考核办法，如“心理课多久上一次”“原文 10”。',
      tail,
    ].join('\n'),
} as const;

/** 「第4、7、12条」 */
function itemList(nos: readonly number[]): string {
  return nos.length > 0 ? `第${nos.join('、')}条` : '';
}

const STATUS: Record<ItemResult['status'], string> = {
  met: '达标',
  partial: '部分达标',
  unmet: '未达标',
  unanswered: '未答',
};

/** 「（暂定）72.5/100 分」 */
export const scoreText = (r: SemesterResult) => `${r.provisional ? '（暂定）' : ''}${r.total}/${r.max} 分`;

interface Deduction {
  no: number;
  lost: number;
  reason: string;
  /** Scored from the other items (第1条): its loss follows from theirs, so it is listed after them. */
  derived: boolean;
}

/**
 * One line per cause of lost points (an item that missed two requirements gives two lines), most
 * points lost first, derived items last.
 */
function deductions(result: SemesterResult): Deduction[] {
  return result.items
    .filter((i) => (i.status === 'partial' || i.status === 'unmet') && i.score < i.max)
    .flatMap((i): Deduction[] =>
      i.requirements.length > 0
        ? i.requirements
            .filter((r) => r.score < r.max)
            .map((r) => ({ no: i.no, lost: Number((r.max - r.score).toFixed(2)), reason: r.reason, derived: false }))
        : [{ no: i.no, lost: Number((i.max - i.score).toFixed(2)), reason: i.reasons.join('；'), derived: true }],
    )
    .sort((a, b) => Number(a.derived) - Number(b.derived) || b.lost - a.lost || a.no - b.no);
}

/** Evidence to prepare for every item with a gap, in item order. */
function evidence(result: SemesterResult, rubric: Rubric): { no: number; list: string[] }[] {
  return result.items
    .filter((i) => i.status === 'partial' || i.status === 'unmet')
    .map((i) => ({ no: i.no, list: rubric.items.find((x) => x.id === i.id)?.evidence ?? [] }))
    .filter((e) => e.list.length > 0);
}

function areaLines(result: SemesterResult, perLine: number): string[] {
  const cells = result.areas.map((a) => `${a.no} ${a.score}/${a.max}`);
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += perLine) lines.push(cells.slice(i, i + perLine).join('｜'));
  return lines;
}

function unansweredNos(result: SemesterResult): number[] {
  return result.items.filter((i) => i.status === 'unanswered').map((i) => i.no);
}

/** What every view of a vetoed result leads with. */
export const VETO_HEAD = '一票否决 · 年度考核不合格';
const VETO_LINE = '⚠ 已填报发生学生因心理健康问题非正常死亡事件，各项得分不作数。';

/**
 * The result on one phone screen (≤ PHONE_CHARS with the tail): total, area subtotals, unanswered
 * items, the largest deductions with their reasons, the three largest gains and the evidence to
 * prepare. Lists are shortened, largest first, until it fits; 「详细」 has everything.
 */
export function resultPhone(result: SemesterResult, rubric: Rubric, frame: { head?: string; tail: string }): string {
  const cuts = deductions(result);
  const gains = answeredGains(result).slice(0, 3);
  const proofs = evidence(result, rubric);
  const open = unansweredNos(result);
  const build = (nCuts: number, nProofs: number): string => {
    const more = nCuts < cuts.length || nProofs < proofs.length;
    return [
      ...(result.veto ? [VETO_HEAD, VETO_LINE] : []),
      ...(frame.head ? [frame.head] : []),
      result.veto ? `各项得分${scoreText(result)}（不作数）` : `自评得分${scoreText(result)}`,
      ...areaLines(result, 4),
      ...(open.length > 0 ? [`未答 ${open.length} 条：${itemList(open)}`] : []),
      ...(cuts.length > 0 ? ['扣分：', ...cuts.slice(0, nCuts).map((d) => `· 第${d.no}条 −${d.lost}：${d.reason}`)] : []),
      ...(gains.length > 0 ? ['最能提分：', ...gains.map((g, i) => `${i + 1}. ${g.text}`)] : []),
      ...(nProofs > 0 ? ['需备资料：', ...proofs.slice(0, nProofs).map((e) => `· 第${e.no}条：${e.list.slice(0, 3).join('、')}${e.list.length > 3 ? '等' : ''}`)] : []),
      ...(more ? ['回复“详细”看全部扣分和资料清单。'] : []),
      frame.tail,
    ].join('\n');
  };
  let nCuts = Math.min(5, cuts.length);
  let nProofs = proofs.length;
  let text = build(nCuts, nProofs);
  while (text.length > PHONE_CHARS && (nProofs > 0 || nCuts > 1)) {
    if (nProofs > 0) nProofs--;
    else nCuts--;
    text = build(nCuts, nProofs);
  }
  return text;
}

/** The whole breakdown, area by area and item by item, split into messages of ≤ MESSAGE_CHARS. */
export function resultDetail(result: SemesterResult, rubric: Rubric, tail: string): string[] {
  const open = unansweredNos(result);
  const lines = [
    ...(result.veto ? [VETO_HEAD, VETO_LINE] : []),
    `自评详细结果：${scoreText(result)}${result.veto ? '（不作数）' : ''}${open.length > 0 ? `，未答 ${open.length} 条` : ''}`,
  ];
  for (const area of result.areas) {
    lines.push('', `【${area.no} ${area.title}】${area.score}/${area.max}`);
    for (const item of result.items.filter((i) => i.area === area.id)) {
      lines.push(`第${item.no}条 ${item.title}：${item.score}/${item.max}（${STATUS[item.status]}）`);
      lines.push(...item.reasons.map((r) => `· ${r}`));
      if (item.status === 'partial' || item.status === 'unmet') {
        const list = rubric.items.find((x) => x.id === item.id)?.evidence ?? [];
        if (list.length > 0) lines.push(`需备资料：${list.join('、')}`);
      }
    }
  }
  const gains = answeredGains(result);
  if (gains.length > 0) lines.push('', '提分建议：', ...gains.map((g, i) => `${i + 1}. ${g.text}`));
  lines.push('', tail);
  return splitMessages(lines);
}

const CONTINUED = '（未完，见下一条）';

/** Joins lines into messages of at most MESSAGE_CHARS, breaking only between lines. */
function splitMessages(lines: readonly string[]): string[] {
  const limit = MESSAGE_CHARS - CONTINUED.length - 1;
  const out: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines.flatMap((l) => chop(l, limit))) {
    if (current.length > 0 && size + 1 + line.length > limit) {
      out.push([...current, CONTINUED].join('\n').replace(/^\n+/, ''));
      current = [];
      size = 0;
    }
    size += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
  }
  out.push(current.join('\n').replace(/^\n+/, ''));
  return out;
}

function chop(line: string, limit: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += limit) parts.push(line.slice(i, i + limit));
  return parts.length > 0 ? parts : [line];
}
