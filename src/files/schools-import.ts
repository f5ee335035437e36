/**
 * Importing the county's schools from a CSV or XLSX file (`cli school import <file>`).
 *
 * Columns (first row = header, any order, extra columns ignored):
 *   学校名称 | 学段 | 办学性质 | 学生数 | 四年级及以上班级数 | 联系人 | 排名学段 | 是否寄宿 (optional)
 * - 学段: 小学 / 初中 / 高中 / 九年一贯制 / 完全中学 / 职业学校; 办学性质: 公办 / 民办.
 * - 四年级及以上班级数: for secondary schools, all classes (the rubric's 心理委员 rule).
 * - WHERE A SCHOOL RANKS: rankings go by the four stages 小学 / 初中 / 高中 / 职业学校. A
 *   九年一贯制 school must declare 排名学段 小学 or 初中, a 完全中学 初中 or 高中, and ranks
 *   only there (one school, one ranking: its single self-assessment covers the whole school).
 *   For the other stages 排名学段 may be left empty; if given it must equal 学段.
 * - 联系人 may be empty; 是否寄宿 (是/否) may be left out, the self-assessment then asks it.
 *
 * Files: CSV in UTF-8 (with or without BOM; GB18030/GBK as Excel in Chinese saves it is also
 * read), quoted fields as RFC 4180; or the first worksheet of an .xlsx. A CSV in another
 * encoding (UTF-16 from Excel's 「Unicode 文本」, Big5 from a traditional-Chinese system) is refused
 * with a message about its encoding. Names and contacts with line breaks, control characters or
 * bidirectional overrides are refused: they would break every list and message they appear in. Row numbers in messages
 * are the spreadsheet's (the header is row 1). Any bad row → nothing is imported, unless
 * `skipBad`, which imports the good rows and lists the bad ones. Re-importing updates schools by
 * name, so nothing is duplicated.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { MAX_CLASSES, MAX_STUDENTS, OWNERSHIPS, STAGES, type RankStage } from '../core/rubric/schema.ts';
import type { Db } from '../storage/knex.ts';
import { withTransaction } from '../storage/knex.ts';
import { getSchoolByName, upsertSchoolByName, type SchoolInput } from '../storage/index.ts';
import { shownInput } from '../core/text/privacy.ts';

export const COLUMNS = {
  name: '学校名称',
  stage: '学段',
  ownership: '办学性质',
  students: '学生数',
  classes: '四年级及以上班级数',
  contact: '联系人',
  rankStage: '排名学段',
  boarding: '是否寄宿',
} as const;
const REQUIRED = [COLUMNS.name, COLUMNS.stage, COLUMNS.ownership, COLUMNS.students, COLUMNS.classes, COLUMNS.contact];

/** A sheet as text: the header and the data rows with their spreadsheet row numbers. */
export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export interface ParsedSchool {
  row: number;
  school: SchoolInput & { name: string };
}

export type ReadResult = { ok: true; table: Table } | { ok: false; error: string };

/** Allowed 排名学段 per 学段. */
const RANK_STAGES_FOR: Record<(typeof STAGES)[number], readonly RankStage[]> = {
  小学: ['小学'],
  初中: ['初中'],
  高中: ['高中'],
  职业学校: ['职业学校'],
  九年一贯制: ['小学', '初中'],
  完全中学: ['初中', '高中'],
};

/** A whole number 0–max (commas allowed: 1,800), as a number. */
const count = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/,/g, ''))
    .pipe(z.string().regex(/^\d+$/, '应为非负整数'))
    .transform(Number)
    .pipe(z.number().max(max, `应在 0–${max} 之间`));

/** Control characters (line breaks too), bidirectional controls and invisible joiners. */
const UNSAFE = /[\p{Cc}\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
const UNSAFE_MESSAGE = '不能含换行、控制字符或文字方向控制符';

const RowSchema = z
  .object({
    [COLUMNS.name]: z.string().min(1, '不能为空').max(60, '太长（最多 60 字）').refine((s) => !UNSAFE.test(s), UNSAFE_MESSAGE),
    [COLUMNS.stage]: z.enum(STAGES, { error: `应为 ${STAGES.join('/')}` }),
    [COLUMNS.ownership]: z.enum(OWNERSHIPS, { error: `应为 ${OWNERSHIPS.join('/')}` }),
    [COLUMNS.students]: count(MAX_STUDENTS),
    [COLUMNS.classes]: count(MAX_CLASSES),
    [COLUMNS.contact]: z.string().max(60, '太长（最多 60 字）').refine((s) => !UNSAFE.test(s), UNSAFE_MESSAGE),
    [COLUMNS.rankStage]: z.string(),
    [COLUMNS.boarding]: z.enum(['', '是', '否'], { error: '应为 是/否，或留空' }),
  })
  .superRefine((row, ctx) => {
    const stage = row[COLUMNS.stage];
    const allowed = RANK_STAGES_FOR[stage];
    const given = row[COLUMNS.rankStage];
    if (given === '' && allowed.length > 1) {
      ctx.addIssue({ code: 'custom', path: [COLUMNS.rankStage], message: `${stage}学校必须填写（${allowed.join('/')}）` });
    } else if (given !== '' && !allowed.includes(given as RankStage)) {
      ctx.addIssue({ code: 'custom', path: [COLUMNS.rankStage], message: `${stage}学校应为 ${allowed.join('/')}` });
    }
  });

/** Reads a .csv or .xlsx file into a text table. A missing or unreadable file is a value, not a throw. */
export async function readSchoolsFile(path: string): Promise<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return { ok: false, error: `只支持 .csv 或 .xlsx 文件：${path}` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { ok: false, error: `找不到文件或无法读取：${path}` };
  }
  if (ext === '.csv') {
    const text = decodeCsv(bytes);
    if (!text.ok) return text;
    return { ok: true, table: toTable(parseCsv(text.text).map((cells, i) => ({ row: i + 1, cells }))) };
  }
  const workbook = new (await import('exceljs')).default.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    return { ok: false, error: `不是有效的 .xlsx 文件：${path}` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: `文件里没有工作表：${path}` };
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text);
    rows.push({ row: rowNumber, cells });
  });
  return { ok: true, table: toTable(rows) };
}

const SAVE_AS_UTF8 = '请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后重新导入。';

/**
 * UTF-8 (a BOM is dropped), or GB18030 when the bytes are not valid UTF-8 and hold the header
 * that way. Otherwise a message about the encoding (not 「表头缺少列」, which would send the
 * clerk looking for a missing column): UTF-16, Big5, or unknown.
 */
function decodeCsv(bytes: Buffer): { ok: true; text: string } | { ok: false; error: string } {
  const head = bytes.subarray(0, 2000);
  const nul = head.filter((b) => b === 0).length;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || nul * 10 > head.length) {
    return { ok: false, error: `文件是 UTF-16 编码（Excel 的“Unicode 文本”），读不了。${SAVE_AS_UTF8}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // not UTF-8: GBK / GB18030 as Excel in Chinese saves it, or another encoding
  }
  const gb = new TextDecoder('gb18030').decode(bytes);
  if (REQUIRED.some((c) => gb.includes(c))) return { ok: true, text: gb };
  try {
    const big5 = new TextDecoder('big5', { fatal: true }).decode(bytes);
    if (/學校|學段|學生/.test(big5)) return { ok: false, error: `文件是繁体 Big5 编码，读不了。${SAVE_AS_UTF8}` };
  } catch {
    // not Big5 either
  }
  return { ok: false, error: `读不出表头：文件不是 UTF-8 或 GBK 编码。${SAVE_AS_UTF8}` };
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

function toTable(rows: { row: number; cells: string[] }[]): Table {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...data] = nonEmpty;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows: data };
}

/** One school record by column name (trimmed text; absent columns as ''), validated. */
export function parseSchoolRecord(
  raw: Readonly<Record<string, string>>,
): { ok: true; school: SchoolInput & { name: string } } | { ok: false; error: string } {
  const parsed = RowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const col = String(issue.path[0]);
    const got = (raw[col] ?? '').replace(UNSAFE_ALL, '�');
    return { ok: false, error: `列「${col}」：${issue.message}${got === '' ? '' : `（收到 “${shownInput(got)}”）`}` };
  }
  const v = parsed.data;
  const stage = v[COLUMNS.stage];
  const boarding = v[COLUMNS.boarding];
  return {
    ok: true,
    school: {
      name: v[COLUMNS.name],
      stage,
      rankStage: (v[COLUMNS.rankStage] || RANK_STAGES_FOR[stage][0]) as RankStage,
      ownership: v[COLUMNS.ownership],
      students: v[COLUMNS.students],
      classesFromGrade4: v[COLUMNS.classes],
      contact: v[COLUMNS.contact] || null,
      ...(boarding === '' ? {} : { boarding: boarding === '是' }),
    },
  };
}

/** Validates every row: the good schools and one line per bad row (a missing column is one line). */
export function parseSchoolRows(table: Table): { schools: ParsedSchool[]; errors: string[]; badRows: number } {
  const missing = REQUIRED.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    return { schools: [], errors: [`第 1 行（表头）缺少列：${missing.map((c) => `「${c}」`).join('、')}`], badRows: 0 };
  }
  if (table.rows.length === 0) return { schools: [], errors: ['文件里没有学校数据（表头下没有行）'], badRows: 0 };
  const schools: ParsedSchool[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const raw: Record<string, string> = {};
    for (const col of Object.values(COLUMNS)) {
      const i = table.header.indexOf(col);
      raw[col] = i < 0 ? '' : (cells[i] ?? '').trim();
    }
    const name = raw[COLUMNS.name]!;
    const first = seen.get(name);
    if (name !== '' && first === undefined) seen.set(name, row);
    const parsed = parseSchoolRecord(raw);
    if (!parsed.ok) errors.push(`第 ${row} 行 · ${parsed.error}`);
    else if (first !== undefined) errors.push(`第 ${row} 行 · 列「${COLUMNS.name}」：与第 ${first} 行重复（收到 “${shownInput(name)}”）`);
    else schools.push({ row, school: parsed.school });
  }
  return { schools, errors, badRows: errors.length };
}

export interface ImportReport {
  /** false when nothing was imported because of bad rows (without skipBad) or an unreadable file. */
  ok: boolean;
  created: string[];
  updated: string[];
  /** One line per bad row (or the file's problem). */
  errors: string[];
  /** How many data rows were bad (0 when the file or its header is the problem). */
  badRows: number;
}

/** Reads, validates and upserts by name in one transaction. */
export async function importSchools(
  db: Db,
  path: string,
  opts: { skipBad: boolean; by: string; now: string },
): Promise<ImportReport> {
  const read = await readSchoolsFile(path);
  if (!read.ok) return { ok: false, created: [], updated: [], errors: [read.error], badRows: 0 };
  const { schools, errors, badRows } = parseSchoolRows(read.table);
  if (schools.length === 0 || (errors.length > 0 && !opts.skipBad)) {
    return { ok: false, created: [], updated: [], errors, badRows };
  }
  return withTransaction(db, async (trx) => {
    const created: string[] = [];
    const updated: string[] = [];
    for (const { school } of schools) {
      const existed = (await getSchoolByName(trx, school.name)) !== null;
      await upsertSchoolByName(trx, school, opts.by, opts.now);
      (existed ? updated : created).push(school.name);
    }
    return { ok: true, created, updated, errors, badRows };
  });
}
