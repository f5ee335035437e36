/** Loads a rubric for a test; `path` is relative to tests/ (e.g. `fixtures/mini-rubric.yaml`, `../rubric/rubric.yaml`). */
import { readFileSync } from 'node:fs';
import { parseRubric } from '../../src/core/rubric/load.ts';
import type { Rubric } from '../../src/core/rubric/schema.ts';

export function loadRubric(path: string): Rubric {
  const r = parseRubric(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.rubric;
}
