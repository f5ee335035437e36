/**
 * Rule questions that share crisis words (issue 10, sections 1 and 2): 「…能算…吗」 answered from the
 * clause on what it would count as (src/core/qa/counts.ts), and a student's death asked about as
 * its effect on the assessment (the veto), each with the right clause first and a verdict.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { countsAs, countsVerdict } from '../src/core/qa/counts.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('「能算…吗」: the clause on what it would count as, and 算 from its words', () => {
  it.each([
    ['我们想搞一次自杀预防讲座，这个能算心理健康主题活动吗', 'item-13'],
    ['想给家长开一次怎么识别孩子自残迹象的讲座，能算进家长课堂吗', 'item-15'],
    ['以生命教育为主题的班会，能不能算进每学期那2次主题班团队会？', 'item-12'],
    ['心理橱窗算主题活动吗', 'item-13'],
  ])('「%s」 → 算, %s', (q, first) => {
    const a = ask(q);
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe(first);
    expect(a.answer.startsWith('算。'), a.answer).toBe(true);
    // One answer, not one per clause of the message; no count read from the rule's own 那2次.
    expect(a.answer).not.toMatch(/^1\. |你说的是/);
  });

  it('reads the target after 算, and the thing before it', () => {
    expect(countsAs('想给家长开一次讲座，能算进家长课堂吗')).toEqual({ target: '家长课堂', rest: '想给家长开一次讲座，' });
    expect(countsAs('考核分数怎么算')).toBeNull();
  });

  it('does not count a requirement of its own in another sentence as the target (家长会 is not 家长课堂)', () => {
    const p = qa.index.byId.get('item-15')!;
    expect(countsVerdict(qa.index, '家长会能算家长课堂吗', p.text)).toBe('不算。家长会和家长课堂是两项分开的要求。');
    expect(countsVerdict(qa.index, '家长讲座能算家长课堂吗', p.text)).toBe('算。');
  });
});

describe('a student’s death asked about as its effect on the assessment', () => {
  it('answers with the veto, not a check-in or a refusal', () => {
    const a = ask('我们今年其他各项几乎满分，但这学期有个学生因为抑郁症去世了，会对考核有什么影响？');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('一票否决');
    expect(a.answer).not.toMatch(/^1\. /);
  });

  it('keeps 烦死了 out of it: chat about being fed up is no death', () => {
    expect(ask('烦死了烦死了 专班会议这学期到底要开几次 我真的要疯').citations[0]?.id).toBe('item-2');
  });
});

describe('more rule questions with crisis words', () => {
  it('「学校发生学生跳楼，校长会被问责吗」 → 会, the veto sentence', () => {
    const a = ask('学校发生学生跳楼，校长会被问责吗');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('会。'), a.answer).toBe(true);
    expect(a.answer).toContain('问责');
  });

  it('「防自杀的主题班会能算心理课吗」 → 不算: what may not stand for the lesson does not count as it', () => {
    const a = ask('防自杀的主题班会能算心理课吗');
    expect(a.answer.startsWith('不算。'), a.answer).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
  });
});
