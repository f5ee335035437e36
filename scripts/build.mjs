#!/usr/bin/env node
/**
 * `npm run build`: compiles src/ and db/ to dist/ with tsc (tsconfig.build.json), so that
 * `node dist/main.js` and `node dist/cli.js` run without tsx.
 *
 * - Relative imports keep their `.ts` extensions in the sources; tsc rewrites them to `.js`
 *   (rewriteRelativeImportExtensions, TypeScript ≥ 5.7).
 * - The tree keeps its shape (dist/src/…, dist/db/…), because src/ imports db/migrations and
 *   db/seeds. dist/main.js and dist/cli.js are two-line entry points into dist/src/.
 * - Data files (rubric/, prompts/) are NOT copied: src/files/paths.ts finds them from the package
 *   root (the folder holding package.json), from src/ and dist/src/ alike.
 *
 * Plain JavaScript, so it runs wherever node does (the Docker build stage included).
 *   node scripts/build.mjs [--out DIR] [--no-check]
 * --no-check skips type checking (tsc --noCheck); `npm test` type-checks anyway, and the build test
 * uses it to stay quick.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
if (args.includes('--out') && !outArg) {
  process.stderr.write('--out 后面要写上目录\n');
  process.exit(2);
}
const out = outArg ? (isAbsolute(outArg) ? outArg : resolve(process.cwd(), outArg)) : join(root, 'dist');
const check = !args.includes('--no-check');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(out, { recursive: true, force: true });
const run = spawnSync(
  process.execPath,
  [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out, ...(check ? [] : ['--noCheck'])],
  { cwd: root, stdio: 'inherit' },
);
if (run.status !== 0) {
  process.stderr.write(`构建失败（tsc 退出码 ${run.status ?? run.signal}）\n`);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
for (const name of ['main', 'cli']) {
  const file = join(out, `${name}.js`);
  writeFileSync(file, `#!/usr/bin/env node\n// Compiled entry point (npm run build): src/${name}.ts.\nimport './src/${name}.js';\n`);
  chmodSync(file, 0o755);
}
process.stdout.write(`已构建：${out}（node ${join(out, 'main.js')}）\n`);
