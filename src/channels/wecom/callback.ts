/**
 * The callback URL of the WeCom self-built app (`/wecom/callback`), as a node:http handler.
 *
 * GET (URL verification, when the admin saves the callback URL): the signature over `echostr`
 * is checked, and the decrypted echostr is the answer.
 *
 * POST (a message or an event), in this order:
 *   1. the body is read up to a limit (over it: 413);
 *   2. `msg_signature` over the <Encrypt> field is checked before anything else (forged: 403);
 *   3. a timestamp farther than 5 minutes from now is refused (403: a replay);
 *   4. the message is decrypted (@wecom/crypto) and parsed;
 *   5. it is stored (`accept`, inbound_pending) — only then the answer: 200 with an empty body,
 *      at once, well within WeCom's 5 s;
 *   6. then it is handled (`afterAnswer` wakes the worker), outside the request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../app/deps.ts';
import { open, signatureOk, type WecomKeys } from './crypto.ts';
import { parseFlatXml } from './xml.ts';

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_CLOCK_SKEW_S = 5 * 60;

export interface CallbackOptions {
  keys: WecomKeys;
  /** Stores a decrypted message durably (resolves once stored). */
  accept(fields: Record<string, string>): Promise<void>;
  /** Called after the 200 has been written. */
  afterAnswer(): void;
  log: Logger;
  /** The clock in seconds (tests move it). */
  nowSec?: () => number;
  maxBodyBytes?: number;
}

class TooLarge extends Error {}

export function wecomCallbackHandler(opts: CallbackOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const nowSec = opts.nowSec ?? (() => Math.floor(Date.now() / 1000));
  const maxBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const end = (res: ServerResponse, status: number, body = ''): void => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
  };
  const fresh = (timestamp: string): boolean => /^\d{1,12}$/.test(timestamp) && Math.abs(nowSec() - Number(timestamp)) <= MAX_CLOCK_SKEW_S;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const signature = query.get('msg_signature') ?? '';
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';

    if (req.method === 'GET') {
      const echostr = query.get('echostr') ?? '';
      if (!signatureOk(opts.keys, signature, timestamp, nonce, echostr)) return end(res, 403, 'forbidden');
      if (!fresh(timestamp)) return end(res, 403, 'forbidden');
      const plain = open(opts.keys, echostr);
      if (plain === null) return end(res, 400, 'bad request');
      opts.log.info({}, 'WeCom callback URL verified');
      return end(res, 200, plain);
    }
    if (req.method !== 'POST') return end(res, 405, 'method not allowed');

    let body: string;
    try {
      body = await readBody(req, maxBytes);
    } catch (err) {
      if (err instanceof TooLarge) {
        opts.log.warn({ limit: maxBytes }, 'WeCom callback refused: body too large');
        req.resume();
        return end(res, 413, 'payload too large');
      }
      throw err;
    }
    const ciphered = parseFlatXml(body)?.Encrypt ?? '';
    if (!ciphered || !signatureOk(opts.keys, signature, timestamp, nonce, ciphered)) {
      opts.log.warn({}, 'WeCom callback refused: bad signature');
      return end(res, 403, 'forbidden');
    }
    if (!fresh(timestamp)) {
      opts.log.warn({ timestamp }, 'WeCom callback refused: timestamp too far from now');
      return end(res, 403, 'forbidden');
    }
    const plain = open(opts.keys, ciphered);
    const fields = plain === null ? null : parseFlatXml(plain);
    if (!fields) return end(res, 400, 'bad request');
    await opts.accept(fields);
    end(res, 200);
    opts.afterAnswer();
  }

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      opts.log.error({ err: String(err) }, 'WeCom callback failed');
      // Not stored: a 500 makes WeCom try again.
      if (!res.headersSent) end(res, 500, 'error');
    });
  };
}

/** The request body as UTF-8, refused (TooLarge) past `maxBytes`, by Content-Length or as it streams. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? '0') > maxBytes) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
