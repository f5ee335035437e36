import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { redact } from '../src/core/llm/redact.ts';
import { readRubricFile } from '../src/files/rubric-file.ts';

describe('redact: personal data never leaves the machine', () => {
  it.each([
    ['家长电话13812345678', '家长电话[电话]'],
    ['打 138-1234-5678 或 +86 139 1234 5678', '打 [电话] 或 [电话]'],
    ['座机 0512-88886666', '座机 [电话]'],
    ['座机(0512)88886666转123', '座机[电话]'],
    ['身份证号11010120000101123X', '身份证号[证件号]'],
    ['身份证号 110101200001011234。', '身份证号 [证件号]。'],
    ['学生张三', '学生[姓名]'],
    ['学生张三最近情绪不好', '学生[姓名]最近情绪不好'],
    ['同学李四说不想上学', '同学[姓名]说不想上学'],
    ['孩子王小明在家哭', '孩子[姓名]在家哭'],
    ['学生欧阳娜娜', '学生[姓名]'],
    ['孩子小明在家', '孩子[姓名]在家'],
    ['学生张三和同学李四', '学生[姓名]和同学[姓名]'],
    ['学生王某某', '学生[姓名]'],
    ['姓名：赵六，电话 010-12345678', '姓名：[姓名]，电话 [电话]'],
    ['他名叫陈晨', '他名叫[姓名]'],
  ])('%s → %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    '学生安全员配了几个',
    '学校心理健康安全员怎么配',
    '学生成长导师怎么配',
    '学生和家长都要知道',
    '学生会',
    '学生心理委员每班几个',
    '学生小组活动',
    '全县1800名学生',
    '学生数2300人',
    '学生全面发展',
    '孩子们的情绪',
    '同学关系紧张怎么办',
    '2023年11月13日印发，经费10元/生',
    '专职心理教师1名，按1:1000师生比',
    '学生于每学期参加不少于2次',
    '订单号 1234567890123',
    '结合不同学段特点，关注学生个体差异',
  ])('keeps ordinary text: %s', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('no 11-digit mobile number survives, wherever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('3', '4', '5', '6', '7', '8', '9'),
        fc.stringMatching(/^\d{9}$/),
        fc.string({ maxLength: 20 }),
        (before, second, rest, after) => {
          const phone = `1${second}${rest}`;
          const out = redact(`${before}${phone}${after}`);
          // Either the number is gone, or it was glued to other digits (then it is not a phone number).
          const glued = /\d$/.test(before) || /^\d/.test(after);
          expect(glued || !out.includes(phone)).toBe(true);
        },
      ),
    );
  });

  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const once = redact(s);
        expect(redact(once)).toBe(once);
      }),
    );
  });

  it('changes no text of the rubric and no question of the Q&A set (they hold no personal data)', async () => {
    const loaded = await readRubricFile();
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const { items, sections } = loaded.rubric;
    const questions = (parse(readFileSync(new URL('./qa/questions.yaml', import.meta.url), 'utf8')) as { q: string }[]).map((x) => x.q);
    const texts = [
      ...items.flatMap((i) => [i.title, i.text, ...i.requirements.map((r) => r.text), ...i.questions.map((q) => q.text), ...i.evidence]),
      ...sections.map((s) => s.text),
      ...questions,
    ];
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => redact(t) !== t)).toEqual([]);
  });
});
