/** Reads a rubric YAML file and hands it to the pure loader. */
import { readFile } from 'node:fs/promises';
import { parseRubric, type RubricResult } from '../core/rubric/load.ts';
import { packagePath } from './paths.ts';

/** `rubric/rubric.yaml` in the repository, wherever the process was started. */
export const DEFAULT_RUBRIC_PATH = packagePath('rubric', 'rubric.yaml');

/** Errors name the path as given; the default path shows as `rubric/rubric.yaml`. */
export async function readRubricFile(path: string = DEFAULT_RUBRIC_PATH): Promise<RubricResult> {
  const shown = path === DEFAULT_RUBRIC_PATH ? 'rubric/rubric.yaml' : path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${shown}: 无法读取考核细则文件（${fileError(e)}）`] };
  }
  return parseRubric(text, shown);
}

export function fileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EISDIR') return '这是一个文件夹';
  if (code === 'EACCES') return '没有读取权限';
  return code ?? String(e);
}
