/**
 * The self-assessment's (and the inspection's) commands as typed, and the small readers the
 * machine shares: 「修改 N」, a text that reads as a question, a plain 是/否. Pure.
 */
import type { Question } from '../rubric/schema.ts';
import { parseNumber } from '../text/numbers.ts';
import { parseAnswer } from './parse.ts';

export type Command =
  | { kind: 'start' | 'resume' | 'pause' | 'skip' | 'back' | 'editFacts' | 'progress' | 'score' | 'detail' }
  | { kind: 'submit' | 'confirmSubmit' | 'reopen' | 'cancel' | 'confirmCancel' | 'help' | 'keep' | 'confirm' }
  | { kind: 'fillGaps' | 'restore' | 'editVeto' }
  | { kind: 'edit'; no: number };

const COMMANDS: Readonly<Record<string, Exclude<Command['kind'], 'edit'>>> = {
  自评: 'start', 开始自评: 'start', 继续自评: 'start',
  继续: 'resume',
  暂停: 'pause', 暂停自评: 'pause', 先暂停: 'pause',
  跳过: 'skip', 跳过本题: 'skip', 下一题: 'skip',
  上一题: 'back', 上一个: 'back', 返回上一题: 'back',
  修改基本信息: 'editFacts', 改基本信息: 'editFacts',
  进度: 'progress', 查看进度: 'progress',
  得分: 'score', 结果: 'score', 分数: 'score', 查看得分: 'score', 查看结果: 'score',
  详细: 'detail', 详情: 'detail', 详细结果: 'detail',
  提交: 'submit', 确认提交: 'confirmSubmit',
  重新打开: 'reopen',
  取消: 'cancel', 取消自评: 'cancel', 确认取消: 'confirmCancel',
  帮助: 'help', 命令: 'help', 菜单: 'help', help: 'help', '?': 'help',
  不变: 'keep', 没变: 'keep', 同上: 'keep',
  确认: 'confirm', 确定: 'confirm',
  补答: 'fillGaps', 补答未答题: 'fillGaps', 补充作答: 'fillGaps', 补填: 'fillGaps',
  恢复: 'restore', 恢复答案: 'restore', 恢复自评: 'restore',
  修改一票否决: 'editVeto', 修改否决: 'editVeto', 改一票否决: 'editVeto', 修改一票否决题: 'editVeto',
};

/** 「修改 10」「改第10条」「修改第十条」 */
const EDIT = /^(?:修改|更改|改|回到)第?([0-9零〇一二两三四五六七八九十]+)[条题]?$/;

export function parseCommand(text: string): Command | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[。.!！~]+$/, '');
  const kind = COMMANDS[t];
  if (kind) return { kind };
  const m = EDIT.exec(t);
  const no = m?.[1] ? parseNumber(m[1]) : null;
  return no !== null && Number.isInteger(no) ? { kind: 'edit', no } : null;
}

/** Texts that read as a question rather than an answer (or 「原文 10」「第10条」) are offered to the rule Q&A first. */
export const QUESTION_LIKE =
  /[?？吗呢]|多少|多久|多长|几[个次名节条小人天周]|怎么|咋|什么|啥|如何|哪|为什么|是否|要不要|能不能|可不可以|有没有.*要求|^\s*原文|^\s*第\s*[0-9一二三四五六七八九十]+\s*条\s*$/;

const YESNO: Question = { id: 'q-0-confirm', text: '', type: 'yesno' };

export function yesNo(text: string): boolean | null {
  const r = parseAnswer(YESNO, text);
  return r.ok && typeof r.value === 'boolean' ? r.value : null;
}
