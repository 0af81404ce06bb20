/**
 * The texts the unit keys (typescript/plan-units.ts) hash each on its own: every schema's JSON and every resource's
 * own JSON (without its nested resources), without the root document's path (portable). A unit key combines their digests,
 * which costs little. A regeneration has them hashed in the previous output's worker thread
 * (write/previous-output.ts) while the main thread goes on; a text not hashed in advance is hashed when first asked
 * for (a cold generation hashes them all so).
 */
import path from 'node:path';
import { resourcesWithTopLevel } from '../ir/resources';
import type { Api, NamedSchema, Resource } from '../ir/types';
import { sha256 } from '../sha256';

/** What stands for the root document's path in a portable text. */
export const PORTABLE_MARK = '\\u0001';

/** A text to replace and what replaces it. */
export type Replacement = readonly [string, string];

/**
 * Hashes texts elsewhere (a worker): each one's sha256, first 32 hex digits, once every occurrence of each of
 * `replace`'s texts (in order) is replaced by its replacement; the digests in the texts' order.
 */
export type TextHasher = (texts: Iterable<string>, replace: readonly Replacement[]) => Promise<string[]>;

/** A resource's own JSON, as its leaf: its digest and the schema ids it names. */
export interface ResourceLeaf {
  digest: string;
  references: string[];
}

/** What comes before a schema id anywhere in a resource's JSON (its `ref` types, wherever they are). */
const REFERENCE_PREFIXES = ['"schemaId":"', '"requestVariantOf":"'];

export class KeyLeaves {
  /**
   * The root document's path as an absolute path and as the run was given it (some IR fields hold that), as JSON text,
   * where it starts a JSON string and ends it or a pointer's file part (`"<root>"`, `"<root>#`): only there, so a
   * bare file name given as the spec's path does not also stand for it inside other paths or descriptions.
   */
  readonly roots: readonly Replacement[];
  private readonly schemas = new Map<string, string>();
  private readonly resources = new Map<Resource, ResourceLeaf>();

  constructor(readonly api: Api) {
    const root = api.source.file;
    this.roots = [...new Set([path.resolve(root), root])]
      .filter((file) => file !== '')
      .map((file) => JSON.stringify(file).slice(1, -1))
      .flatMap((root): Replacement[] => [
        [`"${root}#`, `"${PORTABLE_MARK}#`],
        [`"${root}"`, `"${PORTABLE_MARK}"`],
      ]);
  }

  /**
   * The leaves of `api`, every one hashed by `hasher`: their texts are made as it takes them (the previous output's
   * takes them all at once, sending them in batches), the digests come when it answers.
   * Should it fail, each is hashed when asked for.
   */
  static hashedBy(api: Api, hasher: TextHasher): Promise<KeyLeaves> {
    const leaves = new KeyLeaves(api);
    const resources = resourcesWithTopLevel(api);
    const references: string[][] = [];
    function* texts() {
      for (const schema of api.schemas) yield JSON.stringify(schema);
      for (const resource of resources) {
        const text = ownText(resource);
        references.push(referencesIn(text));
        yield text;
      }
    }
    return hasher(texts(), leaves.roots).then(
      (digests) => {
        api.schemas.forEach((schema, i) => leaves.schemas.set(schema.id, digests[i]));
        const start = api.schemas.length;
        resources.forEach((resource, i) =>
          leaves.resources.set(resource, { digest: digests[start + i], references: references[i] }),
        );
        return leaves;
      },
      () => leaves,
    );
  }

  /** `json` without the root document's path, which decides no output: the keys are the same wherever the spec is. */
  portable(json: string): string {
    let text = json;
    for (const [root, by] of this.roots) text = text.replaceAll(root, by);
    return text;
  }

  /** sha256 of portable(json), first 32 hex digits. */
  digest(json: string): string {
    return sha256(this.portable(json)).slice(0, 32);
  }

  /** The digest of the schema's JSON (of `none` and the id when no schema has it: it may be one's later). */
  schema(id: string): string {
    let digest = this.schemas.get(id);
    if (digest === undefined) {
      const schema = this.schemaById(id);
      digest = this.digest(schema ? JSON.stringify(schema) : `none ${JSON.stringify(id)}`);
      this.schemas.set(id, digest);
    }
    return digest;
  }

  /** The leaf of a resource's own JSON. */
  resource(resource: Resource): ResourceLeaf {
    let leaf = this.resources.get(resource);
    if (leaf === undefined) {
      const text = ownText(resource);
      this.resources.set(resource, (leaf = { digest: this.digest(text), references: referencesIn(text) }));
    }
    return leaf;
  }

  private byId: Map<string, NamedSchema> | undefined;

  private schemaById(id: string): NamedSchema | undefined {
    this.byId ??= new Map(this.api.schemas.map((s) => [s.id, s]));
    return this.byId.get(id);
  }
}

/** A resource's JSON without its nested resources (a unit reads those otherwise: typescript/plan-units.ts). */
function ownText(resource: Resource): string {
  const { subresources: _subresources, ...own } = resource;
  return JSON.stringify(own);
}

/**
 * The schema ids a resource's JSON refers to, those after `"schemaId":` first. (Found with indexOf: a regular
 * expression tries every `"` of the text.) A quote inside a JSON string is escaped, so no text in one is taken.
 */
export function referencesIn(json: string): string[] {
  const ids: string[] = [];
  for (const prefix of REFERENCE_PREFIXES)
    for (let at = json.indexOf(prefix); at !== -1; at = json.indexOf(prefix, at)) {
      const start = at + prefix.length;
      let end = json.indexOf('"', start);
      while (escaped(json, end)) end = json.indexOf('"', end + 1);
      const text = json.slice(start, end);
      // (Parsed only when escaped: most ids are not, and parsing each costs more than finding them all.)
      ids.push(text.includes('\\') ? (JSON.parse(`"${text}"`) as string) : text);
      at = end;
    }
  return ids;
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}
