import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../src/core/rubric/load.ts';
import { parseAnswersFile } from '../src/files/answers-file.ts';
import { answersTemplate } from '../src/core/rubric/template.ts';

const loaded = parseRubric(readFileSync(new URL('./fixtures/mini-rubric.yaml', import.meta.url), 'utf8'), 'mini.yaml');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const rubric = loaded.rubric;
const read = (text: string) => parseAnswersFile(text, 'a.yaml', rubric);

describe('parseAnswersFile', () => {
  it('reads facts and typed answers; empty means unanswered, 不知道 and null mean unknown', () => {
    const r = read(
      [
        'school: 城南小学',
        'semester: 2026-2027-2',
        'facts: { stage: 小学, ownership: 民办, students: 600, classesFromGrade4: 9, boarding: 是 }',
        'answers:',
        '  q-2-team: 是',
        '  q-2-meetings: 3',
        '  q-3-frequency: 每周',
        '  q-10-fulltime: 不知道',
        '  q-10-parttime: ~',
        '  q-20-hours: 7.5',
        '  q-20-records:',
        '  q-99-veto: false',
      ].join('\n'),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        school: '城南小学',
        semester: '2026-2027-2',
        input: {
          facts: { stage: '小学', ownership: '民办', students: 600, classesFromGrade4: 9, boarding: true },
          answers: { 'q-2-team': true, 'q-2-meetings': 3, 'q-3-frequency': 'weekly', 'q-10-fulltime': null, 'q-10-parttime': null, 'q-20-hours': 7.5, 'q-99-veto': false },
        },
      },
    });
  });

  it('accepts choice ids and labels', () => {
    const r = read('answers:\n  q-3-frequency: 每两周1节\n');
    expect(r.ok && r.value.input.answers).toEqual({ 'q-3-frequency': 'biweekly' });
    expect(read('answers:\n  q-3-frequency: rarely\n').ok).toBe(true);
  });

  it('the template reads back with no facts and no answers', () => {
    expect(read(answersTemplate(rubric))).toEqual({ ok: true, value: { school: null, semester: null, input: { facts: null, answers: {} } } });
  });

  it.each([
    ['answers:\n  q-2-team: 也许\n', 'a.yaml:2: answers.q-2-team: 应填 是 或 否，收到 "也许"'],
    ['answers:\n  q-2-meetings: -1\n', 'a.yaml:2: answers.q-2-meetings: 应填不小于 0 的整数（次），收到 -1'],
    ['answers:\n  q-2-meetings: 1.5\n', 'a.yaml:2: answers.q-2-meetings: 应填不小于 0 的整数（次），收到 1.5'],
    ['answers:\n  q-20-hours: 十\n', 'a.yaml:2: answers.q-20-hours: 应填不小于 0 的数字（小时），收到 "十"'],
    ['answers:\n  q-3-frequency: 每天\n', 'a.yaml:2: answers.q-3-frequency: 应填以下之一：每周1节 / 每两周1节 / 更少，收到 "每天"'],
    ['answers:\n  q-9-nope: 1\n', 'a.yaml:2: answers.q-9-nope: 没有这个问题编号（运行 npm run cli -- template 可列出全部问题）'],
    ['facts:\n  stage: 九年一贯制\n  ownership: 公办\n  students: 900\n  classesFromGrade4: 12\n  boarding: 否\n', 'a.yaml:2: facts.rankStage: 九年一贯制学校须填写参加排名的学段（小学 / 初中 / 高中 / 职业学校）'],
    ['facts:\n  stage: 初中\n  students: 900\n', 'a.yaml:2: facts.ownership: 未填写（学校基本信息要么全填，要么全部留空）'],
    ['semester: 2026-2028-1\n', 'a.yaml:1: semester: 学期应写成 2026-2027-1 或 2026-2027-2，收到 "2026-2028-1"'],
    ['answer:\n  q-2-team: 是\n', 'a.yaml:1: answer: 不认识这一项，可填：school、semester、facts、answers'],
  ])('%j → one line naming the place', (text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });
});
