/**
 * Stainless's local CLI (`stlc`, 2026) keeps its inputs in a workspace folder, `stainless/` by convention:
 * `workspace.json` names the spec (`openapi_spec`), the config (`stainless_config`) and where the SDKs are written
 * (`output_path`, one folder per target: `<output_path>/typescript`), each relative to the workspace folder. The
 * owners' hand edits live as commits in the SDK's repository, recorded by `custom-code/<target>/<ts>-custom-code.json`:
 * `base` is stlc's pristine output the edits were made on, `integrated` that output with the edits. Reads only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const WORKSPACE_FOLDER = 'stainless';
export const WORKSPACE_FILE = 'workspace.json';

export interface StlcWorkspace {
  /** The folder holding workspace.json, absolute. */
  dir: string;
  /** The spec and the config it names, absolute; null when it names none. */
  spec: string | null;
  config: string | null;
  /** `output_path`, absolute; null when it names none. */
  output: string | null;
  /** What in workspace.json could not be read, for the report. */
  warnings: string[];
}

export interface CustomCodeRecord {
  /** The tracking file, absolute. */
  file: string;
  target: string;
  /** stlc's output the hand edits were made on, and that output with them (commit ids of the SDK's repository). */
  base: string;
  integrated: string | null;
}

/** The SDK targets whose custom code is this SDK's: TypeScript (`node` in older configs). */
const TYPESCRIPT_TARGETS = ['typescript', 'node'];

/**
 * The workspace `where` names: the folder holding workspace.json, that file, or a folder with `stainless/` in it.
 * Null when there is none.
 */
export function findStlcWorkspace(where: string): StlcWorkspace | null {
  const candidates = where.endsWith(WORKSPACE_FILE)
    ? [path.dirname(where)]
    : [where, path.join(where, WORKSPACE_FOLDER)];
  const dir = candidates.find((d) => existsSync(path.join(d, WORKSPACE_FILE)));
  return dir === undefined ? null : readStlcWorkspace(dir);
}

function readStlcWorkspace(dir: string): StlcWorkspace {
  const file = path.join(dir, WORKSPACE_FILE);
  const warnings: string[] = [];
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      json = parsed as Record<string, unknown>;
    else warnings.push(`${file}: not a JSON object`);
  } catch (error) {
    warnings.push(`${file}: ${(error as Error).message}`);
  }
  const pathOf = (key: string): string | null => {
    const value = json[key];
    if (value === undefined) return null;
    if (typeof value !== 'string' || value === '') {
      warnings.push(`${file}: ${key} is not a path (${JSON.stringify(value)}): ignored`);
      return null;
    }
    return path.resolve(dir, value);
  };
  return {
    dir,
    spec: pathOf('openapi_spec'),
    config: pathOf('stainless_config'),
    output: pathOf('output_path'),
    warnings,
  };
}

/** The folders stlc writes the TypeScript SDK to: `<output_path>/typescript` (or `node`), or `output_path` itself. */
export function sdkFolders(workspace: StlcWorkspace): string[] {
  if (workspace.output === null) return [];
  return [...TYPESCRIPT_TARGETS.map((target) => path.join(workspace.output!, target)), workspace.output].filter(
    (dir) => existsSync(dir) && statSync(dir).isDirectory(),
  );
}

/** The newest custom-code record of the TypeScript SDK (by the time its file name starts with), or null. */
export function latestCustomCode(workspace: StlcWorkspace): CustomCodeRecord | null {
  const records: Array<CustomCodeRecord & { time: number }> = [];
  for (const target of TYPESCRIPT_TARGETS) {
    const dir = path.join(workspace.dir, 'custom-code', target);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const match = /^(.+)-custom-code\.json$/.exec(name);
      if (!match) continue;
      const file = path.join(dir, name);
      try {
        const json = JSON.parse(readFileSync(file, 'utf8')) as { base?: unknown; integrated?: unknown };
        if (typeof json.base !== 'string' || !/^[0-9a-f]{7,64}$/i.test(json.base)) continue;
        const integrated = typeof json.integrated === 'string' ? json.integrated : null;
        records.push({ file, target, base: json.base, integrated, time: fileTime(match[1]) });
      } catch {
        continue; // not a record stlc wrote
      }
    }
  }
  records.sort((a, b) => b.time - a.time || (a.file < b.file ? 1 : -1));
  if (records.length === 0) return null;
  const { time: _time, ...newest } = records[0];
  void _time;
  return newest;
}

/** The time a record's name starts with: milliseconds (`1780592816577`) or an ISO time (`2026-06-03T22-01-05-912Z`). */
function fileTime(stamp: string): number {
  if (/^\d+$/.test(stamp)) return Number(stamp);
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{1,3}))?Z$/.exec(stamp);
  if (!iso) return 0;
  return Date.parse(`${iso[1]}T${iso[2]}:${iso[3]}:${iso[4]}.${(iso[5] ?? '0').padStart(3, '0')}Z`) || 0;
}
