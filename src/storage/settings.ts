import type { Db } from './knex.ts';
import type { SettingRow } from './rows.ts';

/** Install-wide settings, e.g. `officeName` (示例县教育局). */
export async function getSetting(db: Db, key: string): Promise<string | null> {
  const row = await db<SettingRow>('settings').where({ key }).first();
  return row ? row.value : null;
}

export async function putSetting(db: Db, key: string, value: string, by: string, now: string): Promise<void> {
  await db<SettingRow>('settings').insert({ key, value, updated_by: by, updated_at: now }).onConflict('key').merge();
}
