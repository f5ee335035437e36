/**
 * What a newcomer trips over, found by walking through the product as a principal, a teacher
 * and a county-office clerk would; each case drives handleInbound (or the inbox) on a fresh database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeApp, msg, texts } from './helpers/app.ts';
import { handleInbound } from '../src/app/handleInbound.ts';
import { parseConfig } from '../src/config.ts';
import { saveConversation } from '../src/storage/conversations.ts';
import { getSchoolByName } from '../src/storage/schools.ts';
import { APP_TEXT } from '../src/core/text/app-replies.ts';
import { OFFICE_TEXT } from '../src/core/text/office-replies.ts';
import type { App } from '../src/build.ts';
import type { Inbound } from '../src/app/types.ts';

type TestApp = Awaited<ReturnType<typeof makeApp>>;
let open: App[] = [];
afterEach(async () => {
  for (const a of open) await a.db.destroy();
  open = [];
});

async function fresh(): Promise<TestApp> {
  const app = await makeApp();
  open.push(app);
  return app;
}

async function say(app: TestApp, text: string, over: Partial<Inbound> = {}): Promise<string> {
  app.clock.advance(1000);
  return texts(await handleInbound(msg(text, { at: app.clock.now(), ...over }), app.deps));
}

/** The operator picks 示例县育才学校 (九年一贯制, ranks in 初中) and is at the facts check. */
async function atFactsCheck(app: TestApp): Promise<void> {
  const list = await say(app, '自评');
  const no = list.split('\n').find((l) => l.includes('示例县育才学校'))!.split('.')[0]!;
  expect(await say(app, no)).toContain('仍然准确吗？');
}

describe('walking through the product', () => {
  it('does not rate-limit the local operator: a piped script of many lines is all answered', async () => {
    const app = await fresh();
    const lines = Array.from({ length: 15 }, () => '心理课多久上一次');
    for (const text of lines) {
      const replies = await app.inbox.handle(msg(text, { at: app.clock.now(), channel: 'cli' }));
      expect(texts(replies)).toContain('第12条');
    }
    // WeChat still is: the 11th message in a minute gets the one warning.
    const wechat = { channel: 'wechat' as const, from: { id: 'wx-teacher', name: '王老师' } };
    const got: string[] = [];
    for (const text of lines.slice(0, 11)) got.push(texts(await app.inbox.handle(msg(text, { at: app.clock.now(), ...wechat }))));
    expect(got[10]).toBe(APP_TEXT.rateLimited);
  });

  it('asks the current question again after an emoji-only message, instead of asking for a rule question', async () => {
    const app = await fresh();
    expect(await say(app, '😀')).toBe(APP_TEXT.empty);
    await atFactsCheck(app);
    await say(app, '是');
    const r = await say(app, '👍👍');
    expect(r).toBe('请回复“是”或“否”（不清楚可回复“不知道”）');
  });

  it('shows the self-assessment commands for 帮助 in the middle, and the general help elsewhere', async () => {
    const app = await fresh();
    await atFactsCheck(app);
    const help = await say(app, '帮助');
    expect(help).toContain('跳过：跳过本题；上一题：回到上一题');
    expect(help).toContain('回复“继续”接着答');
    await say(app, '暂停');
    expect(await say(app, '帮助')).toContain('我是心理健康工作考核助手');
  });

  it('answers 帮助 in a group with the group help, even from someone with an open private self-assessment', async () => {
    const app = await fresh();
    const from = { id: 'wx-principal', name: '陈校长' };
    await saveConversation(app.db, `wechat:${from.id}`, { mode: 'assessment', schoolId: null, last: 'assessment', lastCitation: null }, app.clock.now());
    const r = await say(app, '#心理 帮助', { channel: 'wechat', from, room: { id: 'room-1', topic: '育才学校教师群' } });
    expect(r).toBe(APP_TEXT.helpGroup);
  });

  it('answers a rule question while a school is being picked, and keeps the list open', async () => {
    const app = await fresh();
    await say(app, '自评');
    const r = await say(app, '心理课多久上一次');
    expect(r).toContain('第12条');
    expect(r).toContain('请回复 1–6 之间的序号');
    expect(await say(app, '4')).toContain('已选择：示例县育才学校');
  });

  it('moves a school to its new stage in the ranking when the facts change its stage', async () => {
    const app = await fresh();
    await atFactsCheck(app);
    await say(app, '否');
    expect(await say(app, '高中')).toContain('（基本信息 2/5）');
    for (const text of ['不变', '不变', '不变', '不变']) await say(app, text);
    const school = await getSchoolByName(app.db, '示例县育才学校');
    expect({ stage: school?.stage, rankStage: school?.rankStage }).toEqual({ stage: '高中', rankStage: '高中' });
  });

  it('greets a newcomer who says 你好 with what the assistant can do', async () => {
    const app = await fresh();
    for (const hello of ['你好', '在吗？', 'hi']) expect(await say(app, hello)).toContain('我是心理健康工作考核助手');
  });

  it('keeps the hello to a phone line or two, pointing to 帮助 for the full list', async () => {
    const app = await fresh();
    const reply = await say(app, '你好');
    expect([...reply].length).toBeLessThanOrEqual(80);
    expect(reply).toContain('帮助');
    expect(await say(app, '帮助')).toContain('原文 10');
  });

  it('explains a bad environment variable in Chinese', () => {
    const r = parseConfig({ LOG_LEVEL: 'verbose' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^环境变量 LOG_LEVEL: 无效选项/)]);
  });

  it('tells the office how to ask for one school when 学校 comes without a name', async () => {
    const app = await fresh();
    expect(await say(app, '学校')).toBe(OFFICE_TEXT.schoolUsage);
  });
});

describe('得分 before any self-assessment', () => {
  it('says how to start and starts nothing', async () => {
    const app = await fresh();
    const school = (await getSchoolByName(app.db, '示例县第一中学'))!;
    await saveConversation(app.db, 'console:local-operator', { mode: 'idle', schoolId: school.id, last: null, lastCitation: null }, app.clock.now());
    expect(await say(app, '得分')).toBe(APP_TEXT.notStartedYet('示例县第一中学'));
    expect(await say(app, '进度')).toBe(APP_TEXT.notStartedYet('示例县第一中学'));
    expect(await say(app, '自评')).toContain('开始示例县第一中学');
  });
});
