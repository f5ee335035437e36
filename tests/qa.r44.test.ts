/**
 * Round 44 of issue 10: wrong verdicts and invented counts of round 43's blind sets, and what they
 * showed. Leave with what is done instead (不跟家长联系直接转介), all of a kind of means left out
 * (不搞心理健康周、心理橱窗这些活动), a school of grades 1–3 only (no committee members owed), a count of
 * something no clause counts (几次家访, 多少个个案), only some (只培训班主任), only at the inspection
 * (只在迎检那一周), the pool a role is drawn from (从老师里面选), one side of a 或 (团体辅导算数吗),
 * 各 after a comma, one teacher for all classes, 平时 / 齐全 as the clause's 常态化 / 完整, the kind of
 * school told before 算考核对象吗, 最低次数, typos and English words. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { normalize } from '../src/core/text/normalize.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(normalize(q));
const first = (q: string) => ask(q).citations[0]?.id;

describe('leave to leave something out (permission.ts, narrow.ts)', () => {
  it('「学校能只上心理课，不搞心理健康周、心理橱窗这些活动吗」 → 不能 (was 能: 心理橱窗 read as another means done)', () => {
    const a = ask('学校能只上心理课，不搞心理健康周、心理橱窗这些活动吗？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(first('学校能只上心理课，不搞心理健康周、心理橱窗这些活动吗？')).toBe('item-13');
  });
  it('guard: 「我们办的是心理健康月，没有单独办心理健康周，这样也可以吧」 and 「不办心理健康周，办心理橱窗可以吗」 → 可以', () => {
    expect(ask('我们办的是心理健康月，没有单独办心理健康周，这样也可以吧').answer.startsWith('可以')).toBe(true);
    expect(ask('不办心理健康周，办心理橱窗可以吗').answer.startsWith('可以')).toBe(true);
  });
  it('「超出学校辅导能力的学生，可以不跟家长联系直接转介吗」 → 不可以, 家校联系 (was the sentence alone)', () => {
    const a = ask('超出学校辅导能力的学生，可以不跟家长联系直接转介吗？');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('家校联系');
  });
  it('guard: 「…可以不跟家长沟通、直接转到专科医院吗」 gives no leave (跟家长沟通 stays out of 家校联系\'s group: 「学生有自杀倾向怎么跟家长沟通」 is no rubric question)', () => {
    const a = ask('超出学校辅导能力的学生，可以不跟家长沟通、直接转到专科医院吗？');
    expect(a.answer.startsWith('可以')).toBe(false);
    expect(a.answer).toContain('家校联系');
    expect(ask('学生有自杀倾向怎么跟家长沟通').inScope).toBe(false);
  });
  it('「可以只培训班主任吗」「只给心理老师培训行不行」 → 不可以 / 不行, 全体教职工 (was the 2次 of 班主任 training)', () => {
    const a = ask('可以只培训班主任吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('全体教职工');
    expect(ask('只给心理老师培训行不行').answer.startsWith('不行')).toBe(true);
  });
  it('「辅导室只在迎检那一周开放，算达标吗」 → 不达标, 常态化 (was the 10小时 requirement alone)', () => {
    const a = ask('辅导室只在迎检那一周开放，算达标吗');
    expect(a.answer.startsWith('不达标')).toBe(true);
    expect(a.answer).toContain('常态化');
    expect(ask('可以只在迎检那一周开放辅导室吗').answer.startsWith('不可以')).toBe(true);
  });
});

describe('grades 1–3 only (apply.ts ONLY_LOWER)', () => {
  it('「我们新建了一所小学，现在只有一到三年级，一共9个班，心理委员需要配吗」 → 不需要 (was 需要, 18名)', () => {
    const a = ask('我们新建了一所小学，现在只有一到三年级，一共9个班，心理委员需要配吗？');
    expect(a.answer.startsWith('不需要')).toBe(true);
    expect(a.answer).not.toContain('18');
  });
  it('「学校只有一到三年级9个班，要配几个心理委员」 → 不用配, 0名', () => {
    const a = ask('学校只有一到三年级9个班，要配几个心理委员');
    expect(a.answer.startsWith('不用配')).toBe(true);
    expect(a.answer).toContain('0名');
  });
  it('guard: 「24个班，其中一到三年级6个，要配几个心理委员」 still counts 18 classes', () => {
    expect(ask('24个班，其中一到三年级6个，要配几个心理委员').answer).toContain('36');
  });
});

describe('a count of what no clause counts (retrieve.ts COUNTED)', () => {
  it('「班主任一学期要做几次家访」 → 原文没有直接规定家访 (was 培训不少于2次)', () => {
    const a = ask('班主任一学期要做几次家访？');
    expect(a.answer.startsWith('原文没有直接规定家访')).toBe(true);
  });
  it('「心理老师一学期要做多少个个案」 → 原文没有直接规定个案', () => {
    expect(ask('心理老师一学期要做多少个个案').answer.startsWith('原文没有直接规定个案')).toBe(true);
  });
  it('guard: 「一学期要开几次家长会」「一学期要办几次家长课堂」「要配多少个心理委员」 keep their figures', () => {
    expect(ask('一学期要开几次家长会').answer).toContain('2次');
    expect(ask('一学期要办几次家长课堂').answer).toContain('2次');
    expect(ask('要配多少个心理委员').answer).toContain('2名');
  });
});

describe('whom, which side, how many (narrow.ts, means.ts, normalize.ts, compose.ts)', () => {
  it('「心里健康安全圆要从老师里面选吗」 → 不是, 后勤 (no verdict before); 「安全员能从宿管里选人吗」 → 能', () => {
    const a = ask('心里健康安全圆要从老师里面选吗？');
    expect(a.answer.startsWith('不是')).toBe(true);
    expect(a.answer).toContain('后勤');
    expect(ask('安全员能从宿管里选人吗').answer.startsWith('能')).toBe(true);
  });
  it('「…她想多搞点团体辅导，少做个体的。办法里团体辅导算数吗」 → 算, 个体或团体辅导 (no verdict before)', () => {
    const a = ask('我们只有一个心理老师，又上课又值班，一个个谈根本忙不过来。她想多搞点团体辅导，少做个体的。办法里团体辅导算数吗？');
    expect(a.answer.startsWith('算')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-20');
  });
  it('guard: 「心理公开课只在自己班里上 能算数吗」「…展示课能算进心理公开课的次数吗」 stay 不算 (a side of 或 named, but narrowed or the thing counted as)', () => {
    expect(ask('心理公开课只在自己班里上 能算数吗').answer.startsWith('不算')).toBe(true);
    expect(ask('心理老师在自己班里上的展示课能算进心理公开课的次数吗').answer.startsWith('不算')).toBe(true);
  });
  it('guard: 「有几个留守孩子…还有哪些学生要配导师」 and 「交几个优秀案例算不算」: 几个 told is no count asked', () => {
    expect(ask('我是班主任，班上有几个留守孩子，学校说要搞结对导师。除了留守的，还有哪些学生要配导师啊').answer.startsWith('重点关注学生')).toBe(true);
    expect(ask('学科渗透没搞公开课 交几个优秀案例算不算').answer.startsWith('可以')).toBe(true);
  });
  it('「…她觉得心理老师地位不如班主任…专职心理老师评优能不能享受班主任同等待遇」 → 能 (不如 read as something left out)', () => {
    const a = ask('我们学校专职心理老师小王干得很好，但每次评优都轮不到她，她觉得心理老师地位不如班主任，我想帮她争取一下，办法里专职心理老师评优能不能享受班主任同等待遇');
    expect(a.answer.startsWith('能')).toBe(true);
    expect(a.answer).toContain('同等待遇');
  });
  it('「辅导室能不能平时锁着，学生预约了再开门」 → 不能, 常态化 (平时 is the clause\'s 常态化 now)', () => {
    const a = ask('辅导室能不能平时锁着，学生预约了再开门？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('10小时');
  });
  it('「专班会议和全体教师会议，每学期各开几次」 answers both (the comma dropped the first)', () => {
    const a = ask('专班会议和全体教师会议，每学期各开几次？').answer;
    expect(a).toContain('专班会议不少于2次');
    expect(a).toContain('全体教师会议不少于2次');
  });
  it('「学校24个班，心理课全由一个老师上，一学期20周，她这学期至少要上多少节」 → 240 (was 10 a class)', () => {
    expect(ask('学校24个班，心理课全由一个老师上，一学期20周，她这学期至少要上多少节？').answer).toContain('240');
  });
});

describe('words the clause says otherwise, and what was told before (retrieve.ts saidAs, answer.ts)', () => {
  it('「…请问办法对老师和家长平时交流有要求吗」 → 有, 常态化 (was silent on 平时)', () => {
    const a = ask('我们班主任平时很少跟家长联系，家长只在开家长会时来一次。有家长抱怨不了解孩子在校情况。请问办法对老师和家长平时交流有要求吗？');
    expect(a.answer.startsWith('有')).toBe(true);
    expect(a.answer).toContain('常态化');
  });
  it('「心理课的教学计划、教案、课件都要齐全吗」 → 需要, 完整 (was silent on 齐全)', () => {
    const a = ask('心理课的teaching plan、教案、课件都要齐全吗？');
    expect(a.answer.startsWith('需要')).toBe(true);
    expect(a.answer).toContain('完整');
  });
  it('「我校是一所民办的职业学校…请问我们学校算考核对象吗」 → 算 (the section alone before)', () => {
    const a = ask('我校是一所民办的职业学校，学生都是中职生。听说县里要搞心理健康工作考核。请问我们学校算考核对象吗？');
    expect(a.answer.startsWith('算')).toBe(true);
    expect(ask('考核对象有哪些').answer).toContain('职业学校');
  });
  it('「…校长要求每个月都开一次专班会议。有老师觉得太多了。请问办法要求的最低次数是多少」 → 2次 (was declined)', () => {
    const a = ask('我们学校去年心理工作比较薄弱，今年校长要求每个月都开一次专班会议。有老师觉得太多了。请问办法要求的最低次数是多少？');
    expect(a.answer).toContain('2次');
    expect(a.citations[0]?.id).toBe('item-2');
  });
});

describe('typos and English words (synonyms.yaml, glossary.yaml)', () => {
  it('「分级预井机制是按什么来分级的」 → 第17条 程度 (was declined)', () => {
    const a = ask('分级预井机制是按什么来分级的');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('程度');
  });
  it('「学生心里档案要做到全复盖吗」 → 需要, 一人一档 (was silent on 全复盖)', () => {
    const a = ask('学生心里档案要做到全复盖吗');
    expect(a.answer.startsWith('需要')).toBe(true);
  });
  it('「心理辅导室要不要有一套ethics规范」 → 需要, 伦理规范 (was silent on 一套, then on ethics)', () => {
    const a = ask('心理辅导室要不要有一套ethics规范？');
    expect(a.answer.startsWith('需要')).toBe(true);
    expect(a.answer).toContain('伦理');
  });
  it('「危机干预要做到one student one plan吗」 → 要 (no verdict before)', () => {
    expect(ask('危机干预要做到one student one plan吗？').answer.startsWith('要')).toBe(true);
  });
});

describe('probe-43 and round 43\'s blind sets, read after (retrieve.ts saidAs, compose.ts, nearest.ts areaIncludes)', () => {
  it('「班主任上课要不要顺便渗透心理健康教育」 → 要, 第14条 (was silent on 上课)', () => {
    const a = ask('班主任上课要不要顺便渗透心理健康教育');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-14');
  });
  it('「督学…但没听课，督学这一项的分能拿满吗」 → 不能, 共得1.5分 (拿满 was not read as 满分)', () => {
    const a = ask('督学这学期来参加了一次心理主题活动，但没听课，督学这一项的分能拿满吗？').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('共得1.5分');
  });
  it('「心理健康监测包括自杀危机干预吗」 → 包括, 第17条 第6方面 (no verdict before)', () => {
    const a = ask('心理健康监测包括自杀危机干预吗');
    expect(a.answer.startsWith('包括')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(ask('经费投入包括辅导室建设吗').answer.startsWith('不包括')).toBe(true);
  });
  it('「这样安排可以吗」 with nothing before it is declined, not answered from 第9条', () => {
    expect(ask('这样安排可以吗').inScope).toBe(false);
    expect(ask('我们打算单周上心理课、双周上班会，也就是隔一周上一节心理课，这样安排行吗？').answer.startsWith('行')).toBe(true);
  });
});

describe('guards from the replies diff over the older sets (narrow.ts, retrieve.ts, means.ts, answer.ts)', () => {
  it('「心理健康安全员要从哪些岗位里选」 asks which pool: no 是 / 能 / 不是 put before the answer', () => {
    for (const q of ['心理健康安全员要从哪些岗位里选？', '心理健康安全员是从哪些人里面挑？']) expect(ask(q).answer.startsWith('后勤每个岗位')).toBe(true);
  });
  it('「心里辅到室每周要开几个钟头」「学科渗透一个学期要搞几次活动」「家长会一学期开几次才够数」 keep their figures', () => {
    expect(ask('心里辅到室每周要开几个钟头').answer).toContain('10小时');
    expect(ask('学科渗透一个学期要搞几次活动').answer.startsWith('每学期学科渗透')).toBe(true);
    expect(ask('家长会一学期开几次才够数').answer).toContain('2次');
  });
  it('「…转介前要联系家长吗」 → 要, 家校联系 (联系家长 is no mere means of 排查 where another sentence requires it)', () => {
    const a = ask('文件说超出学校辅导范畴的学生要转介，比如有自杀倾向的，转介前要联系家长吗');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('家校联系');
  });
  it('「考核对象有哪些？民办学校算不算？」 answers both', () => {
    const a = ask('考核对象有哪些？民办学校算不算？').answer;
    expect(a).toContain('1. 全县各公民办中小学校、职业学校');
    expect(a).toContain('2. 包括');
  });
  it('「成长导师多久要跟学生谈一次心，有没有次数规定」 stays silent on 次数', () => {
    expect(ask('成长导师多久要跟学生谈一次心，有没有次数规定').answer.startsWith('原文没有直接规定次数')).toBe(true);
  });
  it('「测评筛出来几个有自伤风险的 后面要走什么流程」: 几个 told is no count asked', () => {
    expect(ask('测评筛出来几个有自伤风险的 后面要走什么流程 考核看哪些').answer).not.toContain('风险的具体数字');
  });
  it('「学生跟谁聊都算吗」 asks who, no 算 put before it', () => {
    expect(ask('我是初三班主任，学校说要搞倾听一刻钟。我不太明白具体要求。学生跟谁聊都算吗？每天多久？').answer.startsWith('1. 算')).toBe(false);
  });
  it('「危机干预一生一策 要不要跟家长联系」 → 要 (家校联系 required outright); 「办法里要不要求家访」 stays one means among those listed', () => {
    expect(ask('危机干预一生一策 要不要跟家长联系 文件写没写家校联系').answer.startsWith('要。')).toBe(true);
    expect(ask('排查有没有想自杀的学生，办法里要不要求家访？').answer).toContain('家访是原文列出的途径之一');
  });
});

describe('blind-99\'s two wrong verdicts, read after its one measurement (staff.ts perClassGiven, lack.ts otherSideDone)', () => {
  it('「高中一共30个班，每班都配了1男1女两个心理委员，这样达标吗」 → 够, 60名 (was 不够, 你说的2名还差58名)', () => {
    const a = ask('高中一共30个班，每班都配了1男1女两个心理委员，这样达标吗？').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('你说的60名达到了');
    expect(ask('初中12个班，每班一男一女，心理委员够吗').answer.startsWith('够')).toBe(true);
  });
  it('「心理老师没有心理学学历，只有相关资格证书，可以吗」 → 可以 (was 不可以: 背景或证书 are alternatives)', () => {
    expect(ask('心理老师没有心理学学历，只有相关资格证书，可以吗？').answer.startsWith('可以')).toBe(true);
    expect(ask('兼职心理老师没参加岗前培训行吗').answer.startsWith('不行')).toBe(true);
  });
});


describe('the index forgets a message once it is answered (analyze.ts readings, answer.ts)', () => {
  it('nothing of a message stays remembered after it is answered, crisis words included; the same question gives the same reply twice', () => {
    const before = qa.ask('班主任一学期要做几次家访？').answer;
    expect(qa.index.remembered()).toBe(0);
    qa.ask('我不想活了');
    expect(qa.index.remembered()).toBe(0);
    // (A text of the rubric's own, 心理委员, is kept across questions: a message's words are not.)
    expect(qa.index.terms('心理委员要几个').length).toBeGreaterThan(0);
    expect(qa.index.remembered()).toBeGreaterThan(0);
    qa.index.forget();
    expect(qa.index.remembered()).toBe(0);
    expect(qa.ask('班主任一学期要做几次家访？').answer).toBe(before);
  });
  it('each caller gets its own copy of a remembered reading', () => {
    const a = qa.index.terms('心理委员要几个');
    a.push('x');
    expect(qa.index.terms('心理委员要几个')).not.toContain('x');
    qa.index.forget();
  });
});
