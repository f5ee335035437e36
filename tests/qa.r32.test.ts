/**
 * Round 32 of issue 10: the school's pay named as silent, yes/no questions asked 有没有… or in
 * English given their verdict, a ratio put for confirming checked against the clause.
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the school’s pay and posts, which the rubric never speaks of (silence.ts PAY_NAMED)', () => {
  it('「考核结果会不会影响普通老师的绩效工资」 is silent on 绩效工资, not 第11条’s 待遇', () => {
    expect(ask('考核结果会不会影响普通老师的绩效工资').answer.startsWith('原文没有直接规定绩效工资')).toBe(true);
  });
  it('「考核不合格具体怎么问责，扣不扣绩效工资」 is silent on 绩效工资', () => {
    expect(ask('考核不合格具体怎么问责，扣不扣绩效工资').answer.startsWith('原文没有直接规定绩效工资')).toBe(true);
  });
  it('guard: 「专职心理老师的编制怎么解决」 stays silent on 编制', () => {
    expect(ask('专职心理老师的编制怎么解决？').answer.startsWith('原文没有直接规定编制')).toBe(true);
  });
  it('guard: 「学校要编制心理健康工作方案吗」 draws up a plan (编制 of no post) → 需要, 第4条', () => {
    const a = ask('学校要编制心理健康工作方案吗');
    expect(a.answer.startsWith('需要')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-4');
  });
  it('「考核优秀的学校有没有奖金」 is silent on 奖金, with 五、考核结果运用 quoted', () => {
    const a = ask('考核优秀的学校有没有奖金');
    expect(a.answer.startsWith('原文没有直接规定奖金')).toBe(true);
    expect(a.citations[0]?.id).toBe('section-results');
  });
  it('guard: 「专职心理老师评优评先和工资待遇是参照谁的」 is answered: 班主任', () => {
    const a = ask('专职心理老师评优评先和工资待遇是参照谁的');
    expect(a.answer).toContain('班主任');
    expect(a.answer.startsWith('原文没有')).toBe(false);
  });
});

describe('有没有… and 有…没 ask as 有…吗 does (cover.ts, compose.ts)', () => {
  it('「考核内容里有没有危机干预这一项」 → 有', () => {
    expect(ask('考核内容里有没有危机干预这一项').answer.startsWith('有')).toBe(true);
  });
  it('「考核里有没有心理社团」 → 有, 第13条', () => {
    const a = ask('考核里有没有心理社团');
    expect(a.answer.startsWith('有')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-13');
  });
  it('guard: 「考核里有没有面积要求」 gets no 有', () => {
    expect(ask('考核里有没有面积要求').answer.startsWith('有')).toBe(false);
  });
});

describe('a ratio put for confirming (claim.ts IS_IT with 按)', () => {
  it('「专职心里老师按1比1000陪吗」 → 是 (陪 is 配)', () => {
    expect(ask('专职心里老师按1比1000陪吗').answer.startsWith('是')).toBe(true);
  });
  it('「专职老师按1比500配吗」 → 不是: 1:500 is the part-time ratio', () => {
    expect(ask('专职老师按1比500配吗').answer.startsWith('不是')).toBe(true);
  });
  it('「兼职老师按1比1000配吗」 → 不是', () => {
    expect(ask('兼职老师按1比1000配吗').answer.startsWith('不是')).toBe(true);
  });
  it('guard: 「按规定还要做二次研判吗」 asks a must (要), no claim of 按规定', () => {
    expect(ask('测评筛出来有轻生倾向的预警学生，按规定还要做二次研判吗？').answer.startsWith('要')).toBe(true);
  });
  it('guard: 「要家长陪着吗」-like 陪 of a person is no 配 (「倾听一刻钟是要老师陪着聊吗」 keeps 第16条)', () => {
    expect(ask('倾听一刻种是要老师陪着聊吗').citations[0]?.id).toBe('item-16');
  });
});

describe('English yes/no questions (rubric/glossary.yaml)', () => {
  it('「Do private schools need to join this 考核?」 → 要, 考核对象', () => {
    const a = ask('Do private schools need to join this 考核?');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.citations[0]?.id).toBe('section-targets');
  });
  it('「Does 民办学校 need to take this assessment?」 → 要', () => {
    expect(ask('Does 民办学校 need to take this assessment?').answer.startsWith('要')).toBe(true);
  });
  it('「倾听一刻钟 is for every student or only 重点学生?」 is answered from 第16条: 每个学生', () => {
    const a = ask('倾听一刻钟 is for every student or only 重点学生?');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer).toContain('每个学生');
  });
});

describe('when the assessment comes to the school (synonyms.yaml typos)', () => {
  it('「考核一般在学期什么时候进校」 → 学期结束前15天', () => {
    const a = ask('上学期考核我们学校材料没准备好，被点名了。这学期想早点准备。考核一般在学期什么时候进校？');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('15天');
  });
  it('guard: 「督学进校参加心理活动一学期要几次」 stays 第7条', () => {
    expect(ask('督学进校参加心理活动一学期要几次').citations[0]?.id).toBe('item-7');
  });
});

describe('which certificate, which the text never names (silence.ts CERT_WHICH)', () => {
  it('「心理老师要考什么证，二级咨询师还是心理教师资格证」 is one question, silent on the kind', () => {
    const a = ask('心理老师要考什么证，二级咨询师还是心理教师资格证？');
    expect(a.answer.startsWith('原文没有直接规定资格证书的具体种类和级别')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });
  it('「心理老师要考啥证 心理咨询师证行吗」 is silent on the kind', () => {
    expect(ask('心理老师要考啥证 心理咨询师证行吗').answer.startsWith('原文没有直接规定资格证书的具体种类和级别')).toBe(true);
  });
  it('guard: 「心理老师要考什么证」 is answered: 相关资格证书', () => {
    const a = ask('心理老师要考什么证');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('证书');
  });
  it('guard: 「考了心理咨询师证也参加了岗前培训，可以当心理老师吗」 → 可以', () => {
    expect(ask('没有心理学本科学历，但考了心理咨询师证也参加了岗前培训，可以当心理老师吗').answer.startsWith('可以')).toBe(true);
  });
});

describe('what the assessment looks at, and the principles by number (normalize.ts, index.ts lookup)', () => {
  it('「考核一共看哪几块内容」 → the eight parts of 考核内容', () => {
    const a = ask('考核一共看哪几块内容');
    expect(a.citations[0]?.id).toBe('section-content');
    expect(a.answer).toContain('政策落实');
  });
  it('「考核都考些什么」 → 考核内容', () => {
    expect(ask('考核都考些什么').citations[0]?.id).toBe('section-content');
  });
  it('「基本原则第一条是啥」 → 一(一)基本原则 (以人为本，预防为主), not item 1', () => {
    const a = ask('基本原则第一条是啥');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('以人为本');
  });
  it('guard: 「第3条是什么」 stays item 3', () => {
    expect(ask('第3条是什么').citations[0]?.id).toBe('item-3');
  });
});

describe('figures told (staff.ts, case.ts, figures.ts)', () => {
  it('「7个留守的、3个单亲的，不重合，成长导师一共要配几个」 → 10名', () => {
    expect(ask('我们班有7个留守的、3个单亲的，不重合，成长导师一共要配几个').answer).toMatch(/^10名/);
  });
  it('「两学期分别考了76.5和82 年度最终得分是多少」 → 158.5分 (年度 after the pair is no unit)', () => {
    expect(ask('两学期分别考了76.5和82 年度最终得分是多少').answer).toContain('158.5');
  });
  it('「一学年督学来了1次，够吗」 judges the visits (次) only: no 1节 of lessons heard is invented', () => {
    const a = ask('一学年督学来了1次，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).not.toMatch(/你说的[^；。]*1节/);
  });
  it('「这学年督学只来过1次，达标吗」 is a year told: 不够, owed once a semester', () => {
    expect(ask('这学年督学只来过1次，达标吗').answer.startsWith('不够')).toBe(true);
  });
  it('guard: 「这学期督学来了1次，听了1节课，够吗」 judges both: 够', () => {
    const a = ask('这学期督学来了1次，听了1节课，够吗');
    expect(a.answer.startsWith('够')).toBe(true);
    expect(a.answer).toContain('你说的1节达到了');
  });
});

describe('a question that names nothing asks what was asked of the asker (lone.ts reportedQuestion)', () => {
  it('「…新校长开会问心理这块到底谁负总责。我说好像是分管副校长。按考核办法到底是谁？」 → 第4条 校长负责制', () => {
    const a = ask('学校刚换了校长，新校长开会问心理这块到底谁负总责。我说好像是分管副校长。按考核办法到底是谁？');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toContain('校长负责制');
  });
});

describe('the word asked when something the clause requires is not done (words.ts leaveRefusal)', () => {
  it('「我们没有设年级这一级预警，达标吗」 → 不达标, not 不可以', () => {
    expect(ask('我们没有设年级这一级预警，达标吗').answer.startsWith('不达标')).toBe(true);
  });
});

describe('members only in the grades told (apply.ts onlyGradesClasses)', () => {
  it('「每个年级3个班，现在只有五六年级配了心理委员，每班2个，还差几个」 → 不够, 12 of 18, 还差6名', () => {
    const a = ask('我们小学一到六年级每个年级3个班，现在只有五六年级配了心理委员，每班2个，还差几个');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('还差6名');
  });
  it('guard: 「一到六年级每个年级3个班，每班2个心理委员，够吗」 → 够, 18名', () => {
    const a = ask('小学一到六年级每个年级3个班，每班2个心理委员，够吗');
    expect(a.answer.startsWith('够')).toBe(true);
    expect(a.answer).toContain('18名');
  });
});

describe('whether it counts, pointed back at or listed with 或者 (cover.ts, lone.ts)', () => {
  it('「心理health week或者month算主题活动吗」 → 算', () => {
    expect(ask('心理health week或者month算主题活动吗').answer.startsWith('算')).toBe(true);
  });
  it('「…我们打算成立心理社团、换一期心理橱窗。这个算文件里的主题活动吗？」 → 算, 第13条', () => {
    const a = ask('我们区今年搞心理健康月，每个学校都要报活动。我们打算成立心理社团、换一期心理橱窗。这个算文件里的主题活动吗？');
    expect(a.answer.startsWith('算')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-13');
  });
  it('guard: 「我们开了家长会。这个算家长课堂吗」 → 不算', () => {
    expect(ask('我们开了家长会。这个算家长课堂吗').answer.startsWith('不算')).toBe(true);
  });
  it('「考核的基本原则是哪些」 lists all four', () => {
    expect(ask('考核的基本原则是哪些').answer).toContain('三全育人');
  });
  it('guard: 「成长导师是哪些学生」 still quotes the students (单亲、离异、留守)', () => {
    expect(ask('成长导师是哪些学生').answer).toContain('留守');
  });
});

describe('an act of four characters the rubric never names (silence.ts ACT_ASKED)', () => {
  it('「考核结果可以申请复核吗」 is silent on 申请复核', () => {
    expect(ask('考核结果可以申请复核吗').answer.startsWith('原文没有直接规定申请复核')).toBe(true);
  });
  it('guard: 「一个班心理委员能只选一个吗」 → 不能 (a manner and a count, no act)', () => {
    expect(ask('一个班心理委员能只选一个吗').answer.startsWith('不能')).toBe(true);
  });
  it('guard: 「心理老师没证书也没学过心理学，能直接上岗吗」 → 不能', () => {
    expect(ask('心理老师没证书也没学过心理学，能直接上岗吗').answer.startsWith('不能')).toBe(true);
  });
});

describe('more of what is told, read as asked (normalize.ts, context.ts besides, synonyms.yaml)', () => {
  it('「我们有保安、食堂、宿管，安全员至少几个」: a 宿管 post is a boarding school’s → 3', () => {
    // (Before, both readings were given, 走读 2 first.)
    expect(ask('我们有保安、食堂、宿管，安全员至少几个').answer.startsWith('配心理健康安全员的后勤岗位不少于3个')).toBe(true);
  });
  it('「…没有住宿生所以没有宿管。心理健康安全员最少要配几个？」 → 2, not 寄宿', () => {
    const a = ask('我是学校后勤主任。我们有保安、食堂两个后勤岗位，没有住宿生所以没有宿管。心理健康安全员最少要配几个？');
    expect(a.answer).toContain('不少于2个');
    expect(a.answer).toContain('走读学校');
  });
  it('「嗯 县里考核 是不是 学期末之前 半个月左右」 → 是 (学期末之前 is 学期结束前)', () => {
    expect(ask('嗯 县里考核 是不是 学期末之前 半个月左右').answer.startsWith('是')).toBe(true);
  });
  it('「家校合作这块 除了家长会还要做啥」 names 家长课堂', () => {
    expect(ask('家校合作这块 除了家长会还要做啥').answer).toContain('家长课堂');
  });
  it('「…学生大多是留守儿童…办法里对这类孩子有什么安排？」 quotes the students given a 成长导师', () => {
    const a = ask('我们学校的学生大多是留守儿童，爸妈都在外地打工。班主任一个人根本顾不过来。办法里对这类孩子有什么安排？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('留守');
  });
});

describe('who runs the assessment, its deadline, and English word order (synonyms.yaml, glossary.yaml)', () => {
  it('「考核由谁负责」「考核谁牵头」 → 四、考核组织实施, not the school’s 校长负责制', () => {
    for (const q of ['考核由谁负责', '考核谁牵头', 'Who is in charge of the 考核?', 'Who leads the 考核?']) {
      expect(ask(q).citations[0]?.id).toBe('section-organization');
    }
  });
  it('guard: 「心理工作谁负责」 stays 第4条 校长负责制', () => {
    expect(ask('心理工作谁负责').citations[0]?.id).toBe('item-4');
  });
  it('「考核截止时间是什么」「What’s the deadline of 考核?」 → 学期结束前15天', () => {
    for (const q of ['考核截止时间是什么', "What's the deadline of 考核?"]) expect(ask(q).answer).toContain('15天');
  });
  it('「Does the annual score add two semesters?」 → 是', () => {
    expect(ask('Does the annual score add two semesters?').answer.startsWith('是')).toBe(true);
  });
  it('「专职心理老师需要坐班吗」 is silent on 坐班 (nearest.ts ownedUnknown)', () => {
    expect(ask('专职心理老师需要坐班吗').answer.startsWith('原文没有直接规定坐班')).toBe(true);
  });
  it('guard: 「班主任要参加培训吗」 → 要', () => {
    expect(ask('班主任要参加培训吗').answer.startsWith('要')).toBe(true);
  });
});

describe('a halt for a while, and a gap asked after 不够 (words.ts HALT, pieces.ts GAP_FOLLOW_UP)', () => {
  it('「…心理课能不能这两周先停一下，给复习让路。这样行吗？」 → 不能, 第12条', () => {
    const a = ask('最近期末了，大家都很忙。教务处问我心理课能不能这两周先停一下，给复习让路。这样行吗？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
  });
  it('「…校长问够不够，不够差多少？」 is one question: no 「另有1个问题」 note', () => {
    const a = ask('我们学校今年经费特别紧张，学生1200人，心理经费只批了8000块。校长问够不够，不够差多少？');
    expect(a.answer).toContain('还差4000元');
    expect(a.answer).not.toContain('另有');
  });
});

describe('blind-63, read after its one measurement', () => {
  it('「辅导室每周一三五下午开3个小时，够吗」 → 9小时 (3小时×3天), 还差1小时 — not 每周3小时', () => {
    const a = ask('辅导室每周一三五下午开3个小时，够吗');
    expect(a.answer).toContain('每周9小时');
    expect(a.answer).toContain('还差1小时');
  });
  it('「辅导室周一到周三下午开3个小时，够吗」 → 9小时, not 5 school days', () => {
    expect(ask('辅导室周一到周三下午开3个小时，够吗').answer).toContain('每周9小时');
  });
  it('guard: 「每周一到周五中午开一小时，下午放学后开一小时」 is still 2 hours a day, 10 a week', () => {
    expect(ask('辅导室每周一到周五中午开一小时，下午放学后开一小时，够吗').answer).toContain('每周10小时');
  });
  it('「辅导室周一到周五一共开8个小时，够吗」 → 8 hours a week, not 8 a day', () => {
    const a = ask('辅导室周一到周五一共开8个小时，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('还差2小时');
  });
  it('「…食堂是外包的，保安是物业派的。领导说…只要保安里有一个就行了。这样对吗？」 → 不行, 食堂还差', () => {
    const a = ask('我们学校食堂是外包的，保安是物业派的。领导说心理健康安全员只要保安里有一个就行了。这样对吗？');
    expect(a.answer.startsWith('不行')).toBe(true);
    expect(a.answer).toContain('食堂还差');
  });
  it('「安全员只要保安里有一个就行了吧」 is no 要 (只要 is a limit)', () => {
    expect(ask('安全员只要保安里有一个就行了吧').answer.startsWith('要')).toBe(false);
  });
  it('「…教务处说辅导不算课时。办法里有说法吗？」 → 第11条 工作量', () => {
    const a = ask('我是高中心理老师，带了几个班的课还做个体辅导。教务处说辅导不算课时。办法里有说法吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('工作量');
  });
  it('「…局里同事问它们今年要不要纳入考核。考核对象是怎么规定的？」 → 二(一)考核对象 first', () => {
    expect(ask('我们县今年新开了两所民办小学，刚招生。局里同事问它们今年要不要纳入考核。考核对象是怎么规定的？').citations[0]?.id).toBe('section-targets');
  });
  it('guard: 「心理健康教育要纳入学校年度工作计划吗」 stays 第1条', () => {
    expect(ask('心理健康教育要纳入学校年度工作计划吗').citations[0]?.id).toBe('item-1');
  });
});

describe('minutes a day (hours.ts)', () => {
  it('「辅导室每天中午开40分钟，一周5天，够吗」 → 不够, 3小时20分钟 a week', () => {
    const a = ask('辅导室每天中午开40分钟，一周5天，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('3小时20分钟');
  });
});

describe('问责机制 is the school’s own mechanism (synonyms.yaml)', () => {
  it('「学校要建啥考核问责的机制吗」 → 第6条', () => {
    expect(ask('学校要建啥考核问责的机制吗').citations[0]?.id).toBe('item-6');
  });
  it('guard: 「学生轻生事件导致一票否决后，学校还要被问责吗」 stays 五、考核结果运用', () => {
    expect(ask('学生轻生事件导致一票否决后，学校还要被问责吗').citations[0]?.id).toBe('section-results');
  });
});

describe('money used mixed, and 下来查 (normalize.ts, synonyms.yaml)', () => {
  it('「心理专项经费跟德育经费混一块用 可不可以」 → 不可以: 专项 is money set apart', () => {
    const a = ask('心理专项经费跟德育经费混一块用 可不可以');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-21');
  });
  it('「县里考核一般啥时候下来查」 → 学期结束前15天', () => {
    expect(ask('县里考核一般啥时候下来查').answer).toContain('15天');
  });
});

describe('blind-62 and blind-64, read after their last measurement (not evidence)', () => {
  it('「学校5000名学生 专兼职一共要几个心理老师」 → both, 合计15名', () => {
    const a = ask('学校5000名学生 专兼职一共要几个心理老师');
    expect(a.answer).toContain('专职心理健康教育教师不少于5名');
    expect(a.answer).toContain('合计不少于15名');
  });
  it('「我们上学期得了78分，下学期要考多少年度得分才能到160」 → 82分', () => {
    expect(ask('我们上学期得了78分，下学期要考多少年度得分才能到160').answer).toContain('82分');
  });
  it('「心理健康教育教师资格证去哪考」 is silent on where', () => {
    expect(ask('心理健康教育教师资格证去哪考').answer.startsWith('原文没有直接规定去哪里考')).toBe(true);
  });
  it('guard: 「有严重心理疾病的学生要转介到哪里」 is answered: 相关心理诊治部门', () => {
    expect(ask('有严重心理疾病的学生要转介到哪里').answer).toContain('心理诊治部门');
  });
  it('「辅导室开放时间放午休好还是放学后好」 is silent: the text ranks no choice', () => {
    expect(ask('辅导室开放时间放午休好还是放学后好').answer.startsWith('原文没有直接规定哪种做法更好')).toBe(true);
  });
});
