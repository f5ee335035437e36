/**
 * Round 25 of issue 10: what is still to do asked of a count told before the question (还得开几次),
 * everyone claimed for a post set per post (是不是每个人都得当安全员), and a stage above primary asked
 * of a clause that begins at a primary grade (中职学生也要测吗). Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('what is still to do, of a count told before the question', () => {
  it('(guard) 「…班团队会只搞了一次，快期末了。还要搞几次？」 → 还差1次, the count in the sentence before', () => {
    const a = ask('这学期活动太多了，情绪调节的主题班团队会只搞了一次，快期末了。还要搞几次？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('还差1次');
  });

  it('the thing is the one named last before the count, not 行政会 in 刚开完行政会', () => {
    const a = ask('刚开完行政会，德育处让我看看这学期全体教师心理工作会议的情况，目前只开过一次，离放假还有五周。还得再开吗？');
    expect(a.citations[0]?.id).toBe('item-3');
    expect(a.answer).toContain('还差1次');
  });

  it('a span of time beside the count (还有一个月) is no rate of it', () => {
    const a = ask('事情太多了。专班会议到现在只开了一次，离期末还有一个月。最少还得开几次？');
    expect(a.answer).not.toContain('每月');
    expect(a.answer).toContain('还差1次');
  });
});

describe('everyone claimed for a post the clause sets per post', () => {
  it('「宿管五个，保安两个…是不是每个人都要当安全员」 → 不是, 每个岗位至少1名', () => {
    const a = ask('我们宿管五个，保安两个，食堂四个人。是不是每个人都要当心理健康安全员？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('每个岗位至少1名');
  });

  it('…while every teacher as a mentor is what the clause asks (教师人人是导师)', () => {
    expect(ask('是不是所有老师都要当导师').answer.startsWith('是。')).toBe(true);
  });
});

describe('a stage above primary, of a clause that begins at a primary grade', () => {
  it('「我们是职高，…原文说测评是小学四年级以上，那职高学生也要测吗」 → 需要, 第17条', () => {
    const a = ask('我们是职高，学生都十六七岁了。原文说测评是小学四年级以上，那职高学生也要测吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.answer).toContain('全体学生');
  });

  it('「初中也要配心理委员吗」 → 需要, 第9条 (not the targets section)', () => {
    const a = ask('初中也要配心理委员吗');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('需要。')).toBe(true);
  });

  it('…while one stage only is still judged by 全体 (只测初三行不行 → 不行)', () => {
    expect(ask('心理测评只测初三行不行').answer.startsWith('不行。')).toBe(true);
  });
});

describe('two semester scores, one of them hoped for', () => {
  it('「上学期75分，这学期估计能拿到84。全年分数怎么算，按这样是多少？」 → 159', () => {
    const a = ask('我们是乡镇初中。上学期75分，这学期估计能拿到84。全年分数怎么算，按这样是多少？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('159');
  });

  it('an either-or closing the message with no mark asks it, once (年度分数是取平均还是加起来)', () => {
    const a = ask('上学期考核得了78分，这学期自评大概能到86。年度分数是取平均还是加起来');
    expect(a.answer.startsWith('是相加，不取平均。')).toBe(true);
    expect(a.answer).toContain('164');
    expect(a.answer).not.toMatch(/^1\./);
  });
});

describe('a time claimed, and 挂钩 asked', () => {
  it('「心理测评是不是学期刚开始的时候做」 → 是 (用好开学重要时段; 的时候 only marks the time)', () => {
    const a = ask('心理测评是不是学期刚开始的时候做');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「考核分数跟学校评先进挂钩吗」 → 是，挂钩', () => {
    const a = ask('考核分数跟学校评优挂钩吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是，挂钩。')).toBe(true);
  });
});

describe('what is still missing, asked of counts told', () => {
  it('「家长课堂这学期办了1次，家长会开了2次，还缺啥」 → 不够, 家长课堂还差1次', () => {
    const a = ask('家长课堂这学期办了1次，家长会开了2次，还缺啥');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toMatch(/家长课堂不少于2次，你说的1次还差1次/);
  });

  it('「督学听了1节心理课，活动一次没来，哪项没达到」 → in scope, 活动还差1次 (达到 is no unknown word)', () => {
    const a = ask('责任督学这学期听了1节心理课，但活动一次都没来参加，哪项没达到？');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });
});

describe('each grade on its own', () => {
  it('「高一每周一节心理课，高二每三周一节，高三停了，哪些年级不达标」 → 高二、高三不达标', () => {
    const a = ask('高一每周一节心理课，高二每三周一节，高三停了，哪些年级不达标');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('高二、高三不达标。')).toBe(true);
  });

  it('「四年级每两周一节心理课，五年级一个月一节，够不够」 → 不够, 五年级不达标 (was 够, read from the first grade only)', () => {
    const a = ask('四年级每两周一节心理课，五年级一个月一节，够不够');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('五年级每月1课时，不达标');
  });

  it('…while grades told with classes only are still counted (四年级3个班，五年级4个班 → 14名)', () => {
    expect(ask('四年级3个班，五年级4个班，心理委员要配几个').answer).toContain('14名');
  });
});

describe('put into what was told before, and a must asked after what was not done', () => {
  it('「…往年家长会只讲成绩。今年要不要把心理健康加进去？」 → 第15条, 必讲 (was 第21条 via 纳入 alone)', () => {
    const a = ask('我是班主任，马上开家长会了。往年家长会只讲成绩和纪律，从来不讲心理。今年要不要把心理健康加进去？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toContain('必讲');
  });

  it('「家长会从没讲过心理，这次要不要讲？」 → 要 (was 不可以: no leave is asked)', () => {
    const a = ask('家长会以前从没讲过心理，这次要不要讲？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer.startsWith('要。')).toBe(true);
  });

  it('…while leave to leave it out is still refused (家长会可以不讲心理吗 → 不可以)', () => {
    expect(ask('家长会可以不讲心理吗').answer.startsWith('不可以。')).toBe(true);
  });
});

describe('才算数 names nothing', () => {
  it('「督学来学校要做些什么才算数」 → 第7条\'s 活动 and 听课 (was 原文没有直接规定算数)', () => {
    const a = ask('督学来学校要做些什么才算数');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer).not.toContain('算数');
    expect(a.answer).toContain('主题活动');
  });
});

describe('a kind of student, asked of what the document says (文件说)', () => {
  const ALARM = /现在安全吗|^这很紧急|^谢谢你愿意说出来|^很关心你|^请立刻有人陪着学生/;

  it('「想轻生、割腕这种超出学校辅导能力的学生，文件说转介前要先做什么」 → 第17条, not the crisis reply', () => {
    const a = ask('想轻生、割腕这种超出学校辅导能力的学生，文件说转介前要先做什么');
    expect(a.answer).not.toMatch(ALARM);
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('…while one student named still gets the crisis reply (我们班有个学生说想死，文件说要怎么办)', () => {
    const a = ask('我们班有个学生说想死，文件说要怎么办');
    expect(a.crisis).toBe('student');
    expect(a.answer).toContain('12356');
  });
});

describe('round 25, mid-round: read from blind-42 after its one measurement', () => {
  it('「寝室有个学生把围巾拧成绳子了」 → the student crisis reply (was the stock refusal)', () => {
    const a = ask('寝室有个学生把围巾拧成绳子了，室友都吓哭了');
    expect(a.crisis).toBe('student');
  });

  it('…while a bed sheet hung up to dry is nothing (我把床单挂起来晾干了)', () => {
    expect(ask('我把床单挂起来晾干了').crisis ?? 'none').toBe('none');
  });

  it('「两学期的分 是加起来 还是 平均」 → 是相加，不取平均 (was the stock refusal)', () => {
    const a = ask('两学期的分 是加起来 还是 平均');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是相加，不取平均。')).toBe(true);
  });

  it('…while a test\'s average stays out of scope (期中考试平均分怎么算)', () => {
    expect(ask('期中考试的平均分怎么算').inScope).toBe(false);
  });

  it('「We have 1 full-time counselor for 1500 students. 够吗」 → 不够, 还差1名 (a count glued to its people)', () => {
    const a = ask('We have 1 full-time counselor for 1500 students. 够吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1名');
  });

  it('「家长会几次、督学一学期来几次」 → both answered (a 、 between two clauses that ask)', () => {
    const a = ask('家长会几次、督学一学期来几次？');
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['item-15', 'item-7']));
  });

  it('「除了方案和预案，别的规章制度也在考核里吗」 → 在, 第8条', () => {
    const a = ask('除了方案和预案，别的规章制度也在考核里吗');
    expect(a.citations[0]?.id).toBe('item-8');
    expect(a.answer.startsWith('在。')).toBe(true);
  });

  it('「心理橱窗、校园广播这些主题活动在考核里吗」 → 在, 第13条 (its title names them)', () => {
    const a = ask('心理橱窗、校园广播这些主题活动在考核里吗');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer.startsWith('在。')).toBe(true);
  });
});

describe('round 25, mid-round (2): parts, the veto\'s cause, a lack made up in time', () => {
  it('「心理委员在考核内容八个方面里属于哪一项」 → 第4方面“队伍建设”', () => {
    const a = ask('心理委员在考核内容八个方面里属于哪一项');
    expect(a.answer.startsWith('属于第4方面“队伍建设”')).toBe(true);
  });

  it('「学生轻生是不是都一票否决，无论是不是心理原因」 → 不是 (the veto names mental-health causes only)', () => {
    const a = ask('学生轻生是不是都一票否决，无论是不是心理原因');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('不是。')).toBe(true);
  });

  it('「全体教职工心理培训这学期还没搞，下个月补一次，达标吗」 → not a lack; the semester\'s 1 time judged (not 每月)', () => {
    const a = ask('全体教职工心理培训这学期还没搞，下个月补一次，达标吗');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).not.toMatch(/^不/);
    expect(a.answer).not.toContain('每月');
  });

  it('…while made up next semester is still a lack (下学期补一次 → 不算)', () => {
    expect(ask('全体教职工心理培训这学期还没搞，下学期补一次，算达标吗').answer.startsWith('不算。')).toBe(true);
  });
});

describe('round 25: posts chosen from, and a death pointed back at', () => {
  it('「保安、宿管、食堂三个岗位…只在保安里选了一个当安全员。这样算配齐了吗」 → 不算, 宿管、食堂还差', () => {
    const a = ask('我们后勤有保安、宿管、食堂三个岗位。目前只在保安里选了一个当心理健康安全员。这样算配齐了吗？');
    expect(a.answer.startsWith('不算。')).toBe(true);
    expect(a.answer).toContain('宿管、食堂还差');
  });

  it('「…有学生因为抑郁轻生了…出了这种事是不是直接一票否决」 → 是, the veto (这种事 points at the death told before)', () => {
    const a = ask('前年邻县一所学校有学生因为抑郁轻生了，年度考核直接不合格。大家都很紧张。请问出了这种事是不是不看分数直接一票否决？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是。')).toBe(true);
  });
});

describe('round 25: 结果 as a conjunction, and a teaching licence exam', () => {
  it('「…材料没整理完，结果分很低。…考核一般什么时候搞」 → 四、考核组织实施 (结果 carried nothing)', () => {
    const a = ask('上次我们材料没弄完，结果分很低。这次想早准备。考核一般什么时候搞？');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('15天');
  });

  it('「教师资格证笔试怎么复习」 is out of scope; 心理老师要什么资格证 is not', () => {
    expect(ask('教师资格证笔试怎么复习').inScope).toBe(false);
    expect(ask('心理老师要有什么资格证').citations[0]?.id).toBe('item-10');
  });
});

describe('round 25: 聊 is the clause\'s 沟通交流, and 跟 only joins', () => {
  it('「倾听一刻钟可以跟家人聊吗」 → 可以 (was 原文没有直接规定能否跟家人聊, though the clause lists 家人)', () => {
    const a = ask('倾听一刻钟可以跟家人聊吗');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer.startsWith('可以。')).toBe(true);
  });

  it('「心理老师能跟班主任享受一样的待遇吗」 → 能 (同等待遇)', () => {
    const a = ask('专职心理老师能跟班主任一个待遇吗');
    expect(a.answer.startsWith('能。')).toBe(true);
  });
});

describe('round 25, after the final measurement: read from blind-41', () => {
  it('「新理课每个班多久上一次」 → 第12条 (新理 is voice input\'s 心理)', () => {
    expect(ask('那个新理课每个班多久上一次').citations[0]?.id).toBe('item-12');
  });

  it('「辅导室一周开7小时，还差多久」 → 还差3小时', () => {
    const a = ask('辅导室一周开7小时，还差多久');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差3小时');
  });
});

describe('round 25, after the final measurement: read from blind-43', () => {
  it('「三个岗位，只有保安和宿管配了安全员，算齐了吗」 → 不算, 食堂还差', () => {
    const a = ask('后勤有保安、宿管、食堂三个岗位，只有保安和宿管配了安全员，算齐了吗');
    expect(a.answer.startsWith('不算。')).toBe(true);
    expect(a.answer).toContain('食堂还差');
  });

  it('「每两周一可时，每个班都要吗」 → 第12条 (可时 typed for 课时)', () => {
    expect(ask('每两周一可时，每个班都要吗').citations[0]?.id).toBe('item-12');
  });
});
