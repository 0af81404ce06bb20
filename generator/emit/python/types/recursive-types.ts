/**
 * Which named types are recursive, and which reach one: Stainless's Python SDKs name a type that reaches a recursive
 * one in quotes (`List["WorkflowStep"]`) and import it at the bottom of the module, after every name the module
 * defines, so that either module of a cycle may be imported first; a recursive named union is a `TypeAliasType`.
 */
import type { NamedSchema } from '../../../ir/types';
import { walkRefs } from '../../../ir/walk';

export interface RecursiveTypes {
  /** Whether the type refers back to itself, directly or through others. */
  inCycle(id: string): boolean;
  /** Whether the type is recursive or refers (through others) to one that is. */
  reachesCycle(id: string): boolean;
  /**
   * Whether another type extends it (an `allOf` part): a pydantic subclass resolves the annotations it inherits in
   * its own module, where a name its base imports last is unknown; such a base names its types unquoted.
   */
  extended(id: string): boolean;
}

/** The ids of the named types some `allOf` names among its parts. */
function extendedTypes(schemas: readonly NamedSchema[]): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as { kind?: unknown; parts?: unknown };
    if (node.kind === 'intersection' && Array.isArray(node.parts))
      for (const part of node.parts as Array<{ kind?: unknown; schemaId?: unknown }>)
        if (part.kind === 'ref' && typeof part.schemaId === 'string') found.add(part.schemaId);
    Object.values(value).forEach(visit);
  };
  schemas.forEach((schema) => visit(schema.type));
  return found;
}

export function recursiveTypes(schemas: readonly NamedSchema[]): RecursiveTypes {
  const edges = new Map<string, string[]>();
  for (const schema of schemas) {
    const refs = new Set<string>();
    walkRefs(schema.type, (id) => refs.add(id));
    edges.set(schema.id, [...refs]);
  }
  const targets = (id: string) => (edges.get(id) ?? []).filter((target) => edges.has(target));
  // Tarjan's strongly connected components, without recursion (a chain of references may be thousands long).
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const sizes: number[] = [];
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  for (const root of edges.keys()) {
    if (order.has(root)) continue;
    const work: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const out = targets(frame.id);
      if (frame.next < out.length) {
        const target = out[frame.next++];
        if (!order.has(target)) {
          order.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      let size = 0;
      for (let member = stack.pop()!; ; member = stack.pop()!) {
        onStack.delete(member);
        component.set(member, sizes.length);
        size++;
        if (member === frame.id) break;
      }
      sizes.push(size);
    }
  }
  const inCycle = (id: string) => component.has(id) && (sizes[component.get(id)!] > 1 || targets(id).includes(id));
  // Components come out of Tarjan's walk after every component they reach: one pass in that order settles reaching.
  const reaches = new Map<string, boolean>();
  const byComponent = [...component.keys()].sort((a, b) => component.get(a)! - component.get(b)!);
  const componentReaches = new Array<boolean>(sizes.length).fill(false);
  for (const id of byComponent) {
    const own = component.get(id)!;
    if (
      inCycle(id) ||
      targets(id).some((target) => component.get(target) !== own && componentReaches[component.get(target)!])
    )
      componentReaches[own] = true;
  }
  for (const id of byComponent) reaches.set(id, componentReaches[component.get(id)!]);
  const extended = extendedTypes(schemas);
  return { inCycle, reachesCycle: (id) => reaches.get(id) ?? false, extended: (id) => extended.has(id) };
}
