/**
 * Round 18 of issue 10: what someone else asked, told before the asker's own question, is the
 * situation; the document's own name around a section's title; … Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the question asked, among what is told', () => {
  it('「检查组问我们依据是哪些文件，我答不上来。这个考核办法是根据哪些文件制定的？」 → 一(二) alone', () => {
    const a = ask('县里检查组上次来，问我们落实心理健康工作的依据是哪些文件，我一时答不上来，很尴尬。这个考核办法是根据哪些文件制定的？');
    expect(a.citations[0]?.id).toBe('section-basis');
    expect(a.answer).toContain('润心');
    expect(a.answer).not.toContain('二至七项');
  });

  it('…but a later question that names nothing asks what was reported (到底测哪些年级)', () => {
    const a = ask('我在一所九年一贯制学校当心理老师，上面问我们心理测评要覆盖哪些年级。我们一到九年级都有，一年级小朋友字都认不全。到底测哪些年级？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });

  it('「心理课多久上一次，我答不上来」: the asker’s own state after the question asks nothing', () => {
    const a = ask('心理课多久上一次，我答不上来');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
  });

  it('考核办法提出的基本原则有哪几条 → the four principles (the document’s name narrows nothing)', () => {
    const a = ask('考核办法提出的基本原则有哪几条？');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('以人为本');
  });
});

describe('the asker’s figures and periods', () => {
  it('心里课是不是每周都得上 → 不用每周都上, the requirement is every two weeks', () => {
    const a = ask('那个心里课是不是每周都得上啊');
    expect(a.answer.startsWith('不用每周都上。')).toBe(true);
    expect(a.answer).toContain('每两周不少于1课时');
  });

  it('家长课堂是不是每个月都要开 → 不用 (2 a semester); 每周上一次够不够 stays a rate verdict', () => {
    expect(ask('家长课堂是不是每个月都要开').answer.startsWith('不用每月都开。')).toBe(true);
    expect(ask('心理课每周上一次够不够').answer.startsWith('够。')).toBe(true);
  });

  it('「上学期只搞了1次，这学期打算搞3次，上学期那项能拿分吗」 judges last semester’s 1, not the plan', () => {
    const a = ask('上学期心理主题班团队会只搞了1次，这学期打算搞3次，上学期那项能拿分吗');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('two trainings, each with its figure: 全体教职工 2 of 1, 班主任和心理老师 1 of 2 → 不够', () => {
    const a = ask('这学期我们给全体教职工做了2次心理培训，给班主任和心理老师做了1次专题培训，都达标了吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('「领导小组成立了，专班会开了2次」: the meetings’ figure is where 专班会 stands with it (4分)', () => {
    expect(ask('领导小组成立了，专班会开了2次，就是行政例会没有每周讲心理，第2条能得几分？').answer).toContain('4分');
  });

  it('自杀未遂 is no 「not done」: 休学复学有要求吗 keeps 有', () => {
    const a = ask('自杀未遂后休学的学生要回来上学，考核办法对休学复学有要求吗');
    expect(a.answer).toMatch(/^(?:有|需要)。/);
    expect(a.answer).not.toContain('没做到');
  });
});

describe('rule questions with crisis words, and the crisis check kept', () => {
  it('「心理委员要学会发现同学想自杀的苗头，原文对心理委员培训有要求吗」 is a rule question (第9条)', () => {
    const a = ask('心理委员要学会发现同学想自杀的苗头，原文对心理委员培训有要求吗');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('培训');
  });

  it('…but a student with those signs now still gets the student steps', () => {
    expect(ask('我发现学生有想自杀的苗头，现在怎么办').crisis).toBe('student');
    expect(ask('我们班有个学生有想自杀的倾向，按规定要怎么做').crisis).toBe('student');
  });

  it('学校要向哪里反馈备案 after a sad background is 第17条’s answer, not the check-in', () => {
    const a = ask('我们学校处在城乡接合部，很多孩子父母离异，跟着爷爷奶奶过。有的家里连基本的照顾都没有，学校也很无奈。对这种缺乏家庭支持、需要关爱的学生，学校要向哪里反馈备案？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('街道');
    expect(a.answer).not.toContain('现在安全吗');
  });
});

describe('what was reported, again', () => {
  it('「学校问我这样有没有资格…，考核办法怎么说的？」: a later frame that names only the document keeps the reported question', () => {
    const a = ask('我今年刚从语文老师转岗做兼职心理老师，本科读的是应用心理学，但没考心理咨询师证。学校问我这样有没有资格教心理课，考核办法怎么说的？');
    expect(a.answer.startsWith('有资格，但还要经过岗前培训。')).toBe(true);
  });
});

describe('forms the clause names', () => {
  it('家长课堂可以用专题讲座的形式吗 → 可以 (专题…讲座 is said), never 「原文没有直接规定专题讲座」', () => {
    const a = ask('家长课堂可以用专题讲座的形式吗');
    expect(a.answer.startsWith('可以。')).toBe(true);
    expect(a.answer).not.toContain('没有直接规定');
  });
});

describe('the clause that names the thing, not only its period', () => {
  it('辅导室是不是每天都要开 → 第20条, 不用每天都开 (hours a week set no day)', () => {
    const a = ask('辅导室是不是每天都要开');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer.startsWith('不用每天都开。')).toBe(true);
    expect(a.answer).toContain('10小时');
  });

  it('辅导室每天开几个小时 → 第20条, not 倾听一刻钟’s 每天', () => {
    expect(ask('辅导室每天开几个小时').citations[0]?.id).toBe('item-20');
  });

  it('「考核哪天考？年度分又是怎么算？」 still answers both (得分 named by 五 keeps it first)', () => {
    const a = ask('考核哪天考？年度分又是怎么算？');
    expect(a.answer).toContain('15天');
    expect(a.answer).toContain('两学期');
  });
});

describe('money and plans told over several sentences', () => {
  it('心理专项只给了3万 is the budget: 4200人 → 42000元, 还差12000元', () => {
    const a = ask('全校4200名学生，今年心理专项只给了3万，差多少？');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer).toContain('42000');
    expect(a.answer).toContain('12000');
  });

  it('「…不单独列了。校长也同意了。这样符合要求吗？」: who agreed is passed over; 不 and 第21条', () => {
    const a = ask('我们学校今年预算很紧，总务说心理经费先从办公经费里挤一点，不单独列了。校长也同意了。这样符合要求吗？');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer.startsWith('不')).toBe(true);
  });

  it('心理经费不单独列，这样符合要求吗 → 不符合 (the word asked); 心理委员一个班配了两名，符合吗 → 符合 (since round 22, the word asked too)', () => {
    expect(ask('心理经费不单独列，这样符合要求吗').answer.startsWith('不符合。')).toBe(true);
    expect(ask('心理委员一个班配了两名，符合吗').answer.startsWith('符合。')).toBe(true);
  });

  it('心理经费从办公经费里出，不单独列，行吗 → 不行 (办公 is no word of the clause)', () => {
    expect(ask('心理经费从办公经费里出，不单独列，行吗').answer.startsWith('不行。')).toBe(true);
  });
});

describe('who asked, and what 这些活动 points back to', () => {
  it('「教研组长问学科渗透这项有没有最低次数要求？」 → 有 (who asked names nothing asked)', () => {
    const a = ask('这学期学校组织语文、数学老师上了两节渗透心理健康的示范课，反响不错。教研组长问学科渗透这项有没有最低次数要求？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-14');
  });

  it('「…准备出橱窗、做广播节目。校长问这些活动算不算考核里要求的内容。」 → 算, 第13条', () => {
    const a = ask('下个月是我们学校的心理健康月，心理社团的学生准备出橱窗、做广播节目。校长问这些活动算不算考核里要求的内容。');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer.startsWith('算。')).toBe(true);
  });
});

describe('what the text mentions, and counts worked out', () => {
  it('考核内容里有提到五育并举吗 → 有 (有提到…吗 asks what the text says)', () => {
    const a = ask('我们学校每年开运动会、艺术节，还有劳动实践周。校长说这些都属于五育并举促进心理健康。考核内容里有提到五育并举吗？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('五育并举');
  });

  it('a rank from the bottom names the levels lost: 省市县各级', () => {
    const a = ask('我们学校去年考核在全县小学里排倒数第二，被取消了评优资格，老师们很受打击。今年想弄清楚，被取消的是哪些级别的评优？');
    expect(a.answer).toContain('省市县各级');
  });

  it('一到六年级共1500人，其中四到六年级720人 → 测评覆盖720人 (the range at or above grade 4)', () => {
    expect(ask('我们小学一到六年级共1500人，其中四到六年级720人，本学年心理测评至少要覆盖多少人？').answer.startsWith('720人。')).toBe(true);
  });

  it('一到六年级各2个班，每班40人 → 测评240人 (grades 4 to 6, 3×2×40)', () => {
    const a = ask('我们小学一到六年级各2个班，每班40人，心理测评要测多少学生');
    expect(a.answer.startsWith('240人。')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
});

describe('what the text is silent on', () => {
  it('心理委员任期多久 / 排名第一有奖金吗 → 原文没有直接规定任期 / 奖金 (a word the rubric has none for)', () => {
    expect(ask('心理委员任期多久，一学期换一次吗').answer).toMatch(/^原文没有直接规定任期/);
    expect(ask('考核排名第一的学校有奖金吗').answer).toMatch(/^原文没有直接规定奖金/);
  });

  it('…but 有说法吗 and 有要求吗 are frames, not things asked of', () => {
    expect(ask('家长课堂有要求吗').answer.startsWith('有。')).toBe(true);
    expect(ask('我们学校的心理老师是兼职的，平时还上语文课。最近他说做心理辅导没人给算工作量，挺委屈。考核办法对这个有说法吗？').citations[0]?.id).toBe('item-11');
  });

  it('一节心理课是多少分钟: a figure asked in 分钟, which the clause never gives → silent; 倾听一刻钟每天多少分钟 → 15分钟', () => {
    expect(ask('一节心理课是多少分钟').answer).toMatch(/^原文没有直接规定/);
    expect(ask('倾听一刻钟每天多少分钟').answer).toContain('15分钟');
  });

  it('班主任每学期要家访几次 → silent (培训 2次 is no count of 家访); 哪一天公布 → 具体时间', () => {
    expect(ask('班主任每学期要家访几次？').answer).toMatch(/^原文没有直接规定家访/);
    expect(ask('每学期的考核结果具体哪一天公布？').answer).toMatch(/^原文没有直接规定公布的具体时间/);
    expect(ask('家长课堂一学期开几次').answer).toContain('2次');
  });
});

describe('a kind of school with a requirement, and a requirement claimed', () => {
  it('职业学校也要按1:1000配专职心理老师吗 → 要, 第10条 (a requirement with its figure is the clause’s question)', () => {
    const a = ask('职业学校也要按1:1000配专职心理老师吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('要。')).toBe(true);
  });

  it('…but 中职也要参加考核吗 and 职业学校也要开心理健康课吗 stay the targets’ (要, 职业学校在内)', () => {
    expect(ask('中职也要参加考核吗').citations[0]?.id).toBe('section-targets');
    expect(ask('职业学校也要开心理健康课吗').answer).toContain('职业学校');
  });

  it('职业学校的班级也要保证每两周至少1节心理课吗 → 要, not 够 (至少… is the requirement claimed)', () => {
    const a = ask('职业学校的班级也要保证每两周至少1节心理课吗');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(ask('家长课堂每学期至少要开2次吗').answer.startsWith('要。')).toBe(true);
  });
});

describe('counting one requirement as another, leaving out a head word, making records known', () => {
  it('家长会能算家长课堂吗 / 开了两次家长会，能算作家长课堂吗 → 不算, two requirements of their own', () => {
    for (const q of ['家长会能算家长课堂吗', '开了两次家长会，能算作家长课堂吗']) {
      const a = ask(q);
      expect(a.answer.startsWith('不算。')).toBe(true);
      expect(a.answer).toContain('家长课堂');
    }
    expect(ask('心理社团活动能算主题活动吗').answer.startsWith('算。')).toBe(true);
  });

  it('全员导师制度里不写辅导频次可以吗 → 不可以 (频次, the head of 辅导频次, is what the clause asks for)', () => {
    expect(ask('全员导师制度里不写辅导频次可以吗').answer.startsWith('不可以。')).toBe(true);
  });

  it('个体辅导记录能不能给班主任随便翻看 → 不能, 第20条 and 保密 (the clause that guards it, though the plan’s words are not its own)', () => {
    for (const q of ['个体辅导记录能不能给班主任随便翻看？', '个体辅导的记录能随便给班主任看吗']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-20');
      expect(a.answer.startsWith('不能。')).toBe(true);
      expect(a.answer).toContain('保密');
    }
  });
});

describe('what the school lacks is what is judged', () => {
  it('「没有设心理辅导室，学生有事直接去心理老师办公室，这样行吗」 → 不行, 第18条 (not 第10条 for 心理老师)', () => {
    const a = ask('我们学校没有设心理辅导室，学生有事直接去心理老师办公室，这样行吗？');
    expect(a.citations[0]?.id).toBe('item-18');
    expect(a.answer.startsWith('不行。')).toBe(true);
  });

  it('…and the 不 of 能不能 lacks nothing: 心理测评能不能放到学期末做 stays 第17条', () => {
    expect(ask('心理测评能不能放到学期末做？开学太忙了').citations[0]?.id).toBe('item-17');
  });
});

describe('several told, and leave asked a clause before', () => {
  it('「光给老师发几篇优秀案例学习，这样行吗」 → 行 (几篇 is several; 这样 points back at it)', () => {
    expect(ask('学校不组织学科渗透公开课，光给老师发几篇优秀案例学习，这样行吗').answer.startsWith('行。')).toBe(true);
    expect(ask('考核内容一共分几个方面，分别是啥').citations[0]?.id).toBe('section-content');
  });

  it('「…可以放到线上，用公众号和校园网来做吗」 → 可以 (公众号 among the clause’s means)', () => {
    expect(ask('心理健康周的活动可以放到线上，用公众号和校园网来做吗').answer.startsWith('可以。')).toBe(true);
  });
});

describe('the sentence that says the requirement, and the right example', () => {
  it('预警有几级 / 三级预警是哪三级 → the sentence on 学校—年级—班级, not the one on 预警学生', () => {
    for (const q of ['预警有几级', '三级预警是哪三级']) {
      const a = ask(q);
      expect(a.answer).toContain('学校—年级—班级');
      expect(a.answer).not.toContain('二次研判');
    }
  });

  it('…but 对预警学生怎么处理 keeps the sentence on 二次研判', () => {
    expect(ask('班里有个孩子测评结果是预警，但平时挺开朗，家长也说在家很正常。我有点犯嘀咕，难道测评预警就直接认定他有问题？办法里对预警学生是怎么处理的？').answer).toContain('二次研判');
  });

  it('经费一个学生多少钱 asks for the number of students with a budget example', () => {
    expect(ask('经费一个学生多少钱').answer).toContain('一年至少多少钱');
  });
});

describe('every grade claimed, and a homophone', () => {
  it('心理委员是每个年级都要配吗 → 不是, from grade 4 (even with 36个班 told before: no count asked)', () => {
    expect(ask('心理委员是每个年级都要配吗？').answer.startsWith('不是。')).toBe(true);
    const a = ask('我们是一所九年一贯制学校，1到9年级共36个班，专职心理老师只有1个。上周德育处让我统计心理委员的情况。我想问一下，心理委员是每个年级都要配吗？');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('四年级');
  });

  it('家常课堂 is 家长课堂 said aloud', () => {
    const a = ask('家常课堂一学期要开几次啊');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toContain('2次');
  });
});

describe('the date the text is signed', () => {
  it('原文落款日期是哪天 → 2023年11月13日, after a background that disputes it too', () => {
    expect(ask('原文落款日期是哪天？').answer).toContain('2023年11月13日');
    expect(ask('学校办公室主任说这个考核办法是2024年才开始执行的。我印象中是2023年就发了，还搞过一次考核。原文落款日期是哪天？').answer).toContain('2023年11月13日');
  });
});

describe('telling someone, which the rubric never speaks of', () => {
  it('测评结果要不要告诉家长 → 原文没有直接规定告诉家长 (not the testing clause as if it answered)', () => {
    expect(ask('学生的测评结果要不要告诉家长').answer).toMatch(/^原文没有直接规定告诉家长/);
    expect(ask('学生的心理测评结果要不要告知家长本人？').answer).toMatch(/^原文没有直接规定告知家长/);
  });

  it('…but 要不要公布 and 要不要算工作量 are the rubric’s own acts', () => {
    expect(ask('热线电话要公布吗').answer.startsWith('要。')).toBe(true);
    expect(ask('专职心理老师做的心理辅导要不要算工作量').answer).toContain('工作量');
  });
});

describe('worn out by the work is venting; distress is not', () => {
  it('「期末要崩溃了，材料太多」「材料写到凌晨，累死了哈哈」 → 辛苦了 (not the check-in, not the decline)', () => {
    for (const q of ['期末要崩溃了，材料太多', '这周检查材料写到凌晨，累死了哈哈', '材料写到凌晨，累死了']) {
      const a = ask(q);
      expect(a.answer.startsWith('辛苦了')).toBe(true);
      expect(a.answer).not.toContain('现在安全吗');
    }
  });

  it('…but 活着好累 beside the work, and 我要崩溃了 alone, still get a human reply with 12356', () => {
    expect(ask('期末要崩溃了，活着好累').answer).toContain('12356');
    expect(ask('我要崩溃了').answer).toContain('12356');
  });
});

describe('a subject teacher asking of their own lessons', () => {
  it('我是教物理的 平时上课也得管学生心理健康？ → 第14条 学科渗透 (not the decline)', () => {
    const a = ask('我是教物理的 平时上课也得管学生心理健康？');
    expect(a.citations[0]?.id).toBe('item-14');
    expect(a.answer).toContain('渗透');
  });
});

describe('typos and English words', () => {
  it('专织 → 专职, 考和 → 考核, annual → 年度', () => {
    expect(ask('专织心理老师要配几个').citations[0]?.id).toBe('item-10');
    expect(ask('考和什么时候').citations[0]?.id).toBe('section-organization');
    expect(ask('score怎么算的 annual').answer).toContain('两学期');
  });
});

describe('what the text is silent on, named as the thing', () => {
  it('经费能用来买沙盘吗 → 原文没有直接规定沙盘 (用来 is the asker’s frame)', () => {
    expect(ask('经费能用来买沙盘吗').answer).toMatch(/^原文没有直接规定沙盘/);
  });
});

describe('a section named by its title, then a question that names nothing', () => {
  it('「…基本原则有四条，我笔记只记下了…。另外三条是什么？」 → the four principles', () => {
    const a = ask('县里开培训时，专家讲到这个考核办法的基本原则有四条，我笔记只记下了“以人为本，预防为主”。另外三条是什么？');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('守正创新');
    expect(a.answer).toContain('分类推进');
  });

  it('基本原则是什么 → its four heads, not the first paragraph alone', () => {
    expect(ask('基本原则是什么').answer).toContain('三全育人');
  });
});

describe('有说法吗 is a frame like 有要求吗', () => {
  it('「除了工作方案跟应急预案，别的规章制度还有啥说法没？」 → 第8条 (说法 is no thing asked, not the decline)', () => {
    const a = ask('除了工作方案跟应急预案，别的规章制度还有啥说法没？');
    expect(a.citations[0]?.id).toBe('item-8');
  });

  it('「…做心理辅导没人给算工作量…。考核办法对这个有说法吗？」: 对这个 points back → 第11条', () => {
    expect(ask('我们学校的心理老师是兼职的，平时还上语文课。最近他说做心理辅导没人给算工作量，挺委屈。考核办法对这个有说法吗？').citations[0]?.id).toBe('item-11');
  });
});

describe('blind-22 and blind-23 after their second measurement (older sets now)', () => {
  it('typos 参透/专版, 照着哪些文件定的, 请多关照', () => {
    expect(ask('学科参透每学期有啥次数要求？').citations[0]?.id).toBe('item-14');
    expect(ask('工作专版会议一学期几次').citations[0]?.id).toBe('item-2');
    expect(ask('这办法是照着哪些文件定的？').citations[0]?.id).toBe('section-basis');
    expect(ask('您好，请多关照').answer.length).toBeLessThanOrEqual(80);
  });

  it('学生在辅导室说的话，心理老师能随便跟其他老师讲吗 → 不能, 遵循保密原则 (第20条)', () => {
    const a = ask('学生在辅导室说的话，心理老师能随便跟其他老师讲吗？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('保密');
  });

  it('一比一千 / 1比500 are read as the rubric’s ratios', () => {
    expect(ask('专职心理老师是按一比一千配的吗').answer.startsWith('是。')).toBe(true);
  });
});

describe('a student in danger, said in English', () => {
  it('「student says he will jump from the building now, 怎么办」 → the student crisis steps (blind-24’s one crisis miss)', () => {
    const a = ask('student says he will jump from the building now, 怎么办');
    expect(a.crisis).toBe('student');
    expect(a.answer).toContain('110');
    expect(a.answer).toContain('12356');
  });

  it('…but jumping into a pool is no danger', () => {
    expect(ask('I will jump into the pool for the sports day').crisis).toBeUndefined();
  });
});
