/**
 * Process evidence (过程性资料) rows: which file (sha256) proves which rubric item for a school
 * and semester, who sent it and when. Deletion is soft. A row with `pendingFor` waits for the
 * sender's 「是」 and counts nowhere until then.
 */
import type { Db } from './knex.ts';

export interface Evidence {
  id: number;
  schoolId: number;
  semesterId: string;
  itemId: string;
  /** 「10-2」: the second file of item 10 (null while pending). */
  seq: number | null;
  sha256: string;
  name: string;
  ext: string;
  mime: string;
  bytes: number;
  uploadedBy: number | null;
  uploadedByName: string;
  at: string;
  pendingFor: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** A file to record: the row without what the database sets (id, number, deletion). */
export type EvidenceInput = Omit<Evidence, 'id' | 'seq' | 'pendingFor' | 'deletedAt' | 'deletedBy'> & {
  /** Set: the file waits for the sender's confirmation (the sender key). */
  pendingFor?: string | null;
};

interface EvidenceRow {
  id: number;
  school_id: number;
  semester_id: string;
  item_id: string;
  seq: number | null;
  sha256: string;
  original_name: string;
  ext: string;
  mime: string;
  bytes: number | string;
  uploaded_by: number | null;
  uploaded_by_name: string;
  at: string;
  pending_for: string | null;
  deleted_at: string | null;
  deleted_by: string | null;
}

const toEvidence = (r: EvidenceRow): Evidence => ({
  id: r.id,
  schoolId: r.school_id,
  semesterId: r.semester_id,
  itemId: r.item_id,
  seq: r.seq,
  sha256: r.sha256,
  name: r.original_name,
  ext: r.ext,
  mime: r.mime,
  bytes: Number(r.bytes),
  uploadedBy: r.uploaded_by,
  uploadedByName: r.uploaded_by_name,
  at: r.at,
  pendingFor: r.pending_for,
  deletedAt: r.deleted_at,
  deletedBy: r.deleted_by,
});

const itemNo = (id: string) => Number(id.replace(/^item-/, ''));

async function nextSeq(db: Db, schoolId: number, semesterId: string, itemId: string): Promise<number> {
  const row = await db('evidence').where({ school_id: schoolId, semester_id: semesterId, item_id: itemId }).max({ m: 'seq' }).first();
  return Number((row as { m: number | null } | undefined)?.m ?? 0) + 1;
}

/** Files the evidence (numbered after the item's last file, deleted ones included, so numbers never move). */
export async function addEvidence(db: Db, input: EvidenceInput): Promise<Evidence> {
  const pending = input.pendingFor ?? null;
  const seq = pending ? null : await nextSeq(db, input.schoolId, input.semesterId, input.itemId);
  const [row] = await db<EvidenceRow>('evidence')
    .insert({
      school_id: input.schoolId,
      semester_id: input.semesterId,
      item_id: input.itemId,
      seq,
      sha256: input.sha256,
      original_name: input.name,
      ext: input.ext,
      mime: input.mime,
      bytes: input.bytes,
      uploaded_by: input.uploadedBy,
      uploaded_by_name: input.uploadedByName,
      at: input.at,
      pending_for: pending,
    })
    .returning('*');
  return toEvidence(row as EvidenceRow);
}

/** A school's filed (not pending, not deleted) evidence, by item number then seq; one semester or all. */
export async function listEvidence(db: Db, filter: { schoolId: number; semesterId?: string; itemId?: string }): Promise<Evidence[]> {
  const q = db<EvidenceRow>('evidence').where({ school_id: filter.schoolId }).whereNull('deleted_at').whereNull('pending_for');
  if (filter.semesterId) q.andWhere({ semester_id: filter.semesterId });
  if (filter.itemId) q.andWhere({ item_id: filter.itemId });
  const rows = (await q.orderBy('id')).map(toEvidence);
  return rows.sort((a, b) => a.semesterId.localeCompare(b.semesterId) || itemNo(a.itemId) - itemNo(b.itemId) || (a.seq ?? 0) - (b.seq ?? 0));
}

/** How many files each item has (items without files are absent). */
export async function itemFileCounts(db: Db, schoolId: number, semesterId: string): Promise<Record<string, number>> {
  const rows = (await db('evidence')
    .where({ school_id: schoolId, semester_id: semesterId })
    .whereNull('deleted_at')
    .whereNull('pending_for')
    .groupBy('item_id')
    .select('item_id')
    .count({ n: '*' })) as { item_id: string; n: number | string }[];
  return Object.fromEntries(rows.map((r) => [r.item_id, Number(r.n)]));
}

/** Bytes a school's files take (each distinct file once, pending ones included). */
export async function schoolEvidenceBytes(db: Db, schoolId: number): Promise<number> {
  const rows = (await db('evidence')
    .where({ school_id: schoolId })
    .whereNull('deleted_at')
    .groupBy('sha256')
    .select('sha256')
    .max({ b: 'bytes' })) as { b: number | string }[];
  return rows.reduce((s, r) => s + Number(r.b), 0);
}

export async function findEvidenceBySeq(db: Db, key: { schoolId: number; semesterId: string; itemId: string; seq: number }): Promise<Evidence | null> {
  const row = await db<EvidenceRow>('evidence')
    .where({ school_id: key.schoolId, semester_id: key.semesterId, item_id: key.itemId, seq: key.seq })
    .whereNull('deleted_at')
    .first();
  return row ? toEvidence(row) : null;
}

export async function deleteEvidence(db: Db, id: number, by: string, at: string): Promise<void> {
  await db('evidence').where({ id }).whereNull('deleted_at').update({ deleted_at: at, deleted_by: by });
}

/** Has this person uploaded anything before (the privacy reminder goes with the first upload)? */
export async function hasUploaded(db: Db, personId: number): Promise<boolean> {
  return (await db('evidence').where({ uploaded_by: personId }).first('id')) !== undefined;
}

/** Files waiting for this sender's 「是」. */
export async function pendingEvidence(db: Db, pendingFor: string): Promise<Evidence[]> {
  const rows = await db<EvidenceRow>('evidence').where({ pending_for: pendingFor }).whereNull('deleted_at').orderBy('id');
  return rows.map(toEvidence);
}

/** The sender said 「是」: the waiting files are filed under `itemId`, numbered in order. */
export async function confirmPendingEvidence(db: Db, pendingFor: string, itemId: string): Promise<Evidence[]> {
  const out: Evidence[] = [];
  for (const e of await pendingEvidence(db, pendingFor)) {
    const seq = await nextSeq(db, e.schoolId, e.semesterId, itemId);
    await db('evidence').where({ id: e.id }).update({ item_id: itemId, seq, pending_for: null });
    out.push({ ...e, itemId, seq, pendingFor: null });
  }
  return out;
}

/** The sender said no (or moved on): the waiting files are dropped (soft, as a deletion). */
export async function dropPendingEvidence(db: Db, pendingFor: string, by: string, at: string): Promise<number> {
  return db('evidence').where({ pending_for: pendingFor }).whereNull('deleted_at').update({ deleted_at: at, deleted_by: by });
}

/** Schools with any filed evidence (for `pack --all`). */
export async function schoolsWithEvidence(db: Db, semesterId?: string): Promise<number[]> {
  const q = db('evidence').whereNull('deleted_at').whereNull('pending_for').distinct('school_id');
  if (semesterId) q.andWhere({ semester_id: semesterId });
  return ((await q) as { school_id: number }[]).map((r) => r.school_id).sort((a, b) => a - b);
}
