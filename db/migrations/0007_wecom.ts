/**
 * The WeCom self-built-app channel (issue 14 §1).
 *
 * - `inbound_pending`: a WeCom callback is stored, decrypted, BEFORE the HTTP 200, so that a crash
 *   after the 200 (WeCom will not retry then) does not lose it. A worker hands pending rows to the
 *   app and stamps `done_at`; at start-up the rows still pending are resumed. (channel, msg_id) is
 *   unique: WeCom's retries of one MsgId make one row, across restarts too.
 * - `outbox.channel`: which chat channel sends a row ('wechat' for Wechaty, the default of every
 *   row written before; 'wecom' for the app channel's replies).
 * Runs on SQLite and PostgreSQL alike.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inbound_pending', (t) => {
    t.increments('id');
    t.string('channel').notNullable();
    t.string('msg_id').notNullable();
    t.text('payload').notNullable(); // JSON of the message as received (no secrets)
    t.string('received_at').notNullable();
    t.string('done_at').nullable();
    // Failed handlings so far: a message that keeps failing is given up after a few (see inbound-pending.ts).
    t.integer('attempts').notNullable().defaultTo(0);
    t.unique(['channel', 'msg_id'], { indexName: 'inbound_pending_channel_msg_id_unique' });
    t.index(['done_at'], 'inbound_pending_done_at_index');
  });
  await knex.schema.alterTable('outbox', (t) => {
    t.string('channel').notNullable().defaultTo('wechat');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.dropColumn('channel');
  });
  await knex.schema.dropTable('inbound_pending');
}
