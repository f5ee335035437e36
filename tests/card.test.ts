import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswersFile } from '../src/files/answers-file.ts';
import { cardLayout, writeScoreCard, type Box } from '../src/files/card.ts';
import { readRubricFile } from '../src/files/rubric-file.ts';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import type { SemesterResult } from '../src/core/rubric/result.ts';

let result: SemesterResult;
beforeAll(async () => {
  const rubric = await readRubricFile();
  if (!rubric.ok) throw new Error(rubric.errors.join('\n'));
  const answers = await readAnswersFile('rubric/examples/typical.yaml', rubric.rubric);
  if (!answers.ok) throw new Error(answers.error);
  result = scoreSemester(rubric.rubric, answers.value.input);
});

/** Pixels darker than this (sum of RGB) count as ink. */
const DARK = 3 * 110;

async function decode(png: Buffer) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const darkIn = (b: Box): number => {
    let n = 0;
    for (let y = b.y; y < b.y + b.h; y++) {
      for (let x = b.x; x < b.x + b.w; x++) {
        const i = (y * img.width + x) * 4;
        if (data[i]! + data[i + 1]! + data[i + 2]! < DARK) n++;
      }
    }
    return n;
  };
  return { width: img.width, height: img.height, darkIn };
}

describe('score card PNG', () => {
  it('renders at the layout size with text where the labels are', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'card-')), 'card.png');
    await writeScoreCard(out, { school: '示例城关初中', semester: '2026-2027学年第一学期', result });
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const layout = cardLayout(result);
    const img = await decode(png);
    expect([img.width, img.height]).toEqual([layout.width, layout.height]);
    expect(layout.areaLabels).toHaveLength(8);

    expect(img.darkIn(layout.title)).toBeGreaterThan(200);
    for (const label of layout.areaLabels) expect(img.darkIn(label)).toBeGreaterThan(100);
    expect(img.darkIn(layout.gainsTitle)).toBeGreaterThan(100);
    for (const gain of layout.gains) expect(img.darkIn(gain)).toBeGreaterThan(100);
    // the right half of the gains title row is empty: ink is where text is, not everywhere
    expect(img.darkIn({ ...layout.gainsTitle, x: 500, w: 200 })).toBe(0);
  });

  it('draws CJK glyphs, not missing-glyph boxes', async () => {
    // A missing glyph is drawn as a hollow box (.notdef): the same ink for every character.
    // Real glyphs of different characters differ in ink.
    const layout = cardLayout(result);
    const a = await decode(
      await (async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'card-')), 'a.png');
        await writeScoreCard(out, { school: '一一一一一一', semester: 'x', result });
        return readFileSync(out);
      })(),
    );
    const b = await decode(
      await (async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'card-')), 'b.png');
        await writeScoreCard(out, { school: '疆疆疆疆疆疆', semester: 'x', result });
        return readFileSync(out);
      })(),
    );
    expect(b.darkIn(layout.title)).toBeGreaterThan(2 * a.darkIn(layout.title));
  });
});
