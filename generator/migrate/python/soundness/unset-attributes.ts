/**
 * Owners' methods carried into sdkgen's class that read `self.<attr>` nothing there sets: the owners set it in a method
 * of theirs that was not carried (openai's `_workload_identity_auth`, set by their `__init__`, which stays sdkgen's;
 * read by their `_send_request`, carried whole), so every call would raise AttributeError. Such reads are lost as a
 * name a function lost is (lost-readers.ts): the hunks reading them go to a person.
 *
 * Conservative, read from the text alone: an attribute counts as set where sdkgen's class (or a base class of the
 * module) assigns or declares it, or the carried class assigns it; a class that reads attributes dynamically
 * (`__getattr__`, `setattr`, `__dict__`) is left as it is, and so is one with a base outside the module unless the
 * owners' own class set the attribute itself (their base, Stainless's runtime, did not). A read under a guard that the
 * attribute is there (`if hasattr(self, "x"):`, guarded-reads.ts, as the client-attributes check reads it) is none:
 * where nothing set it, the block does not run.
 */
import { readModule, statementsAt, type ModuleLines } from '../source/statements';
import { narrowedAt } from './guarded-reads';

export interface ClassBody {
  bases: string[];
  /** Its lines, the `class` line first. */
  code: string[];
  /** Its methods: name → their code lines. */
  methods: Map<string, string[]>;
  /** Where each method's lines start in the module (0-based). */
  starts: Map<string, number>;
  module: ModuleLines;
}

/** `Class.method: self.attr` for each attribute an owners' method carried into `carried` reads and nothing sets. */
export function unsetAttributeReads(carried: string, edited: string, target: string): string[] {
  const [ours, owners, sdkgens] = [classesOf(carried), classesOf(edited), classesOf(target)];
  const entries: string[] = [];
  for (const [name, cls] of ours) {
    const [theirs, mine] = [owners.get(name), sdkgens.get(name)];
    if (theirs === undefined || mine === undefined || dynamic(cls) || dynamic(mine)) continue;
    const set = new Set([...declared(mine), ...assigned(cls)]);
    const inModule = providedByBases(cls, ours, sdkgens, new Set([name]));
    if (inModule === null) continue;
    inModule.forEach((attr) => set.add(attr));
    const outside = baseOutside(cls, ours, new Set([name]));
    const ownersSet = assigned(theirs);
    for (const [method, lines] of cls.methods) {
      const own = theirs.methods.get(method);
      // (Only the owners' methods: theirs, not sdkgen's of the same name.)
      if (own === undefined || sameLines(lines, mine.methods.get(method))) continue;
      for (const attr of attributesRead(lines, cls.starts.get(method)!, cls.module))
        if (!set.has(attr) && (!outside || ownersSet.has(attr)) && !named(target, attr))
          entries.push(`${name}.${method}: self.${attr}`);
    }
  }
  return [...new Set(entries)];
}

export const sameLines = (a: string[], b: string[] | undefined) => b !== undefined && a.join('\n') === b.join('\n');

/** Whether sdkgen's module names the attribute anywhere (`.attr`, `attr =`): then its runtime may well set it. */
export function named(target: string, attr: string): boolean {
  return new RegExp(`(?<![\\w])${attr}(?!\\w)`).test(readModule(target).code.join('\n'));
}

/** The module's top-level classes by name (a name defined twice is left out). */
export function classesOf(text: string): Map<string, ClassBody> {
  const module = readModule(text);
  const classes = new Map<string, ClassBody>();
  const twice = new Set<string>();
  for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
    if (statement.kind !== 'class') continue;
    const name = statement.binds[0];
    if (classes.has(name)) twice.add(name);
    const head = module.code.slice(statement.start, statement.head + 1).join(' ');
    const bases = /^\s*class\s+\w+\s*\(([^)]*)\)/m.exec(head.replace(/^\s*@.*$/gm, ''))?.[1] ?? '';
    classes.set(name, {
      bases: bases
        .split(',')
        .map((b) => b.trim())
        .filter((b) => /^[A-Za-z_][\w.]*$/.test(b)),
      code: module.code.slice(statement.start, statement.end),
      ...methodsOf(module, statement.head + 1, statement.end),
      module,
    });
  }
  for (const name of twice) classes.delete(name);
  return classes;
}

function methodsOf(
  module: ModuleLines,
  from: number,
  to: number,
): { methods: Map<string, string[]>; starts: Map<string, number> } {
  const [methods, starts] = [new Map<string, string[]>(), new Map<string, number>()];
  const first = module.lines.slice(from, to).findIndex((l, i) => module.code[from + i].trim() !== '');
  if (first < 0) return { methods, starts };
  const indent = /^[ \t]*/.exec(module.lines[from + first])![0].length;
  for (const member of statementsAt(module, from, to, indent))
    if (member.kind === 'def') {
      methods.set(member.binds[0], module.code.slice(member.start, member.end));
      starts.set(member.binds[0], member.start);
    }
  return { methods, starts };
}

/** A class whose attributes this reading cannot follow. */
function dynamic(cls: ClassBody): boolean {
  return /\b(?:setattr\s*\(|__dict__|def\s+__getattr(?:ibute)?__\b|__slots__)/.test(cls.code.join('\n'));
}

/** `self.<attr>` read (not only assigned) by a method's lines (starting at line `start` of the module), unguarded. */
export function attributesRead(lines: string[], start: number, module: ModuleLines): Set<string> {
  const read = new Set<string>();
  lines.forEach((line, i) => {
    let present: string[] | null = null;
    for (const m of line.matchAll(/(?<![\w.])self\.([A-Za-z_]\w*)(?!\w)(?!\s*(?::[^=\n]*)?=(?!=))/g)) {
      present ??= narrowedAt(module, start + i, 'self', new Map()).present;
      if (!present.includes(m[1])) read.add(m[1]);
    }
  });
  return read;
}

/** The attributes a class assigns: `self.<attr> = …` in its methods, `<attr> = …` in its body, its methods' names. */
export function assigned(cls: ClassBody): Set<string> {
  const set = new Set<string>(cls.methods.keys());
  const code = cls.code.join('\n');
  for (const m of code.matchAll(/(?<![\w.])self\.([A-Za-z_]\w*)\s*(?::[^=\n]*)?[-+*/|&]?=(?!=)/g)) set.add(m[1]);
  // (Assigned at the class body's level, or in a `with … as self.x` / `for self.x in`: rare, read generously.)
  for (const m of code.matchAll(/^[ \t]+([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)/gm)) set.add(m[1]);
  for (const m of code.matchAll(/\b(?:as|for)\s+self\.([A-Za-z_]\w*)/g)) set.add(m[1]);
  return set;
}

/** What sdkgen's class declares or assigns: its assignments and its class body's annotations (`attr: T`). */
export function declared(cls: ClassBody): Set<string> {
  const set = assigned(cls);
  for (const m of cls.code.join('\n').matchAll(/^[ \t]+([A-Za-z_]\w*)\s*:[^=\n]*$/gm)) set.add(m[1]);
  return set;
}

/** What the class's bases of the module set (sdkgen's text or the carried one), null where one cannot be read. */
export function providedByBases(
  cls: ClassBody,
  ours: Map<string, ClassBody>,
  sdkgens: Map<string, ClassBody>,
  seen: Set<string>,
): Set<string> | null {
  const set = new Set<string>();
  for (const base of cls.bases) {
    const body = ours.get(base);
    if (body === undefined || seen.has(base)) continue;
    const mine = sdkgens.get(base);
    if (dynamic(body) || (mine !== undefined && dynamic(mine))) return null;
    [...assigned(body), ...(mine ? declared(mine) : [])].forEach((attr) => set.add(attr));
    const further = providedByBases(body, ours, sdkgens, new Set([...seen, base]));
    if (further === null) return null;
    further.forEach((attr) => set.add(attr));
  }
  return set;
}

/** Whether the class or a base of it in the module has a base the module does not define. */
function baseOutside(cls: ClassBody, ours: Map<string, ClassBody>, seen: Set<string>): boolean {
  return cls.bases.some((base) => {
    const body = ours.get(base);
    if (body === undefined) return base !== 'object';
    return !seen.has(base) && baseOutside(body, ours, new Set([...seen, base]));
  });
}
