/**
 * Round 47 of issue 10: the answer path made cheaper without changing a reply (the 30,927 questions
 * of tests/qa give byte-identical answers before and after). What is kept between messages is the
 * rubric's own text only; the typo table, the table words' heads and the counting of a word in a
 * passage are read faster with the same results.
 */
import { describe, expect, it, vi } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { normalize } from '../src/core/text/normalize.ts';
import { createAnalyzer } from '../src/core/qa/analyze.ts';
import { parseSynonyms, type Synonyms } from '../src/core/qa/synonyms.ts';
import type { Segmenter } from '../src/core/qa/index.ts';
import { byHead, present } from '../src/core/qa/heads.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(normalize(q));

const tables = (yaml: string): Synonyms => {
  const parsed = parseSynonyms(yaml, 'test.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
};
const chars: Segmenter = (text) => [...text];

describe('what is kept between messages (analyze.ts)', () => {
  it('after a reply, every text held is the rubric\'s own: nothing of the message, nor the answer made for it', () => {
    const rubric = qa.index.rubric;
    const own = [...rubric.items.flatMap((i) => [i.title, i.text, ...i.keywords, ...i.requirements.map((r) => `${r.text} ${r.counts}`), ...i.questions.map((q) => q.text), ...i.evidence]), ...rubric.sections.flatMap((s) => [s.title, s.text, ...s.keywords])].join('\n');
    const before = new Set(qa.index.held());
    for (const q of ['我们学校1234人。专职心理老师配几个？经费一年要多少？', '专班会议一学期开几次', '心理委员每班几个']) {
      const a = ask(q);
      expect(a.answer.length).toBeGreaterThan(0);
      expect(qa.index.remembered()).toBe(0);
      // (Before: the answer's own text, 「每学期专班会议不少于2次。条文：…」, stayed among the texts read as the rubric's.)
      expect(qa.index.held().filter((t) => !before.has(t) && !own.includes(t))).toEqual([]);
    }
  });
  it('the rubric\'s own sentences read for an answer are kept, and read the same again', () => {
    const before = ask('心理辅导室每周开放多久？').answer;
    qa.index.forget();
    const kept = qa.index.held();
    expect(kept.length).toBeGreaterThan(0);
    const corpus = qa.index.passages.map((p) => p.text).join('\n');
    // (Every text kept is the rubric's: a clause's text, a requirement, a title or a keyword.)
    const rubricText = [corpus, ...qa.index.rubric.items.flatMap((i) => [i.title, ...i.keywords, ...i.requirements.map((r) => `${r.text} ${r.counts}`), ...i.questions.map((q) => q.text), ...i.evidence]), ...qa.index.rubric.sections.flatMap((s) => [s.title, ...s.keywords])].join('\n');
    expect(kept.filter((t) => !rubricText.includes(t))).toEqual([]);
    expect(ask('心理辅导室每周开放多久？').answer).toBe(before);
  });
  it('textTermSet holds the terms textTerms lists, for a text of the rubric and for one not', () => {
    for (const text of [qa.index.passages[0]?.text ?? '', '我们学校打算每周开放辅导室十小时']) {
      expect([...qa.index.textTermSet(text)].sort()).toEqual([...new Set(qa.index.textTerms(text))].sort());
    }
    qa.index.forget();
  });
});

describe('the typo table, read by first character (analyze.ts wordsFixed)', () => {
  it('a correction whose characters start a later typo of the table leads to it, in the table\'s order', () => {
    const chain = createAnalyzer(tables('groups: []\ntypos:\n  甲乙: 丙丁\n  丁戊: 己庚\n'), chars, new Set());
    expect(chain.fixTypos('甲乙戊')).toBe('丙己庚');
  });
  it('…but not to an earlier one: the table is read once, in order', () => {
    const order = createAnalyzer(tables('groups: []\ntypos:\n  丁戊: 己庚\n  甲乙: 丙丁\n'), chars, new Set());
    expect(order.fixTypos('甲乙戊')).toBe('丙丁戊');
  });
  it('a typo whose first character the text lacks is not applied, one that stands twice is applied everywhere', () => {
    const twice = createAnalyzer(tables('groups: []\ntypos:\n  心里: 心理\n  辅到: 辅导\n'), chars, new Set());
    expect(twice.fixTypos('心里课和心里辅导')).toBe('心理课和心理辅导');
    expect(twice.fixTypos('辅到室')).toBe('辅导室');
  });
});

describe('the table words by their heads (analyze.ts present)', () => {
  it('a word of one character at the end of a text, a word of two at its start, and a passage\'s variants are all found', () => {
    const a = createAnalyzer(tables('groups:\n  - [经费, 钱]\n  - [心理课, 心理健康课]\n'), chars, new Set());
    expect(a.terms('要多少钱', true)).toContain('=经费');
    expect(a.terms('经费够吗', true)).toContain('=经费');
    expect(a.terms('开设心理健康课和心理课', false).filter((t) => t === '=心理课')).toHaveLength(2);
  });
});

describe('heads.ts', () => {
  it('present gives each word that may stand in the text once, in the table\'s order, and none whose head is absent', () => {
    const words = ['心理课', '心理', '课', '辅导室', '心'].map((w, order) => ({ w, order }));
    const heads = byHead(words, (x) => x.w);
    expect(present('心理课和心理课', heads).map((x) => x.w)).toEqual(['心理课', '心理', '课', '心']);
    expect(present('辅导', heads).map((x) => x.w)).toEqual(['辅导室']);
    expect(present('学校', heads)).toEqual([]);
    // (A word of two characters is not looked for by the text's last character alone.)
    expect(present('谈心', heads).map((x) => x.w)).toEqual(['心']);
  });
});

describe('after the measurements (batch 4, not evidence): blind-107/108/109\'s failures', () => {
  it('「校级公开课开了3次，年级观摩课一次没开，这项够了吗」 → 够 (was 不够: the choice not held, told before 没开, left the other unseen)', () => {
    expect(ask('这学期校级心理公开课开了3次，年级观摩课一次没开，这项够了吗？').answer.startsWith('够。')).toBe(true);
    expect(ask('心理公开课这学期已经开了3节，观摩课一节没开，符合要求吗？').answer.startsWith('符合。')).toBe(true);
    expect(ask('校级公开课这学期已经开了3次，观摩课一次没开，达标吗？').answer.startsWith('达标。')).toBe(true);
  });
  it('guard: nothing else told done, or every choice left out, is still 不', () => {
    expect(ask('学科渗透心理健康的教研这学期一次都还没搞，行不行？差几次？').answer.startsWith('不行')).toBe(true);
    expect(ask('心理公开课能不能就在一个班里上，不搞年级的也不搞校级的？').answer.startsWith('不能')).toBe(true);
  });
  it('「晚安，今天先问到这儿」 is a goodbye, not the stock decline', () => {
    expect(ask('晚安，今天先问到这儿').answer).toMatch(/再见/);
    expect(ask('今天就问到这里吧').answer).toMatch(/再见/);
  });
  it('课成表 is 课程表; communication, organize are words of the rubric', () => {
    expect(ask('心里课要不要列进课成表里？').answer.startsWith('要。')).toBe(true);
    const talk = ask('老师和家长日常的communication，办法有什么要求？');
    expect(talk.inScope).toBe(true);
    expect(talk.citations[0]?.id).toBe('item-15');
    const who = ask('这个考核的owner是谁？哪个部门来organize？');
    expect(who.citations[0]?.id).toBe('section-organization');
    expect(who.answer).toContain('领导小组');
  });
  it('「这群熊孩子快把我折腾死了，怎么让课堂安静下来」: classroom discipline is no rubric question', () => {
    const a = ask('这群熊孩子快把我折腾死了，怎么让课堂安静下来');
    expect(a.inScope).toBe(false);
    expect(a.citations).toEqual([]);
  });
});

describe('after the measurements (batch 5, not evidence)', () => {
  it('「专班会议和全体教师的心理工作会议，一学期各开几次」: both clauses (was 第2条 only: the second thing was longer than read, and 工作会 left a lone 议 of 工作会议)', () => {
    const a = ask('专班会议和全体教师的心理工作会议，一学期各开几次？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.citations.map((c) => c.id)).toContain('item-3');
    expect(a.answer).toMatch(/^1\. 每学期专班会议不少于2次[^]*\n2\. 每学期全体教师会议不少于2次/);
    expect(qa.index.terms('全体教师的心理工作会议')).not.toContain('议');
  });
  it('「考核依据里有没有部委发的文件」 → 有, 教育部等十七部门 (was 原文没有直接规定部委)', () => {
    const a = ask('考核依据里有没有部委发的文件？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('十七部门');
  });
});

describe('a message\'s words are not kept after its reply (index.ts classOf, byParts)', () => {
  it('the class of a word no clause uses is asked again for the next message; a word of the rubric\'s is kept', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildIndex } = await import('../src/core/qa/index.ts');
    const { answerQuestion } = await import('../src/core/qa/answer.ts');
    const synonyms = tables(readFileSync(new URL('../rubric/synonyms.yaml', import.meta.url), 'utf8'));
    const asked: string[] = [];
    const segment: Segmenter = Object.assign((text: string) => text.split(/[\s，。？?、；：]+/).filter((w) => w.length > 0), {
      wordClass: (word: string) => {
        asked.push(word);
        return 'n';
      },
    });
    const index = buildIndex(qa.index.rubric, synonyms, segment);
    answerQuestion(index, '王小明同学 心理档案 怎么建');
    answerQuestion(index, '王小明同学 心理档案 怎么建');
    // (Before: the segmenter remembered every word's class for good, a name included.)
    expect(asked.filter((w) => w === '王小明同学')).toHaveLength(2);
    expect(index.held().filter((t) => t.includes('王小明'))).toEqual([]);
    expect(index.remembered()).toBe(0);
  });
  it('jieba is asked a message word\'s class again for the next message (it kept every word\'s class for good)', async () => {
    const { Jieba } = await import('@node-rs/jieba');
    const tag = vi.spyOn(Jieba.prototype, 'tag');
    try {
      const words = () => tag.mock.calls.map((c) => String(c[0]));
      ask('王小明同学的心理档案要怎么建？');
      const first = words().filter((w) => w.includes('王小明')).length;
      expect(first).toBeGreaterThan(0);
      ask('王小明同学的心理档案要怎么建？');
      expect(words().filter((w) => w.includes('王小明')).length).toBe(2 * first);
    } finally {
      tag.mockRestore();
    }
  });
});
