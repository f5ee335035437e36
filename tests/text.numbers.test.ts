import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers, parseNumber } from '../src/core/text/numbers.ts';

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    // Arabic and full-width
    ['2', 2], ['２', 2], ['1800', 1800], ['1,800', 1800], ['1,800人', 1800], ['１，８００人', 1800],
    ['1.5', 1.5], ['-3', -3], ['0', 0], ['10元', 10], ['8小时', 8],
    // Chinese numerals (the forms nzh 1.0.14 gets wrong are marked)
    ['十五', 15], ['十五个', 15], ['一千八百', 1800], ['两千三百', 2300 /* nzh: 300 */], ['两', 2 /* nzh: 0 */],
    ['两次', 2], ['俩', 2], ['仨人', 3], ['二十', 20], ['一百零五', 105], ['三万', 30000], ['一万二千', 12000], ['一万零五百', 10500],
    ['二百五', 250 /* nzh: 205 */], ['一千二', 1200 /* nzh: 1002 */], ['三万五', 35000], ['十', 10], ['零', 0],
    ['一亿二千万', 120_000_000], ['壹万元', 10000], ['负三', -3], ['一点五小时', 1.5], ['二〇二六', 2026],
    // mixed (nzh cannot)
    ['1.2万', 12000], ['1.1万', 11000], ['2千3百', 2300], ['3千', 3000], ['2千3', 2300], ['1万2000', 12000],
    // halves
    ['半小时', 0.5], ['一个半小时', 1.5], ['两个半钟头', 2.5],
    // approximate: the lower bound
    ['两三次', 2], ['二十多', 20], ['十几个', 10], ['两三百', 200], ['一两个', 1],
    // words that are not numbers, dates, ordinals
    ['一共3次', 3], ['一定有2个', 2], ['十分重要', null], ['千万别忘', null], ['统一安排', null],
    ['三千万', 30_000_000], ['一万一', 11000], ['五十分', 50],
    ['2026年开了3次', 3], ['9月1日', null], ['2026-09-01', null], ['2026-2027-1学期5次', 5], ['二〇二六年', null],
    ['第10条', null], ['第2学期开了3次', 3],
    ['A4纸', null], ['mp3', null],
    ['', null], ['😂', null], ['心理课几节', null],
  ])('%j → %j', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });
});

describe('extractNumbers', () => {
  const pick = (text: string) => extractNumbers(text).map(({ value, raw, ordinal, approx }) => ({ value, raw, ordinal, approx }));

  it.each([
    ['我们2300个学生要几个专职心理老师', [{ value: 2300, raw: '2300' }]],
    ['一千八百名学生', [{ value: 1800, raw: '一千八百' }]],
    ['１８００个学生', [{ value: 1800, raw: '１８００' }]],
    ['第10条怎么说', [{ value: 10, raw: '10', ordinal: true }]],
    ['第 十 条', [{ value: 10, raw: '十', ordinal: true }]],
    ['2-3次', [{ value: 2, raw: '2' }, { value: 3, raw: '3' }]],
    ['两三次', [{ value: 2, raw: '两三', approx: true }]],
    ['100多人', [{ value: 100, raw: '100多', approx: true }]],
    ['2023年11月13日印发，共21条', [{ value: 21, raw: '21' }]],
  ])('%j', (text, expected) => {
    expect(pick(text)).toEqual(expected.map((e) => ({ ordinal: undefined, approx: undefined, ...e })));
  });

  it('gives offsets into the text as given', () => {
    const text = '我们有１８００名学生，其中寄宿生三百人';
    for (const n of extractNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.raw);
    expect(extractNumbers(text).map((n) => n.value)).toEqual([1800, 300]);
  });

  it('reads a long run of digits without hanging', () => {
    expect(parseNumber('9'.repeat(400))).toBeNull(); // not finite
    expect(extractNumbers('一二三四五六七八九'.repeat(5000)).length).toBeGreaterThan(0);
  });

  it('never throws, and its matches point into the text (fuzz)', () => {
    const pieces = fc.constantFrom('0', '1', '9', ',', '.', '-', '１', '零', '一', '两', '三', '十', '百', '千', '万', '亿', '点', '半', '第', '个', '小时', '年', '月', '日', '多', '几', '共', 'A', ' ');
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const value = parseNumber(t);
        expect(value === null || Number.isFinite(value)).toBe(true);
        for (const n of extractNumbers(t)) {
          expect(t.slice(n.start, n.end)).toBe(n.raw);
          expect(Number.isFinite(n.value)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('extractNumbers reads each text once (a bounded memo)', () => {
  it('gives every caller its own array: emptying one leaves the next call whole', () => {
    const text = '学生1800人，心理课每两周1节，经费1.5万';
    const first = extractNumbers(text);
    const copy = first.map((n) => ({ ...n }));
    first.length = 0;
    expect(extractNumbers(text)).toEqual(copy);
  });
  it('reads as before after many other texts (the memo is cleared, never stale)', () => {
    const before = extractNumbers('一学期18周');
    for (let i = 0; i < 5000; i++) extractNumbers(`第${i}条`);
    expect(extractNumbers('一学期18周')).toEqual(before);
  });
});
