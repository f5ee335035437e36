/**
 * Wires the rule Q&A: the synonym table from `rubric/synonyms.yaml`, jieba, and the index over
 * the loaded rubric. Returns the `ask` port that the app, the CLI and the bench call.
 */
import { readFile } from 'node:fs/promises';
import type { Rubric } from '../core/rubric/schema.ts';
import { buildIndex, type QaIndex } from '../core/qa/index.ts';
import { answerQuestion, type QaAnswer } from '../core/qa/answer.ts';
import { parseSynonyms } from '../core/qa/synonyms.ts';
import { createSegmenter } from './jieba.ts';
import { packagePath } from '../files/paths.ts';

export const DEFAULT_SYNONYMS_PATH = packagePath('rubric', 'synonyms.yaml');

export type Ask = (text: string, lastCitation?: string | null) => QaAnswer;

/** Builds the index; a broken synonym table is an error naming the file and the place. */
export async function loadQaIndex(rubric: Rubric, synonymsPath: string = DEFAULT_SYNONYMS_PATH): Promise<QaIndex> {
  const shown = synonymsPath === DEFAULT_SYNONYMS_PATH ? 'rubric/synonyms.yaml' : synonymsPath;
  const parsed = parseSynonyms(await readFile(synonymsPath, 'utf8'), shown);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const domainWords = [
    ...parsed.value.groups.flat(),
    ...rubric.items.flatMap((i) => [...i.keywords, i.title]),
    ...rubric.sections.flatMap((s) => [...s.keywords, s.title]),
  ];
  return buildIndex(rubric, parsed.value, createSegmenter(domainWords));
}

export async function createAsk(rubric: Rubric, synonymsPath?: string): Promise<Ask> {
  const index = await loadQaIndex(rubric, synonymsPath);
  return (text, lastCitation) => answerQuestion(index, text, lastCitation);
}
