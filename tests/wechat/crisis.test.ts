/**
 * The crisis reply through a real Wechaty on the mock puppet (issue 10, section 1): in a group the
 * sender is @-mentioned with the short reply, their words never echoed; a private message gets the
 * full reply; and nothing of what they wrote reaches the outbox or any other table.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { mock } from 'wechaty-puppet-mock';
import { startBench, type Bench } from './harness.ts';

let bench: Bench;
let room: mock.RoomMock;
let li: mock.ContactMock;

beforeEach(async () => {
  bench = await startBench();
  li = bench.mocker.createContact({ id: 'li', name: '李老师' });
  room = bench.mocker.createRoom({ id: 'teachers@chatroom', topic: '实验小学教师群', memberIdList: [li.id, bench.me.id] });
});

afterEach(async () => {
  await bench.stop();
  vi.useRealTimers();
});

/** Every row of every table, as text. */
async function dump(): Promise<string> {
  const tables = (await bench.app.db.raw(`select name from sqlite_master where type = 'table'`)) as { name: string }[];
  const rows = await Promise.all(tables.map(async (t) => JSON.stringify(await bench.app.db(t.name).select())));
  return rows.join('\n');
}

describe('a person in crisis, over WeChat', () => {
  it('in a group: the short reply @-mentioning the sender, never their words; nothing of them stored', async () => {
    const out = await bench.say(li, '@心理助手 我真的撑不下去了，不想活了', room, [bench.me]);
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toBe(room.id);
    expect(out[0]!.mentions).toEqual([li.id]);
    expect(out[0]!.text).toContain('12356');
    expect(out[0]!.text).toContain('私聊');
    expect(out[0]!.text).not.toMatch(/撑不下去|不想活/);
    const db = await dump();
    expect(db).toContain('12356'); // the reply went through the outbox…
    expect(db).not.toMatch(/撑不下去|不想活/); // …the words did not
  });

  it('a clear signal in the group is answered even without an @-mention; venting is not', async () => {
    const clear = await bench.say(li, '有个学生站在楼顶不肯下来', room);
    expect(clear).toHaveLength(1);
    expect(clear[0]!.text).toContain('110');
    expect(clear[0]!.mentions).toEqual([li.id]);
    expect(await bench.say(li, '这周活着好累', room)).toEqual([]);
  });

  it('in a private chat: the full reply', async () => {
    const out = await bench.say(li, '我想自殺', bench.me);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain('12356');
    expect(out[0]!.text).toContain('家人');
    expect(await dump()).not.toContain('自殺');
  });
});
