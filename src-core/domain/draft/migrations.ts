import type { FileProblem } from './problems';

/** The format version this build writes (docs/draft-format.md). */
export const CURRENT_FORMAT_VERSION = 1;

/**
 * The format version of 决算 drafts (`stage: "final"`, docs/final-accounts.md): their income and
 * expense lines have another shape, so the stage arrived with version 2. Budget drafts stay at
 * version 1 (`CURRENT_FORMAT_VERSION`) until their own shape changes.
 */
export const FINAL_FORMAT_VERSION = 2;

/** One step of the migration chain: a pure rewrite of raw JSON from `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Registered migrations, oldest first. Version 1 is the first published format, so the chain is
 * empty today; the next incompatible change adds `{ from: 1, … }` here together with a fixture of
 * a version-1 file in test/fixtures/migrations/.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** Migrations of 决算 drafts; version 2 is their first version, so there are none yet. */
export const FINAL_MIGRATIONS: readonly Migration[] = [];

/**
 * Brings a raw draft object to `target`, step by step. Refuses files from a newer version (they may
 * hold data this build would lose) and versions no migration starts from.
 */
export function migrateRaw(
  raw: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_FORMAT_VERSION,
): { raw: Record<string, unknown>; applied: string[] } | { problem: FileProblem } {
  let version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { problem: { path: 'formatVersion', message: `缺少或无效的格式版本：${JSON.stringify(version ?? null)}` } };
  }
  if (version > target) {
    return {
      problem: {
        path: 'formatVersion',
        message: `此文件由较新版本的软件生成（格式版本 ${version}，本软件支持到 ${target}），请升级软件后再打开，文件未做任何改动`,
      },
    };
  }
  const applied: string[] = [];
  let current = raw;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      return { problem: { path: 'formatVersion', message: `不支持的格式版本 ${version}，无法升级到 ${target}` } };
    }
    current = { ...step.migrate(structuredCloneJson(current)), formatVersion: version + 1 };
    applied.push(step.describe);
    version += 1;
  }
  return { raw: current, applied };
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
