/**
 * The WeCom server API used by the app channel: `gettoken` (cached until shortly before it
 * expires, refreshed on 40014 / 42001 and the call retried once), `message/send` (text, image,
 * file), `media/upload` and `media/get` (with a size cap). The host is https://qyapi.weixin.qq.com
 * unless WECOM_API_BASE says otherwise (tests use a local stand-in).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export const DEFAULT_WECOM_API_BASE = 'https://qyapi.weixin.qq.com';
/** The token is renewed this long before WeCom says it expires. */
const TOKEN_MARGIN_MS = 5 * 60_000;
/** errcodes that mean the access token is invalid or expired. */
const TOKEN_ERRORS = new Set([40014, 42001]);

export interface WecomApiOptions {
  base: string;
  corpId: string;
  secret: string;
  agentId: string;
  /** Downloads larger than this are refused (bytes). */
  mediaMaxBytes?: number;
  timeoutMs?: number;
  /** The clock in ms (tests move it). */
  nowMs?: () => number;
}

export class WecomApiError extends Error {
  constructor(
    readonly path: string,
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`WeCom ${path}: errcode ${errcode} ${errmsg}`);
  }
}

interface ApiResult {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

export interface Media {
  bytes: Uint8Array;
  /** From Content-Disposition, when WeCom gives one. */
  name: string | null;
  contentType: string;
}

export interface WecomApi {
  /** A valid access token (cached). */
  token(): Promise<string>;
  sendText(userId: string, text: string): Promise<void>;
  /** Uploads a local file and sends it as an image (png/jpg/gif) or a file. */
  sendFile(userId: string, path: string, name: string): Promise<void>;
  getMedia(mediaId: string): Promise<Media>;
  /** How many times a token was fetched (tests). */
  readonly tokenFetches: number;
}

const IMAGE = /\.(png|jpe?g|gif)$/i;

export function createWecomApi(opts: WecomApiOptions): WecomApi {
  const base = opts.base.replace(/\/+$/, '');
  const nowMs = opts.nowMs ?? Date.now;
  const timeoutMs = opts.timeoutMs ?? 5_000;
  const maxBytes = opts.mediaMaxBytes ?? 20 * 1024 * 1024;
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  let fetches = 0;

  const url = (path: string, query: Record<string, string>) => `${base}/cgi-bin/${path}?${new URLSearchParams(query).toString()}`;

  async function fetchToken(): Promise<string> {
    fetches += 1;
    const res = await fetch(url('gettoken', { corpid: opts.corpId, corpsecret: opts.secret }), { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json()) as ApiResult & { access_token?: string; expires_in?: number };
    if (body.errcode || !body.access_token) throw new WecomApiError('gettoken', body.errcode ?? -1, body.errmsg ?? 'no token');
    const lifeMs = (body.expires_in ?? 7200) * 1000;
    cached = { token: body.access_token, until: nowMs() + Math.max(lifeMs - TOKEN_MARGIN_MS, lifeMs / 2) };
    return body.access_token;
  }

  async function token(): Promise<string> {
    if (cached && nowMs() < cached.until) return cached.token;
    pending ??= fetchToken().finally(() => (pending = null));
    return pending;
  }

  /** Calls `path` with a token; on a token error refreshes it and tries once more. */
  async function withToken<T>(path: string, call: (token: string) => Promise<T | ApiResult>, isError: (r: T | ApiResult) => r is ApiResult): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const t = await token();
      const result = await call(t);
      if (!isError(result)) return result;
      const code = result.errcode ?? -1;
      if (TOKEN_ERRORS.has(code) && attempt === 0) {
        if (cached?.token === t) cached = null;
        continue;
      }
      throw new WecomApiError(path, code, result.errmsg ?? '');
    }
  }

  const isApiError = (r: unknown): r is ApiResult => typeof r === 'object' && r !== null && !(r instanceof Uint8Array) && Boolean((r as ApiResult).errcode);

  async function postJson(path: string, body: unknown, query: Record<string, string> = {}): Promise<ApiResult> {
    return withToken<ApiResult>(
      path,
      async (t) => {
        const res = await fetch(url(path, { access_token: t, ...query }), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return (await res.json()) as ApiResult;
      },
      isApiError,
    );
  }

  async function send(userId: string, payload: Record<string, unknown>): Promise<void> {
    await postJson('message/send', { touser: userId, agentid: Number(opts.agentId), safe: 0, ...payload });
  }

  async function upload(path: string, name: string, type: 'image' | 'file'): Promise<string> {
    const bytes = await readFile(path);
    const result = await withToken<ApiResult>(
      'media/upload',
      async (t) => {
        const form = new FormData();
        form.append('media', new Blob([bytes]), name || basename(path));
        const res = await fetch(url('media/upload', { access_token: t, type }), { method: 'POST', body: form, signal: AbortSignal.timeout(timeoutMs) });
        return (await res.json()) as ApiResult;
      },
      isApiError,
    );
    if (typeof result.media_id !== 'string') throw new WecomApiError('media/upload', -1, 'no media_id');
    return result.media_id;
  }

  async function getMedia(mediaId: string): Promise<Media> {
    return withToken<Media>(
      'media/get',
      async (t) => {
        const res = await fetch(url('media/get', { access_token: t, media_id: mediaId }), { signal: AbortSignal.timeout(timeoutMs) });
        const contentType = res.headers.get('content-type') ?? '';
        const disposition = res.headers.get('content-disposition') ?? '';
        // Errors come back as JSON instead of the bytes (a file has a Content-Disposition).
        if (/json/.test(contentType) || (!disposition && /text\/plain/.test(contentType))) return (await res.json()) as ApiResult;
        const announced = Number(res.headers.get('content-length') ?? '0');
        if (announced > maxBytes) throw new Error(`media too large: ${announced} bytes`);
        const bytes = await readCapped(res, maxBytes);
        const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
        return { bytes, name: name ? safeDecode(name) : null, contentType };
      },
      isApiError,
    );
  }

  return {
    token,
    async sendText(userId, text) {
      await send(userId, { msgtype: 'text', text: { content: text } });
    },
    async sendFile(userId, path, name) {
      const type = IMAGE.test(name || path) ? 'image' : 'file';
      const mediaId = await upload(path, name, type);
      await send(userId, { msgtype: type, [type]: { media_id: mediaId } });
    },
    getMedia,
    get tokenFetches() {
      return fetches;
    },
  };
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Error(`media larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
