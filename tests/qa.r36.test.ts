/**
 * Round 36 of issue 10: whether the text mentions a thing (有没有体现, 考核涉及…吗, 有没有X这一块) is
 * answered 有 where the clause names it, and the verb of the asking (体现, 提到) is never read as what
 * the text is silent on; a must the clause never states (测评结果要公开吗) gets no 需要; leave to do a
 * thing together with another (跟期末大会一起开) is silent, not 能; a bare 结果 after a question on the
 * assessment is its result. Then figures told, read as told (一年级到三年级, 其中一次是线上的, 每个上午3小时,
 * 从…开学到…结束, 我们上了8节, 多了200人变成1000人), the hotline's number asked (12356), a rate per day over
 * a week, which tool / who pays / how soon (silent), and a few words (离婚, 村小, 危几, 排在后面).
 * On 541a575, 59 of these 84 fail (all 58 that are not guards, and one guard); 25 guards pass. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const first = (q: string) => ask(q).citations[0]?.id;

describe('whether the text mentions a thing (echo.ts RULE_ASKED, silence.ts FRAME, normalize.ts)', () => {
  it('「心理课题研究 在考核里有没有体现」 → 有, 第11条 (was 「原文没有直接规定体现」)', () => {
    const a = ask('心理课题研究 在考核里有没有体现');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(first('心理课题研究 在考核里有没有体现')).toBe('item-11');
  });
  it('「考核有没有提到辅导室要有值班制度」 → 有 (was silent on 提到 with a quote that says it)', () => {
    const a = ask('考核有没有提到辅导室要有值班制度');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('值班');
  });
  it('「考核有没有提到心理老师的工资」 → 有, 同等待遇 (no 原文没有 before a quote on 工资待遇)', () => {
    const a = ask('考核有没有提到心理老师的工资');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
  it('「考核涉及家长课堂吗」「家长课堂考核涉及吗」 → 有, 第15条 (was 四、考核组织实施 for its 所涉及的内容)', () => {
    for (const q of ['考核涉及家长课堂吗', '家长课堂考核涉及吗']) {
      expect(ask(q).answer.startsWith('有。')).toBe(true);
      expect(first(q)).toBe('item-15');
    }
  });
  it('「考核有没有危机干预这一块」 → 有, 第17条 (was 四、考核组织实施)', () => {
    const a = ask('考核有没有危机干预这一块');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(first('考核有没有危机干预这一块')).toBe('item-17');
  });
  it('「就是说 学生 休学复学 这个 考核里 有没有提」 → 有, 第17条', () => {
    expect(ask('就是说 学生 休学复学 这个 考核里 有没有提').answer.startsWith('有。')).toBe(true);
  });
  it('guard: 「辅导室值班的老师有没有值班费」 gets no 有 (money the text never names)', () => {
    expect(ask('辅导室值班的老师有没有值班费').answer.startsWith('有')).toBe(false);
  });
});

describe('a must the clause never states gets no 需要 (unstated.ts, compose.ts)', () => {
  it('「测评结果要公开吗」 → 原文没有直接规定公开 (was 需要。)', () => {
    const a = ask('测评结果要公开吗');
    expect(a.answer.startsWith('需要')).toBe(false);
    expect(a.answer.startsWith('原文没有直接规定公开')).toBe(true);
  });
  it('guard: 「辅导室位置要公布吗」 keeps 要 (第19条 says 公布)', () => {
    expect(ask('辅导室位置要公布吗').answer.startsWith('要。')).toBe(true);
  });
  it('guard: 「心理测评还要补吗」 keeps 需要', () => {
    expect(ask('心理测评还要补吗').answer.startsWith('需要。')).toBe(true);
  });
});

describe('leave to do a thing together with another is not settled by the words (cover.ts, silence.ts)', () => {
  it('「全体教师会议能跟期末大会一起开吗」 → 原文没有直接规定能否和期末大会一起开 (was 能。)', () => {
    const a = ask('全体教师会议能跟期末大会一起开吗');
    expect(a.answer.startsWith('原文没有直接规定能否和期末大会一起开')).toBe(true);
  });
  it('「心理健康经费能不能跟德育经费放一起」 → 不能 (专项经费: money kept with other money is not set apart)', () => {
    expect(ask('心理健康经费能不能跟德育经费放一起').answer.startsWith('不能')).toBe(true);
  });
  it('guard: 「辅导室能不能跟医务室合用」 stays silent, named as asked', () => {
    expect(ask('辅导室能不能跟医务室合用').answer.startsWith('原文没有直接规定能否和医务室合用')).toBe(true);
  });
});

describe('a bare 结果 after a question on the assessment (normalize.ts)', () => {
  it('「考核啥时候搞 结果拿来干嘛用」 answers both: 15天 and 评优 (was only the first)', () => {
    const a = ask('考核啥时候搞 结果拿来干嘛用');
    expect(a.answer).toContain('15天');
    expect(a.answer).toContain('评优');
  });
  it('「考核结果拿来干嘛用」 is in scope, 五、考核结果运用 (was the stock decline)', () => {
    expect(ask('考核结果拿来干嘛用').inScope).toBe(true);
    expect(first('考核结果拿来干嘛用')).toBe('section-results');
  });
});

describe('words of the asking (silence.ts FRAME) and the glossary', () => {
  it('「…办法里提到可以借助哪些校园媒介来开展？」 lists the media of 第13条 (was silent on 提到)', () => {
    const a = ask('我们学校去年成立了心理社团，也办过心理健康月。今年想把活动整体规划一下。办法里提到可以借助哪些校园媒介来开展？');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('校园广播');
  });
  it('guard: 「心理委员有没有补助」: money for a person → silent on 补助', () => {
    expect(ask('心理委员有没有补助').answer.startsWith('原文没有直接规定补助')).toBe(true);
  });
  it('「psychological assessment每年做几次 从几年级开始」 → 第17条 测评 (assessment alone is still 考核)', () => {
    const a = ask('psychological assessment每年做几次 从几年级开始');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });
  it('「mental health survey要cover哪些年级」 → 第17条, 四年级以上 (was silent on 调查)', () => {
    const a = ask('mental health survey要cover哪些年级');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('四年级');
  });
});

describe('long messages whose last clause only frames the question (normalize.ts)', () => {
  it('「…还问我每周要开多久。县里到底怎么要求的？」 → 第20条, 10小时 (was 四、考核组织实施 for 县里)', () => {
    const a = ask('我是新调来的心理老师，学校之前一直没有专职。校长让我先把辅导室弄起来，还问我每周要开多久。县里到底怎么要求的？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('10小时');
  });
  it('「…老板说这考核是管公办学校的…我们要参加吗？」 → 二(一)考核对象, 公民办 (was 第11条\'s 参加…大赛)', () => {
    const a = ask('我们学校是民办初中，老板说这考核是管公办学校的，跟我们没关系。我有点拿不准。我们要参加吗？');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer).toContain('民办');
  });
  it('guard: 「听说要办心理优质课比赛 心理老师要参加吗」 keeps 第11条 (no 考核 told)', () => {
    expect(ask('听说要办心理优质课比赛 心理老师要参加吗').citations[0]?.id).toBe('item-11');
  });
  it('「辅导室能不能只在上面来检查的时候开」 → 第20条, 10小时 (was 第1条 for 上面, silent on 时候)', () => {
    const a = ask('辅导室能不能只在上面来检查的时候开');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('10小时');
  });
  it('「辅导室周末要开吗」: the room opened is 第20条\'s opening (was 第18条)', () => {
    expect(ask('辅导室周末要开吗').citations[0]?.id).toBe('item-20');
  });
});

describe('a thing done only when inspected, against a thing done as a matter of course (manner.ts)', () => {
  it('「辅导室可以只在上级来检查的时候开放吗？」 → 不可以, 第20条 常态化', () => {
    expect(ask('辅导室可以只在上级来检查的时候开放吗？').answer.startsWith('不可以')).toBe(true);
  });
  it('「…平时都锁着，只有上级来检查才开门。这样考核能过吗？」 → 不能, 10小时', () => {
    const a = ask('学校刚装修好一间心理辅导室，但平时都锁着，只有上级来检查才开门。这样考核能过吗？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('10小时');
  });
  it('guard: 「心理课可以只在检查的时候上吗」 → 不可以, 第12条', () => {
    expect(ask('心理课可以只在检查的时候上吗').answer.startsWith('不可以')).toBe(true);
  });
  it('guard: 「辅导室每周开放10小时 检查的时候要开着吗」 is no plan against it', () => {
    expect(ask('辅导室每周开放10小时 检查的时候要开着吗').answer.startsWith('不')).toBe(false);
  });
  it('guard: 「…校长以为民办的不用管这个考核。到底要不要参加？」 → 要, 民办学校在内 (the 考核 added to 要不要参加 keeps the kind told)', () => {
    const a = ask('我们是一所民办职校，去年刚办起来。校长以为民办的不用管这个考核。到底要不要参加？');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('民办学校在内');
  });
});

describe('the room opened is its opening, not a word that ends in 开 (normalize.ts)', () => {
  it('guard: 「心理辅导室的位置要不要公开」 keeps 第19条 and 要 (公开 is no 开放)', () => {
    const a = ask('心理辅导室的位置要不要公开');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('要。')).toBe(true);
  });
});

describe('a rate per day over a week or a month (daily.ts)', () => {
  it('「倾听一刻钟，一周上5天学，每个学生一周累计多少分钟」 → 75分钟 (was silent on 累计)', () => {
    const a = ask('倾听一刻钟，一周上5天学，每个学生一周累计多少分钟');
    expect(a.answer).toContain('75分钟');
    expect(a.citations[0]?.id).toBe('item-16');
  });
  it('「倾听一刻钟 我们一周上6天课 一周一共要多少分钟」 → 90分钟, in the school days told', () => {
    expect(ask('倾听一刻钟 我们一周上6天课 一周一共要多少分钟').answer).toContain('90分钟');
  });
  it('「倾听一刻钟 一个月累计多少分钟」 → 300分钟, the 5 days and 4 weeks labelled as the project\'s reading', () => {
    const a = ask('倾听一刻钟 一个月累计多少分钟');
    expect(a.answer).toContain('300分钟');
    expect(a.answer).toContain('本助手的理解');
  });
});

describe('the item-1 score asked as 折算, and a phone number asked (normalize.ts, scope.ts)', () => {
  it('「二到七项合计76.5分，政策落实那10分折算下来多少」 → 9分 (was the stock decline)', () => {
    const a = ask('二到七项合计76.5分，政策落实那10分折算下来多少');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('得9分');
  });
  it('「辅导室在哪求助电话多少这些要告诉家长吗」: 电话多少 asks no count (was silent on 家长的具体数字)', () => {
    const a = ask('辅导室在哪求助电话多少这些要告诉家长吗');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
  it('「心理援助热线是多少」「心理热线电话多少」 → 12356 itself (was silent on 心理援助热线的具体数字)', () => {
    for (const q of ['心理援助热线是多少', '心理热线电话多少', '有没有心理援助热线']) {
      const a = ask(q);
      expect(a.answer.startsWith('全国心理援助热线：12356')).toBe(true);
      expect(a.answer).toContain('110');
    }
  });
  it('guard: 「心理援助热线12356要公布吗」 is a rule question (第19条, 要)', () => {
    const a = ask('心理援助热线12356要公布吗');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('要。')).toBe(true);
  });
});

describe('a score named by its points stays; a run-on claim after how; a kind of student (normalize.ts, crisis-context.ts)', () => {
  it('guard: 「学生1500，心理经费才5000块，经费这4分能得多少」 keeps the 4 points it asks of (1分)', () => {
    expect(ask('学生1500，心理经费才5000块，经费这4分能得多少').answer).toContain('得1分');
  });
  it('「年度得分怎么算是两个学期加起来吗」 → 是 (run on, the claim after 怎么算)', () => {
    expect(ask('年度得分怎么算是两个学期加起来吗').answer.startsWith('是。')).toBe(true);
  });
  it('「对想死的学生做危机干预，是不是要一生一策」: a kind of student, asked of the rubric → 要, 第17条 (was the crisis reply)', () => {
    const a = ask('对想死的学生做危机干预，是不是要一生一策');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('一生一策');
  });
  it('guard: 「他对我说想死」 is still a crisis', () => {
    expect(ask('他对我说想死').crisis).toBeDefined();
  });
});

describe('a count asked in a unit no clause gives (retrieve.ts UNIT_ASKED)', () => {
  it('「家访一学期要走访多少户」 → silent (was （3） quoted as if it answered)', () => {
    expect(ask('家访一学期要走访多少户').answer.startsWith('原文没有直接规定')).toBe(true);
  });
  it('guard: 「家长课堂一学期要给多少家长讲」: 多少家长 is no unit 家 (2次 stays)', () => {
    expect(ask('家长课堂一学期要给多少家长讲').answer.startsWith('原文没有')).toBe(false);
  });
});

describe('a child of divorced parents, a standing supposed unchanged, and 受影响 (synonyms, normalize.ts, grades.ts)', () => {
  it('「班上有个孩子父母离婚了…学校对这种学生有没有什么安排」 → 第9条 成长导师 (was 第11条)', () => {
    const a = ask('班上有个孩子父母离婚了，最近情绪很低落，成绩也下滑。我是班主任，想知道学校对这种学生有没有什么安排。');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('成长导师');
  });
  it('「…全县小学排第10，一共13所小学…如果这学期还是这个分，会不会被取消评优？」 → 不会, 倒数第4 (was silent)', () => {
    const a = ask('上学期我们学校考核得了85分，全县小学排第10，一共13所小学。校长担心今年评优的事。如果这学期还是这个分，会不会被取消评优？');
    expect(a.answer.startsWith('不会')).toBe(true);
    expect(a.answer).toContain('倒数第4');
  });
  it('「有学生跳楼未遂，学校年度考核受影响吗」 → 不受 (was 不是); 「…对考核有影响吗」 → 没有', () => {
    expect(ask('有学生跳楼未遂，学校年度考核受影响吗').answer.startsWith('不受。')).toBe(true);
    expect(ask('学生自杀未遂 对考核有影响吗').answer.startsWith('没有。')).toBe(true);
  });
});

describe('figures the asker told, read as told (normalize.ts, rates.ts, hours.ts)', () => {
  it('「一年级到三年级的班要配心理委员吗」 → 不需要 (was 要。: 年级 said twice is the range 一到三年级)', () => {
    const a = ask('一年级到三年级的班要配心理委员吗');
    expect(a.answer.startsWith('不需要')).toBe(true);
  });
  it('「这学期一共开了3次家长课堂，其中一次是线上的，算够吗」 → 够, 3次 (was 「你说的是每学期1次」, an invented count)', () => {
    const a = ask('这学期一共开了3次家长课堂，其中一次是线上的，算够吗');
    expect(a.answer.startsWith('够')).toBe(true);
    expect(a.answer).not.toContain('每学期1次');
  });
  it('guard: 「家长会开了2次 但只有1次讲了心理 够吗」 still counts the 1 that held 心理', () => {
    expect(ask('家长会开了2次 但只有1次讲了心理 够吗').answer.startsWith('不够')).toBe(true);
  });
  it('「我们一周开辅导室3个上午，每个上午3小时，够不够」 → 9小时, 不够 (was 「每周3小时」)', () => {
    const a = ask('我们一周开辅导室3个上午，每个上午3小时，够不够');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('9小时');
  });
  it('「心理课每周上一节 比要求多了吧」 → 够 (was 不是, read as a claim of the rule)', () => {
    expect(ask('心理课每周上一节 比要求多了吧').answer.startsWith('够')).toBe(true);
  });
  it('guard: 「心理课是每周一节对吗」 stays 不是 (the rule claimed)', () => {
    expect(ask('心理课是每周一节对吗').answer.startsWith('不是')).toBe(true);
  });
});

describe('teachers told by what they do, and a semester told from start to end (normalize.ts, case.ts)', () => {
  it('「学校1300人，请了1个专职，另外3个老师兼职，够吗」 → 不够, 差1名专职, 兼职3名达到 (was no verdict)', () => {
    const a = ask('学校1300人，请了1个专职，另外3个老师兼职，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('还差1名');
  });
  it('「学期从2月20号开学到7月5号结束 考核大概什么时候」 → 6月20日 (was 「不是，2月5日前后」 from the start date)', () => {
    const a = ask('学期从2月20号开学到7月5号结束 考核大概什么时候');
    expect(a.answer.startsWith('6月20日')).toBe(true);
    expect(a.answer).not.toContain('2月5日');
  });
  it('guard: 「期末从1月20日推到了1月25日 考核哪天」 keeps the day moved to (1月10日)', () => {
    expect(ask('期末从1月20日推到了1月25日 考核哪天').answer).toContain('1月10日');
  });
});

describe('thanks in a group\'s words (scope.ts)', () => {
  it('「辛苦各位老师了 周末愉快」「好的收到 马上去办」 → a short friendly line (was the stock decline)', () => {
    for (const q of ['辛苦各位老师了 周末愉快', '好的收到 马上去办']) {
      const a = ask(q);
      expect(a.answer.startsWith('这个我答不了')).toBe(false);
      expect(a.answer.length).toBeLessThanOrEqual(80);
    }
  });
  it('guard: 「去办什么手续」 is no thanks', () => {
    expect(ask('去办什么手续').answer.startsWith('不客气')).toBe(false);
  });
});

describe('more figures told, read as told (apply.ts, normalize.ts, rates.ts)', () => {
  it('「我们学校六个年级，每个年级两个班，心理委员要几个」: grades counted but not named → asks back about 一到三年级', () => {
    expect(ask('我们学校六个年级，每个年级两个班，心理委员要几个').answer).toContain('一到三年级的班不算');
  });
  it('guard: 「小学六个年级，每个年级两个班，心理委员要几个」 → 12名 (四到六年级)', () => {
    expect(ask('小学六个年级，每个年级两个班，心理委员要几个').answer).toContain('不少于12名');
  });
  it('「…今年学生多了200人 变成1000人 今年至少多少」 → 10000元 (was 2000元 for the 200 added)', () => {
    const a = ask('我们学校去年经费8000元 今年学生多了200人 变成1000人 今年至少多少');
    expect(a.answer).toContain('10000元');
    expect(a.answer).not.toContain('2000元');
  });
  it('「心理课两周一节，一学期18周，我们上了8节，够吗」 → 不够, 8课时 told (was 够 on 9课时 never told)', () => {
    const a = ask('心理课两周一节，一学期18周，我们上了8节，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('你说的是8课时');
  });
  it('guard: 「心理课两周一节，一学期18周，够吗」 stays 够', () => {
    expect(ask('心理课两周一节，一学期18周，够吗').answer.startsWith('够')).toBe(true);
  });
});

describe('what a figure was, before what it is now (normalize.ts)', () => {
  it('「心理委员原来每班2个 现在减到1个 还达标吗」 gets no 够 on the 2 it was (was 「够。…你说的是每班2名」)', () => {
    const a = ask('心理委员原来每班2个 现在减到1个 还达标吗');
    expect(a.answer.startsWith('够')).toBe(false);
    expect(a.answer).not.toContain('你说的是每班2名');
  });
  it('guard: 「辅导室原来每周开10小时 现在只开6小时 够吗」 → 不够, 6小时', () => {
    expect(ask('辅导室原来每周开10小时 现在只开6小时 够吗').answer.startsWith('不够')).toBe(true);
  });
});

describe('a typo of two characters and a village school (synonyms typos, normalize.ts)', () => {
  it('「危几干预要一生一策吗」 → 要 (危几 is 危机)', () => {
    expect(ask('危几干预要一生一策吗').answer.startsWith('要。')).toBe(true);
  });
  it('「村小六个年级每个年级一个班 心理委员要几个」 → 6名, 四到六年级 (村小 is a primary school; was 12名)', () => {
    expect(ask('村小六个年级每个年级一个班 心理委员要几个').answer).toContain('不少于6名');
  });
});

describe('which tool, who pays, how soon: what no clause gives (retrieve.ts)', () => {
  it('「心理测评用什么问卷」 → 原文没有直接规定具体用哪种问卷 (was 第17条 quoted as if it answered)', () => {
    expect(ask('心理测评用什么问卷').answer.startsWith('原文没有直接规定具体用哪种问卷')).toBe(true);
  });
  it('「心理老师参加培训的经费谁出」 → 原文没有直接规定费用由谁承担', () => {
    expect(ask('心理老师参加培训的经费谁出').answer.startsWith('原文没有直接规定费用由谁承担')).toBe(true);
  });
  it('guard: 「专项经费从哪里出」 is 第21条\'s own answer (纳入学校年度经费预算)', () => {
    const a = ask('专项经费从哪里出');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('年度经费预算');
  });
  it('「学生心理危机要多久上报」 → 原文没有直接规定上报的时限 (每学年 is no time limit)', () => {
    expect(ask('学生心理危机要多久上报').answer.startsWith('原文没有直接规定上报的时限')).toBe(true);
  });
  it('guard: 「辅导室每周开放多久」 keeps 10小时', () => {
    expect(ask('辅导室每周开放多久').answer).toContain('10小时');
  });
});

describe('only some, put for confirming (permission.ts onlyVerdict)', () => {
  it('「成长导师是不是只给留守儿童配」 → 不是, the list of 第9条 (was no verdict)', () => {
    const a = ask('成长导师是不是只给留守儿童配');
    expect(a.answer.startsWith('不是')).toBe(true);
    expect(a.answer).toContain('单亲');
  });
  it('guard: 「成长导师能不能只给留守儿童配」 stays 不能', () => {
    expect(ask('成长导师能不能只给留守儿童配').answer.startsWith('不能')).toBe(true);
  });
});

describe('a yes the qualification reading weighed is not overturned by one condition lacking (answer.ts)', () => {
  it('「…心理学专业的毕业生…但她还没有教师资格证。这样能算专职心理老师吗？」 → 能，但还要经过岗前培训 (was 不算: 背景 or 证书 is either)', () => {
    const a = ask('我是一所农村初中的副校长，分管德育和心理。今年学校新来了一位心理学专业的毕业生，校长想让她当专职心理老师，但她还没有教师资格证。这样能算专职心理老师吗？');
    expect(a.answer.startsWith('能，但还要经过岗前培训')).toBe(true);
  });
});

describe('ranked near the bottom, said plainly (synonyms)', () => {
  it('「排在后面的学校会怎样」 → 五、考核结果运用, 后三位 (was the stock decline)', () => {
    const a = ask('排在后面的学校会怎样');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('后三位');
  });
});

describe('after blind-74 and blind-76 were measured (not evidence): hours and bounds told (hours.ts, rates.ts, echo.ts)', () => {
  it('「辅导室每天中午开1小时、放学后开1小时，一周5天，达标吗？」 → 10小时 (2小时×5天), 够 (was 5小时, an invented figure)', () => {
    const a = ask('辅导室每天中午开1小时、放学后开1小时，一周5天，达标吗？');
    expect(a.answer).toContain('每周10小时');
    expect(a.answer.startsWith('不')).toBe(false);
  });
  it('「辅导室一周凑不满10小时，只在午休开一会儿行吗？」 → 不行 (was 行 on 「你说的是每周10小时」)', () => {
    const a = ask('辅导室一周凑不满10小时，只在午休开一会儿行吗？');
    expect(a.answer.startsWith('不行')).toBe(true);
    expect(a.answer).not.toContain('你说的是每周10小时');
  });
  it('「辅导室一周开不到10小时 行吗」: a bound is no figure told (no 行, no 「你说的是每周10小时」)', () => {
    const a = ask('辅导室一周开不到10小时 行吗');
    expect(a.answer.startsWith('行')).toBe(false);
    expect(a.answer).not.toContain('你说的是');
  });
  it('「…真不能拿班会课代替吗？」 gets no 会 (the 会 of 班会课 asks nothing)', () => {
    expect(ask('我们心理课一直跟班会课合着上，班主任顺带讲讲。新校长来了说这样不行。真不能拿班会课代替吗？').answer.startsWith('会')).toBe(false);
  });
  it('guard: 「结果会公布么」 keeps 会', () => {
    expect(ask('结果会公布么').answer.startsWith('会。')).toBe(true);
  });
  it('「全体教职工心理培训一整年加起来至少几次？」 → 2次 (was silent on 整年)', () => {
    expect(ask('全体教职工心理培训一整年加起来至少几次？').answer).toContain('至少2次');
  });
});
describe('a second kind of student listed (crisis-context.ts GENERIC_BEFORE)', () => {
  it('「三级预警网络就是用来早发现想死、想自杀的孩子的吧，是哪三级？」 → 第17条 三级 (was the crisis reply)', () => {
    const a = ask('三级预警网络就是用来早发现想死、想自杀的孩子的吧，是哪三级？');
    expect(a.crisis).toBeUndefined();
    expect(a.answer).toContain('年级');
  });
  it('guard: 「我发现我想死 想自杀」「他说他想死 想自杀」 stay crises', () => {
    expect(ask('我发现我想死 想自杀').crisis).toBe('self');
    expect(ask('他说他想死 想自杀').crisis).toBe('student');
  });
});
describe('one teacher\'s duty, where the text sets the room\'s hours (retrieve.ts)', () => {
  it('「兼职心理老师每周要在辅导室值几个小时班？」 → silent on 每位老师值班的时长 (was 10小时, the room\'s)', () => {
    expect(ask('兼职心理老师每周要在辅导室值几个小时班？').answer.startsWith('原文没有直接规定每位老师值班的时长')).toBe(true);
  });
});
