/**
 * Hostile and odd input (issue 11 §6, and §7's no-echo rule): programmers' number notations,
 * malformed Chinese numerals, ID and phone numbers typed as counts, counts beyond the database
 * columns, YAML alias bombs, closed pipes, `score -`, unsafe school names and CSV encodings.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { PG_URL, pgSchemas } from './helpers/pg.ts';
import { extractNumbers, parseNumber } from '../src/core/text/numbers.ts';
import { parseAnswer } from '../src/core/assessment/parse.ts';
import { parseRubric } from '../src/core/rubric/load.ts';
import { parseAnswersFile } from '../src/files/answers-file.ts';
import { importSchools, readSchoolsFile } from '../src/files/schools-import.ts';
import { OFFICE_TEXT } from '../src/core/text/office-replies.ts';
import { HIDDEN_INPUT } from '../src/core/text/privacy.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { openDatabase, migrate } from '../src/storage/knex.ts';
import { listSchools } from '../src/storage/index.ts';
import type { Question } from '../src/core/rubric/schema.ts';
import { loadRubric, tempDb } from './office.helpers.ts';
import { makeApp, msg, tempDir, texts } from './helpers/app.ts';

const meetings: Question = { id: 'q-9-meetings', text: '本学期召开专班会议几次？', type: 'count', unit: '次', plausibleMax: 30 };
const students: Question = { id: 'q-0-students', text: '全校现有学生多少人？', type: 'count', unit: '人', plausibleMax: 10000 };
const ID_NUMBER = '110101199003075000';
const PHONE = '13812345678';

describe('odd numbers', () => {
  it.each(['1e309', '1e3', '0x10', '0b11', '0o7', '1.5E2', '一亿亿', '十十', '两两', '三十三十', ID_NUMBER, `${ID_NUMBER.slice(0, 17)}X`])(
    '%s is no number, and no part of it is read as one',
    (text) => {
      expect(parseNumber(text)).toBeNull();
      expect(extractNumbers(`开了${text}次`)).toEqual([]);
    },
  );

  it('still reads the numbers people write', () => {
    const cases: [string, number][] = [['2', 2], ['两千三百', 2300], ['1,800人', 1800], ['2千3百', 2300], ['一亿', 1e8], ['十一', 11], ['两次', 2], ['3h', 3]];
    for (const [text, value] of cases) expect(parseNumber(text), text).toBe(value);
  });

  it('a count answer of 1e3, 0x10 or 一亿亿 is asked again, never stored', () => {
    for (const text of ['1e309', '1e3', '0x10', '0b11', '一亿亿', '十十', '两两']) {
      expect(parseAnswer(meetings, text).ok, text).toBe(false);
    }
  });

  it('an ID or phone number typed as a count is refused without being echoed', () => {
    for (const text of [ID_NUMBER, PHONE, `${PHONE}次`, '138 1234 5678']) {
      const r = parseAnswer(meetings, text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.reprompt).toContain('电话号码或证件号');
        expect(r.reprompt.replace(/\D/g, '')).not.toContain('1234');
      }
    }
  });

  it('3,000,000,000 students is refused (beyond any school, and beyond a 32-bit column)', () => {
    const r = parseAnswer(students, '3000000000');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reprompt).not.toContain('3000000000');
  });
});

describe('rejected input that looks like a phone or ID number is not echoed', () => {
  it('in the office replies', () => {
    for (const t of [OFFICE_TEXT.schoolNotFound(PHONE), OFFICE_TEXT.unknownStage(ID_NUMBER), OFFICE_TEXT.schoolAmbiguous(PHONE, ['甲', '乙'])]) {
      expect(t).not.toContain('12345678');
      expect(t).toContain(HIDDEN_INPUT);
    }
    expect(OFFICE_TEXT.schoolNotFound('实验')).toContain('“实验”');
  });

  it('in a chat reply (and so in the outbox)', async () => {
    const app = await makeApp();
    try {
      const reply = texts(await handleInbound(msg(`学校 ${PHONE}`, { at: app.clock.now() }), app.deps));
      expect(reply).not.toBe('');
      expect(reply).not.toContain(PHONE);
    } finally {
      await app.db.destroy();
    }
  });

  it('in an answers file error', async () => {
    const rubric = await loadRubric();
    const r = parseAnswersFile(`answers:\n  q-2-meetings: "${ID_NUMBER}"\n`, 'a.yaml', rubric);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).not.toContain(ID_NUMBER);
  });
});

describe('YAML alias bombs', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  ].join('\n');

  it('in the rubric file: one clear line, no exception', () => {
    const r = parseRubric(bomb, 'bomb.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/^bomb\.yaml: YAML 别名/);
    }
  });

  it('in an answers file: one clear line, no exception', async () => {
    const r = parseAnswersFile(`${bomb}\nanswers:\n  q-2-group: *i\n`, 'a.yaml', await loadRubric());
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/YAML 别名/) });
  });
});

describe('school import', () => {
  let db: Knex;
  let dir: string;
  beforeEach(async () => {
    ({ db, dir } = await tempDb());
  });
  afterEach(async () => {
    await db.destroy();
  });
  const HEADER = '学校名称,学段,办学性质,学生数,四年级及以上班级数,联系人,排名学段';
  const write = (name: string, data: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const NOW = '2026-09-01T02:00:00.000Z';
  const opts = { skipBad: false, by: 'test', now: NOW };

  it('refuses 3,000,000,000 students with a clear line, and imports nothing', async () => {
    const r = await importSchools(db, write('big.csv', `${HEADER}\n大学校,小学,公办,3000000000,20,,\n`), opts);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(['第 2 行 · 列「学生数」：应在 0–100000 之间（收到 “3000000000”）']);
    expect(await listSchools(db)).toEqual([]);
  });

  it.each([
    ['a line break', '"实验\n小学"'],
    ['a control character', '实验\u0007小学'],
    ['a bidirectional override', '实验\u202E学小'],
    ['a zero-width joiner', '实验\u200D小学'],
  ])('refuses a school name with %s', async (_what, name) => {
    const r = await importSchools(db, write('odd.csv', `${HEADER}\n${name},小学,公办,800,12,,\n`), opts);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toContain('列「学校名称」：不能含换行、控制字符或文字方向控制符');
    expect(r.errors[0]).not.toMatch(/[\u0007\u202E\u200D]/);
    expect(await listSchools(db)).toEqual([]);
  });

  it('a UTF-16 CSV gets a message about its encoding, not 「表头缺少列」', async () => {
    const text = `${HEADER}\n实验小学,小学,公办,800,12,,\n`;
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le')]) {
      const r = await readSchoolsFile(write('u16.csv', bytes));
      expect(r).toMatchObject({ ok: false, error: expect.stringContaining('UTF-16') });
    }
  });

  it('a Big5 CSV gets a message about its encoding, not 「表头缺少列」', async () => {
    const r = await readSchoolsFile(write('big5.csv', big5('學校名稱,學段,辦學性質,學生數,四年級及以上班級數,聯繫人,排名學段\n實驗小學,小學,公辦,800,12,,\n')));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('Big5') });
  });

  it('GBK (Excel in Chinese) is still read', async () => {
    const r = await readSchoolsFile(write('gbk.csv', gbk(`${HEADER}\n实验小学,小学,公办,800,12,,\n`)));
    expect(r.ok).toBe(true);
  });
});

/** Encodes text in a legacy encoding by inverting TextDecoder over its two-byte codes. */
function legacy(encoding: string, text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if ([...c].length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f]))));
}
const big5 = (text: string) => legacy('big5', text);
const gbk = (text: string) => legacy('gbk', text);

describe('cli pipes', { timeout: 120_000 }, () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = tempDir();
  const env = { ...process.env, SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), DATABASE_URL: '' };
  const SCHOOL = '示例县第一初级中学';

  const run = (args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(input);
    });
  /** Runs a command whose reader has gone away before it writes (`cli … | head` after head exits). */
  const closedPipe = (args: string[]): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('`export | head` and `ranking | head` exit quietly; `export | score -` scores the export', async () => {
    const chat = await run(['chat', '--as', '王老师', '--school', SCHOOL], '自评\n是\n是\n2\n');
    expect(chat.stdout).toMatch(/已记录第\d+题：2 次/);

    for (const args of [['export', '--school', SCHOOL], ['ranking']]) {
      const r = await closedPipe(args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }

    const exported = await run(['export', '--school', SCHOOL]);
    expect(exported.code).toBe(0);
    const piped = await run(['score', '--json', '-'], exported.stdout);
    expect(piped.stderr).toBe('');
    const result = JSON.parse(piped.stdout) as { total: number; unanswered: number };
    expect(result.unanswered).toBeLessThan(21);
  });
});

describe.runIf(PG_URL)('PostgreSQL: counts beyond a 32-bit column', () => {
  const pg = pgSchemas('mh_hostile');
  afterAll(() => pg.close());

  it('school import of 3,000,000,000 students gives a clear error, no crash', async () => {
    const { url } = await pg.fresh();
    const db = await openDatabase({ client: 'pg', url });
    try {
      await migrate(db);
      const path = join(tempDir(), 'big.csv');
      writeFileSync(path, '学校名称,学段,办学性质,学生数,四年级及以上班级数,联系人,排名学段\n大学校,小学,公办,3000000000,20,,\n');
      const r = await importSchools(db, path, { skipBad: false, by: 'test', now: '2026-09-01T02:00:00.000Z' });
      expect(r).toMatchObject({ ok: false, errors: ['第 2 行 · 列「学生数」：应在 0–100000 之间（收到 “3000000000”）'] });
    } finally {
      await db.destroy();
    }
  });
});

describe('a rule question with a phone or ID number in it', () => {
  it('does not compute with it, nor echo it', async () => {
    const { createAsk } = await import('../src/qa/ask.ts');
    const ask = await createAsk(await loadRubric());
    for (const q of [`${PHONE}个学生要几个专职心理老师`, `学生${ID_NUMBER}人要几个心理老师`, `原文 ${PHONE}`, `第${PHONE}条讲什么`]) {
      expect(ask(q).answer, q).not.toMatch(/1234|0307/);
    }
    expect(ask('1800个学生要几个专职心理老师').answer).toContain('1800');
  });
});
