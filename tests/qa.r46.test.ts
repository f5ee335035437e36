/**
 * Round 46 of issue 10: what round 45's blind sets showed, read after their measurement. A long
 * message whose situation names the clause (课程管理这块, 这部分, 相关要求, 安排什么) asks of that clause;
 * a compound the rubric holds nowhere whole is read by its parts; two things of one subject asked
 * together; whether a thing counts as assessed (算考核内容); a leave asked of a list; the kind of a
 * thing asked (什么样的); one of each sex put for confirming; typos, English words and what is out of
 * scope. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { normalize } from '../src/core/text/normalize.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(normalize(q));
const first = (q: string) => ask(q).citations[0]?.id;

describe('the situation told before a question names its clause', () => {
  it('「…各班班主任自己备课…课程管理这块应该怎么做」 → 第12条, 集体备课 (课程管理, held nowhere whole, read as 课程 + 管理; was the assessment section)', () => {
    const q = '我们学校心理课一直是各班班主任自己备课，各上各的，也没有统一的教学计划。下学期要迎检，课程管理这块应该怎么做？';
    expect(first(q)).toBe('item-12');
    expect(ask(q).answer).toContain('集体备课');
    expect(ask('课程管理这块应该怎么做').inScope).toBe(true);
  });
  it('「…孩子父母离异，家里经济也困难…按考核要求，学校应该给他安排什么」 → 成长导师 (was 安全员: the lone question’s comma kept the situation unread)', () => {
    const a = ask('我班上有个孩子父母离异，家里经济也困难，最近成绩下滑得厉害。按考核要求，学校应该给他安排什么？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('成长导师');
    expect(a.answer).not.toContain('安全员');
  });
  it('「…领导小组早就成立了，但工作专班一直没有…考核对这部分怎么说」 → 第2条, 工作专班 (was 四、考核组织实施)', () => {
    const a = ask('我们学校领导小组早就成立了，但工作专班一直没有，校长觉得有领导小组就够了。考核对这部分怎么说？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).toContain('专班');
  });
  it('「…参加了市里的基本功大赛…校长想知道考核里有没有相关要求，在哪一条」 → 第11条, 基本功 (was 第4条: 校长 wanting to know names no clause)', () => {
    const a = ask('今年我们学校专职心理老师参加了市里的基本功大赛还拿了奖。校长想知道考核里有没有相关要求，在哪一条？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('基本功');
  });
  it('「…听说会议要体现会必议那一套说法。完整的要求是什么」 → 第2条, 议必决 (完整的 asks the whole rule, no 完整的教学计划)', () => {
    const a = ask('我们是民办初中，平时心理工作都是德育处在管，专班会议记录一直很简单。现在要补材料，听说会议要体现会必议那一套说法。完整的要求是什么？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).toContain('议必决');
    expect(a.answer).toContain('行必果');
  });
});

describe('what is asked, read whole', () => {
  it('「考核对辅导室的值班和开放有什么要求」 → 第18条 值班 and 第20条 10小时, both', () => {
    const a = ask('我们辅导室去年就建好了，有沙盘室和宣泄室，但一直没人值班，平时基本锁着门。考核对辅导室的值班和开放有什么要求？');
    expect(a.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['item-18', 'item-20']));
    expect(a.answer).toContain('值班');
    expect(a.answer).toContain('10小时');
    // (One clause says both: one answer.)
    expect(ask('家长课堂和家长会有什么要求').citations.map((c) => c.id)).toEqual(['item-15']);
  });
  it('「其他心理健康相关的规章制度也算考核内容吗」 → 算, 第8条', () => {
    const a = ask('其他心理健康相关的规章制度也算考核内容吗');
    expect(a.answer.startsWith('算')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-8');
  });
  it('「心理健康的 budget 要单独立项吗」 → 要, 专项经费', () => {
    const a = ask('心理健康的 budget 要单独立项吗');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.answer).toContain('专项经费');
  });
  it('「测评筛出有自杀意念的学生后，学校要建什么样的预警网络」 → 学校—年级—班级 (the sentence that says 预警网络)', () => {
    const a = ask('测评筛出有自杀意念的学生后，学校要建什么样的预警网络？');
    expect(a.answer).toContain('年级');
    expect(a.answer).toContain('班级');
    expect(a.answer).not.toContain('12356');
  });
  it('「心理老师上岗之前要不要培训」 → 第10条, 岗前培训', () => {
    const a = ask('心理老师上岗之前要不要培训');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer).toContain('岗前培训');
  });
  it('「能直接按测评结果定级、不做二次研判吗」 → 不能 (leave asked of a list, its second thing left out)', () => {
    const a = ask('测评筛出的预警学生，能直接按测评结果定级、不做二次研判吗？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('二次研判');
  });
  it('「四年级以上的班 心理委员 是要 男生女生 各一个 对吧」 → yes, 各1名 (was the grade’s 需要, without it)', () => {
    const a = ask('就是 四年级以上的班 心理委员 是要 男生女生 各一个 对吧');
    expect(a.answer).toMatch(/^(?:是|对|要)。/);
    expect(a.answer).toContain('各1名');
  });
  it('「全员倒师制度里服务频次要不要写清楚」 → 要 (写清楚 is the clause’s 进行明确; 写明 is left out, for 写明年计划)', () => {
    const a = ask('全员倒师制度里服务频次要不要写清楚');
    expect(ask('我们学校正在修订发展规划，也在写明年的工作计划。校办主任让我问一下，心理健康教育这块要不要写进去？').citations[0]?.id).toBe('item-1');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-5');
  });
  it('「心理经费能跟德育经费混着用、不单列吗」 → 不能 (混着用, said not set apart already, is not read so twice)', () => {
    expect(ask('心理经费能跟德育经费混着用、不单列吗？').answer.startsWith('不能')).toBe(true);
  });
  it('「倾听一刻钟是让学生跟谁交流？它算考核里哪一块的？」 → both: 同学… and 常规工作', () => {
    const a = ask('倾听一刻钟是让学生跟谁交流？它算考核里哪一块的？');
    expect(a.answer).toContain('同学');
    expect(a.answer).toContain('常规工作');
  });
});

describe('the assessment’s day', () => {
  it('「学期结束当天再考核行不行」 → 不行, 学期结束前15天 (学期结束, now read as 学期 + 结束, found the sentence and said 行)', () => {
    const a = ask('学期结束当天再考核行不行？');
    expect(a.answer.startsWith('不行')).toBe(true);
    expect(a.answer).toContain('学期结束前15天');
    expect(ask('放假以后再考核可以吗').answer.startsWith('不可以')).toBe(true);
  });
});

describe('typos, English words and what is out of scope', () => {
  it('结过/公步, 都学, 资隔: 结果/公布, 督学, 资格', () => {
    const a = ask('考核结过什么时候公步');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('领导小组');
    expect(first('责任都学进校是定期的吗')).toBe('item-7');
    expect(ask('当心里老师要有啥资隔条件？').answer).toContain('资格证书');
  });
  it('「想排个 schedule，心理考核是每学期一次还是一年一次」 → 四、考核组织实施 (a plan of one’s time, no 课程表); 「心理课的schedule」 stays 第12条', () => {
    expect(first('想排个 schedule，心理考核是每学期一次还是一年一次？')).toBe('section-organization');
    expect(first('心理课的schedule是怎样的，每个class多久要上一节')).toBe('item-12');
  });
  it('「组织领导这个 section 在考核表里一共多少分」 → 11分 (was declined)', () => {
    const a = ask('组织领导这个 section 在考核表里一共多少分？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('11分');
  });
  it('a classroom game, a power cut: out of scope', () => {
    expect(ask('我快被这帮熊孩子气死了哈哈，有什么课堂管理小游戏').inScope).toBe(false);
    expect(ask('吓死我了，刚才停电了，教务系统里的数据会丢吗').inScope).toBe(false);
  });
});

describe('blind-104, read after its one measurement', () => {
  it('「那个 考核 是不是 放假前 半个月 左右 搞」 → 是, 学期结束前15天', () => {
    const a = ask('那个 考核 是不是 放假前 半个月 左右 搞');
    expect(a.answer.startsWith('是')).toBe(true);
    expect(a.answer).toContain('15天');
  });
  it('English words: result / public, observation class, visit / tasks', () => {
    const a = ask('考核 result 出来以后会 public 吗？');
    expect(a.answer.startsWith('会')).toBe(true);
    expect(a.answer).toContain('公布');
    const b = ask('校级 observation class 一学期要几次？');
    expect(b.citations[0]?.id).toBe('item-11');
    expect(b.answer).toContain('2次');
    const c = ask('责任督学 visit 的时候要做哪些 tasks？');
    expect(c.answer).toContain('主题活动');
    expect(c.answer).not.toContain('原文没有直接规定');
  });
  it('「督学进校要做哪些工作」: work in general is no thing the text is silent on', () => {
    expect(ask('责任督学进校的时候要做哪些工作').answer).not.toContain('原文没有直接规定工作');
  });
  it('「…校长希望我带着老师们做点研究。文件对心理健康研究有什么要求」 → 课题或项目', () => {
    const a = ask('我是刚调来的心理老师，之前在医院做过咨询。校长希望我带着老师们做点研究。文件对心理健康研究有什么要求？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('课题');
  });
  it('「…排倒数第二…领导让我查查会不会受影响。文件怎么说」 → 会, 取消评优 (was declined), and 文件怎么说 is no question left unanswered', () => {
    const a = ask('去年县里考核，我们学校在初中段排倒数第二。今年学校想报市级心理健康先进集体。领导让我查查会不会受影响。文件怎么说？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('取消');
    expect(a.answer).not.toContain('另有');
  });
});

describe('blind-105 and blind-106, read after their last measurement (not evidence)', () => {
  it('「自杀会很疼吗」 is a person at risk: the crisis reply, never the veto section', () => {
    for (const q of ['自杀会很疼吗', '自杀疼不疼', '死了会疼吗']) {
      const a = ask(q);
      expect(a.crisis).toBe('self');
      expect(a.answer).toContain('12356');
      expect(a.answer).not.toContain('一票否决');
    }
  });
  it('「职业学校是不是可以不配？」: not equipping is no 「我不配」 — the rule, no check-in; 「我不配活着」 still gets one', () => {
    const a = ask('我们是县里一所中职，学生一千出头。分管领导觉得心理老师主要是中小学的事，职业学校可以不配专职的。职业学校是不是可以不配？');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer).not.toContain('现在安全吗');
    expect(ask('我觉得我不配活着').answer).toContain('12356');
  });
  it('「我们打算只给重点关注的学生做心理测评，其他学生不测，可以吗」 → 不可以, 全体学生 (was 可以 with 第8条’s 其他)', () => {
    const a = ask('我们打算只给重点关注的学生做心理测评，其他学生不测，可以吗？');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('全体学生');
  });
  it('guard: 「孩子吃了药正在送医院，我该干嘛」 stays a check-in (该干嘛 is no 该做什么 of a rule)', () => {
    for (const q of ['刚接到家长电话，孩子吃了药正在送医院，我该干嘛', '刚接到家长电话，孩子吃了药正在送医院，我还要干嘛']) {
      const a = ask(q);
      expect(a.inScope).toBe(false);
      expect(a.answer).toContain('12356');
      expect(a.answer).toContain('110');
    }
  });
  it('「…除了一票否决，还会追究责任吗」 → 会, 严肃问责 (was 原文没有直接规定)', () => {
    const a = ask('出现学生非正常死亡，除了一票否决，还会追究责任吗？');
    expect(a.answer.startsWith('会')).toBe(true);
    expect(a.answer).toContain('问责');
  });
  it('「有公益基金会想出钱支持…办法允许吗」 → 可以, 社会力量 (was declined)', () => {
    const a = ask('有公益基金会想出钱支持我们的学生心理服务，办法允许吗？');
    expect(a.answer.startsWith('可以')).toBe(true);
    expect(a.answer).toContain('社会力量');
  });
  it('voice: 「优质课 基本功大赛 这些 要 推荐 老师 去参加吗」 → 要, 第11条; 「预警学生 筛出来以后 就是 还要 干嘛」 → 第17条', () => {
    const a = ask('就是 优质课 基本功大赛 这些 要 推荐 老师 去参加吗');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-11');
    expect(first('那个 预警学生 筛出来以后 就是 还要 干嘛')).toBe('item-17');
  });
});
