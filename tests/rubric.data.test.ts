/**
 * Facts of 《中小学校心理健康工作考核办法》 that `rubric/rubric.yaml` must keep.
 * Reads the file with `yaml` + the schema only, independent of the loader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RubricFileSchema, type Item, type RubricFile } from '../src/core/rubric/schema.ts';

const file = fileURLToPath(new URL('../rubric/rubric.yaml', import.meta.url));
const parsed = RubricFileSchema.safeParse(parse(readFileSync(file, 'utf8')));

function rubric(): RubricFile {
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}
function item(no: number): Item {
  const found = rubric().items.find((i) => i.id === `item-${no}`);
  if (!found) throw new Error(`item-${no} missing`);
  return found;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('rubric/rubric.yaml', () => {
  it('validates against RubricFileSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has 8 areas and 21 items, in order, each in a known area', () => {
    const r = rubric();
    expect(r.areas.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `area-${n}`));
    expect(r.areas.map((a) => a.no).join('')).toBe('一二三四五六七八');
    expect(r.areas.map((a) => a.title)).toEqual([
      '政策落实', '组织领导', '规章制度建立', '队伍建设',
      '心理健康教育常规工作落实', '心理健康监测', '基础设施配置与使用', '经费投入',
    ]);
    expect(r.items.map((i) => i.id)).toEqual(Array.from({ length: 21 }, (_, k) => `item-${k + 1}`));
    expect(r.items.map((i) => i.no)).toEqual(Array.from({ length: 21 }, (_, k) => k + 1));
    const areaIds = new Set(r.areas.map((a) => a.id));
    for (const i of r.items) expect(areaIds.has(i.area), i.id).toBe(true);
    expect(item(10).area).toBe('area-4');
    expect(item(21).area).toBe('area-8');
  });

  it('declares a total of 100 and the items add up to it', () => {
    const r = rubric();
    expect(r.meta.total).toBe(100);
    expect(sum(r.items.map((i) => i.points))).toBe(100);
    expect(r.meta.date).toBe('2023-11-13');
    expect(r.meta.assessmentDaysBeforeEnd).toBe(15);
  });

  it('items 1–3 score 10/6/5 from the table; items 4–21 are provisional', () => {
    expect([1, 2, 3].map((n) => [item(n).points, item(n).provisional])).toEqual([
      [10, false], [6, false], [5, false],
    ]);
    for (let n = 4; n <= 21; n++) expect(item(n).provisional, `item-${n}`).toBe(true);
    expect(Array.from({ length: 18 }, (_, k) => item(k + 4).points)).toEqual([
      5, 3, 3, 3, 2, 6, 6, 6, 6, 3, 2, 4, 2, 12, 4, 3, 4, 5,
    ]);
  });

  it("derives item 1 from areas 二 to 七 and sums each other item's requirements", () => {
    const one = item(1);
    expect(one.scoring).toMatchObject({ method: 'derived', areas: ['area-2', 'area-3', 'area-4', 'area-5', 'area-6', 'area-7'] });
    expect(one.requirements).toEqual([]);
    for (const i of rubric().items.slice(1)) {
      expect(i.scoring.method, i.id).toBe('requirements');
      expect(sum(i.requirements.map((r) => r.points)), i.id).toBe(i.points);
      for (const r of i.requirements) expect(Number.isInteger(r.points * 2), r.id).toBe(true);
    }
  });

  it('links every requirement to a question of its item and uses every question', () => {
    const r = rubric();
    const ids = [
      ...r.areas.map((a) => a.id), ...r.sections.map((s) => s.id), r.veto.question.id,
      ...r.items.flatMap((i) => [i.id, ...i.questions.map((q) => q.id), ...i.requirements.map((q) => q.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of r.items) {
      const asked = new Set(i.questions.map((q) => q.id));
      const used = new Set(i.requirements.map((q) => q.question));
      for (const q of used) expect(asked.has(q), `${i.id} → ${q}`).toBe(true);
      for (const q of asked) expect(used.has(q), `${q} unused`).toBe(true);
    }
  });

  it('item 10 computes the teacher thresholds from the 1:1000 and 1:500 ratios', () => {
    const reqs = item(10).requirements;
    expect(reqs.filter((r) => r.calculator).map((r) => [r.calculator, r.op, r.partial])).toEqual([
      ['fulltimeTeachers', 'atLeast', true],
      ['parttimeTeachers', 'atLeast', true],
    ]);
    expect(item(10).text).toContain('1:1000');
  });

  it('item 9 uses the committee-member and safety-post calculators', () => {
    const calcs = item(9).requirements.map((r) => r.calculator).filter(Boolean);
    expect(calcs.sort()).toEqual(['committeeMembers', 'safetyPosts']);
  });

  it('item 20 requires the counselling room open at least 10 hours a week', () => {
    const hours = item(20).requirements.find((r) => r.unit === '小时');
    expect(hours).toMatchObject({ op: 'atLeast', threshold: 10, per: 'week' });
    const q = item(20).questions.find((x) => x.id === hours?.question);
    expect(q?.type).toBe('hours');
  });

  it('item 21 uses the fundingYuan calculator on a yuan amount', () => {
    const funding = item(21).requirements.find((r) => r.calculator === 'fundingYuan');
    expect(funding).toMatchObject({ op: 'atLeast', unit: '元' });
    expect(item(21).questions.find((x) => x.id === funding?.question)?.type).toBe('amount');
  });

  it('item 12 accepts 每两周1节 and 每周, not less', () => {
    const lessons = item(12).requirements.find((r) => r.op === 'oneOf');
    const q = item(12).questions.find((x) => x.id === lessons?.question);
    const label = (id: string) => q?.choices?.find((c) => c.id === id)?.label;
    expect(lessons?.accept?.map(label).sort()).toEqual(['每两周1节', '每周1节及以上'].sort());
    expect(q?.choices?.length).toBe(4);
  });

  it('fixes per-semester thresholds from the clauses', () => {
    const threshold = (no: number, counts: string) =>
      item(no).requirements.find((r) => r.counts.includes(counts) && r.per === 'semester')?.threshold;
    expect(threshold(2, '专班会议')).toBe(2);
    expect(threshold(3, '全体教师')).toBe(2);
    expect(threshold(11, '全体教职工')).toBe(1);
    expect(threshold(11, '班主任')).toBe(2);
    expect(threshold(15, '家长课堂')).toBe(2);
    expect(threshold(15, '家长会')).toBe(2);
  });

  it('has the six citable sections and the veto question', () => {
    const r = rubric();
    expect(r.sections.map((s) => s.id).sort()).toEqual([
      'section-basis', 'section-content', 'section-organization',
      'section-principles', 'section-results', 'section-targets',
    ]);
    const results = r.sections.find((s) => s.id === 'section-results');
    expect(results?.text).toContain('一票否决');
    expect(results?.text).toContain('本办法自公布之日起实施');
    expect(r.sections.find((s) => s.id === 'section-organization')?.text).toContain('学期结束前15天');
    expect(r.veto).toMatchObject({ section: 'section-results', question: { id: 'q-99-veto', type: 'yesno' } });
  });

  it('carries none of the known scanning errors', () => {
    const r = rubric();
    const texts = [...r.items.map((i) => i.text), ...r.sections.map((s) => s.text), r.veto.text];
    for (const bad of ['100O', '军费', 'IL', '】', '两次2次', '心理健工作', '一年级一班级', '生5命', '机制工']) {
      for (const t of texts) expect(t, bad).not.toContain(bad);
    }
    expect(item(2).text).toContain('成立党政主要负责同志牵头的学生突出心理问题防治领导小组和工作专班');
    expect(item(17).text).toContain('“学校—年级—班级”');
  });

  it('asks school-level questions only, each with a plausible maximum for numbers', () => {
    const qs = rubric().items.flatMap((i) => i.questions);
    expect(qs.length).toBeGreaterThanOrEqual(35);
    expect(qs.length).toBeLessThanOrEqual(41);
    for (const q of qs) {
      expect(q.text, q.id).not.toMatch(/姓名|诊断|结果/);
      if (q.type !== 'yesno' && q.type !== 'choice') expect(q.plausibleMax, q.id).toBeGreaterThan(0);
    }
  });
});
