/** The load-time check of every `$ref`: it resolves, and a chain of `$ref`s ends at a value. */
import path from 'node:path';
import { SpecError, pointerJoin, pointerTokens, type Diagnostic } from '../diagnostics';
import {
  collectRefTexts,
  cycleError,
  isDeepTarget,
  isReference,
  parseRef,
  resolve,
  valueAt,
  type FoundRef,
  type ParsedRef,
} from './refs';
import type { LoadedSpec, Location, SpecDocument } from './types';

/**
 * Check every `$ref` of every loaded document: it resolves, and following it (and the `$ref`s it reaches) ends at
 * a value that is not a `$ref`. Each problem is added to `problems` once: a dangling `$ref` where it is written, a
 * cycle where it closes. Refs into files in `unread` were reported already.
 */
export function checkRefs(
  spec: LoadedSpec,
  unread: Set<string>,
  refs: ReadonlyMap<SpecDocument, readonly FoundRef[]>,
  problems: Diagnostic[],
): void {
  const settled = new Set<string>(); // places (absPath + pointer) whose chain was walked already, good or bad
  for (const doc of spec.documents.values()) {
    // The `$ref`s loading found in it (external-refs.ts), in document order, each with the object holding it.
    for (const { pointer: refPointer, holder } of refs.get(doc) ?? []) {
      const holderPointer = refPointer.slice(0, -'/$ref'.length);
      const chain: Array<Location & { value: unknown }> = [];
      const index = new Map<string, number>();
      let current: Location & { value: unknown } = { doc, pointer: holderPointer, value: holder };
      while (isReference(current.value)) {
        const key = `${current.doc.absPath}${current.pointer}`;
        if (settled.has(key)) break;
        const first = index.get(key);
        if (first !== undefined) {
          problems.push(cycleError([...chain.slice(first), current], kindAt(current.pointer)).diagnostic);
          break;
        }
        index.set(key, chain.length);
        chain.push(current);
        const at = { doc: current.doc, pointer: pointerJoin(current.pointer, '$ref') };
        let parsed: ParsedRef;
        try {
          parsed = parseRef(current.value.$ref, at);
        } catch {
          break; // reported while loading
        }
        if (parsed.file !== '' && unread.has(path.resolve(path.dirname(current.doc.absPath), parsed.file))) break;
        try {
          const target = resolve(spec, current.value.$ref, at, valueByTokens);
          // Reached through other $refs: the place it names may have to be named too, like any deep target.
          if (target.pointer !== parsed.pointer && isDeepTarget(pointerTokens(target.pointer))) {
            spec.deepRefTargets.add(`${target.doc.absPath}${target.pointer}`);
          }
          current = target;
        } catch (error) {
          if (!(error instanceof SpecError)) throw error;
          problems.push(error.diagnostic);
          break;
        }
      }
      for (const loc of chain) settled.add(`${loc.doc.absPath}${loc.pointer}`);
    }
  }
}

/**
 * The whole of loading's `$ref` work for a spec of one document whose `$ref`s all stay in it — the usual large
 * spec — done without a pointer for every place in it: the places deep `$ref`s point at (`deepRefTargets`), or null
 * when a `$ref` names another file or anything is wrong with one (the full walk and check then find each problem
 * and report it where it is).
 */
export function quickCheckRefs(spec: LoadedSpec): string[] | null {
  const doc = spec.root;
  const at: Location = { doc, pointer: '#' };
  // In one document a `$ref`'s text alone says where it leads: each text is checked and followed once, however many
  // objects hold it (GitHub's 10,460 `$ref`s have 1,764 texts).
  const texts = new Set<string>();
  collectRefTexts(doc.root, (ref) => texts.add(ref));
  const deep: string[] = [];
  for (const ref of texts) {
    let parsed: ParsedRef;
    try {
      parsed = parseRef(ref, at);
    } catch {
      return null;
    }
    if (parsed.file !== '') return null;
    if (isDeepTarget(parsed.tokens)) deep.push(`${doc.absPath}${parsed.pointer}`);
  }
  const settled = new Set<string>(); // texts whose chain was walked already, and ends well
  for (const first of texts) {
    if (settled.has(first)) continue;
    const chain = new Set<string>();
    let ref = first;
    while (!settled.has(ref)) {
      if (chain.has(ref)) return null; // a cycle
      chain.add(ref);
      let target: Location & { value: unknown };
      try {
        const parsed = parseRef(ref, at);
        if (parsed.file !== '') return null;
        target = resolve(spec, ref, at, valueByTokens);
        if (target.pointer !== parsed.pointer && isDeepTarget(pointerTokens(target.pointer))) {
          deep.push(`${target.doc.absPath}${target.pointer}`);
        }
      } catch (error) {
        if (error instanceof SpecError) return null;
        throw error;
      }
      if (!isReference(target.value)) break;
      ref = target.value.$ref;
    }
    for (const text of chain) settled.add(text);
  }
  return deep;
}

/** The load-time lookup of a `$ref`'s target: uncached, as the documents may still change (refs.ts's resolve). */
function valueByTokens(root: unknown, _pointer: string, tokens: readonly string[]): unknown {
  return valueAt(root, tokens);
}

/** What the value at `pointer` is, for messages: "parameter", "response", … ("schema" when nothing says more). */
function kindAt(pointer: string): string {
  const tokens = pointerTokens(pointer);
  const [parent, name] = [tokens[tokens.length - 2], tokens[tokens.length - 1]];
  if (name === 'requestBody') return 'request body';
  if (tokens.length === 2 && parent === 'paths') return 'path item';
  const kinds: Record<string, string> = {
    pathItems: 'path item',
    parameters: 'parameter',
    requestBodies: 'request body',
    responses: 'response',
    headers: 'header',
    examples: 'example',
    securitySchemes: 'security scheme',
    links: 'link',
    callbacks: 'callback',
  };
  return (
    (parent !== undefined && Object.prototype.hasOwnProperty.call(kinds, parent) ? kinds[parent] : undefined) ??
    'schema'
  );
}
