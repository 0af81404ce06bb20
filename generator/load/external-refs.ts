/** Following `$ref`s to other files: every file a document names is loaded, if the ref root allows it. */
import path from 'node:path';
import { SpecError, type Diagnostic, type Diagnostics } from '../diagnostics';
import { collectRefs, isDeepTarget, parseRef, type FoundRef, type ParsedRef } from './refs';
import type { DocumentSource, LoadedSpec, SpecDocument } from './types';

/**
 * Load every file that a `$ref` points at, transitively. Files that cannot be read (missing, outside the ref root,
 * not a regular file, malformed) are reported in `problems`, once per document and file, at the `$ref` that names
 * it; their absolute paths are returned so that the refs into them are not reported again.
 */
export async function loadExternalRefs(
  spec: LoadedSpec,
  source: DocumentSource,
  refRoot: string,
  convertFragments: boolean,
  diags: Diagnostics,
  problems: Diagnostic[],
): Promise<{ unread: Set<string>; refs: Map<SpecDocument, FoundRef[]> }> {
  const queue: SpecDocument[] = [spec.root];
  const rootDir = path.dirname(spec.root.absPath);
  const realRoot = (await source.realPath(refRoot)) ?? refRoot;
  const unread = new Set<string>();
  // Every document's `$ref`s, found once here for the check that follows (check-refs.ts).
  const refs = new Map<SpecDocument, FoundRef[]>();
  while (queue.length > 0) {
    const doc = queue.shift()!;
    const targets = new Map<string, { pointer: string; ref: string }>(); // absPath → the first ref that names it
    const found: FoundRef[] = [];
    refs.set(doc, found);
    collectRefs(doc.root, (ref, refPointer, holder) => {
      found.push({ ref, pointer: refPointer, holder });
      let parsed: ParsedRef;
      try {
        parsed = parseRef(ref, { doc, pointer: refPointer });
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        problems.push(error.diagnostic);
        return;
      }
      const abs = parsed.file === '' ? doc.absPath : path.resolve(path.dirname(doc.absPath), parsed.file);
      if (isDeepTarget(parsed.tokens)) spec.deepRefTargets.add(`${abs}${parsed.pointer}`);
      if (parsed.file !== '' && !spec.documents.has(abs) && !targets.has(abs))
        targets.set(abs, { pointer: refPointer, ref });
    });
    for (const [abs, { pointer, ref }] of targets) {
      if (spec.documents.has(abs)) continue;
      const display = path.relative(rootDir, abs) || abs;
      const problem = (diagnostic: Omit<Diagnostic, 'severity' | 'file' | 'pointer'>) => {
        problems.push({ severity: 'error', file: doc.file, pointer, ...diagnostic });
        unread.add(abs);
      };
      const real = await source.realPath(abs);
      if (real === null) {
        problem({
          code: 'missing-ref-file',
          message: `$ref points at a file that does not exist: ${display}`,
          hint: 'fix the relative path of the $ref',
        });
        continue;
      }
      if (!isInside(realRoot, real)) {
        problem({
          code: 'ref-outside-root',
          message: `$ref ${JSON.stringify(ref)} points outside the folder sdkgen may read (${refRoot}): ${real}`,
          hint: 'keep the files a spec refers to in its folder, or widen the folder with --allow-ref-root <dir> (allowRefRoot: in the config)',
        });
        continue;
      }
      if (unread.has(abs)) continue;
      let loaded: SpecDocument;
      try {
        loaded = await source.read(display, real);
      } catch (error) {
        if (!(error instanceof SpecError)) throw error;
        const d = error.diagnostic;
        // Problems reading the file are reported where the $ref is; syntax errors inside it, in the file itself.
        if (d.code === 'missing-file') {
          problem({
            code: 'missing-ref-file',
            message: `$ref points at a file that does not exist: ${display}`,
            hint: 'fix the relative path of the $ref',
          });
        } else if (['unreadable-file', 'not-a-file', 'file-too-large'].includes(d.code)) {
          problem({
            code: d.code,
            hint: d.hint,
            message: `$ref target ${display}${/^(file )?is /.test(d.message) ? ' ' : ': '}${d.message.replace(/^file is /, 'is ')}`,
          });
        } else {
          problems.push(d);
          unread.add(abs);
        }
        continue;
      }
      loaded.absPath = abs;
      if (convertFragments && isSwagger2Fragment(loaded.root)) {
        const { convertSwagger2 } = await import('./swagger2');
        loaded.root = convertSwagger2(loaded.root as Record<string, unknown>, display, diags);
        loaded.asInFile = false;
      }
      spec.documents.set(abs, loaded);
      queue.push(loaded);
    }
  }
  return { unread, refs };
}

/** True when `file` is `dir` or lies under it (both absolute, symlinks already followed). */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isSwagger2Fragment(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>).swagger === '2.0';
}
