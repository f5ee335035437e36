/**
 * Round 36 of issue 10: whether the text mentions a thing (有没有体现, 考核涉及…吗, 有没有X这一块) is
 * answered 有 where the clause names it, and the verb of the asking (体现, 提到) is never read as what
 * the text is silent on; a must the clause never states (测评结果要公开吗) gets no 需要; leave to do a
 * thing together with another (跟期末大会一起开) is silent, not 能; a bare 结果 after a question on the
 * assessment is its result. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const first = (q: string) => ask(q).citations[0]?.id;

describe('whether the text mentions a thing (echo.ts RULE_ASKED, silence.ts FRAME, normalize.ts)', () => {
  it('「心理课题研究 在考核里有没有体现」 → 有, 第11条 (was 「原文没有直接规定体现」)', () => {
    const a = ask('心理课题研究 在考核里有没有体现');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(first('心理课题研究 在考核里有没有体现')).toBe('item-11');
  });
  it('「考核有没有提到辅导室要有值班制度」 → 有 (was silent on 提到 with a quote that says it)', () => {
    const a = ask('考核有没有提到辅导室要有值班制度');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('值班');
  });
  it('「考核有没有提到心理老师的工资」 → 有, 同等待遇 (no 原文没有 before a quote on 工资待遇)', () => {
    const a = ask('考核有没有提到心理老师的工资');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
  it('「考核涉及家长课堂吗」「家长课堂考核涉及吗」 → 有, 第15条 (was 四、考核组织实施 for its 所涉及的内容)', () => {
    for (const q of ['考核涉及家长课堂吗', '家长课堂考核涉及吗']) {
      expect(ask(q).answer.startsWith('有。')).toBe(true);
      expect(first(q)).toBe('item-15');
    }
  });
  it('「考核有没有危机干预这一块」 → 有, 第17条 (was 四、考核组织实施)', () => {
    const a = ask('考核有没有危机干预这一块');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(first('考核有没有危机干预这一块')).toBe('item-17');
  });
  it('「就是说 学生 休学复学 这个 考核里 有没有提」 → 有, 第17条', () => {
    expect(ask('就是说 学生 休学复学 这个 考核里 有没有提').answer.startsWith('有。')).toBe(true);
  });
  it('guard: 「辅导室值班的老师有没有值班费」 gets no 有 (money the text never names)', () => {
    expect(ask('辅导室值班的老师有没有值班费').answer.startsWith('有')).toBe(false);
  });
});

describe('a must the clause never states gets no 需要 (unstated.ts, compose.ts)', () => {
  it('「测评结果要公开吗」 → 原文没有直接规定公开 (was 需要。)', () => {
    const a = ask('测评结果要公开吗');
    expect(a.answer.startsWith('需要')).toBe(false);
    expect(a.answer.startsWith('原文没有直接规定公开')).toBe(true);
  });
  it('guard: 「辅导室位置要公布吗」 keeps 要 (第19条 says 公布)', () => {
    expect(ask('辅导室位置要公布吗').answer.startsWith('要。')).toBe(true);
  });
  it('guard: 「心理测评还要补吗」 keeps 需要', () => {
    expect(ask('心理测评还要补吗').answer.startsWith('需要。')).toBe(true);
  });
});

describe('leave to do a thing together with another is not settled by the words (cover.ts, silence.ts)', () => {
  it('「全体教师会议能跟期末大会一起开吗」 → 原文没有直接规定能否和期末大会一起开 (was 能。)', () => {
    const a = ask('全体教师会议能跟期末大会一起开吗');
    expect(a.answer.startsWith('原文没有直接规定能否和期末大会一起开')).toBe(true);
  });
  it('「心理健康经费能不能跟德育经费放一起」 → 不能 (专项经费: money kept with other money is not set apart)', () => {
    expect(ask('心理健康经费能不能跟德育经费放一起').answer.startsWith('不能')).toBe(true);
  });
  it('guard: 「辅导室能不能跟医务室合用」 stays silent, named as asked', () => {
    expect(ask('辅导室能不能跟医务室合用').answer.startsWith('原文没有直接规定能否和医务室合用')).toBe(true);
  });
});

describe('a bare 结果 after a question on the assessment (normalize.ts)', () => {
  it('「考核啥时候搞 结果拿来干嘛用」 answers both: 15天 and 评优 (was only the first)', () => {
    const a = ask('考核啥时候搞 结果拿来干嘛用');
    expect(a.answer).toContain('15天');
    expect(a.answer).toContain('评优');
  });
  it('「考核结果拿来干嘛用」 is in scope, 五、考核结果运用 (was the stock decline)', () => {
    expect(ask('考核结果拿来干嘛用').inScope).toBe(true);
    expect(first('考核结果拿来干嘛用')).toBe('section-results');
  });
});

describe('words of the asking (silence.ts FRAME) and the glossary', () => {
  it('「…办法里提到可以借助哪些校园媒介来开展？」 lists the media of 第13条 (was silent on 提到)', () => {
    const a = ask('我们学校去年成立了心理社团，也办过心理健康月。今年想把活动整体规划一下。办法里提到可以借助哪些校园媒介来开展？');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('校园广播');
  });
  it('guard: 「心理委员有没有补助」: money for a person → silent on 补助', () => {
    expect(ask('心理委员有没有补助').answer.startsWith('原文没有直接规定补助')).toBe(true);
  });
  it('「psychological assessment每年做几次 从几年级开始」 → 第17条 测评 (assessment alone is still 考核)', () => {
    const a = ask('psychological assessment每年做几次 从几年级开始');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });
  it('「mental health survey要cover哪些年级」 → 第17条, 四年级以上 (was silent on 调查)', () => {
    const a = ask('mental health survey要cover哪些年级');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('四年级');
  });
});
