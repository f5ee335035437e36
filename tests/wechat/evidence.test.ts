/**
 * Process evidence over WeChat (wechaty-puppet-mock): a bound teacher's photo (an Image message)
 * and PDF (an Attachment message) arrive through `message.toFileBox()` and are filed under the
 * item of 「资料 N」; an executable dressed as a photo is refused; a photo in a group is ignored;
 * 「看资料 N」 sends the item's files back privately.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileBox } from 'file-box';
import { types, type payloads } from 'wechaty';
import type { mock } from 'wechaty-puppet-mock';
import { startBench, type Bench, type Sent } from './harness.ts';
import { issueInvite } from '../../src/app/bind.ts';
import { getSchoolByName } from '../../src/storage/schools.ts';
import { listEvidence } from '../../src/storage/evidence.ts';
import { exe, pdf, png } from '../helpers/evidence-files.ts';

const SCHOOL = '示例县实验小学';
let b: Bench;
afterEach(async () => {
  await b?.stop();
  vi.useRealTimers();
});

const b64 = (name: string, bytes: Buffer) => FileBox.fromBase64(bytes.toString('base64'), name);

async function settle(before: number): Promise<Sent[]> {
  await vi.waitFor(() => expect(b.channel.received).toBeGreaterThan(before));
  await b.channel.settled();
  const from = b.sent.length;
  await b.worker.drain();
  return b.sent.slice(from);
}

/** An Image message, as the mock makes one from a .jpg/.png FileBox. */
async function photo(from: mock.ContactMock, box: FileBox, to: mock.ContactMock | mock.RoomMock = b.me): Promise<Sent[]> {
  const before = b.channel.received;
  from.say(box).to(to);
  return settle(before);
}

let n = 0;
/** An Attachment message (a document), delivered as the puppet would. */
async function attachment(from: mock.ContactMock, box: FileBox): Promise<Sent[]> {
  const before = b.channel.received;
  const id = `att-${++n}`;
  b.mocker.cacheFileBoxPayload.set(id, box.toJSON());
  b.mocker.MessageMock.create({ id, type: types.Message.Attachment, talkerId: from.id, listenerId: b.me.id, text: '', timestamp: Date.now() } as payloads.Message);
  b.puppet.emit('message', { messageId: id });
  return settle(before);
}

describe('evidence over WeChat', { timeout: 60_000 }, () => {
  it('files a photo and a PDF under item 10, refuses an exe named .jpg, ignores a group photo, sends them back on 看资料', async () => {
    b = await startBench();
    const teacher = b.mocker.createContact({ id: 'wx-teacher', name: '李老师' });
    const school = await getSchoolByName(b.app.db, SCHOOL);
    const { code } = await issueInvite(b.app.db, { role: 'staff', schoolId: school!.id, days: 7, by: 'test' }, b.app.clock.now(), b.app.deps.inviteKey);
    expect((await b.say(teacher, `绑定 ${code}`, b.me))[0]!.text).toContain('绑定成功');

    expect((await b.say(teacher, '资料 10', b.me))[0]!.text).toContain('归入第10条');
    const first = await photo(teacher, b64('聘书.jpg', png(50_000)));
    expect(first.map((s) => s.to)).toEqual([teacher.id, teacher.id]);
    expect(first[0]!.text).toContain('已收到《聘书.png》，归入第10条（配齐配好教师），编号 10-1，本条共 1 份');
    expect(first[1]!.text).toContain('学生姓名');
    const second = await attachment(teacher, b64('教师花名册.pdf', pdf(80_000)));
    expect(second.map((s) => s.text)).toEqual([expect.stringContaining('已收到《教师花名册.pdf》，归入第10条（配齐配好教师），编号 10-2，本条共 2 份')]);
    const bad = await photo(teacher, b64('合照.jpg', exe()));
    expect(bad[0]!.text).toContain('其实是可执行程序（exe）');

    const room = b.mocker.createRoom({ id: 'room-1', topic: '校长群', memberIdList: [teacher.id, b.me.id] });
    expect(await photo(teacher, b64('群里的照片.jpg', png(1000, 9)), room)).toEqual([]);

    const files = await listEvidence(b.app.db, { schoolId: school!.id, semesterId: '2026-2027-1' });
    expect(files.map((f) => [f.itemId, f.seq, f.name, f.ext, f.bytes])).toEqual([
      ['item-10', 1, '聘书.png', 'png', 50_000],
      ['item-10', 2, '教师花名册.pdf', 'pdf', 80_000],
    ]);

    const filesBefore = b.files.length;
    const shown = await b.say(teacher, '看资料 10', b.me);
    expect(shown[0]!.text).toContain('第10条（配齐配好教师）共 2 份');
    expect(b.files.slice(filesBefore)).toEqual([
      [teacher.id, '聘书.png'],
      [teacher.id, '教师花名册.pdf'],
    ]);
  });
});
