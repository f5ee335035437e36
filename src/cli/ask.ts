/**
 * Rule Q&A from the command line, the same answers as the chat:
 *   ask "问题" [--json]     one answer
 *   ask --jsonl             one question per line on stdin → one JSON object per line, one process
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { readRubricFile } from '../files/rubric-file.ts';
import { createAsk } from '../qa/ask.ts';
import type { QaAnswer } from '../core/qa/answer.ts';
import { fail, type CliDeps } from './deps.ts';

interface AskOptions {
  json?: boolean;
  jsonl?: boolean;
  rubric?: string;
}

export function registerAsk(program: Command, deps: CliDeps, input: NodeJS.ReadableStream = process.stdin): void {
  program
    .command('ask')
    .description('回答考核办法的问题，引用条文（不联网、不用大模型）')
    .argument('[question...]', '问题，如 “心理课多久上一次”')
    .option('--json', '输出 JSON：{ question, answer, inScope, citations, figures }')
    .option('--jsonl', '从标准输入逐行读问题，每行输出一个 JSON')
    .option('--rubric <file>', '考核细则文件（默认 rubric/rubric.yaml）')
    .action(async (words: string[], opts: AskOptions) => {
      const question = words.join(' ').trim();
      if (!opts.jsonl && question === '') return fail(deps, ['请给出问题，如：npm run -s cli -- ask "心理课多久上一次"']);
      const loaded = await readRubricFile(opts.rubric);
      if (!loaded.ok) return fail(deps, loaded.errors);
      const ask = await createAsk(loaded.rubric);
      if (!opts.jsonl) {
        const answer = ask(question);
        deps.out(opts.json ? JSON.stringify(answer, null, 2) : answer.answer);
        return;
      }
      // A conversation: 「详细」 on a line refers to the answer before it.
      let last: string | null = null;
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        if (line.trim() === '') continue;
        const answer: QaAnswer = ask(line, last);
        last = answer.citations[0]?.id ?? last;
        deps.out(JSON.stringify(answer));
      }
    });
}
