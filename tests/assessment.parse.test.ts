import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerHint, formatAnswer, parseAnswer } from '../src/core/assessment/parse.ts';
import type { AnswerValue, Question } from '../src/core/rubric/schema.ts';

const yesno: Question = { id: 'q-9-team', text: '学校是否成立心理健康教育工作专班？', type: 'yesno' };
const meetings: Question = { id: 'q-9-meetings', text: '本学期召开专班会议几次？', type: 'count', unit: '次', plausibleMax: 30 };
const students: Question = { id: 'q-0-students', text: '全校现有学生多少人？', type: 'count', unit: '人', plausibleMax: 10000 };
const funding: Question = { id: 'q-21-funding', text: '本学年心理健康教育经费共多少元？', type: 'amount', unit: '元', plausibleMax: 5_000_000 };
const hours: Question = { id: 'q-20-hours', text: '心理辅导室每周开放多少小时？', type: 'hours', unit: '小时', plausibleMax: 80 };
const lessons: Question = {
  id: 'q-12-lessons',
  text: '各班心理健康课在课程表上怎么安排？',
  type: 'choice',
  choices: [
    { id: 'weekly', label: '每周1节及以上', aliases: ['每周', '每周一节', '一周一节', '每周两节'] },
    { id: 'biweekly', label: '每两周1节', aliases: ['两周一节', '隔周一节'] },
    { id: 'less', label: '少于每两周1节', aliases: ['每月一节', '不定期'] },
    { id: 'none', label: '未开设', aliases: ['没有', '没开'] },
  ],
};
const stage: Question = {
  id: 'q-0-stage',
  text: '贵校属于哪个学段？',
  type: 'choice',
  choices: [
    { id: '小学', label: '小学', aliases: [] },
    { id: '初中', label: '初中', aliases: [] },
    { id: '高中', label: '高中', aliases: ['普通高中'] },
    { id: '九年一贯制', label: '九年一贯制', aliases: ['九年一贯'] },
  ],
};
const classes: Question = { id: 'q-0-classes', text: '四年级及以上共有多少个班？', type: 'count', unit: '个', plausibleMax: 300 };
const ALL = [yesno, meetings, students, funding, hours, lessons, stage, classes];

const accepts = (q: Question, rows: [string, AnswerValue][]) =>
  it.each(rows)(`${q.id}: %j → %j`, (text, value) => {
    const r = parseAnswer(q, text);
    expect(r).toEqual({ ok: true, value });
  });
const rejects = (q: Question, rows: [string, RegExp][]) =>
  it.each(rows)(`${q.id}: %j is asked again`, (text, reprompt) => {
    const r = parseAnswer(q, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reprompt).toMatch(reprompt);
  });

describe('yes / no', () => {
  accepts(yesno, [
    ['是', true], ['有', true], ['对', true], ['嗯', true], ['已', true], ['已经', true], ['已开展', true],
    ['✓', true], ['√', true], ['✅', true], ['好的', true], ['yes', true], ['Y', true], ['有的', true],
    ['是的，没错', true], ['＠小助手\u2005是的[微笑]', true], ['是滴。', true],
    ['否', false], ['没有', false], ['无', false], ['未', false], ['还没', false], ['没', false], ['不是', false],
    ['×', false], ['❌', false], ['no', false], ['N', false], ['没有开', false], ['还没有', false], ['未开展', false],
    ['嗯，没有', false], ['嗯嗯', true], ['哦，是的', true], ['暂时还没成立', false],
    ['不知道', null], ['不清楚', null], ['不确定', null], ['说不准', null], ['不太清楚', null],
  ]);
  rejects(yesno, [
    ['', /请回复“是”或“否”/],
    ['😂😂', /请回复“是”或“否”/],
    ['心理课几节', /请回复“是”或“否”/],
    ['有，但没有记录', /既有“是”也有“否”/],
    ['是不是', /既有“是”也有“否”/],
  ]);
});

describe('count', () => {
  accepts(meetings, [
    ['2', 2], ['２', 2], ['两次', 2], ['十五', 15], ['0', 0], ['零', 0], ['开了2次', 2], ['2 次', 2], ['2回', 2],
    ['没有', 0], ['一次也没开', 0], ['一次都没有', 0], ['第2学期开了3次', 3], ['2026年开了3次', 3],
    ['3次，分别在3月和5月', 3], ['不知道', null],
  ]);
  accepts(students, [
    ['一千八百', 1800], ['1,800人', 1800], ['１８００个学生', 1800], ['两千三百', 2300], ['2千3百', 2300],
    ['3千', 3000], ['1800名', 1800], ['大概1800人吧', 1800],
  ]);
  accepts(classes, [['24个班', 24], ['四年级及以上24个班', 24], ['二十四', 24]]);
  rejects(meetings, [
    ['', /请回复数字，如 2/],
    ['好多次', /请回复数字，如 2/],
    ['有', /请回复数字，如 2/],
    ['-3', /不能是负数/],
    ['负三次', /不能是负数/],
    ['1.5', /整数/],
    ['两三次', /确切/],
    ['二十多次', /确切/],
    ['2次或3次', /只回复一个数字/],
    ['一周两次，共4次', /只回复一个数字/],
    ['2个专职，1个兼职', /只回复一个数字/],
    ['3到4次', /确切/],
    ['2-3次', /确切/],
    ['每月1次', /请回复本学期一共多少次（您说的是每月的数）/],
    ['每周两次', /请回复本学期一共多少次/],
  ]);
  accepts(meetings, [['一学期开了3次', 3], ['每学期3次', 3], ['一年级开了2次', 2], ["I don't know", null], ['not sure', null]]);

  it('asks to confirm a value above plausibleMax', () => {
    expect(parseAnswer(meetings, '300')).toEqual({
      ok: true,
      value: 300,
      confirm: '本学期召开专班会议 300 次？确认请回复“确认”，否则请重新输入。',
    });
    expect(parseAnswer(students, '两万')).toMatchObject({ ok: true, value: 20000, confirm: '全校现有学生 20000 人？确认请回复“确认”，否则请重新输入。' });
    expect(parseAnswer(meetings, '30')).toEqual({ ok: true, value: 30 });
  });

  it('puts the question text and the value together when the question has no 几 or 多少', () => {
    const q: Question = { id: 'q-9-x', text: '专班会议次数', type: 'count', unit: '次', plausibleMax: 5 };
    expect(parseAnswer(q, '6')).toMatchObject({ confirm: '专班会议次数：6 次？确认请回复“确认”，否则请重新输入。' });
  });
});

describe('amount and hours', () => {
  accepts(funding, [
    ['18000', 18000], ['18000元', 18000], ['1.8万', 18000], ['1.5万元', 15000], ['两万', 20000], ['2千块', 2000],
    ['3000.50', 3000.5], ['没有', 0],
  ]);
  accepts(hours, [
    ['8', 8], ['1.5', 1.5], ['8小时', 8], ['8个小时', 8], ['8h', 8], ['一个半小时', 1.5], ['半小时', 0.5],
    ['90分钟', 1.5], ['十个钟头', 10], ['每周开放20小时', 20],
  ]);
  rejects(funding, [['-100', /不能是负数/], ['很多', /请回复金额/]]);
  rejects(hours, [
    ['好几个小时', /请回复小时数/],
    ['每天2小时', /请回复每周一共多少小时（您说的是每天的数）/],
    ['一天两个小时', /请回复每周一共多少小时/],
  ]);
  rejects(funding, [['每月1000元', /请回复本学年一共多少元/]]);
  accepts(funding, [['每年两万元', 20000]]);
  it('confirms an implausible amount', () => {
    expect(parseAnswer(funding, '600万')).toMatchObject({ ok: true, value: 6_000_000, confirm: '本学年心理健康教育经费共 6000000 元？确认请回复“确认”，否则请重新输入。' });
  });
});

describe('choice', () => {
  accepts(lessons, [
    ['1', 'weekly'], ['２', 'biweekly'], ['①', 'weekly'], ['第二个', 'biweekly'], ['选3', 'less'], ['4.', 'none'],
    ['每周1节及以上', 'weekly'], ['每周一节', 'weekly'], ['一周一节', 'weekly'], ['每周', 'weekly'],
    ['两周一节', 'biweekly'], ['每两周一节', 'biweekly'], ['每两周', 'biweekly'],
    ['少于每两周1节', 'less'], ['不定期', 'less'], ['没开', 'none'], ['没有开设', 'none'], ['不清楚', null],
  ]);
  accepts(stage, [['初中', '初中'], ['普通高中', '高中'], ['我们是九年一贯制学校', '九年一贯制'], ['3', '高中']]);
  rejects(lessons, [
    ['', /请回复序号：①每周1节及以上 ②每两周1节 ③少于每两周1节 ④未开设/],
    ['5', /没有第 5 项/],
    ['第五个', /没有第 5 项/],
    ['上体育课', /请回复序号/],
    ['每周两节或每两周一节', /有几项都符合/],
  ]);
  rejects(stage, [['初中和高中都有', /有几项都符合/]]);

  it('asks to skip a choice question without choices', () => {
    expect(parseAnswer({ id: 'q-1-x', text: '？', type: 'choice' }, '1')).toEqual({ ok: false, reprompt: '这道题缺少选项，请回复“跳过”。' });
  });
});

describe('formatAnswer and answerHint', () => {
  it.each<[Question, AnswerValue, string]>([
    [yesno, true, '是'], [yesno, false, '否'], [yesno, null, '不知道'], [meetings, 2, '2 次'], [hours, 1.5, '1.5 小时'],
    [funding, 18000, '18000 元'], [lessons, 'biweekly', '每两周1节'], [lessons, 'gone', 'gone'],
    [{ id: 'q-1-x', text: '几', type: 'count' }, 3, '3'],
  ])('%#: %j', (q, value, text) => {
    expect(formatAnswer(q, value)).toBe(text);
  });

  it.each<[Question, string]>([
    [yesno, '请回复“是”或“否”（不清楚可回复“不知道”）'],
    [meetings, '请回复数字，如 2'],
    [funding, '请回复金额，如 18000 元'],
    [hours, '请回复小时数，如 1.5'],
    [lessons, '请回复序号：①每周1节及以上 ②每两周1节 ③少于每两周1节 ④未开设'],
  ])('%#', (q, hint) => {
    expect(answerHint(q)).toBe(hint);
  });

  it('leaves 不知道 out of the hints where it is no answer (the school facts)', () => {
    expect(answerHint(yesno, false)).toBe('请回复“是”或“否”');
    expect(parseAnswer(yesno, '看情况', false)).toEqual({ ok: false, reprompt: '请回复“是”或“否”' });
  });

  it('round-trips: what formatAnswer shows, parseAnswer reads back', () => {
    const cases: [Question, AnswerValue][] = [[yesno, true], [yesno, false], [meetings, 7], [hours, 1.5], [funding, 18000], [lessons, 'less'], [lessons, 'none']];
    for (const [q, v] of cases) expect(parseAnswer(q, formatAnswer(q, v))).toEqual({ ok: true, value: v });
  });
});

describe('edge cases', () => {
  it('reads a very long answer quickly and safely', () => {
    const long = '我们学校'.repeat(5000) + '开了2次';
    expect(parseAnswer(meetings, long)).toEqual({ ok: true, value: 2 });
    expect(parseAnswer(yesno, '啊'.repeat(50_000)).ok).toBe(false);
  });

  it('never throws and always gives a well-formed result (fuzz)', () => {
    const pieces = fc.constantFrom('2', '1,800', '１８００', '-', '.', '两', '十五', '一千八百', '万', '半', '第', '次', '人', '元', '小时', '是', '否', '没有', '不知道', '每周', '@', '[微笑]', '😂', ' ', '\n', '？');
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(
      fc.property(fc.constantFrom(...ALL), text, (q, t) => {
        const r = parseAnswer(q, t);
        if (r.ok) {
          const v = r.value;
          if (q.type === 'yesno') expect(v === null || typeof v === 'boolean').toBe(true);
          if (q.type === 'choice') expect(v === null || q.choices?.some((c) => c.id === v)).toBe(true);
          if (['count', 'amount', 'hours'].includes(q.type)) {
            expect(v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0)).toBe(true);
            if (q.type === 'count' && v !== null) expect(Number.isInteger(v)).toBe(true);
          }
          if (r.confirm !== undefined) expect(r.confirm).toMatch(/确认/);
        } else {
          expect(r.reprompt.trim().length).toBeGreaterThan(0);
          expect(r.reprompt.split('\n').length).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

// Issue 11 §1: vague answers are never stored as 是 / 否 / 0 (each phrase failed before: read as 是, 否 or 0).
import { VAGUE_PHRASES } from '../src/core/assessment/parse.ts';

describe('vague answers (issue 11 §1)', () => {
  const vagueYesNo = [...VAGUE_PHRASES.memory, ...VAGUE_PHRASES.partial];
  it.each(vagueYesNo)('「%s」 to a yes/no question asks 是还是否', (phrase) => {
    for (const text of [phrase, `嗯，${phrase}吧`]) {
      const r = parseAnswer(yesno, text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.reprompt).toContain('是还是否');
    }
  });
  it.each([...VAGUE_PHRASES.memory, ...VAGUE_PHRASES.uncounted])('「%s」 to a count offers 不知道, to be confirmed', (phrase) => {
    for (const q of [meetings, funding, hours]) {
      const r = parseAnswer(q, phrase);
      expect(r).toMatchObject({ ok: true, value: null });
      if (r.ok) expect(r.confirm).toContain('不知道');
    }
  });
  it.each(VAGUE_PHRASES.partial)('「%s」 to a count asks for an exact number', (phrase) => {
    const r = parseAnswer(meetings, phrase);
    expect(r.ok).toBe(false);
  });
  it('still reads plain answers next to the vague words', () => {
    expect(parseAnswer(meetings, '没有')).toEqual({ ok: true, value: 0 });
    expect(parseAnswer(meetings, '一次也没开')).toEqual({ ok: true, value: 0 });
    expect(parseAnswer(yesno, '没有')).toEqual({ ok: true, value: false });
    expect(parseAnswer(yesno, '是的')).toEqual({ ok: true, value: true });
    expect(parseAnswer(meetings, '没统计，3次')).toEqual({ ok: true, value: 3 });
  });
  it('asks to confirm a count below its lower bound (a 1-student school; 九年一贯制 read as 9)', () => {
    const bounded = { ...students, plausibleMin: 10 };
    expect(parseAnswer(bounded, '1')).toMatchObject({ ok: true, value: 1, confirm: expect.stringContaining('1 人') });
    expect(parseAnswer(bounded, '九年一贯制')).toMatchObject({ ok: true, value: 9, confirm: expect.stringContaining('确认') });
    expect(parseAnswer(bounded, '1800')).toEqual({ ok: true, value: 1800 });
  });
});
