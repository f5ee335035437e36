/**
 * Round 29 of issue 10: who made a claim is no part of what is asked; the kind of school told before a
 * question of scope; 超出学校辅导能力 is 第17条's 辅导范畴; a death named as an instance of an event.
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('who made a claim names no clause (normalize.ts, CLAIMANT)', () => {
  it('「教研组长说心理课只排高年级…对吗」 → 第12条 (所有班级), not 教研 or 组长', () => {
    const a = ask('我们学校一到六年级都有。教研组长说心理课只给五六年级排，低年级不用上。对吗');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('所有班级');
  });

  it('guard: 「年级组长说…再判断一次。办法里有这个要求吗」 is no hearsay: 有, 二次研判', () => {
    const a = ask('测评后筛出十几个预警学生。年级组长说要先结合班主任和家长的观察再判断一次。办法里有这个要求吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('有')).toBe(true);
  });

  it('guard: 「校长说了算吗」 keeps 校长 (who decides is asked)', () => {
    const a = ask('心理健康关爱工作是校长说了算吗');
    expect(a.citations[0]?.id).toBe('item-4');
  });
});

describe('the kind of school told before a question of scope (case.ts)', () => {
  it('民办 told, then 「我们到底在不在考核范围里」 → 在', () => {
    const a = ask('我们是一所民办初中，举办方说这块不归我们管。我们到底在不在考核范围里？');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer.startsWith('在')).toBe(true);
  });

  it('guard: 职业学校 told, a claim that it is out, then 「是这样吗」 → 不是', () => {
    const a = ask('我们是职业学校，校长说这个考核不管我们。是这样吗');
    expect(a.answer.startsWith('不是')).toBe(true);
  });
});

describe('超出学校辅导能力 is 第17条\'s 辅导范畴 (synonyms.yaml)', () => {
  it('「超出学校辅导能力的学生，可以转出去吗」 → 第17条, not 第20条 or 基本原则', () => {
    const a = ask('超出学校辅导能力的学生，可以转出去吗');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('转介');
  });

  it('「学生情况学校辅导不了怎么办」 → 第17条', () => {
    const a = ask('有的学生情况学校辅导不了，按办法怎么办');
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('guard: 「有自杀风险的学生超出学校辅导范畴了，办法说怎么处理」 stays a rubric answer, no check-in', () => {
    const a = ask('有自杀风险的学生超出学校辅导范畴了，办法说怎么处理');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
});

describe('a death named as an instance of a kind of event (normalize.ts)', () => {
  it('「要不要专门针对学生自杀这类突发情况写应急预案」 → 第4条, not the veto', () => {
    const a = ask('学校要不要专门针对学生自杀这类突发情况写应急预案');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toMatch(/^需要|^要/);
  });

  it('guard: 「学生自杀算不算一票否决」 keeps the veto', () => {
    const a = ask('学生自杀算不算一票否决');
    expect(a.citations[0]?.id).toBe('section-results');
  });
});

describe('requirements asked of a thing one requirement alone holds (compose.ts, narrow)', () => {
  it('「…测评结果放在老师自己电脑里。办法对测评数据有什么要求」 → the sentence on 防止信息泄露, not the clause\'s list', () => {
    const a = ask('测评结果一直放在一个老师自己的电脑里。办法对测评数据有什么要求');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('泄露');
  });

  it('「考核对心理委员有哪些要求」 → the 心理委员 paragraph (培训, 朋辈)', () => {
    const a = ask('考核对心理委员有哪些要求');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('朋辈');
  });

  it('guard: the clause asked by its own title keeps the list (「心理摸排有什么要求」)', () => {
    const a = ask('心理摸排有什么要求');
    expect(a.answer).toContain('要求：');
    expect(a.answer).toContain('二次研判');
  });
});

describe('a question that points back at a clause the situation plainly names (situation.ts, pointedClause)', () => {
  it('「…让我把校长负责制的材料整理好。这一条要我们拿出哪些文件？」 → 第4条 (工作方案、应急预案)', () => {
    const a = ask('新校长让我把校长负责制的材料整理好。这一条要我们形成哪些文件？');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toContain('应急预案');
  });

  it('guard: 「家长会这块办法怎么要求的」 names its own subject and keeps it', () => {
    const a = ask('这学期家长会只开了一次，家长课堂请专家讲过两次。家长会这块办法怎么要求的？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toContain('必讲');
  });
});

describe('a plan judged against what the clause asks (lack.ts, manner.ts)', () => {
  it('「心理课排不进去…班会上顺便讲讲。这样符合要求吗」 → 不符合: what cannot be fitted in is not done', () => {
    const a = ask('初三课太满，心理课一直排不进去。班主任打算在班会上顺便讲讲心理。这样符合要求吗？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('不')).toBe(true);
  });

  it('「上级的心理健康任务可以挑几条重要的做吗」 → 不可以, 逐条逐项落实', () => {
    const a = ask('上级的心理健康任务可以挑几条重要的做吗');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('逐条逐项');
  });

  it('guard: 「上级的心理健康任务要逐条落实吗」 → 要', () => {
    const a = ask('上级的心理健康任务要逐条落实吗');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer.startsWith('不')).toBe(false);
  });
});

describe('the thing a requirement counts, named as the rubric names it (retrieve.ts, preferCounted)', () => {
  it('「学科渗透每学期几次？心理公开课要几次？」 → both: 第14条 (1次) and 第11条 (2次)', () => {
    const a = ask('学科渗透每学期几次？心理公开课要几次？');
    expect(a.citations.map((c) => c.id)).toEqual(['item-14', 'item-11']);
    expect(a.answer).toContain('不少于2次');
  });

  it('guard: 「心理健康经费可以拉社会赞助吗」 keeps the section on 社会力量', () => {
    const a = ask('心理健康经费可以拉社会赞助吗');
    expect(a.citations[0]?.id).toBe('section-content');
  });
});

describe('voice input, English and small readings', () => {
  it('「就是嗯 测评后筛出来的预警学生 接下来干嘛」: opening fillers say nothing (就是 is no 是); 出来的 is no date of the document', () => {
    const a = ask('就是嗯 测评后筛出来的预警学生 接下来干嘛');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('二次研判');
    expect(a.answer.startsWith('是')).toBe(false);
  });

  it('guard: 「这个办法是哪年哪月出来的」 still asks the date', () => {
    expect(ask('这个办法是哪年哪月出来的').answer).toContain('2023年11月13日');
  });

  it('「Is the 心理辅导室 mandatory for each school?」 → 要 (mandatory, each school in the glossary)', () => {
    const a = ask('Is the 心理辅导室 mandatory for each school?');
    expect(a.citations[0]?.id).toBe('item-18');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toMatch(/^(?:要|需要|是)/);
  });

  it('「考核得分会不会影响校长本人评优」 → 会, the sentence of 挂钩', () => {
    const a = ask('考核得分会不会影响校长本人评优');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('会')).toBe(true);
    expect(a.answer).toContain('挂钩');
  });

  it('guard: 「考核结果会影响普通老师评优吗」 gets no 会 (the sentence names the school and the principal)', () => {
    expect(ask('考核结果会影响普通老师评优吗').answer.startsWith('会')).toBe(false);
  });

  it('「学校一年的考核分是怎么算的」 asks the year\'s score, not how often the assessment is held', () => {
    const a = ask('学校一年的考核分是怎么算的');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('两学期');
  });
});

describe('two things asked apart (pieces.ts, eachAsked) and a bare 会', () => {
  it('「专班会议和全体教师会议 一学期各要开几次」 (voice input\'s space) → both clauses', () => {
    const a = ask('专班会议和全体教师会议 一学期各要开几次');
    expect(a.answer).toContain('专班会议不少于2次');
    expect(a.answer).toContain('全体教师会议不少于2次');
  });

  it('「家长会和专班会议分别几次」: 分别 as 各 → both clauses', () => {
    const a = ask('家长会和专班会议分别几次');
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['item-15', 'item-2']));
  });

  it('「全校老师都要参加的那种会，每学期开几次」 → 第3条 (全体教师会议), not 培训', () => {
    const a = ask('全校老师都要参加的那种会，每学期开几次');
    expect(a.citations[0]?.id).toBe('item-3');
  });
});

describe('synonym and typo table (synonyms.yaml, round 29)', () => {
  it('「心理主题活动能借哪些渠道开展」 → 第13条 (校园媒介), not its silence nor 第11条\'s 发展渠道', () => {
    const a = ask('心理主题活动能借哪些渠道开展');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer).toContain('校园广播');
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });

  it('「考核结果跟校长评优挂够吗」 (挂够 for 挂钩) → a verdict', () => {
    expect(ask('考核结果跟校长评优挂够吗').answer.startsWith('是，挂钩')).toBe(true);
  });

  it('「这个办法什么时候发的」 → 2023年11月13日', () => {
    expect(ask('这个办法什么时候发的').answer).toContain('2023年11月13日');
  });
});

describe('whether there is a rule on what was told (cover.ts, RULE_ON_TOLD)', () => {
  it('「…她做的心理辅导，学校说不算工作量。这个有规定吗？」 → 有, the sentence of 计入工作量', () => {
    const a = ask('我们学校的兼职心理老师还带语文。她做的个别辅导，学校说不算工作量。这个有规定吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer.startsWith('有')).toBe(true);
  });
});

describe('crisis lexicon: 做傻事 (rubric/crisis.yaml)', () => {
  it('「我怕我今晚会做傻事」 → the crisis reply for the writer, not the stock decline', () => {
    expect(ask('我担心我今晚会做傻事').crisis).toBe('self');
  });

  it('「班上有个学生说他要去做傻事」 → the crisis reply for a student', () => {
    expect(ask('班上有个学生说他要去做傻事').crisis).toBe('student');
  });

  it('guard: 「别做傻事啊，期末考砸了没关系」 said to someone else gets no crisis reply', () => {
    expect(ask('别做傻事啊，期末考砸了没关系').crisis).toBeUndefined();
  });
});
