/**
 * Points, scores and class counts from the asker's own words (issue 10, section 2), over the real
 * rubric: an item's points asked by its name (「政策落实那一条满分是几分」), the whole assessment's
 * (「整个考核满分」), what a requirement left undone costs (「没听课，扣多少」), two semesters called
 * 上半年 / 下半年, and classes told stretch by stretch in a sentence of their own.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { gradeClasses } from '../src/core/qa/staff.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('points asked for', () => {
  it.each([
    ['政策落实那一条满分是几分？', 'item-1', '满分10分'],
    ['领导小组和工作专班这一项占几分', 'item-2', '满分6分'],
    ['整个考核满分一共多少分', 'section-content', '满分100分'],
  ])('「%s」 → %s', (q, first, must) => {
    const a = ask(q);
    expect(a.citations[0]?.id).toBe(first);
    expect(a.answer).toContain(must);
    expect(a.answer).not.toMatch(/^原文没有直接规定/);
  });

  it('what a requirement left undone costs: 扣 its points', () => {
    const a = ask('督学这学期来参加了心理活动，但没听课，扣多少');
    expect(a.answer.startsWith('扣1.5分。'), a.answer).toBe(true);
    expect(a.citations[0]?.id).toBe('item-7');
  });
});

describe('the asker’s scores and classes', () => {
  it('adds two semesters called 上半年 / 下半年', () => {
    expect(ask('我们上半年考核92分，下半年88分，年度最终得分是多少').answer).toContain('年度得分180分');
  });

  it('counts classes told stretch by stretch, without grades 1–3, from a sentence of their own', () => {
    expect(gradeClasses('小学部一到三年级有12个班，四到六年级有10个班，初中部一共9个班')).toEqual({ total: 31, lower: 12 });
    // Alone, they are all grades 1–3 (round 12); beside the school's own count they are a part of it.
    expect(gradeClasses('一到三年级有12个班')).toEqual({ total: 12, lower: 12 });
    expect(gradeClasses('全校24个班，一到三年级有12个班')).toBeNull();
    const a = ask('我们是九年一贯制学校，小学部一到三年级有12个班，四到六年级有10个班，初中部一共9个班。我要报心理委员名单，最少需要多少名？');
    expect(a.answer).toContain('不少于38名');
    // 需要多少 asks how many, not whether any.
    expect(a.answer.startsWith('需要。')).toBe(false);
    expect(a.answer).not.toMatch(/^1\. /);
  });
});

describe('the kind of figure asked for, and the rule’s own place', () => {
  it('a count of people (每人1名) does not answer how often (谈几次话): silent, the 谈心谈话 sentence quoted', () => {
    const a = ask('成长导师每周要找学生谈几次话');
    expect(a.answer).toMatch(/^原文没有直接规定/);
    expect(a.answer).toContain('谈心谈话');
  });

  it('「职业学校排名末位有什么后果」 quotes the sentence (后三位 beside 末位), not a 会 about 倒数第1', () => {
    const a = ask('职业学校排名末位有什么后果？普通中小学又是怎么规定的？');
    expect(a.answer).toContain('后三位');
    expect(a.answer).not.toMatch(/^会。/);
    // A yes/no about a place still gets its verdict.
    expect(ask('小学排倒数第四会不会被取消评优').answer.startsWith('不会。')).toBe(true);
  });
});

describe('figures that are the asker’s, and subjects a follow-up leaves out', () => {
  it('a numeral inside the rubric’s own term (二次研判) is no figure of the asker’s', () => {
    const a = ask('预警学生要二次研判吗');
    expect(a.answer.startsWith('要。'), a.answer).toBe(true);
    expect(a.answer).not.toContain('你说的是');
  });

  it('a clause that starts at its verb (需不需要培训) takes the subject of the one before it', () => {
    const a = ask('心理健康安全员每个岗位至少几个，需不需要培训');
    expect(a.answer).toMatch(/^1\. /);
    expect(a.answer).toMatch(/\n2\. 需要。/);
    expect(a.citations[0]?.id).toBe('item-9');
  });
});

describe('several grades asked at once', () => {
  it('「一二三年级也必须测吗」 against 小学四年级以上 → 不需要, the plan’s own range aside', () => {
    const a = ask('我们是小学 打算1到6年级全部做心理测评 一二三年级也必须测吗');
    expect(a.answer.startsWith('不需要。'), a.answer).toBe(true);
    expect(a.answer).toContain('四年级');
  });
});
