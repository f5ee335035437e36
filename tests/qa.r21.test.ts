/**
 * Round 21 of issue 10: a yes/no question asked in the affirmative whose every named thing the
 * answering sentence states leads with the question's own word (cover.ts); nothing negated,
 * limited or counted from a clause before is read that way. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';
import { detectCrisis } from '../src/core/qa/crisis.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const table = loadCrisisTable();

describe('a yes/no question the answering sentence states whole (cover.ts)', () => {
  it('「留守学生是每人配一名成长导师吗」 after a long background → 是 (was the rule alone)', () => {
    const a = ask('我们有个班留守孩子特别多，班主任一个人顾不过来。学校想给这些孩子一对一安排老师结对。按文件，留守学生是每人配一名成长导师吗？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「学科渗透那一项，提供优秀案例给老师交流，算不算」 → 算 (was the clause alone)', () => {
    const a = ask('学科渗透那一项，提供优秀案例给老师交流，算不算');
    expect(a.citations[0]?.id).toBe('item-14');
    expect(a.answer.startsWith('算。')).toBe(true);
  });

  it('「心理健康安全员可以从食堂员工里选吗」 → 可以; 「学校可以拉社会力量来赞助学生心理健康服务吗」 → 可以', () => {
    expect(ask('心理健康安全员可以从食堂员工里选吗').answer.startsWith('可以。')).toBe(true);
    expect(ask('学校可以拉社会力量来赞助学生心理健康服务吗？').answer.startsWith('可以。')).toBe(true);
  });

  it('what counts told in a clause before (班会课) is not read as counted: no 能 for 「能不能算他随机听了心理健康课」', () => {
    const a = ask('督学来学校那天正好没有心理课，他听了一节班会课，能不能算他随机听了心理健康课？');
    expect(a.answer.startsWith('能')).toBe(false);
  });

  it('a word of the question the sentence does not state (序列) gives no verdict', () => {
    const a = ask('心理老师评职称是单独一个序列吗');
    expect(a.answer.startsWith('是')).toBe(false);
  });

  it('「倾听一刻钟这个活动具体要干嘛」 asks what, not yes or no: no 要', () => {
    expect(ask('倾听一刻钟这个活动具体要干嘛').answer.startsWith('要')).toBe(false);
  });
});

describe('crisis phrasings by kind (rubric/crisis.yaml, round 21)', () => {
  it('a student who drank or swallowed something harmful, and words of no longer existing, get the full crisis reply', () => {
    const cases: [string, 'self' | 'student' | 'any'][] = [
      ['打120还是先打家长 学生喝了消毒液 刚吐了', 'student'],
      ['宿舍有个孩子吞了一板药 叫不醒', 'student'],
      ['学生作文写 不好意思 你应该不会存在了', 'student'],
      // (the student's own words quoted, 我 in them: either reply is a crisis reply)
      ['心理課作業 學生寫 我想讓一切結束', 'any'],
      ['不想再当老师了 也不想再当人了', 'self'],
      ['最近老在网上搜 怎样走得体面一点', 'self'],
      ['如果下周一我没来 请不要找我', 'self'],
      ["I won't be here next semester, so don't worry about my grades", 'self'],
      ['Just wanted to say goodbye to everyone here. 以后保重', 'self'],
    ];
    for (const [q, kind] of cases) {
      const found = detectCrisis(table, q).kind;
      if (kind === 'any') expect(found, q).not.toBe('none');
      else expect(found, q).toBe(kind);
    }
  });

  it('the same words in a rule question or plain chat are no crisis', () => {
    for (const q of ['后勤采购的消毒液要登记吗', '学校消毒液放在哪里比较安全', '你们的会开到几点 一切结束了叫我', '运动会一切都结束了 累'])
      expect(detectCrisis(table, q).kind, q).toBe('none');
  });
});

describe('a student\'s words told in a question about the document itself (crisis.ts, DOCUMENT_ASKED)', () => {
  it('are its subject, not a crisis; with a word of now, or the writer\'s own words, they still are one', () => {
    expect(detectCrisis(table, '发现学生写遗言遗书这种预警以后 文件里的二次研判要结合哪些人的观察').kind).toBe('none');
    expect(detectCrisis(table, '学生说想死这类危机干预 在考核里归到哪一项').kind).toBe('none');
    expect(detectCrisis(table, '学生刚刚说想死 按文件我该怎么办').kind).toBe('student');
    expect(detectCrisis(table, '我想死 文件里有没有说老师压力大怎么办').kind).toBe('self');
  });

  it('「发现学生写遗言遗书这种预警以后 文件里的二次研判要结合哪些人的观察」 gets item 17 (was the crisis reply)', () => {
    const a = ask('发现学生写遗言遗书这种预警以后 文件里的二次研判要结合哪些人的观察');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('班主任');
  });
});

describe('a child without family support, and who is asked', () => {
  it('「家里没大人管的孩子 学校要向哪里反馈」 is item 17 (属地街道、社区), not the stock refusal', () => {
    const a = ask('家里没大人管的孩子 学校要向哪里反馈');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('社区');
  });

  it('「…学校要向谁反馈？」 asks who: no 要 before the answer', () => {
    const a = ask('我们学校在城乡结合部，很多孩子父母都在外地打工，家里没人管。对这种缺乏家庭支持的学生，学校要向谁反馈？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('要')).toBe(false);
  });
});

describe('a claim heard elsewhere, asked of the text (silence.ts, hearsayUnsaid)', () => {
  it('names what the text never says (黄金24小时, 检讨): 原文没有直接规定…, not an unrelated clause', () => {
    expect(ask('培训时专家讲心理危机干预有黄金24小时 文件里有这个规定吗').answer.startsWith('原文没有直接规定黄金24小时')).toBe(true);
    expect(ask('听说有的地方学生出事后心理老师要写检讨 我们文件有这个规定吗').answer.startsWith('原文没有直接规定检讨')).toBe(true);
  });

  it('a claim the text does make keeps its answer: 听说心理课每两周至少一节 → 有, item 12', () => {
    const a = ask('听说心理课每两周至少一节 文件里有这个规定吗');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('有')).toBe(true);
  });
});

describe('the asker\'s own figure told after a question for the rule\'s (pieces.ts, asking.ts)', () => {
  it('「专班会议一个学期最少几次？我们这学期就开了一次，这样可以吗」 → 不可以, 还差1次 (was the rule alone and a question left over)', () => {
    const a = ask('专班会议一个学期最少几次？我们这学期就开了一次，这样可以吗');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('「辅导室一周最少开几个小时？我们现在每周开8小时。」 → 不够, 还差2小时', () => {
    const a = ask('辅导室一周最少开几个小时？我们现在每周开8小时。');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('还差2小时');
  });

  it('English: the figure asked, then ours with is that OK → 不可以, 还差4小时 (小时 and 开放 are the first question\'s own)', () => {
    const a = ask("What's the minimum weekly opening time for the counseling room? Ours is only open 6 hours a week, is that OK?");
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('还差4小时');
  });

  it('a figure only roughly told, of some only (有的…两三节), is no fact to judge', () => {
    const a = ask('兼职心理老师每周最少得上几节心理课？我们学校有的兼职老师一学期只上了两三节。');
    expect(a.answer.startsWith('不够')).toBe(false);
  });
});

describe('the 后勤 posts the asker lists (staff.ts, case.ts)', () => {
  it('「我们后勤有保安、宿管、食堂、保洁四个岗位，安全员最少得几个人」 → 至少4名 (was the rubric\'s 2 or 3 posts)', () => {
    const a = ask('我们后勤有保安、宿管、食堂、保洁四个岗位，安全员最少得几个人');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('至少4名')).toBe(true);
  });

  it('a list after the count (7个岗位：保安、…、校车) is the asker\'s posts: 5 still without', () => {
    const a = ask('我们后勤有7个岗位：保安、宿管、食堂、保洁、门卫、水电、校车，现在只有保安和食堂配了安全员，还差几个岗位没配？');
    expect(a.answer).toContain('共差5个岗位');
  });

  it('「我们后勤就保安、宿管、食堂三个岗位…最少配几个」: the first post is 保安, not 勤就保安', () => {
    const a = ask('我们后勤就保安、宿管、食堂三个岗位，心理健康安全员最少配几个？');
    expect(a.answer).toContain('你说的保安、宿管、食堂共3个岗位');
  });
});

describe('the veto\'s own words (非正常死亡) suppose the veto', () => {
  it('「要是出了学生非正常死亡事件 两学期总分再高 年度还能合格吗」 → 不能 (was 是)', () => {
    const a = ask('要是出了学生非正常死亡事件 两学期总分再高 年度还能合格吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('不能')).toBe(true);
  });
});

describe('an outcome the text sets no mark for (合格) is no verdict read from the words alone', () => {
  it('「两学期总分再高 年度还能合格吗」 gets no 能 (cover.ts)', () => {
    expect(ask('两学期总分再高 年度还能合格吗').answer.startsWith('能')).toBe(false);
  });
});

describe('an online way of holding something the clause never names (answer.ts, ONLINE)', () => {
  it('「家长课堂改成线上直播，算不算次数？」 → 原文没有直接规定线上的形式, item 15 (was the count rule as if it settled it)', () => {
    const a = ask('家长课堂改成线上直播，算不算次数？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer.startsWith('原文没有直接规定线上的形式')).toBe(true);
  });

  it('a figure told is still counted (1次线下、1次线上 → 够); a student who says they will livestream self-harm keeps the check-in', () => {
    expect(ask('这学期家长课堂办了1次线下讲座、1次线上讲座，次数够吗？').answer.startsWith('够')).toBe(true);
    const a = ask('学生在班级群里说要直播自残');
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
});

describe('no leave for an act the rubric has no word for (permission.ts)', () => {
  it('「心理测评…要收费，这个钱能不能向家长收」 is not answered 能', () => {
    expect(ask('心理测评用的是第三方公司的系统要收费，这个钱能不能向家长收').answer.startsWith('能')).toBe(false);
  });
});

describe('English self-harm happening now (rubric/crisis.yaml; blind-29\'s one miss, fixed after its measurement)', () => {
  it('cutting herself / hurting himself / cutting myself get the crisis reply; a cutting board does not', () => {
    expect(detectCrisis(table, 'student cutting herself in the bathroom right now，怎么办').kind).toBe('student');
    expect(detectCrisis(table, 'My student is hurting himself in class').kind).toBe('student');
    expect(detectCrisis(table, 'I keep cutting myself').kind).toBe('self');
    expect(detectCrisis(table, 'cutting board for the cooking class').kind).toBe('none');
  });
});

describe('a word the synonym table groups is stated where its group is (cover.ts)', () => {
  it('「心理委员是不是男生女生各一个」 → 是 (男生 against the clause\'s 男、女生)', () => {
    const a = ask('心理委员是不是男生女生各一个');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('是')).toBe(true);
  });
});
