/**
 * The real Chinese segmenter for core/qa: @node-rs/jieba (a native module) with its bundled
 * dictionary, loaded once per process, plus the rubric's domain words so that 「倾听一刻钟」
 * or 「心理辅导室」 stay whole.
 */
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { Segmenter } from '../core/qa/index.ts';

const require = createRequire(import.meta.url);
let shared: Jieba | null = null;

/** Passages in search mode (whole words and their dictionary sub-words), questions whole words only. */
export function createSegmenter(domainWords: readonly string[]): Segmenter {
  if (!shared) {
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Buffer };
    shared = Jieba.withDict(dict);
  }
  const extra = [...new Set(domainWords.filter((w) => w.length > 1 && !/\s/.test(w)))];
  if (extra.length > 0) shared.loadDict(Buffer.from(extra.map((w) => `${w} 2000 n`).join('\n')));
  const jieba = shared;
  const segment: Segmenter = (text, mode) => (mode === 'index' ? jieba.cutForSearch(text, false) : jieba.cut(text, false));
  // A word the dictionary holds whole has one class; a word it cuts into pieces has none. (Not remembered
  // here: the index remembers a message's words only until the message is answered.)
  segment.wordClass = (word) => {
    const tagged = jieba.tag(word, false);
    return tagged.length === 1 && tagged[0]?.word === word ? tagged[0].tag : undefined;
  };
  return segment;
}
