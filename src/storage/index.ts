/** Every storage operation: `(db: Knex | Knex.Transaction, …)` → plain camelCase data. */
export * from './types.ts';
export * from './schools.ts';
export * from './people.ts';
export * from './invites.ts';
export * from './semesters.ts';
export * from './assessments.ts';
export * from './answers.ts';
export * from './messages.ts';
export * from './outbox.ts';
export * from './reminders.ts';
export * from './rooms.ts';
export * from './settings.ts';
export * from './conversations.ts';
export * from './fact-changes.ts';
export * from './inbound-pending.ts';
export * from './inspections.ts';
export * from './results.ts';
