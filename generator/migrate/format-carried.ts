/**
 * The TypeScript modules of sdkgen's that migrate carried the owners' edits into come out formatted as sdkgen formats
 * its output: re-applying places the owners' lines as they wrote them around sdkgen's code (an owners' chain around
 * sdkgen's shorter request call keeps their line breaks: reapply/request-rewrite.ts), which a later `npm run format`
 * would print otherwise, churning the module.
 *
 * Only where the owners' repository formats with Prettier itself (a Prettier config, a `prettier` key in package.json,
 * or a package.json script that runs it, directly or through the script file it names): there their hunks were
 * Prettier's layout already. Elsewhere their own formatting choices stay as they wrote them.
 *
 * Only sdkgen's modules (those it writes, `generated`) the owners' edits were carried into; never an owners' own file,
 * which stays byte for byte. sdkgen's own text (`generated`, the merge base of later runs) is left as generated. A
 * module the formatter cannot parse stays as re-applied (the parse check of reapply/ reports what is wrong there).
 */
import { formatFiles, type Formatter } from '../format/format';
import type { RepoFile } from './repository/checkout-files';

export interface CarriedFiles {
  writes: Array<{ path: string; contents: string }>;
  reapplied: Array<{ path: string; hunks: number }>;
  generated: Array<{ path: string; contents: string }>;
}

/** TypeScript modules, as the format stage parses them with the typescript parser. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

/** Prettier's config files (at the root, as Prettier finds them for the whole repository). */
const PRETTIER_CONFIG = /^(?:\.prettierrc(?:\.(?:json5?|ya?ml|[cm]?[jt]s|toml))?|prettier\.config\.[cm]?[jt]s)$/;

/** A command running Prettier (`prettier --write`, `./node_modules/.bin/prettier`, `npx prettier`). */
const RUNS_PRETTIER = /(?:^|[\s/'"])prettier(?:\s|$|['"])/m;

/** A script file a package.json script names (`./scripts/format`, `bash scripts/format.sh`). */
const SCRIPT_FILE = /(?:^|\s)(?:\.\/)?((?:[\w.-]+\/)+[\w.-]+)/g;

/** Whether the owners' repository formats its code with Prettier. */
export function formatsWithPrettier(current: readonly RepoFile[]): boolean {
  if (current.some((f) => PRETTIER_CONFIG.test(f.path))) return true;
  const byPath = new Map(current.map((f) => [f.path, f.text]));
  let pkg: { prettier?: unknown; scripts?: Record<string, unknown> };
  try {
    pkg = JSON.parse(byPath.get('package.json') ?? 'null') ?? {};
  } catch {
    return false;
  }
  if (pkg.prettier !== undefined) return true;
  for (const command of Object.values(pkg.scripts ?? {})) {
    if (typeof command !== 'string') continue;
    if (RUNS_PRETTIER.test(command)) return true;
    for (const [, file] of command.matchAll(SCRIPT_FILE)) {
      if (RUNS_PRETTIER.test(byPath.get(file!) ?? '')) return true;
    }
  }
  return false;
}

/**
 * Formats, in `plan.writes`, sdkgen's TypeScript modules the owners' edits were carried into, where the repository
 * formats with Prettier and sdkgen with a formatter. Returns the paths whose text changed.
 */
export async function formatCarriedEdits(
  plan: CarriedFiles,
  current: readonly RepoFile[],
  formatter: Formatter,
): Promise<string[]> {
  if (formatter === 'none' || !formatsWithPrettier(current)) return [];
  const sdkgens = new Set(plan.generated.map((f) => f.path));
  const carried = new Set(plan.reapplied.map((f) => f.path).filter((p) => sdkgens.has(p) && TYPESCRIPT.test(p)));
  const changed: string[] = [];
  for (const write of plan.writes) {
    if (!carried.has(write.path)) continue;
    // One at a time: a module that does not parse fails alone.
    const formatted = await formatFiles([{ path: write.path, contents: write.contents }], {
      formatter,
      usePreformattedList: false,
      onNotice: () => {},
    }).catch(() => null);
    const text = formatted?.[0]?.contents;
    if (text === undefined || text === write.contents) continue;
    write.contents = text;
    changed.push(write.path);
  }
  return changed;
}

/** The formatter a format key (format/format-key.ts, `<formatter>@<version>:<digest>`) was made with; else none. */
export function formatterOfKey(key: string): Formatter {
  const name = /^[a-z]+/.exec(key)?.[0];
  return name === 'oxfmt' || name === 'prettier' ? name : 'none';
}
