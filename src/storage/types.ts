/**
 * The plain camelCase data that storage operations take and return. Instants are ISO strings
 * in UTC; semester dates are `YYYY-MM-DD`. `by` fields are free-form actor references
 * (`person:12`, `cli`, `console`).
 */
import type { AnswerValue, RankStage, Stage } from '../core/rubric/schema.ts';

/** A file on disk to send (e.g. an .xlsx export or a score card PNG). */
export interface FileAttachment {
  path: string;
  name: string;
}

export type Ownership = '公办' | '民办';
export type Role = 'office' | 'principal' | 'staff' | 'inspector';
export type AssessmentStatus = 'not_started' | 'in_progress' | 'paused' | 'submitted' | 'cancelled';
export type OutboundStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A school's facts: each null until known. */
export interface SchoolFactsFields {
  stage: Stage | null;
  /** The stage it ranks in (required for 九年一贯制 / 完全中学; otherwise its stage). */
  rankStage: RankStage | null;
  ownership: Ownership | null;
  students: number | null;
  classesFromGrade4: number | null;
  boarding: boolean | null;
  /** 联系人 (a staff member's name or phone), as imported. */
  contact: string | null;
}

/** Facts to change (absent keys are left alone). */
export type SchoolFactsPatch = Partial<SchoolFactsFields & { factsConfirmedSemester: string | null }>;

export interface School extends SchoolFactsFields {
  id: number;
  name: string;
  /** The semester in which the school last confirmed its facts. */
  factsConfirmedSemester: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Semester {
  /** `2026-2027-1` */
  id: string;
  start: string;
  end: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Person {
  id: number;
  role: Role;
  schoolId: number | null;
  displayName: string;
  createdAt: string;
  createdBy: string;
}

export interface Binding {
  personId: number;
  channel: string;
  contactId: string;
  /** The remark the bot set on the contact; survives the id change of a re-login. */
  alias: string | null;
  boundAt: string;
}

export interface PersonWithContacts extends Person {
  contacts: Binding[];
}

export interface Invite {
  id: number;
  role: Role;
  schoolId: number | null;
  expiresAt: string;
  createdBy: string;
  createdAt: string;
  usedAt: string | null;
  usedBy: string | null;
  /** Who the invite is for; becomes the bound person's display name. */
  displayName: string | null;
}

export interface Assessment {
  id: number;
  schoolId: number;
  semesterId: string;
  status: AssessmentStatus;
  /** The conversation state, parsed from JSON; null before the first save. */
  state: unknown;
  stateVersion: number;
  rubricVersion: string | null;
  /** Bumped by every save; a save must name the revision it read. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** One change of one answer. An absent value (`undefined`) means "no answer": before the first, after a delete. */
export interface AnswerChange {
  questionId: string;
  oldValue: AnswerValue | undefined;
  newValue: AnswerValue | undefined;
  by: string;
  at: string;
}

export interface OutboundInput {
  /** Contact id (private chat), or the asker in a room. */
  to: string;
  /** The chat channel that sends it: 'wechat' (Wechaty, the default) or 'wecom' (the WeCom app). */
  channel?: string;
  room?: string | null;
  mention?: boolean;
  text?: string | null;
  file?: FileAttachment | null;
  /** Enqueueing the same key again does nothing. */
  dedupeKey?: string | null;
  /** Not sent before this instant. */
  notBefore: string;
}

export interface OutboundMessage {
  id: number;
  to: string;
  /** 'wechat' or 'wecom' (see OutboundInput). */
  channel: string;
  room: string | null;
  mention: boolean;
  text: string | null;
  file: FileAttachment | null;
  dedupeKey: string | null;
  notBefore: string;
  status: OutboundStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  claimedAt: string | null;
  sentAt: string | null;
  failedAt: string | null;
}

export interface ReminderLogEntry {
  key: string;
  semesterId: string;
  kind: string;
  sentAt: string;
}

export interface Room {
  id: number;
  /** The WeChat room's topic as configured, or a name for a webhook-only room. */
  name: string;
  topic: string | null;
  /** A WeCom 群机器人 webhook: notices go there as markdown instead of through WeChat. */
  webhookUrl: string | null;
  updatedAt: string;
  updatedBy: string;
}
