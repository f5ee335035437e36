/** The real rule Q&A index (rubric, synonyms, glossary, jieba) for a test file, built once before its tests. */
import { beforeAll } from 'vitest';
import { readRubricFile } from '../../src/files/rubric-file.ts';
import { loadQaIndex } from '../../src/qa/ask.ts';
import { answerQuestion, type QaAnswer } from '../../src/core/qa/answer.ts';
import type { QaIndex } from '../../src/core/qa/index.ts';

export interface RealQa {
  /** The index; set once the file's `beforeAll` has run. */
  readonly index: QaIndex;
  ask(q: string): QaAnswer;
}

export function useRealQa(): RealQa {
  let index: QaIndex | undefined;
  beforeAll(async () => {
    const loaded = await readRubricFile();
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    index = await loadQaIndex(loaded.rubric);
  });
  const ready = (): QaIndex => {
    if (!index) throw new Error('the Q&A index is built in beforeAll');
    return index;
  };
  return {
    get index() {
      return ready();
    },
    ask: (q) => answerQuestion(ready(), q),
  };
}
