/**
 * WeCom (企业微信) 群机器人: a room configured with a webhook URL gets its notices posted there
 * as markdown. A webhook carries no ban risk, unlike a personal WeChat account.
 * The robot answers HTTP 200 with `{ errcode, errmsg }`; only `errcode === 0` is a success.
 */

export type WebhookResult = { ok: true } | { ok: false; error: string };

/** WeCom limits one markdown message to 4096 bytes of UTF-8. */
const MAX_BYTES = 4096;

export async function postWecomMarkdown(
  url: string,
  markdown: string,
  opts: { timeoutMs: number } = { timeoutMs: 10_000 },
): Promise<WebhookResult> {
  const content = truncateUtf8(markdown, MAX_BYTES);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    const body = (await res.json().catch(() => null)) as { errcode?: unknown; errmsg?: unknown } | null;
    if (body?.errcode === 0) return { ok: true };
    return { ok: false, error: `errcode ${String(body?.errcode)}: ${String(body?.errmsg ?? '')}` };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > maxBytes - 3) break;
    out += ch;
    bytes += n;
  }
  return `${out}…`;
}
