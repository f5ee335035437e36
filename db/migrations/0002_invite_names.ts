/**
 * Invites carry the name of the person they are for (`admin invite --name 赵科长`): that name
 * becomes the person's display name when they bind (else their WeChat nickname). Nullable:
 * invites made before, or without --name, have none. Runs on SQLite and PostgreSQL alike.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('invites', (t) => {
    t.text('display_name').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('invites', (t) => {
    t.dropColumn('display_name');
  });
}
