import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postWecomMarkdown } from '../src/channels/wecom-webhook.ts';

interface Received {
  method: string;
  url: string;
  contentType: string;
  body: unknown;
}

let server: Server | null = null;

/** A local stand-in for the WeCom robot: records each request and answers with `reply`. */
async function robot(reply: (n: number) => { status: number; body: string; delayMs?: number }) {
  const received: Received[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: JSON.parse(data),
      });
      const r = reply(received.length);
      setTimeout(() => {
        res.writeHead(r.status, { 'content-type': 'application/json' });
        res.end(r.body);
      }, r.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/cgi-bin/webhook/send?key=test-key`, received };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('postWecomMarkdown', () => {
  it('posts a markdown message and accepts errcode 0', async () => {
    const { url, received } = await robot(() => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' }));
    const text = '**自评提醒**\n> 距考核还有 <font color="warning">7</font> 天';
    const res = await postWecomMarkdown(url, text, { timeoutMs: 2000 });
    expect(res).toEqual({ ok: true });
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe('POST');
    expect(received[0]!.url).toBe('/cgi-bin/webhook/send?key=test-key');
    expect(received[0]!.contentType).toContain('application/json');
    expect(received[0]!.body).toEqual({ msgtype: 'markdown', markdown: { content: text } });
  });

  it('reports a non-zero errcode as a failure', async () => {
    const { url } = await robot(() => ({ status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' }));
    const res = await postWecomMarkdown(url, '测试', { timeoutMs: 2000 });
    expect(res).toEqual({ ok: false, error: 'errcode 93000: invalid webhook url' });
  });

  it('reports an HTTP error and a timeout as failures', async () => {
    const { url } = await robot((n) =>
      n === 1 ? { status: 500, body: 'oops' } : { status: 200, body: '{"errcode":0}', delayMs: 500 },
    );
    expect(await postWecomMarkdown(url, 'a', { timeoutMs: 2000 })).toEqual({ ok: false, error: 'HTTP 500' });
    const slow = await postWecomMarkdown(url, 'b', { timeoutMs: 50 });
    expect(slow.ok).toBe(false);
  });

  it('cuts a message longer than 4096 bytes', async () => {
    const { url, received } = await robot(() => ({ status: 200, body: '{"errcode":0}' }));
    await postWecomMarkdown(url, '心'.repeat(2000), { timeoutMs: 2000 });
    const content = (received[0]!.body as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    expect(content.endsWith('…')).toBe(true);
  });
});
