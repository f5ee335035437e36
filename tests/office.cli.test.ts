import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mh-office-cli-'));
const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out') };

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function expectOneLineError(args: string[], part: string) {
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(part);
}

// One database for the whole file: the steps run in order.
describe('office cli', { timeout: 180_000 }, () => {
  it('imports the sample, lists, adds, sets a semester, plans reminders, ranks and exports', async () => {
    const imported = await cli('school', 'import', 'rubric/examples/schools.csv');
    expect(imported).toMatchObject({ code: 0, stdout: '已导入 12 所学校（新增 12，更新 0）。\n' });

    const list = await cli('school', 'list', '--json');
    const schools = JSON.parse(list.stdout) as { name: string; stage: string; rankStage: string }[];
    expect(schools).toHaveLength(12);
    expect(schools.find((s) => s.name === '示例县育才学校')).toMatchObject({ stage: '九年一贯制', rankStage: '初中' });

    await expectOneLineError(
      ['school', 'add', '--name', '新校', '--stage', '小学', '--ownership', '公办', '--students', 'abc', '--classes', '3'],
      '列「学生数」：应为非负整数（收到 “abc”）',
    );
    const added = await cli('school', 'add', '--name', '新校', '--stage', '完全中学', '--rank-stage', '高中', '--ownership', '民办', '--students', '900', '--classes', '18');
    expect(added.stdout).toContain('已添加：新校（完全中学，按高中排名）');

    const set = await cli('semester', 'set', '2026-2027-1', '--start', '2026-09-01', '--end', '2027-01-24');
    expect(set.stdout).toContain('考核日 2027-01-09');
    await expectOneLineError(['semester', 'set', '2026-2027-1', '--start', '2027-01-24', '--end', '2026-09-01'], '应早于');
    expect((await cli('semester', 'list')).stdout).toContain('2026-2027-1  2026-2027学年第一学期  2026-09-01 至 2027-01-24');

    expect((await cli('room', 'add', '--name', '企业微信通知', '--webhook', 'https://example.invalid/hook')).stdout).toContain('企业微信群机器人');
    await expectOneLineError(['room', 'add', '--name', 'x', '--webhook', 'ftp://x'], '--webhook 应为 http(s) 地址');
    expect((await cli('room', 'list')).stdout).toBe('企业微信通知  企业微信群机器人\n');

    const plan = await cli('remind', '--plan');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/考核前 7 天/);
    expect(plan.stdout).toContain('通知群 1 个');
    await expectOneLineError(['remind'], '--plan');

    const ranking = await cli('ranking', '--json');
    expect(JSON.parse(ranking.stdout)).toMatchObject({ entries: [], provisional: true });
    await expectOneLineError(['ranking', '--stage', '大学'], '没有“大学”这个学段');
    expect((await cli('completion')).stdout).toContain('【小学】已提交 0 · 自评中 0 · 未开始 4');

    const out = join(dir, 'x', 'results.xlsx');
    expect((await cli('export-xlsx', '--out', out)).stdout).toContain('13 所学校的得分表');
    expect(existsSync(out)).toBe(true);
    await expectOneLineError(['card', '--school', '育才', '--out', join(dir, 'c.png')], '还没有自评');
    await expectOneLineError(['school', 'import', join(dir, 'none.csv')], '找不到文件');
  });
});
