/** Schools and their facts (null until known). Re-imports update by name. */
import type { Db } from './knex.ts';
import { schoolColumns, toSchool, type SchoolRow } from './rows.ts';
import type { School, SchoolFactsFields, SchoolFactsPatch } from './types.ts';

export type SchoolInput = { name: string } & Partial<SchoolFactsFields>;

/**
 * Adds the school, or updates the fields given (by name, so a re-import never duplicates).
 * Fields left out keep their stored value.
 */
export async function upsertSchoolByName(db: Db, input: SchoolInput, by: string, now: string): Promise<School> {
  const { name, ...facts } = input;
  const columns = schoolColumns(facts);
  await db<SchoolRow>('schools')
    .insert({ name, ...columns, created_at: now, updated_by: by, updated_at: now })
    .onConflict('name')
    .merge([...(Object.keys(columns) as (keyof SchoolRow)[]), 'updated_by', 'updated_at']);
  const row = await db<SchoolRow>('schools').where({ name }).first();
  return toSchool(row!);
}

export async function getSchoolById(db: Db, id: number): Promise<School | null> {
  const row = await db<SchoolRow>('schools').where({ id }).first();
  return row ? toSchool(row) : null;
}

/** By exact name (callers normalise spaces and full-width characters first). */
export async function getSchoolByName(db: Db, name: string): Promise<School | null> {
  const row = await db<SchoolRow>('schools').where({ name }).first();
  return row ? toSchool(row) : null;
}

/** All schools in the order they were added (the same on SQLite and PostgreSQL, unlike a sort by Chinese name). */
export async function listSchools(db: Db): Promise<School[]> {
  const rows = await db<SchoolRow>('schools').orderBy('id');
  return rows.map(toSchool);
}

/** Sets the facts given (others unchanged). Returns false when there is no such school. */
export async function updateSchoolFacts(
  db: Db,
  schoolId: number,
  patch: SchoolFactsPatch,
  by: string,
  now: string,
): Promise<boolean> {
  const n = await db<SchoolRow>('schools')
    .where({ id: schoolId })
    .update({ ...schoolColumns(patch), updated_by: by, updated_at: now });
  return n === 1;
}
