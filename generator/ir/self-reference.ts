/**
 * Which schemas reach themselves through their subschemas and `$ref`s: an inline schema that a deep `$ref` reaches
 * from inside itself must become a named type (build-schema.ts). The answer for every schema comes from one search of
 * the schema graph's strongly connected components (Tarjan's algorithm, run iteratively: a chain of schemas thousands
 * long must not exhaust the call stack), over the part of the graph the questions reach: each schema is searched
 * once, however many are asked about.
 */
import type { Location } from '../normalize/normalize';
import type { SchemaNode } from '../normalize/schema';

/** `locationKey`'s answers: a schema's location is asked for its key many times, and the key is a long string. */
const locationKeys = new WeakMap<Location, string>();

/** A schema's place (document path + pointer) as one string: the identity of the schema there. */
export function locationKey(loc: Location): string {
  let key = locationKeys.get(loc);
  if (key === undefined) {
    key = `${loc.doc.absPath}${loc.pointer}`;
    locationKeys.set(loc, key);
  }
  return key;
}

/**
 * Values by a schema's place, its document's path then its pointer: the same places as locationKey's, without making
 * a long key string for each of the tens of thousands of schemas a large spec has.
 */
export class ByPlace<V> {
  private readonly byDocument = new Map<string, Map<string, V>>();

  get(loc: Location): V | undefined {
    return this.byDocument.get(loc.doc.absPath)?.get(loc.pointer);
  }

  has(loc: Location): boolean {
    return this.byDocument.get(loc.doc.absPath)?.has(loc.pointer) ?? false;
  }

  set(loc: Location, value: V): void {
    let pointers = this.byDocument.get(loc.doc.absPath);
    if (pointers === undefined) this.byDocument.set(loc.doc.absPath, (pointers = new Map()));
    pointers.set(loc.pointer, value);
  }

  delete(loc: Location): void {
    this.byDocument.get(loc.doc.absPath)?.delete(loc.pointer);
  }
}

/** A schema's direct subschemas, as written (a `$ref` among them not followed). */
function children(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = node.properties.map((p) => p.schema);
  if (node.items) out.push(node.items);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') out.push(node.additionalProperties);
  for (const list of [node.prefixItems, node.allOf, node.anyOf, node.oneOf]) if (list) out.push(...list);
  return out;
}

/** A schema on the search. */
interface Visit {
  key: string;
  index: number;
  lowlink: number;
  /** Its subschemas, each `$ref` followed to the schema it names. */
  successors: SchemaNode[];
  /** How many of `successors` were searched. */
  next: number;
  /** Refers to itself. */
  selfLoop: boolean;
  /** On the stack of the components not finished yet. */
  open: boolean;
}

export class SelfReferences {
  /** Location key → whether the schema there reaches itself, for every schema a search has finished. */
  private readonly known = new Map<string, boolean>();

  /** `resolve`: the schema a `$ref` node names, or null when it dangles. */
  constructor(private readonly resolve: (node: SchemaNode) => SchemaNode | null) {}

  /** Whether `start` reaches itself through its subschemas and `$ref`s. */
  reachesItself(start: SchemaNode): boolean {
    const key = locationKey(start.loc);
    if (!this.known.has(key)) this.search(start);
    return this.known.get(key)!;
  }

  /**
   * Records for each schema `root` reaches whether it reaches itself: its component holds other schemas, or it
   * refers to itself.
   */
  private search(root: SchemaNode): void {
    const visits = new Map<string, Visit>();
    const stack: Visit[] = [];
    const path: Visit[] = [];
    const open = (node: SchemaNode, key: string) => {
      const successors: SchemaNode[] = [];
      for (const child of children(node)) {
        const target = child.ref !== null ? this.resolve(child) : child;
        if (target) successors.push(target);
      }
      const visit = { key, index: visits.size, lowlink: visits.size, successors, next: 0, selfLoop: false, open: true };
      visits.set(key, visit);
      stack.push(visit);
      path.push(visit);
    };
    open(root, locationKey(root.loc));
    while (path.length > 0) {
      const visit = path[path.length - 1];
      if (visit.next < visit.successors.length) {
        const next = visit.successors[visit.next++];
        const key = locationKey(next.loc);
        if (key === visit.key) visit.selfLoop = true;
        // A schema an earlier search finished belongs to a component that search completed.
        else if (!this.known.has(key)) {
          const seen = visits.get(key);
          if (!seen) open(next, key);
          else if (seen.open) visit.lowlink = Math.min(visit.lowlink, seen.index);
        }
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent) parent.lowlink = Math.min(parent.lowlink, visit.lowlink);
      if (visit.lowlink !== visit.index) continue;
      // `visit` is the root of a component: its members are on the stack above it.
      const members: Visit[] = [];
      let member: Visit;
      do {
        member = stack.pop()!;
        member.open = false;
        members.push(member);
      } while (member !== visit);
      for (const m of members) this.known.set(m.key, members.length > 1 || m.selfLoop);
    }
  }
}
