/**
 * Round 30 of issue 10: rule questions that share a crisis word, read as such — a student's past told
 * with what was done about it (休学了), an instance of a kind of case (这类危机情况), an item of a
 * questionnaire (想死的选项), and 有…没 as a question; 提前 before a thing made asks of the thing.
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('rule questions that share a crisis word (crisis.ts, crisis-context.ts)', () => {
  it('「学生因为抑郁想轻生办了休学，复学有什么规定」 → 第17条 (复学), no crisis reply', () => {
    const a = ask('学生因为抑郁想轻生办了休学，复学有什么规定');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('复学');
  });

  it('「学生想自杀这种危机事件，学校要不要提前做好预案」 → 第4条, 需要', () => {
    const a = ask('学生想自杀这种危机事件，学校要不要提前做好应急预案');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer.startsWith('需要')).toBe(true);
  });

  it('「问卷里学生选了想死的那一项，二次研判找谁一起看」 → 第17条 (班主任)', () => {
    const a = ask('测评问卷里学生选了想死的选项，二次研判要结合谁的观察');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('班主任');
  });

  it('「自杀未遂以后休学的学生复学 考核里有规定没」 (有…没 asks) → no crisis reply', () => {
    const a = ask('自杀未遂以后休学的学生回来复学 考核里有规定没');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('「量表里有一题问是否想死，这个测评一年做几次」: the item quoted, asked of the rubric → 第17条', () => {
    const a = ask('量表里有一题问是否想死，这个测评一年做几次');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('「问卷上有学生勾了想自杀的题，学校接下来按规定做什么」 (…的题) → no crisis reply', () => {
    expect(ask('问卷上有学生勾了想死的题，按规定学校接下来做什么').crisis).toBeUndefined();
  });

  it('guard: one student named, 想死, and now told → the crisis reply for a student', () => {
    expect(ask('我们班有个学生想死，现在休学在家，复学有没有规定').crisis).toBe('student');
  });

  it('guard: the writer\'s own 想死 before 休学 → the crisis reply for the writer', () => {
    expect(ask('我想死 休学算了 有没有规定').crisis).toBe('self');
  });

  it('guard: a student who ticked the item, and what to do now → the crisis reply', () => {
    expect(ask('学生勾了想死的选项 我现在该怎么办').crisis).toBe('student');
  });

  it('guard: 「学生现在说想死这种情况 要不要报警」 → the crisis reply', () => {
    expect(ask('学生现在说想死这种情况 要不要报警').crisis).toBe('student');
  });
});

describe('提前 before a thing made (analyze.ts, focus)', () => {
  it('「学校要不要提前做应急预案」 → 需要, not 原文没有直接规定提前', () => {
    const a = ask('学校要不要提前做应急预案');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer.startsWith('需要')).toBe(true);
  });

  it('guard: 「考核要不要提前通知」 asks how early one is told: silent', () => {
    expect(ask('考核要不要提前通知').answer).toContain('原文没有直接规定提前');
  });
});

describe('several questions, each one the text is silent on (join.ts)', () => {
  it('「心理委员要挑成绩好的学生当吗 有什么选拔标准」 (two clauses nearest) → the silence said first, once', () => {
    const a = ask('心理委员要挑成绩好的学生当吗 有什么选拔标准');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(true);
    expect(a.answer.match(/原文没有直接规定/g)?.length).toBe(1);
  });

  it('guard: one silent part beside an answered one keeps both answers', () => {
    const a = ask('心理课多久上一次？考核结果要公示多少天？');
    expect(a.answer).toContain('第12条');
    expect(a.answer).toContain('原文没有直接规定');
  });
});

describe('a 制度 asked of the thing the situation names (situation.ts, rulesOf)', () => {
  it('「…全员导师制推了两年…没有成文的制度…。今年考核要查制度，制度要写哪些？」 → 第5条 (服务内容、方式、频次、保障)', () => {
    const a = ask('全员导师制我们推了两年了，老师们都分了学生，可是一直没有成文的制度，全靠开会口头说。今年考核要查制度，制度里要写哪些东西？');
    expect(a.citations[0]?.id).toBe('item-5');
    expect(a.answer).toContain('频次');
  });

  it('guard: the situation names 安全员 → 第9条\'s 安全员工作制度', () => {
    const a = ask('我们保安和食堂都选了心理健康安全员，但是一直没有成文的制度。今年考核要看制度，制度里要写哪些东西？');
    expect(a.citations[0]?.id).toBe('item-9');
  });
});

describe('what the text never gives: a tie in the ranking, points added (silence.ts)', () => {
  it('「年度总分相同的两所学校，排名谁在前」 → silent on 并列时的排名', () => {
    expect(ask('年度总分相同的两所学校，排名怎么排先后').answer.startsWith('原文没有直接规定并列时的排名')).toBe(true);
  });

  it('「有没有加分项，比如获奖」 → silent on 加分项', () => {
    expect(ask('县里考核有没有加分项').answer.startsWith('原文没有直接规定加分项')).toBe(true);
  });

  it('guard: 「心理课要并列入课程表吗」 is no tie: 第12条', () => {
    expect(ask('心理课要列入课程表吗').citations[0]?.id).toBe('item-12');
  });
});

describe('whether a kind of teacher is needed, the other told (apply.ts, needAny)', () => {
  it('「800个学生 专职的已经配了1个 兼职还用配吗」 → 需要', () => {
    const a = ask('800个学生 专职的已经配了1个 兼职还需要配吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('需要')).toBe(true);
  });

  it('guard: 「1200个学生 专职兼职各要几个」 asks how many, no 需要 first', () => {
    expect(ask('1200个学生 专职兼职各要几个').answer.startsWith('需要')).toBe(false);
  });
});

describe('one 安全员 for each post the asker lists (case.ts, staff.ts listedPosts)', () => {
  it('「后勤有保安、宿管、食堂、保洁、校车5个岗位，心理健康安全员最少几个」 → 5名', () => {
    const a = ask('后勤有保安、宿管、食堂、保洁、校车5个岗位，心理健康安全员最少几个');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('5名');
  });

  it('「走读没宿舍，就保安和食堂两个岗位，安全员最少几个」: the list after the last comma → 2名', () => {
    const a = ask('我们走读没有宿舍，就保安和食堂两个岗位，安全员最少几个');
    expect(a.answer).toContain('2名');
    expect(a.answer).not.toContain('宿舍、');
  });

  it('「寄宿学校，保安、宿管、食堂三个岗位，只有保安岗配了…达标吗」 → 3个岗位, 差2个', () => {
    const a = ask('寄宿制学校，保安、宿管、食堂三个岗位，现在只有保安岗配了心理健康安全员，达标吗');
    expect(a.answer.startsWith('不达标')).toBe(true);
    expect(a.answer).toContain('共差2个岗位');
  });
});

describe('the holiday\'s first day told with 放, and 安全圆 (case.ts, synonyms.yaml)', () => {
  it('「今年寒假1月20号放，县里考核大概几号来」 → 1月5日', () => {
    const a = ask('今年寒假1月20号放，县里考核大概几号来');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('1月5日');
  });

  it('guard: 「安全圆每个岗位要几个」 (a homophone, repaired before the typo list too) → 第9条', () => {
    expect(ask('心理健康安全圆每个岗位要几个').citations[0]?.id).toBe('item-9');
  });
});

describe('风险 and 倾向 say what kind of student, no thing the text is silent on (index.ts GENERIC_WORDS)', () => {
  it('「有轻生倾向的学生，名单要不要保密」 → 需要, not 原文没有直接规定倾向', () => {
    const a = ask('有轻生倾向的学生，名单要不要保密');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toMatch(/^(?:要|需要)/);
  });

  it('「有自杀风险的学生要不要给他配成长导师」 → 需要', () => {
    expect(ask('有自杀风险的学生要不要给他配成长导师').answer.startsWith('需要')).toBe(true);
  });
});

describe('不用单列 told as a plan (lack.ts); who made the claim is not echoed (compose.ts)', () => {
  it('「校长说心理经费从公用经费里出就行，不用单列。符合要求吗」 → 不符合, the asker\'s words without 别人说', () => {
    const a = ask('校长说心理经费从公用经费里出就行，不用单列。这样符合要求吗');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer.startsWith('不符合')).toBe(true);
    expect(a.answer).not.toContain('别人说');
  });
});

describe('a change of how often the assessment is held, asked leave for (case.ts)', () => {
  it('「县里的考核能不能改成一年搞一次」 → 不能, 每学期', () => {
    const a = ask('县里这个考核改成一年考一次可以吗');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('每学期');
  });

  it('guard: 「考核改成每学期一次了吗」 is the period it is', () => {
    expect(ask('考核是改成每学期考一次了吗').answer.startsWith('不')).toBe(false);
  });
});

describe('after blind-58\'s one measurement (not evidence): 怎么称呼你, 正策, 倒师 (scope.ts, synonyms.yaml)', () => {
  it('「您好，请问怎么称呼您」 → the greeting, not the stock decline', () => {
    const a = ask('您好，请问怎么称呼您');
    expect(a.inScope).toBe(false);
    expect(a.answer).not.toContain('答不了');
  });

  it('「正策落实这一项几分」 → 第1条, 10分', () => {
    const a = ask('正策落实这一项几分');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('10分');
  });
});

describe('走了 of a student, with a cause of the mind told, is a death (normalize.ts; after blind-58, not evidence)', () => {
  it('「上学期有个学生因为抑郁走了…考核这块会怎么样」 → 五、考核结果运用 (一票否决)', () => {
    const a = ask('上学期有个学生因为抑郁走了，大家心里都不好受。考核这块会怎么样？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('一票否决');
  });

  it('guard: 「学生因为压力大转学走了」 is no death', () => {
    expect(ask('学生因为压力大转学走了，他的心理档案怎么办').answer).not.toContain('一票否决');
  });
});
