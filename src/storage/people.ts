/** People (office, principal, staff) and their chat bindings. */
import type { Db } from './knex.ts';
import { toBinding, toPerson, type BindingRow, type PersonRow } from './rows.ts';
import type { Binding, Person, PersonWithContacts, Role } from './types.ts';

export interface PersonInput {
  role: Role;
  /** null for office staff. */
  schoolId: number | null;
  displayName: string;
}

export async function createPerson(db: Db, input: PersonInput, by: string, now: string): Promise<Person> {
  const [row] = await db<PersonRow>('people')
    .insert({
      role: input.role,
      school_id: input.schoolId,
      display_name: input.displayName,
      created_by: by,
      created_at: now,
    })
    .returning('*');
  return toPerson(row as PersonRow);
}

/** The person bound to this contact on this channel, or null (not bound, or the id changed at re-login). */
export async function getPersonByContact(db: Db, channel: string, contactId: string): Promise<Person | null> {
  const row = await db<PersonRow>('people')
    .join('bindings', 'bindings.person_id', 'people.id')
    .where({ 'bindings.channel': channel, 'bindings.contact_id': contactId })
    .first('people.*');
  return row ? toPerson(row) : null;
}

/** The person whose binding carries this alias (the remark the bot set): finds them again after a re-login. */
export async function getPersonByAlias(db: Db, channel: string, alias: string): Promise<Person | null> {
  const row = await db<PersonRow>('people')
    .join('bindings', 'bindings.person_id', 'people.id')
    .where({ 'bindings.channel': channel, 'bindings.alias': alias })
    .first('people.*');
  return row ? toPerson(row) : null;
}

export interface BindingInput {
  personId: number;
  channel: string;
  contactId: string;
  /** The remark the bot sets on the contact (unique per channel). */
  alias: string | null;
}

/**
 * Binds a person to a contact on a channel. A person has one contact per channel and a contact
 * one person: an earlier binding of either is replaced.
 */
export async function bindContact(db: Db, input: BindingInput, now: string): Promise<Binding> {
  const row: BindingRow = {
    person_id: input.personId,
    channel: input.channel,
    contact_id: input.contactId,
    alias: input.alias,
    bound_at: now,
  };
  await db.transaction(async (trx) => {
    await trx<BindingRow>('bindings')
      .where({ channel: input.channel })
      .andWhere((q) => q.where({ person_id: input.personId }).orWhere({ contact_id: input.contactId }))
      .delete();
    await trx<BindingRow>('bindings').insert(row);
  });
  return toBinding(row);
}

/**
 * After a re-login changed the contact ids: moves the binding that carries `alias` to the new
 * contact id. The caller asks the person to confirm first (the alias is only a remark).
 * A stale binding that still holds the new id is removed (ids are reassigned at re-login).
 * Returns the updated binding, or null when no binding has this alias.
 */
export async function rebindContact(
  db: Db,
  input: { channel: string; alias: string; contactId: string },
  now: string,
): Promise<Binding | null> {
  return db.transaction(async (trx) => {
    const current = await trx<BindingRow>('bindings').where({ channel: input.channel, alias: input.alias }).first();
    if (!current) return null;
    await trx<BindingRow>('bindings')
      .where({ channel: input.channel, contact_id: input.contactId })
      .whereNot({ person_id: current.person_id })
      .delete();
    await trx<BindingRow>('bindings')
      .where({ person_id: current.person_id, channel: input.channel })
      .update({ contact_id: input.contactId, bound_at: now });
    return toBinding({ ...current, contact_id: input.contactId, bound_at: now });
  });
}

/** People (with their bound contacts), filtered by role and/or school, in the order they were added. */
export async function listPeople(db: Db, filter: { role?: Role; schoolId?: number } = {}): Promise<PersonWithContacts[]> {
  const query = db<PersonRow>('people').orderBy('id');
  if (filter.role !== undefined) query.where({ role: filter.role });
  if (filter.schoolId !== undefined) query.where({ school_id: filter.schoolId });
  const people = await query;
  const bindings = await db<BindingRow>('bindings')
    .whereIn(
      'person_id',
      people.map((p) => p.id),
    )
    .orderBy(['person_id', 'channel']);
  return people.map((p) => ({
    ...toPerson(p),
    contacts: bindings.filter((b) => b.person_id === p.id).map(toBinding),
  }));
}
