/**
 * Who is speaking. The console and `cli chat` are the local operator, who may act for any
 * school and as the office. In WeChat a person's binding decides.
 *
 * Re-login: web puppets give every contact a new id at each login, so a bound person's next
 * message comes from an unknown id. At binding the bot set a remark (alias, e.g. `mh-7f3kqa`)
 * on the contact; the remark lives in the bot account's contact list on WeChat's side and
 * survives the re-login. A message from an unknown id whose contact carries the alias of a
 * binding is NOT trusted silently: the sender stays anonymous, with a pending re-verification
 * that the bind flow (bind.ts) turns into a question, and 「确认」 moves the binding to the new id.
 */
import type { Knex } from 'knex';
import type { Inbound } from './types.ts';
import { getPersonByAlias, getPersonByContact } from '../storage/people.ts';
import { getSchoolById } from '../storage/schools.ts';
import { getSetting } from '../storage/settings.ts';
import type { Person } from '../storage/types.ts';
import { bindingLabel } from '../core/text/bind-replies.ts';

/** A binding found by the contact's alias after a re-login, waiting for the person's 「确认」. */
export interface PendingReverify {
  alias: string;
  personId: number;
  /** 「示例县实验小学 · 校长」 */
  label: string;
}

export type Actor =
  | { kind: 'operator' }
  | { kind: 'person'; personId: number; role: 'office' | 'principal' | 'staff' | 'inspector'; schoolId: number | null; name: string }
  | { kind: 'anonymous'; reverify?: PendingReverify };

/** The WeChat channel: its contacts are bound by invite codes, and found again by alias after a re-login. */
export const BOUND_CHANNEL = 'wechat';
/**
 * Every channel whose contacts are bound by invite codes. A WeCom userid never changes, so a WeCom
 * binding needs no alias and no re-verification.
 */
export const BOUND_CHANNELS: readonly string[] = [BOUND_CHANNEL, 'wecom'];
export const isBoundChannel = (channel: string): boolean => BOUND_CHANNELS.includes(channel);

export async function resolveActor(db: Knex | Knex.Transaction, msg: Inbound): Promise<Actor> {
  if (!isBoundChannel(msg.channel)) return { kind: 'operator' };
  const person = await getPersonByContact(db, msg.channel, msg.from.id);
  if (person) {
    return { kind: 'person', personId: person.id, role: person.role, schoolId: person.schoolId, name: person.displayName };
  }
  if (msg.channel !== BOUND_CHANNEL) return { kind: 'anonymous' };
  const alias = msg.from.alias?.trim();
  const byAlias = alias ? await getPersonByAlias(db, BOUND_CHANNEL, alias) : null;
  if (!alias || !byAlias) return { kind: 'anonymous' };
  return { kind: 'anonymous', reverify: { alias, personId: byAlias.id, label: await personLabel(db, byAlias) } };
}

/** 「示例县实验小学 · 校长」, or for office staff 「示例县教育局 · 考核办公室」. */
export async function personLabel(db: Knex | Knex.Transaction, person: Pick<Person, 'role' | 'schoolId'>): Promise<string> {
  const place =
    person.schoolId === null
      ? ((await getSetting(db, 'officeName')) ?? '县教育局')
      : ((await getSchoolById(db, person.schoolId))?.name ?? '学校');
  return bindingLabel(place, person.role);
}
