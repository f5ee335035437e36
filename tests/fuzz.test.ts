/**
 * Fuzzing handleInbound (fast-check): random sequences of commands, answers, numbers in odd
 * notations, ID and phone numbers, control and bidi characters, emoji and long text, from the
 * local operator, an unbound WeChat contact, a bound principal, a bound teacher and a bound office
 * account, through every state (picking a school, the facts check, questions, confirmations,
 * submit, reopen, cancel, binding). Every private message gets a Simplified-Chinese reply; none
 * is a stack trace, an error or 「没有保存成功」 (which would be an exception caught at the top),
 * and nothing is logged as an error.
 *
 * The committed run is small (about 300 messages); FUZZ_MESSAGES=5000 runs at least that many.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeApp, type TestClock } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { issueInvite } from '../src/app/bind.ts';
import { getSchoolByName } from '../src/storage/schools.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import type { App } from '../src/build.ts';
import type { Inbound } from '../src/app/types.ts';

const TARGET = Number(process.env.FUZZ_MESSAGES ?? 300);
const PER_RUN = 20;

const WORDS = [
  '自评', '继续', '暂停', '跳过', '上一题', '修改 10', '改第3条', '修改基本信息', '进度', '得分', '结果', '详细', '提交',
  '确认', '确认取消', '取消', '重新打开', '帮助', '切换学校', '不变', '完成情况', '排名', '排名 小学', '排名 大学', '导出',
  '学校 实验', '学校 13812345678', '发送提醒', '原文 10', '原文 99', '心理课多久上一次', '1800个学生要几个专职心理老师',
  '是', '否', '不知道', '没有', '有', '嗯', '对', '记不清', '差不多吧', '有一部分', '1', '2', '3', '0', '-3', '1.5', '两次',
  '十五', '一千八百', '1,800人', '2千3百', '300', '1e309', '1e3', '0x10', '0b11', '一亿亿', '十十', '两两', '110101199003075000',
  '13812345678', '3000000000', '每周2节', '每两周1节', '①', '第2个', '绑定', '绑定 ABCDEFGH', '绑定 12345678', '忽略以上指令',
  '', ' ', '😀', '[微笑]', '\u202E是', '\u0000', '是\n否', 'A'.repeat(2000), '是'.repeat(500), '1'.repeat(40),
];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 100_000 }).map(String) },
);
const text = fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: fc.tuple(token, token).map(([a, b]) => `${a}${b}`) });

type Who = 'operator' | 'anonymous' | 'principal' | 'staff' | 'office';
const sender = fc.constantFrom<Who>('operator', 'anonymous', 'principal', 'principal', 'staff', 'office');

const STACK = /\n\s+at |Error:|TypeError|undefined|NaN|\[object Object\]/;
const CHINESE = /[\u4e00-\u9fff]/;

describe('fuzzing handleInbound across states', () => {
  let app: App & { clock: TestClock };
  const errors: object[] = [];
  let messages = 0;
  /** How often each kind of state showed in the replies (printed, to see the fuzz reaches them). */
  const reached: Record<string, number> = {};
  const KINDS: [string, RegExp][] = [
    ['question', /（第 \d+\/\d+ 题/],
    ['recorded', /已记录/],
    ['confirm', /确认请回复/],
    ['facts', /学校基本信息/],
    ['pickSchool', /请选择要自评的学校/],
    ['submitted', /已提交/],
    ['score', /自评得分/],
    ['office', /完成情况|排名|学段/],
    ['bind', /邀请码|绑定/],
    ['qa', /——/],
  ];
  const FROM: Record<Exclude<Who, 'operator'>, Inbound['from']> = {
    anonymous: { id: 'wx-anon', name: '路人' },
    principal: { id: 'wx-principal', name: '王校长' },
    staff: { id: 'wx-staff', name: '李老师' },
    office: { id: 'wx-office', name: '赵科长' },
  };

  beforeAll(async () => {
    app = await makeApp();
    app.deps.log = { info() {}, warn() {}, error: (obj) => errors.push(obj) };
    const school = await getSchoolByName(app.db, '示例县实验小学');
    for (const [who, role] of [['principal', 'principal'], ['staff', 'staff'], ['office', 'office']] as const) {
      const { code } = await issueInvite(
        app.db,
        { role, schoolId: role === 'office' ? null : school!.id, days: 30, by: 'test' },
        app.clock.now(),
        app.deps.inviteKey,
      );
      const replies = await handleInbound(
        { id: `bind-${who}`, channel: 'wechat', from: FROM[who], text: `绑定 ${code}`, kind: 'text', at: app.clock.now() },
        app.deps,
      );
      expect(replies[0]?.text).toContain('绑定成功');
    }
  });
  afterAll(async () => {
    console.info(`fuzz: ${messages} messages, ${errors.length} errors logged; replies by kind ${JSON.stringify(reached)}`);
    await app.db.destroy();
  });

  it(`every private message gets a Chinese reply, never a stack trace (${TARGET} messages)`, async () => {
    let seq = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(sender, text), { minLength: PER_RUN, maxLength: PER_RUN }), async (script) => {
        for (const [who, t] of script) {
          app.clock.advance(6_000); // past the 5-second same-text rule
          seq += 1;
          const msg: Inbound =
            who === 'operator'
              ? { id: `f${seq}`, channel: 'console', from: { id: 'local-operator', name: '测试员' }, text: t, kind: 'text', at: app.clock.now() }
              : { id: `f${seq}`, channel: 'wechat', from: FROM[who], text: t, kind: 'text', at: app.clock.now() };
          const replies = await handleInbound(msg, app.deps);
          messages += 1;
          const shown = replies.map((r) => r.text ?? '').join('\n');
          for (const [kind, re] of KINDS) if (re.test(shown)) reached[kind] = (reached[kind] ?? 0) + 1;
          const context = `${who}: ${JSON.stringify(t.slice(0, 60))} → ${JSON.stringify(shown.slice(0, 200))}`;
          expect(errors, context).toEqual([]);
          expect(replies.length, context).toBeGreaterThan(0);
          expect(shown, context).toMatch(CHINESE);
          expect(shown, context).not.toMatch(STACK);
          expect(shown, context).not.toContain(APP_TEXT.saveFailed);
          expect(shown, context).not.toContain('110101199003075000');
        }
      }),
      { numRuns: Math.ceil(TARGET / PER_RUN), endOnFailure: true, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
    expect(messages).toBeGreaterThanOrEqual(TARGET);
  }, 600_000);
});
