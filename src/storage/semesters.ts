import type { Db } from './knex.ts';
import { toSemester, type SemesterRow } from './rows.ts';
import type { Semester } from './types.ts';

/** Sets a semester's dates (`YYYY-MM-DD`, Asia/Shanghai), adding the semester if new. */
export async function upsertSemester(
  db: Db,
  semester: { id: string; start: string; end: string },
  by: string,
  now: string,
): Promise<Semester> {
  const row: SemesterRow = {
    id: semester.id,
    start_date: semester.start,
    end_date: semester.end,
    updated_by: by,
    updated_at: now,
  };
  await db<SemesterRow>('semesters').insert(row).onConflict('id').merge();
  return toSemester(row);
}

export async function getSemester(db: Db, id: string): Promise<Semester | null> {
  const row = await db<SemesterRow>('semesters').where({ id }).first();
  return row ? toSemester(row) : null;
}

/** In time order (the ids `2026-2027-1` < `2026-2027-2` < `2027-2028-1` sort that way). */
export async function listSemesters(db: Db): Promise<Semester[]> {
  const rows = await db<SemesterRow>('semesters').orderBy('id');
  return rows.map(toSemester);
}
