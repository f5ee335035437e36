/**
 * Rubric loader: YAML text → validated `Rubric`, or one line per error naming the file, the line
 * (where known), the item (or area / section) and the field. Pure: no I/O.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { RubricFileSchema, type RubricFile, type Rubric, type AnswerType } from './schema.ts';

export type RubricResult = { ok: true; rubric: Rubric } | { ok: false; errors: string[] };

type Path = readonly (string | number)[];

const zhCN = z.locales.zhCN().localeError;

export function parseRubric(text: string, file: string): RubricResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${file}:${pos.line}:${pos.col}: YAML 格式错误：${e.message.split('\n')[0]}`;
      }),
    };
  }
  const raw = expandSafely(doc);
  if (!raw.ok) return { ok: false, errors: [`${file}: ${raw.error}`] };
  const report = reporter(file, doc, lineCounter, raw.value);

  const parsed = RubricFileSchema.safeParse(raw.value, { error: zhCN });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const full = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...path, issue.keys[0]] : path;
        return report(full, issue.message);
      }),
    };
  }
  const data = parsed.data;
  const errors = crossCheck(data).map(([path, message]) => report(path, message));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    rubric: { ...data, version: rubricVersion(data), provisional: data.items.some((i) => i.provisional) },
  };
}

/** `sha256:` + the first 16 hex digits of SHA-256 over the canonical JSON (keys sorted) of the data. */
export function rubricVersion(data: RubricFile): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(data)))).slice(0, 16)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Builds `file:line: item-10 requirements[0].threshold: message`. */
function reporter(file: string, doc: Document, lineCounter: LineCounter, raw: unknown) {
  return (path: Path, message: string): string => {
    const line = lineOf(doc, lineCounter, path);
    return `${file}${line ? `:${line}` : ''}: ${where(raw, path)}: ${message}`;
  };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

const COLLECTIONS = new Set(['items', 'areas', 'sections']);

/** `item-10 requirements[0].threshold`, `area-3 title`, `meta.total`. */
function where(raw: unknown, path: Path): string {
  const [head, index, ...rest] = path;
  if (typeof head === 'string' && COLLECTIONS.has(head) && typeof index === 'number') {
    const entry = (raw as Record<string, unknown[]>)[head]?.[index] as { id?: unknown } | undefined;
    const label = typeof entry?.id === 'string' ? entry.id : `${head}[${index}]`;
    return rest.length > 0 ? `${label} ${fieldPath(rest)}` : label;
  }
  return path.length > 0 ? fieldPath(path) : '（整个文件）';
}

function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const NUMERIC: readonly AnswerType[] = ['count', 'amount', 'hours'];

/** The checks zod cannot express: references, sums, uniqueness. Returns [path, message] pairs. */
function crossCheck(data: RubricFile): [Path, string][] {
  const errors: [Path, string][] = [];
  const add = (path: Path, message: string) => errors.push([path, message]);

  const seen = new Map<string, Set<string>>();
  const unique = (kind: string, id: string, path: Path) => {
    const ids = seen.get(kind) ?? new Set<string>();
    seen.set(kind, ids);
    if (ids.has(id)) add(path, `编号重复：${id}`);
    ids.add(id);
  };
  const halfPoints = (value: number, path: Path) => {
    if (!Number.isInteger(value * 2)) add(path, `分值须为 0.5 的整数倍 (${value})`);
  };

  data.areas.forEach((a, i) => unique('area', a.id, ['areas', i, 'id']));
  data.sections.forEach((s, i) => unique('section', s.id, ['sections', i, 'id']));
  const areaIds = new Set(data.areas.map((a) => a.id));
  const questions = new Map(data.items.flatMap((item) => item.questions.map((q) => [q.id, q] as const)));

  data.items.forEach((item, i) => {
    const at = (...rest: Path): Path => ['items', i, ...rest];
    unique('item', item.id, at('id'));
    if (item.id !== `item-${item.no}`) add(at('no'), `序号 ${item.no} 与编号 ${item.id} 不一致`);
    if (!areaIds.has(item.area)) add(at('area'), `考核项 ${item.area} 不存在`);
    halfPoints(item.points, at('points'));

    item.questions.forEach((q, j) => {
      unique('question', q.id, at('questions', j, 'id'));
      if (q.type === 'choice' && !q.choices?.length) add(at('questions', j, 'choices'), '选择题需列出选项');
      q.choices?.forEach((c, k) => unique(`choice:${q.id}`, c.id, at('questions', j, 'choices', k, 'id')));
    });

    if (item.scoring.method === 'derived') {
      if (item.requirements.length > 0) add(at('requirements'), '综合评定的条目不应另设要求');
      item.scoring.areas.forEach((areaId, k) => {
        if (!areaIds.has(areaId)) add(at('scoring', 'areas', k), `考核项 ${areaId} 不存在`);
        else if (data.items.some((other) => other.area === areaId && other.scoring.method === 'derived'))
          add(at('scoring', 'areas', k), `考核项 ${areaId} 含综合评定的条目，不能用于综合评定`);
      });
      return;
    }

    const sum = item.requirements.reduce((s, r) => s + r.points, 0);
    if (sum !== item.points) add(at('requirements'), `各要求分值合计 ${sum}，与本条分值 ${item.points} 不一致`);

    item.requirements.forEach((r, j) => {
      const req = (field: string): Path => at('requirements', j, field);
      unique('requirement', r.id, at('requirements', j, 'id'));
      halfPoints(r.points, req('points'));
      const q = questions.get(r.question);
      if (!q) add(req('question'), `问题 ${r.question} 不存在`);

      if (r.op === 'atLeast') {
        if ((r.threshold === undefined) === (r.calculator === undefined))
          add(req('threshold'), 'atLeast 要求须有 threshold 或 calculator，且只能有其一');
        if (r.threshold !== undefined && r.threshold < 0) add(req('threshold'), `不能为负数 (${r.threshold})`);
        if (q && !NUMERIC.includes(q.type))
          add(req('question'), `atLeast 要求须对应数量、金额或时长题，${q.id} 是 ${q.type}`);
      } else {
        if (r.threshold !== undefined) add(req('threshold'), '只有 atLeast 要求可设 threshold');
        if (r.calculator !== undefined) add(req('calculator'), '只有 atLeast 要求可设 calculator');
        if (r.partial) add(req('partial'), '只有 atLeast 要求可按比例得分');
      }
      if (r.op === 'yes' && q && q.type !== 'yesno') add(req('question'), `yes 要求须对应是否题，${q.id} 是 ${q.type}`);
      if (r.op === 'oneOf') {
        if (q && q.type !== 'choice') add(req('question'), `oneOf 要求须对应选择题，${q.id} 是 ${q.type}`);
        if (!r.accept?.length) add(req('accept'), 'oneOf 要求须列出可接受的选项');
        r.accept?.forEach((choiceId, k) => {
          if (q?.type === 'choice' && !q.choices?.some((c) => c.id === choiceId))
            add(at('requirements', j, 'accept', k), `选项 ${choiceId} 不在问题 ${q.id} 的选项中`);
        });
      } else if (r.accept !== undefined) add(req('accept'), '只有 oneOf 要求可设 accept');
    });
  });

  unique('question', data.veto.question.id, ['veto', 'question', 'id']);
  if (data.veto.question.type !== 'yesno') add(['veto', 'question', 'type'], '一票否决问题须为是否题 (yesno)');
  if (!data.sections.some((s) => s.id === data.veto.section)) add(['veto', 'section'], `章节 ${data.veto.section} 不存在`);

  const total = data.items.reduce((s, item) => s + item.points, 0);
  if (total !== data.meta.total) add(['meta', 'total'], `各条分值合计 ${total}，与声明的总分 ${data.meta.total} 不一致`);
  return errors;
}

/**
 * YAML aliases (`*a`) expand in place; a handful of nested ones (a "billion laughs" file) expand
 * to billions of nodes. The yaml package stops that with a ReferenceError past `maxAliasCount`;
 * it becomes a one-line refusal here. A rubric needs no aliases, so the limit is low.
 */
export const MAX_YAML_ALIASES = 20;

export function expandSafely(doc: Document): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown };
  } catch {
    return { ok: false, error: `YAML 别名（*名称）展开过多，拒绝读取；请直接写出内容，不要用别名。` };
  }
}
