/**
 * A writer process for the backup test: opens the SQLite file like the bot does and commits,
 * as fast as it can until killed, transactions of TWO outbox rows (`w-<n>-a`, `w-<n>-b`): a
 * consistent copy holds both rows of every transaction or neither. Prints `ready` after the
 * first commit.  Usage: node --import tsx tests/helpers/sqlite-writer.ts <file>
 */
import { openDatabase } from '../../src/storage/knex.ts';
import { enqueueOutbound } from '../../src/storage/outbox.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: sqlite-writer.ts <file>');
const db = await openDatabase({ client: 'sqlite', file });
const at = '2026-11-28T02:00:00.000Z';
for (let n = 1; ; n++) {
  await db.transaction(async (trx) => {
    for (const side of ['a', 'b']) {
      await enqueueOutbound(trx, { to: 'writer', text: `${n}${side}`, dedupeKey: `w-${n}-${side}`, notBefore: at }, at);
    }
  });
  if (n === 1) process.stdout.write('ready\n');
}
