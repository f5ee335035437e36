/**
 * Row types (snake_case, as stored) and their conversion to plain data. Nothing outside
 * src/storage sees these.
 *
 * SQLite returns booleans as 0/1 and PostgreSQL returns counts as strings: the mappers smooth that.
 */
import type { AnswerValue, RankStage, Stage } from '../core/rubric/schema.ts';
import type {
  Assessment,
  AssessmentStatus,
  Binding,
  Invite,
  OutboundMessage,
  OutboundStatus,
  Ownership,
  Person,
  ReminderLogEntry,
  Role,
  Room,
  School,
  SchoolFactsPatch,
  Semester,
} from './types.ts';

type Bool = boolean | number;
const bool = (v: Bool | null): boolean | null => (v === null ? null : Boolean(v));

export interface SchoolRow {
  id: number;
  name: string;
  stage: Stage | null;
  rank_stage: RankStage | null;
  ownership: Ownership | null;
  students: number | null;
  classes_from_grade4: number | null;
  boarding: Bool | null;
  contact: string | null;
  facts_confirmed_semester: string | null;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export const toSchool = (r: SchoolRow): School => ({
  id: r.id,
  name: r.name,
  stage: r.stage,
  rankStage: r.rank_stage,
  ownership: r.ownership,
  students: r.students,
  classesFromGrade4: r.classes_from_grade4,
  boarding: bool(r.boarding),
  contact: r.contact,
  factsConfirmedSemester: r.facts_confirmed_semester,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface SemesterRow {
  id: string;
  start_date: string;
  end_date: string;
  updated_by: string;
  updated_at: string;
}

export const toSemester = (r: SemesterRow): Semester => ({
  id: r.id,
  start: r.start_date,
  end: r.end_date,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface PersonRow {
  id: number;
  role: Role;
  school_id: number | null;
  display_name: string;
  created_by: string;
  created_at: string;
}

export const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  role: r.role,
  schoolId: r.school_id,
  displayName: r.display_name,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export interface BindingRow {
  person_id: number;
  channel: string;
  contact_id: string;
  alias: string | null;
  bound_at: string;
}

export const toBinding = (r: BindingRow): Binding => ({
  personId: r.person_id,
  channel: r.channel,
  contactId: r.contact_id,
  alias: r.alias,
  boundAt: r.bound_at,
});

export interface InviteRow {
  id: number;
  code_hash: string;
  role: Role;
  school_id: number | null;
  expires_at: string;
  created_by: string;
  created_at: string;
  used_at: string | null;
  used_by: string | null;
  display_name: string | null;
}

export const toInvite = (r: InviteRow): Invite => ({
  id: r.id,
  role: r.role,
  schoolId: r.school_id,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
  usedAt: r.used_at,
  usedBy: r.used_by,
  displayName: r.display_name,
});

export interface AssessmentRow {
  id: number;
  school_id: number;
  semester_id: string;
  status: AssessmentStatus;
  state: string | null;
  state_version: number;
  rubric_version: string | null;
  revision: number;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export const toAssessment = (r: AssessmentRow): Assessment => ({
  id: r.id,
  schoolId: r.school_id,
  semesterId: r.semester_id,
  status: r.status,
  state: r.state === null ? null : (JSON.parse(r.state) as unknown),
  stateVersion: r.state_version,
  rubricVersion: r.rubric_version,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface AnswerRow {
  assessment_id: number;
  question_id: string;
  value_json: string;
  updated_by: string;
  updated_at: string;
}

export interface AnswerHistoryRow {
  id: number;
  assessment_id: number;
  question_id: string;
  old_value_json: string | null;
  new_value_json: string | null;
  changed_by: string;
  changed_at: string;
}

/** An answer's JSON text (SQL NULL = no answer) ↔ its typed value (`undefined` = no answer). */
export const answerFromJson = (json: string | null): AnswerValue | undefined =>
  json === null ? undefined : (JSON.parse(json) as AnswerValue);
export const answerToJson = (value: AnswerValue | undefined): string | null =>
  value === undefined ? null : JSON.stringify(value);

export interface InboundMessageRow {
  channel: string;
  message_id: string;
  sender: string;
  text_hash: string;
  at: string;
}

export interface OutboxRow {
  id: number;
  recipient: string;
  /** Which chat channel sends it ('wechat' unless set: rows written before the column). */
  channel?: string;
  room: string | null;
  mention: Bool;
  text: string | null;
  file: string | null;
  dedupe_key: string | null;
  not_before: string;
  status: OutboundStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  claimed_at: string | null;
  sent_at: string | null;
  failed_at: string | null;
}

export const toOutbound = (r: OutboxRow): OutboundMessage => ({
  id: r.id,
  to: r.recipient,
  channel: r.channel ?? 'wechat',
  room: r.room,
  mention: Boolean(r.mention),
  text: r.text,
  file: r.file === null ? null : (JSON.parse(r.file) as OutboundMessage['file']),
  dedupeKey: r.dedupe_key,
  notBefore: r.not_before,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  claimedAt: r.claimed_at,
  sentAt: r.sent_at,
  failedAt: r.failed_at,
});

export interface ReminderLogRow {
  key: string;
  semester_id: string;
  kind: string;
  sent_at: string;
}

export const toReminderLogEntry = (r: ReminderLogRow): ReminderLogEntry => ({
  key: r.key,
  semesterId: r.semester_id,
  kind: r.kind,
  sentAt: r.sent_at,
});

export interface RoomRow {
  id: number;
  name: string;
  topic: string | null;
  webhook_url: string | null;
  updated_by: string;
  updated_at: string;
}

export const toRoom = (r: RoomRow): Room => ({
  id: r.id,
  name: r.name,
  topic: r.topic,
  webhookUrl: r.webhook_url,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export interface SettingRow {
  key: string;
  value: string;
  updated_by: string;
  updated_at: string;
}

/** `count(*)` comes back as a number from SQLite and as a string from PostgreSQL. */
export const toCount = (row: { n: number | string } | undefined): number => Number(row?.n ?? 0);

/** The columns for the school fields present in `patch` (absent keys are left alone). */
export function schoolColumns(patch: SchoolFactsPatch): Partial<SchoolRow> {
  const columns: Partial<SchoolRow> = {};
  if (patch.stage !== undefined) columns.stage = patch.stage;
  if (patch.rankStage !== undefined) columns.rank_stage = patch.rankStage;
  if (patch.ownership !== undefined) columns.ownership = patch.ownership;
  if (patch.students !== undefined) columns.students = patch.students;
  if (patch.classesFromGrade4 !== undefined) columns.classes_from_grade4 = patch.classesFromGrade4;
  if (patch.boarding !== undefined) columns.boarding = patch.boarding;
  if (patch.contact !== undefined) columns.contact = patch.contact;
  if (patch.factsConfirmedSemester !== undefined) columns.facts_confirmed_semester = patch.factsConfirmedSemester;
  return columns;
}

export interface ConversationRow {
  key: string;
  state: string;
  updated_at: string;
}
