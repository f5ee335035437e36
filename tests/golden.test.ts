/**
 * The three example answer files scored with the real rubric, byte for byte.
 * After a deliberate change to the rubric or the engine, check the new output by eye, then:
 *   for n in full-marks typical veto; do npm run -s cli -- score --json rubric/examples/$n.yaml > tests/golden/$n.json; done
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { readAnswersFile } from '../src/files/answers-file.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('golden results of rubric/examples', () => {
  it.each([
    ['full-marks', 100, false],
    ['typical', 74, false],
    ['veto', 100, true],
  ])('%s', async (name, total, veto) => {
    const rubric = await readRubricFile();
    if (!rubric.ok) throw new Error(rubric.errors.join('\n'));
    const answers = await readAnswersFile(path(`../rubric/examples/${name}.yaml`), rubric.rubric);
    if (!answers.ok) throw new Error(answers.error);
    const result = scoreSemester(rubric.rubric, answers.value.input);
    expect(result.total).toBe(total);
    expect(result.veto).toBe(veto);
    expect(`${JSON.stringify(result, null, 2)}\n`).toBe(readFileSync(path(`./golden/${name}.json`), 'utf8'));
  });
});
