/**
 * The WeCom self-built-app channel end to end (issue 14 §1): callbacks posted as WeCom does
 * (real encryption, random EncodingAESKey) to the real HTTP server, handled by the real app,
 * replies sent through the outbox to a local stand-in of the WeCom API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { wecomBench, textMsg, type WecomBench } from './harness.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_ID, CORP_ID, SECRET } from './stand-in.ts';
import { createWecomApi } from '../../src/channels/wecom/api.ts';
import { enqueueOutbound } from '../../src/storage/outbox.ts';
import { channelSender, createOutboundWorker, routingSender } from '../../src/channels/outbound.ts';
import { silentLogger } from '../../src/app/deps.ts';
import { listInboundPending } from '../../src/storage/inbound-pending.ts';
import { issueInvite } from '../../src/app/bind.ts';
import { getSchoolByName } from '../../src/storage/schools.ts';
import { getPersonByContact, listPeople } from '../../src/storage/people.ts';
import { APP_TEXT } from '../../src/core/text/app-replies.ts';
import type { Inbound } from '../../src/app/types.ts';
import type { Inbox } from '../../src/app/handleInbound.ts';
import { MAX_ATTEMPTS } from '../../src/channels/wecom/index.ts';

const benches: WecomBench[] = [];
async function bench(opts: Parameters<typeof wecomBench>[0] = {}): Promise<WecomBench> {
  const b = await wecomBench(opts);
  benches.push(b);
  return b;
}
afterEach(async () => {
  for (const b of benches.splice(0)) await b.stop(true).catch(() => undefined);
});

const pendingRows = async (b: WecomBench) => b.app.db('inbound_pending').count({ n: '*' }).first().then((r) => Number(r!.n));

describe('WeCom callback: verification and refusals', () => {
  it('URL verification answers the decrypted echostr; a forged signature gets 403', async () => {
    const b = await bench();
    expect(await b.client.verify('echo-1234567890')).toEqual({ status: 200, body: 'echo-1234567890' });
    expect((await b.client.verify('echo-x', { signature: 'f'.repeat(40) })).status).toBe(403);
    expect((await b.client.verify('echo-y', { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(403);
  });

  it('a forged signature gets 403 and nothing is stored, handled or sent', async () => {
    const b = await bench();
    const res = await b.client.post(textMsg('zhangsan', '心理课多久上一次'), { signature: '0'.repeat(40) });
    expect(res.status).toBe(403);
    await b.flush();
    expect(await pendingRows(b)).toBe(0);
    expect(b.channel.handled).toBe(0);
    expect(b.api.sent).toHaveLength(0);
  });

  it('a timestamp more than 5 minutes from now gets 403 (a replay), in the past or the future', async () => {
    const b = await bench();
    const now = Math.floor(Date.now() / 1000);
    expect((await b.client.post(textMsg('zhangsan', '你好'), { timestamp: now - 301 })).status).toBe(403);
    expect((await b.client.post(textMsg('zhangsan', '你好'), { timestamp: now + 600 })).status).toBe(403);
    expect((await b.client.post(textMsg('zhangsan', '你好'), { timestamp: now - 60 })).status).toBe(200);
    await b.flush();
    expect(await pendingRows(b)).toBe(1);
  });

  it('a body over 64 KB gets 413 and nothing is stored', async () => {
    const b = await bench();
    const res = await b.client.raw(`<xml><Encrypt><![CDATA[${'A'.repeat(70 * 1024)}]]></Encrypt></xml>`);
    expect(res.status).toBe(413);
    expect(await pendingRows(b)).toBe(0);
  });
});

describe('WeCom messages', () => {
  it('a text message: 200 with an empty body at once, then the answer arrives at message/send', async () => {
    const b = await bench();
    const res = await b.client.post(textMsg('lisi', '心理课多久上一次'));
    expect(res).toEqual({ status: 200, body: '' });
    await b.flush();
    expect(b.api.sent).toHaveLength(1);
    expect(b.api.sent[0]).toMatchObject({ touser: 'lisi', agentid: 1000002, msgtype: 'text' });
    expect(b.api.sent[0]!.text!.content).toMatch(/课/);
    expect(b.api.sent[0]!.text!.content).toMatch(/发“|发送|回复/); // ends saying what to type next
    const row = await b.app.db('outbox').first();
    expect(row).toMatchObject({ channel: 'wecom', recipient: 'lisi', status: 'sent' });
  });

  it('the same MsgId three times (WeCom retries) is handled once, also after a restart on the same database', async () => {
    const b = await bench();
    const msg = textMsg('wangwu', '心理课多久上一次', '7777');
    for (let i = 0; i < 3; i++) expect((await b.client.post(msg)).status).toBe(200);
    await b.flush();
    expect(b.channel.handled).toBe(1);
    expect(b.textsTo('wangwu')).toHaveLength(1);
    await b.stop();

    // A new process on the same database (same data dir), WeCom retrying once more.
    const again = await bench({ dir: b.app.dir, keys: b.keys, api: b.api });
    expect((await again.client.post(msg)).status).toBe(200);
    await again.flush();
    expect(again.channel.handled).toBe(0);
    expect(b.api.sent.filter((m) => m.touser === 'wangwu')).toHaveLength(1);
  });

  it('a message stored but not handled before a stop is handled at the next start', async () => {
    const b = await bench({ start: false });
    expect((await b.client.post(textMsg('zhaoliu', '心理课多久上一次', '8888'))).status).toBe(200);
    expect(await listInboundPending(b.app.db, 'wecom')).toHaveLength(1);
    await b.stop();
    const again = await bench({ dir: b.app.dir, keys: b.keys, api: b.api });
    await again.flush();
    expect(again.channel.handled).toBe(1);
    expect(again.textsTo('zhaoliu')).toHaveLength(1);
    expect(await listInboundPending(again.app.db, 'wecom')).toHaveLength(0);
    // Once handled, only the id is kept (the text is dropped).
    expect((await again.app.db('inbound_pending').first()).payload).toBe('{}');
  });

  it('the access token is cached, and refreshed once on 42001 with the call retried', async () => {
    const b = await bench();
    await b.client.post(textMsg('u1', '心理课多久上一次'));
    await b.client.post(textMsg('u2', '心理课多久上一次'));
    await b.flush();
    expect(b.api.sent).toHaveLength(2);
    expect(b.api.tokenRequests).toBe(1);
    b.api.expireToken();
    await b.client.post(textMsg('u3', '心理课多久上一次'));
    await b.flush();
    expect(b.textsTo('u3')).toHaveLength(1);
    expect(b.api.tokenRequests).toBe(2);
  });

  it('an image comes to the app as an Inbound file whose bytes come from media/get', async () => {
    const seen: Inbound[] = [];
    const b = await bench({ inbox: { handle: async (m) => (seen.push(m), []) } });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
    b.api.media.set('MEDIA-1', { bytes: jpeg, type: 'image/jpeg', name: 'photo.jpg' });
    const res = await b.client.post({ FromUserName: 'lisi', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'image', PicUrl: 'http://x/p.jpg', MediaId: 'MEDIA-1', MsgId: '9001' });
    expect(res.status).toBe(200);
    await b.flush();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ channel: 'wecom', id: '9001', kind: 'file', from: { id: 'lisi' } });
    expect(Buffer.from(await seen[0]!.file!.read())).toEqual(jpeg);
    // An unknown media id fails as a value the app can answer (a rejected read), not a crash.
    await b.client.post({ FromUserName: 'lisi', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'file', Title: '材料.docx', MediaId: 'NOPE', MsgId: '9002' });
    await b.flush();
    expect(seen[1]!.file!.name).toBe('材料.docx');
    await expect(seen[1]!.file!.read()).rejects.toThrow(/40007/);
  });

  it('media/get refuses a download over the size cap', async () => {
    const b = await bench();
    b.api.media.set('BIG', { bytes: Buffer.alloc(4096, 7), type: 'application/pdf', name: 'big.pdf' });
    const api = createWecomApi({ base: b.api.base, corpId: CORP_ID, secret: SECRET, agentId: AGENT_ID, mediaMaxBytes: 1024 });
    await expect(api.getMedia('BIG')).rejects.toThrow(/too large|larger/);
    const roomy = createWecomApi({ base: b.api.base, corpId: CORP_ID, secret: SECRET, agentId: AGENT_ID, mediaMaxBytes: 8192 });
    expect(await roomy.getMedia('BIG')).toMatchObject({ name: 'big.pdf', contentType: 'application/pdf' });
  });

  it('a file reply is uploaded (media/upload) and sent as an image or a file', async () => {
    const b = await bench();
    const dir = b.app.dir;
    writeFileSync(join(dir, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'export.xlsx'), Buffer.from('PK'));
    await enqueueOutbound(b.app.db, { to: 'office-1', channel: 'wecom', file: { path: join(dir, 'card.png'), name: '得分卡.png' }, notBefore: b.app.clock.now() }, b.app.clock.now());
    await enqueueOutbound(b.app.db, { to: 'office-1', channel: 'wecom', file: { path: join(dir, 'export.xlsx'), name: '汇总.xlsx' }, notBefore: b.app.clock.now() }, b.app.clock.now());
    await b.flush();
    expect(b.api.uploads.map((u) => u.type)).toEqual(['image', 'file']);
    expect(b.api.sent.map((m) => [m.touser, m.msgtype])).toEqual([['office-1', 'image'], ['office-1', 'file']]);
  });

  it('a voice message is kind other and gets the ask-for-text reply', async () => {
    const b = await bench();
    await b.client.post({ FromUserName: 'lisi', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'voice', MediaId: 'V1', Format: 'amr', MsgId: '9101' });
    await b.flush();
    expect(b.textsTo('lisi')).toEqual([APP_TEXT.nonText]);
  });

  it('entering the app (enter_agent) gets a greeting: the help text', async () => {
    const b = await bench();
    await b.client.post({ FromUserName: 'lisi', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'enter_agent', EventKey: '' });
    await b.flush();
    const texts = b.textsTo('lisi');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('我是心理健康工作考核助手');
  });
});

describe('one outbox, two chat channels', () => {
  it('rows written without a channel (as before) go to Wechaty, wecom rows to WeCom; a channel not running fails its row', async () => {
    const b = await bench();
    const now = b.app.clock.now();
    await enqueueOutbound(b.app.db, { to: 'wx-contact', text: '给微信', notBefore: now }, now);
    await enqueueOutbound(b.app.db, { to: 'wecom-user', channel: 'wecom', text: '给企业微信', notBefore: now }, now);
    const viaWechaty: string[] = [];
    const worker = createOutboundWorker({
      db: b.app.db,
      sender: routingSender(b.app.db, channelSender({ wechat: { send: async (m) => void viaWechaty.push(`${m.to}:${m.text}`) }, wecom: b.channel.sender })),
      log: silentLogger,
      now: b.app.clock.now,
      sleep: async (ms) => b.app.clock.advance(ms),
      jitterMs: () => 0,
    });
    expect(await worker.drain()).toBe(2);
    expect(viaWechaty).toEqual(['wx-contact:给微信']);
    expect(b.textsTo('wecom-user')).toEqual(['给企业微信']);

    // WeCom alone: a WeChat row cannot be sent by this process and is marked failed, not sent elsewhere.
    await enqueueOutbound(b.app.db, { to: 'wx-contact', text: '又一条', notBefore: b.app.clock.now() }, b.app.clock.now());
    await b.flush();
    expect(await b.app.db('outbox').where({ recipient: 'wx-contact', text: '又一条' }).first()).toMatchObject({ status: 'failed', last_error: 'no wechat channel to send through' });
  });
});

describe('WeCom identity', () => {
  it('a WeCom userid is not the local operator: it binds with an invite code, no alias, and is then that person', async () => {
    const b = await bench();
    await b.client.post(textMsg('principal-01', '自评'));
    await b.flush();
    expect(b.textsTo('principal-01').at(-1)).toBe(APP_TEXT.notBound);

    const school = await getSchoolByName(b.app.db, '示例县实验小学');
    const { code } = await issueInvite(b.app.db, { role: 'principal', schoolId: school!.id, days: 7, by: 'test' }, b.app.clock.now(), b.app.deps.inviteKey);
    await b.client.post(textMsg('principal-01', `绑定 ${code}`));
    await b.flush();
    expect(b.textsTo('principal-01').at(-1)).toContain('绑定成功：示例县实验小学 · 校长');

    const person = await getPersonByContact(b.app.db, 'wecom', 'principal-01');
    expect(person).toMatchObject({ role: 'principal', schoolId: school!.id });
    const binding = (await listPeople(b.app.db)).flatMap((p) => p.contacts).find((c) => c.contactId === 'principal-01');
    expect(binding).toMatchObject({ channel: 'wecom', alias: null });

    await b.client.post(textMsg('principal-01', '自评'));
    await b.flush();
    expect(b.textsTo('principal-01').at(-1)).not.toBe(APP_TEXT.notBound);
    expect(b.textsTo('principal-01').at(-1)).toMatch(/示例县实验小学|第 ?1 ?题|1\//);
  });
});

describe('/healthz', () => {
  it('answers 200 with the database up and the channel states; 503 when the database is closed', async () => {
    const b = await bench();
    const url = `http://127.0.0.1:${b.http.port}/healthz`;
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, db: 'up', channels: { wecom: 'up' }, version: 't', rubricVersion: b.app.deps.rubric.version });
    await b.app.db.destroy();
    const down = await fetch(url);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false, db: 'down' });
    expect(CORP_ID).toBeTruthy();
  });
});

describe('WeCom: a message whose handling keeps failing', () => {
  it('does not hold up the messages behind it, and is given up after 5 tries with a send-again reply', async () => {
    let real: Inbox | null = null;
    const failing: Inbox = {
      async handle(m) {
        if (m.text === '坏消息') throw new Error('boom');
        return real!.handle(m);
      },
    };
    const b = await bench({ inbox: failing });
    real = b.app.inbox;
    await b.client.post(textMsg('wangwu', '坏消息', 'bad-1'));
    await b.client.post(textMsg('zhaoliu', '心理课多久上一次', 'good-1'));
    await b.flush();
    expect(b.textsTo('zhaoliu')).toHaveLength(1); // handled though an older message failed
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      b.channel.wake();
      await b.flush();
    }
    const row = await b.app.db('inbound_pending').where({ msg_id: 'bad-1' }).first();
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.done_at).not.toBeNull();
    expect(row.payload).toBe('{}');
    expect(b.textsTo('wangwu')).toEqual([APP_TEXT.saveFailed]);
  });
});
