/**
 * The console chat: the embedded default of `npm start`, and `cli chat` in script form.
 * Interactive on a terminal (readline prompt); with standard input piped it answers each line
 * and exits at the end of the input. The local operator may act for any school.
 */
import * as readline from 'node:readline';
import type { Inbox } from '../app/handleInbound.ts';
import type { Inbound, Reply } from '../app/types.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive prompt and greeting (a terminal); off for piped input. */
  interactive: boolean;
  /** 'console' for `npm start`, 'cli' for `cli chat`. */
  channel: 'console' | 'cli';
  sender: { id: string; name: string };
  now(): string;
  greeting?: string;
}

export async function runConsole(inbox: Inbox, opts: ConsoleOptions): Promise<void> {
  const rl = readline.createInterface({ input: opts.input, terminal: false });
  const write = (s: string) => opts.output.write(s);
  const prompt = () => opts.interactive && write('你> ');
  const session = opts.now().replace(/[^0-9]/g, '');
  let seq = 0;

  if (opts.interactive && opts.greeting) write(`${opts.greeting}\n`);
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '') {
      prompt();
      continue;
    }
    if (opts.interactive && /^(退出|exit|quit)$/i.test(text)) break;
    seq += 1;
    const msg: Inbound = {
      id: `${opts.channel}-${session}-${seq}`,
      channel: opts.channel,
      from: opts.sender,
      text,
      kind: 'text',
      at: opts.now(),
    };
    const replies = await inbox.handle(msg);
    write(formatReplies(replies));
    prompt();
  }
  rl.close();
}

function formatReplies(replies: readonly Reply[]): string {
  return replies
    .map((r) => {
      const parts: string[] = [];
      if (r.text) parts.push(r.text);
      if (r.file) parts.push(`[文件] ${r.file.name}：${r.file.path}`);
      return `${parts.join('\n')}\n\n`;
    })
    .join('');
}
