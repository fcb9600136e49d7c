export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Minimal argv parsing: `--flag`, `--option value` / `--option=value`, positionals. */
export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`选项 --${name} 不带参数`);
      out.flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`选项 --${name} 需要参数`);
      out.options.set(name, value);
    } else throw new UsageError(`未知选项 ${a}`);
  }
  return out;
}
