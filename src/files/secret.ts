/**
 * The key invite codes are hashed with (HMAC-SHA256, see storage/invites.ts). It is kept outside
 * the database, so that a copy of the database (a backup, a leaked file) is not enough to test
 * guesses of the 40-bit codes offline.
 *
 * From the environment (INVITE_SECRET), or a file beside the database (data/secret.key by
 * default): created once with 32 random bytes and mode 0600 (owner read/write only), read at
 * every start. Deleting the file makes every unused invite code invalid (issue new ones); bindings
 * stay.
 *
 * Two processes starting at once (two instances on one host, the bot and the CLI) both end up with
 * the one key: the key is written whole to a file of its own, then linked to its name, which fails
 * if the name exists. So the name never shows a half-written key. An empty file, which only a
 * crash of an older version between create and write can leave, held no key any invite used: it
 * is replaced.
 */
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type SecretResult = { ok: true; key: Uint8Array } | { ok: false; error: string };

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** A fresh key, written whole beside `file`, then put at `file`: linked (only if absent) or renamed over it. */
async function createKey(file: string, replace: boolean): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (replace) await rename(temp, file);
    else await link(temp, file).catch((e: unknown) => { if (errno(e) !== 'EEXIST') throw e; });
  } finally {
    await unlink(temp).catch(() => {});
  }
}

export async function loadSecret(source: { value: string } | { file: string }): Promise<SecretResult> {
  if ('value' in source) return { ok: true, key: new TextEncoder().encode(source.value) };
  const file = source.file;
  try {
    await mkdir(dirname(file), { recursive: true });
    const exists = await stat(file).then(() => true, (e: unknown) => { if (errno(e) === 'ENOENT') return false; throw e; });
    if (!exists) await createKey(file, false);
    else if ((await readFile(file, 'utf8')).trim() === '') await createKey(file, true);
    if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600); // never readable by others
    const text = (await readFile(file, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/.test(text)) return { ok: false, error: `密钥文件 ${file} 内容不对（应为 64 位十六进制）。删除它会重新生成，但未使用的邀请码将失效。` };
    return { ok: true, key: Buffer.from(text, 'hex') };
  } catch (e) {
    return { ok: false, error: `无法读取或创建密钥文件 ${file}（${errno(e) ?? String(e)}）` };
  }
}
