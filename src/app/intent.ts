/**
 * What a (normalised) private or group message asks for. Answers to self-assessment questions
 * are not classified here: an open self-assessment receives every text classified 'other'.
 */
import { isEvidenceCommand } from './evidence.ts';

export type Intent =
  | { kind: 'help' }
  /** 你好, 在吗: a short hello that says what to ask and how to see everything. */
  | { kind: 'hello' }
  | { kind: 'bind'; code: string }
  | { kind: 'office' }
  | { kind: 'switchSchool' }
  | { kind: 'assessment'; start: boolean }
  | { kind: 'evidence' }
  /** 「考核 <学校>」: an inspector starts or resumes that school's inspection (issue 12). */
  | { kind: 'inspect'; school: string }
  | { kind: 'other' };

const ASSESSMENT_START = /^(开始)?自评$|^继续自评$/;
/** Commands of the self-assessment (core/assessment/machine.ts handles them). */
const ASSESSMENT_COMMANDS =
  /^(暂停|继续|跳过|上一题|进度|得分|结果|提交|确认提交|重新打开|取消|确认取消|恢复|补答|(修改|改)\s*第?\s*[0-9一二三四五六七八九十]+\s*[条题]?|(修改|改)\s*(一票)?否决题?)$/;
const OFFICE = /^(完成情况|排名(\s+\S+)?|年度排名(\s+\S+)?|学校(\s+\S+)?|导出|发送提醒|确认结果|公布结果)$/;
// (「考核 是一学期一次还是一年一次」: voice input's space before a question is no school's name.)
const INSPECT = /^(?:开始|继续)?考核\s+(?![^\s]*(?:还是|多少|几|什么|怎么|怎样|啥|么|呢|吧|是不是|有没有|要不要|能不能|哪))(?!(?:是|要|有|在|会|能|算|怎|多|啥|咋)[^\s]*$)([^\s?？吗]+)$/;
/** 帮助, and a newcomer's greeting (「你好」「在吗？」), which gets the same overview. */
const HELP = /^(帮助|help|菜单|\?|？)[?？!！。~]*$/i;
const HELLO = /^(你好|您好|hi|hello|在吗|在不在|你好呀|您好呀)[?？!！。~]*$/i;

export function classify(text: string, ctx: { inAssessment: boolean; lastWasQa: boolean }): Intent {
  const t = text.trim();
  // Inside a self-assessment, 帮助 lists its commands and says how to get back to the question.
  if (HELP.test(t)) return ctx.inAssessment ? { kind: 'assessment', start: false } : { kind: 'help' };
  if (HELLO.test(t)) return ctx.inAssessment ? { kind: 'assessment', start: false } : { kind: 'hello' };
  const bind = /^绑定\s*([A-Za-z0-9]+)$/.exec(t);
  if (bind) return { kind: 'bind', code: bind[1]!.toUpperCase() };
  if (/^绑定/.test(t)) return { kind: 'bind', code: '' };
  if (OFFICE.test(t)) return { kind: 'office' };
  if (isEvidenceCommand(t)) return { kind: 'evidence' };
  const inspect = INSPECT.exec(t);
  if (inspect) return { kind: 'inspect', school: inspect[1]! };
  if (/^切换学校$/.test(t)) return { kind: 'switchSchool' };
  if (ASSESSMENT_START.test(t)) return { kind: 'assessment', start: true };
  if (ASSESSMENT_COMMANDS.test(t)) return { kind: 'assessment', start: false };
  // 「详细」 is the whole breakdown inside a self-assessment, the full clause after a rule answer.
  if (t === '详细' && ctx.inAssessment && !ctx.lastWasQa) return { kind: 'assessment', start: false };
  return { kind: 'other' };
}
