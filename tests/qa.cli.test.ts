/** `cli ask`: one answer, --json, and --jsonl over standard input in one process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', ...args], { cwd: root, input, encoding: 'utf8' });

describe('cli ask', () => {
  it('prints the answer', () => {
    const r = cli(['我们2300个学生要几个专职心理老师']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2300名学生：专职心理健康教育教师不少于3名.*——三\(四\)第10条，6分（暂定）\n$/s);
  });

  it('--json prints { question, answer, inScope, citations, figures }, citations best first', () => {
    const r = cli(['--json', '心理课多久上一次']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['question', 'answer', 'inScope', 'citations', 'figures']);
    expect(json.inScope).toBe(true);
    expect((json.citations as { id: string }[])[0]).toEqual({ id: 'item-12', title: '保证课堂教学', points: 6 });
  });

  it('--jsonl answers one question per line, 「详细」 following the line before', () => {
    const r = cli(['--jsonl'], '心理课多久上一次\n\n详细\n明天食堂吃什么\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; inScope: boolean; answer: string });
    expect(lines.map((l) => [l.question, l.inScope])).toEqual([
      ['心理课多久上一次', true],
      ['详细', true],
      ['明天食堂吃什么', false],
    ]);
    expect(lines[1]?.answer).toContain('不得以班会课、体育健康课代替心理健康教育课程');
  });

  it('without a question: one line on stderr and exit code 2', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
