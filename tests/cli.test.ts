import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mh-cli-'));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The local tsx that `npx tsx` resolves to, without npx's start-up cost.
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
/** Exit code 2, nothing on stdout, exactly one line on stderr that contains every `part`. */
async function expectOneLineError(args: string[], ...parts: string[]) {
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const part of parts) expect(r.stderr).toContain(part);
}

describe.concurrent('cli', { timeout: 120_000 }, () => {
  it('rubric --json lists items, points and provisional marks', async () => {
    const r = await cli('rubric', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(100);
    expect(json.items).toHaveLength(21);
    expect(json.items[0]).toMatchObject({ id: 'item-1', points: 10, provisional: false });
    expect(json.items[3]).toMatchObject({ id: 'item-4', provisional: true });
  });

  it('rubric prints a table with 暂定 marks', async () => {
    const r = await cli('rubric');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第1条 落实上级工作任务  10 分\n');
    expect(r.stdout).toMatch(/第4条 .+ 5 分（暂定）/);
  });

  it('validate accepts the rubric and rejects a bad one, naming file, item and field', async () => {
    const ok = await cli('validate', 'rubric/rubric.yaml');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('校验通过');
    const mini = readFileSync(join(root, 'tests/fixtures/mini-rubric.yaml'), 'utf8');
    const bad = file('bad-rubric.yaml', mini.replace('threshold: 10', 'threshold: -10'));
    await expectOneLineError(['validate', bad], bad, 'item-20 requirements[0].threshold', '不能为负数 (-10)');
    await expectOneLineError(['validate', join(dir, 'missing.yaml')], 'missing.yaml', '文件不存在');
  });

  it('template prints a YAML answers file that scores 0 as it is', async () => {
    const t = await cli('template');
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('# 学校是否已设立标准化的心理辅导室？（填 是 或 否）\n  q-18-room:\n');
    expect(parse(t.stdout)).toHaveProperty('answers');
    const r = await cli('score', '--json', file('template.yaml', t.stdout));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 0, unanswered: 21 });
  });

  it('score --json full-marks reports 100', async () => {
    const r = await cli('score', '--json', 'rubric/examples/full-marks.yaml');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.total).toBe(100);
    expect(json.rubricVersion).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(json.items[0]).toMatchObject({ id: 'item-1', score: 10, max: 10, status: 'met' });
    expect(r.stdout).toBe(readFileSync(join(root, 'tests/golden/full-marks.json'), 'utf8'));
  });

  it('score prints a readable table with 暂定 and gains', async () => {
    const r = await cli('score', 'rubric/examples/typical.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('总分：74 / 100（暂定）');
    expect(r.stdout).toContain('第10条 配齐配好教师  4/6  部分达标');
    expect(r.stdout).toContain('第10条：再配备 1 名专职心理健康教育教师可得 +1.5 分');
  });

  it('bad answers files: one line naming the place, exit code 2', async () => {
    await expectOneLineError(['score', join(dir, 'nope.yaml')], 'nope.yaml', '文件不存在');
    const broken = file('broken.yaml', 'answers:\n  q-2-group: [是\n');
    await expectOneLineError(['score', broken], `${broken}:3:1`, 'YAML 格式错误');
    const unknown = file('unknown.yaml', 'answers:\n  q-2-group: 是\n  q-2-nope: 3\n');
    await expectOneLineError(['score', unknown], `${unknown}:3`, 'answers.q-2-nope', '没有这个问题编号');
    const wrong = file('wrong.yaml', 'answers:\n  q-2-meetings: 两次\n');
    await expectOneLineError(['score', wrong], `${wrong}:2`, 'answers.q-2-meetings', '应填不小于 0 的整数');
  });

  it('usage errors exit 2 too', async () => {
    await expectOneLineError(['score'], '缺少参数：<answers>（加 --help 查看用法）');
    await expectOneLineError(['score', '--bogus', 'a.yaml'], '不认识的选项：--bogus');
  });
});
