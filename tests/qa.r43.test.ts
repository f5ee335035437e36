/**
 * Round 43 of issue 10: a bare head noun completed from the piece before (结果 → 考核结果); OK吗 after a
 * claim (对吗); a kind said to be out of 这个考核范围 → 不是; what a sub-item earns (这一小项能得几分 → 0分);
 * A不A verbs with no modal (公不公布 → 会, 记不记工作量 → 要); typos (专向, 发展规化, 年度计画, 考核激力);
 * which area an item belongs to; 顺带 as a filler; 组织 as a bare verb; the told part before 还要…什么;
 * a school revising its own plan (修订发展规划) is no 修订 of the 纲要; 和家长沟通 as 家校沟通; a grade
 * asked with 也要 before a per-class count. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { normalize } from '../src/core/text/normalize.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(normalize(q));
const first = (q: string) => ask(q).citations[0]?.id;

describe('a piece after another (normalize.ts withTopics)', () => {
  it('「考核结果跟什么挂钩？结果由谁来确定？」 answers both (the second was declined)', () => {
    const a = ask('考核结果跟什么挂钩？结果由谁来确定？');
    expect(a.answer).toContain('评优评先');
    expect(a.answer).toContain('领导小组');
    expect(a.answer).not.toContain('没有回答');
  });
  it('「学科老师上课要不要顺带渗透心理健康？学校得组织点啥？」 → 要, 第14条\'s 公开课 (was silent on 顺带, then the organisation section)', () => {
    const a = ask('学科老师上课要不要顺带渗透心理健康？学校得组织点啥？');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.answer).toContain('公开课');
    expect(a.citations.map((c) => c.id)).not.toContain('section-organization');
  });
  it('guard: 「考核什么时候考？谁来组织？」 still answers who organises it', () => {
    const a = ask('考核什么时候考？谁来组织？').answer;
    expect(a).toContain('学期结束前15天');
    expect(a).toContain('领导小组');
  });
  it('guard: 「考核由谁组织」 and 「组织领导有什么要求」 keep their sections', () => {
    expect(first('考核由谁组织')).toBe('section-organization');
    expect(ask('组织领导有什么要求').answer).toContain('第2条');
  });
  it('「防学生自杀的危机干预要做到“一生一策”，还要建立什么预警机制？」 → 分级预警 (was the 一生一策 sentence told)', () => {
    const a = ask('防学生自杀的危机干预要做到“一生一策”，还要建立什么预警机制？');
    expect(first('防学生自杀的危机干预要做到“一生一策”，还要建立什么预警机制？')).toBe('item-17');
    expect(a.answer).toContain('分级预警');
  });
});

describe('verdicts asked in other words', () => {
  it('「annual score 就是两个 semester 的分加起来，OK吗？」 → 是 (was no verdict)', () => {
    expect(ask('annual score 就是两个 semester 的分加起来，OK吗？').answer.startsWith('是')).toBe(true);
  });
  it('「…有同事说民办学校不在这个考核范围里。是这样吗？」 → 不是 (was 包括)', () => {
    expect(ask('我们是民办学校，新办三年，规模不大。有同事说民办学校不在这个考核范围里。是这样吗？').answer.startsWith('不是')).toBe(true);
  });
  it('「专班会议没开够，这一小项能得几分？」 → 0分 (was 扣2分 only)', () => {
    const a = ask('上学期校领导换了两次，专班会议只开了一次。专班会议没开够，这一小项能得几分？').answer;
    expect(a.startsWith('这一小项得0分')).toBe(true);
    expect(ask('没有辅导室扣几分').answer.startsWith('扣2分')).toBe(true);
  });
  it('「考和结果最后公不公布？」 → 会; 「兼职心里老师上课和辅导记不记工作量？」 → 要 (were no verdict)', () => {
    expect(ask('考和结果最后公不公布？').answer.startsWith('会')).toBe(true);
    expect(ask('兼职心里老师上课和辅导记不记工作量？').answer.startsWith('要')).toBe(true);
    expect(ask('位置和求助电话要公不公布').answer.startsWith('要')).toBe(true);
  });
  it('「五年级的4个班也要按每班2个配心理委员吗」 → 需要 (was 够); 三年级 → 不需要', () => {
    expect(ask('五年级的4个班也要按每班2个配心理委员吗').answer.startsWith('需要')).toBe(true);
    expect(ask('三年级的3个班也要按每班2个配心理委员吗').answer.startsWith('不需要')).toBe(true);
    expect(ask('我们五年级每班配了2个心理委员，够吗').answer.startsWith('够')).toBe(true);
    // (No grade asked: 都要 is every class of the grades the clause covers.)
    expect(ask('那个心理委员 是不是每个班都要两个 一男一女').answer.startsWith('是')).toBe(true);
  });
  it('「考核激力、追责问责这些机制属于哪一项考核内容」 → 第6条, in 规章制度 (was 是，属于)', () => {
    const a = ask('考核激力、追责问责这些机制属于哪一项考核内容').answer;
    expect(a.startsWith('第6条')).toBe(true);
    expect(a).toContain('规章制度');
  });
});

describe('words (synonyms.yaml)', () => {
  it('typos: 专向经费, 发展规化, 年度计画', () => {
    expect(ask('心里健康经废要不要单独设专向经费？').answer.startsWith('需要')).toBe(true);
    const plan = ask('心里健康教育要纳入学校的发展规化和年度计画吗');
    expect(plan.citations[0]?.id).toBe('item-1');
    expect(plan.answer).toContain('发展规划');
  });
  it('「我们学校正在修订发展规划…心理健康教育这块要不要写进去？」 → 第1条, 要 (was 考核依据\'s 2012年修订)', () => {
    const q = '我们学校正在修订发展规划，也在写明年的工作计划。校办主任让我问一下，心理健康教育这块要不要写进去？';
    expect(first(q)).toBe('item-1');
    expect(ask(q).answer.startsWith('要')).toBe(true);
  });
  it('「…办法对老师平时和家长沟通有要求吗？」 → 第15条 (3) 常态化 (was 家长课堂)', () => {
    const a = ask('我们班主任一般只在家长会上见家长，平时很少联系。有家长反映孩子在家情绪不好，老师却不知道。办法对老师平时和家长沟通有要求吗？').answer;
    expect(a).toContain('常态化');
  });
});
