import type { Db } from './knex.ts';
import { toRoom, type RoomRow } from './rows.ts';
import type { Room } from './types.ts';

/** Adds a room for notices, or updates the fields given (by name). */
export async function upsertRoom(
  db: Db,
  room: { name: string; topic?: string | null; webhookUrl?: string | null },
  by: string,
  now: string,
): Promise<Room> {
  const columns: Partial<RoomRow> = {};
  if (room.topic !== undefined) columns.topic = room.topic;
  if (room.webhookUrl !== undefined) columns.webhook_url = room.webhookUrl;
  await db<RoomRow>('rooms')
    .insert({ name: room.name, ...columns, updated_by: by, updated_at: now })
    .onConflict('name')
    .merge([...(Object.keys(columns) as (keyof RoomRow)[]), 'updated_by', 'updated_at']);
  const row = await db<RoomRow>('rooms').where({ name: room.name }).first();
  return toRoom(row!);
}

export async function listRooms(db: Db): Promise<Room[]> {
  const rows = await db<RoomRow>('rooms').orderBy('id');
  return rows.map(toRoom);
}
