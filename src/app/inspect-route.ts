/**
 * Routing of the inspector's private chat (issue 12): 「考核 <学校>」 starts or resumes that
 * school's inspection for the current semester; while the conversation is in mode 'inspection',
 * the self-assessment's commands (暂停, 跳过, 上一题, 修改 N, 进度 …) and every other text go to
 * that inspection. Only inspectors (and the local operator) may inspect. Null: not an inspection turn.
 */
import type { Knex } from 'knex';
import type { AppDeps } from './deps.ts';
import type { Actor } from './identity.ts';
import type { Intent } from './intent.ts';
import type { Conversation } from '../storage/conversations.ts';
import { getSchoolByName } from '../storage/schools.ts';
import { storedSemesterAt } from './standings.ts';
import { INSPECT_APP_TEXT, inspectionTurn } from './inspection.ts';

export interface InspectionRouteInput {
  text: string;
  intent: Intent;
  conv: Conversation;
  actor: Actor;
  by: string;
  actorKey: string;
  save(next: Partial<Conversation>): Promise<void>;
}

const mayInspect = (actor: Actor): boolean => actor.kind === 'operator' || (actor.kind === 'person' && actor.role === 'inspector');

export async function inspectionRoute(trx: Knex.Transaction, deps: AppDeps, input: InspectionRouteInput): Promise<string[] | null> {
  const { intent, conv, actor } = input;
  let schoolId: number;
  let isStart = false;
  if (intent.kind === 'inspect') {
    if (!mayInspect(actor)) return [INSPECT_APP_TEXT.notInspector];
    const school = await getSchoolByName(trx, intent.school);
    if (!school) return [INSPECT_APP_TEXT.noSchool(intent.school)];
    schoolId = school.id;
    isStart = true;
  } else if (conv.mode === 'inspection' && conv.schoolId != null && mayInspect(actor)) {
    // 「自评」 and the office's and binding commands leave the inspection; the rest stays in it.
    if (intent.kind === 'assessment' && intent.start) return null;
    if (intent.kind !== 'assessment' && intent.kind !== 'other' && intent.kind !== 'help') return null;
    schoolId = conv.schoolId;
  } else {
    return null;
  }
  const semester = await storedSemesterAt(trx, deps.now(), 'system');
  const turn = await inspectionTurn(trx, deps, { schoolId, semesterId: semester.id, by: input.by, actorKey: input.actorKey, text: input.text, isStart });
  await input.save({ mode: turn.open ? 'inspection' : 'idle', schoolId, last: 'assessment' });
  return turn.replies;
}
