/**
 * Round 27 of issue 10: how often the assessment is held asked as a count (一年几次), a time the
 * clause sets (用好开学重要时段) put off, a must asked of what the clause never states (医院开证明),
 * a numbered heading asked about (教科研), and follow-ups that name nothing of their own (具体要建几级,
 * 下一步怎么做) after the situation told. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('how often the assessment is held', () => {
  it('「这个考核一年搞几次」 → 一年两次, not 不是 to a guess nobody made', () => {
    const a = ask('这个考核一年搞几次？');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer.startsWith('一年两次，每学期考核一次')).toBe(true);
  });

  it('a semester end told before 「一年搞几次」 is no date asked', () => {
    const a = ask('我们县今年第一次搞这个考核，教育局让各校先自查，我们1月18号放寒假。顺便问一下，这个考核一年搞几次？');
    expect(a.answer.startsWith('一年两次')).toBe(true);
    expect(a.answer).not.toContain('1月3日');
  });

  it('guard: the date is still worked out when it is asked', () => {
    const a = ask('我们1月18号放寒假，考核是哪天？');
    expect(a.answer).toContain('1月3日');
  });

  it('guard: 「考核是不是一年才搞一次」 is still 不是', () => {
    expect(ask('考核是不是一年才搞一次').answer.startsWith('不是，每学期考核一次')).toBe(true);
  });
});

describe('a time the clause sets, put off', () => {
  it('「全校心理测评可以拖到期末再做吗」 → 不可以, with 用好开学重要时段', () => {
    const a = ask('全校心理测评可以拖到期末再做吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('不可以。')).toBe(true);
    expect(a.answer).toContain('用好开学重要时段');
  });

  it('「测评放到学期末做行不行」 → 不行', () => {
    expect(ask('测评放到学期末做行不行').answer.startsWith('不行。')).toBe(true);
  });

  it('guard: 「心理测评要在开学的时候做吗」 → 要', () => {
    expect(ask('心理测评要在开学的时候做吗').answer.startsWith('要。')).toBe(true);
  });
});

describe('a must asked of what the clause never states', () => {
  it('「休学的学生复学需要医院开证明吗」 → 原文没有直接规定, not 需要', () => {
    const a = ask('休学的学生复学需要医院开证明吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('原文没有直接规定医院开证明')).toBe(true);
  });

  it('「复学需要家长签字吗」 → 原文没有直接规定', () => {
    expect(ask('复学需要家长签字吗').answer.startsWith('原文没有直接规定家长签字')).toBe(true);
  });

  it('guard: what the clause does state is still 需要 (频次 of 全员导师制工作制度, 三级预警网络)', () => {
    expect(ask('全员导师制度里要写明导师见学生的频次吗').answer.startsWith('需要。')).toBe(true);
    expect(ask('要建三级预警网络吗').answer.startsWith('需要。')).toBe(true);
    expect(ask('需要建立休学复学机制吗').answer.startsWith('需要。')).toBe(true);
  });

  it('guard: 「心理侧评的数据要保秘吗」: 保秘 is a typo of 保密, → 需要', () => {
    expect(ask('心理侧评的数据要保秘吗').answer.startsWith('需要。')).toBe(true);
  });
});

describe('a numbered heading asked about', () => {
  it('「办法对心理健康教科研有什么要求」 → the paragraph under （2）推动心理健康教科研, with 课题', () => {
    const a = ask('办法对心理健康教科研有什么要求？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('设立课题或项目');
    expect(a.answer).toContain('基本功大赛');
  });

  it('「考核对心理健康科研有啥要求」: 应用 of 科研成果应用 is no modal that makes 科研 required', () => {
    const a = ask('小学部心理老师跟我吐槽，说她从没申报过课题，学校也不过问。考核对心理健康科研到底有啥要求？');
    expect(a.answer).toContain('课题');
  });
});

describe('follow-ups that name nothing of their own', () => {
  it('「…说我们预警网络只有学校一级不完整。校长问具体要建几级」 → 三级, from the network told', () => {
    const a = ask('县心理中心老师来指导，说我们预警网络只有学校一级不完整。校长问具体要建几级');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('三级');
  });

  it('guard: 「预警网络要建几级」: 几级 is asked, not what the text is silent on', () => {
    const a = ask('预警网络要建几级');
    expect(a.answer).not.toContain('原文没有直接规定');
    expect(a.answer).toContain('三级');
  });

  it('「…筛出了一些需要关注的学生…下一步学校应该怎么做」 → 二次研判, not the stock refusal', () => {
    const a = ask('本学期我们做了全校测评，筛出了一些需要关注的学生，班主任也另外反映了几个。下一步学校应该怎么做，办法里有什么要求？');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('二次研判');
  });

  it('「…没有考核激励和追责问责的制度。这一块属于考核内容吗」 → 第6条', () => {
    const a = ask('我是分管德育的副校长，刚接手心理工作。翻了前任留下的材料，没有考核激励和追责问责的制度。这一块属于考核内容吗？');
    expect(a.citations[0]?.id).toBe('item-6');
    expect(a.answer).toContain('追责问责');
  });

  it('guard: 「…校长问我考核到底是一学期一次还是一年一次」 asks of the assessment itself', () => {
    const a = ask('我们县今年第一次搞这个考核，局里让各校先自查，我负责汇总。有几个校长问我考核到底是一学期一次还是一年一次，什么时候来。麻烦说下');
    expect(a.answer).toContain('每学期');
  });

  it('guard: 「…基本原则有四条…另外三条是什么」 stays with the principles', () => {
    const a = ask('县里开培训时，专家讲到这个考核办法的基本原则有四条，我笔记只记下了“以人为本，预防为主”。另外三条是什么？');
    expect(a.citations[0]?.id).toBe('section-principles');
  });
});

describe('whether what was told is assessed', () => {
  it('「…没有考核激励和追责问责的制度。这一块属于考核内容吗」 → 是，属于', () => {
    const a = ask('我是分管德育的副校长，刚接手心理工作。翻了前任留下的材料，没有考核激励和追责问责的制度。这一块属于考核内容吗？');
    expect(a.citations[0]?.id).toBe('item-6');
    expect(a.answer.startsWith('是，属于。')).toBe(true);
  });

  it('「…我发现学校没有追责问责机制。请问考核会看这个吗」 → 会', () => {
    const a = ask('我是新来的副校长，分管德育。校长让我看看心理健康这块的制度建设。我发现学校没有追责问责机制。请问考核会看这个吗？');
    expect(a.citations[0]?.id).toBe('item-6');
    expect(a.answer.startsWith('会。')).toBe(true);
  });

  it('guard: 「心理剧比赛算不算考核内容」 is not 算 (心理剧 is named by no clause)', () => {
    expect(ask('心理剧比赛算不算考核内容').answer.startsWith('算')).toBe(false);
  });
});

describe('a must asked of what, or whom, the clause never names', () => {
  it('「学生复学要不要医院开的证明」: 要不要 asks as 需要…吗 does → 原文没有直接规定', () => {
    expect(ask('学生复学要不要医院开的证明').answer.startsWith('原文没有直接规定医院开的证明')).toBe(true);
  });

  it('「心理健康安全员需要考什么证书吗」 → 原文没有直接规定, not the 需要 第10条 says of teachers', () => {
    const a = ask('心理健康安全员需要考什么证书吗');
    expect(a.answer.startsWith('原文没有直接规定心理健康安全员')).toBe(true);
  });

  it('guard: 「心理老师需要证书吗」 gets a verdict (round 39: 不一定, 背景或证书 — one of a group any one of which will do); 「家长群里有人问是不是必须老师陪孩子聊」 asks nothing of 家长', () => {
    expect(ask('心理老师需要证书吗').answer.startsWith('不一定。')).toBe(true);
    const a = ask('我们县今年开始推倾听一刻钟，家长群里有人问是不是必须老师陪孩子聊。有的家长说孩子回家跟爸妈聊也行。学生跟家人聊算不算倾听一刻钟？');
    expect(a.answer).not.toContain('原文没有直接规定家长');
  });

  it('guard: 「教案、PPT要不要每个年级都准备 complete 的一套」 is still 需要 (一套 and 准备 ask what the clause says)', () => {
    expect(ask('心理课的教案、PPT要不要每个年级都准备 complete 的一套').answer.startsWith('需要。')).toBe(true);
  });

  it('「心理课用哪个出版社的教材 县里有统一规定吗」: 统一领导 is no rule on textbooks → no 有', () => {
    expect(ask('心理课用哪个出版社的教材 县里有统一规定吗').answer.startsWith('有')).toBe(false);
    expect(ask('县里有统一规定吗').answer.startsWith('有')).toBe(false);
  });
});

describe('work chat that names a clause\'s word but asks nothing of the rubric', () => {
  const stock = (q: string) => {
    const a = ask(q);
    expect(a.inScope).toBe(false);
    expect(a.citations).toEqual([]);
  };
  it('pay\'s schedule or its sharing out: 「这个月的绩效工资什么时候发」「这个月工资怎么还没发，急死人了」「学校绩效工资一般怎么分配」', () => {
    stock('这个月的绩效工资什么时候发？');
    stock('这个月工资怎么还没发，急死人了');
    stock('学校绩效工资一般怎么分配');
  });

  it('an errand or an opinion: 食堂的菜咸死了…谁能跟后勤反映一下, 监控坏了…到底该找谁, 宿管…你怎么看', () => {
    stock('今天食堂的菜咸死了，谁能跟后勤反映一下');
    stock('保安室的监控坏了三天了，总务处一直没人来修，到底该找谁？');
    stock('宿管阿姨要求学生十点熄灯，家长嫌太早，你怎么看？');
  });

  it('「烦死了 这个月第三次迎检了 我的周末呢」 is venting: 我的…呢 asks nothing', () => {
    const a = ask('烦死了 这个月第三次迎检了 我的周末呢');
    expect(a.inScope).toBe(false);
    expect(a.answer.startsWith('辛苦了')).toBe(true);
  });

  it('guard: 心理老师的绩效工资跟班主任一样吗 is still 第11条; 学生有自杀倾向应该找谁 is still in scope', () => {
    expect(ask('心理老师的绩效工资跟班主任一样吗').citations[0]?.id).toBe('item-11');
    expect(ask('学生心理危机干预应该找谁').inScope).toBe(true);
  });
});

describe('English and voice input', () => {
  it('「Does the one-vote veto apply if a student dies because of mental health issues?」 → 是', () => {
    const a = ask('Does the one-vote veto apply if a student dies because of mental health issues?');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「mentor system全员导师制, which students get a mentor first?」 → 第9条, not the stock refusal', () => {
    const a = ask('mentor system全员导师制, which students get a mentor first?');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('留守');
  });

  it('「检查辅导室主要看哪些材料」: 主要 (mainly) names nothing of 第2条\'s 主要负责同志', () => {
    const a = ask('检查辅导室主要看哪些材料');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-18');
  });

  it('「领导说下周要来check心理辅导室 主要看些啥」: a day told before voice input\'s space is no schedule asked', () => {
    expect(ask('领导说下周要来check心理辅导室 主要看些啥').inScope).toBe(true);
  });

  it('guard: 「这周五开家长会吗」 is still a schedule, declined', () => {
    expect(ask('这周五开家长会吗').inScope).toBe(false);
  });
});

describe('how 第1条 is scored, asked after the situation', () => {
  it('「…这一项到底依据什么来打分」 is a question of points, not of 考核依据', () => {
    const a = ask('局里说考核表第一项政策落实是综合评定的，我们自评的时候这一项没法填。这一项到底依据什么来打分');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('二至七项');
  });

  it('「我在县局负责汇总…这一项到底依据什么评分」: who the asker works for (县局) is carried to no question', () => {
    const a = ask('我在县局负责汇总，几所学校交上来的自评材料里，第一项政策落实都空着没打分，说不知道怎么打。这一项到底依据什么评分？');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('二至七项');
  });

  it('「…第1条政策落实是10分。…这10分到底怎么打」: 这10分 points back at the figure told', () => {
    const a = ask('县里考核表第1条政策落实是10分。我们几个人看了半天也不明白这10分到底怎么打，是看上交的材料吗？');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('二至七项');
  });

  it('guard: 「考核依据是什么」 is still the section of 考核依据', () => {
    expect(ask('考核依据是什么').citations[0]?.id).toBe('section-basis');
  });
});

describe('leave to narrow or drop what the text asks of all', () => {
  it('「心理健康教育能只针对有问题的学生搞吗」 → 不能, with 面向全体学生', () => {
    const a = ask('心理健康教育能只针对有问题的学生搞吗');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('全体学生');
  });

  it('「心理健康教育能不能只面向有心理问题的孩子」 → 不能', () => {
    expect(ask('心理健康教育能不能只面向有心理问题的孩子').answer.startsWith('不能。')).toBe(true);
  });

  it('「语文数学这些学科老师可以不管心理健康吗」 → 不可以, with 第14条\'s 渗透', () => {
    const a = ask('语文数学这些学科老师可以不管心理健康吗');
    expect(a.citations[0]?.id).toBe('item-14');
    expect(a.answer.startsWith('不可以。')).toBe(true);
  });
});

describe('blind-48, read after its one measurement', () => {
  it('「有时候真希望早上不要醒来」 is a crisis of the writer', () => {
    const a = ask('有时候真希望早上不要醒来');
    expect(a.crisis).toBe('self');
  });

  it('「早上好各位」 is a greeting', () => {
    const a = ask('早上好各位');
    expect(a.inScope).toBe(false);
    expect(a.answer.startsWith('你好')).toBe(true);
  });

  it('typos and English: 工作亮 (工作量), 求助电化 (求助电话), grade, gender', () => {
    expect(ask('心里课的上课时间能算进老师工作亮吗').answer.startsWith('算。')).toBe(true);
    expect(ask('要公布求助电化吗？除了电话还要公布啥').answer.startsWith('要。')).toBe(true);
    expect(ask('心理委员有gender要求吗？一男一女？').answer.startsWith('有。')).toBe(true);
    expect(ask('教学计划教案PPT这些 each grade 都要配齐吗').answer.startsWith('需要。')).toBe(true);
  });

  it('「学期1月17号结束的话，结束前15天是几号」 → 1月2日, the text\'s span asked without 考核', () => {
    expect(ask('学期1月17号结束的话，结束前15天是几号').answer).toContain('1月2日');
  });

  it('「小学学段15所，我们排第12，在不在后三位」 → 不在; 「8所排第7，算不算后三位」 → 算', () => {
    expect(ask('小学学段15所，我们排第12，在不在后三位？').answer.startsWith('不在。')).toBe(true);
    expect(ask('全县初中8所，我们排第7，算不算后三位').answer.startsWith('算。')).toBe(true);
  });

  it('guard: 「初中9所我们排第8，资格还在吗」 is still 不在 (the eligibility)', () => {
    expect(ask('初中9所我们排第8，资格还在吗').answer.startsWith('不在。')).toBe(true);
  });

  it('「心理公开课这学期只开了一节校级的，还差几次」: 一节…校级的 is a count, not an article → 还差1次', () => {
    const a = ask('心理公开课这学期只开了一节校级的，还差几次');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('「…家长会要不要讲心理健康…到底要不要讲」: the verb asked again, 讲, finds the question reported', () => {
    const a = ask('新学期开始了，心理老师问我家长会要不要讲心理健康，她说往年家长会都是讲成绩。到底要不要讲？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer.startsWith('要。')).toBe(true);
  });

  it('「测评里筛出来写了想死、活着没意思的预警学生，要做二次研判吗」 → 要, not a verdict on 没意思 as work undone', () => {
    const a = ask('测评里筛出来写了想死、活着没意思的预警学生，要做二次研判吗');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('二次研判');
  });

  it('「…很多家长都不知道在哪…这个在考核里有要求吗」: 很多 is no word the text is silent on', () => {
    expect(ask('我们学校的心理辅导室在三楼角落，很多家长都不知道在哪。上次还有家长打电话到教育局问。这个在考核里有要求吗？').answer).not.toContain('原文没有直接规定很多');
  });
});

describe('blind-48, read after its one measurement (2)', () => {
  it('「家长课堂和家长会是不是一个东西」 → 不是, the two sentences; 「是一回事吗」: 一回事 is no count', () => {
    expect(ask('家长课堂和家长会是不是一个东西 各要开几次啊').answer.startsWith('1. 不是')).toBe(true);
    const a = ask('家长课堂和家长会是一回事吗');
    expect(a.answer.startsWith('不是')).toBe(true);
    expect(a.answer).not.toContain('你说的1次');
  });

  it('「心理检测数据怎么保管，有没有说数据安全的」 → 有: 么 of 怎么 asks no yes or no', () => {
    expect(ask('心理检测数据怎么保管，有没有说数据安全的').answer.startsWith('有。')).toBe(true);
  });

  it('「…很多家长都不知道在哪。上次还有家长打电话到教育局问。这个在考核里有要求吗」 → 有, of 第19条', () => {
    const a = ask('我们学校的心理辅导室在三楼角落，很多家长都不知道在哪。上次还有家长打电话到教育局问。这个在考核里有要求吗？');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「…有几个班因为军训没测上。没测的那几个班还要补吗」 → 需要, of 测评', () => {
    const a = ask('初中部今年开学在9月中旬做了心理测评。但初一有几个班因为军训没测上。没测的那几个班还要补吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('需要。')).toBe(true);
  });

  it('「心理测评要做吗」: a must of a clause whose requirements tie → 需要', () => {
    expect(ask('心理测评要做吗').answer.startsWith('需要。')).toBe(true);
  });

  it('「原文对考核时间到底怎么说的」: 原文 names nothing (not 原文名单空缺) → 学期结束前15天', () => {
    expect(ask('上学期县里的考核是在期末考完以后才来的，有老师说时间不对。原文对考核时间到底怎么说的？').answer).toContain('15天');
  });

  it('「第一项是怎么评的」: 第N项 numbers the areas, as 二至七项 does → 第1条', () => {
    const a = ask('第一项是怎么评的？');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('二至七项');
  });

  it('「主任让我搞清楚这次考核是谁组织的。我翻了半天没找到，原文怎么说」: the question set is the one asked', () => {
    const a = ask('德育处在准备考核材料，主任让我搞清楚这次考核是谁组织的。我翻了半天没找到，原文怎么说？');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('教育局');
  });
});

describe('blind-48, read after its one measurement (3)', () => {
  it('「四年级的班可以只配一个女生心理委员吗」 → 不可以: one of one sex, not the grade', () => {
    const a = ask('四年级的班可以只配一个女生心理委员吗');
    expect(a.answer.startsWith('不可以。')).toBe(true);
    expect(a.answer).toContain('男、女生各1名');
  });

  it('「心理健康经费可以拉社会赞助吗」 → 可以, 鼓励社会力量支持', () => {
    const a = ask('心理健康经费可以拉社会赞助吗');
    expect(a.answer.startsWith('可以。')).toBe(true);
    expect(a.answer).toContain('社会力量');
  });

  it('「考核得分会跟普通老师的绩效工资挂钩吗」 → 原文没有直接规定, with what it is tied to', () => {
    const a = ask('考核得分会跟普通老师的绩效工资挂钩吗？具体怎么扣钱');
    expect(a.answer.startsWith('原文没有直接规定绩效工资')).toBe(true);
    expect(a.answer).toContain('评优评先考核挂钩');
  });

  it('guard: 「考核结果跟校长评优挂钩吗」 is still 是，挂钩', () => {
    expect(ask('考核结果跟校长评优挂钩吗').answer.startsWith('是，挂钩。')).toBe(true);
  });

  it('「…要不要推荐老师参加比赛」: 推荐老师 is 第11条\'s 推选, not a request to recommend → 要', () => {
    const a = ask('心理公开课、观摩课每学期几次？要不要推荐老师参加比赛？');
    expect(a.answer).toContain('2. 要。');
    expect(a.answer).toContain('基本功大赛');
  });

  it('guard: 「推荐几本教育类的书」 is still declined', () => {
    expect(ask('推荐几本教育类的书').inScope).toBe(false);
  });
});

describe('which part of the assessment, and who complains', () => {
  it('「…考核里归哪一块管？心理健康监测吗」: the asker\'s own guess is confirmed first → 是，属于第6方面', () => {
    expect(ask('自杀、自伤这类危机的预防，考核里归哪一块管？心理健康监测吗').answer.startsWith('1. 是，属于第6方面')).toBe(true);
  });

  it('「心理危机干预在考核表里归哪个考核项」 → 第6方面, not the stock refusal', () => {
    const a = ask('心理危机干预在考核表里归哪个考核项？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('心理健康监测');
  });

  it('「…每天搞15分钟的谈心交流…班主任都说根本没时间。这个真的是考核要求吗」: 这个 points past the complaint → 第16条', () => {
    const a = ask('我们班主任反映，学校让每个班每天搞15分钟的谈心交流，说是县里的要求。班主任都说根本没时间。这个真的是考核要求吗？');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer).toContain('15分钟');
  });
});

describe('blind-47, read after its final measurement', () => {
  it('「职校也是排后三名就取消吗」 → 不是: a vocational school loses it at the last place', () => {
    const a = ask('去年我们县有两所学校评优被取消了，听说是考核排名的问题。我们是职业学校，全县一共三所职校。职校也是排后三名就取消吗？');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('末位');
  });

  it('guard: 「排名后三位是按学段排的吧 职业学校是怎么算的」 is no claim that vocational schools lose it at the bottom three', () => {
    expect(ask('然后就是说那个排名后三位是按学段排的吧 职业学校是怎么算的').answer.startsWith('不是')).toBe(false);
  });

  it('「我们初中排在倒数第二，下一学年还能评心理健康特色学校吗」 → 不能', () => {
    expect(ask('我们初中排在倒数第二，下一学年还能评心理健康特色学校吗？').answer.startsWith('不能。')).toBe(true);
  });

  it('「“班主任”用英语怎么说」 is declined, not 是', () => {
    expect(ask('“班主任”用英语怎么说？').inScope).toBe(false);
  });
});

describe('blind-49, read after its one measurement', () => {
  it('「明年要评职称，论文怎么写」 is the title process, declined whole', () => {
    const a = ask('明年要评职称，论文怎么写');
    expect(a.inScope).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it('guard: 「心理老师评职称，跟班主任待遇一样吗」 is still 第11条\'s treatment', () => {
    expect(ask('心理老师评职称，跟班主任待遇一样吗').citations[0]?.id).toBe('item-11');
  });
});
