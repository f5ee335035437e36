/**
 * Reads an offline answers file (see `answersTemplate`) into a `SemesterInput`:
 *
 *   school: 城南中学            # optional
 *   semester: 2026-2027-1       # optional
 *   facts: { stage: 初中, ownership: 公办, students: 1800, classesFromGrade4: 36, boarding: 否 }
 *   answers: { q-2-meetings: 2, q-2-group: 是, q-12-lessons: 每两周1节, q-20-hours: 不知道 }
 *
 * An empty value means 「未作答」 (the key is dropped); `null`, `~` or 不知道 mean 「不知道」.
 * Any problem gives ONE line naming the file, the line and the key.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { z } from 'zod';
import {
  SchoolFactsSchema,
  type AnswerValue,
  type Question,
  type Rubric,
  type SchoolFacts,
  type SemesterInput,
} from '../core/rubric/schema.ts';
import { fileError } from './rubric-file.ts';
import { shownInput } from '../core/text/privacy.ts';
import { expandSafely } from '../core/rubric/load.ts';

export interface AnswersFile {
  school: string | null;
  semester: string | null;
  input: SemesterInput;
}
export type AnswersResult = { ok: true; value: AnswersFile } | { ok: false; error: string };

const TOP_KEYS = ['school', 'semester', 'facts', 'answers'];
const FACT_KEYS = ['stage', 'rankStage', 'ownership', 'students', 'classesFromGrade4', 'boarding'];
const zhCN = z.locales.zhCN().localeError;

class AnswersError extends Error {}

export async function readAnswersFile(path: string, rubric: Rubric): Promise<AnswersResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, error: `${path}: 无法读取答题文件（${fileError(e)}）` };
  }
  return parseAnswersFile(text, path, rubric);
}

export function parseAnswersFile(text: string, file: string, rubric: Rubric): AnswersResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    return { ok: false, error: `${file}:${pos.line}:${pos.col}: YAML 格式错误：${firstError.message.split('\n')[0]}` };
  }
  const expanded = expandSafely(doc);
  if (!expanded.ok) return { ok: false, error: `${file}: ${expanded.error}` };
  const fail = (node: Node | null | undefined, key: string, message: string): never => {
    const line = node?.range ? `:${lineCounter.linePos(node.range[0]).line}` : '';
    throw new AnswersError(`${file}${line}: ${key}: ${message}`);
  };
  try {
    const root = doc.contents;
    if (!isMap(root)) return fail(root, '（整个文件）', `不是答题文件，应有 ${TOP_KEYS.join('、')} 这几项`);
    const top = entries(root, '', TOP_KEYS, fail);
    return {
      ok: true,
      value: {
        school: textValue(top.get('school'), 'school', fail),
        semester: semester(top.get('semester'), fail),
        input: { facts: facts(top.get('facts'), fail), answers: answers(top.get('answers'), rubric, fail) },
      },
    };
  } catch (e) {
    if (e instanceof AnswersError) return { ok: false, error: e.message };
    throw e;
  }
}

type Fail = (node: Node | null | undefined, key: string, message: string) => never;

/** A mapping's pairs by key; unknown keys (when `known` is given) fail. */
function entries(map: Node, prefix: string, known: string[] | null, fail: Fail): Map<string, Pair<Node, Node | null>> {
  const out = new Map<string, Pair<Node, Node | null>>();
  if (!isMap(map)) return out;
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (known && !known.includes(key)) fail(pair.key, `${prefix}${key}`, `不认识这一项，可填：${known.join('、')}`);
    out.set(key, pair);
  }
  return out;
}

/** A value left empty after the colon. */
const isEmpty = (node: Node | null): boolean => node === null || (isScalar(node) && node.source === '');
const shown = (node: Node | null): string => shownInput(JSON.stringify(node && isScalar(node) ? node.value : node?.toJSON()) ?? '');

function textValue(pair: Pair<Node, Node | null> | undefined, key: string, fail: Fail): string | null {
  if (!pair || isEmpty(pair.value)) return null;
  const v = isScalar(pair.value) ? pair.value.value : undefined;
  if (typeof v !== 'string' && typeof v !== 'number') return fail(pair.value, key, `应填一段文字，收到 ${shown(pair.value)}`);
  return String(v).trim();
}

function semester(pair: Pair<Node, Node | null> | undefined, fail: Fail): string | null {
  const value = textValue(pair, 'semester', fail);
  const m = value === null ? null : /^(\d{4})-(\d{4})-[12]$/.exec(value);
  if (value !== null && (!m || Number(m[2]) !== Number(m[1]) + 1))
    return fail(pair?.value, 'semester', `学期应写成 2026-2027-1 或 2026-2027-2，收到 ${shownInput(JSON.stringify(value))}`);
  return value;
}

const YES = new Set(['是', '有', '对']);
const NO = new Set(['否', '没有', '不是', '无']);

function yesNo(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return YES.has(v.trim()) ? true : NO.has(v.trim()) ? false : undefined;
  return undefined;
}

function facts(pair: Pair<Node, Node | null> | undefined, fail: Fail): SchoolFacts | null {
  if (!pair || isEmpty(pair.value)) return null;
  if (!isMap(pair.value)) return fail(pair.value, 'facts', '应填学校基本信息的各项（stage、students 等）');
  const given = [...entries(pair.value, 'facts.', FACT_KEYS, fail)].filter(([, p]) => !isEmpty(p.value));
  if (given.length === 0) return null;
  const raw: Record<string, unknown> = {};
  for (const [key, p] of given) {
    const v = (p.value as Node).toJSON() as unknown;
    raw[key] = key === 'boarding' ? (yesNo(v) ?? v) : v;
  }
  const at = (key: string) => given.find(([k]) => k === key)?.[1];
  for (const key of FACT_KEYS) {
    if (key !== 'rankStage' && !(key in raw))
      fail(pair.value, `facts.${key}`, '未填写（学校基本信息要么全填，要么全部留空）');
  }
  const parsed = SchoolFactsSchema.safeParse(raw, { error: zhCN });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    return fail(at(key)?.value ?? pair.value, `facts.${key}`, `${issue?.message ?? ''}，收到 ${shownInput(JSON.stringify(raw[key]) ?? '')}`);
  }
  if ((parsed.data.stage === '九年一贯制' || parsed.data.stage === '完全中学') && !parsed.data.rankStage)
    return fail(at('stage')?.value, 'facts.rankStage', `${parsed.data.stage}学校须填写参加排名的学段（小学 / 初中 / 高中 / 职业学校）`);
  return parsed.data;
}

function answers(pair: Pair<Node, Node | null> | undefined, rubric: Rubric, fail: Fail): Record<string, AnswerValue> {
  if (!pair || isEmpty(pair.value)) return {};
  if (!isMap(pair.value)) return fail(pair.value, 'answers', '应是「问题编号: 答案」的列表');
  const questions = new Map<string, Question>(
    [...rubric.items.flatMap((i) => i.questions), rubric.veto.question].map((q) => [q.id, q]),
  );
  const out: Record<string, AnswerValue> = {};
  for (const [id, p] of entries(pair.value, 'answers.', null, fail)) {
    const q = questions.get(id);
    if (!q) fail(p.key, `answers.${id}`, '没有这个问题编号（运行 npm run cli -- template 可列出全部问题）');
    else if (!isEmpty(p.value)) out[id] = answer(q, p.value as Node, fail);
  }
  return out;
}

function answer(q: Question, node: Node, fail: Fail): AnswerValue {
  const v: unknown = isScalar(node) ? node.value : undefined;
  const key = `answers.${q.id}`;
  if (v === null || (typeof v === 'string' && v.trim() === '不知道')) return null;
  const unit = q.unit ? `（${q.unit}）` : '';
  switch (q.type) {
    case 'yesno':
      return yesNo(v) ?? fail(node, key, `应填 是 或 否，收到 ${shown(node)}`);
    case 'count':
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
      return fail(node, key, `应填不小于 0 的整数${unit}，收到 ${shown(node)}`);
    case 'amount':
    case 'hours':
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
      return fail(node, key, `应填不小于 0 的数字${unit}，收到 ${shown(node)}`);
    case 'choice': {
      const s = typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
      const choice = q.choices?.find((c) => c.id === s || c.label === s || c.aliases.includes(s));
      if (choice) return choice.id;
      return fail(node, key, `应填以下之一：${(q.choices ?? []).map((c) => c.label).join(' / ')}，收到 ${shown(node)}`);
    }
  }
}
