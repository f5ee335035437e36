/**
 * Binding a chat contact to a person with an invite code (「绑定 K7QM3XPA」, private chat only),
 * and restoring a binding after a WeChat re-login (「确认」, see identity.ts).
 *
 * Invite codes: 8 characters of base32 (40 bits of randomness), stored only as a keyed hash
 * (HMAC with a secret outside the database), single use, with an expiry. A contact that sent 5
 * wrong codes within the last hour is refused without checking until that hour has passed. Many
 * contacts guessing together meet a global limit: 20 wrong codes within the last hour, from
 * anyone, pause every binding until the hour has passed, and the bound office accounts get one
 * alert (through the outbox) for that hour. So at most 20 guesses an hour against 2^40.
 *
 * After a binding the reply asks the channel to set a remark (`setAlias`) on the contact: that
 * remark finds the person again when a re-login changes the contact ids.
 */
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from './deps.ts';
import type { Inbound, Reply } from './types.ts';
import { BOUND_CHANNEL, isBoundChannel, personLabel, type PendingReverify } from './identity.ts';
import {
  consumeInvite,
  countAllRecentBindFailures,
  countRecentBindFailures,
  createInvite,
  hashInviteCode,
  legacyInviteHash,
  recordBindFailure,
  type ConsumeInviteResult,
} from '../storage/invites.ts';
import { bindContact, createPerson, getPersonByAlias, listPeople, rebindContact } from '../storage/people.ts';
import { enqueueOutbound } from '../storage/outbox.ts';
import type { Invite, Role } from '../storage/types.ts';
import { BIND_TEXT } from '../core/text/bind-replies.ts';

type Db = Knex | Knex.Transaction;

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 60 * 60_000;
/** Wrong codes from all contacts together within LOCK_MS that pause every binding. */
export const GLOBAL_LOCK_AFTER_FAILURES = 20;
const CODE_CHARS = 8;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 5 random bytes → 8 base32 characters (RFC 4648 alphabet, no padding). */
export function newInviteCode(bytes: Uint8Array = randomBytes(5)): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/**
 * The code in 「绑定 k7qm-3xpa」: upper-cased, spaces and dashes dropped, and the digits people
 * type for look-alike letters (0→O, 1→I, 8→B) mapped back. Null when it cannot be a code.
 */
export function parseInviteCode(text: string): string | null {
  const raw = text.replace(/^绑定/, '').replace(/[\s-]/g, '').toUpperCase();
  const code = raw.replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');
  return new RegExp(`^[${BASE32}]{${CODE_CHARS}}$`).test(code) ? code : null;
}

export interface InviteRequest {
  role: Role;
  /** null for office staff. */
  schoolId: number | null;
  days: number;
  by: string;
  /** Who the invite is for: their display name once bound (else their WeChat nickname). */
  name?: string;
}

/** Creates an invite and returns its code: the only time the code exists in clear. `key`: the invite secret. */
export async function issueInvite(db: Db, req: InviteRequest, now: string, key: Uint8Array): Promise<{ code: string; invite: Invite }> {
  const code = newInviteCode();
  const expiresAt = new Date(Date.parse(now) + req.days * 86_400_000).toISOString();
  const invite = await createInvite(
    db,
    {
      codeHash: hashInviteCode(code, key),
      role: req.role,
      schoolId: req.schoolId,
      expiresAt,
      createdBy: req.by,
      displayName: req.name ?? null,
    },
    now,
  );
  return { code, invite };
}

/** 「绑定 <code>」 in a private chat. `text` is the normalised message; `key` the invite secret. */
export async function bindTurn(trx: Knex.Transaction, msg: Inbound, text: string, now: string, key: Uint8Array): Promise<Reply[]> {
  const say = (t: string): Reply[] => [{ to: msg.from.id, text: t }];
  if (!isBoundChannel(msg.channel)) return say(BIND_TEXT.operator);
  const contactKey = `${msg.channel}:${msg.from.id}`;
  const since = new Date(Date.parse(now) - LOCK_MS).toISOString();
  const failures = await countRecentBindFailures(trx, contactKey, since);
  if (failures >= LOCK_AFTER_FAILURES) return say(BIND_TEXT.locked);
  if ((await countAllRecentBindFailures(trx, since)) >= GLOBAL_LOCK_AFTER_FAILURES) return say(BIND_TEXT.globalLocked);
  // 「绑定」 alone, or 「绑定是什么意思」: no code was typed, so no wrong code either.
  if (!/[A-Za-z0-9]/.test(text.replace(/^绑定/, ''))) return say(BIND_TEXT.usage);

  const code = parseInviteCode(text);
  let result: ConsumeInviteResult = { ok: false, reason: 'unknown' };
  if (code) {
    result = await consumeInvite(trx, hashInviteCode(code, key), contactKey, now);
    // An invite issued before the keyed hash, still unused: accepted until it expires.
    if (!result.ok && result.reason === 'unknown') result = await consumeInvite(trx, legacyInviteHash(code), contactKey, now);
  }
  if (!result.ok) {
    await recordBindFailure(trx, contactKey, now);
    if ((await countAllRecentBindFailures(trx, since)) >= GLOBAL_LOCK_AFTER_FAILURES) await alertOfficeOfGuessing(trx, now);
    if (result.reason === 'expired') return say(BIND_TEXT.expired);
    if (result.reason === 'used') return say(BIND_TEXT.used);
    return say(BIND_TEXT.wrong(LOCK_AFTER_FAILURES - failures - 1));
  }

  const { invite } = result;
  const person = await createPerson(
    trx,
    { role: invite.role, schoolId: invite.schoolId, displayName: invite.displayName ?? msg.from.name },
    `invite:${invite.id}`,
    now,
  );
  // A WeChat contact gets a remark that finds it again after a re-login; a WeCom userid never changes.
  const alias = msg.channel === BOUND_CHANNEL ? await freshAlias(trx) : null;
  await bindContact(trx, { personId: person.id, channel: msg.channel, contactId: msg.from.id, alias }, now);
  const label = await personLabel(trx, person);
  const bound: Reply = { to: msg.from.id, text: BIND_TEXT.bound(label, person.role) };
  return [alias ? { ...bound, setAlias: alias } : bound];
}

/**
 * A message from a contact whose alias belongs to a binding but whose id is unknown (a re-login
 * changed it): 「确认」 moves the binding to this contact id; anything else asks for that.
 */
export async function reverifyTurn(
  trx: Knex.Transaction,
  msg: Inbound,
  text: string,
  pending: PendingReverify,
  now: string,
  log: Logger,
): Promise<Reply[]> {
  const say = (t: string): Reply[] => [{ to: msg.from.id, text: t }];
  if (text !== '确认') return say(BIND_TEXT.reverifyAsk(pending.label));
  const moved = await rebindContact(trx, { channel: BOUND_CHANNEL, alias: pending.alias, contactId: msg.from.id }, now);
  if (!moved) return say(BIND_TEXT.usage);
  log.warn({ personId: pending.personId, alias: pending.alias, contactId: msg.from.id }, 'binding restored after re-login');
  return say(BIND_TEXT.reverified(pending.label));
}

/**
 * The global limit was reached: one alert to each bound office account for this hour (the
 * outbox's dedupe key makes it one, however many wrong codes follow).
 */
async function alertOfficeOfGuessing(trx: Knex.Transaction, now: string): Promise<void> {
  const hour = now.slice(0, 13);
  for (const person of await listPeople(trx, { role: 'office' })) {
    for (const c of person.contacts.filter((b) => isBoundChannel(b.channel))) {
      const text = BIND_TEXT.guessingAlert(GLOBAL_LOCK_AFTER_FAILURES);
      await enqueueOutbound(trx, { to: c.contactId, channel: c.channel, text, dedupeKey: `bind-guessing:${hour}:person:${person.id}`, notBefore: now }, now);
    }
  }
}

/** A remark not used by any binding yet: `mh-` and 6 base32 characters (30 bits). */
async function freshAlias(db: Db): Promise<string> {
  for (;;) {
    const alias = `mh-${newInviteCode().slice(0, 6).toLowerCase()}`;
    if (!(await getPersonByAlias(db, BOUND_CHANNEL, alias))) return alias;
  }
}
