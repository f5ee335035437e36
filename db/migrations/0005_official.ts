/**
 * The county's own assessment (issue 12): inspectors, inspections, confirmation, publication.
 *
 * - `people.role` and `invites.role` also allow 'inspector' (考核组成员). SQLite cannot change a
 *   CHECK constraint: both tables are rebuilt (new table from the old CREATE text with the wider
 *   list, copy, drop, rename, indexes again), with foreign keys off for the swap (this migration
 *   runs outside knex's transaction for that reason; the swap itself is one transaction). On
 *   PostgreSQL the check constraint is dropped and added again.
 * - `inspections`: one per school and semester, with the conversation state (JSON) under an
 *   optimistic `revision`, and the facts the inspectors verified (never the school's record).
 * - `inspection_answers`: every verified answer with who and when; `current` marks the row in force
 *   (older rows are the history).
 * - `semester_results` / `result_log`: confirmation, reopening (with reason) and publication.
 * - `official_scores`: the scores frozen at confirmation.
 * Runs on SQLite and PostgreSQL alike.
 */
import type { Knex } from 'knex';

export const config = { transaction: false };

const OLD = "('office','principal','staff')";
const NEW = "('office','principal','staff','inspector')";

async function widenSqlite(trx: Knex.Transaction, table: string, from: string, to: string): Promise<void> {
  const rows = (await trx.raw(`select type, name, sql from sqlite_master where tbl_name = ?`, [table])) as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const create = rows.find((r) => r.type === 'table')?.sql;
  if (!create || !create.includes(from)) throw new Error(`${table}: unexpected schema`);
  const indexes = rows.filter((r) => r.type === 'index' && r.sql).map((r) => r.sql!);
  const tmp = `${table}_0005`;
  await trx.raw(create.replace(from, to).replace(/^CREATE TABLE `[^`]+`/, `CREATE TABLE \`${tmp}\``));
  await trx.raw(`insert into \`${tmp}\` select * from \`${table}\``);
  await trx.raw(`drop table \`${table}\``);
  await trx.raw(`alter table \`${tmp}\` rename to \`${table}\``);
  for (const sql of indexes) await trx.raw(sql);
}

async function widenPg(trx: Knex.Transaction, table: string, roles: readonly string[]): Promise<void> {
  const found = (await trx.raw(
    `select conname from pg_constraint where conrelid = ?::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%role%'`,
    [table],
  )) as { rows: { conname: string }[] };
  for (const r of found.rows) await trx.raw(`alter table ?? drop constraint ??`, [table, r.conname]);
  const list = roles.map((x) => `'${x}'`).join(', ');
  await trx.raw(`alter table ?? add constraint ?? check (role in (${list}))`, [table, `${table}_role_check`]);
}

const isPg = (knex: Knex): boolean => {
  const client: unknown = knex.client.config.client;
  return client === 'pg' || client === 'postgres' || client === 'postgresql';
};

async function roles(knex: Knex, from: string, to: string, list: readonly string[]): Promise<void> {
  if (isPg(knex)) {
    await knex.transaction(async (trx) => {
      await widenPg(trx, 'people', list);
      await widenPg(trx, 'invites', list);
    });
    return;
  }
  await knex.raw('PRAGMA foreign_keys=OFF');
  try {
    await knex.transaction(async (trx) => {
      await widenSqlite(trx, 'people', from, to);
      await widenSqlite(trx, 'invites', from, to);
    });
  } finally {
    await knex.raw('PRAGMA foreign_keys=ON');
  }
}

export async function up(knex: Knex): Promise<void> {
  await roles(knex, OLD, NEW, ['office', 'principal', 'staff', 'inspector']);
  await knex.transaction(async (trx) => {
    await trx.schema.createTable('inspections', (t) => {
      t.increments('id');
      t.integer('school_id').notNullable().references('id').inTable('schools');
      t.string('semester_id').notNullable().references('id').inTable('semesters');
      t.text('state').nullable();
      t.integer('revision').notNullable();
      t.text('facts').nullable(); // JSON of the verified facts
      t.text('started_by').notNullable();
      t.string('started_at').notNullable();
      t.string('finished_at').nullable();
      t.string('updated_at').notNullable();
      t.unique(['school_id', 'semester_id']);
      t.index(['semester_id']);
    });
    await trx.schema.createTable('inspection_answers', (t) => {
      t.increments('id');
      t.integer('inspection_id').notNullable().references('id').inTable('inspections');
      t.string('question_id').notNullable();
      t.text('value_json').nullable(); // null: withdrawn
      t.text('school_value_json').nullable();
      t.string('verdict').nullable().checkIn(['accepted', 'verified', 'differs']);
      t.text('note').nullable();
      t.text('by_name').notNullable();
      t.string('by_key').nullable();
      t.string('at').notNullable();
      t.boolean('current').notNullable();
      t.index(['inspection_id', 'current']);
    });
    await trx.schema.createTable('semester_results', (t) => {
      t.string('semester_id').primary().references('id').inTable('semesters');
      t.string('status').notNullable().checkIn(['confirmed', 'published', 'reopened']);
      t.string('rubric_version').nullable();
      t.string('confirmed_at').nullable();
      t.text('confirmed_by').nullable();
      t.string('published_at').nullable();
      t.text('published_by').nullable();
    });
    await trx.schema.createTable('result_log', (t) => {
      t.increments('id');
      t.string('semester_id').notNullable();
      t.string('action').notNullable();
      t.text('reason').nullable();
      t.text('by').notNullable();
      t.string('at').notNullable();
      t.index(['semester_id']);
    });
    await trx.schema.createTable('official_scores', (t) => {
      t.string('semester_id').notNullable().references('id').inTable('semesters');
      t.integer('school_id').notNullable().references('id').inTable('schools');
      t.double('total').notNullable();
      t.boolean('veto').notNullable();
      t.text('result_json').notNullable();
      t.string('rubric_version').notNullable();
      t.primary(['semester_id', 'school_id']);
    });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    for (const table of ['official_scores', 'result_log', 'semester_results', 'inspection_answers', 'inspections']) {
      await trx.schema.dropTable(table);
    }
  });
  await roles(knex, NEW, OLD, ['office', 'principal', 'staff']);
}
