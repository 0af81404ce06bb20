/**
 * The repository's api.md files as Stainless wrote them, for writing the config it was generated with: a line the
 * owners added by hand (a method or type they wrote themselves, listed beside Stainless's) names nothing Stainless's
 * config had. Made into a model or method of the written config, sdkgen would generate it and the owners' own code
 * would be carried over beside it, twice (together-typescript's `files.upload` and chat message types). A line of
 * Stainless's they changed or took out is Stainless's again.
 */
import { diffLines } from '../../diff/unified-diff';
import type { GenerationChanges } from '../repository/generations';
import type { StainlessBase } from '../repository/stainless-repo';
import type { RepoFile } from '../repository/checkout-files';

/** An api.md file: the root one, and those a resource has of its own (`src/resources/webhooks/api.md`). */
const API_MD = /(?:^|\/)api\.md$/;

/**
 * `files` with each api.md the base has as the base has it, but for what Stainless's later generations changed in
 * it (`generations`: the lines they added stay, those they removed stay out; lines compared without indentation).
 * Without a base, the files as they are.
 */
export function withStainlessApiMd(
  files: RepoFile[],
  base: Pick<StainlessBase, 'texts'> | null,
  generations: GenerationChanges | undefined,
): RepoFile[] {
  if (base === null) return files;
  const pages = pageClasses(files);
  return files.map((file) => {
    const theirs = base.texts.get(file.path);
    if (!API_MD.test(file.path) || file.text === null || theirs === undefined || theirs === file.text) return file;
    const changes = generations?.get(file.path);
    const ops = diffLines(theirs.split('\n'), file.text.split('\n'));
    // A method of Stainless's the owners made return a page class of the pagination module (one they wrote by hand:
    // hetzner's `servers.list -> ServersServersPage`) is paginated in the config: their line stands for Stainless's.
    const paged = new Set(
      ops
        .filter((op) => op.kind === '+')
        .flatMap((op) => {
          const method = METHOD_LINE.exec(op.text);
          return method && pages.some((page) => method[2].endsWith(page)) ? [method[1]] : [];
        }),
    );
    const changed = new Set(
      ops
        .filter((op) => op.kind === '-')
        .flatMap((op) => METHOD_LINE.exec(op.text)?.[1] ?? [])
        .filter((t) => paged.has(t)),
    );
    const kept = ops.filter((op) => {
      const line = op.text.trim();
      if (op.kind === ' ' || line === '') return true;
      const title = METHOD_LINE.exec(op.text)?.[1];
      if (title !== undefined && changed.has(title)) return op.kind === '+';
      // The base's line stays unless a generation removed it; a line since added, only if a generation added it.
      return op.kind === '-' ? !changes?.removed.has(line) : (changes?.added.has(line) ?? false);
    });
    return { ...file, text: kept.map((op) => op.text).join('\n') };
  });
}

/** A method line of api.md: its endpoint (`get /servers`) and what it returns (`ServersServersPage`). */
const METHOD_LINE = /<code title="([^"]+)">.*\)\s*->\s*([\w$.<>, ]+?)\s*<\/code>/;

/** The page classes the repository's pagination module defines (`ServersPage`, `CursorPage`). */
function pageClasses(files: RepoFile[]): string[] {
  const module = files.find((f) => /^src\/(?:core\/)?pagination\.ts$/.test(f.path))?.text ?? '';
  return [...module.matchAll(/^export class ([A-Za-z_$][\w$]*)\s*</gm)].map((m) => m[1]);
}
