/**
 * The app on a temp SQLite file for a bench, with a clock it moves itself (no real waiting).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function benchApp(prefix: string, env: (dir: string) => Record<string, string> = () => ({})) {
  const { parseConfig } = await import('../src/config.ts');
  const { buildApp } = await import('../src/build.ts');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const config = parseConfig({ SQLITE_FILE: join(dir, 'db.sqlite'), OUT_DIR: join(dir, 'out'), REMINDERS: 'false', ...env(dir) });
  if (!config.ok) throw new Error(config.errors.join('\n'));
  const clock = { at: Date.parse('2026-11-28T02:00:00.000Z') };
  const now = () => new Date(clock.at).toISOString();
  const built = await buildApp(config.config, { info() {}, warn() {}, error() {} }, { now });
  if (!built.ok) throw new Error(built.errors.join('\n'));
  return { dir, clock, now, ...built.value };
}
