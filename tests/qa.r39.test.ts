/**
 * Round 39 of issue 10: the assessment asked of 上面 (the county, not 第1条's 上级部门); the days left to
 * the semester's end against the 15 days; six grades with no stage named read both ways (要看年级); 配
 * without 了 as the school's count; the need told (应配24个) beside what there is, scored and judged; the
 * rule's figure told (应开2次) beside the school's, never added to it; 测评结果出来以后 as a time only;
 * an item none of whose keywords the question says (第7条) yielding to one whose it does (第12条); the
 * least claimed (至少讲20次对吧) weighed over the asker's weeks; the staff's meeting said short
 * (全体教师会); a pause as long as the rule's span; a must asked of a thing no clause names (绿植).
 * Also what this round's own probes found: times held that left out what is asked of (但一次没讨论心理健康),
 * the terms of one school year (去年秋季…今年春季), an accidental death and the veto, which of two counts
 * falls short (哪个没达标), a modal glued to 学校 (学校会). Over the real rubric, tables and jieba.
 * Also blind-84's failures (read after its one measurement) and blind-83's and blind-85's (read after their
 * last): mended after, not evidence. On 01663ea 67 of these 79 fail; the 12 that pass are guards.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const first = (q: string) => ask(q).citations[0]?.id;

describe('when the assessment comes (synonyms.yaml, case.ts, weeks.ts)', () => {
  it('「上面来考核一般是啥时候」 → 四、考核组织实施, 15天 (was 第1条 and silence)', () => {
    expect(first('上面来考核一般是啥时候')).toBe('section-organization');
    expect(ask('上面来考核一般是啥时候').answer).toContain('15天');
  });
  it('「上面啥时候来考核」 → 四、考核组织实施', () => {
    expect(first('上面啥时候来考核')).toBe('section-organization');
  });
  it('「离学期结束还有4周，考核是不是已经过了」 → 不是, 还没到, 13天后 (was no verdict)', () => {
    const a = ask('离学期结束还有4周，考核是不是已经过了').answer;
    expect(a.startsWith('不是')).toBe(true);
    expect(a).toContain('13天后');
  });
  it('「还有10天就放假了，考核过了吗」 → 是, 已过了约5天', () => {
    const a = ask('还有10天就放假了，考核过了吗').answer;
    expect(a.startsWith('是')).toBe(true);
    expect(a).toContain('约5天');
  });
  it('guard: 「离学期结束还有3周，心理课还要上吗」 is about the lessons, not the assessment', () => {
    expect(first('离学期结束还有3周，心理课还要上吗')).toBe('item-12');
  });
});

describe('committee members (staff.ts, apply.ts)', () => {
  it('「每个年级3个班，一共6个年级，心理委员配18个够不够」 → 要看年级, 18 for a primary school, 36 else (was 不够 on 18 classes, 配 without 了 unread)', () => {
    const a = ask('每个年级3个班，一共6个年级，心理委员配18个够不够').answer;
    expect(a.startsWith('要看年级')).toBe(true);
    expect(a).toContain('要18名，你说的18名够');
    expect(a).toContain('要36名，还差18名');
  });
  it('「我们小学每个年级3个班，一共6个年级，心理委员配18个够不够」 → 够, 9个班 (was no verdict: 配 without 了 unread)', () => {
    const a = ask('我们小学每个年级3个班，一共6个年级，心理委员配18个够不够').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('9 个班');
  });
  it('guard: 「初中高中一共6个年级，每个年级4个班」 counts all 24 classes', () => {
    expect(ask('初中高中一共6个年级，每个年级4个班，心理委员要几个').answer).toContain('48');
  });
  it('「心理委员应配24个，我们配了18个，这2分能拿满吗」 → 不能, 1.5分 (was no score)', () => {
    const a = ask('心理委员应配24个，我们配了18个，这2分能拿满吗').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('1.5分');
  });
  it('「心理委员应配24个，我们配了18个，够吗」 → 不够, 还差6 (was no verdict)', () => {
    const a = ask('心理委员应配24个，我们配了18个，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('还差6');
  });
  it('guard: 「应配专职2人，实际只有1人，这一块扣几分」 → 扣1.5分', () => {
    expect(ask('应配专职2人，实际只有1人，这一块扣几分').answer.startsWith('扣1.5分')).toBe(true);
  });
});

describe('the rule\'s figure told beside the school\'s (rates.ts)', () => {
  it('「家长课堂应开2次，我们开了1次，够吗」 → 不够 (was 够 on 2 + 1 = 3)', () => {
    const a = ask('家长课堂应开2次，我们开了1次，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).not.toContain('3次');
  });
  it('「家长课堂要求2次，我们开了1次，够吗」 → 不够 (was no verdict)', () => {
    expect(ask('家长课堂要求2次，我们开了1次，够吗').answer.startsWith('不够')).toBe(true);
  });
  it('guard: 「心理课我们一共上了6节，够吗」 stays on 第12条 (a total over weeks not told)', () => {
    expect(first('心理课我们一共上了6节，够吗')).toBe('item-12');
  });
});

describe('the sentence and the clause (synonyms.yaml, retrieve.ts, analyze.ts)', () => {
  it('「测评结果出来以后预警的学生要干嘛」 → 二次研判 (was the sentence on 运用测评结果)', () => {
    expect(ask('测评结果出来以后预警的学生要干嘛').answer).toContain('二次研判');
  });
  it('「心理课一学期上20节对吗」 → 第12条 (was 第7条, 督学\'s lessons)', () => {
    expect(first('心理课一学期上20节对吗')).toBe('item-12');
  });
  it('「一学期20周，心理课上了20节」 → 第12条 (was 第7条)', () => {
    expect(first('一学期20周，心理课上了20节')).toBe('item-12');
  });
  it('「关于防自杀的全体教师会，每学期最少开几次」 → 第3条, 2次 (was 第11条\'s training)', () => {
    expect(first('关于防自杀的全体教师会，每学期最少开几次')).toBe('item-3');
    expect(ask('关于防自杀的全体教师会，每学期最少开几次').answer).toContain('2次');
  });
  it('guard: 「全体老师大会每学期开几次」 → 第3条', () => {
    expect(first('全体老师大会每学期开几次')).toBe('item-3');
  });
});

describe('the least claimed (compose.ts)', () => {
  it('「一学期20周，心理课至少讲20次对吧」 → 不是, 10课时 (was 第7条 and no verdict)', () => {
    const a = ask('一学期20周，心理课至少讲20次对吧').answer;
    expect(a.startsWith('不是')).toBe(true);
    expect(a).toContain('10课时');
  });
  it('「一学期20周，心理课至少上20节吗」 → 不是 (was 够, on 第7条)', () => {
    expect(ask('一学期20周，心理课至少上20节吗').answer.startsWith('不是')).toBe(true);
  });
  it('「心理课一学期最少上10节对吧」 → 是 (was 不是 on 第7条)', () => {
    expect(ask('心理课一学期最少上10节对吧').answer.startsWith('是')).toBe(true);
  });
  it('guard: 「家长课堂每学期至少3次对吧」 → 不是', () => {
    expect(ask('家长课堂每学期至少3次对吧').answer.startsWith('不是')).toBe(true);
  });
  it('guard: 「家长课堂每学期至少2次对吧」 → 是', () => {
    expect(ask('家长课堂每学期至少2次对吧').answer.startsWith('是')).toBe(true);
  });
});

describe('a pause, a thing never named (compose.ts)', () => {
  it('「心理课可以两周连上两节然后停两周吗」 → 不可以 (was 可以)', () => {
    expect(ask('心理课可以两周连上两节然后停两周吗').answer.startsWith('不可以')).toBe(true);
  });
  it('guard: 「每周一节，期中考试那两周停了，一学期20周，够吗」 is still judged on the semester → 够', () => {
    expect(ask('每周一节，期中考试那两周停了，一学期20周，够吗').answer.startsWith('够')).toBe(true);
  });
  it('「辅导室要不要放绿植」 → 原文没有直接规定 first (was the clause alone)', () => {
    expect(ask('辅导室要不要放绿植').answer.startsWith('原文没有直接规定')).toBe(true);
  });
});

describe('probes of this round (rates.ts, weeks.ts, case.ts, apply.ts, nearest.ts)', () => {
  it('「专班会议开了两次，但一次没讨论心理健康，算达标吗」 → 不够, 1次 (was 够 on 2)', () => {
    const a = ask('专班会议开了两次，但一次没讨论心理健康，算达标吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('每学期1次');
  });
  it('「全体教师会开了3次，其中1次没讲心理，够吗」 → 够, 2次 (was 不够: 没讲 read as not done)', () => {
    const a = ask('全体教师会开了3次，其中1次没讲心理，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('每学期2次');
  });
  it('「家长会开了2次，但一次也没讲心理健康，够吗」 → 不够, 0次 (was 够)', () => {
    const a = ask('家长会开了2次，但一次也没讲心理健康，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('每学期0次');
  });
  it('「心理测评去年秋季做过了，今年春季还要做吗」 → 不需要, one school year (was 需要)', () => {
    expect(ask('心理测评去年秋季做过了，今年春季还要做吗').answer.startsWith('不需要')).toBe(true);
  });
  it('guard: 「测评春季学期做了，秋季开学还要做吗」 → 需要, a new school year', () => {
    expect(ask('测评春季学期做了，秋季开学还要做吗').answer.startsWith('需要')).toBe(true);
  });
  it('「学校出了学生意外溺亡的事，会一票否决吗」 → 不会 (was 会)', () => {
    expect(ask('学校出了学生意外溺亡的事，会一票否决吗').answer.startsWith('不会')).toBe(true);
  });
  it('「本学期专班会议开了1次，全体教师会开了2次，哪个没达标」 → 不够, 专班会议没达标, 第2条 first', () => {
    const r = ask('本学期专班会议开了1次，全体教师会开了2次，哪个没达标');
    expect(r.answer.startsWith('不够。专班会议没达标')).toBe(true);
    expect(r.citations[0]?.id).toBe('item-2');
  });
  it('「考核不合格的学校会怎么处理」 → never 「原文没有直接规定学校会」', () => {
    expect(ask('考核不合格的学校会怎么处理').answer).not.toContain('学校会');
  });
  it('「家长都在外地，家长课堂开不起来，线上开可以吗」 → 原文没有直接规定线上的形式 (was 不可以 on the lack told)', () => {
    expect(ask('家长都在外地，家长课堂开不起来，线上开可以吗').answer.startsWith('原文没有直接规定线上')).toBe(true);
  });
  it('「…每周一节，上了16周，期末考试两周停了，一共上了16节，够了吧」 → 16周至少8课时 (was 每2周16课时)', () => {
    const a = ask('我们这学期心理课每周一节，上了16周，期末考试两周停了，一共上了16节，够了吧').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('16周至少8课时');
  });
  it('「下学期什么时候开学」 → 原文没有直接规定开学、放假的日期 (was 第17条\'s 开学 quoted as the answer)', () => {
    expect(ask('下学期什么时候开学').answer.startsWith('原文没有直接规定开学')).toBe(true);
  });
  it('guard: 「学期1月20日结束，什么时候考核」 still gets the day → 1月5日', () => {
    expect(ask('学期1月20日结束，什么时候考核').answer).toContain('1月5日');
  });
});

describe('chat (scope.ts)', () => {
  it.each(['您辛苦了', '老师辛苦啦', '666'])('「%s」 → a short friendly line (was the stock decline)', (q) => {
    const r = ask(q);
    expect(r.inScope).toBe(false);
    expect(r.answer.length).toBeLessThanOrEqual(80);
    expect(r.answer).not.toContain('答不了');
  });
});

describe('each of several things asked, the staff\'s meeting said short (compose.ts, analyze.ts)', () => {
  it('「全体教师会开几次」 → 2次 (was 原文没有直接规定全体教师的具体数字)', () => {
    const a = ask('全体教师会开几次').answer;
    expect(a.startsWith('原文没有直接规定')).toBe(false);
    expect(a).toContain('不少于2次');
  });
  it('「家长课堂和家长会分别有什么要求」 → both (was 原文没有直接规定分别)', () => {
    const a = ask('家长课堂和家长会分别有什么要求').answer;
    expect(a).not.toContain('原文没有直接规定');
    expect(a).toContain('家长课堂');
    expect(a).toContain('家长会');
  });
  it('「心理委员和安全员分别怎么配」 → both (was 心理委员 only)', () => {
    const a = ask('心理委员和安全员分别怎么配').answer;
    expect(a).toContain('每个岗位至少1名');
    expect(a).toContain('每班不少于2名');
  });
});

describe('opening hours on school days and a weekend day (hours.ts)', () => {
  it('「辅导室周六开了4小时，平时每天开2小时，够吗」 → 够, 14小时 (was 不够 on 2小时×1天)', () => {
    const a = ask('辅导室周六开了4小时，平时每天开2小时，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('每周14小时');
  });
  it('「辅导室平时每天开1小时，周六开3小时，达标吗」 → 不够, 8小时', () => {
    const a = ask('辅导室平时每天开1小时，周六开3小时，达标吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('每周8小时');
  });
});

describe('the school year named before a term (rates.ts)', () => {
  it('「这学年的心理测评上学期已经做过一次了，下学期还要再测吗」 → 不需要, 每学年1次 (was 每学期1次折合每学年2次)', () => {
    const a = ask('这学年的心理测评上学期已经做过一次了，下学期还要再测吗').answer;
    expect(a.startsWith('不需要')).toBe(true);
    expect(a).toContain('你说的是每学年1次');
  });
});

describe('the act a must is asked of (sentences.ts)', () => {
  it('「有自伤行为的学生要转介吗」 → the sentence on 转介 (was the one on 行为观察, no verdict)', () => {
    const a = ask('有自伤行为的学生要转介吗').answer;
    expect(a).toContain('及时转介');
    expect(a).not.toContain('行为观察');
  });
});

// blind-84's failures, read after its one measurement (748a6a3, 270/278): mended after, not evidence.
describe('after blind-84 (read after its one measurement)', () => {
  it('「专职心理老师 评优评比工资这些 有没有什么待遇保障」 → 有 first', () => {
    expect(ask('专职心理老师 评优评比工资这些 有没有什么待遇保障').answer.startsWith('有')).toBe(true);
  });
  it('「心理健康周或者月这种活动学校要搞吗」 → 要 (或者月 is the text\'s 周/月, no choice)', () => {
    expect(ask('心理健康周或者月这种活动学校要搞吗').answer.startsWith('要')).toBe(true);
  });
  it('「…想先从最基本的问起：工作专班的专题会议每学期到底要开几次？」 → 第2条, 2次 (was 原文没有直接规定基本)', () => {
    const r = ask('我是乡镇中心小学新来的分管副校长，这学期校长让我接手心理健康这块，想先从最基本的问起：工作专班的专题会议每学期到底要开几次？');
    expect(r.citations[0]?.id).toBe('item-2');
    expect(r.answer).toContain('2次');
  });
  it('「四年级二班只选了1个女生当心理委员，够不够」 → 不够 (四年级二班 is one class, not 2)', () => {
    expect(ask('四年级二班只选了1个女生当心理委员，够不够').answer.startsWith('不够')).toBe(true);
  });
  it('「初二(3)班心理委员选了2个男生，行吗」 → 不行 (男、女生各1名)', () => {
    expect(ask('初二(3)班心理委员选了2个男生，行吗').answer.startsWith('不行')).toBe(true);
  });
  it('「心理摸排与干预那一条满分多少，四项要求我们做到三项能得几分」 → 9分', () => {
    expect(ask('心理摸排与干预那一条满分多少，四项要求我们做到三项能得几分').answer).toContain('做到3项得9分');
  });
  it('「责任督学一个学期都不来学校，这样可以吗」 → 不可以', () => {
    expect(ask('责任督学一个学期都不来学校，这样可以吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「心理健康考核能不能放到期末考试全考完以后再搞」 → 不能, 15天 (was declined: 放到 read as 纳入)', () => {
    const r = ask('心理健康考核能不能放到期末考试全考完以后再搞');
    expect(r.answer.startsWith('不能')).toBe(true);
    expect(r.answer).toContain('15天');
  });
  it('「心理委员的培训每学期要上几个课时」 → 原文没有直接规定 (a count of 课时 the clause never gives)', () => {
    expect(ask('心理委员的培训每学期要上几个课时').answer.startsWith('原文没有直接规定')).toBe(true);
  });
});

describe('more probes (synonyms.yaml, silence.ts, sentences.ts)', () => {
  it('「安全员能由门卫大爷兼吗」 → 能 (门卫大爷 is 保安)', () => {
    expect(ask('安全员能由门卫大爷兼吗').answer.startsWith('能')).toBe(true);
  });
  it('「心理辅导室能不能晚上开」 → 原文没有直接规定晚上是否开放 (was 晚上是否晚上开放)', () => {
    expect(ask('心理辅导室能不能晚上开').answer.startsWith('原文没有直接规定晚上是否开放')).toBe(true);
  });
  it('guard: 「测评结果要建档吗」 keeps the sentence on 一人一档 (建档 said elsewhere is no reason to quote it)', () => {
    expect(ask('测评结果要建档吗').answer).toContain('一人一档');
  });
});

describe('still more probes (staff.ts, join.ts, apply.ts, retrieve.ts)', () => {
  it('「我们学校没有宿管，只有保安和食堂，安全员配2个够吗」 → 够 (the posts named after 只有)', () => {
    expect(ask('我们学校没有宿管，只有保安和食堂，安全员配2个够吗').answer.startsWith('够')).toBe(true);
  });
  it('「…心理专项经费只批了3000，学生400人，会不会扣分，扣多少」 → 会，扣1分 (was 不够。扣1分)', () => {
    expect(ask('学校今年经费紧张，心理专项经费只批了3000，学生400人，会不会扣分，扣多少').answer.startsWith('会，扣1分')).toBe(true);
  });
  it('「学生只有300人，校长说人少不用配专职心理老师，对吗」 → 不对, 1名, labelled as reading', () => {
    const a = ask('我们是一所小学，学生只有300人，校长说人少不用配专职心理老师，对吗').answer;
    expect(a.startsWith('不对')).toBe(true);
    expect(a).toContain('理解');
  });
  it('「心理老师休产假了，这学期心理课都停了，这样会扣分吗」 → 第12条 (was 第7条, 督学\'s lessons)', () => {
    expect(first('心理老师休产假了，这学期心理课都停了，这样会扣分吗')).toBe('item-12');
  });
  it('「测评没做，扣几分」 → 扣3分 (was the clause\'s points only)', () => {
    expect(ask('测评没做，扣几分').answer.startsWith('扣3分')).toBe(true);
  });
});

describe('one of a group any one of which will do (qualify.ts)', () => {
  it.each(['专职心理老师要有教师资格证吗', '心理老师一定要是心理学专业毕业的吗', '心理老师要有资格证书吗'])('「%s」 → 不一定, 背景或证书 (was 需要 / 要 / 可以)', (q) => {
    const a = ask(q).answer;
    expect(a.startsWith('不一定')).toBe(true);
    expect(a).toContain('有其一即可');
  });
  it('guard: 「兼职心理老师要参加岗前培训吗」 → 需要 (a condition of its own group)', () => {
    expect(ask('兼职心理老师要参加岗前培训吗').answer.startsWith('需要')).toBe(true);
  });
  it('「倾听一刻钟可以每周集中聊一次吗」 → 不可以 (was 原文没有直接规定集中)', () => {
    expect(ask('倾听一刻钟可以每周集中聊一次吗').answer.startsWith('不可以')).toBe(true);
  });
});

// blind-83's and blind-85's failures, read after their last measurement (e192188): mended after, not evidence.
describe('after blind-83 and blind-85 (read after their last measurement)', () => {
  it('「上半年88.5 下半年90 年度分是多少」 → 178.5 (上半年 / 下半年 are the two semesters)', () => {
    expect(ask('上半年88.5 下半年90 年度分是多少').answer).toContain('178.5');
  });
  it('「我们学校年度得分是175，第一学期考了83，第二学期是多少」 → 92', () => {
    expect(ask('我们学校年度得分是175，第一学期考了83，第二学期是多少').answer).toContain('92分');
  });
  it('「两学期加起来我们一共150分，上学期是72分，那下学期考了多少」 → 78', () => {
    expect(ask('两学期加起来我们一共150分，上学期是72分，那下学期考了多少').answer).toContain('78分');
  });
  it('「…看了材料还是有点懵，先问个最基础的：心理课在课表上最少要怎么排」 → 每两周1课时 (was 原文没有直接规定看了材料还是有点懵)', () => {
    const a = ask('我是这学期刚调过来的德育主任，以前在乡镇学校一直是班主任兼着上心理课，现在学校让我牵头心理这一块，看了材料还是有点懵，先问个最基础的：心理课在课表上最少要怎么排').answer;
    expect(a.startsWith('原文没有直接规定')).toBe(false);
    expect(a).toContain('每两周不少于1课时');
  });
  it('「…想先问一个最基本的：心理课在课表上最少要排多少？」 → 1课时', () => {
    const a = ask('我是城郊一所九年制学校新来的德育主任，之前一直教语文，对心理这块完全不懂，校长把考核材料交给我整理，说下个月县里要来查，我翻了半天文件也没理清楚，想先问一个最基本的：心理课在课表上最少要排多少？').answer;
    expect(a.startsWith('原文没有直接规定')).toBe(false);
    expect(a).toContain('每两周不少于1课时');
  });
  it('「哈喽 小助手」 → a greeting (was the stock decline)', () => {
    expect(ask('哈喽 小助手').answer).not.toContain('答不了');
  });
  it('「烦死了 家长半夜还在群里发语音 微信怎么设置免打扰」 → declined (was 第19条)', () => {
    expect(ask('烦死了 家长半夜还在群里发语音 微信怎么设置免打扰').inScope).toBe(false);
  });
  it('「辅导室值班的老师有没有值班费」 → 原文没有直接规定值班费 (the pay words no clause sets, not only the silence model)', () => {
    expect(ask('辅导室值班的老师有没有值班费').answer.startsWith('原文没有直接规定值班费')).toBe(true);
  });
});
