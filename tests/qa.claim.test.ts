/**
 * Round 11 of issue 10: yes/no questions lead with their verdict, decided by the clause's words.
 * The asker's own claim (「是取消评优吗」「也是一千个学生配一个吗」「有人说八个钟头就行 是不是这样」,
 * src/core/qa/claim.ts), 「有…要求没」, a bare asking word that asks about what follows it, two parts
 * of one message on one sentence answered once, English words read without the spaces around them,
 * and a summary section giving way to the clause of its own. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { claimOf, figuresOf } from '../src/core/qa/claim.ts';
import { readFacts } from '../src/core/qa/normalize.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the asker’s claim, checked against the clause', () => {
  it('reads the claim a yes/no question makes', () => {
    expect(claimOf('排名后三位的学校 是取消评优吗')).toBe('取消评优');
    expect(claimOf('兼职的心理老师呢 也是一千个学生配一个吗')).toBe('一千个学生配一个');
    expect(claimOf('辅导室一周开多久 有人说八个钟头就行 是不是这样')).toBe('八个钟头就行');
    // A figure or a choice asked is no claim.
    expect(claimOf('心理课是多久一节')).toBeNull();
    expect(claimOf('是只算在校期间还是寒暑假也算')).toBeNull();
  });

  it('reads figures with their units, a ratio said in words as 1:N', () => {
    expect(figuresOf('八个钟头')).toEqual([{ value: 8, unit: '小时' }]);
    expect(figuresOf('一千个学生配一个')).toEqual([{ value: 1000, unit: 'ratio' }]);
    expect(figuresOf('按1:500师生比')).toEqual([{ value: 500, unit: 'ratio' }]);
  });

  it.each([
    ['兼职的心理老师呢 也是一千个学生配一个吗', '不是。', 'item-10', '1:500'],
    ['专职心理老师是按1:1000配吗', '是。', 'item-10', '1:1000'],
    ['那个辅导室一个礼拜要开多少个钟头 我们这边有人说八个钟头就行 是不是这样', '不', 'item-20', '10小时'],
    ['排名后三位的学校 会怎么样 是取消评优吗', '是。', 'section-results', '取消'],
    ['annual score 是两个 semester 的分加起来吗', '是。', 'section-results', '两学期考核总分'],
    ['督学进校参加心理主题活动，有次数要求没', '有。', 'item-7', '不少于1次'],
  ])('「%s」 → %s', (q, lead, first, quoted) => {
    const a = ask(q);
    expect(a.answer.startsWith(lead), a.answer).toBe(true);
    expect(a.citations[0]?.id).toBe(first);
    expect(a.answer).toContain(quoted);
  });

  it('gives no verdict on a claim the clause does not settle', () => {
    // 平均 is no word of the clause (两学期考核总分): neither 是 nor a guessed 不是.
    const a = ask('年度分数是两次的平均分吗');
    expect(a.answer).not.toMatch(/^(?:是|不是)。/);
  });
});

describe('the message read as asked', () => {
  it('a bare 可不可以 asks about what follows it, across spaces and commas', () => {
    for (const q of ['心理课 可不可以 用班会课顶替 我们课实在排不开', '心理课，可不可以，用班会课顶替，我们课实在排不开']) {
      const a = ask(q);
      expect(a.answer.startsWith('不可以。'), a.answer).toBe(true);
      expect(a.answer).toContain('班会课');
    }
  });

  it('two questions on two sentences of one clause stay two answers', () => {
    const a = ask('心理委员要男女各一个吗？安全员每个岗位要几个？');
    expect(a.answer).toContain('各1名');
    expect(a.answer).toContain('安全员');
  });

  it('「每个学生」 and 「一千个学生配一个」 are no count of the school’s students', () => {
    expect(readFacts('经费 每个学生一年 最少多少钱').students).toBeNull();
    expect(readFacts('也是一千个学生配一个吗').students).toBeNull();
    expect(readFacts('我们1800个学生要几个专职').students).toBe(1800);
  });

  it('a summary section gives way to the clause of its own on topic', () => {
    const a = ask('心理经费按学生人头算，标准是多少钱');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer).toContain('10元');
  });

  it('English words mixed in are read without the spaces around them', () => {
    const a = ask('心理委员需要 training 吗');
    expect(a.answer.startsWith('需要。'), a.answer).toBe(true);
    expect(a.citations[0]?.id).toBe('item-9');
  });

  it('a long message: the situation told before, the question after it', () => {
    // 「几个学生」 in a sentence closed by 。 is 「several」, not a question of its own.
    const kept = ask('我负责学校的心理档案，最近有老师想调看几个学生的测评结果做班级分析，我有点担心。考核办法对测评数据有没有保护方面的要求？');
    expect(kept.answer.startsWith('有。'), kept.answer).toBe(true);
    expect(kept.answer).toContain('防止信息泄露');
    expect(kept.answer).not.toMatch(/^1\./);
    // 「这样」 points at the sentence before: its opening times are what is judged.
    const hours = ask('我们职校有三个校区，心理辅导室在主校区。这学期开学以后辅导室每周一、三、五下午各开两小时。想确认一下这样开放时长达标吗？');
    expect(hours.answer.startsWith('不够。'), hours.answer).toBe(true);
    expect(hours.answer).toContain('6小时');
  });

  it('leave is answered in the word it was asked in, from what the clause provides', () => {
    // A grade the clause leaves out: 可以 for 可以吧 (a rate short of it stays 不够, with the gap).
    expect(ask('三年级先不配心理委员可以吧').answer.startsWith('可以。')).toBe(true);
    // What the clause itself provides (或由…教师转任): 能, with what is still needed (岗前培训).
    expect(ask('数学老师本科是心理学专业的，能转任心理老师吗').answer.startsWith('能，但还要经过岗前培训。')).toBe(true);
    // 当班主任 is no leave the clause gives (享受班主任同等待遇): no 能, no 需要.
    expect(ask('专职心理老师能当班主任吗').answer).not.toMatch(/^(?:能|需要|可以)。/);
    // A question that denies what the clause conditions on is not settled by it.
    expect(ask('不是心理学专业的老师，能转岗教心理吗').answer).not.toMatch(/^能。/);
  });

  it('a length or a date asked that the clause does not give is named as silent, not answered with a count', () => {
    expect(ask('家长课堂每次讲座至少要讲多长时间').answer.startsWith('原文没有直接规定')).toBe(true);
    expect(ask('开学心理测评必须在开学第几周之前做完').answer.startsWith('原文没有直接规定')).toBe(true);
    // How often, and a length the clause gives, are still answered.
    expect(ask('心理课多久上一次').answer).toContain('每两周');
    expect(ask('辅导室每周开多长时间').answer).toContain('10小时');
  });
});

describe('crisis: a means named with a plan (round 11, after blind-15 was measured)', () => {
  it.each([
    ['下班我就开车冲下桥，一了百了也好', 'self'],
    ['有个学生说周末要去卧轨', 'student'],
  ])('「%s」 gets the crisis reply', (q, who) => {
    const a = ask(q);
    expect(a.crisis).toBe(who);
    expect(a.answer).toContain('12356');
  });

  it('a rule question with the same words keeps its rule answer', () => {
    const a = ask('卧轨自杀算不算一票否决');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('section-results');
  });
});

