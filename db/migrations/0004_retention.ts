/**
 * Retention and the global bind limit read by time: the hourly pruning deletes sent and failed
 * outbox messages past OUTBOX_RETENTION_DAYS (by `sent_at` / `failed_at`), and every 「绑定」
 * counts the wrong codes of the last hour across all contacts (by `at`). Indexes for both, so
 * neither scans a table that grows with use. Invite hashes need no change: keyed hashes are
 * stored as `hmac:<hex>`, and the older plain SHA-256 rows (64 hex, no prefix) stay valid until
 * they expire. Runs on SQLite and PostgreSQL alike.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.index(['status', 'sent_at'], 'outbox_status_sent_at_index');
    t.index(['status', 'failed_at'], 'outbox_status_failed_at_index');
  });
  await knex.schema.alterTable('bind_failures', (t) => {
    t.index(['at'], 'bind_failures_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('bind_failures', (t) => {
    t.dropIndex(['at'], 'bind_failures_at_index');
  });
  await knex.schema.alterTable('outbox', (t) => {
    t.dropIndex(['status', 'failed_at'], 'outbox_status_failed_at_index');
    t.dropIndex(['status', 'sent_at'], 'outbox_status_sent_at_index');
  });
}
