import { describe, expect, it } from 'vitest';
import { normalize, splitQuestions, stripMentions } from '../src/core/text/normalize.ts';

describe('normalize', () => {
  it.each([
    ['１８００个学生', '1800个学生'],
    ['＠张老师\u2005心理课一周几节？', '心理课一周几节?'],
    ['全角空格\u3000ＡＢＣ', '全角空格 ABC'],
    ['多少？（１，８００人）！', '多少?(1,800人)!'],
    ['心理健康教育課程一週幾節', '心理健康教育课程一周几节'],
    ['我們學校兩千三百個學生', '我们学校两千三百个学生'],
    ['@张老师\u2005@李老师 经费怎么算', '经费怎么算'],
    ['请问@张老师 心理课几节', '请问心理课几节'],
    ['心理课[微笑]几节[捂脸][OK]', '心理课几节'],
    ['好的😂👍🏻🇨🇳', '好的'],
    ['✅', '✓'],
    ['❌️', '×'],
    ['  多个   空格\t\t和\n\n\n换行  ', '多个 空格 和\n换行'],
    ['abc@qq.com 是邮箱', 'abc@qq.com 是邮箱'],
    ['', ''],
    ['😂😂[捂脸]', ''],
    // 么 alone is simplified already (the converter would read it as 幺); 麼 still becomes 么.
    ['考完了结果会公布么', '考完了结果会公布么'],
    ['這樣行麼', '这样行么'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalize('＠小助手\u2005心理課一週幾節？[微笑] １，８００人');
    expect(normalize(once)).toBe(once);
  });

  it('keeps simplified text unchanged', () => {
    const text = '心理健康教育教师按师生比1:1000配备。不足1000人的至少配备1名专职教师';
    expect(normalize(text)).toBe(text);
  });

  it('handles very long input', () => {
    const long = '心理课几节？'.repeat(20_000);
    expect(normalize(long)).toHaveLength(long.length);
  });
});

describe('stripMentions', () => {
  it('removes a bot name exactly, even with a space or no separator', () => {
    expect(stripMentions('@心理 助手 心理课几节', ['心理 助手'])).toBe('心理课几节');
    expect(stripMentions('@心理助手心理课几节', ['心理助手'])).toBe('心理课几节');
  });
  it('stops a mention at punctuation and keeps emails', () => {
    expect(stripMentions('@张老师，请问')).toBe('，请问');
    expect(stripMentions('发到 a@b.cn 吧')).toBe('发到 a@b.cn 吧');
  });
});

describe('splitQuestions', () => {
  it.each([
    ['心理课几节？经费多少！1,800人要几个老师?', ['心理课几节？', '经费多少', '1,800人要几个老师?']],
    ['1.5小时够吗。谢谢', ['1.5小时够吗', '谢谢']],
    ['第一行\n第二行??', ['第一行', '第二行?']],
    ['心理课几节；兼职老师怎么配;', ['心理课几节', '兼职老师怎么配']],
    ['我们2300个学生，要几个专职心理老师', ['我们2300个学生，要几个专职心理老师']],
    ['', []],
    ['？？。', []],
  ])('%j', (input, expected) => {
    expect(splitQuestions(input)).toEqual(expected);
  });
});

describe('laughing faces', () => {
  it('😂 and [破涕为笑] are kept as 哈哈 (laughter), other emoji dropped', () => {
    expect(normalize('被这考核搞得想死😂')).toBe('被这考核搞得想死哈哈');
    expect(normalize('每天加班累[破涕为笑]')).toBe('每天加班累哈哈');
    // (Alone, or after a word or two, they go like any emoji.)
    expect(normalize('好的😂👍')).toBe('好的');
    expect(normalize('😂😂')).toBe('');
  });
});
