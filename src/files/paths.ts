/**
 * Where the data that ships with the code lives (rubric/, prompts/, package.json): the package
 * root, i.e. the nearest folder above this module that holds package.json. That is the same folder
 * whether this module runs from src/files/ under tsx or from dist/src/files/ in the compiled build
 * (`npm run build`), so no data path depends on how deep the running module sits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${from}`);
    dir = up;
  }
}

/** The package root (absolute path). */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** An absolute path inside the package, e.g. `packagePath('rubric', 'rubric.yaml')`. */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);

/** The `version` of package.json (for `--version`). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
