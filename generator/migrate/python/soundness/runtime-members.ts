/**
 * Owners' methods carried into sdkgen's module that read a member of the runtime (`_base_client.py`, `_models.py`, …)
 * which Stainless's runtime has and sdkgen's has not, or has as another type (a `FinalRequestOptions.security` typed
 * as a list of alternatives where Stainless's is a scheme → send-it dict, as sdkgen's was before it took Stainless's
 * meaning), or that override a hook of Stainless's base client sdkgen's neither has nor calls. Carried, every request
 * through such a line raises AttributeError (and an override nothing calls drops their behaviour without a word). Such
 * reads are lost as a name a function lost is (lost-readers.ts): the hunks reading them go to a person, the member
 * named.
 *
 * Read from the text alone: a class of the runtime is judged only where its bases are the runtime's own (or `Generic`,
 * `object`) and none has `__getattr__`; a read under `hasattr(self, "x")` is none (guarded-reads.ts, through
 * unset-attributes.ts's reader); a line sdkgen's method of the same name has too is sdkgen's, not judged.
 */
import { classesOf as bodiesOf } from '../reapply/moved-members';
import { baseNames_, classMembers, EMPTY_BASES } from './class-members';
import {
  assigned,
  attributesRead,
  classesOf,
  declared,
  named,
  providedByBases,
  sameLines,
  type ClassBody,
} from './unset-attributes';

interface RuntimeClass {
  bases: string[];
  members: Set<string>;
  /** Class-level annotations: name → type, as written. */
  annotations: Map<string, string>;
}

type RuntimeIndex = Map<string, RuntimeClass>;

/** The runtime's classes as sdkgen writes them and as Stainless's generation had them. */
export interface RuntimeClasses {
  sdkgen: RuntimeIndex;
  stainless: RuntimeIndex;
}

/** The classes of the runtime modules' texts (sdkgen's; Stainless's of the same paths, where known). */
export function runtimeClasses(sdkgenTexts: string[], stainlessTexts: string[]): RuntimeClasses {
  return { sdkgen: indexOf(sdkgenTexts), stainless: indexOf(stainlessTexts) };
}

function indexOf(texts: string[]): RuntimeIndex {
  const index: RuntimeIndex = new Map();
  for (const text of texts) {
    const lines = text.split('\n');
    for (const body of bodiesOf(lines)) {
      if (index.has(body.name)) continue;
      const annotations = new Map<string, string>();
      const indent = body.chunks[0]?.lines[0] ? /^\s*/.exec(body.chunks[0].lines[0])![0] : '    ';
      for (let i = body.start; i < body.end; i++) {
        const m = new RegExp(`^${indent}([A-Za-z_]\\w*)\\s*:\\s*([^=#]+?)\\s*(?:=.*)?$`).exec(lines[i]);
        if (m !== null && !/^(?:def|class|async|return|if|else|for|while|with|try|except)$/.test(m[1]))
          annotations.set(m[1], m[2]);
      }
      const members = classMembers(body, lines);
      for (const name of annotations.keys()) members.add(name);
      index.set(body.name, { bases: baseNames_(lines[body.start - 1]), members, annotations });
    }
  }
  return index;
}

/** Every member of the runtime class `name` and its bases; null where one is not the runtime's or is dynamic. */
function chainOf(index: RuntimeIndex, name: string, seen = new Set<string>()): Set<string> | null {
  const cls = index.get(name);
  if (cls === undefined || seen.has(name) || cls.members.has('__getattr__')) return null;
  seen.add(name);
  const all = new Set(cls.members);
  for (const base of cls.bases) {
    if (EMPTY_BASES.has(base)) continue;
    const inherited = chainOf(index, base, seen);
    if (inherited === null) return null;
    inherited.forEach((m) => all.add(m));
  }
  return all;
}

/** A member's annotation in the runtime class `name` or the first base declaring it. */
function annotationOf(index: RuntimeIndex, name: string, member: string, seen = new Set<string>()): string | null {
  const cls = index.get(name);
  if (cls === undefined || seen.has(name)) return null;
  seen.add(name);
  return (
    cls.annotations.get(member) ?? cls.bases.map((b) => annotationOf(index, b, member, seen)).find(Boolean) ?? null
  );
}

/** A type as a set of members: `Optional[A]`, `Union[A, B]` and `A | B | None` alike. */
function typeKey(type: string): string {
  let t = type.replace(/["'\s]/g, '').replace(/\btyping\./g, '');
  for (let i = 0; i < 5; i++)
    t = t
      .replace(/\bOptional\[([^[\]]*(?:\[[^[\]]*\])*[^[\]]*)\]/g, '$1|None')
      .replace(/\bUnion\[([^[\]]*)\]/g, (_, a: string) => a.split(',').join('|'));
  return [...new Set(t.split('|'))].sort().join('|');
}

/**
 * `Class.method: self.x`, `Class.method: super().x`, `Class.method: options.x` (a parameter typed as a runtime class)
 * for each runtime member an owners' method carried into `carried` reads that sdkgen's runtime lacks or types
 * otherwise than Stainless's did; `Class.method: @override` for an owners' method overriding a member of Stainless's
 * runtime that sdkgen's does not have (nothing calls it).
 */
export function runtimeMemberReads(carried: string, edited: string, target: string, runtime: RuntimeClasses): string[] {
  const [ours, owners, sdkgens] = [classesOf(carried), classesOf(edited), classesOf(target)];
  const entries: string[] = [];
  for (const [name, cls] of ours) {
    const [theirs, mine] = [owners.get(name), sdkgens.get(name)];
    if (theirs === undefined || mine === undefined) continue;
    const outside = outsideBases(cls, ours, new Set([name]));
    const chains = outside.map((base) => chainOf(runtime.sdkgen, base));
    // (Its bases are the runtime's, read whole: what they lack, it lacks.)
    const known = outside.length > 0 && chains.every((c) => c !== null);
    const sdkgenRuntime = new Set(chains.flatMap((c) => [...(c ?? [])]));
    const stainlessRuntime = new Set(outside.flatMap((base) => [...(chainOf(runtime.stainless, base) ?? [])]));
    const inModule = providedByBases(cls, ours, sdkgens, new Set([name])) ?? new Set<string>();
    const set = new Set([...declared(mine), ...assigned(cls), ...inModule, ...sdkgenRuntime]);
    for (const [method, lines] of cls.methods) {
      const own = theirs.methods.get(method);
      const sdkgensMethod = mine.methods.get(method);
      if (own === undefined || sameLines(lines, sdkgensMethod)) continue;
      const entry = (what: string) => entries.push(`${name}.${method}: ${what}`);
      const start = cls.starts.get(method)!;
      const sdkgensLines = new Set(sdkgensMethod ?? []);
      const owned = lines.map((line, i) => ({ line, at: start + i })).filter(({ line }) => !sdkgensLines.has(line));
      if (known) {
        for (const { line, at } of owned)
          for (const attr of attributesRead([line], at, cls.module))
            if (!set.has(attr) && !named(target, attr)) entry(`self.${attr}`);
        for (const { line } of owned)
          for (const m of line.matchAll(/\bsuper\(\)\.([A-Za-z_]\w*)/g))
            if (!sdkgenRuntime.has(m[1]) && !inModule.has(m[1])) entry(`super().${m[1]}`);
        const decorated = lines.some((l) => /^\s*@(?:typing_extensions\.)?override\b/.test(l));
        if (
          sdkgensMethod === undefined &&
          (decorated || stainlessRuntime.has(method)) &&
          !sdkgenRuntime.has(method) &&
          !inModule.has(method)
        )
          entry('@override');
      }
      for (const [param, type] of runtimeParams(lines, runtime.sdkgen)) {
        const chain = chainOf(runtime.sdkgen, type)!;
        const read = new RegExp(
          `(?<![\\w.])${param}\\.([A-Za-z_]\\w*)(?!\\w)(\\s*[.[])?(?!\\s*(?::[^=\\n]*)?=(?!=))`,
          'g',
        );
        for (const { line } of owned)
          for (const m of line.matchAll(read)) {
            const member = m[1];
            if (!chain.has(member)) {
              entry(`${param}.${member}`);
              continue;
            }
            const [theirsType, oursType] = [
              annotationOf(runtime.stainless, type, member),
              annotationOf(runtime.sdkgen, type, member),
            ];
            // (Read further, `options.security.get(…)`, a member Stainless's runtime typed otherwise is another value.)
            if (
              m[2] !== undefined &&
              theirsType !== null &&
              oursType !== null &&
              typeKey(theirsType) !== typeKey(oursType)
            )
              entry(`${param}.${member}`);
          }
      }
    }
  }
  return [...new Set(entries)];
}

/** The bases outside the module of a class and of its bases in the module. */
function outsideBases(cls: ClassBody, ours: Map<string, ClassBody>, seen: Set<string>): string[] {
  return cls.bases.flatMap((base) => {
    const body = ours.get(base);
    if (body === undefined) return base === 'object' ? [] : [base.split('.').pop()!];
    return seen.has(base) ? [] : outsideBases(body, ours, new Set([...seen, base]));
  });
}

/** A method's parameters typed as a runtime class whose members are known (`options: FinalRequestOptions`). */
function runtimeParams(lines: string[], index: RuntimeIndex): Array<[string, string]> {
  const head = lines.join('\n');
  const signature = /\bdef\s+\w+\s*\(([\s\S]*?)\)\s*(?:->[^:]*)?:/.exec(head)?.[1] ?? '';
  const found: Array<[string, string]> = [];
  for (const m of signature.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*:\s*["']?([A-Za-z_]\w*)["']?\s*(?=[,=]|$)/g))
    if (m[1] !== 'self' && chainOf(index, m[2]) !== null) found.push([m[1], m[2]]);
  return found;
}

/** How a lost entry of this judge reads in a report; null for an entry of another. */
export function runtimeEntryShown(entry: string): string | null {
  const m = /^(.*?): (@override|super\(\)\.\w+|\w+\.\w+)$/.exec(entry);
  if (m === null) return null;
  if (m[2] === '@override') return `\`${m[1]}\` (it overrides what sdkgen's runtime does not have: nothing calls it)`;
  return `\`${m[2]}\` in \`${m[1]}\``;
}
