/**
 * Round 26 of issue 10: 这个…有要求吗 pointing back at a thing few clauses name, stages listed side by
 * side (小学、初中、高中、职业学校) asked alike or of one stage, the school's own stage told before a
 * yes-or-no question, and follow-ups that name only a stage or a bare verb (初中要不要配).
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('这个…有要求吗, pointing back at what was told', () => {
  it('「…参加县里的基本功大赛。这个在考核里有相关要求吗」 → 有: the rare thing, not the people around it', () => {
    const a = ask('上个月我们组织老师去听了市里的心理优质课，大家觉得收获挺大。学校也想让心理老师去参加县里的基本功大赛。这个在考核里有相关要求吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「…再判断一次。办法里有这个要求吗」 → 有, of 二次研判', () => {
    const a = ask('开学测评后，系统筛出来二十几个预警学生，心理老师直接把名单发给班主任，让他们联系家长。年级组长说应该先结合老师、同学、家长平时的观察再判断一次。办法里有这个要求吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('有。')).toBe(true);
  });
});

describe('stages listed side by side', () => {
  it('「对小学和高中的专职心理老师配比要求一样吗」 → 一样, both in one list', () => {
    const a = ask('我们是县里一所规模不大的小学，校长说配专职心理老师太奢侈，兼职就行，还说高中才要求严。我想知道考核办法对小学和高中的专职心理老师配比要求一样吗？');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('一样。')).toBe(true);
  });

  it('「我们是职业学校…真的不用按比例配吗」 → 要: the school\'s own stage told before the question', () => {
    const a = ask('我们是职业学校，在校生三千来人，专职心理老师一个兼职三个。招生办的说职校不在这个比例要求里头。真的不用按比例配吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('要。职业学校在列')).toBe(true);
  });

  it('a primary grade asked is not a stage in the list: 小学三年级要配吗 stays with where 第9条 begins', () => {
    const a = ask('心理委员男女有要求吗 小学三年级要配吗 初中要不要配');
    expect(a.answer).not.toContain('小学在列');
    expect(a.citations.map((c) => c.id)).toEqual(['item-9']);
  });
});

describe('a follow-up naming only a stage or a bare verb takes the subject before it', () => {
  it('「心理委员男女有要求吗 小学三年级要配吗 初中要不要配」 → 不需要 for 三年级, 需要 for 初中, both of 第9条', () => {
    const a = ask('心理委员男女有要求吗 小学三年级要配吗 初中要不要配');
    expect(a.answer).toContain('2. 不需要。原文要求从小学四年级起');
    expect(a.answer).toContain('3. 需要。原文要求从小学四年级起，初中在内');
    expect(a.answer).not.toContain('第10条');
  });

  it('「心理测平每学年要做几次 小学几年级开始做」: the grade asked of 测评, not of 心理委员', () => {
    const a = ask('心理测平每学年要做几次 小学几年级开始做');
    expect(a.answer).not.toContain('心理委员');
    expect(a.answer).toContain('小学四年级以上');
  });

  it('(guard) 「民办的算不算，职校算不算」: a stage asked of itself keeps its own answer', () => {
    const a = ask('考核对象包括哪些学校，民办的算不算，职校算不算？');
    expect(a.answer).toContain('职业学校在内');
  });
});

describe('a plan to go, told of a student', () => {
  it('「学生说他已经计划好了，周五晚上就走」 is a crisis (was answered from 第1条)', () => {
    expect(ask('学生说他已经计划好了，周五晚上就走').crisis).toBeDefined();
  });

  it('…while a plan of work done and going to a meeting is nothing (工作计划安排好了我就走)', () => {
    expect(ask('下学期的心理工作计划安排好了，我交完材料就走').crisis ?? 'none').toBe('none');
  });
});

describe('what the text is silent on: money for a person, a choice between things it names neither of', () => {
  it('「兼职心理老师上一节心理课补贴多少钱」 → 原文没有直接规定 (was 第12条 quoted as if it answered)', () => {
    expect(ask('兼职心理老师上一节心理课补贴多少钱').answer.startsWith('原文没有直接规定')).toBe(true);
  });

  it('「县里考核是到学校现场查看，还是只交电子材料」 → 原文没有直接规定', () => {
    expect(ask('县里考核是到学校现场查看，还是只交电子材料').answer.startsWith('原文没有直接规定')).toBe(true);
  });

  it('(guard) money the clause gives in 元 is answered: 心理经费每个学生多少钱 → 10元', () => {
    expect(ask('心理经费每个学生多少钱').answer).toContain('10元');
  });

  it('(guard) a choice the clause settles keeps its answer: 两个学期的分是加起来还是平均 → 是相加', () => {
    expect(ask('两个学期的分是加起来还是平均').answer.startsWith('是相加')).toBe(true);
  });

  it('(guard) 还是 that chooses nothing (就一个心理老师还是兼职的…这样行吗) keeps the verdict', () => {
    const a = ask('我们是乡镇初中，就一个心理老师还是兼职的，平时还上语文。今年学校想直接用班会课代替心理课，省点课时。这样行吗？');
    expect(a.answer.startsWith('不行。')).toBe(true);
  });

  it('(guard) money told, not asked (班主任有津贴她也没有), leaves 算不算工作量 answered', () => {
    const a = ask('我们学校专职心理老师评职称一直卡着，班主任有津贴她也没有。按这个办法专职心理老师待遇怎么定？另外兼职老师上心理课算不算工作量？');
    expect(a.answer).not.toContain('原文没有直接规定津贴');
    expect(a.answer).toContain('计入工作量');
  });
});

describe('the kind or level of a certificate, which the text never names', () => {
  it.each([
    '心理老师必须持C证还是B证',
    '心理老师需要考的是心理咨询师证还是心理健康教育C证？',
    '心理健康教育教师要取得的资格证书具体是哪一种证？',
  ])('%s → 原文没有直接规定资格证书的具体种类和级别', (q) => {
    expect(ask(q).answer.startsWith('原文没有直接规定资格证书的具体种类和级别')).toBe(true);
  });

  it('(guard) 心理老师要什么证 is answered: 相关资格证书', () => {
    const a = ask('心理老师要什么证');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('资格证书');
  });

  it('(guard) 预警网络分几级 → 三级 (a level the text gives)', () => {
    expect(ask('预警网络分几级').answer).toContain('三级');
  });
});

describe('words that frame the question, not its subject', () => {
  it('「按考核要求领导小组应该谁牵头」 → 第2条 (the school\'s own group), not the county\'s 考核工作领导小组', () => {
    const a = ask('学校刚合并，新班子还没磨合好。心理工作领导小组谁当组长有争议，有人说让分管副校长牵头就行。按考核要求领导小组应该谁牵头？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).toContain('党政主要负责同志');
  });

  it('「…按办法学校接下来要做什么」: 接下来 is no thing the text is silent on', () => {
    const a = ask('假如学生在心理测评里勾了‘经常想死’，按办法学校接下来要做什么');
    expect(a.answer).not.toContain('原文没有直接规定接下来');
  });
});

describe('round 26, mid-round: read from blind-45 after its one measurement', () => {
  it('「测评每学年至少几次？从四年级开始对吧」: both answered — a grade believed does not fold a count question', () => {
    const a = ask('测评每学年至少几次？从四年级开始对吧');
    expect(a.answer).toContain('1. 每学年全体学生心理健康测评不少于1次');
    expect(a.answer).toContain('2. 是。小学四年级起');
  });

  it('(guard) 「哪些年级需要心理委员？从三年级对吗？」 stays one question, checked: 不是', () => {
    const a = ask('哪些年级需要心理委员？从三年级对吗？');
    expect(a.answer.startsWith('不是。原文要求从小学四年级起')).toBe(true);
  });

  it('「annual score 是两个学期 add up 吗」 → 是 (add up in the glossary)', () => {
    expect(ask('annual score 是两个学期 add up 吗').answer.startsWith('是')).toBe(true);
  });

  it('「mentor system 里面成长导师是 one student one mentor 吗」 → 是, 每人1名', () => {
    const a = ask('mentor system 里面成长导师是 one student one mentor 吗');
    expect(a.answer.startsWith('是')).toBe(true);
    expect(a.answer).toContain('每人1名');
  });

  it('「全校就86个学生…是不是要单独设个专项经费」 → 需要, 专项经费 and 预算 (not only the sum)', () => {
    const a = ask('我是村小校长，全校就86个学生，9个老师。经费一直紧张，心理这块从来没单独列过钱。是不是要单独设个专项经费？');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.answer).toContain('专项经费');
    expect(a.answer).toContain('预算');
  });

  it('(guard) how much, with the students told, is still worked out: 1200个学生 → 12000元', () => {
    expect(ask('我们学校1200个学生，经费一年最少多少').answer).toContain('12000元');
  });

  it('「有7个还没配成长导师，这样符合要求吗」 quotes the sentence that requires it, not the heading alone', () => {
    const a = ask('我们27个重点关注学生里，有7个还没配成长导师，这样符合要求吗');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).not.toContain('“（1）设立结对成长导师”');
    expect(a.answer).toContain('重点为单亲');
  });

  it('「家长课堂可以在线上开吗，腾讯会议算不算」: one silence of 第15条, not 第3条 for 会议', () => {
    const a = ask('家长课堂可以在线上开吗，腾讯会议算不算？');
    expect(a.answer.startsWith('原文没有直接规定线上')).toBe(true);
    expect(a.answer).not.toContain('第3条');
  });

  it.each(['帮我算一下这学期的绩效工资', '晚上吃啥好，食堂的饭难吃死了'])('%s → declined', (q) => {
    expect(ask(q).inScope).toBe(false);
    expect(ask(q).citations).toEqual([]);
  });

  it('「校长又临时加会，我真的会谢」 is venting: a friendly line, no clause', () => {
    const a = ask('校长又临时加会，我真的会谢');
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain('辛苦了');
  });

  it('(guard) 心理老师的绩效工资跟班主任一样吗 is still answered from 第11条', () => {
    expect(ask('心理老师的绩效工资跟班主任一样吗').citations[0]?.id).toBe('item-11');
  });
});

describe('a question that points back at what was asked or told before it', () => {
  it('「…两个学期的分要合起来算。那年度分到底咋算」 → section-results (was the stock refusal)', () => {
    const a = ask('今年学校心理工作搞得挺用心的，但上学期有几项没做好扣了不少分。听说两个学期的分要合起来算。那年度分到底咋算？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('两学期考核总分');
  });

  it('「专班会一学期开几次，全体教师会呢」: both answered, 呢 after a comma asks of its own thing', () => {
    const a = ask('专班会一学期开几次，全体教师会呢？');
    expect(a.answer).toContain('1. 每学期专班会议不少于2次');
    expect(a.answer).toContain('2. 每学期全体教师会议不少于2次');
  });

  it('「昨天校长问我考核对经费有没有硬杠杠…到底有没有」 → 有, 第21条 (was the stock refusal)', () => {
    const a = ask('学校经费一直紧张，心理这块基本没单独列过钱，都是从办公经费里挤。昨天校长问我考核对经费有没有硬杠杠，我答不上来。到底有没有？');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「请专家来做防自杀讲座，经费有最低标准吗」 → 有 (标准 asks for a rule as 要求 does)', () => {
    expect(ask('请专家来做防自杀讲座，经费有最低标准吗？').answer.startsWith('有。')).toBe(true);
  });
});

describe('who is assessed, one source alone, a reward for ranking high', () => {
  it('「考合对象有没有职高这种职业学校」 → 包括 (有没有 of 考核对象; 职高 and 职业学校 both the kind)', () => {
    expect(ask('考合对象有没有职高这种职业学校').answer.startsWith('包括。')).toBe(true);
  });

  it('(guard) 考核范围有没有幼儿园 → 不包括', () => {
    expect(ask('考核范围有没有幼儿园').answer.startsWith('不包括。')).toBe(true);
  });

  it('「预警学生能只凭测评结果就定下来吗」 → 不能: the clause weighs it with what teachers and parents see (结合…)', () => {
    const a = ask('预警学生能只凭测评结果就定下来吗');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('二次研判');
  });

  it.each(['考核排名前三的学校有没有奖励？', '年度考核第一名的学校有奖金吗'])('%s → 原文没有直接规定 (a reward for ranking high)', (q) => {
    expect(ask(q).answer).toMatch(/^原文没有直接规定(?:奖励|奖金)/);
  });
});

describe('跟…有关的 frames, and a teacher\'s own load', () => {
  it('「文件里跟危机干预有关的要求都在哪一条」 → 第17条 (was the stock refusal)', () => {
    const a = ask('文件里跟危机干预有关的要求都在哪一条？');
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('(guard) 「考核结果和评优评先有关系吗」 keeps 有，挂钩 (有关系 is no frame)', () => {
    expect(ask('考核结果和评优评先有关系吗').answer.startsWith('有，挂钩。')).toBe(true);
  });

  it('「兼职心理老师每周最少上几节心理课」 → silence: the text counts lessons per class, not per teacher', () => {
    const a = ask('兼职心理老师每周最少上几节心理课？');
    expect(a.answer.startsWith('原文没有直接规定每位老师上课的节数')).toBe(true);
  });

  it('(guard) 「心理课每周上几节」 is answered: 每两周不少于1课时', () => {
    expect(ask('心理课每周上几节').answer).toContain('每两周不少于1课时');
  });
});

describe('a rate told beside the stretch of weeks', () => {
  it('「全校24个班，都是两周一节心理课，一学期18周，全校加起来最少多少节」 → 216 (两周一节 is a rate, not a stretch)', () => {
    expect(ask('全校24个班，都是两周一节心理课，一学期18周，全校加起来最少多少节').answer).toContain('216');
  });
});

describe('a share told as so many of so many', () => {
  it('「学校1000个学生，知晓率调查990人知道辅导室电话，达标吗」 → 不达标, 990/1000 (99%) against 100%', () => {
    const a = ask('学校1000个学生，知晓率调查990人知道辅导室电话，达标吗');
    expect(a.answer.startsWith('不达标。')).toBe(true);
    expect(a.answer).toContain('990/1000（99%）');
  });

  it('(guard) all of them knowing → 达标', () => {
    expect(ask('我们1200个学生，调查了一下1200人都知道辅导室在哪，知晓率达标吗').answer.startsWith('达标。')).toBe(true);
  });
});

describe('searching how to die, and hyperbole of homework', () => {
  it('「我们班一个女生这几天一直在网上搜怎么样死得不痛苦」 → the student crisis reply (was answered from 第9条)', () => {
    expect(ask('我们班一个女生这几天一直在网上搜怎么样死得不痛苦').crisis).toBe('student');
  });

  it('「学生说作业多得想死，这种话要上报吗」 is not the full student crisis reply (多得想死 as 累得想死)', () => {
    expect(ask('学生说作业多得想死，这种话要上报吗').crisis).not.toBe('student');
  });
});

describe('round 26, read from blind-44 and blind-46 after their final measurement', () => {
  it('「嗯 读学每学期要来参加几次我们的心理活动」 → 第7条 (读学 heard for 督学; was the stock refusal)', () => {
    const a = ask('嗯 读学每学期要来参加几次我们的心理活动');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer).toContain('不少于1次');
  });
});

describe('leave to stop what the clause requires at least so often', () => {
  it('「心理课两周一节，这个能停吗」 → 不能 (was 能: the rate kept before was judged, not the stop)', () => {
    const a = ask('心理课两周一节，这个能停吗');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('停了就达不到');
  });

  it('「…想把心理课停了给中考复习让路…这个能停吗」 → 不能, 第12条', () => {
    const a = ask('初三下学期课排得特别满，年级组想把心理课停了给中考复习让路，我们心理课本来是两周一节。这个能停吗？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('不能。')).toBe(true);
  });

  it('「专班会议这学期能停吗」 → 不能', () => {
    expect(ask('专班会议这学期能停吗').answer.startsWith('不能。')).toBe(true);
  });
});
