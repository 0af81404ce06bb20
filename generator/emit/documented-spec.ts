/**
 * The documented spec (`openapi.documented.json`): the root document as the SDK was generated from it, each operation
 * with the SDK's code sample in `x-codeSamples`, for a docs site (Mintlify, Redocly, Stoplight, bump.sh) to show beside
 * the endpoint. What Stainless published for a config whose `openapi.code_samples` names a docs platform; sdkgen
 * writes it into the repository instead, outside the npm package.
 *
 * The loaded spec is not changed: the objects on the way to each operation are copied.
 */
import { pointerTokens } from '../diagnostics';
import type { SourceRef } from '../ir/types';
import type { LoadedSpec } from '../load/load';
import { withNestedModelsNamed } from '../stainless/nested-models';
import { isPlainObject, specJsonFile } from './mock-spec';
import type { RenderedFile } from './render';

export const DOCUMENTED_SPEC = 'openapi.documented.json';

/** The language Stainless's samples for its TypeScript SDKs were labelled with, which docs sites highlight. */
const SAMPLE_LANG = 'JavaScript';

/** An operation's code sample: where the operation is, and the program's text. */
export interface CodeSample {
  operation: SourceRef;
  source: string;
}

/**
 * The root document with each sample under its operation (several methods of one operation: the first one's), or
 * null when the root document is not an object. Samples of operations in other documents are left out.
 */
export function documentedSpecFile(spec: LoadedSpec, samples: CodeSample[]): RenderedFile | null {
  // A config's models moved out of other schemas named as a docs site reads a component's name (nested-models.ts).
  const root = withNestedModelsNamed(spec.root.root);
  if (!isPlainObject(root)) return null;
  const documented: Record<string, unknown> = { ...root };
  // The copies made so far: each object on the way is copied once, however many operations it leads to.
  const copies = new WeakSet<object>();
  const copied = (parent: Record<string, unknown>, key: string): Record<string, unknown> | null => {
    const value = parent[key];
    if (!isPlainObject(value)) return null;
    if (copies.has(value)) return value;
    const copy = { ...value };
    copies.add(copy);
    parent[key] = copy;
    return copy;
  };
  const done = new Set<string>();
  for (const { operation, source } of samples) {
    const tokens = pointerTokens(operation.pointer);
    if (operation.file !== spec.root.file || tokens[0] !== 'paths' || tokens.length !== 3) continue;
    if (done.has(operation.pointer)) continue;
    done.add(operation.pointer);
    const [, route, verb] = tokens;
    const paths = copied(documented, 'paths');
    const item = paths && copied(paths, route);
    const op = item && copied(item, verb);
    if (!op) continue;
    // Another tool's samples stay; an earlier documented spec's (the same language) is replaced.
    const others = Array.isArray(op['x-codeSamples'])
      ? op['x-codeSamples'].filter((s) => !(isPlainObject(s) && s.lang === SAMPLE_LANG))
      : [];
    op['x-codeSamples'] = [...others, { lang: SAMPLE_LANG, source }];
  }
  return specJsonFile(DOCUMENTED_SPEC, documented);
}
