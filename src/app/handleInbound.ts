/**
 * The one entry point every channel and most tests drive:
 *   handleInbound(message, deps) → replies
 *
 * Guards first (non-text, stale backlog; the rate limit is in createInbox), then the crisis check
 * (a person at risk gets the fixed crisis reply, in every chat and state, before anything else),
 * then group without mention, then, inside ONE transaction: record the message id (a duplicate stops here),
 * route by intent, commit every change. Replies are returned only after the commit, so nothing acknowledged can be lost.
 */
import type { Knex } from 'knex';
import type { AppDeps, LlmPolish } from './deps.ts';
import type { FileAttachment, Inbound, Reply } from './types.ts';
import { APP_TEXT } from '../core/text/app-replies.ts';
import type { CrisisKind, CrisisPlace } from '../core/qa/crisis.ts';
import { normalize, stripMentions } from '../core/text/normalize.ts';
import { findRecentSameText, hashText, recordInboundMessage } from '../storage/messages.ts';
import { getConversation, saveConversation, type Conversation } from '../storage/conversations.ts';
import { isBoundChannel, resolveActor, type Actor } from './identity.ts';
import { bindTurn, reverifyTurn } from './bind.ts';
import { classify, type Intent } from './intent.ts';
import { assessmentTurn, openAssessment, proposeReadValue, sentAfterShown, type OpenAssessment, type TurnInput } from './assessment.ts';
import type { QaAnswer } from '../core/qa/answer.ts';
import type { Question } from '../core/rubric/schema.ts';
import { handleOfficeCommand } from './office.ts';
import { listSchools } from '../storage/schools.ts';
import { KeyedQueue, RateLimiter } from './pacing.ts';
import { lockForTransaction } from '../storage/locks.ts';
import { receiveFile } from './evidence-upload.ts';
import { confirmTurn, evidenceTurn, type EvidenceOut } from './evidence.ts';
import { inspectionRoute } from './inspect-route.ts';
import { INSPECT_APP_TEXT } from './inspection.ts';

type TurnArgs = Pick<TurnInput, 'schoolId' | 'by' | 'actorKey' | 'canSubmit' | 'ownsFacts'>;

/** A backlog replayed after a restart: older than start-up minus this is ignored. */
const STALE_MS = 60_000;
/**
 * Some puppets re-deliver a message with a new id: the same text from the same sender within this
 * is one message, unless it answers a question shown after the first copy (a second 「是」 for the
 * next question is a new answer).
 */
const SAME_TEXT_MS = 5_000;

export interface Inbox {
  handle(msg: Inbound): Promise<Reply[]>;
}

/**
 * Per-sender ordering and the inbound rate limit live here, around the pure routing. The limit
 * guards WeChat only: the console and `cli chat` are the local operator, whose piped scripts
 * send many lines a second.
 */
export function createInbox(deps: AppDeps): Inbox {
  const queue = new KeyedQueue();
  const limiter = new RateLimiter(10, 60_000);
  return {
    handle(msg) {
      return queue.run(senderKey(msg), async () => {
        // A person at risk is never told to slow down.
        const urgent = msg.kind === 'text' && deps.crisis !== undefined && deps.crisis.detect(msg.text).kind !== 'none';
        const verdict = isBoundChannel(msg.channel) && !urgent ? limiter.hit(senderKey(msg), Date.parse(deps.now())) : 'ok';
        if (verdict === 'warn') return [reply(msg, APP_TEXT.rateLimited)];
        if (verdict === 'drop') return [];
        return handleInbound(msg, deps);
      });
    },
  };
}

export async function handleInbound(msg: Inbound, deps: AppDeps): Promise<Reply[]> {
  // --- guards, cheapest first (wechaty's ding-dong-bot habit) ---
  const stale = msg.channel === 'wechat' && Date.parse(msg.at) < Date.parse(deps.startedAt) - STALE_MS;
  // A photo or document in a private chat may be process evidence (evidence-upload.ts); in a group it is ignored.
  if (msg.kind === 'file' && !msg.room && msg.file && deps.evidence) return stale ? [] : receiveFile(msg, deps);
  if (msg.kind !== 'text') return msg.room ? [] : [reply(msg, APP_TEXT.nonText)];
  if (stale) return [];
  let text = msg.text;
  let addressed = true;
  if (msg.room) {
    const said = addressedText(msg, deps);
    addressed = said !== null;
    text = said ?? text;
  }
  // The crisis check reads the text before normalizing, which drops emoji (🔪 💊 name a means).
  const said = stripMentions(text, deps.botNames);
  text = normalize(said);
  // A person at risk comes first, in every chat and every state. A group message not addressed to
  // the bot is answered only on a clear signal (想死, 说要跳楼), not on venting (活着好累).
  const crisis = crisisOf(deps, said);
  if (crisis && (addressed || crisis.direct)) return crisisTurn(msg, text, crisis, deps);
  if (!addressed) return [];
  // Warning signs the table does not name as a crisis (a handover and a farewell): the check-in, in
  // every state and kept like a crisis message (never stored, never sent to the model).
  const concern = checkInOf(deps, said);
  if (concern) return crisisTurn(msg, text, concern, deps);
  // In a private chat an empty text (emoji only) still reaches an open self-assessment, which asks again.
  if (text === '' && msg.room) return [];

  const post: PostCommit = {};
  let replies: Reply[];
  try {
    replies = await deps.db.transaction(async (trx) => {
      // Several instances on PostgreSQL: one sender's messages one at a time (createInbox's queue
      // does it within a process; on SQLite the one connection does it already).
      await lockForTransaction(trx, 'sender', senderKey(msg));
      const textHash = hashText(text);
      const since = new Date(Date.parse(msg.at) - SAME_TEXT_MS).toISOString();
      const redelivered = msg.channel === 'wechat' && (await findRecentSameText(trx, msg.from.id, textHash, since));
      const fresh = await recordInboundMessage(trx, {
        channel: msg.channel,
        messageId: msg.id,
        sender: msg.from.id,
        textHash,
        at: msg.at,
      });
      if (!fresh) return [];
      if (redelivered && !(await answersNewQuestion(trx, msg, deps))) return [];
      return route(trx, msg, text, deps, post);
    });
  } catch (err) {
    deps.log.error({ err: String(err), msg: msg.id }, 'inbound failed');
    return [reply(msg, APP_TEXT.saveFailed)];
  }
  return deps.llm ? polish(replies, post, msg, deps, deps.llm) : replies;
}

interface Crisis {
  kind: CrisisKind;
  direct: boolean;
  reply(place: CrisisPlace): string;
  /** How to carry on where the person was (an open self-assessment, a school list), or null. */
  resume(mode: 'assessment' | 'pickSchool'): string | null;
}

function crisisOf(deps: AppDeps, text: string): Crisis | null {
  if (text.trim() === '') return null;
  if (deps.crisis) {
    const port = deps.crisis;
    const v = port.detect(text);
    if (v.kind === 'none') return null;
    const kind = v.kind;
    return { kind, direct: v.direct, reply: (place) => port.reply(kind, place), resume: (mode) => port.resume(mode) };
  }
  // Without the port, the crisis stage inside `ask` still speaks (its private reply).
  const a = deps.ask(text);
  const answer = a.answer;
  return a.crisis ? { kind: a.crisis, direct: true, reply: () => answer, resume: () => null } : null;
}

function checkInOf(deps: AppDeps, text: string): Crisis | null {
  const port = deps.crisis;
  const checkIn = text.trim() === '' || !port?.checkIn ? null : port.checkIn(text);
  if (!port || checkIn === null) return null;
  // In a group the short reply to the sender, with the lines and an offer to talk privately.
  return { kind: 'self', direct: false, reply: (place) => (place === 'group' ? port.reply('self', 'group') : checkIn), resume: (mode) => port.resume(mode) };
}

/**
 * The crisis reply: fixed text (never the model, never the asker's words). Only the message id and
 * the text's hash are stored, for de-duplication; nothing goes to the conversation, the logs or
 * an answer. Mid self-assessment the reply says how to resume, without asking the question again.
 * The reply goes out even when saving the message id fails.
 */
async function crisisTurn(msg: Inbound, text: string, crisis: Crisis, deps: AppDeps): Promise<Reply[]> {
  if (msg.room) {
    const r = { ...reply(msg, crisis.reply('group')), mention: true };
    const fresh = await recordOnce(msg, text, deps);
    return fresh ? [r] : [];
  }
  let resume: string | null = null;
  const fresh = await recordOnce(msg, text, deps, async (trx) => {
    const conv = await getConversation(trx, senderKey(msg));
    resume = conv.mode === 'assessment' || conv.mode === 'pickSchool' ? crisis.resume(conv.mode) : null;
  });
  if (!fresh) return [];
  return [crisis.reply('private'), ...(resume ? [resume] : [])].map((t) => reply(msg, t));
}

/** Records the message for de-duplication (its hash only); false when it was seen already. A storage failure counts as fresh. */
async function recordOnce(msg: Inbound, text: string, deps: AppDeps, also?: (trx: Knex.Transaction) => Promise<void>): Promise<boolean> {
  try {
    return await deps.db.transaction(async (trx) => {
      const textHash = hashText(text);
      const since = new Date(Date.parse(msg.at) - SAME_TEXT_MS).toISOString();
      const redelivered = msg.channel === 'wechat' && (await findRecentSameText(trx, msg.from.id, textHash, since));
      const fresh = await recordInboundMessage(trx, { channel: msg.channel, messageId: msg.id, sender: msg.from.id, textHash, at: msg.at });
      if (fresh && !redelivered && also) await also(trx);
      return fresh && !redelivered;
    });
  } catch (err) {
    deps.log.error({ err: String(err), msg: msg.id }, 'crisis message not recorded; reply sent anyway');
    return true;
  }
}

/**
 * Work for the optional language model, done after the commit: a model call can take seconds,
 * and inside the transaction it would hold SQLite's one connection for every other sender.
 */
interface PostCommit {
  /** The rule answer at this index may be phrased more naturally. */
  qa?: { index: number; question: string; draft: QaAnswer };
  /** The parser could not read this self-assessment answer; the model may read it, to be confirmed. */
  unread?: { turn: TurnArgs; question: Question; text: string; revision: number };
}

async function polish(replies: Reply[], post: PostCommit, msg: Inbound, deps: AppDeps, llm: LlmPolish): Promise<Reply[]> {
  try {
    if (post.qa && replies[post.qa.index]) {
      const text = await llm.phrase(post.qa.question, post.qa.draft);
      return replies.map((r, i) => (i === post.qa!.index ? { ...r, text } : r));
    }
    if (post.unread) {
      const { turn, question, text, revision } = post.unread;
      const value = await llm.readAnswer(question, text);
      if (value === null) return replies;
      const echoed = await deps.db.transaction(async (trx) => {
        await lockForTransaction(trx, 'sender', senderKey(msg));
        return proposeReadValue(trx, deps, turn, revision, value);
      });
      return echoed ? echoed.map((t) => reply(msg, t)) : replies;
    }
  } catch (err) {
    deps.log.warn({ err: String(err), msg: msg.id }, 'llm polish failed; deterministic reply sent');
  }
  return replies;
}

/** In a group: the text after an @-mention or the configured prefix, or null when not addressed. */
function addressedText(msg: Inbound, deps: AppDeps): string | null {
  const raw = msg.text.trim();
  if (raw.startsWith(deps.groupPrefix)) return raw.slice(deps.groupPrefix.length);
  if (msg.mentioned) return raw;
  if (deps.botNames.some((n) => raw.includes(`@${n}`))) return raw;
  return null;
}

async function route(trx: Knex.Transaction, msg: Inbound, text: string, deps: AppDeps, post: PostCommit): Promise<Reply[]> {
  const now = deps.now();
  const key = senderKey(msg);
  const conv = await getConversation(trx, key);
  const actor = await resolveActor(trx, msg);
  const inAssessment = !msg.room && (conv.mode === 'assessment' || conv.mode === 'inspection');
  const intent = classify(text, { inAssessment, lastWasQa: conv.last === 'qa' });

  if (msg.room) return groupRoute(msg, text, intent, conv, deps, post);
  // A re-login changed this contact's id: 「确认」 restores the binding its alias points to.
  if (actor.kind === 'anonymous' && actor.reverify && intent.kind !== 'bind') {
    return reverifyTurn(trx, msg, text, actor.reverify, now, deps.log);
  }

  const out = (t: string | string[]) => (Array.isArray(t) ? t : [t]).map((x) => reply(msg, x));
  const withFiles = (turn: { replies: string[]; files: FileAttachment[] }, head: string[] = []) => [
    ...out([...head, ...turn.replies]),
    ...turn.files.map((file) => ({ to: msg.from.id, file })),
  ];
  const save = (next: Partial<Conversation>) => saveConversation(trx, key, { ...conv, ...next }, now);
  /** One self-assessment turn for a school; the conversation follows whether it stays open. */
  const turn = async (schoolId: number, isStart: boolean, head: string[] = [], found?: OpenAssessment) => {
    const args: TurnArgs = {
      schoolId,
      by: actorName(actor, msg),
      actorKey: actorKeyOf(actor, msg),
      canSubmit: actor.kind === 'operator' || (actor.kind === 'person' && actor.role === 'principal'),
      ownsFacts: actor.kind === 'operator' || (actor.kind === 'person' && actor.role === 'office'),
    };
    const t = await assessmentTurn(trx, deps, { ...args, text, isStart, found });
    await save({ mode: t.open ? 'assessment' : 'idle', schoolId: actor.kind === 'operator' ? schoolId : conv.schoolId, last: 'assessment' });
    if (t.unread) post.unread = { turn: args, ...t.unread };
    return withFiles(t, head);
  };

  const evidenceOut = (list: EvidenceOut[]): Reply[] => list.map((o) => ('file' in o ? { to: msg.from.id, file: o.file } : reply(msg, o.text)));
  // Files waiting after 「归到第N条吗？」: 是/否 answers that first (any other text leaves them waiting).
  const confirmed = await confirmTurn({ trx, deps, actor, conv, save }, text, key);
  if (confirmed) return evidenceOut(confirmed);
  // 「考核 <学校>」, and an inspection's commands and answers (app/inspect-route.ts).
  const inspected = await inspectionRoute(trx, deps, { text, intent, conv, actor, by: actorName(actor, msg), actorKey: actorKeyOf(actor, msg), save });
  if (inspected) return out(inspected);

  switch (intent.kind) {
    case 'evidence':
      return evidenceOut(await evidenceTurn({ trx, deps, actor, conv, save }, text, key));
    case 'bind':
      return bindTurn(trx, msg, text, now, deps.inviteKey);
    case 'help':
      return out(helpText(actor));
    case 'hello':
      return out(APP_TEXT.hello);
    case 'office': {
      if (actor.kind !== 'operator' && !(actor.kind === 'person' && actor.role === 'office')) {
        return out(APP_TEXT.officeOnly);
      }
      const res = await handleOfficeCommand(text, { db: trx, rubric: deps.rubric, now, outDir: deps.outDir, by: actorName(actor, msg) });
      if (!res) break;
      return res.map((r) => ({ ...reply(msg, r.text ?? ''), ...(r.file ? { file: r.file } : {}) }));
    }
    case 'switchSchool':
      if (actor.kind !== 'operator') break;
      return startPick(trx, msg, save);
    case 'assessment': {
      if (actor.kind === 'anonymous') return out(APP_TEXT.notBound);
      if (actor.kind === 'operator') return conv.schoolId == null ? startPick(trx, msg, save) : turn(conv.schoolId, intent.start);
      if (actor.schoolId == null) return out(APP_TEXT.officeNoAssessment);
      return turn(actor.schoolId, intent.start);
    }
    default:
      break;
  }

  if (conv.mode === 'pickSchool') {
    const schools = await listSchools(trx);
    const picked = pickSchool(text, schools.map((s) => s.name));
    if (picked === null) {
      // A rule question while picking is answered; the list stays open.
      const rule = text === '' ? null : deps.ask(text, conv.lastCitation);
      return out(rule?.inScope ? [rule.answer, APP_TEXT.pickSchoolAgain(schools.length)] : APP_TEXT.pickSchoolAgain(schools.length));
    }
    const school = schools[picked]!;
    return turn(school.id, true, [APP_TEXT.schoolPicked(school.name)]);
  }

  // An open self-assessment takes every other text as an answer (rule questions are answered inside).
  if (conv.mode === 'assessment' && actor.kind !== 'anonymous') {
    const schoolId = actor.kind === 'operator' ? conv.schoolId : actor.schoolId;
    const found = schoolId == null ? null : await openAssessment(trx, deps, schoolId);
    if (found) return turn(found.assessment.schoolId, false, [], found);
  }

  if (text === '') return out(APP_TEXT.empty);
  const answer = deps.ask(text, conv.lastCitation);
  await save({ last: 'qa', lastCitation: answer.citations[0]?.id ?? conv.lastCitation });
  if (answer.inScope) post.qa = { index: 0, question: text, draft: answer };
  return out(answer.answer);
}

function groupRoute(msg: Inbound, text: string, intent: Intent, conv: Conversation, deps: AppDeps, post: PostCommit): Reply[] {
  const r = (t: string) => ({ ...reply(msg, t), mention: true });
  if (intent.kind === 'help') return [r(APP_TEXT.helpGroup)];
  if (intent.kind === 'assessment' || intent.kind === 'office' || intent.kind === 'bind' || intent.kind === 'switchSchool' || intent.kind === 'evidence' || intent.kind === 'inspect') {
    return [r(APP_TEXT.privateOnly)];
  }
  const answer = deps.ask(text, conv.lastCitation);
  if (answer.inScope) post.qa = { index: 0, question: text, draft: answer };
  return [r(answer.answer)];
}

async function startPick(
  trx: Knex.Transaction,
  msg: Inbound,
  save: (next: Partial<Conversation>) => Promise<void>,
): Promise<Reply[]> {
  const schools = await listSchools(trx);
  if (schools.length === 0) return [reply(msg, APP_TEXT.noSchools)];
  await save({ mode: 'pickSchool', schoolId: null });
  return [reply(msg, APP_TEXT.pickSchool(schools.map((s) => s.name)))];
}

/** A school by its number in the list or by its exact name. */
export function pickSchool(text: string, names: readonly string[]): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= names.length ? n - 1 : null;
  }
  const i = names.indexOf(t);
  return i >= 0 ? i : null;
}

function helpText(actor: Actor): string {
  const lines: string[] = [APP_TEXT.helpPrivate];
  if (actor.kind === 'operator') lines.push(APP_TEXT.helpOperator, APP_TEXT.helpOffice);
  else if (actor.kind === 'person' && actor.role === 'office') lines.push(APP_TEXT.helpOffice);
  else if (actor.kind === 'person' && actor.role === 'inspector') lines.push(INSPECT_APP_TEXT.help);
  else if (actor.kind === 'anonymous') lines.push(APP_TEXT.notBound);
  return lines.join('\n');
}

/** Who a change is recorded as: a bound person by their name from the invite, never their WeChat nickname. */
function actorName(actor: Actor, msg: Inbound): string {
  return actor.kind === 'person' ? actor.name : msg.from.name;
}

/** Tells people apart in a self-assessment: a person (whatever contact they write from), or the sender. */
function actorKeyOf(actor: Actor, msg: Inbound): string {
  return actor.kind === 'person' ? `person:${actor.personId}` : senderKey(msg);
}

/** The same text again: still a new message if it answers the self-assessment question shown after the first. */
async function answersNewQuestion(trx: Knex.Transaction, msg: Inbound, deps: AppDeps): Promise<boolean> {
  if (msg.room) return false;
  const conv = await getConversation(trx, senderKey(msg));
  if (conv.mode !== 'assessment') return false;
  const actor = await resolveActor(trx, msg);
  const schoolId = actor.kind === 'person' ? actor.schoolId : actor.kind === 'operator' ? conv.schoolId : null;
  if (schoolId == null || actor.kind === 'anonymous') return false;
  return sentAfterShown(trx, deps, schoolId, actorKeyOf(actor, msg), msg.at);
}

function senderKey(msg: Inbound): string {
  return `${msg.channel}:${msg.from.id}`;
}

function reply(msg: Inbound, text: string): Reply {
  return msg.room ? { to: msg.from.id, room: msg.room.id, text } : { to: msg.from.id, text };
}
