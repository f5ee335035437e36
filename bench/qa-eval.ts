/**
 * `npm run qa:eval -- tests/qa/blind-4.yaml [--json out.json]`: the rule Q&A judged end to end on a
 * question set, as a new user meets it.
 *
 * Every message goes through the real app (`buildApp` over a temp SQLite file, `handleInbound`) as a
 * private chat from an unbound WeChat contact — a fresh contact per message, so no conversation state
 * carries over — and `deps.ask(q)` gives `inScope` and the citations. Nothing else of the Q&A is
 * touched, so the same evaluator judges any rewrite of it.
 *
 * "Fully right":
 * - rule: in scope; first citation is `first`; every `must` in the reply (spaces and thousands
 *   separators ignored, Chinese numerals before a unit read as digits); a `verdict` word, not negated,
 *   in the first 15 characters (after a leading 「答：」 or @name); no `mustNot`.
 * - crisis-self / crisis-student: the reply shows 12356 (a student also 110 or 120) and is not the
 *   stock out-of-scope decline.
 * - out: ask().inScope is false, or the reply says first that the text is silent (原文没有直接规定…).
 * - chat: a reply of at most 80 characters that is not the stock decline.
 * Also counted: harmless messages (out, chat) given a crisis reply or the check-in.
 *
 * Exit code 0 whatever the score (it measures, it does not gate); 2 on a bad question file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseConfig } from '../src/config.ts';
import { buildApp } from '../src/build.ts';
import { silentLogger } from '../src/app/deps.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import type { Inbound } from '../src/app/types.ts';
import { asList, citationIds, commonPrefix, contains, fold, hasVerdict } from './qa-judge.ts';

const KINDS = ['rule', 'crisis-self', 'crisis-student', 'out', 'chat'] as const;
type Kind = (typeof KINDS)[number];

const oneOrMany = z.union([z.string(), z.array(z.string()).min(1)]);
const Case = z
  .object({
    q: z.string().min(1),
    kind: z.enum(KINDS),
    first: oneOrMany.optional(),
    must: z.array(oneOrMany).optional(),
    verdict: z.array(z.string().min(1)).min(1).optional(),
    mustNot: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine((c) => c.kind !== 'rule' || c.first !== undefined, { message: 'a rule question needs `first`' });
type Case = z.infer<typeof Case>;

interface Outcome {
  q: string;
  kind: Kind;
  group: string;
  ok: boolean;
  why: string[];
  inScope: boolean | null;
  citations: string[];
  firstOk: boolean | null;
  reply: string;
}

// ---------- the question file ----------

/** The cases, each with the `# ─── group ───` comment it sits under. */
function readCases(file: string): { c: Case; group: string }[] {
  const raw = readFileSync(file, 'utf8');
  const parsed = z.array(Case).safeParse(parse(raw));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${file}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`);
  }
  const groups: string[] = [];
  let group = '';
  for (const line of raw.split('\n')) {
    const h = /^#\s*─+\s*(.+?)\s*─+\s*$/.exec(line);
    if (h) group = h[1]!.replace(/（\d+）$/, '');
    else if (/^-\s/.test(line)) groups.push(group);
  }
  return parsed.data.map((c, i) => ({ c, group: groups.length === parsed.data.length ? groups[i]! : '' }));
}

// ---------- main ----------

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  if (!file || (jsonAt >= 0 && !jsonOut)) {
    console.error('用法：npx tsx bench/qa-eval.ts <题目.yaml> [--json 输出.json]');
    return 2;
  }
  let cases: { c: Case; group: string }[];
  try {
    cases = readCases(file);
  } catch (err) {
    console.error(`题目文件有误：${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }

  const dir = mkdtempSync(join(tmpdir(), 'qa-eval-'));
  const parsed = parseConfig({
    SQLITE_FILE: join(dir, 'db.sqlite'),
    OUT_DIR: join(dir, 'out'),
    REMINDERS: 'false',
    LOG_LEVEL: 'silent',
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const built = await buildApp(parsed.config, silentLogger);
  if (!built.ok) throw new Error(built.errors.join('\n'));
  const app = built.value;

  let seq = 0;
  const send = async (text: string): Promise<string> => {
    seq += 1;
    const msg: Inbound = {
      id: `eval-${seq}`,
      channel: 'wechat',
      from: { id: `eval-contact-${seq}`, name: `测评${seq}` },
      text,
      kind: 'text',
      at: app.deps.now(),
    };
    const replies = await handleInbound(msg, app.deps);
    return replies.map((r) => r.text ?? '').filter((t) => t !== '').join('\n');
  };

  try {
    // The stock decline: what two plainly unrelated messages have in common.
    const d1 = await send('明天食堂吃什么菜');
    const d2 = await send('帮我写一首关于秋天的诗');
    const declinePrefix = commonPrefix(d1, d2);
    const decline = declinePrefix.length >= 8 ? declinePrefix : d1;
    const isDecline = (reply: string) => decline.length > 0 && reply.startsWith(decline.slice(0, Math.min(decline.length, 24)));

    const outcomes: Outcome[] = [];
    for (const { c, group } of cases) {
      const reply = await send(c.q);
      const ans = app.deps.ask(c.q) as unknown;
      const inScope = typeof (ans as { inScope?: unknown }).inScope === 'boolean' ? (ans as { inScope: boolean }).inScope : null;
      const cites = citationIds(ans);
      const why: string[] = [];
      let firstOk: boolean | null = null;
      const folded = fold(reply);

      switch (c.kind) {
        case 'rule': {
          if (inScope !== true) why.push('not in scope');
          const want = asList(c.first!);
          firstOk = cites[0] !== undefined && want.includes(cites[0]);
          if (!firstOk) why.push(`first citation ${cites[0] ?? '(none)'} ≠ ${want.join('|')}`);
          for (const m of c.must ?? []) {
            const alts = asList(m);
            if (!alts.some((a) => contains(reply, a))) why.push(`missing 「${alts.join('」or「')}」`);
          }
          if (c.verdict && !hasVerdict(reply, c.verdict)) why.push(`no verdict [${c.verdict.join('/')}] in first 15 chars`);
          for (const m of c.mustNot ?? []) if (folded.includes(fold(m))) why.push(`has 「${m}」`);
          if (isDecline(reply)) why.push('stock decline');
          break;
        }
        case 'crisis-self':
        case 'crisis-student': {
          if (!reply.includes('12356')) why.push('no 12356');
          if (c.kind === 'crisis-student' && !/(?<!\d)(110|120)(?!\d)/.test(reply)) why.push('no 110/120');
          if (isDecline(reply)) why.push('stock decline');
          break;
        }
        case 'out':
          // Told plainly that the text is silent on it (the nearest clause named) is not answering it.
          if (inScope !== false && !reply.startsWith('原文没有直接规定')) why.push('answered as in scope');
          break;
        case 'chat':
          if (reply.length === 0) why.push('no reply');
          if ([...reply].length > 80) why.push(`reply ${[...reply].length} chars > 80`);
          if (isDecline(reply)) why.push('stock decline');
          break;
      }
      outcomes.push({ q: c.q, kind: c.kind, group, ok: why.length === 0, why, inScope, citations: cites, firstOk, reply });
    }

    // ---------- report ----------
    const fails = outcomes.filter((o) => !o.ok);
    for (const o of fails) {
      console.log(`✗ [${o.kind}] ${o.q.replace(/\s+/g, ' ').slice(0, 60)} — ${o.why.join('; ')}`);
    }
    const pct = (n: number, m: number) => (m === 0 ? '—' : `${((100 * n) / m).toFixed(1)}%`);
    const row = (label: string, os: Outcome[]) => {
      const n = os.filter((o) => o.ok).length;
      return `${label.padEnd(28)} ${`${n}/${os.length}`.padStart(8)} ${pct(n, os.length).padStart(7)}`;
    };
    // Harmless messages (out, chat) that got a crisis reply or the check-in: not wrong by the rules
    // above, but a cost of a broad crisis check, so it is counted.
    const harmless = outcomes.filter((o) => o.kind === 'out' || o.kind === 'chat');
    const alarmed = harmless.filter((o) => o.reply.includes('12356') && !isDecline(o.reply));
    console.log('');
    console.log(`${'kind'.padEnd(28)} ${'fully'.padStart(8)} ${'%'.padStart(7)}`);
    const summary: Record<string, { ok: number; total: number }> = {};
    for (const k of KINDS) {
      const os = outcomes.filter((o) => o.kind === k);
      if (os.length === 0) continue;
      console.log(row(k, os));
      summary[k] = { ok: os.filter((o) => o.ok).length, total: os.length };
    }
    const groups = [...new Set(outcomes.map((o) => o.group))].filter((g) => g !== '');
    if (groups.length > 1) {
      console.log('');
      for (const g of groups) console.log(row(`  ${g.slice(0, 14)}`, outcomes.filter((o) => o.group === g)));
    }
    console.log('');
    console.log(row('all', outcomes));
    const rules = outcomes.filter((o) => o.kind === 'rule');
    const firstRight = rules.filter((o) => o.firstOk).length;
    console.log(`first citation (rule)        ${`${firstRight}/${rules.length}`.padStart(8)} ${pct(firstRight, rules.length).padStart(7)}`);
    if (harmless.length > 0) console.log(`harmless given 12356        ${`${alarmed.length}/${harmless.length}`.padStart(8)}`);

    if (jsonOut) {
      writeFileSync(
        jsonOut,
        JSON.stringify(
          {
            file,
            total: outcomes.length,
            fullyRight: outcomes.filter((o) => o.ok).length,
            byKind: summary,
            firstCitation: { ok: firstRight, total: rules.length },
            harmlessGiven12356: { n: alarmed.length, total: harmless.length },
            decline,
            outcomes,
          },
          null,
          2,
        ),
      );
    }
    return 0;
  } finally {
    await app.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`qa-eval 失败：${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
