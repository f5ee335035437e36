/**
 * Round 35 of issue 10: a line that is only a title (做好家校合作。) loses a tie to the sentence that
 * says the asker's word; things the rubric never names, asked as a purchase, a use of the budget or
 * an act done for someone, are silent; money mixed with other money is not 专项; and a few words
 * that kept rubric questions out (硬性, 提前准备) or made one a crisis (聊完就走 beside 现在).
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('a line that is only a title loses a tie (sentences.ts, silence.ts)', () => {
  it('「家访多久要做一次」: silent on a frequency, quoting （3） on 与家长交流, not 家长课堂\'s 2次', () => {
    const a = ask('家访多久要做一次');
    expect(a.answer.startsWith('原文没有直接规定家访')).toBe(true);
    expect(a.answer).toContain('常态化与家长交流');
    expect(a.answer).not.toContain('2次');
  });
  it('「心理委员任期多久」: the silent answer quotes the sentence on 心理委员, not the title （3）设立心理委员', () => {
    const a = ask('心理委员任期多久');
    expect(a.answer.startsWith('原文没有直接规定任期')).toBe(true);
    expect(a.answer).toContain('每班不少于2名');
  });
});

describe('what the rubric never names is silent (nearest.ts, silence.ts)', () => {
  it('「学校要不要给心理老师配电脑」: a thing to provide → silent on 电脑, not 要。', () => {
    const a = ask('学校要不要给心理老师配电脑');
    expect(a.answer.startsWith('原文没有直接规定电脑')).toBe(true);
  });
  it('「辅导室需要配沙盘吗」「辅导室要不要装空调」 → silent', () => {
    expect(ask('辅导室需要配沙盘吗').answer.startsWith('原文没有直接规定沙盘')).toBe(true);
    expect(ask('辅导室要不要装空调').answer.startsWith('原文没有直接规定空调')).toBe(true);
  });
  it('guard: 「要不要给每个班配心理委员」 keeps its 要 and 2名; 「具体说一下心理委员的配备要求」 is no purchase', () => {
    const a = ask('要不要给每个班配心理委员');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('2名');
    expect(ask('具体说一下心理委员的配备要求').answer.startsWith('原文没有')).toBe(false);
  });
  it('「心理老师能不能给学生开药」: an act done for someone → silent on 开药, not 第10条 quoted as if it answered', () => {
    expect(ask('心理老师能不能给学生开药').answer.startsWith('原文没有直接规定开药')).toBe(true);
  });
  it('guard: 「能不能给家长开讲座」 is 第15条\'s own 家长课堂', () => {
    expect(ask('能不能给家长开讲座').answer.startsWith('能。')).toBe(true);
  });
  it('「心理健康经费能不能用来买绿植」: one use of the budget, which no clause lists → silent', () => {
    const a = ask('心理健康经费能不能用来买绿植');
    expect(a.answer.startsWith('原文没有直接规定经费能否用来买绿植')).toBe(true);
  });
});

describe('money mixed with other money is not 专项 (permission.ts, words.ts MIXED_IN)', () => {
  it('「心理经费一直是混在公用经费里花的，可以吗」 → 不可以, 第21条 专项经费 (was 可以)', () => {
    const a = ask('心理经费一直是混在公用经费里花的，可以吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('专项经费');
  });
  it('guard: 「心理经费和办公经费混在一起用行不行」 → 不行 (so before too)', () => {
    expect(ask('心理经费和办公经费混在一起用行不行').answer.startsWith('不行')).toBe(true);
  });
});

describe('a plan narrowed to occasions, against a clause done as a matter of course (permission.ts EVERY)', () => {
  it('「辅导室能不能只在上面来检查的时候开」 → onlyVerdict 不能 on 第20条 常态化', async () => {
    const { onlyVerdict } = await import('../src/core/qa/permission.ts');
    const p = qa.index.byId.get('item-20')!;
    expect(onlyVerdict(qa.index, p, '辅导室能不能只在上面来检查的时候开')?.word).toBe('不能');
  });
});

describe('words that kept rubric questions out, or made one a crisis', () => {
  it('「想问下考核对辅导室的硬性要求是啥？」 → 第18条, not the stock decline', () => {
    const a = ask('想问下考核对辅导室的硬性要求是啥？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('标准化');
  });
  it('「有几个学校问考核到底啥时候来，说要提前准备。我该怎么答复他们？」 → 学期结束前15天', () => {
    const a = ask('我在教育局负责收材料。有几个学校问考核到底啥时候来，说要提前准备。我该怎么答复他们？');
    expect(a.answer).toContain('15天');
  });
  it('「现在来咨询的学生都是直接敲门进来聊，聊完就走…辅导过程要留哪些资料？」: no crisis; 第20条 预约、面谈', () => {
    const a = ask('我是新来的心理老师，学校让我管辅导室。现在来咨询的学生都是直接敲门进来聊，聊完就走，什么也没记。辅导过程要留哪些资料？');
    expect(a.crisis).toBeUndefined();
    expect(a.answer).toContain('预约');
  });
  it('guard: a child who asked which building is highest and 问完就走了 is still a crisis', () => {
    expect(ask('我是保安 刚才有个孩子在门岗问我 学校哪栋楼最高 能不能上去 问完就走了 看着不对劲').crisis).toBe('student');
  });
});

describe('whether there is a rule, asked after a question of what it names (pieces.ts, cover.ts)', () => {
  it('「责任督学来学校要做啥，文件有规定吗」 → 有。 first, 第7条', () => {
    const a = ask('责任督学来学校要做啥，文件有规定吗');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-7');
  });
});

describe('English words (glossary.yaml)', () => {
  it('「Which schools are covered by 这个考核办法?」 → 考核对象, 公民办, 职业学校', () => {
    const a = ask('Which schools are covered by 这个考核办法?');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer).toContain('职业学校');
  });
});
