/**
 * The key invite codes are hashed with (HMAC-SHA256, see storage/invites.ts). It is kept outside
 * the database, so that a copy of the database (a backup, a leaked file) is not enough to test
 * guesses of the 40-bit codes offline.
 *
 * From the environment (INVITE_SECRET), or a file beside the database (data/secret.key by
 * default): created once with 32 random bytes and mode 0600 (owner read/write only), read at
 * every start. Two processes starting at once both end up with the one file (exclusive create).
 * Deleting the file makes every unused invite code invalid (issue new ones); bindings stay.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type SecretResult = { ok: true; key: Uint8Array } | { ok: false; error: string };

export async function loadSecret(source: { value: string } | { file: string }): Promise<SecretResult> {
  if ('value' in source) return { ok: true, key: new TextEncoder().encode(source.value) };
  const file = source.file;
  try {
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600); // never readable by others
    const text = (await readFile(file, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/.test(text)) return { ok: false, error: `密钥文件 ${file} 内容不对（应为 64 位十六进制）。删除它会重新生成，但未使用的邀请码将失效。` };
    return { ok: true, key: Buffer.from(text, 'hex') };
  } catch (e) {
    return { ok: false, error: `无法读取或创建密钥文件 ${file}（${(e as NodeJS.ErrnoException).code ?? String(e)}）` };
  }
}
