import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../src/core/rubric/load.ts';

const miniText = readFileSync(new URL('./fixtures/mini-rubric.yaml', import.meta.url), 'utf8');

// Item indices in the fixture: 0 item-1 (derived), 1 item-2, 2 item-3 (oneOf), 3 item-10 (calculators), 4 item-20.
type Data = { meta: any; areas: any[]; items: any[]; sections: any[]; veto: any };

/** Errors of the fixture after `mutate`, parsed as file `bad.yaml`. */
function errorsAfter(mutate: (d: Data) => void): string[] {
  const data = parse(miniText) as Data;
  mutate(data);
  const r = parseRubric(stringify(data), 'bad.yaml');
  if (r.ok) throw new Error('expected validation errors');
  return r.errors;
}

/** Asserts one error line names the file (with a line number), the item and the field, and says `what`. */
function expectError(errors: string[], where: string, what: string | RegExp) {
  const line = errors.find((e) => e.includes(` ${where}: `));
  expect(line, `no error at ${where} in:\n${errors.join('\n')}`).toBeDefined();
  expect(line).toMatch(/^bad\.yaml:\d+: /);
  expect(line).toMatch(what);
  expect(line).not.toContain('\n');
}

describe('parseRubric', () => {
  it('loads the fixture and the real rubric', () => {
    const mini = parseRubric(miniText, 'mini.yaml');
    expect(mini.ok && mini.rubric.items.length).toBe(5);
    expect(mini.ok && mini.rubric.provisional).toBe(true);
    const real = parseRubric(readFileSync(new URL('../rubric/rubric.yaml', import.meta.url), 'utf8'), 'rubric.yaml');
    expect(real.ok ? [] : real.errors).toEqual([]);
    expect(real.ok && real.rubric.version).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('version ignores comments and formatting but follows content', () => {
    const v = (text: string) => {
      const r = parseRubric(text, 'x.yaml');
      if (!r.ok) throw new Error(r.errors.join('\n'));
      return r.rubric.version;
    };
    const base = v(miniText);
    expect(v(`# 注释\n${miniText.replace('label: mini-1', 'label: "mini-1"   # 又一个注释')}`)).toBe(base);
    expect(v(stringify(parse(miniText), { indent: 4 }))).toBe(base);
    expect(v(miniText.replace('label: mini-1', 'label: mini-2'))).not.toBe(base);
  });

  it('provisional is false when no item is provisional', () => {
    const r = parseRubric(miniText.replaceAll('provisional: true', 'provisional: false'), 'x.yaml');
    expect(r.ok && r.rubric.provisional).toBe(false);
  });

  it('bad YAML names the file, line and column', () => {
    const r = parseRubric('meta:\n  title: [unclosed\n', 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^bad\.yaml:\d+:\d+: YAML 格式错误/);
  });

  it('schema errors name the item and field', () => {
    expectError(errorsAfter((d) => (d.items[1].points = 'six')), 'item-2 points', /期望 数字/);
    expectError(errorsAfter((d) => (d.items[1].requirements[0].op = 'atMost')), 'item-2 requirements[0].op', /无效选项/);
    expectError(errorsAfter((d) => (d.items[1].colour = 'red')), 'item-2 colour', /未知的键/);
    expectError(errorsAfter((d) => delete d.meta.total), 'meta.total', /期望 数字/);
  });
});

describe('cross-checks: each error names file, item and field', () => {
  it('duplicate ids', () => {
    expectError(errorsAfter((d) => (d.areas[2].id = 'area-2')), 'area-2 id', '编号重复：area-2');
    expectError(errorsAfter((d) => d.sections.push({ ...d.sections[0] })), 'section-results id', '编号重复：section-results');
    expectError(errorsAfter((d) => (d.items[2].id = 'item-2')), 'item-2 id', '编号重复：item-2');
    expectError(errorsAfter((d) => (d.items[4].questions[1].id = 'q-2-team')), 'item-20 questions[1].id', '编号重复：q-2-team');
    expectError(errorsAfter((d) => (d.veto.question.id = 'q-2-team')), 'veto.question.id', '编号重复：q-2-team');
    expectError(errorsAfter((d) => (d.items[4].requirements[1].id = 'r-2-team')), 'item-20 requirements[1].id', '编号重复：r-2-team');
    expectError(errorsAfter((d) => (d.items[2].questions[0].choices[2].id = 'weekly')), 'item-3 questions[0].choices[2].id', '编号重复：weekly');
  });

  it('item no must match its id, and its area must exist', () => {
    expectError(errorsAfter((d) => (d.items[2].no = 4)), 'item-3 no', '序号 4 与编号 item-3 不一致');
    expectError(errorsAfter((d) => (d.items[2].area = 'area-9')), 'item-3 area', '考核项 area-9 不存在');
  });

  it("items' points must add up to meta.total", () => {
    expectError(errorsAfter((d) => (d.meta.total = 31)), 'meta.total', '各条分值合计 30，与声明的总分 31 不一致');
  });

  it("a requirements-scored item's requirement points must add up to its points", () => {
    const errors = errorsAfter((d) => (d.items[1].requirements[0].points = 3));
    expectError(errors, 'item-2 requirements', '各要求分值合计 7，与本条分值 6 不一致');
  });

  it('points must be multiples of 0.5', () => {
    const errors = errorsAfter((d) => {
      d.items[1].requirements[0].points = 1.7;
      d.items[1].requirements[1].points = 4.3;
    });
    expectError(errors, 'item-2 requirements[0].points', '分值须为 0.5 的整数倍 (1.7)');
  });

  it('a requirement must refer to an existing question of a matching type', () => {
    expectError(errorsAfter((d) => (d.items[1].requirements[1].question = 'q-2-nope')), 'item-2 requirements[1].question', '问题 q-2-nope 不存在');
    expectError(
      errorsAfter((d) => (d.items[1].requirements[1].question = 'q-2-team')),
      'item-2 requirements[1].question',
      'atLeast 要求须对应数量、金额或时长题，q-2-team 是 yesno',
    );
    expectError(
      errorsAfter((d) => (d.items[1].requirements[0].question = 'q-2-meetings')),
      'item-2 requirements[0].question',
      'yes 要求须对应是否题，q-2-meetings 是 count',
    );
    expectError(
      errorsAfter((d) => (d.items[2].requirements[0].question = 'q-2-meetings')),
      'item-3 requirements[0].question',
      'oneOf 要求须对应选择题，q-2-meetings 是 count',
    );
  });

  it('oneOf accepts only existing choice ids, and needs some', () => {
    expectError(errorsAfter((d) => d.items[2].requirements[0].accept.push('daily')), 'item-3 requirements[0].accept[2]', '选项 daily 不在问题 q-3-frequency 的选项中');
    expectError(errorsAfter((d) => delete d.items[2].requirements[0].accept), 'item-3 requirements[0].accept', 'oneOf 要求须列出可接受的选项');
    expectError(errorsAfter((d) => delete d.items[2].questions[0].choices), 'item-3 questions[0].choices', '选择题需列出选项');
  });

  it('atLeast needs exactly one of threshold and calculator; threshold not negative', () => {
    expectError(errorsAfter((d) => (d.items[3].requirements[0].threshold = 2)), 'item-10 requirements[0].threshold', 'atLeast 要求须有 threshold 或 calculator，且只能有其一');
    expectError(errorsAfter((d) => delete d.items[1].requirements[1].threshold), 'item-2 requirements[1].threshold', 'atLeast 要求须有 threshold 或 calculator，且只能有其一');
    const errors = errorsAfter((d) => (d.items[1].requirements[1].threshold = -1));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^bad\.yaml:\d+: item-2 requirements\[1\]\.threshold: 不能为负数 \(-1\)$/);
  });

  it('threshold, calculator, partial and accept belong to their ops', () => {
    expectError(errorsAfter((d) => (d.items[1].requirements[0].threshold = 1)), 'item-2 requirements[0].threshold', '只有 atLeast 要求可设 threshold');
    expectError(errorsAfter((d) => (d.items[1].requirements[0].calculator = 'fundingYuan')), 'item-2 requirements[0].calculator', '只有 atLeast 要求可设 calculator');
    expectError(errorsAfter((d) => (d.items[1].requirements[0].partial = true)), 'item-2 requirements[0].partial', '只有 atLeast 要求可按比例得分');
    expectError(errorsAfter((d) => (d.items[1].requirements[0].accept = ['x'])), 'item-2 requirements[0].accept', '只有 oneOf 要求可设 accept');
  });

  it('derived items: listed areas must exist and hold no derived item', () => {
    expectError(errorsAfter((d) => d.items[0].scoring.areas.push('area-9')), 'item-1 scoring.areas[2]', '考核项 area-9 不存在');
    expectError(errorsAfter((d) => d.items[0].scoring.areas.push('area-1')), 'item-1 scoring.areas[2]', '考核项 area-1 含综合评定的条目');
    expectError(errorsAfter((d) => (d.items[0].requirements = [{ ...d.items[1].requirements[0], id: 'r-1-x', points: 6 }])), 'item-1 requirements', '综合评定的条目不应另设要求');
  });

  it('the veto question is yes/no and its section exists', () => {
    expectError(errorsAfter((d) => (d.veto.question.type = 'count')), 'veto.question.type', '一票否决问题须为是否题');
    expectError(errorsAfter((d) => (d.veto.section = 'section-nope')), 'veto.section', '章节 section-nope 不存在');
  });
});
