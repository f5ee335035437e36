/**
 * Round 15 of issue 10: a question plainly about the rubric (it names a thing only a few clauses speak
 * of, and asks a verdict, a rule or the assessment) that every other stage declined gets its nearest
 * clause (nearest.ts): the verdict when the clause's data decides one, else what it says, with
 * 原文没有直接规定… for what it does not. Chat that only names such a thing is still declined.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { QA_TEXT } from '../src/core/text/qa-replies.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the nearest clause, never the stock refusal', () => {
  it('倾听一刻钟改成每周一次 一次聊一小时 行吗 → 不行, every day (第16条)', () => {
    const a = ask('倾听一刻钟改成每周一次 一次聊一小时 行吗');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer.startsWith('不行。')).toBe(true);
  });

  it('a case the veto sentence does not settle (在校期间还是寒暑假) is silent, from 五、考核结果运用', () => {
    const a = ask('一票否决说的学生非正常死亡 是只算在校期间还是寒暑假在家出事也算');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith(QA_TEXT.silentLead)).toBe(true);
  });

  it('a figure the clause never gives stays silent (成长导师每个月至少谈几次话)', () => {
    const a = ask('全员导师制要写频次，成长导师跟结对学生每个月至少谈几次话才符合考核');
    expect(a.answer.startsWith(QA_TEXT.silentLead)).toBe(true);
  });

  it('a day asked about, or chat that asks nothing of the rubric, is still declined', () => {
    expect(ask('今天中午食堂吃啥').inScope).toBe(false);
    expect(ask('宿管阿姨脾气不好怎么办？').inScope).toBe(false);
    expect(ask('经费报销流程是什么？').inScope).toBe(false);
  });
});

describe('goodbyes that promise a later talk', () => {
  it('「晚安，明天再来问你」「谢谢，今天就到这」「明天再来问你」 get the goodbye, not the decline', () => {
    for (const q of ['晚安，明天再来问你', '谢谢，今天就到这', '明天再来问你', '好的，明天再问']) {
      const a = ask(q);
      expect(a.answer.startsWith('好的，再见')).toBe(true);
    }
  });

  it('「早上好，今天也辛苦你啦」 gets the greeting', () => {
    expect(ask('早上好，今天也辛苦你啦').answer.startsWith('你好')).toBe(true);
  });
});

describe('words that belong to the asker, not to the assessment', () => {
  it('哪里不达标 is a verdict on the case, not 不合格 of the veto: 第11条 judged', () => {
    const a = ask('这学期：全体教职工的心理健康培训0次，给心理老师和班主任的主题培训3次。培训这块哪里不达标？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('还差1次');
  });

  it('测评一年搞一次 is the screening\'s rate, not the assessment\'s time', () => {
    const a = ask('心理测评是不是一年搞一次就可以了啊 我们领导非要一学期搞一次');
    expect(a.citations[0]?.id).toBe('item-17');
  });
});

describe('the thing a yes-or-no question opens with', () => {
  it('集体备课能不能就心理老师自己备，班主任不参加 → 第12条, 不能 (班主任参与集体备课)', () => {
    const a = ask('集体备课能不能就心理老师自己备，班主任不参加');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('不能。')).toBe(true);
  });
});
