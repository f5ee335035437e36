/**
 * The compiled build (`npm run build`): tsc emits dist/, and `node dist/cli.js` / `node dist/main.js`
 * run with plain node, no tsx, finding rubric/ and prompts/ from dist/ and the compiled migrations.
 * Built into a temp folder under the repository (type checking skipped: `npm test` type-checks).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(join(root, 'tmp'), { recursive: true });
const work = mkdtempSync(join(root, 'tmp', 'build-test-'));
const out = join(work, 'dist');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('emits dist/cli.js and dist/main.js that run with plain node', () => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', out, '--no-check'], { cwd: root, stdio: 'pipe' });
    expect(existsSync(join(out, 'main.js'))).toBe(true);
    expect(existsSync(join(out, 'src/storage/knex.js'))).toBe(true);
    expect(existsSync(join(out, 'db/migrations/0001_initial.js'))).toBe(true);

    // From another working directory: the data files are found from the package root, not the cwd.
    const cli = (...args: string[]) => execFileSync(process.execPath, [join(out, 'cli.js'), ...args], { cwd: work, encoding: 'utf8' });
    expect(cli('--version').trim()).toBe(version);
    expect(cli('ask', '心理课多久上一次')).toContain('心理');

    // The service entry: migrations and seed (compiled db/) run, one console message is answered.
    const reply = execFileSync(process.execPath, [join(out, 'main.js')], {
      cwd: work,
      input: '帮助\n',
      encoding: 'utf8',
      env: { ...process.env, SQLITE_FILE: join(work, 'db.sqlite'), OUT_DIR: join(work, 'out'), REMINDERS: 'false', WECHATY_PUPPET: '' },
    });
    expect(reply).toContain('自评');
  }, 120_000); // tsc on a shared 2-core machine
});
