/**
 * School facts belong to the office: a change asked from the school's side (学段, 办学性质, 学生数 …
 * at the self-assessment's facts check) is kept here as a pending change until the office
 * approves or rejects it (`cli school changes`). Scoring keeps the office's values meanwhile.
 * Values are JSON (a string, a number or a boolean), as answers are. Runs on SQLite and PostgreSQL.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('school_fact_changes', (t) => {
    t.increments('id').primary();
    t.integer('school_id').notNullable().references('id').inTable('schools').onDelete('CASCADE');
    /** stage | rankStage | ownership | students | classesFromGrade4 | boarding */
    t.string('field', 32).notNullable();
    t.text('old_value_json').nullable();
    t.text('new_value_json').notNullable();
    /** pending | approved | rejected | withdrawn */
    t.string('status', 16).notNullable().defaultTo('pending');
    t.string('semester_id', 32).nullable();
    t.string('requested_by', 200).notNullable();
    t.string('requested_at', 40).notNullable();
    t.string('decided_by', 200).nullable();
    t.string('decided_at', 40).nullable();
    t.index(['school_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('school_fact_changes');
}
