/**
 * The initial schema. Runs on SQLite and PostgreSQL alike.
 *
 * PRIVACY: this database holds school-level facts and school-level answers only. There is no
 * column, anywhere, for a student's name, ID number, diagnosis or screening result, and none
 * may be added: the rubric asks about counts and yes/no facts of a school, never about a child.
 * People stored here are school staff and office staff (a display name and a chat contact id).
 *
 * Conventions:
 * - instants are ISO strings in UTC (`2026-11-28T12:00:00.000Z`), always produced by
 *   `Date#toISOString()`, so that text comparison orders them; semester dates are `YYYY-MM-DD`;
 * - JSON is stored as text (the same on both databases), typed answers as their JSON text;
 * - `*_by` columns hold a free-form actor reference (`person:12`, `cli`, `console`).
 */
import type { Knex } from 'knex';

const ROLES = ['office', 'principal', 'staff'];
const STAGES = ['小学', '初中', '高中', '职业学校', '九年一贯制', '完全中学'];
const RANK_STAGES = ['小学', '初中', '高中', '职业学校'];
const STATUSES = ['not_started', 'in_progress', 'paused', 'submitted', 'cancelled'];
const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('settings', (t) => {
    t.string('key').primary();
    t.text('value').notNullable();
    t.text('updated_by').notNullable();
    t.string('updated_at').notNullable();
  });

  await knex.schema.createTable('semesters', (t) => {
    t.string('id').primary(); // 2026-2027-1
    t.string('start_date').notNullable();
    t.string('end_date').notNullable();
    t.text('updated_by').notNullable();
    t.string('updated_at').notNullable();
  });

  await knex.schema.createTable('schools', (t) => {
    t.increments('id');
    t.string('name').notNullable().unique();
    // Facts are null until known.
    t.string('stage').nullable().checkIn(STAGES);
    t.string('rank_stage').nullable().checkIn(RANK_STAGES);
    t.string('ownership').nullable().checkIn(['公办', '民办']);
    t.integer('students').nullable();
    t.integer('classes_from_grade4').nullable();
    t.boolean('boarding').nullable();
    t.text('contact').nullable(); // 联系人 (a staff member)
    t.string('facts_confirmed_semester').nullable();
    t.string('created_at').notNullable();
    t.text('updated_by').notNullable();
    t.string('updated_at').notNullable();
  });

  await knex.schema.createTable('people', (t) => {
    t.increments('id');
    t.string('role').notNullable().checkIn(ROLES);
    t.integer('school_id').nullable().references('id').inTable('schools');
    t.text('display_name').notNullable();
    t.text('created_by').notNullable();
    t.string('created_at').notNullable();
    t.index(['role', 'school_id']);
  });

  // A person's chat contact on one channel. Contact ids change at re-login with web puppets;
  // `alias` is the remark the bot sets on the contact, to find the person again.
  await knex.schema.createTable('bindings', (t) => {
    t.integer('person_id').notNullable().references('id').inTable('people');
    t.string('channel').notNullable();
    t.string('contact_id').notNullable();
    t.string('alias').nullable();
    t.string('bound_at').notNullable();
    t.primary(['person_id', 'channel']);
    t.unique(['channel', 'contact_id']);
    t.unique(['channel', 'alias']);
  });

  await knex.schema.createTable('invites', (t) => {
    t.increments('id');
    t.string('code_hash').notNullable().unique(); // SHA-256 hex of the code; the code is never stored
    t.string('role').notNullable().checkIn(ROLES);
    t.integer('school_id').nullable().references('id').inTable('schools');
    t.string('expires_at').notNullable();
    t.text('created_by').notNullable();
    t.string('created_at').notNullable();
    t.string('used_at').nullable();
    t.text('used_by').nullable();
  });

  await knex.schema.createTable('bind_failures', (t) => {
    t.increments('id');
    t.string('contact_id').notNullable();
    t.string('at').notNullable();
    t.index(['contact_id', 'at']);
  });

  await knex.schema.createTable('assessments', (t) => {
    t.increments('id');
    t.integer('school_id').notNullable().references('id').inTable('schools');
    t.string('semester_id').notNullable().references('id').inTable('semesters');
    t.string('status').notNullable().checkIn(STATUSES);
    t.text('state').nullable(); // JSON of the conversation state
    t.integer('state_version').notNullable();
    t.string('rubric_version').nullable();
    t.integer('revision').notNullable(); // optimistic concurrency
    t.string('created_at').notNullable();
    t.text('updated_by').nullable();
    t.string('updated_at').notNullable();
    t.unique(['school_id', 'semester_id']);
    t.index(['semester_id']);
  });

  await knex.schema.createTable('answers', (t) => {
    t.integer('assessment_id').notNullable().references('id').inTable('assessments');
    t.string('question_id').notNullable();
    t.text('value_json').notNullable();
    t.text('updated_by').notNullable();
    t.string('updated_at').notNullable();
    t.primary(['assessment_id', 'question_id']);
  });

  // Old → new, who, when. A null JSON column means "no answer" (before the first or after a delete).
  await knex.schema.createTable('answer_history', (t) => {
    t.increments('id');
    t.integer('assessment_id').notNullable().references('id').inTable('assessments');
    t.string('question_id').notNullable();
    t.text('old_value_json').nullable();
    t.text('new_value_json').nullable();
    t.text('changed_by').notNullable();
    t.string('changed_at').notNullable();
    t.index(['assessment_id']);
  });

  await knex.schema.createTable('inbound_messages', (t) => {
    t.string('channel').notNullable();
    t.string('message_id').notNullable();
    t.string('sender').notNullable();
    t.string('text_hash').notNullable();
    t.string('at').notNullable();
    t.primary(['channel', 'message_id']);
    t.index(['sender', 'text_hash', 'at']);
  });

  await knex.schema.createTable('outbox', (t) => {
    t.increments('id');
    t.string('recipient').notNullable();
    t.string('room').nullable();
    t.boolean('mention').notNullable(); // in a room, @-mention the recipient
    t.text('text').nullable();
    t.text('file').nullable(); // JSON { path, name }
    t.string('dedupe_key').nullable().unique();
    t.string('not_before').notNullable();
    t.string('status').notNullable().checkIn(OUTBOX_STATUSES);
    t.integer('attempts').notNullable();
    t.text('last_error').nullable();
    t.string('created_at').notNullable();
    t.string('claimed_at').nullable();
    t.string('sent_at').nullable();
    t.string('failed_at').nullable();
    t.index(['status', 'not_before']);
  });

  await knex.schema.createTable('reminder_log', (t) => {
    t.string('key').primary();
    t.string('semester_id').notNullable().references('id').inTable('semesters');
    t.string('kind').notNullable();
    t.string('sent_at').notNullable();
    t.index(['semester_id']);
  });

  // Per-sender chat context (what the next free text means); JSON, keyed `<channel>:<contact id>`.
  await knex.schema.createTable('conversations', (t) => {
    t.string('key').primary();
    t.text('state').notNullable();
    t.string('updated_at').notNullable();
  });

  await knex.schema.createTable('rooms', (t) => {
    t.increments('id');
    t.string('name').notNullable().unique();
    t.text('topic').nullable();
    t.text('webhook_url').nullable(); // a WeCom 群机器人 webhook instead of a WeChat room
    t.text('updated_by').notNullable();
    t.string('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'rooms',
    'conversations',
    'reminder_log',
    'outbox',
    'inbound_messages',
    'answer_history',
    'answers',
    'assessments',
    'bind_failures',
    'invites',
    'bindings',
    'people',
    'schools',
    'semesters',
    'settings',
  ]) {
    await knex.schema.dropTable(table);
  }
}
