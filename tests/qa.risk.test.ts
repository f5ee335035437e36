/**
 * The crisis check's second opinion (src/core/qa/risk.ts over rubric/crisis-model.json): messages
 * the phrase and sign lists do not know get the check-in from the model; rubric questions and
 * harmless chat sharing the words do not; the shipped model is exactly what its files train.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkInFor, detectCrisis, foldForCrisis, type CrisisTable } from '../src/core/qa/crisis.ts';
import { parseRiskModel, riskScore } from '../src/core/qa/risk.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let table: CrisisTable;
beforeAll(() => {
  table = loadCrisisTable();
});

/** Written for this test, not in any training file; the lists alone miss every one of them. */
const UNLISTED = ['想一直睡下去 再也不睁眼', '没有人需要我 我走了也没人发现', '学生在厕所用圆规在手臂上刻字', '孩子离家出走了 留言说再也不回来了', '我已经写好给孩子的信了'];

describe('the model decides the check-in for what the lists do not know', () => {
  it('the lists alone miss these; with the model each gets the check-in (12356, 110 / 120)', () => {
    const listsOnly = { ...table, model: null };
    for (const q of UNLISTED) {
      expect(detectCrisis(table, q).kind, q).toBe('none');
      expect(checkInFor(listsOnly, q, true), q).toBeNull();
      const reply = checkInFor(table, q, false);
      expect(reply, q).toContain('现在安全吗');
      expect(reply, q).toContain('12356');
      expect(reply, q).toContain('110');
    }
  });

  it('a rubric question sharing the words is not read by the model (算不算, 扣分, 预案…)', () => {
    const rubric = (parse(readFileSync(`${root}tests/qa/crisis.yaml`, 'utf8')) as { rubric: string[] }).rubric;
    const modelOnly = rubric.filter((q) => checkInFor({ ...table, model: null }, q, false) === null && checkInFor(table, q, false) !== null);
    expect(modelOnly).toEqual([]);
  });

  it('leaves everyday chat with strong words alone', () => {
    for (const q of ['这破电脑又死机了 教案白写了', '下午跳绳比赛 记得带计时器', '周末去河边烧烤 有一起的吗', '期末考试结束了 终于解放了', '化学实验室的药品柜要上锁 谁管钥匙']) {
      expect(checkInFor(table, q, false), q).toBeNull();
    }
  });

  it('scores deterministically, in one pass over the text', () => {
    const model = table.model!;
    const t = foldForCrisis(table, '想一直睡下去 再也不睁眼');
    expect(riskScore(model, t)).toBe(riskScore(model, t));
    expect(riskScore(model, foldForCrisis(table, '心理课一周几节'.repeat(2_000)))).toBeLessThan(model.threshold);
  });

  it('a broken model file is an error naming the file, not a crash', () => {
    expect(parseRiskModel('{', 'x.json')).toMatchObject({ ok: false });
    const r = parseRiskModel(JSON.stringify({ sizes: [1], bias: 0, threshold: 2, weights: {} }), 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^x\.json: threshold/);
  });

  it('the shipped model is exactly what `npm run crisis:train` trains from its files', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/crisis-train.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  }, 120_000);
});

