/**
 * Wires the rule Q&A: the synonym table from `rubric/synonyms.yaml`, the crisis table from
 * `rubric/crisis.yaml`, jieba, and the index over the loaded rubric. Returns the `ask` port that
 * the app, the CLI and the bench call, and the crisis check the app runs before anything else.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Rubric } from '../core/rubric/schema.ts';
import { buildIndex, type QaIndex } from '../core/qa/index.ts';
import { answerQuestion, type QaAnswer } from '../core/qa/answer.ts';
import { parseSynonyms } from '../core/qa/synonyms.ts';
import { checkInFor, crisisReply, detectCrisis, parseCrisisTable, type CrisisKind, type CrisisPlace, type CrisisTable, type CrisisVerdict } from '../core/qa/crisis.ts';
import { parseGlossary } from '../core/qa/scope.ts';
import { parseQualifications } from '../core/qa/qualify.ts';
import { parseRiskModel, type RiskModel } from '../core/qa/risk.ts';
import { createSegmenter } from './jieba.ts';
import { lazyPinyinForms } from './pinyin.ts';
import { packagePath } from '../files/paths.ts';

export const DEFAULT_SYNONYMS_PATH = packagePath('rubric', 'synonyms.yaml');
export const DEFAULT_GLOSSARY_PATH = packagePath('rubric', 'glossary.yaml');
export const DEFAULT_QUALIFICATIONS_PATH = packagePath('rubric', 'qualifications.yaml');
export const DEFAULT_CRISIS_PATH = packagePath('rubric', 'crisis.yaml');
/** The crisis check's second opinion (core/qa/risk.ts), trained by `npm run crisis:train`. */
export const DEFAULT_RISK_MODEL_PATH = packagePath('rubric', 'crisis-model.json');
/** The silence check's second opinion (core/qa/answer.ts), trained by `npm run silence:train`. */
export const DEFAULT_SILENCE_MODEL_PATH = packagePath('rubric', 'silence-model.json');

export type Ask = (text: string, lastCitation?: string | null) => QaAnswer;

/** The crisis check: what a message shows, and the fixed reply for it (the county's own lines included). */
export interface CrisisCheck {
  detect(text: string): CrisisVerdict;
  reply(kind: CrisisKind, place: CrisisPlace): string;
  resume(mode: 'assessment' | 'pickSchool'): string;
  /** The check-in for a message with warning signs (rubric/crisis.yaml `signs`) that is no crisis by the table; else null. */
  checkIn?(text: string): string | null;
}

export interface QaOptions {
  synonymsPath?: string;
  crisisPath?: string;
  /** The county's own help lines (CRISIS_LINES), shown after 12356. */
  crisisLines?: readonly string[];
}

/**
 * Builds the index, with the crisis table (the pipeline's second stage); a broken table is an
 * error naming the file and the place.
 */
export async function loadQaIndex(
  rubric: Rubric,
  synonymsPath: string = DEFAULT_SYNONYMS_PATH,
  crisis: { path?: string; localLines?: readonly string[] } = {},
): Promise<QaIndex> {
  return (await readQaTables(rubric, synonymsPath, crisis)).build();
}

/**
 * Reads and checks every table of the Q&A (a broken one is an error naming the file and the place)
 * and returns what builds the index from them. The build — the segmenter's dictionary and the
 * rubric segmented, about 300 ms — is left to the caller: createQa does it on the first question,
 * so a process that answers none (帮助, 绑定, the CLI's other commands) never pays for it.
 */
async function readQaTables(
  rubric: Rubric,
  synonymsPath: string = DEFAULT_SYNONYMS_PATH,
  crisis: { path?: string; localLines?: readonly string[] } = {},
): Promise<{ table: CrisisTable; build: () => QaIndex }> {
  const shown = synonymsPath === DEFAULT_SYNONYMS_PATH ? 'rubric/synonyms.yaml' : synonymsPath;
  const parsed = parseSynonyms(await readFile(synonymsPath, 'utf8'), shown);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const glossary = parseGlossary(await readFile(DEFAULT_GLOSSARY_PATH, 'utf8'), 'rubric/glossary.yaml');
  if (!glossary.ok) throw new Error(glossary.errors.join('\n'));
  const qualifications = parseQualifications(await readFile(DEFAULT_QUALIFICATIONS_PATH, 'utf8'), 'rubric/qualifications.yaml');
  if (!qualifications.ok) throw new Error(qualifications.errors.join('\n'));
  const table = loadCrisisTable(crisis.path);
  const domainWords = [
    ...parsed.value.groups.flat(),
    ...rubric.items.flatMap((i) => [...i.keywords, i.title]),
    ...rubric.sections.flatMap((s) => [...s.keywords, s.title]),
  ];
  const build = (): QaIndex => ({
    ...buildIndex(rubric, parsed.value, createSegmenter(domainWords)),
    glossary: glossary.value,
    qualifications: qualifications.value,
    crisis: { table, localLines: crisis.localLines ?? [] },
    silence: modelAt(DEFAULT_SILENCE_MODEL_PATH, 'rubric/silence-model.json'),
  });
  return { table, build };
}

/** The crisis table; a broken one is an error naming the file and the place. */
export function loadCrisisTable(path: string = DEFAULT_CRISIS_PATH): CrisisTable {
  const shown = path === DEFAULT_CRISIS_PATH ? 'rubric/crisis.yaml' : path;
  const parsed = parseCrisisTable(readFileSync(path, 'utf8'), shown);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { ...parsed.value, model: modelAt(DEFAULT_RISK_MODEL_PATH, 'rubric/crisis-model.json'), pinyin: lazyPinyinForms(parsed.value) };
}

/**
 * A model file (crisis, silence), parsed once per process while the file is unchanged: it is
 * read-only data (about 20,000 weights), and every index, app and test that loads the Q&A shares the one copy.
 */
const lastModel = new Map<string, { text: string; value: RiskModel }>();
function modelAt(path: string, shown: string): RiskModel {
  const text = readFileSync(path, 'utf8');
  const last = lastModel.get(path);
  if (last?.text === text) return last.value;
  const model = parseRiskModel(text, shown);
  if (!model.ok) throw new Error(model.errors.join('\n'));
  lastModel.set(path, { text, value: model.value });
  return model.value;
}

/**
 * `answers`: whether the Q&A answers a text from the rubric — a rule question the model alone flags
 * then keeps its answer, with the safety line after it, instead of the check-in.
 */
export function createCrisisCheck(table: CrisisTable, localLines: readonly string[] = [], answers?: (text: string) => boolean): CrisisCheck {
  return {
    detect: (text) => detectCrisis(table, text),
    reply: (kind, place) => crisisReply(table, kind, place, localLines),
    resume: (mode) => (mode === 'assessment' ? table.replies.resumeAssessment : table.replies.resumePick),
    checkIn: (text) => checkInFor(table, text, false, localLines, answers ? () => answers(text) : false),
  };
}

/** The Q&A port and the crisis check, sharing one crisis table. */
// (The index is built on the first question, from tables read and checked here: see readQaTables.)
export async function createQa(rubric: Rubric, opts: QaOptions = {}): Promise<{ ask: Ask; crisis: CrisisCheck }> {
  const { table, build } = await readQaTables(rubric, opts.synonymsPath, { path: opts.crisisPath, localLines: opts.crisisLines ?? [] });
  let built: QaIndex | null = null;
  const index = () => (built ??= build());
  const crisis = createCrisisCheck(table, opts.crisisLines, (text) => answerQuestion(index(), text).inScope);
  return { ask: (text, lastCitation) => answerQuestion(index(), text, lastCitation), crisis };
}

export async function createAsk(rubric: Rubric, synonymsPath?: string): Promise<Ask> {
  return (await createQa(rubric, { synonymsPath })).ask;
}
