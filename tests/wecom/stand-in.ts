/**
 * A local stand-in for the WeCom server API (node:http on 127.0.0.1:0): gettoken, message/send,
 * media/upload, media/get. It keeps what was sent, can expire the current token (the next call
 * gets 42001), and serves media by id. Plus `wecomClient`, which posts callbacks as WeCom does:
 * the message encrypted with the EncodingAESKey and signed with the Token (real @wecom/crypto).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seal, type WecomKeys } from '../../src/channels/wecom/crypto.ts';
import { buildFlatXml } from '../../src/channels/wecom/xml.ts';

export const CORP_ID = 'ww-test-corp';
export const AGENT_ID = '1000002';
export const SECRET = 'test-secret';

/** A random 43-character EncodingAESKey (base64 of 32 bytes without the '='), as WeCom makes them. */
export function randomAesKey(): string {
  for (;;) {
    const key = randomBytes(32).toString('base64').slice(0, 43);
    if (/^[A-Za-z0-9]{43}$/.test(key)) return key;
  }
}

export function testKeys(): WecomKeys {
  return { corpId: CORP_ID, token: 'tok' + randomBytes(6).toString('hex'), aesKey: randomAesKey() };
}

export interface SentMessage {
  touser: string;
  agentid: number;
  msgtype: string;
  text?: { content: string };
  image?: { media_id: string };
  file?: { media_id: string };
}

export interface StandIn {
  base: string;
  sent: SentMessage[];
  uploads: { type: string; size: number }[];
  tokenRequests: number;
  /** The next call with the current token is answered 42001 (expired). */
  expireToken(): void;
  /** Serves these bytes at media/get?media_id=<id>. */
  media: Map<string, { bytes: Buffer; type: string; name: string }>;
  close(): Promise<void>;
}

export async function startStandIn(): Promise<StandIn> {
  let tokenNo = 0;
  let valid = '';
  const state = { sent: [] as SentMessage[], uploads: [] as { type: string; size: number }[], tokenRequests: 0, media: new Map<string, { bytes: Buffer; type: string; name: string }>() };
  const json = (res: import('node:http').ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (url.pathname === '/cgi-bin/gettoken') {
        state.tokenRequests += 1;
        if (url.searchParams.get('corpid') !== CORP_ID || url.searchParams.get('corpsecret') !== SECRET) return json(res, { errcode: 40001, errmsg: 'invalid credential' });
        valid = `token-${++tokenNo}`;
        return json(res, { errcode: 0, errmsg: 'ok', access_token: valid, expires_in: 7200 });
      }
      if (url.searchParams.get('access_token') !== valid) return json(res, { errcode: 42001, errmsg: 'access_token expired' });
      if (url.pathname === '/cgi-bin/message/send') {
        state.sent.push(JSON.parse(body.toString('utf8')) as SentMessage);
        return json(res, { errcode: 0, errmsg: 'ok', msgid: `m${state.sent.length}` });
      }
      if (url.pathname === '/cgi-bin/media/upload') {
        state.uploads.push({ type: url.searchParams.get('type') ?? '', size: body.length });
        return json(res, { errcode: 0, errmsg: 'ok', type: url.searchParams.get('type'), media_id: `up-${state.uploads.length}`, created_at: '1' });
      }
      if (url.pathname === '/cgi-bin/media/get') {
        const m = state.media.get(url.searchParams.get('media_id') ?? '');
        if (!m) return json(res, { errcode: 40007, errmsg: 'invalid media_id' });
        res.writeHead(200, { 'content-type': m.type, 'content-length': m.bytes.length, 'content-disposition': `attachment; filename="${m.name}"` });
        return res.end(m.bytes);
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    get sent() {
      return state.sent;
    },
    get uploads() {
      return state.uploads;
    },
    get tokenRequests() {
      return state.tokenRequests;
    },
    media: state.media,
    expireToken() {
      valid = 'expired';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CallbackOpts {
  /** Seconds; default now. */
  timestamp?: number;
  /** Replace the signature (a forgery). */
  signature?: string;
}

/** Posts callbacks to `url` as WeCom does (encrypted, signed). */
export function wecomClient(url: string, keys: WecomKeys) {
  let n = 0;
  const query = (signature: string, timestamp: number, nonce: string, extra: Record<string, string> = {}) =>
    `${url}?${new URLSearchParams({ msg_signature: signature, timestamp: String(timestamp), nonce, ...extra }).toString()}`;
  return {
    /** A message or event (the inner XML fields; ToUserName and AgentID are added). */
    async post(fields: Record<string, string | number>, opts: CallbackOpts = {}): Promise<{ status: number; body: string }> {
      const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
      const nonce = `n${++n}`;
      const inner = buildFlatXml({ ToUserName: CORP_ID, ...fields, AgentID: Number(AGENT_ID) });
      const { ciphered, signature } = seal(keys, inner, String(timestamp), nonce);
      const outer = buildFlatXml({ ToUserName: CORP_ID, AgentID: AGENT_ID, Encrypt: ciphered });
      const res = await fetch(query(opts.signature ?? signature, timestamp, nonce), { method: 'POST', body: outer, headers: { 'content-type': 'text/xml' } });
      return { status: res.status, body: await res.text() };
    },
    /** The URL verification WeCom makes when the callback URL is saved. */
    async verify(echo: string, opts: CallbackOpts = {}): Promise<{ status: number; body: string }> {
      const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
      const { ciphered, signature } = seal(keys, echo, String(timestamp), 'vn');
      const res = await fetch(query(opts.signature ?? signature, timestamp, 'vn', { echostr: ciphered }));
      return { status: res.status, body: await res.text() };
    },
    /** A raw body (oversized tests). */
    async raw(body: string): Promise<{ status: number; body: string }> {
      const res = await fetch(query('x', Math.floor(Date.now() / 1000), 'raw'), { method: 'POST', body });
      return { status: res.status, body: await res.text() };
    },
  };
}
