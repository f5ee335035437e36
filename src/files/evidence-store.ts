/**
 * Content-addressed storage of evidence files: `<dir>/ab/abcdef…` named by the sha256 of the
 * bytes, so the same file sent twice is stored once. Written to a temp file, fsynced, renamed
 * into place, and the folder fsynced: once `put` resolves the file survives a crash, and only
 * then may a database row point to it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface BlobStore {
  /** Stores the bytes (once); resolves with their sha256 only after they are safely on disk. */
  put(bytes: Uint8Array): Promise<string>;
  /** Where the file with this sha256 is. */
  path(sha256: string): string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fileStore(dir: string): BlobStore {
  const path = (sha: string) => join(dir, sha.slice(0, 2), sha);
  return {
    path,
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const final = path(sha);
      const existing = await stat(final).catch(() => null);
      if (existing?.size === bytes.byteLength) return sha;
      await mkdir(dirname(final), { recursive: true });
      const tmp = `${final}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        const fh = await open(tmp, 'wx', 0o640);
        try {
          await fh.writeFile(bytes);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await rename(tmp, final);
      } catch (err) {
        await unlink(tmp).catch(() => undefined);
        throw err;
      }
      await syncDir(dirname(final));
      return sha;
    },
  };
}

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  } finally {
    await fh.close();
  }
}

/** A disk error in words for the uploader. */
export function diskErrorKind(err: unknown): 'full' | 'other' {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'full' : 'other';
}
