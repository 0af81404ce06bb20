/**
 * The allOf members of a schema that no value can satisfy at once, found for SchemaReader.checkAllOf: their TypeScript
 * type would be an empty intersection (`string & number`).
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import type { JsonType, SchemaNode } from './schema-node';

export class AllOfConflicts {
  constructor(
    /** The node a `$ref` node leads to (SchemaGraph.deref): throws on a dangling `$ref` or a cycle of them. */
    private readonly deref: (node: SchemaNode) => SchemaNode,
    private readonly diags: Diagnostics,
  ) {}

  private readonly checked = new Set<SchemaNode>();

  /**
   * Warn when no value can satisfy `node` and every member of its `allOf` at once (through `$ref`s and nested
   * `allOf`s): they share no JSON type (`string` and `number`), their `const`/`enum` values have none in common, or
   * none of those values has an allowed type. The TypeScript type would be an empty intersection (`string & number`).
   */
  check(node: SchemaNode): void {
    if (!node.allOf || this.checked.has(node)) return;
    this.checked.add(node);
    // What all the members allow, from summaries each schema's members share: with a long chain of schemas, each
    // an allOf of the next, collecting every member for every schema took time quadratic in the chain's length.
    // Only a conflict is worth collecting the members again, for the message.
    const summary = this.allOfSummary(node);
    if (summary === null) return; // a dangling $ref or a cycle: reported where the type is built
    if (summary !== 'cycle' && !conflicts(summary)) return;
    const parts: SchemaNode[] = [];
    const seen = new Set<SchemaNode>();
    const stack: SchemaNode[] = [node];
    while (stack.length > 0) {
      const next = stack.pop()!;
      let part: SchemaNode;
      try {
        part = next === node ? next : this.deref(next);
      } catch {
        return; // a dangling $ref or a cycle: reported where the type is built
      }
      if (seen.has(part)) continue;
      seen.add(part);
      parts.push(part);
      if (part.allOf) stack.push(...[...part.allOf].reverse()); // spec order
    }
    const where = pointerJoin(node.loc.pointer, 'allOf');
    let types: JsonType[] | null = null;
    const typeLists: string[] = [];
    for (const part of parts) {
      if (!part.types) continue;
      types = types ? intersectTypes(types, part.types) : [...part.types];
      typeLists.push(part.types.join(' | '));
    }
    const hint = 'remove the member that conflicts, or use oneOf/anyOf if any one of them may match';
    if (types && types.length === 0) {
      this.diags.warn(
        'allof-conflict',
        node.loc.doc.file,
        where,
        `allOf requires types ${[...new Set(typeLists)].join(' and ')} at once: no value can match (the type is never)`,
        hint,
      );
      return;
    }
    let values: unknown[] | null = null;
    for (const part of parts) {
      const allowed = part.const ? [part.const.value] : part.enum;
      if (!allowed) continue;
      values = values ? values.filter((v) => allowed.some((a) => sameJson(a, v))) : [...allowed];
    }
    if (values && values.length === 0) {
      this.diags.warn(
        'allof-conflict',
        node.loc.doc.file,
        where,
        'the const/enum values of the allOf members have no value in common: no value can match (the type is never)',
        hint,
      );
    } else if (values && types && !values.some((v) => hasType(v, types!))) {
      this.diags.warn(
        'allof-conflict',
        node.loc.doc.file,
        where,
        `no const/enum value of the allOf members is of type ${types.join(' | ')}: no value can match (the type is never)`,
        hint,
      );
    }
  }

  /** allOfSummary()'s answers, for schemas whose allOf members form no cycle. */
  private readonly allOfSummaries = new Map<SchemaNode, AllOfSummary | null>();

  /**
   * The JSON types and the const/enum values `root` and all its allOf members (through `$ref`s and nested allOfs)
   * allow together, null when a `$ref` among them dangles, or 'cycle' when the members lead back to one of their
   * schemas (check then collects them all). Depth first, without recursion; each schema's answer is kept.
   */
  private allOfSummary(root: SchemaNode): AllOfSummary | null | 'cycle' {
    const known = this.allOfSummaries.get(root);
    if (known !== undefined) return known;
    const own = (node: SchemaNode): AllOfSummary => ({
      types: node.types,
      values: node.const ? [node.const.value] : node.enum,
    });
    const frames: Array<{ node: SchemaNode; next: number; sum: AllOfSummary | null }> = [
      { node: root, next: 0, sum: own(root) },
    ];
    const onPath = new Set<SchemaNode>([root]);
    for (;;) {
      const frame = frames[frames.length - 1];
      const members = frame.node.allOf ?? [];
      if (frame.sum !== null && frame.next < members.length) {
        let member: SchemaNode;
        try {
          member = this.deref(members[frame.next++]);
        } catch {
          frame.sum = null; // a dangling $ref or a cycle of $refs: reported where the type is built
          continue;
        }
        if (onPath.has(member)) return 'cycle';
        const summed = this.allOfSummaries.get(member);
        if (summed === undefined) {
          onPath.add(member);
          frames.push({ node: member, next: 0, sum: own(member) });
        } else frame.sum = summed && meet(frame.sum, summed);
        continue;
      }
      frames.pop();
      onPath.delete(frame.node);
      this.allOfSummaries.set(frame.node, frame.sum);
      const parent = frames[frames.length - 1];
      if (!parent) return frame.sum;
      parent.sum = parent.sum && frame.sum && meet(parent.sum, frame.sum);
    }
  }
}

/** What a schema and its allOf members allow together: null where none of them constrains it. */
interface AllOfSummary {
  types: readonly JsonType[] | null;
  values: readonly unknown[] | null;
}

function meet(a: AllOfSummary, b: AllOfSummary): AllOfSummary {
  return {
    types: a.types && b.types ? intersectTypes(a.types, b.types) : (a.types ?? b.types),
    values:
      a.values && b.values ? a.values.filter((v) => b.values!.some((w) => sameJson(v, w))) : (a.values ?? b.values),
  };
}

/** Whether no value can satisfy `summary`: no type in common, no value in common, or no value of an allowed type. */
function conflicts({ types, values }: AllOfSummary): boolean {
  if (types && types.length === 0) return true;
  if (values && values.length === 0) return true;
  return values !== null && types !== null && !values.some((v) => hasType(v, types));
}

/** JSON types allowed by both lists (`integer` is a `number`). */
function intersectTypes(a: readonly JsonType[], b: readonly JsonType[]): JsonType[] {
  const out = new Set<JsonType>();
  for (const t of a) if (b.includes(t) || (t === 'integer' && b.includes('number'))) out.add(t);
  for (const t of b) if (t === 'integer' && a.includes('number')) out.add(t);
  return [...out];
}

function hasType(value: unknown, types: readonly JsonType[]): boolean {
  if (value === null) return types.includes('null');
  if (Array.isArray(value)) return types.includes('array');
  if (typeof value === 'number')
    return types.includes('number') || (Number.isInteger(value) && types.includes('integer'));
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object')
    return types.includes(typeof value as JsonType);
  return false;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
