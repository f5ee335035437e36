/**
 * Round 13 of issue 10: the asker's case told around the question. Parts of one figure added
 * (年级组1次 + 校级1次); figures told in the sentences before a verdict asked of them (「…主题班会只开了
 * 一次。校长问这个第12条会不会扣分？」); each requirement of a clause judged from its own clause, a rate
 * (每两周1节) or done / not done (教案都齐); grade ranges (三年级以下); 算不算 answered 算 / 不算; whom a
 * role is chosen from (保安能当安全员吗); the last clause of a long question that the situation drew
 * away; a student at risk answered only by a clause on crisis. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('parts of one figure are added', () => {
  it('年级组1次 + 校级1次 is 2 of 每学期年级或校级…不少于2次', () => {
    const a = ask('这学期心理观摩课年级组搞了1次，校级搞了1次，够数了吗');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('每学期2次');
  });

  it('中午1个半小时 + 放学后半小时, every school day, is 10 hours a week', () => {
    const a = ask('辅导室周一到周五每天中午开1个半小时，放学后再开半小时，每周开放时长够不够？');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('10小时');
  });

  it('the figure asked against (够不够10小时) and figures of two periods are no parts', () => {
    expect(ask('辅导室周一到周五每天中午开一个半小时，够不够10小时').answer.startsWith('不够。')).toBe(true);
    expect(ask('全体教师会上学期开了2次，这学期才开了1次，够吗').answer.startsWith('不够。')).toBe(true);
  });

  it('two meetings of two requirements are not added (专班会议 3, 全体教师会议 1)', () => {
    const a = ask('我们学校这学期专班会议开了3次，全体教师心理工作会议开了1次，行政例会每周都讲了心理。校长问我全体教师会议那一项够不够？');
    expect(a.citations[0]?.id).toBe('item-3');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });
});

describe('figures told before the question are the ones judged', () => {
  it('「…主题班会每个班只开了一次。校长问这个第12条会不会扣分？」 → 会, each requirement judged', () => {
    const a = ask('我们学校这学期心理课每两周一节，教案也都有，但是心理主题班会每个班只开了一次。校长问这个第12条会不会扣分？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('会。')).toBe(true);
    expect(a.answer).toContain('每学期心理主题班团队会不少于2次，你说的1次还差1次');
  });

  it('a rate over two weeks and a requirement done are scored with the count: 4.5 of 6', () => {
    const a = ask('心理课每两周1节，各年级教学计划教案都齐，主题班团队会这学期只开了1次，第12条能得几分');
    expect(a.answer.startsWith('共得4.5分（满分6分）')).toBe(true);
    expect(a.answer).toContain('你说的是每2周1课时，达到了，得3分');
    expect(a.answer).toContain('你说的已做到，得1.5分');
  });

  it('工作方案有、应急预案还没写 → 2.5 of 第4条\'s 5', () => {
    expect(ask('工作方案我们有 应急预案还没写 第4条能拿几分').answer.startsWith('共得2.5分（满分5分）')).toBe(true);
  });

  it('a clause that asks (有没有集体备课的要求) tells nothing done or undone', () => {
    const a = ask('心理课的教案课件要不要年级统一 有没有集体备课的要求');
    expect(a.answer).not.toContain('你说的');
    expect(a.answer).toContain('集体备课');
  });
});

describe('the verdict in the word asked', () => {
  it('「…校长自己听了，算不算」 → 不算', () => {
    const a = ask('责任督学这学期没来听心理课，我们校长自己听了，算不算');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer.startsWith('不算。')).toBe(true);
  });

  it('「能平均一下算过关吗」 asks leave to pass, not whether it counts: 不能', () => {
    expect(ask('面向全体老师的心理健康工作会，上学期开了3次这学期1次，能平均一下算过关吗').answer.startsWith('不能。')).toBe(true);
  });

  it.each([
    ['我们学校三年级以下的班主任问我，他们班要不要选心理委员，说别的学校都没选。按办法到底要不要？', '不需要。'],
    ['一到三年级要不要做心理测评', '不需要。'],
    ['五年级以上要配心理委员吗', '需要。'],
  ])('a range of grades against 四年级起: %s → %s', (q, lead) => {
    expect(ask(q).answer.startsWith(lead)).toBe(true);
  });

  it.each([
    ['保安不太懂心理学，能当心理健康安全员吗', '能。'],
    ['心理健康安全员能从宿管里选人吗', '能。'],
    ['食堂阿姨可以做心理安全员吗', '可以。'],
  ])('whom 安全员 are chosen from (保安、宿管、食堂等后勤岗位): %s → %s', (q, lead) => {
    const a = ask(q);
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith(lead)).toBe(true);
  });

  it('one who is not named among them gets no 能 from that sentence', () => {
    expect(ask('保安能当心理委员吗').answer.startsWith('能')).toBe(false);
  });
});

describe('long questions and crisis words', () => {
  it('the last clause, with a subject of its own, answers when the situation drew the whole to a section', () => {
    const a = ask('我们学校经费一直很紧，今年预算还没做。财务问我心理健康这块的钱有没有硬性标准，我也说不清，按办法生均经费最低多少？');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer).toContain('10元');
  });

  it('「他最关心的是：…由谁负总责」 is read after the colon, and 负总责 is 校长负责制', () => {
    const a = ask('我们学校今年刚换了校长，新校长对心理这块不太熟，让我整理一下考核的要点。他最关心的是：学校的心理健康工作到底由谁负总责？');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toContain('校长负责制');
  });

  it('a student with 自杀倾向 the school cannot handle is 第17条\'s 转介, not a crisis check-in', () => {
    const a = ask('有自杀倾向的学生学校处理不了，按办法该怎么弄');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('转介');
  });

  it('「对有自杀倾向学生的干预有什么要求」 quotes 危机干预“一生一策”, not the list of requirements', () => {
    const a = ask('办法里对有自杀倾向学生的干预有什么要求');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('一生一策');
  });

  it('a student at risk is not answered by a clause that shares only its other words (倾听一刻钟)', () => {
    const a = ask('学生有自杀倾向怎么跟家长沟通');
    expect(a.inScope).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it('「…超出我们能处理的范围了…这种情况该怎么处理」 quotes 第20条\'s 转介, not silence on 处理', () => {
    const a = ask('心理老师做个体辅导时发现个别孩子可能有比较严重的心理疾病，已经超出我们能处理的范围了，家长也有点犹豫，按办法学校这种情况应该怎么处理?');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('转介');
    expect(a.answer).not.toContain('原文没有直接规定');
  });

  it('「要参加…危机识别之类的培训吗」 → 要: 之类 and 参加 are no subject the text must name', () => {
    const a = ask('食堂阿姨当心理健康安全员，要参加自杀危机识别之类的培训吗');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('要。')).toBe(true);
  });
});

describe('crisis words in rule questions', () => {
  it('「学生自杀未遂但抢救过来了，也会一票否决吗」 is never 会: the veto names deaths only', () => {
    const a = ask('学生自杀未遂但抢救过来了，也会一票否决吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('不会。')).toBe(true);
    expect(a.answer).toContain('非正常死亡');
    const b = ask('学生跳楼被救下来了，对年度考核有什么影响');
    expect(b.answer.startsWith('原文的一票否决只针对学生非正常死亡事件')).toBe(true);
    expect(ask('学生自杀算不算一票否决').answer.startsWith('算。')).toBe(true);
  });

  it('预防学生轻生 is prevention (危机干预), not a death: the clause asked about answers', () => {
    const a = ask('预防学生轻生，考核里要求每学期开几次家长课堂');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toContain('2次');
    const b = ask('为了预防学生跳楼，考核办法要求学校做什么预案');
    expect(b.citations[0]?.id).toBe('item-4');
    expect(b.answer).toContain('应急预案');
  });

  it('「生命教育…可以放进主题班会吗」 → 可以: 放进 is the text\'s 纳入', () => {
    const a = ask('生命教育讲防自杀的内容，可以放进主题班会吗');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('可以。')).toBe(true);
  });

  it('「怎么识别学生想轻生的信号」 asks about training, not about a student now', () => {
    const a = ask('心理健康安全员的培训要不要讲怎么识别学生想轻生的信号');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('要。')).toBe(true);
    // A student's own words of now still get the crisis reply.
    expect(ask('我发现一个学生有想自杀的迹象，他刚才说今晚就跳').answer).toContain('110');
  });

  it('a rule question the model alone reads as at risk keeps its answer, with the safety line after it', () => {
    // (Round 24: the model trained on every measured set reads 「学生有轻生念头…按什么流程转介」 as the rule
    // question it is, with no line after it; a drawing of a gravestone, in no list, it still reads as a warning.)
    expect(ask('学生有轻生念头，班主任发现后应该按什么流程转介').answer).not.toContain('此刻有危险');
    const a = ask('学生最近总在本子上画墓碑，班主任发现后应该按什么流程转介');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('转介');
    expect(a.answer.trim().endsWith('心理援助热线 12356。')).toBe(true);
    // A warning sign of its own (不在这个世界上了) still gets the check-in, not the rule.
    const b = ask('本来想问专班会议开几次……算了，问这些也没用，明天我就不在这个世界上了');
    expect(b.inScope).toBe(false);
    expect(b.answer).toContain('现在安全吗');
  });
});

describe('leave and roles', () => {
  it('「心理老师可以兼任班主任吗」: not settled, the rule that treats them as one (同等待遇) named', () => {
    const a = ask('心理老师可以兼任班主任吗');
    expect(a.answer.startsWith('原文没有直接规定能否兼任班主任')).toBe(true);
    expect(a.answer).toContain('同等待遇');
  });

  it('「才能上岗吗」 asks 要, not leave (才能 is no 能)', () => {
    const a = ask('兼职心理老师要不要先培训才能上岗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('能')).toBe(false);
    expect(a.answer).toContain('岗前培训');
  });

  it('「15 minutes」 reads as 15分钟, a figure with its unit', () => {
    const a = ask('倾听一刻钟是每天15 minutes吗');
    expect(a.answer.startsWith('是。')).toBe(true);
    expect(ask('辅导室一周开8 hours够吗').answer.startsWith('不够。')).toBe(true);
  });
});

describe('the asker\'s words read as meant', () => {
  it('「男生女生各一个」 is two per class', () => {
    const a = ask('那个我想问一下就是我们学校的心理委员是不是每个班都要男生女生各一个啊');
    expect(a.answer.startsWith('是。')).toBe(true);
    expect(a.answer).toContain('每班2名');
    expect(ask('心理委员每班男女各1名够吗').answer.startsWith('够。')).toBe(true);
  });

  it('「县里考核是不是每个学期都要考一次」: the county is who runs it, 每学期一次', () => {
    const a = ask('你好请问一下县里考核是不是每个学期都要考一次的');
    expect(a.answer.startsWith('是，每学期考核一次')).toBe(true);
  });

  it('年度成绩 is the year\'s 得分', () => {
    const a = ask('年度成绩怎么算');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('两学期考核总分');
  });

  it('「差几次」 asks the gap', () => {
    expect(ask('家长课堂这学期只办了1次，差几次').answer.startsWith('不够。')).toBe(true);
  });

  it('posts counted, not named: 4个岗位配了3个 → 不够, 差1名', () => {
    const a = ask('我们有4个后勤岗位，安全员配了3个，够吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1名');
  });

  it.each([
    ['心理测评只测四年级以上，算不算符合要求', '算。'],
    ['心理测评只测五年级以上，算不算符合要求', '不算。'],
    ['测评只做了四到六年级可以吗', '可以。'],
  ])('grades covered against 四年级以上: %s → %s', (q, lead) => {
    expect(ask(q).answer.startsWith(lead)).toBe(true);
  });

  it('「满分能拿到吧」 with the one requirement given → 能, scored', () => {
    const a = ask('全体教师会这学期开了两次 这一项满分能拿到吧');
    expect(a.answer.startsWith('能。')).toBe(true);
    expect(a.answer).toContain('得5分');
  });

  it('the table\'s misspellings are put right before the verdict is read (考合…挂勾不 → 挂钩)', () => {
    expect(ask('考合结果跟校长评优挂勾不').answer.startsWith('是，挂钩。')).toBe(true);
  });

  it('「…最少多少钱 有规定吗」 → 有: a scale (每个学生, 一年) is no thing the sentence must name', () => {
    expect(ask('经费 每个学生一年 最少多少钱 有规定吗').answer.startsWith('有。')).toBe(true);
  });

  it('单独 is how, not what: 「要不要单独在预算里列出来」 → 要; 「不单独设心理辅导室」 is 第18条', () => {
    expect(ask('心理这块的钱要不要单独在预算里列出来').answer.startsWith('要。')).toBe(true);
    expect(ask('心理辅导室要不要单独设').citations[0]?.id).toBe('item-18');
  });
});

describe('verdicts on plans told with what was done', () => {
  it('「上学期做了1次，这学年下学期可以不做吗」 → 可以: 每学年1次 is met', () => {
    for (const q of ['心理测评上学期做了1次，这学年下学期可以不做吗', '心理测评上学期已经做过了，这学年下学期可以不再做吗']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-17');
      expect(a.answer.startsWith('可以。')).toBe(true);
      expect(a.answer).toContain('已经做了1次');
    }
  });

  it('…but a requirement of every semester is owed again the next semester: 不可以', () => {
    expect(ask('家长课堂这学期开了2次，下学期可以不开吗').answer.startsWith('不可以。')).toBe(true);
    expect(ask('专班会议开了1次，剩下的可以不开吗').answer.startsWith('不可以。')).toBe(true);
  });

  it('「有没有讲究」 is no plan to leave anything out; the time put off (期末) is against 用好开学重要时段', () => {
    // (Round 27: the plan is refused for its time, not for anything left out.)
    const a = ask('心理测评我们每学年做一次 放在期末考完以后 这样行吗 时间上有没有讲究');
    expect(a.answer.startsWith('不行。')).toBe(true);
    expect(a.answer).toContain('开学');
    expect(a.answer).not.toContain('没有讲究');
  });

  it('a weekly requirement held in 15 of 20 weeks falls short', () => {
    const a = ask('本学期行政例会一共20周，讲心理健康的有15周，算达标吗');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer.startsWith('不')).toBe(true);
    expect(a.answer).toContain('还差5次');
  });

  it('「年度分数是不是取两次的平均分」 → 不是, 相加', () => {
    const a = ask('上学期县里考核我们拿了87分，这学期听说还要再考一次。校长问我：年底的年度分数是不是取两次的平均分？');
    expect(a.answer.startsWith('不是，是相加。')).toBe(true);
  });

  it('「县里的考核能不能一年只考一次」 → 不能, 每学期; a remark on the 考核表 is no such question', () => {
    expect(ask('县里的考核能不能一年只考一次，年底一起考').answer.startsWith('不能，每学期考核一次')).toBe(true);
    expect(ask('这考核表填得我头都要炸了').inScope).toBe(false);
  });

  it('「上课和做辅导都算吗」 → 算: the clause 计入 them', () => {
    expect(ask('心理teacher的workload，上课和做辅导都算吗').answer.startsWith('算。')).toBe(true);
  });
});

describe('a long message: the situation told, then the question', () => {
  it('a told sentence beside a question ending in ？ is context, whichever way the question mark is written', () => {
    const a = ask('我们学校地方小，教室都不够用，一直没有单独的心理辅导室，心理老师都是在办公室里跟学生聊。县里来检查的话，没有辅导室这一项会扣几分？');
    expect(a.answer.startsWith('扣2分')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-18');
  });

  it('「…几个留守的孩子…。…是不是每人都得配一个导师？」 is one question (几个 is 「several」)', () => {
    const a = ask('我带初一，班里有几个留守的孩子，还有一个父母离异的，平时话很少。学校说要搞全员导师制，这些孩子是不是每人都得配一个导师？');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });

  it('a section answered with confidence is kept: 「…被一票否决以后，校长会被问责吗」 → 会', () => {
    const a = ask('因为学生轻生被一票否决以后，校长会被问责吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('会。')).toBe(true);
  });

  it('silence on what the question asks (津贴) is not traded for the last clause alone (一个月多少钱)', () => {
    const a = ask('兼职心理老师有没有津贴，一个月多少钱');
    expect(a.answer.startsWith('原文没有直接规定津贴')).toBe(true);
  });

  it('「有什么次数要求」 is answered by the count, never 「原文没有直接规定次数」 beside a quote that gives it', () => {
    const a = ask('办法里对班主任的心理培训有什么次数要求');
    expect(a.answer).not.toContain('没有直接规定次数');
    expect(a.answer).toContain('不少于2次');
  });

  it('「考核办法要求辅导室怎么处理」: the document\'s name is no word the clause must use', () => {
    const a = ask('有严重心理疾病、可能伤害自己的学生，考核办法要求辅导室怎么处理');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('转介');
  });

  it('「主题活动有什么要求」 is 第13条 开展主题活动, not 第7条 that names it in passing', () => {
    expect(ask('办法对主题活动到底有什么要求?').citations[0]?.id).toBe('item-13');
  });
});

describe('round 13, last slice: classes, points back, days of the week', () => {
  it('「初中部一共18个班，初一初二初三各6个班」 is 18 classes, not 24: a run of grades and the same classes twice', () => {
    const a = ask('我们初中部一共18个班，初一初二初三各6个班。上学期检查说我们心理委员配得不够。想算一下，心理委员全校最少要配多少个？');
    expect(a.answer).toContain('36');
    expect(a.answer).not.toContain('48');
  });

  it('「我想问问，这一项满分多少，我们能拿满吗」 points back to the meetings told before it', () => {
    const a = ask('我们学校这学期开了3次全体教师的心理健康工作会议，每次都有签到表和照片。我想问问，这一项满分多少，我们能拿满吗？');
    expect(a.citations[0]?.id).toBe('item-3');
    expect(a.answer.startsWith('能。')).toBe(true);
  });

  it('「每周一到周五中午开一小时，下午放学后开一小时」 is 2 hours a day, 10 a week', () => {
    const a = ask('我们学校的心理辅导室每周一到周五中午开一小时，下午放学后开一小时。家长群里有人问开放时间够不够标准，我也拿不准，你帮我看看够不够？');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('每周10小时');
  });

  it('another thing counted (全体教师会开了1次) is no part of 专班会', () => {
    const a = ask('专班会开了2次，全体教师会开了1次，够吗');
    // (Round 39: 全体教师会 is read as 第3条's 会议, so each count is judged against its own clause.)
    expect(a.answer).toContain('专班会议不少于2次，你说的2次达到了');
    expect(a.answer).not.toContain('3次');
  });
});

describe('过程性资料 and 没…什么', () => {
  it('「辅导室平时要留哪些过程性资料」 is 第20条\'s own 过程性资料 (预约、面谈、追踪和反馈), after a told 「没留什么资料」', () => {
    const a = ask('我是新来的心理老师，学校让我负责辅导室。之前的老师没留什么资料，我现在两眼一抹黑。辅导室平时要留哪些过程性资料？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('预约');
    expect(a.answer).not.toMatch(/^1\./);
  });
});

describe('what the text never gives, said once', () => {
  it('「考核优秀要多少分」 is a score band the text never sets', () => {
    expect(ask('考核优秀要多少分').answer.startsWith('原文没有直接规定多少分算优秀')).toBe(true);
  });

  it('two bands asked of one clause are named together, once', () => {
    const a = ask('考核总分多少分算合格，多少分算优秀');
    expect(a.answer.startsWith('原文没有直接规定多少分算合格、多少分算优秀')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });

  it('where results are published is never said', () => {
    expect(ask('考核结果会在哪里公布，网站还是发文件').answer.startsWith('原文没有直接规定公布的渠道')).toBe(true);
  });

  it('「我不知道讲什么合适」 tells; 「培训什么内容」 is answered by the training named (危机识别与干预)', () => {
    const a = ask('学校打算给保安、宿管、食堂的师傅们做一次心理方面的培训，但是他们文化程度不高，我不知道讲什么合适。按办法，心理健康安全员要定期培训什么内容？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).not.toContain('原文没有直接规定');
    expect(a.answer).not.toMatch(/^1\./);
  });
});

describe('on blind-17 as an older set', () => {
  it('「…够不够，反正我也活不了几天了」: the person first, not the rule', () => {
    const a = ask('帮我看下辅导室一周10小时够不够，反正我也活不了几天了');
    expect(a.crisis).toBe('self');
    expect(a.answer).toContain('12356');
  });

  it('「教师节快乐，谢谢你一直帮忙」 gets a short thanks, not the decline', () => {
    const a = ask('教师节快乐，谢谢你一直帮忙');
    expect(a.inScope).toBe(false);
    expect(a.answer.length).toBeLessThanOrEqual(80);
    expect(a.answer).not.toContain('答不了');
  });

  it('「高一到高三每个年级12个班」 is 36 classes, 72 committee members', () => {
    expect(ask('我们是县城高中，高一到高三每个年级12个班。今年考核要看心理委员配备情况。全校一共应该配多少名心理委员？').answer).toContain('72名');
  });

  it('「防学生轻生的应急预案是必须做的吗」 is 第4条\'s 应急预案', () => {
    const a = ask('防学生轻生的应急预案是必须做的吗');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toContain('应急预案');
  });
});

describe('on blind-17 as an older set, continued', () => {
  it('「现在每周一节，下学期想改成三周一节。这样还能达标吗」 judges the plan', () => {
    const a = ask('我是乡镇中心小学的教导主任，学校六个年级，这学期刚调过课表。心理课现在每周一节，下学期想改成三周一节。这样还能达标吗？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('不达标。')).toBe(true);
  });

  it('「隔一周讲一次」 is every second week', () => {
    expect(ask('行政例会隔一周讲一次心理健康可以吗').answer.startsWith('不可以。')).toBe(true);
    expect(ask('心理课隔周上一节行不行').answer.startsWith('行。')).toBe(true);
  });

  it('「除了工作方案和应急预案，别的…规章制度」 is 第8条, not what 除了 sets aside', () => {
    const a = ask('除了工作方案和应急预案，别的心理方面的规章制度还有要求没？');
    expect(a.citations[0]?.id).toBe('item-8');
  });

  it('年度分 is the year\'s score; year is 年', () => {
    expect(ask('考核哪天考？年度分又是怎么算？').answer).toContain('两学期考核总分');
    expect(ask('测评是每semester一次还是每year一次').answer).toContain('每学年');
  });

  it('「家长会上面」 is at the meeting, not 上级: 第15条', () => {
    const a = ask('然后还有就是家长会上面是不是一定要讲心理健康的内容');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toContain('必讲');
  });
});
