import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../src/core/rubric/load.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import { calculate } from '../src/core/rubric/calculators.ts';
import type { AnswerValue, Question, Requirement, Rubric, SchoolFacts } from '../src/core/rubric/schema.ts';

const loaded = parseRubric(readFileSync(new URL('../rubric/rubric.yaml', import.meta.url), 'utf8'), 'rubric.yaml');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const rubric: Rubric = loaded.rubric;

const questions: Question[] = [...rubric.items.flatMap((i) => i.questions), rubric.veto.question];
const requirements: Requirement[] = rubric.items.flatMap((i) => i.requirements);

function valueOf(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'yesno':
      return fc.boolean();
    case 'count':
      return fc.nat({ max: 120 });
    case 'amount':
      return fc.nat({ max: 40000 });
    case 'hours':
      return fc.nat({ max: 60 }).map((h) => h / 2);
    case 'choice':
      return fc.constantFrom(...(q.choices ?? []).map((c) => c.id));
  }
}

/** Each question: absent (未作答), null (不知道) or a value of its type. */
const answersArb = fc.record(
  Object.fromEntries(questions.map((q) => [q.id, fc.option(valueOf(q), { freq: 6 })])),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, AnswerValue>>;

const factsArb: fc.Arbitrary<SchoolFacts | null> = fc.option(
  fc.record({
    stage: fc.constantFrom('小学' as const, '初中' as const, '高中' as const, '职业学校' as const),
    ownership: fc.constantFrom('公办' as const, '民办' as const),
    students: fc.nat({ max: 5000 }),
    classesFromGrade4: fc.nat({ max: 80 }),
    boarding: fc.boolean(),
  }),
  { freq: 5 },
);

/** An answer that meets the requirement, or undefined when it cannot be met (missing facts). */
function meeting(r: Requirement, facts: SchoolFacts | null): AnswerValue | undefined {
  if (r.op === 'yes') return true;
  if (r.op === 'oneOf') return r.accept?.[0];
  if (r.threshold !== undefined) return r.threshold;
  return r.calculator && facts ? calculate(r.calculator, facts).value : undefined;
}

const json = (x: unknown) => JSON.stringify(x, null, 2);

describe('scoreSemester properties (real rubric)', () => {
  it('total stays within 0..100, in half-points, and adds up', () => {
    fc.assert(
      fc.property(factsArb, answersArb, (facts, answers) => {
        const r = scoreSemester(rubric, { facts, answers });
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        expect(Number.isInteger(r.total * 2)).toBe(true);
        expect(r.areas.reduce((s, a) => s + a.score, 0)).toBe(r.total);
        for (const i of r.items) {
          expect(i.score).toBeGreaterThanOrEqual(0);
          expect(i.score).toBeLessThanOrEqual(i.max);
          expect(Number.isInteger(i.score * 2)).toBe(true);
        }
        expect(r.gains.reduce((s, g) => s + g.points, 0)).toBe(
          r.items.filter((i) => i.id !== 'item-1').reduce((s, i) => s + i.max - i.score, 0),
        );
      }),
      { numRuns: 300, seed: 20231113 },
    );
  });

  it('monotonic: meeting one more requirement never lowers the total', () => {
    fc.assert(
      fc.property(factsArb, answersArb, fc.constantFrom(...requirements), (facts, answers, req) => {
        const before = scoreSemester(rubric, { facts, answers });
        const wasMet = before.items.flatMap((i) => i.requirements).find((x) => x.id === req.id)!.met;
        const value = meeting(req, facts);
        fc.pre(!wasMet && value !== undefined);
        const after = scoreSemester(rubric, { facts, answers: { ...answers, [req.question]: value! } });
        expect(after.items.flatMap((i) => i.requirements).find((x) => x.id === req.id)!.met).toBe(true);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 300, seed: 20231113 },
    );
  });

  it('deterministic and independent of the order of the answers', () => {
    fc.assert(
      fc.property(
        factsArb,
        answersArb.chain((answers) => {
          const entries = Object.entries(answers);
          return fc.tuple(fc.constant(answers), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
        }),
        (facts, [answers, shuffled]) => {
          const a = json(scoreSemester(rubric, { facts, answers }));
          expect(json(scoreSemester(rubric, { facts, answers: Object.fromEntries(shuffled) }))).toBe(a);
          expect(json(scoreSemester(rubric, { facts, answers: { ...answers } }))).toBe(a);
        },
      ),
      { numRuns: 200, seed: 20231113 },
    );
  });
});
