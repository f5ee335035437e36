/**
 * Round 14 of issue 10: the person or the work the asker describes, judged. Who may be a
 * psychology teacher, from the conditions in rubric/qualifications.yaml (背景或证书, 岗前培训);
 * 「有没有…的要求」 answered 有 when the clause names what is asked (also by a word many clauses
 * share, or the asker's own word inside the frame); 这些 points back; 「算完成了吗」 asks a verdict on
 * what was told. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { parseQualifications, toldConditions } from '../src/core/qa/qualify.ts';
import { readFileSync } from 'node:fs';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('who may be a psychology teacher (rubric/qualifications.yaml)', () => {
  it('中文系, no background, no certificate, trained: 不符合, naming what is missing', () => {
    const a = ask('我们学校的心理老师是中文系毕业的，没有心理学背景，也没考证，但参加过县里的岗前培训。她这样符合心理健康教育教师的要求吗？');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('取得相关资格证书');
    expect(a.answer).toContain('本助手的理解');
  });

  it('a certificate without the background: 可以, but still the training', () => {
    const a = ask('心理老师不是学心理的，但有心理咨询相关证书，可以当心理老师吗');
    expect(a.answer.startsWith('可以，但还要经过岗前培训。')).toBe(true);
  });

  it('no background: 能, by the certificate and the training, not the background it lacks', () => {
    const a = ask('没有心理学背景的老师能当心理老师吗');
    expect(a.answer.startsWith('能，但还要取得相关资格证书，并经过岗前培训。')).toBe(true);
  });

  it('neither background nor certificate: 不能 (资格证书 is no 有资格 asked)', () => {
    expect(ask('一个老师既没有心理学背景也没有资格证书，能直接当专职心理老师吗？').answer.startsWith('不能。')).toBe(true);
    expect(ask('我们新来的老师本科学的中文 也没有心理方面的证 能直接当专职心理老师吗').answer.startsWith('不能。')).toBe(true);
  });

  it('a psychology degree without a certificate: 有资格, in the word asked', () => {
    const a = ask('我今年刚从语文老师转岗做兼职心理老师，本科读的是应用心理学，但没考心理咨询师证。学校问我这样有没有资格教心理课，考核办法怎么说的？');
    expect(a.answer.startsWith('有资格，但还要经过岗前培训。')).toBe(true);
  });

  it('nothing told of the conditions, or a figure asked: no verdict from the table', () => {
    expect(ask('心理老师要有证吗').answer).not.toMatch(/你说的情况/);
    expect(ask('没证的心理老师扣几分').answer).not.toMatch(/你说的情况/);
  });

  it('the table is read clause by clause, lacking before having', () => {
    const parsed = parseQualifications(readFileSync('rubric/qualifications.yaml', 'utf8'), 'rubric/qualifications.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [teacher] = parsed.value;
    if (!teacher) throw new Error('no row');
    const told = toldConditions(teacher, '没有心理学背景但有证书，还没参加岗前培训');
    expect(Object.fromEntries(told)).toEqual({ background: 'lacks', certificate: 'has', training: 'lacks' });
    // 教师资格证 is no certificate of psychology.
    expect(toldConditions(teacher, '她有教师资格证').has('certificate')).toBe(false);
  });

  it('a broken table is refused with the file and the place', () => {
    const bad = parseQualifications('- item: item-10\n  role: x\n  who: "("\n  asks: a\n  sentence: s\n  need: [[a]]\n  conditions: {}\n', 'q.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/^q\.yaml: /);
  });
});

describe('what the asker told, judged', () => {
  it('「有没有配导师的要求」: 导师 inside the frame names it → 有', () => {
    const a = ask('我们班有个学生父母离异，跟奶奶住，家里也比较困难。班主任想知道，学校对这类学生有没有配导师的要求？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「规章制度还有要求没」: a word many clauses share still names what is asked → 有', () => {
    expect(ask('除了工作方案和应急预案，别的心理方面的规章制度还有要求没？').answer.startsWith('有。')).toBe(true);
  });

  it('「这些能算开展主题活动吗」 points back at what was listed → 算', () => {
    const a = ask('我校今年新成立了心理社团，还办了心理橱窗，五月份又搞了心理健康月。这些能算开展主题活动吗？');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer.startsWith('算。')).toBe(true);
  });

  it('「算完成了吗」 with 没时间听课 told before: 不算, the lesson still owed', () => {
    const a = ask('这学期我们请责任督学来参加了心理健康周开幕式，但他没时间听课。这学期督学这块算完成了吗？');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer.startsWith('不算。')).toBe(true);
    expect(a.answer).toContain('还差1节');
  });
});
