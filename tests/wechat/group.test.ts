/**
 * A school group chat with three teachers, through a real Wechaty on the mock puppet: questions
 * addressed to the bot (@-mention by id, @-name in the text, or the 「#心理」 prefix) are answered
 * in the group with the right citation, @-mentioning the asker; chatter is ignored; private
 * matters are sent to a private chat without any school's data.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileBox } from 'file-box';
import type { mock } from 'wechaty-puppet-mock';
import { startBench, type Bench } from './harness.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import { listSchools } from '../../src/storage/schools.ts';

let bench: Bench;
let room: mock.RoomMock;
let li: mock.ContactMock;
let wang: mock.ContactMock;
let zhang: mock.ContactMock;

beforeEach(async () => {
  bench = await startBench();
  li = bench.mocker.createContact({ id: 'li', name: '李老师' });
  wang = bench.mocker.createContact({ id: 'wang', name: '王老师' });
  zhang = bench.mocker.createContact({ id: 'zhang', name: '张老师' });
  room = bench.mocker.createRoom({
    id: 'teachers@chatroom',
    topic: '实验小学教师群',
    memberIdList: [li.id, wang.id, zhang.id, bench.me.id],
  });
});

afterEach(async () => {
  await bench.stop();
  vi.useRealTimers();
});

describe('group chat with three teachers', () => {
  it('answers an @-mentioned question in the group, citing the right clause and @-mentioning the asker', async () => {
    const out = await bench.say(li, '@心理助手 心理课多久上一次', room, [bench.me]);
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toBe(room.id);
    expect(out[0]!.mentions).toEqual([li.id]);
    expect(out[0]!.text.startsWith('@李老师')).toBe(true);
    expect(out[0]!.text).toContain('每两周不少于1课时');
    expect(out[0]!.text).toContain('第12条');
  });

  it('detects a mention by the text alone (puppets without a mention list) and by the 「#心理」 prefix', async () => {
    const byName = await bench.say(wang, '@心理助手 1800个学生要几个专职心理老师', room);
    expect(byName).toHaveLength(1);
    expect(byName[0]!.text).toContain('不少于2名');
    expect(byName[0]!.text).toContain('第10条');
    expect(byName[0]!.mentions).toEqual([wang.id]);

    const byPrefix = await bench.say(zhang, '#心理 辅导室每周开放多久', room);
    expect(byPrefix).toHaveLength(1);
    expect(byPrefix[0]!.text).toContain('第20条');
    expect(byPrefix[0]!.mentions).toEqual([zhang.id]);
  });

  it('detects a mention by id under a group nickname (mentionSelf)', async () => {
    const out = await bench.say(zhang, '@小助手 心理课多久上一次', room, [bench.me]);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain('第12条');
  });

  it('ignores chatter that does not address the bot, and images in the group', async () => {
    expect(await bench.say(li, '今天下午几点开会？', room)).toEqual([]);
    expect(await bench.say(wang, '心理课多久上一次', room)).toEqual([]);
    expect(await bench.say(zhang, '@李老师 收到', room, [li])).toEqual([]);
    const image = bench.mocker.createContact({ id: 'chen', name: '陈老师' });
    image.say(FileBox.fromQRCode('a picture')).to(room);
    await vi.waitFor(() => expect(bench.channel.received).toBeGreaterThanOrEqual(4));
    await bench.channel.settled();
    expect(await bench.worker.drain()).toBe(0);
    expect(bench.sent).toEqual([]);
  });

  it('redirects a score request and other private commands to a private chat, with no school data', async () => {
    const schools = (await listSchools(bench.app.db)).map((s) => s.name);
    for (const [who, text] of [
      [li, '@心理助手 得分'],
      [wang, '@心理助手 自评'],
      [zhang, '@心理助手 排名'],
      [li, '@心理助手 学校 示例县实验小学'],
      [wang, '@心理助手 绑定 K7QM3XPA'],
    ] as const) {
      const out = await bench.say(who, text, room, [bench.me]);
      expect(out).toHaveLength(1);
      expect(out[0]!.to).toBe(room.id);
      expect(out[0]!.text).toContain(APP_TEXT.privateOnly);
      for (const name of schools) expect(out[0]!.text).not.toContain(name);
    }
  });

  it('cuts a long answer in the group and points to the full text in a private chat', async () => {
    const inGroup = await bench.say(li, '@心理助手 原文 17', room, [bench.me]);
    expect(inGroup).toHaveLength(1);
    expect(inGroup[0]!.text).toMatch(/私聊我发送“原文 17”看全文$/);
    expect([...inGroup[0]!.text].length).toBeLessThanOrEqual(300 + '@李老师 '.length);

    bench.app.clock.advance(10_000);
    const inPrivate = await bench.say(li, '原文 17', bench.me);
    expect(inPrivate).toHaveLength(1);
    expect(inPrivate[0]!.to).toBe(li.id);
    expect(inPrivate[0]!.text).not.toContain('私聊我');
    expect([...inPrivate[0]!.text].length).toBeGreaterThan(300);
  });
});
