/**
 * Issue 13: process evidence (过程性资料). One row per file filed under a rubric item for a
 * school and semester; the bytes live on disk, content-addressed by sha256 (EVIDENCE_DIR).
 * `seq` numbers a school's files per item and semester (「删除资料 10-2」). Deletion is soft:
 * the row keeps who deleted it and when. A file waiting for 「是」 (归到第N条吗？) is a row with
 * `pending_for` set (the sender key); it counts nowhere until confirmed.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('evidence', (t) => {
    t.increments('id').primary();
    t.integer('school_id').notNullable().references('id').inTable('schools');
    t.string('semester_id').notNullable();
    t.string('item_id').notNullable();
    t.integer('seq').nullable();
    t.string('sha256', 64).notNullable();
    t.string('original_name').notNullable();
    t.string('ext', 16).notNullable();
    t.string('mime', 128).notNullable();
    t.bigInteger('bytes').notNullable();
    t.integer('uploaded_by').nullable();
    t.string('uploaded_by_name').notNullable();
    t.string('at').notNullable();
    t.string('pending_for').nullable();
    t.string('deleted_at').nullable();
    t.string('deleted_by').nullable();
    t.index(['school_id', 'semester_id', 'item_id'], 'evidence_school_semester_item_index');
    t.index(['sha256'], 'evidence_sha256_index');
    t.index(['pending_for'], 'evidence_pending_for_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('evidence');
}
