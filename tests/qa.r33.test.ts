/**
 * Round 33 of issue 10: the silence check's second opinion (rubric/silence-model.json, trained by
 * `npm run silence:train` from the older sets' out and rule questions): a lone question it reads as
 * asking what the text never says is told so, with the clause the rules found as the nearest.
 * Over the real rubric, tables and jieba.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/core/qa/answer.ts';
import { useRealQa } from './helpers/qa.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const rulesOnly = (q: string) => answerQuestion({ ...qa.index, silence: undefined }, q);

describe('the silence model (answer.ts, rubric/silence-model.json)', () => {
  it('the shipped model is exactly what `npm run silence:train` trains from tests/qa', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/silence-train.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  }, 60_000);

  it('「有人把学生打架的视频发到网上了，学校该怎么处理」: the rules answer from 第15条; with the model the text is silent, 第15条 nearest', () => {
    const q = '有人把学生打架的视频发到网上了，学校该怎么处理';
    expect(rulesOnly(q).answer.startsWith('原文没有')).toBe(false);
    const a = ask(q);
    expect(a.answer.startsWith('原文没有直接规定这一点。最相关的是第15条')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.inScope).toBe(true);
  });

  it('guard: a figure worked out from the asker’s own numbers is never overridden (「…暑假7月5号放，考核会在几号」 → 6月20日)', () => {
    const a = ask('今年暑假7月5号放，县里考核会在几号左右');
    expect(a.answer).toContain('6月20日');
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });

  it('guard: a rule question keeps its answer (「心理课多久上一次」 → 两周1课时)', () => {
    const a = ask('心理课多久上一次');
    expect(a.answer).toMatch(/两周|2周/);
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
});

describe('the silence model does not decide whether there is a rule', () => {
  it('guard: 「学生因为抑郁想死休学了，复学有没有规定」 → 有, 第17条 (the model read it as silent)', () => {
    const a = ask('学生因为抑郁想死休学了，复学有没有规定');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.citations[0]?.id).toBe('item-17');
  });
});

describe('blind-64 leftovers, mended on principles', () => {
  it('「专职心理老师可以是别的学科老师转过来的吗」 → 可以, the route 第10条 names (本科, 心理学) — qualifications.yaml routes', () => {
    const a = ask('就是说 专职心理老师 可以是别的学科老师转过来的吗');
    expect(a.answer.startsWith('可以')).toBe(true);
    expect(a.answer).toContain('心理学等相关专业本科学历');
    expect(a.citations[0]?.id).toBe('item-10');
  });
  it('guard: a teacher told lacking what the clause asks is still judged (「中文系毕业，没考证…符合吗」 → 不符合)', () => {
    expect(ask('中文系毕业，没考证，参加过岗前培训，符合心理老师的要求吗').answer.startsWith('不符合')).toBe(true);
  });
  it('「我们小学一到六年级，心理测评要测几个年级」 → 3个年级 (4到6)', () => {
    const a = ask('我们小学一到六年级，心理测评要测几个年级');
    expect(a.answer.startsWith('3个年级')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
  it('…a nine-year school counts its junior grades too: 一到九年级 → 6个年级', () => {
    expect(ask('九年一贯制一到九年级，测评测几个年级').answer.startsWith('6个年级')).toBe(true);
  });
  it('「心理经费预算5000元，学生多少人以内才算达标」 → 500人以内; a semester’s 2000元 → 400人', () => {
    const a = ask('心理经费预算5000元，学生多少人以内才算达标');
    expect(a.answer.startsWith('500人以内')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-21');
    expect(ask('一学期经费2000元，学生多少人以内够').answer.startsWith('400人以内')).toBe(true);
  });
  it('guard: students and money told are judged as before (「1200个学生，经费6000元，够不够」 → 不够, 12000)', () => {
    const a = ask('学校有1200个学生，经费6000元，够不够');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('12000');
  });
  it('「学科渗透可以用优秀案例交流代替公开课吗」 → 可以 (alternatives 或 joins, the leave asked before 用)', () => {
    expect(ask('学科渗透可以用优秀案例交流代替公开课吗').answer.startsWith('可以')).toBe(true);
  });
  it('guard: 「能不能用班会课代替心理课」 → 不能 (the clause forbids it)', () => {
    expect(ask('能不能用班会课代替心理课').answer.startsWith('不能')).toBe(true);
  });
  it('「心理课能不能只上半学期，后半学期不上了」 is a halt: 第12条, 不能 (not 第7条’s 每学期)', () => {
    const a = ask('心理课能不能只上半学期，后半学期不上了');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
  });
  it('「导师找谁来当，有啥要求」 names who serves (爱心, 心理学), not an act the text lacks', () => {
    const a = ask('学校说要给这种孩子配成长导师。导师找谁来当，有啥要求？');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('爱心');
    expect(a.answer).toContain('心理学');
  });
  it('「预警学生要二次研判吗？超出学校能力的咋办？」: both parts, the second 转介', () => {
    const a = ask('预警学生要二次研判吗？超出学校能力的咋办？');
    expect(a.answer.startsWith('1. 要')).toBe(true);
    expect(a.answer).toContain('转介');
  });
});

describe('the route of 第10条 answers a yes-or-no only', () => {
  it('guard: 「别的学科老师转岗当心理老师有啥条件」 quotes the sentence, no 可以 put before it', () => {
    const a = ask('别的学科老师转岗当心理老师有啥条件');
    expect(a.answer.startsWith('可以')).toBe(false);
    expect(a.answer).toContain('本科学历的其他教师转任');
  });
});

describe('greetings and acknowledgements the stock decline used to get (scope.ts)', () => {
  const short = (q: string) => {
    const a = ask(q);
    expect(a.inScope, q).toBe(false);
    expect(a.answer.startsWith('这个我答不了'), q).toBe(false);
    expect(a.answer.length, q).toBeLessThanOrEqual(80);
  };
  it('有人吗, 您好，打扰一下, 你好呀小助手, 你好，请问你是谁 → the greeting', () => {
    for (const q of ['有人吗', '您好，打扰一下', '你好呀小助手', '你好，请问你是谁']) short(q);
  });
  it('行，知道了, 没事了, 周末愉快, 明白，我去准备材料 → a short friendly line', () => {
    for (const q of ['行，知道了', '没事了', '周末愉快', '明白，我去准备材料']) short(q);
  });
  it('guard: 「行不行」「辅导室有人吗」「我去准备材料，要哪些」 are not chat', () => {
    for (const q of ['心理课三周上一次行不行', '辅导室晚上有人吗', '明白，我去准备材料，要准备哪些']) expect(ask(q).answer.length, q).toBeGreaterThan(0);
    expect(ask('明白，我去准备材料，要准备哪些').answer).not.toBe(ask('明白').answer);
    expect(ask('心理课三周上一次行不行').answer.startsWith('不行')).toBe(true);
  });
});
