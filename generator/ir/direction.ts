/**
 * Which schemas have a different shape in requests than in responses.
 *
 * OpenAPI's `readOnly` properties are only sent by the server and `writeOnly` ones only by the client, so an
 * object with such a property has two shapes: the response one (no writeOnly properties) and the request one
 * (no readOnly properties). A schema differs by direction when it has such a property itself (in its own
 * properties, its allOf parts, its items, …) or reaches, through any subschema or `$ref`, a schema that does.
 *
 * "Reaches" is answered for the whole schema graph at once, cycles included: Tarjan's strongly connected
 * components, run iteratively (deeply nested specs must not exhaust the call stack) and only over the part of
 * the graph a question reaches. Every node is visited once per generation, however many questions are asked:
 * a component of a cycle differs when any of its members has such a property or any edge leaves it for a
 * component that differs, and components are finished successors first.
 */
import type { SchemaNode } from '../normalize/schema';

/** Follows a `$ref` node to its target; null when the reference dangles (reported where the type is built). */
export type Deref = (node: SchemaNode) => SchemaNode | null;

/** Per-node bookkeeping of the search. */
interface Visit {
  index: number;
  lowlink: number;
  onStack: boolean;
  /** Has a readOnly/writeOnly property itself, or an edge to a finished component that differs. */
  reaches: boolean;
}

export class DirectionalShapes {
  /** Final answers, for every node whose component is finished. */
  private readonly differsByNode = new Map<SchemaNode, boolean>();
  /** Nodes seen by the search whose component is not finished yet. */
  private readonly open = new Map<SchemaNode, Visit>();
  private nextIndex = 0;

  constructor(private readonly deref: Deref) {}

  /** Whether the type of `node` (and so of a named schema declared by it) differs between requests and responses. */
  differs(node: SchemaNode): boolean {
    const known = this.differsByNode.get(node);
    if (known !== undefined) return known;
    this.search(node);
    return this.differsByNode.get(node)!;
  }

  /** Tarjan's algorithm from `root`, without recursion. */
  private search(root: SchemaNode): void {
    const stack: SchemaNode[] = [];
    const frames: Array<{ node: SchemaNode; next: SchemaNode[]; at: number }> = [];
    const enter = (node: SchemaNode) => {
      const visit: Visit = {
        index: this.nextIndex,
        lowlink: this.nextIndex,
        onStack: true,
        reaches: hasDirectionalProperty(node, this.deref),
      };
      this.nextIndex++;
      this.open.set(node, visit);
      stack.push(node);
      frames.push({ node, next: successors(node, this.deref), at: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const visit = this.open.get(frame.node)!;
      if (frame.at < frame.next.length) {
        const next = frame.next[frame.at++];
        const finished = this.differsByNode.get(next);
        if (finished !== undefined) {
          if (finished) visit.reaches = true;
          continue;
        }
        const seen = this.open.get(next);
        if (seen === undefined) enter(next);
        else if (seen.onStack) visit.lowlink = Math.min(visit.lowlink, seen.index);
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = this.open.get(frames[frames.length - 1].node)!;
        parent.lowlink = Math.min(parent.lowlink, visit.lowlink);
      }
      if (visit.lowlink !== visit.index) continue;
      // `frame.node` is the root of a component: its members are on the stack above it.
      const members: SchemaNode[] = [];
      let member: SchemaNode;
      do {
        member = stack.pop()!;
        members.push(member);
      } while (member !== frame.node);
      const differs = members.some((m) => this.open.get(m)!.reaches);
      for (const m of members) {
        this.open.delete(m);
        this.differsByNode.set(m, differs);
      }
      // A parent gets the answer when it looks at the next edge; the edge it came down is looked at here.
      if (differs && frames.length > 0) {
        const parent = this.open.get(frames[frames.length - 1].node)!;
        parent.reaches = true;
      }
    }
  }
}

/** Whether `node` is an object with a (kept) property that is readOnly or writeOnly, itself or through its `$ref`. */
export function hasDirectionalProperty(node: SchemaNode, deref: Deref): boolean {
  if (node.ref !== null || !shapesChildren(node)) return false;
  // A property that is both is in neither shape, so it makes no difference.
  return node.properties.some(
    ({ schema }) => !schema.hints.skip && isReadOnly(schema, deref) !== isWriteOnly(schema, deref),
  );
}

/** readOnly on the property's schema or on the schema its `$ref` names. */
export function isReadOnly(schema: SchemaNode, deref: Deref): boolean {
  return schema.readOnly || (schema.ref !== null && (deref(schema)?.readOnly ?? false));
}

/** writeOnly on the property's schema or on the schema its `$ref` names. */
export function isWriteOnly(schema: SchemaNode, deref: Deref): boolean {
  return schema.writeOnly || (schema.ref !== null && (deref(schema)?.writeOnly ?? false));
}

/** Whether the subschemas of `node` take part in its type (hints that replace the type make them irrelevant). */
function shapesChildren(node: SchemaNode): boolean {
  return !node.hints.skip && !node.hints.any && !node.hints.emptyObject && node.const === null;
}

/** The schemas whose types make up the type of `node`: its `$ref` target, or its subschemas. */
function successors(node: SchemaNode, deref: Deref): SchemaNode[] {
  if (node.ref !== null) {
    const target = deref(node);
    return target ? [target] : [];
  }
  if (!shapesChildren(node)) return [];
  const out: SchemaNode[] = [];
  for (const { schema } of node.properties) if (!schema.hints.skip) out.push(schema);
  if (node.items) out.push(node.items);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') out.push(node.additionalProperties);
  for (const list of [node.prefixItems, node.allOf, node.anyOf, node.oneOf, node.patternProperties])
    if (list) out.push(...list);
  return out;
}
