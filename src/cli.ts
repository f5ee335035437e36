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

const program = new Command('mh-rubric-bot')
  .description('心理健康工作考核助手：考核细则、自评打分')
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

registerRubric(program, processDeps);
registerChat(program, processDeps);
registerInvites(program, processDeps);
registerOffice(program, processDeps);
registerAsk(program, processDeps);

await program.parseAsync(process.argv);
