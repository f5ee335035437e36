/**
 * Round 35 of issue 10: a line that is only a title (做好家校合作。) loses a tie to the sentence that
 * says the asker's word; things the rubric never names, asked as a purchase, a use of the budget or
 * an act done for someone, are silent; money mixed with other money is not 专项; and a few words
 * that kept rubric questions out (硬性, 提前准备) or made one a crisis (聊完就走 beside 现在).
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('a line that is only a title loses a tie (sentences.ts, silence.ts)', () => {
  it('「家访多久要做一次」: silent on a frequency, quoting （3） on 与家长交流, not 家长课堂\'s 2次', () => {
    const a = ask('家访多久要做一次');
    expect(a.answer.startsWith('原文没有直接规定家访')).toBe(true);
    expect(a.answer).toContain('常态化与家长交流');
    expect(a.answer).not.toContain('2次');
  });
  it('「心理委员任期多久」: the silent answer quotes the sentence on 心理委员, not the title （3）设立心理委员', () => {
    const a = ask('心理委员任期多久');
    expect(a.answer.startsWith('原文没有直接规定任期')).toBe(true);
    expect(a.answer).toContain('每班不少于2名');
  });
});

describe('what the rubric never names is silent (nearest.ts, silence.ts)', () => {
  it('「学校要不要给心理老师配电脑」: a thing to provide → silent on 电脑, not 要。', () => {
    const a = ask('学校要不要给心理老师配电脑');
    expect(a.answer.startsWith('原文没有直接规定电脑')).toBe(true);
  });
  it('「辅导室需要配沙盘吗」「辅导室要不要装空调」 → silent', () => {
    expect(ask('辅导室需要配沙盘吗').answer.startsWith('原文没有直接规定沙盘')).toBe(true);
    expect(ask('辅导室要不要装空调').answer.startsWith('原文没有直接规定空调')).toBe(true);
  });
  it('guard: 「要不要给每个班配心理委员」 keeps its 要 and 2名; 「具体说一下心理委员的配备要求」 is no purchase', () => {
    const a = ask('要不要给每个班配心理委员');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('2名');
    expect(ask('具体说一下心理委员的配备要求').answer.startsWith('原文没有')).toBe(false);
  });
  it('「心理老师能不能给学生开药」: an act done for someone → silent on 开药, not 第10条 quoted as if it answered', () => {
    expect(ask('心理老师能不能给学生开药').answer.startsWith('原文没有直接规定开药')).toBe(true);
  });
  it('guard: 「能不能给家长开讲座」 is 第15条\'s own 家长课堂', () => {
    expect(ask('能不能给家长开讲座').answer.startsWith('能。')).toBe(true);
  });
  it('「心理健康经费能不能用来买绿植」: one use of the budget, which no clause lists → silent', () => {
    const a = ask('心理健康经费能不能用来买绿植');
    expect(a.answer.startsWith('原文没有直接规定经费能否用来买绿植')).toBe(true);
  });
});

describe('money mixed with other money is not 专项 (normalize.ts: 不单列)', () => {
  it('「心理经费一直是混在公用经费里花的，可以吗」 → 不可以, 第21条 专项经费 (was 可以)', () => {
    const a = ask('心理经费一直是混在公用经费里花的，可以吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('专项经费');
  });
  it('guard: 「心理经费和办公经费混在一起用行不行」 → 不行 (so before too)', () => {
    expect(ask('心理经费和办公经费混在一起用行不行').answer.startsWith('不行')).toBe(true);
  });
});

describe('a plan narrowed to occasions, against a clause done as a matter of course (narrow.ts EVERY)', () => {
  it('「辅导室能不能只在上面来检查的时候开」 → onlyVerdict 不能 on 第20条 常态化', async () => {
    const { onlyVerdict } = await import('../src/core/qa/narrow.ts');
    const p = qa.index.byId.get('item-20')!;
    expect(onlyVerdict(qa.index, p, '辅导室能不能只在上面来检查的时候开')?.word).toBe('不能');
  });
});

describe('words that kept rubric questions out, or made one a crisis', () => {
  it('「想问下考核对辅导室的硬性要求是啥？」 → 第18条, not the stock decline', () => {
    const a = ask('想问下考核对辅导室的硬性要求是啥？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('标准化');
  });
  it('「有几个学校问考核到底啥时候来，说要提前准备。我该怎么答复他们？」 → 学期结束前15天', () => {
    const a = ask('我在教育局负责收材料。有几个学校问考核到底啥时候来，说要提前准备。我该怎么答复他们？');
    expect(a.answer).toContain('15天');
  });
  it('「现在来咨询的学生都是直接敲门进来聊，聊完就走…辅导过程要留哪些资料？」: no crisis; 第20条 预约、面谈', () => {
    const a = ask('我是新来的心理老师，学校让我管辅导室。现在来咨询的学生都是直接敲门进来聊，聊完就走，什么也没记。辅导过程要留哪些资料？');
    expect(a.crisis).toBeUndefined();
    expect(a.answer).toContain('预约');
  });
  it('guard: a child who asked which building is highest and 问完就走了 is still a crisis', () => {
    expect(ask('我是保安 刚才有个孩子在门岗问我 学校哪栋楼最高 能不能上去 问完就走了 看着不对劲').crisis).toBe('student');
  });
});

describe('whether there is a rule, asked after a question of what it names (pieces.ts, cover.ts)', () => {
  it('「责任督学来学校要做啥，文件有规定吗」 → 有。 first, 第7条', () => {
    const a = ask('责任督学来学校要做啥，文件有规定吗');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-7');
  });
});

describe('English words (glossary.yaml)', () => {
  it('「Which schools are covered by 这个考核办法?」 → 考核对象, 公民办, 职业学校', () => {
    const a = ask('Which schools are covered by 这个考核办法?');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer).toContain('职业学校');
  });
});

describe('blind-72 (measured once mid-round) — mended after, not evidence', () => {
  it('「我是初二班主任…成长导师主要做啥？」: 初二班主任 names a grade, not 2 classes (no 心理委员 count invented)', async () => {
    const { readFacts } = await import('../src/core/qa/normalize.ts');
    expect(readFacts('我是初二班主任。成长导师主要做啥？').classes).toBeNull();
    expect(readFacts('我们二班有45人').classes).toBeNull();
    expect(readFacts('三年级4个班 每班40人').classes).toBe(4);
    expect(readFacts('全校30班').classes).toBe(30);
    const a = ask('我是初二班主任，班上有个孩子父母离异跟着奶奶，成绩下滑得厉害。学校说要给这种孩子配成长导师。成长导师主要做啥？');
    expect(a.answer).not.toContain('心理委员');
    expect(a.answer).toContain('成长导师');
  });
  it('「想不开的学生要进重点关爱名单吗」: 想不开 leaves nothing out → 需要, not 不可以', () => {
    expect(ask('想不开的学生要进重点关爱名单吗').answer.startsWith('需要')).toBe(true);
  });
  it('guard: 「…心理健康那部分不讲了」 is still left out (部分不讲) → 不能, 第15条', () => {
    const a = ask('家长会时间紧，能不能只讲成绩和安全，心理健康那部分不讲了？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-15');
  });
  it('「家校合作具体有哪些要求？」: asked in the title\'s words → the list of 第15条 (家长课堂 and 家长会)', () => {
    const a = ask('家校合作具体有哪些要求？');
    expect(a.answer).toContain('家长会');
    expect(a.answer).toContain('家长课堂');
  });
  it('guard: 「办法里对有自杀倾向学生的干预有什么要求」 names half the title → the sentence on 一生一策', () => {
    expect(ask('办法里对有自杀倾向学生的干预有什么要求').answer).toContain('一生一策');
  });
  it('「这个办法考核哪些学校？考哪几块内容？」: both answered (考核对象, 8个方面)', () => {
    const a = ask('这个办法考核哪些学校？考哪几块内容？');
    expect(a.answer).toContain('职业学校');
    expect(a.answer).toContain('8个方面');
  });
  it('「我们班有3个留守儿童、2个单亲的，…一共要结对几个孩子」: the total asked adds what was told → 5名', () => {
    expect(ask('我们班有3个留守儿童、2个单亲的，是不是每个孩子都要配成长导师？一共要结对几个孩子').answer).toContain('5名');
  });
  it('guard: a count asked after 「一个都还没设」 gets no verdict it did not ask (不够)', () => {
    const a = ask('我们是完小，一到六年级每个年级4个班。现在一个心理委员都还没设。请问要从几年级开始配，一共要配多少个？');
    expect(a.answer.startsWith('不够')).toBe(false);
    expect(a.answer).toContain('24名');
  });
  it('「心理健康安全员要考什么证吗」: a certificate 第9条 never names → silent; 心理老师\'s keeps 第10条', () => {
    expect(ask('心理健康安全员要考什么证吗').answer.startsWith('原文没有直接规定证书')).toBe(true);
    expect(ask('心理老师要考什么证吗').answer.startsWith('原文没有')).toBe(false);
  });
  it('「生均经费是不低于实元吗」: 实元 is 十元 (typo table) → 是。', () => {
    expect(ask('生均经费是不低于实元吗').answer.startsWith('是。')).toBe(true);
  });
});

describe('invented numbers and verdicts found by a probe of told figures (case.ts, staff.ts, normalize.ts)', () => {
  it('「学校排名第二 小学组一共12所 会取消评优吗」: the place told before the count → 不会 (was 会)', () => {
    expect(ask('学校排名第二 小学组一共12所 会取消评优吗').answer.startsWith('不会')).toBe(true);
  });
  it('「考核排第3，会被取消评优吗」: no count of schools → asked back, not 会', () => {
    const a = ask('我们是第一中学，考核排第3，会被取消评优吗');
    expect(a.answer.startsWith('会')).toBe(false);
    expect(a.answer).toContain('一共几所');
  });
  it('guard: 「全县38所 我们排第35」 → 不会 (倒数第4)', () => {
    expect(ask('全县38所 我们排第35 会取消评优吗').answer.startsWith('不会')).toBe(true);
  });
  it('「我是高一3班的班主任」「我带的是五年级二班」: a class named, not 3 or 2 classes counted', async () => {
    const { gradeClasses } = await import('../src/core/qa/staff.ts');
    expect(gradeClasses('我是高一3班的班主任，心理委员要选几个')).toBeNull();
    expect(gradeClasses('我带的是五年级二班，班里45个人，心理委员要几个')).toBeNull();
    expect(gradeClasses('初一有6班 初二有6班')?.total).toBe(12);
    for (const q of ['我是高一3班的班主任，心理委员要选几个', '我带的是五年级二班，班里45个人，心理委员要几个']) {
      expect(ask(q).answer).not.toMatch(/^[23]个班/);
    }
  });
  it('「学校有4个后勤岗位，安全员至少几个」: so many posts, not named → 至少4名 (was 2 or 3 by school kind)', () => {
    expect(ask('学校有4个后勤岗位，安全员至少几个').answer.startsWith('至少4名')).toBe(true);
  });
  it('guard: 「一个岗位要几个人」 asks per post, no total of 1 post', () => {
    expect(ask('后勤那边的心理健康安全员，一个岗位要几个人').answer).not.toContain('一共1个岗位');
  });
});

describe('more told figures (rates.ts, case.ts, apply.ts)', () => {
  it('「这学期上了7节，学期19周，够吗」: compared in the 19 weeks (9.5课时), not over 38周 with 14课时 the asker never said', () => {
    const a = ask('心理健康课两周一节，我们班这学期上了7节，学期19周，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('19周至少9.5课时');
    expect(a.answer).not.toContain('14课时');
  });
  it('guard: 「这学期上了9节，学期18周」 → 够, 18周至少9课时', () => {
    const a = ask('心理课这学期上了9节，学期18周，够吗');
    expect(a.answer.startsWith('够')).toBe(true);
    expect(a.answer).toContain('18周至少9课时');
  });
  it('「上学期考了85分，今年想拿到175分，下学期要考多少」: 今年 is the year → 90分 (was declined)', () => {
    expect(ask('上学期考了85分，今年想拿到175分，下学期要考多少').answer).toContain('90分');
  });
  it('「学校12个班 三年级以下4个班 心理委员至少几个」: the classes up to grade 3 are left out → 16名', () => {
    expect(ask('学校12个班 三年级以下4个班 心理委员至少几个').answer).toContain('16名');
  });
});

describe('a probe of leave questions (staff.ts, answer.ts, nearest.ts, manner.ts)', () => {
  it('「安全员可以由保安队长一个人兼吗」: one person for every post → 不可以 (was 可以)', () => {
    expect(ask('安全员可以由保安队长一个人兼吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「辅导室能不能和医务室合用一间」「辅导室能不能设在教学楼顶楼」: leave asked of 第18条\'s own thing → silent, named as asked (was the stock decline)', () => {
    expect(ask('辅导室能不能和医务室合用一间').answer.startsWith('原文没有直接规定能否和医务室合用。最相关的是第18条')).toBe(true);
    expect(ask('辅导室能不能设在教学楼顶楼').answer.startsWith('原文没有直接规定能否设在教学楼顶楼')).toBe(true);
  });
  it('guard: 「心理课可以和班会课合在一起吗」 keeps 第12条\'s 不得以班会课…代替', () => {
    expect(ask('心理课可以和班会课合在一起吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「心理课可以期末集中上几节吗」: lessons put together against 每两周 → 不可以', () => {
    const a = ask('心理课可以期末集中上几节吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('每两周');
  });
  it('「倾听一刻钟能不能周五集中聊一个小时」: against 每天 → 不能', () => {
    expect(ask('倾听一刻钟能不能周五集中聊一个小时').answer.startsWith('不能')).toBe(true);
  });
});

describe('a probe of long messages (words.ts, normalize.ts, answer.ts)', () => {
  it('「…心理课经常被占。按文件，心理课被占用算不算违规？」 → 算违规 (was 不算)', () => {
    const a = ask('我们学校的心理老师是兼职的，本身还教语文，一周十几节课，心理课经常被占。按文件，心理课被占用算不算违规？');
    expect(a.answer.startsWith('算违规')).toBe(true);
  });
  it('guard: 「拿班会课顶心理课算心理课吗」 → 不算', () => {
    expect(ask('拿班会课顶心理课算心理课吗').answer.startsWith('不算')).toBe(true);
  });
  it('「考核对工作方案有什么要求？」: the assessment frames it → 第4条, not 一(二) 考核依据', () => {
    expect(ask('我是校长，刚接手这个学校，前任留下的心理健康工作方案是三年前的。考核对工作方案有什么要求？').citations[0]?.id).toBe('item-4');
  });
  it('guard: 「考核对象有哪些」 stays 二(一)', () => {
    expect(ask('考核对象有哪些').citations[0]?.id).toBe('section-targets');
  });
  it('「…请问检查主要看哪些方面？」 → the 8 parts of 考核内容 (was the assessment\'s day)', () => {
    expect(ask('上周教育局开会，说这学期末要来检查心理健康工作，我们学校准备得不太充分。请问检查主要看哪些方面？').answer).toContain('8个方面');
  });
  it('「学生两百多人。校长说心理老师可以不配专职的。按办法这样行吗？」: the count leads with its refusal', () => {
    const a = ask('我们学校规模不大，一共就六个班，学生两百多人。校长说心理老师可以不配专职的。按办法这样行吗？');
    expect(a.answer.startsWith('不可以。200名学生')).toBe(true);
  });
});

describe('a probe of several questions in one message (normalize.ts withTopics)', () => {
  it('「心里课多久上一次 能用班会课代替吗」: 能用… has no subject of its own → 心理课\'s, 不能 (was 第13条 主题班会\'s 会)', () => {
    const a = ask('心里课多久上一次 能用班会课代替吗');
    expect(a.answer).toContain('不能');
    expect(a.answer).toContain('每两周');
    expect(a.answer).not.toContain('班团队会不少于2次');
  });
  it('「心理老师上课算不算工作量 辅导算吗」: 辅导算吗 asks the same of 辅导 → 算, 计入工作量', () => {
    const a = ask('心理老师上课算不算工作量 辅导算吗');
    expect(a.answer.startsWith('算。')).toBe(true);
    expect(a.answer).not.toContain('过程性资料');
  });
  it('guard: 「专职心理老师怎么配？兼职呢？」 keeps both (1:1000 and 1:500)', () => {
    const a = ask('专职心理老师怎么配？兼职呢？');
    expect(a.answer).toContain('1:1000');
    expect(a.answer).toContain('1:500');
  });
});

describe('the assessment\'s method (silence.ts METHOD_ASKED)', () => {
  it('「教育局考核时会不会随机问学生」: how it is carried out → silent, 四、考核组织实施 (was quoted as if it answered)', () => {
    expect(ask('教育局考核时会不会随机问学生').answer.startsWith('原文没有直接规定考核的具体方式和流程')).toBe(true);
  });
  it('guard: 「督学随机听课要听几节」 is 第7条\'s 1节', () => {
    expect(ask('督学随机听课要听几节').answer).toContain('不少于1节');
  });
});

describe('blind-73 (measured once at the end) — mended after, not evidence', () => {
  it('「心理课最少多久排一次 可以用班会课抵吗」: the 一次 of 多久排一次 asks, it is no rate told (no 「你说的是每学期1次」)', () => {
    expect(ask('心理课最少多久排一次 可以用班会课抵吗').answer).not.toContain('你说的');
    expect(ask('心理课多久上一次才算达标').answer).not.toContain('你说的');
  });
  it('「专职心理老师能不能兼班主任」: 兼 a second role → silent, not 能', () => {
    expect(ask('专职心理老师能不能兼班主任').answer.startsWith('原文没有直接规定能否兼班主任')).toBe(true);
  });
  it('「哈喽 新年好」 → the greeting, not the stock decline', () => {
    expect(ask('哈喽 新年好').answer.startsWith('你好')).toBe(true);
  });
});
