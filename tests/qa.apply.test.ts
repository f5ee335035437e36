/**
 * The apply, scope and normalize stages of the Q&A (issue 10, sections 2, 3 and 5): each stage's
 * pure functions alone, then the verdict set tests/qa/apply.yaml through the whole pipeline.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { loadQaIndex } from '../src/qa/ask.ts';
import { answerQuestion } from '../src/core/qa/answer.ts';
import type { QaIndex } from '../src/core/qa/index.ts';
import {
  assessmentDay,
  compareRate,
  lastPlaces,
  lowerGradeClasses,
  rankFromBottom,
  requirementRate,
  semesterScores,
  statedAmount,
  statedFigure,
  statedRate,
} from '../src/core/qa/apply.ts';
import { parseGlossary, scopeOf, translate } from '../src/core/qa/scope.ts';
import { openDays, weeklyHours } from '../src/core/qa/hours.ts';
import { dayGuessed } from '../src/core/qa/dates.ts';
import { gradeClasses, perClassGiven, postsCovered, verdictWord } from '../src/core/qa/staff.ts';
import { splitNumbered, spokenQuantities } from '../src/core/qa/normalize.ts';
import { calculate } from '../src/core/rubric/calculators.ts';
import type { Requirement, Rubric } from '../src/core/rubric/schema.ts';

const file = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const cases = parse(file('./qa/apply.yaml')) as { q: string; first: string; lead: string; must: string[] }[];

let rubric: Rubric;
let index: QaIndex;
const req = (id: string): Requirement => rubric.items.flatMap((i) => i.requirements).find((r) => r.id === id)!;

beforeAll(async () => {
  const loaded = await readRubricFile();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  rubric = loaded.rubric;
  index = await loadQaIndex(rubric);
});

describe('apply stage: opening times by the clock, per week', () => {
  it('adds clock ranges (点, 点半, 时, 上午/下午, 到/至/-) over the days named, with extra hours', () => {
    expect(weeklyHours('周一到周五每天下午4点到6点开放')).toMatchObject({ hours: 10, reading: false });
    expect(weeklyHours('每天中午12点半到1点半，周三下午多开2个钟')).toMatchObject({ hours: 7, sum: '1小时×5天+2小时', reading: true });
    expect(weeklyHours('上午9时至11时，下午3点-4点半，周一三五')).toMatchObject({ hours: 10.5 });
    expect(weeklyHours('14:00-16:30，周一到周四')).toMatchObject({ hours: 10 });
    expect(weeklyHours('周三周五下午开，每次3小时')).toMatchObject({ hours: 6 });
    // No clock range and no 每次: left to the rate reader; nonsense ranges are no figure.
    expect(weeklyHours('每天开2小时')).toBeNull();
    expect(weeklyHours('下午6点到4点')).toBeNull();
    expect(weeklyHours('每次3小时')).toBeNull();
  });

  it('keeps a particular day declined: a clock range is a schedule only on weekdays in general', () => {
    for (const q of ['明天下午4点到6点辅导室开够不够', '今天下午3点到5点开家长会可以吗', '这周三下午4点到6点辅导室开够吗']) {
      expect(answerQuestion(index, q).inScope).toBe(false);
    }
    expect(answerQuestion(index, '辅导室每天中午12点半到1点半，周三下午多开2个钟 够吗').answer.startsWith('不够。')).toBe(true);
  });

  it('reads the days named: a span, a count, a list', () => {
    expect(openDays('周一至周五')).toBe(5);
    expect(openDays('每周开4天')).toBe(4);
    expect(openDays('周二、周四')).toBe(2);
    expect(openDays('周一三五')).toBe(3);
    expect(openDays('天天开')).toBeNull();
  });
});

describe('apply stage: the asker’s guess against the computed day', () => {
  it('holds a date (within 3 days when rough) or a part of the month', () => {
    const day = { end: '7月5日', day: '6月20日' };
    expect(dayGuessed('学期7月5号结束 考核是不是6月20号左右', day)).toBe(true);
    expect(dayGuessed('学期7月5号结束 考核是不是6月22号左右', day)).toBe(true);
    expect(dayGuessed('学期7月5号结束 考核是6月22号吗', day)).toBe(false);
    expect(dayGuessed('是不是6月中旬', day)).toBe(true);
    expect(dayGuessed('是不是6月下旬', day)).toBe(false);
    expect(dayGuessed('学期7月5号结束，什么时候考核', day)).toBeNull();
  });
});

describe('apply stage: staffing the asker gives', () => {
  it('counts classes by grade, grades 1–3 apart (a middle school has none)', () => {
    expect(gradeClasses('小学1到6年级 每个年级5个班')).toEqual({ total: 30, lower: 15 });
    expect(gradeClasses('九年一贯制，一到九年级每级3个班')).toEqual({ total: 27, lower: 9 });
    expect(gradeClasses('初中三个年级每个年级8个班')).toEqual({ total: 24, lower: 0 });
    expect(gradeClasses('24个班')).toBeNull();
    // Round 12: grades listed (四五六年级各), middle-school grades (初一), a school part's grades (小学每个年级).
    expect(gradeClasses('我们小学四五六年级各6个班')).toEqual({ total: 18, lower: 0 });
    expect(gradeClasses('初中，初一10个班初二9个班初三8个班')).toEqual({ total: 27, lower: 0 });
    expect(gradeClasses('我们小学每个年级4个班')).toEqual({ total: 24, lower: 12 });
    expect(gradeClasses('九年一贯制，小学每个年级2个班，初中每个年级5个班')).toEqual({ total: 27, lower: 6 });
    expect(gradeClasses('九年一贯制，1到6年级每个年级4个班，7到9年级每个年级6个班')).toEqual({ total: 42, lower: 12 });
    expect(gradeClasses('四年级以上有18个班')).toEqual({ total: 18, lower: 0 });
    // A part inside the whole (其中) is read with the whole, not added to it.
    expect(gradeClasses('我们小学24个班，其中一到三年级12个班')).toBeNull();
    // Which of 24 classes are grades 1–3 is not said: asked back, not guessed.
    expect(gradeClasses('一到六年级有24个班')).toBeNull();
    expect(perClassGiven('每班就选了一个心理委员')).toBe(1);
    expect(perClassGiven('18个班')).toBeNull();
  });

  it('reads the posts from the clause and those the asker says have a 安全员', () => {
    const clause = '在学校保安、宿管、食堂等后勤工作岗位中，配备有责任心、有爱心的人员为心理健康安全员，每个岗位至少1名';
    expect(postsCovered('三个岗位只有保安配了安全员', clause)).toEqual({ posts: ['保安', '宿管', '食堂'], covered: ['保安'], missing: ['宿管', '食堂'] });
    expect(postsCovered('保安和食堂都配了安全员', clause)).toMatchObject({ posts: ['保安', '食堂'], missing: [] });
    expect(postsCovered('安全员每个岗位配几个', clause)).toBeNull();
    expect(verdictWord('达标吗', false)).toBe('不达标');
    expect(verdictWord('合格吗', true)).toBe('合格');
    expect(verdictWord('人手缺不缺', false)).toBe('不够');
  });
});

describe('apply stage: rates from the requirement data, converted', () => {
  it('reads a requirement’s rate from its data and text', () => {
    expect(requirementRate(req('r-12-lessons'))).toMatchObject({ amount: 1, unit: '课时', count: 2, period: { name: '周' } });
    expect(requirementRate(req('r-20-hours'))).toMatchObject({ amount: 10, unit: '小时', count: 1, period: { name: '周' } });
    expect(requirementRate(req('r-2-meetings'))).toMatchObject({ amount: 2, unit: '次', period: { name: '学期' } });
    expect(requirementRate(req('r-17-screening'))).toMatchObject({ amount: 1, period: { name: '学年' } });
    // A yes/no requirement without a rate, and a budget (the calculator's), have none.
    expect(requirementRate(req('r-18-room'))).toBeNull();
    expect(requirementRate(req('r-21-funding'))).toBeNull();
  });

  it('reads the asker’s rate: a count of periods, 每/一 alone, or the requirement’s own period when none is said', () => {
    expect(statedRate('三周上一次', '课时')).toMatchObject({ amount: 1, count: 3, period: { name: '周' } });
    expect(statedRate('每天开2小时', '小时')).toMatchObject({ amount: 2, count: 1, period: { name: '天' } });
    expect(statedRate('这学期18周上了6节', '课时')).toMatchObject({ amount: 6, count: 18, period: { name: '周' } });
    expect(statedRate('开8小时', '小时')).toBeNull();
    expect(statedRate('开-3次', '次', requirementRate(req('r-2-meetings')))).toBeNull();
  });

  it('compares in the requirement’s period, with the gap, and marks the project’s readings', () => {
    const three = compareRate('心理课三周上一次够不够', req('r-12-lessons'))!;
    expect(three).toMatchObject({ enough: false, given: 0.67, gap: 0.33, reading: false });
    const daily = compareRate('每天2小时', req('r-20-hours'))!;
    expect(daily).toMatchObject({ enough: true, given: 10, reading: true });
    // Semester against school year is the rubric's own 两学期: no reading.
    const year = compareRate('一年两次', req('r-15-parent-meeting'))!;
    expect(year).toMatchObject({ enough: false, reading: false, over: { required: 4, given: 2 } });
    const eighteen = compareRate('这学期18周上了6节', req('r-12-lessons'))!;
    expect(eighteen).toMatchObject({ enough: false, over: { said: '18周', required: 9, given: 6 } });
  });

  it('states an amount against a calculated threshold, never the students’ count', () => {
    expect(statedAmount('1500个学生经费1万够不够', '元', [1500])).toBe(10000);
    expect(statedAmount('1800个学生配了1个专职够吗', '名', [1800])).toBe(1);
    expect(statedAmount('1800个学生够吗', '名', [1800])).toBeNull();
    expect(statedFigure('每学期给心理这块批了5000块', '元', [860])).toEqual({ value: 10000, perSemester: true });
    expect(statedFigure('上学期1万 下学期8000', '元', [2300])).toEqual({ value: 18000, perSemester: false, semesters: [10000, 8000] });
    expect(statedFigure('经费批了2万 学生2600个 够10块吗', '元', [2600])).toEqual({ value: 20000, perSemester: false });
    expect(statedFigure('2000学生', '元', [])).toBeNull();
    expect(calculate('fundingYuan', { students: 1500 } as never).value).toBe(15000);
  });

  it('reads grades 1–3, ranks, two semester scores and the assessment day', () => {
    expect(lowerGradeClasses('24个班其中一到三年级6个')).toBe(6);
    expect(lowerGradeClasses('24个班')).toBeNull();
    expect(rankFromBottom('小学排倒数第四')).toEqual({ n: 4, vocational: false });
    expect(rankFromBottom('职业学校末位')).toEqual({ n: 1, vocational: true });
    const results = rubric.sections.find((s) => s.id === 'section-results')!;
    expect(lastPlaces(results.text)).toEqual({ general: 3, vocational: 1, said: '后三位' });
    expect(semesterScores('上学期85分下学期90分年度得分多少')).toEqual([85, 90]);
    expect(semesterScores('上学期85分')).toBeNull();
    expect(assessmentDay('学期1月20日结束', 15, 2027)).toEqual({ end: '1月20日', day: '1月5日' });
    expect(assessmentDay('学期3月10日结束', 15, 2027)).toEqual({ end: '3月10日', day: '2月23日' });
    expect(assessmentDay('学期2月30日结束', 15, 2027)).toBeNull();
  });
});

describe('scope stage', () => {
  it('gives thanks and acknowledgements a friendly line, not a refusal', () => {
    for (const t of ['谢谢', '好的', '谢谢老师！', '收到', 'OK', '辛苦了', '好的 收到', '明白了，谢谢老师', '收到收到，辛苦了', '好的，谢谢大家', 'OK 懂了👍', '谢谢 讲得很清楚', '多谢 帮了大忙', '麻烦您了 太有用了']) expect(scopeOf(t).kind, t).toBe('thanks');
    expect(answerQuestion(index, 'OK 懂了👍').answer).toBe(answerQuestion(index, '谢谢').answer);
    for (const t of ['早上好', '你好呀', '老师们好', '晚上好！']) expect(scopeOf(t).kind, t).toBe('greeting');
    for (const t of ['早上好，心理课几节', '好好学习']) expect(scopeOf(t).kind, t).toBe('rubric');
    for (const t of ['好的，那心理课几节', '谢谢，辅导室开多久']) expect(scopeOf(t).kind, t).toBe('rubric');
    const a = answerQuestion(index, '谢谢');
    expect(a.answer).toContain('不客气');
    expect(a.answer).not.toContain('答不了');
  });

  it('answers a weakly matched question asked about the assessment (扣多少, 能算…吗, 够吗) from the clause on its subject', () => {
    for (const [q, id] of [
      ['我们没单列心理经费，都走德育经费里报，会扣分不', 'item-21'],
      ['学校准备开一场自杀预防的家长讲座 这个能算家长课堂的次数吗', 'item-15'],
      ['责任督学一年只来参加了一次心理主题活动，够吗', 'item-7'],
      ['考核内容一共分几大块？', 'section-content'],
      ['我们学校有个心理社团 搞得挺好的 这个在考核里算哪块', 'item-13'],
      ['这个考核是依据哪些上级文件定的', 'section-basis'],
      ['求助電話这些信息要让多少人知道才行', 'item-19'],
      ['学生家里没人管、生活又困难的，学校要报给谁备案', 'item-17'],
      ['有孩子因为情绪问题请了半年长假在家 回来上学的时候学校这块有规定吗', 'item-17'],
      ['文件里那个一生一策 what does it mean', 'item-17'],
    ] as const) {
      const a = answerQuestion(index, q);
      expect(a.inScope, q).toBe(true);
      expect(a.citations[0]?.id, q).toBe(id);
    }
    // Without such words, or on a word many clauses share, a near-domain question stays declined.
    for (const q of ['跳绳测试一分钟多少个算满分啊', '教师资格证面试要怎么准备', '今年教师节是星期几', '中午食堂有刀削面 去不去']) {
      expect(answerQuestion(index, q).inScope, q).toBe(false);
    }
  });

  it('reads English words through the glossary, on word boundaries', () => {
    const g = parseGlossary(file('../rubric/glossary.yaml'), 'glossary.yaml');
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    expect(translate(g.value, 'counseling room 每周开几个小时')).toBe('辅导室每周开几个小时');
    expect(translate(g.value, 'Psychology Class 多久一次')).toBe('心理课多久一次');
    // The spaces that only set an English word apart from Chinese go with it; words that carry
    // nothing (the, for) are dropped; a space between two Latin words stays.
    expect(translate(g.value, '心理委员需要 training 吗')).toBe('心理委员需要培训吗');
    expect(translate(g.value, 'lesson plan 和 PPT 每个年级都要有吗')).toBe('教案和 PPT 每个年级都要有吗');
    expect(translate(g.value, 'what is the deadline')).toBe('什么是截止时间');
    expect(translate(g.value, 'planet')).toBe('planet');
    expect(answerQuestion(index, 'counseling room 每周开几个小时').citations[0]?.id).toBe('item-20');
    expect(answerQuestion(index, 'what is 倾听一刻钟').citations[0]?.id).toBe('item-16');
  });

  it('names and cites the nearest clause when the text is silent, saying first that the text does not say it', () => {
    for (const [q, no] of [
      ['心理辅导室要多大面积', 18],
      ['沙盘室要配哪些设备', 18],
      ['心理老师工资多少', 11],
    ] as const) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).toMatch(new RegExp(`^原文没有直接规定.*第${no}条`));
      // About the rubric (not the stock refusal), and the clause to read is cited.
      expect(a.inScope).toBe(true);
      expect(a.citations[0]?.id).toBe(`item-${no}`);
    }
  });
});

describe('tests/qa/apply.yaml: verdicts first, through the whole pipeline', () => {
  it('has the verdict cases the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.q, c] as const))('「%s」', (_q, c) => {
    const a = answerQuestion(index, c.q);
    expect(a.answer.startsWith(c.lead), a.answer).toBe(true);
    for (const m of c.must) expect(a.answer, m).toContain(m);
    expect(a.citations[0]?.id).toBe(c.first);
    // Never the stock refusal, never contradicting itself.
    expect(a.answer).not.toContain('答不了');
    expect(a.answer.length).toBeLessThanOrEqual(260);
  });

});

describe('round 2 readings (normalize stage)', () => {
  it('spoken quantities become figures: 一个半小时, 半小时, 一次都没开', () => {
    expect(spokenQuantities('每天开一个半小时')).toBe('每天开1.5小时');
    expect(spokenQuantities('两个半钟头')).toBe('2.5钟头');
    expect(spokenQuantities('中午开半小时')).toBe('中午开0.5小时');
    expect(spokenQuantities('家长会一次都没开')).toBe('家长会开了0次');
    expect(spokenQuantities('一半的班')).toBe('一半的班');
  });
  it('a numbered list without punctuation is one question per number, only when numbered 1, 2, 3…', () => {
    expect(splitNumbered('请问：1心理课频次 2辅导室开放时长 3生均经费')).toEqual(['心理课频次', '辅导室开放时长', '生均经费']);
    expect(splitNumbered('学校1800人 2个专职够吗')).toEqual(['学校1800人 2个专职够吗']);
  });
  it('a numbered list gets every question answered (up to 5) and says what is left', () => {
    const a = answerQuestion(index, '请问：1心理课频次 2辅导室开放时长 3心理委员每班几名 4生均经费 5测评频次 6考核时间');
    expect(a.inScope).toBe(true);
    for (const must of ['每两周', '10小时', '2名', '10元']) expect(a.answer).toContain(must);
    expect(a.answer).toContain('还有1个没答');
  });
});

describe('a decline still gives the crisis lines', () => {
  it('ends every out-of-scope decline with 12356 and 110 / 120, for a crisis the check did not recognise', () => {
    const a = answerQuestion(index, '食堂今天吃什么');
    expect(a.inScope).toBe(false);
    expect(a.answer).toContain('12356');
    expect(a.answer).toMatch(/110 \/ 120/);
  });
});

describe('a declined message with words of distress gets a check-in', () => {
  it('asks whether the writer or a student is safe, with 110 / 120 and 12356, instead of the stock decline', () => {
    for (const q of ['最近总觉得什么都没意义', '我也不知道该找谁 就是很难受']) {
      const a = answerQuestion(index, q);
      expect(a.inScope, q).toBe(false);
      expect(a.answer, q).toContain('现在安全吗');
      expect(a.answer, q).toContain('12356');
      expect(a.answer, q).toContain('110');
    }
  });
  it('warning signs of two kinds (a handover and a farewell, a place and now) get it too, whatever the rubric match', () => {
    for (const q of [
      '各位老师 我把班级钥匙和交接材料都放在办公室第二个抽屉里了 以后麻烦大家了',
      '今天把存款都转给我妈了 保险受益人也改好了 心里反而轻松了',
      '评估表我下午交 交完我就去做我该做的事了 不用找我',
      '晚安 这次是真的晚安了 谢谢大家这些年的照顾🙏',
      '活着好没意思啊 每天上课改作业 下了班一个人对着天花板 真的好累好累',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).toContain('现在安全吗');
      expect(a.answer, q).toContain('12356');
    }
  });
  it('a rubric question with sign words keeps its rubric answer (unless words: 算不算, 扣分, 预案…)', () => {
    for (const q of ['交接工作的时候心理台账算不算要交的材料', '交接材料里要有应急预案吗', '学生把东西都送给同学了 按规定要转介吗']) {
      expect(answerQuestion(index, q).answer, q).not.toContain('现在安全吗');
    }
  });
  it('a declined message with one word of harm, an ending, a means, a place or a farewell gets it (not about the rubric)', () => {
    for (const q of ['站在江边吹风 不知道在干嘛', '有没有吃了不难受的安眠药', '我妈走了三年了 我想去那边陪她', '他说要是再被骂就跳河']) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).toContain('12356');
      expect(a.answer, q).toContain('110');
      expect(a.answer, q).not.toContain('这个我答不了');
    }
    // Asked about the rubric, the same words are not read alone: 「天台」 with 考核 stays a rubric matter.
    expect(answerQuestion(index, '宿舍楼天台要不要上锁 考核有没有说').answer).not.toContain('现在安全吗');
  });
  it('a message that names the assessment but asks nothing of it is still read for signs (考核材料交完 … 从楼顶下去)', () => {
    for (const q of ['考核材料都交了 明天我就从宿舍楼顶上下去', '台账都整理完了 明天考核组来之前我就从天台下去 一了百了', 'He said he wants to die']) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).toContain('12356');
      expect(a.answer, q).toContain('110');
      expect(a.answer, q).not.toContain('这个我答不了');
    }
  });
  it('a kind of student named in a question about the rubric (想伤害自己的同学, 自杀未遂后复学的学生) is no crisis', () => {
    for (const q of ['班主任要留意想伤害自己的孩子，考核对班主任培训有要求吗', '自杀未遂以后转学来的学生，考核办法要求建档吗']) {
      const a = answerQuestion(index, q);
      expect(a.crisis, q).toBeUndefined();
      expect(a.answer, q).not.toContain('现在安全吗');
    }
    expect(answerQuestion(index, '班主任要留意想伤害自己的孩子，考核对班主任培训有要求吗').inScope).toBe(true);
  });
  it('reads emoji and WeChat emoticons that name a means (🔪 💊 [刀]), which normalizing drops', () => {
    for (const q of ['今晚就这样吧 💊💊💊 都准备好了', '不想再这样了[刀][刀]', '🔪 妈妈对不起']) {
      expect(answerQuestion(index, q).answer, q).toContain('现在安全吗');
    }
    expect(answerQuestion(index, '笑死💀 这个表格谁设计的').answer).not.toContain('现在安全吗');
  });
  it('leaves harmless strong words (累死了, 死机) and plain declines alone', () => {
    for (const q of ['累死了 打印机又卡纸', '电脑死机了怎么办', '食堂今天吃什么', '跳绳比赛几号报名', '刀削面哪家好吃', '绝望的周一 又要交教案', '这个月奶茶钱要把我穷死了😂', '明天请假 钥匙放在传达室了', '今天是这学期最后一天 大家辛苦了', '领导一直不回消息 急死了', '楼下施工吵死人']) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).not.toContain('现在安全吗');
      expect(a.crisis, q).toBeUndefined();
    }
  });
});
