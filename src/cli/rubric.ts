/**
 * Rubric commands: `rubric [--json]`, `validate <file>`, `template`, `score [--json] <answers file>`.
 * They call the same core functions as the chat.
 */
import type { Command } from 'commander';
import { readRubricFile } from '../files/rubric-file.ts';
import { parseAnswersFile, readAnswersFile } from '../files/answers-file.ts';
import { scoreSemester } from '../core/rubric/engine.ts';
import { answersTemplate } from '../core/rubric/template.ts';
import type { Rubric } from '../core/rubric/schema.ts';
import type { ItemStatus, SemesterResult } from '../core/rubric/result.ts';
import { fail, type CliDeps } from './deps.ts';

const STATUS: Record<ItemStatus, string> = { met: '达标', partial: '部分达标', unmet: '未达标', unanswered: '未作答' };
const RUBRIC_OPTION = ['--rubric <file>', '考核细则文件（默认 rubric/rubric.yaml）'] as const;

export function registerRubric(program: Command, deps: CliDeps): void {
  const withRubric = async (path: string | undefined, run: (rubric: Rubric) => Promise<void> | void) => {
    const loaded = await readRubricFile(path);
    if (!loaded.ok) return fail(deps, loaded.errors);
    await run(loaded.rubric);
  };

  program
    .command('rubric')
    .description('列出考核项、各条分值和暂定标记')
    .option('--json', '输出 JSON')
    .option(...RUBRIC_OPTION)
    .action((opts: { json?: boolean; rubric?: string }) =>
      withRubric(opts.rubric, (rubric) => deps.out(opts.json ? JSON.stringify(rubricJson(rubric), null, 2) : rubricText(rubric))),
    );

  program
    .command('validate')
    .description('校验考核细则文件')
    .argument('<file>', '考核细则 YAML 文件')
    .action((file: string) =>
      withRubric(file, (rubric) =>
        deps.out(`${file}：校验通过（${rubric.items.length} 条，满分 ${rubric.meta.total}，版本 ${rubric.version}）`),
      ),
    );

  program
    .command('template')
    .description('输出离线自评答题文件（YAML），每题都有说明')
    .option(...RUBRIC_OPTION)
    .action((opts: { rubric?: string }) => withRubric(opts.rubric, (rubric) => deps.out(answersTemplate(rubric))));

  program
    .command('score')
    .description('按答题文件计算一个学期的自评得分')
    .argument('<answers>', '答题文件（YAML，可用 template 命令生成）；“-”从标准输入读，如 export … | score -')
    .option('--json', '输出 JSON')
    .option(...RUBRIC_OPTION)
    .action((file: string, opts: { json?: boolean; rubric?: string }) =>
      withRubric(opts.rubric, async (rubric) => {
        const read = file === '-' ? parseAnswersFile(await readStdin(), '标准输入', rubric) : await readAnswersFile(file, rubric);
        if (!read.ok) return fail(deps, [read.error]);
        const result = scoreSemester(rubric, read.value.input);
        const heading = [read.value.school, read.value.semester].filter(Boolean).join(' ');
        deps.out(opts.json ? JSON.stringify(result, null, 2) : scoreText(rubric, result, heading));
      }),
    );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function rubricJson(rubric: Rubric) {
  return {
    title: rubric.meta.title,
    label: rubric.meta.label,
    version: rubric.version,
    total: rubric.meta.total,
    provisional: rubric.provisional,
    areas: rubric.areas.map((a) => ({ id: a.id, no: a.no, title: a.title })),
    items: rubric.items.map((i) => ({
      id: i.id,
      no: i.no,
      area: i.area,
      title: i.title,
      points: i.points,
      provisional: i.provisional,
      scoring: i.scoring.method,
    })),
  };
}

function rubricText(rubric: Rubric): string {
  const lines = [
    `${rubric.meta.title}（${rubric.meta.label}）`,
    `满分 ${rubric.meta.total} 分，版本 ${rubric.version}`,
  ];
  if (rubric.provisional) lines.push('标「暂定」的分值在县里下发正式分值表之前为暂定');
  for (const area of rubric.areas) {
    lines.push('', `${area.no}、${area.title}`);
    for (const i of rubric.items.filter((i) => i.area === area.id))
      lines.push(`  第${i.no}条 ${i.title}  ${i.points} 分${i.provisional ? '（暂定）' : ''}`);
  }
  return lines.join('\n');
}

function scoreText(rubric: Rubric, r: SemesterResult, heading: string): string {
  const mark = r.provisional ? '（暂定）' : '';
  const lines = [`${heading ? `${heading} ` : ''}自评得分${mark}`, `考核细则 ${r.rubricLabel}，版本 ${r.rubricVersion}`];
  for (const area of r.areas) {
    lines.push('', `${area.no}、${area.title}  小计 ${area.score}/${area.max}`);
    for (const item of r.items.filter((i) => i.area === area.id)) {
      lines.push(`  第${item.no}条 ${item.title}  ${item.score}/${item.max}  ${STATUS[item.status]}`);
      for (const reason of item.reasons) lines.push(`    · ${reason}`);
    }
  }
  lines.push('', `总分：${r.total} / ${r.max}${mark}`, `未作答：${r.unanswered} 条`);
  lines.push(r.veto ? `一票否决：是。${rubric.veto.text}` : '一票否决：否');
  if (r.gains.length > 0) {
    lines.push('', '可以加分的地方（按可得分从高到低）：');
    r.gains.forEach((g, k) => lines.push(`  ${k + 1}. 第${g.item.slice('item-'.length)}条：${g.text}`));
  }
  return lines.join('\n');
}
