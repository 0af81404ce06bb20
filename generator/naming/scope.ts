/**
 * Collision resolution: the one place where two things that want the same name are told apart.
 * Deterministic: requests are settled by priority, then by their order key (spec order), never by
 * object-key iteration order, and nothing is ever dropped.
 */
import { boundedName, compareStrings } from '../naming/case';

/** Longest exported or nested type name, in UTF-8 bytes (a longer one is cut and ends in a hash of the whole name). */
export const MAX_TYPE_NAME_LENGTH = 200;

export interface NameRequest {
  /** Stable identity of the thing being named. */
  key: string;
  preferred: string;
  /** Tried in order when `preferred` is taken, before numeric suffixes. */
  alternatives: string[];
  /** Lower settles first (e.g. 0 for resource classes, 1 for explicit names, 2 for the rest). */
  priority: number;
  /** Tie-break: position in the spec. */
  order: number;
}

export interface Rename {
  key: string;
  wanted: string;
  got: string;
}

export interface SettledNames {
  names: Map<string, string>;
  renames: Rename[];
}

/**
 * Names a request may not take: a set of names (globals, runtime exports), or a test that is also told which request
 * asks (when what is taken depends on where the thing is declared).
 */
export interface TakenNames {
  has(name: string, key?: string): boolean;
}

/** Settle names in one scope. `taken` holds names that nothing may use (globals, runtime exports). */
export function settleNames(requests: NameRequest[], taken: TakenNames): SettledNames {
  const used = new Set<string>();
  const names = new Map<string, string>();
  const renames: Rename[] = [];
  const sorted = [...requests].sort(
    (a, b) => a.priority - b.priority || a.order - b.order || compareStrings(a.key, b.key),
  );
  for (const request of sorted) {
    const isFree = (name: string) => !used.has(name) && !taken.has(name, request.key);
    const preferred = boundedName(request.preferred, MAX_TYPE_NAME_LENGTH);
    // The alternatives are asked only when the preferred name is not free (most names are).
    let name = isFree(preferred)
      ? preferred
      : request.alternatives.map((a) => boundedName(a, MAX_TYPE_NAME_LENGTH)).find(isFree);
    if (name === undefined) {
      let n = 2;
      while (!isFree(`${preferred}${n}`)) n++;
      name = `${preferred}${n}`;
    }
    used.add(name);
    names.set(request.key, name);
    if (name !== request.preferred) renames.push({ key: request.key, wanted: request.preferred, got: name });
  }
  return { names, renames };
}

const NO_NAMES: readonly string[] = [];

/** Names inside one namespace (nested interfaces of a type), handed out first come, first served. */
export class NestedScope {
  /** (Made at the first claim: most namespaces, an object without objects inside, declare nothing.) */
  private used: Set<string> | null = null;

  /**
   * Names of the enclosing namespaces: a nested name equal to one of them would shadow it (`Commit.Commit`). A child
   * scope makes its list from its parent's at its first claim (most claim none): until then, null.
   */
  private enclosing: readonly string[] | null;
  /** The scope this one is a namespace of (see child), else null; and this one's name there. */
  private outer: NestedScope | null = null;
  private name = '';

  constructor(
    reserved: Iterable<string> = [],
    ancestors: readonly string[] = [],
    /**
     * Names no namespace inside may take, here or deeper: the named types the declarations there refer to by name,
     * which a nested interface of that name would shadow (`Event.Transaction` hiding the model `Transaction`).
     */
    private readonly referred: { has(name: string): boolean } = new Set<string>(),
    /**
     * Whether only the outermost namespace's name is kept from the names inside, as in a Stainless SDK
     * (`CheckStep.Completed.Completed`): nested references are printed from the outermost namespace, which is the
     * only one a nested name could hide from them.
     */
    private readonly rootOnly = false,
  ) {
    this.enclosing = ancestors;
    if (reserved !== NO_NAMES) for (const name of reserved) (this.used ??= new Set()).add(name);
  }

  /** The scope of the namespace `name` declared in this one. */
  child(name: string): NestedScope {
    const scope = new NestedScope(NO_NAMES, NO_NAMES, this.referred, this.rootOnly);
    scope.enclosing = null;
    scope.outer = this;
    scope.name = name;
    return scope;
  }

  private ancestors(): readonly string[] {
    return (this.enclosing ??= [...this.outer!.ancestors(), this.name]);
  }

  private shadows(name: string): boolean {
    return this.rootOnly ? this.ancestors()[0] === name : this.ancestors().includes(name);
  }

  claim(wanted: string): string {
    const preferred = boundedName(wanted, MAX_TYPE_NAME_LENGTH);
    let name = preferred;
    let n = 2;
    while (this.used?.has(name) || this.shadows(name) || this.referred.has(name)) name = `${preferred}${n++}`;
    (this.used ??= new Set()).add(name);
    return name;
  }
}
