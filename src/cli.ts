/**
 * Command line: `npm run cli -- <command>`. Each command group registers itself from `src/cli/`.
 * Bad input: one line on stderr and exit code 2 (commander's own usage errors too).
 */
import { Command } from 'commander';
import { processDeps } from './cli/deps.ts';
import { registerRubric } from './cli/rubric.ts';
import { registerChat } from './cli/chat.ts';
import { registerInvites } from './cli/invites.ts';
import { registerOffice } from './cli/office.ts';
import { registerAsk } from './cli/ask.ts';
import { registerBackup } from './cli/backup.ts';
import { registerEvidence } from './cli/evidence.ts';
import { registerCounty } from './cli/county.ts';
import { packageVersion } from './files/paths.ts';

/** commander's own headings and usage errors, in Chinese (the county office's clerks read them). */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};
const ERRORS: readonly [RegExp, string][] = [
  [/^error: unknown command '(.+)'$/, '没有“$1”这个命令。'],
  [/^error: unknown option '(.+)'$/, '不认识的选项：$1'],
  [/^error: missing required argument '(.+)'$/, '缺少参数：<$1>'],
  [/^error: required option '(.+)' not specified$/, '缺少必填选项：$1'],
  [/^error: option '(.+)' argument missing$/, '选项 $1 后面要写上值'],
  [/^error: too many arguments.*$/, '参数太多'],
  [/^\(Did you mean (.+)\?\)$/, '（是不是要用 $1？）'],
];
const inChinese = (line: string) => ERRORS.reduce((l, [re, zh]) => l.replace(re, zh), line);

// `cli export | head`: the reader closed the pipe; nothing more to say, so exit quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const program = new Command('mh-rubric-bot')
  .description('心理健康工作考核助手：考核细则、自评打分')
  .version(packageVersion(), '-V, --version', '显示版本号')
  .helpOption('-h, --help', '显示帮助')
  .helpCommand('help [command]', '显示某个命令的帮助')
  .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
  .configureOutput({
    outputError: (text, write) => {
      const [first = '', ...rest] = text.trimEnd().split('\n').map(inChinese);
      write(`${[`${first}（加 --help 查看用法）`, ...rest].join('\n')}\n`);
    },
  })
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

registerRubric(program, processDeps);
registerChat(program, processDeps);
registerInvites(program, processDeps);
registerOffice(program, processDeps);
registerAsk(program, processDeps);
registerBackup(program, processDeps);
registerEvidence(program, processDeps);
registerCounty(program, processDeps);

await program.parseAsync(process.argv);
