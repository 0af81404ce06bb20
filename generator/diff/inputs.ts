/**
 * Inputs of `sdkgen diff`: a spec file on disk, or `git:<ref>:<path>` — a spec as it is at a revision of
 * the current repository. For a git input the root file and every file it references through relative
 * `$ref`s (transitively) are copied out of the revision into a temporary directory, keeping their
 * relative layout, so split specs load exactly as they would from a checkout.
 *
 * `<path>` follows git's own `<rev>:<path>` rule: relative to the repository root, unless it starts
 * with `./` or `../` (then relative to the current directory).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../diagnostics';
import { parseDocumentText } from '../load/parse';
import { temporaryDir } from '../temp-dir';

export interface ResolvedInput {
  /** The input as the user wrote it. */
  input: string;
  /** A file path to load. */
  file: string;
  /** Remove temporary files (no-op for plain files). */
  cleanup(): Promise<void>;
}

export function isGitInput(input: string): boolean {
  return input.startsWith('git:');
}

/** Parse `git:<ref>:<path>`; a ref cannot contain ':' (git forbids it), so the first ':' ends it. */
export function parseGitInput(input: string): { ref: string; file: string } {
  const rest = input.slice('git:'.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1)
    throw new UsageError(`expected git:<ref>:<path>, got ${JSON.stringify(input)}`);
  return { ref: rest.slice(0, colon), file: rest.slice(colon + 1) };
}

export async function resolveInput(input: string, cwd: string = process.cwd()): Promise<ResolvedInput> {
  if (!isGitInput(input)) return { input, file: input, cleanup: async () => {} };
  const { ref, file } = parseGitInput(input);
  const git = (...args: string[]): Buffer =>
    execFileSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  let root: string;
  try {
    root = git('rev-parse', '--show-toplevel').toString('utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`${input}: git is not installed (or not on PATH)`);
    throw new UsageError(`${input}: ${cwd} is not inside a git repository`);
  }
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    throw new UsageError(`${input}: unknown git revision ${JSON.stringify(ref)}`);
  }
  const repoRelative = /^\.\.?\//.test(file)
    ? path.relative(root, path.resolve(cwd, file)).split(path.sep).join('/')
    : file.replace(/^\/+/, '');
  const made = temporaryDir('sdkgen-git-');
  const dir = made.path;
  const cleanup = async () => made.remove();
  try {
    const queue = [repoRelative];
    const done = new Set<string>();
    while (queue.length > 0) {
      const rel = queue.shift()!;
      if (done.has(rel)) continue;
      done.add(rel);
      let blob: Buffer;
      try {
        blob = git('cat-file', 'blob', `${ref}:${rel}`);
      } catch {
        if (rel === repoRelative) throw new UsageError(`${input}: ${rel} does not exist at ${ref}`);
        continue; // a dangling $ref: the loader reports it with the pointer of the $ref
      }
      const target = path.join(dir, ...rel.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, blob);
      let parsed: unknown;
      try {
        parsed = parseDocumentText(blob.toString('utf8'), rel);
      } catch {
        continue; // the loader reports parse errors with line and column
      }
      for (const ref of externalRefs(parsed)) {
        const next = path.posix.normalize(path.posix.join(path.posix.dirname(rel), ref));
        if (!next.startsWith('../') && !done.has(next)) queue.push(next);
      }
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { input, file: path.join(dir, ...repoRelative.split('/')), cleanup };
}

/** File parts of every relative `$ref` in a parsed document. */
function externalRefs(root: unknown): string[] {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const ref = (node as Record<string, unknown>).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const filePart = ref.split('#')[0];
      if (filePart && !/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
        try {
          out.add(decodeURI(filePart));
        } catch {
          // a malformed %-escape: the loader reports it with the pointer of the $ref
        }
      }
    }
    stack.push(...Object.values(node as Record<string, unknown>));
  }
  return [...out];
}
