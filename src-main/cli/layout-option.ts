import { formatProblems } from '../../src-core/domain/draft/problems';
import { parseLayoutText } from '../../src-core/domain/layout/read-layout';
import { DEFAULT_LAYOUT, type Resources } from '../../src-core/domain/resources';
import { err, ok, type Result } from '../../src-core/domain/result';
import { RULES } from '../../src-core/domain/rules/registry';

export interface LayoutChoice {
  /** The resources, with the layout of a file added to the shipped ones. */
  resources: Resources;
  layoutId: string;
}

export interface LayoutProblem {
  message: string;
  /** 1: a layout file that cannot be read or is rejected; 2: usage (an unknown id). */
  exitCode: 1 | 2;
}

/**
 * `--layout <id or file>`: a shipped layout by id (`national` when absent), or a layout file — a
 * value ending in `.json` or holding a path separator — read, checked like the shipped ones
 * (docs/layouts.md “Checks”) and added to the resources for this run.
 */
export function resolveLayoutOption(
  value: string | undefined,
  resources: Resources,
  readFile: (path: string) => string,
): Result<LayoutChoice, LayoutProblem> {
  const id = value ?? DEFAULT_LAYOUT;
  if (resources.layouts.has(id)) return ok({ resources, layoutId: id });
  if (!/\.json$/i.test(id) && !/[/\\]/.test(id)) {
    return err({
      message: `未知的版式“${id}”（可用：${[...resources.layouts.keys()].join('、')}；也可以给出版式文件的路径，如 ./本地版式.json）`,
      exitCode: 2,
    });
  }
  let text: string;
  try {
    text = readFile(id);
  } catch (e) {
    return err({ message: `无法读取版式文件“${id}”：${e instanceof Error ? e.message : String(e)}`, exitCode: 1 });
  }
  const read = parseLayoutText(text, { ruleIds: RULES.map((r) => r.id) });
  if (!read.ok) {
    return err({
      message: `版式文件“${id}”有误，共 ${read.error.length} 处问题：\n${formatProblems(read.error)}`,
      exitCode: 1,
    });
  }
  const layout = read.value;
  if (resources.layouts.has(layout.id)) {
    return err({
      message: `版式文件“${id}”的版式标识“${layout.id}”与内置版式重复，请在文件中改用另一个 id`,
      exitCode: 1,
    });
  }
  const layouts = new Map(resources.layouts);
  layouts.set(layout.id, layout);
  return ok({ resources: { ...resources, layouts }, layoutId: layout.id });
}
