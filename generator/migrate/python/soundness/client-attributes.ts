/**
 * Attributes the code that stays in a migrated package reads on the client (`self._client.X` in a resource,
 * `client.X` or `self.__client.X` where `client` is a parameter typed as the client) which sdkgen's client class, its
 * bases and the package's subclasses of it do not define. Imports and names are checked elsewhere; an attribute read
 * is not, and fails only when the line runs (openai's kept `realtime.connect` reads `client._refresh_api_key()` and
 * `client.websocket_base_url`, members of Stainless's client that sdkgen's has not). A method or property of
 * Stainless's client class of the same name is carried into sdkgen's, with the imports it reads, where all it reads of
 * `self` is then defined; anything else (an attribute Stainless's `__init__` sets) is reported for a person with the
 * lines reading it.
 */
import type { MigrationPlan } from '../../migration-plan';
import { unresolvedImport } from '../owners/kept-modules';
import { addedMembers } from '../reapply/added-members';
import { withImportsNeeded } from '../reapply/imports-needed';
import { classesOf, type ClassBody } from '../reapply/moved-members';
import { readModule } from '../source/statements';
import { baseNames_, classMembers, EMPTY_BASES } from './class-members';
import { narrowedAt, typeGuards, type Narrowing } from './guarded-reads';
import { soundCarried } from './sound-module';

const indentOf = (line: string) => line.length - line.trimStart().length;
const FUTURE_ANNOTATIONS = /^from __future__ import (?:\(?[\w\s,]*\b)?annotations\b/m;

interface Read {
  path: string;
  line: number;
  code: string;
}

/**
 * The plan with the members of Stainless's client class carried into sdkgen's for each attribute the staying code
 * reads on it that sdkgen's lacks, or a needs-a-hand item naming the attribute and its reading lines.
 * `renderedText(path)`: sdkgen's own text of a module it writes (only the lines a written module has beyond it are
 * read: sdkgen's code reads what its client defines).
 */
export function carryClientAttributes(
  plan: MigrationPlan,
  repository: (path: string) => string | null,
  renderedText: (path: string) => string | null,
  importName: string,
): void {
  const packageDir = `${importName.replace(/\./g, '/')}/`;
  const clientIndex = plan.writes.findIndex(
    (f) => f.path.endsWith(`/${packageDir}_client.py`) && renderedText(f.path) !== null,
  );
  if (clientIndex < 0) return;
  const clientPath = plan.writes[clientIndex].path;
  const root = clientPath.slice(0, -'_client.py'.length);
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const staying = [...plan.kept, ...plan.keptImported].filter(
    (p) => p.startsWith(root) && p.endsWith('.py') && !written.has(p),
  );
  const stayingText = new Map(staying.map((p) => [p, repository(p)]));
  const finalText = (p: string) => written.get(p) ?? stayingText.get(p) ?? null;
  const baseClient = finalText(`${root}_base_client.py`) ?? '';
  const clientText = () => plan.writes[clientIndex].contents;
  const clients = clientMembers(clientText(), baseClient);
  if (clients.size === 0) return;
  // (A subclass's members do not count: the package's module client or the owners' Azure client is not the client a
  // user builds, and a read of what only the subclass defines is told of, the safe side. But for a read under a guard
  // narrowing the client to a class, `if is_azure_client(self.__client):`, which is judged against that class.)
  const packageTexts = [...written.keys(), ...staying].filter((p) => p.startsWith(root) && p.endsWith('.py'));
  const classes = packageClasses(packageTexts.map((p) => finalText(p) ?? ''));
  const guards = typeGuards(packageTexts.map((p) => finalText(p) ?? ''));
  const narrowedDefines = (read: { narrowed: string[]; present: string[]; attribute: string }) =>
    read.present.includes(read.attribute) || read.narrowed.some((name) => classes(name)?.has(read.attribute) === true);
  const reads = new Map<string, Read[]>();
  for (const p of [...written.keys(), ...staying]) {
    if (!p.startsWith(root) || !p.endsWith('.py') || p === clientPath) continue;
    const text = finalText(p);
    if (text === null) continue;
    const sdkgens = renderedText(p);
    if (sdkgens === text) continue;
    const ours = new Set(sdkgens?.split('\n') ?? []);
    for (const read of clientReads(p, text, [...clients.keys()], guards))
      if (
        !ours.has(text.split('\n')[read.line - 1]) &&
        !clients.get(read.client)!.has(read.attribute) &&
        !narrowedDefines(read)
      ) {
        const key = `${read.client}.${read.attribute}`;
        reads.set(key, [...(reads.get(key) ?? []), read]);
      }
  }
  const theirs = repository(clientPath);
  // Stainless's client classes as the repository had them, with its `_base_client.py`: what they never defined, a read
  // of the owners' code failed on before the move as it does after it (the move changes nothing there).
  const stainlessClients =
    theirs === null
      ? new Map<string, Set<string>>()
      : clientMembers(theirs, repository(`${root}_base_client.py`) ?? '');
  for (const [key, readers] of reads) {
    const [client, attribute] = key.split('.');
    const before = stainlessClients.get(client);
    if (before !== undefined && !before.has(attribute)) {
      plan.undefinedBefore.push({
        path: readers[0].path,
        reason:
          `${readLines(attribute, readers)}, which neither sdkgen's \`${client}\` nor Stainless's defined: it ` +
          'failed with AttributeError before the move as it does after it (unless your code sets it)',
      });
      continue;
    }
    const why = carryMember(plan, clientIndex, theirs, client, attribute, clients, importName, finalText);
    if (why === null) continue;
    plan.needsHand.push({
      path: readers[0].path,
      reason:
        `${readLines(attribute, readers)}, which sdkgen's \`${client}\` does not define: ${why}; it would fail with ` +
        'AttributeError when it runs',
    });
  }
}

/** "reads `X` on the client (line N: `…`, and M more line(s) in `other.py`)". */
function readLines(attribute: string, readers: Read[]): string {
  const first = readers[0];
  const others = [...new Set(readers.map((r) => r.path))].filter((other) => other !== first.path);
  const more =
    readers.length > 1
      ? `, and ${readers.length - 1} more line(s)${others.length > 0 ? ` in ${others.map((o) => `\`${o}\``).join(', ')}` : ''}`
      : '';
  return `reads \`${attribute}\` on the client (line ${first.line}: \`${first.code}\`${more})`;
}

/**
 * Carries `attribute` (and the members of `self` it reads that sdkgen's class lacks) from Stainless's `client` class
 * into sdkgen's; null when done, else why not.
 */
function carryMember(
  plan: MigrationPlan,
  index: number,
  theirs: string | null,
  client: string,
  attribute: string,
  clients: Map<string, Set<string>>,
  importName: string,
  finalText: (path: string) => string | null,
): string | null {
  const defined = clients.get(client)!;
  if (defined.has(attribute)) return null;
  if (theirs === null) return "Stainless's client module is not in the repository";
  const lines = theirs.split('\n');
  const cls = classesOf(lines).find((c) => c.name === client);
  if (cls === undefined) return `Stainless's \`_client.py\` has no class \`${client}\``;
  const members = new Map(cls.chunks.flatMap((c) => (c.name === null ? [] : [[c.name, c] as const])));
  const classText = lines.slice(cls.start - 1, cls.end);
  // The member and those of `self` it reads that sdkgen's class lacks, in turn; an attribute Stainless's class sets in
  // its methods goes with them as a class attribute of its type, None until set (`noneUntilSet`).
  const wanted: string[] = [];
  const seams: Array<{ name: string; line: string }> = [];
  const queue = [attribute];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (wanted.includes(name) || seams.some((s) => s.name === name) || defined.has(name)) continue;
    const chunk = members.get(name);
    const type = chunk === undefined && name !== attribute ? noneUntilSet(classText, name) : null;
    // (A class attribute's annotation is evaluated when the class is made: `X | None` needs Python 3.10, or the
    // module's `from __future__ import annotations`.)
    if (type !== null && (!type.includes('|') || FUTURE_ANNOTATIONS.test(plan.writes[index].contents))) {
      seams.push({ name, line: `${name}: ${type} = None` });
      continue;
    }
    if (chunk === undefined)
      return name === attribute
        ? `Stainless's \`${client}\` has no method or property \`${name}\` to carry (an attribute its \`__init__\` sets, or none)`
        : `Stainless's \`${client}.${attribute}\` reads \`self.${name}\`, which sdkgen's client does not set`;
    wanted.push(name);
    for (const m of chunk.lines.join('\n').matchAll(/\bself\.(\w+)/g)) queue.push(m[1]);
  }
  const drop = new Set<number>();
  let at = cls.start;
  for (const chunk of cls.chunks) {
    const start = lines.indexOf(chunk.lines[0], at);
    at = start + chunk.lines.length;
    if (chunk.name !== null && wanted.includes(chunk.name)) for (let i = start; i < at; i++) drop.add(i);
  }
  const file = plan.writes[index];
  const added = addedMembers(lines.filter((_, i) => !drop.has(i)).join('\n'), theirs, file.contents);
  const names = wanted.map((n) => `\`${client}.${n}\``).join(', ');
  if (added === null || wanted.some((n) => !added.names.includes(`${client}.${n}`)))
    return `Stainless's ${names} could not be taken whole (defined more than once in its class)`;
  const placed = added.place(file.contents);
  if (seams.length > 0) {
    const withSeams = withClassAttributes(
      placed.text,
      client,
      wanted[0],
      seams.map((s) => s.line),
    );
    if (withSeams === null) return `Stainless's ${names} found no place in sdkgen's class`;
    placed.text = withSeams;
  }
  const sound = soundCarried(theirs, withImportsNeeded(theirs, placed.text), file.contents);
  if (sound.kind === 'broken') return `Stainless's ${names} not carried: ${sound.reason}`;
  if (placed.placed < added.count) return `Stainless's ${names} found no place in sdkgen's class`;
  const unresolved = unresolvedImport(file.path, (p) => (p === file.path ? sound.text : finalText(p)), importName);
  if (unresolved !== null) return `Stainless's ${names} would import ${unresolved}, which the package does not have`;
  plan.writes[index] = { ...file, contents: sound.text };
  for (const n of [...wanted, ...seams.map((s) => s.name)]) defined.add(n);
  const seamNote =
    seams.length === 0
      ? ''
      : `; ${seams.map((s) => `\`${client}.${s.name}\``).join(', ')} as a class attribute, None until set (Stainless's \`__init__\` sets it otherwise: yours, for a person)`;
  plan.keptDefinitions.push(
    `${file.path}: ${wanted.map((n) => `${client}.${n}`).join(', ')} (read on the client)${seamNote}`,
  );
  return null;
}

/**
 * The type of an attribute Stainless's class (its lines) sets to None in a method and annotates with a type holding
 * None (`self._key_provider: Callable[[], str] | None = key`, or `_key_provider: … | None` in its body), never
 * deleting it: a class attribute of that type, None, is a value the class's own code reads it at. Null otherwise.
 */
function noneUntilSet(classText: string[], name: string): string | null {
  const code = readModule(classText.join('\n')).code.join('\n');
  const setsNone = new RegExp(`\\bself\\.${name}\\s*(?::[^=\\n]+)?=\\s*None\\s*$`, 'm');
  if (!setsNone.test(code) || new RegExp(`\\bdel\\s+self\\.${name}\\b`).test(code)) return null;
  const annotations = [
    ...code.matchAll(new RegExp(`\\bself\\.${name}\\s*:([^=\\n]+)=`, 'g')),
    ...code.matchAll(new RegExp(`^[ \\t]+${name}\\s*:([^=\\n]+)$`, 'gm')),
  ].map((m) => m[1].trim());
  const types = [...new Set(annotations)];
  if (types.length !== 1 || !/(?:\|\s*None\b|\bOptional\[)/.test(types[0])) return null;
  return types[0];
}

/** `text` with `attributes` declared in `client`'s body, above its member `before`; null where there is no such member. */
function withClassAttributes(text: string, client: string, before: string, attributes: string[]): string | null {
  const lines = text.split('\n');
  const cls = classesOf(lines).find((c) => c.name === client);
  const chunk = cls?.chunks.find((c) => c.name === before);
  if (cls === undefined || chunk === undefined) return null;
  const at = lines.indexOf(chunk.lines[0], cls.start);
  if (at < 0 || at >= cls.end) return null;
  const indent = ' '.repeat(indentOf(chunk.lines[0]));
  lines.splice(at, 0, ...attributes.map((a) => `${indent}${a}`), '');
  return lines.join('\n');
}

/** sdkgen's client classes (those whose bases are classes of `_base_client.py`) → every name they and those define. */
function clientMembers(clientText: string, baseClient: string): Map<string, Set<string>> {
  const classes = new Map<string, { body: ClassBody; lines: string[] }>();
  for (const text of [baseClient, clientText]) {
    const lines = text.split('\n');
    for (const body of classesOf(lines)) classes.set(body.name, { body, lines });
  }
  const baseNames = new Set(classesOf(baseClient.split('\n')).map((c) => c.name));
  const membersOf = (name: string, seen: Set<string>): Set<string> | null => {
    const found = classes.get(name);
    if (found === undefined || seen.has(name)) return null;
    seen.add(name);
    const own = classMembers(found.body, found.lines);
    if (own.has('__getattr__')) return null;
    for (const base of baseNames_(found.lines[found.body.start - 1])) {
      if (EMPTY_BASES.has(base)) continue;
      const inherited = membersOf(base, seen);
      if (inherited === null) return null;
      for (const member of inherited) own.add(member);
    }
    return own;
  };
  const clients = new Map<string, Set<string>>();
  for (const body of classesOf(clientText.split('\n'))) {
    const bases = baseNames_(clientText.split('\n')[body.start - 1]);
    if (!bases.some((b) => baseNames.has(b))) continue;
    const members = membersOf(body.name, new Set());
    if (members !== null) clients.set(body.name, members);
  }
  return clients;
}

/**
 * `self._client.X` in a class of resources, `p.X` where `p` is a parameter typed as a client, `c.X` where `c` is a
 * client the module builds (`client = Acme()`), and the reads of each name one of those is passed on to.
 */
function clientReads(
  path: string,
  text: string,
  clients: string[],
  guards: Map<string, string>,
): Array<Read & { client: string; attribute: string } & Narrowing> {
  const module = readModule(text);
  const lines = module.lines;
  const found: Array<Read & { client: string; attribute: string } & Narrowing> = [];
  const typed = new RegExp(`(?<![\\w.])(\\w+)\\s*:\\s*["']?(${clients.join('|')})["']?\\s*(?=[,)=]|$)`, 'g');
  const classes = classesOf(lines);
  // The reads of `holder` between the lines; a line passing it on whole (`conn = self._client`, `self._owner =
  // client`) makes the new name a holder too, in its function (or class, for `self.X`).
  const readsOf = (holder: string, from: number, to: number, client: string, depth = 0) => {
    const name = holder.replace(/\./g, '\\.');
    const pattern = new RegExp(`(?<![\\w.])${name}\\.([A-Za-z_]\\w*)`, 'g');
    const passed = new RegExp(`^(\\s*)((?:self\\.)?\\w+)\\s*(?::[^=]+)?=\\s*${name}\\s*$`);
    for (let i = from; i < to; i++) {
      for (const m of module.code[i].matchAll(pattern))
        if (!/^\s*=(?!=)/.test(module.code[i].slice(m.index! + m[0].length)))
          found.push({
            path,
            line: i + 1,
            code: lines[i].trim(),
            client,
            attribute: m[1],
            ...narrowedAt(module, i, holder, guards),
          });
      const alias = passed.exec(module.code[i]);
      if (alias !== null && alias[2] !== holder && depth < 3)
        readsOf(alias[2], ...boundIn(alias[2], i, alias[1].length), client, depth + 1);
    }
  };
  // Where a name bound at line `at` is seen: its class for `self.X`, else the rest of its function or module.
  const boundIn = (bound: string, at: number, indent: number): [number, number] => {
    if (!bound.startsWith('self.')) return scopeOf(module.code, module.continues, at, indent);
    const cls = classes.find((c) => c.start <= at && at < c.end);
    return cls === undefined ? [at, at] : [cls.start, cls.end];
  };
  const syncOrAsync = (resource: string) =>
    clients.filter((c) => c.startsWith('Async') === resource.startsWith('Async'));
  for (const cls of classes) {
    const resource = baseNames_(lines[cls.start - 1]).find((b) => /APIResource$/.test(b));
    if (resource !== undefined) for (const c of syncOrAsync(resource)) readsOf('self._client', cls.start, cls.end, c);
  }
  // Functions with a parameter typed as a client: its reads there, and where it is passed on (`self.__client`).
  for (let i = 0; i < lines.length; i++) {
    const def = /^(\s*)(?:async\s+)?def\s+\w+\s*\(/.exec(module.code[i]);
    if (def === null) continue;
    let end = i + 1;
    // (The raw lines: a quoted annotation, `client: "AsyncAcme"`, is a string the code lines blank.)
    let signature = lines[i];
    while (end < lines.length && module.continues[end]) signature += ` ${lines[end++]}`;
    const bodyEnd = blockEnd(module.code, module.continues, end, def[1].length);
    for (const m of signature.matchAll(typed)) readsOf(m[1], end, bodyEnd, m[2]);
  }
  // A client the module builds (`client = Acme(...)`, at any level): its reads in the scope it is bound in.
  const built = new RegExp(`^(\\s*)((?:self\\.)?\\w+)\\s*(?::[^=]+)?=\\s*(${clients.join('|')})\\(`);
  for (let i = 0; i < lines.length; i++) {
    const m = built.exec(module.code[i]);
    if (m !== null) readsOf(m[2], ...boundIn(m[2], i, m[1].length), m[3]);
  }
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = `${r.line}:${r.client}:${r.attribute}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The lines a name bound at line `at` (indented `indent`) is seen in: the rest of its function, else of the module. */
function scopeOf(code: string[], continues: boolean[], at: number, indent: number): [number, number] {
  for (let i = at - 1; i >= 0; i--) {
    const def = /^(\s*)(?:async\s+)?def\s/.exec(code[i]);
    if (def !== null && def[1].length < indent && !continues[i])
      return [at, blockEnd(code, continues, i + 1, def[1].length)];
  }
  return [at, code.length];
}

/** One past the last line of a block whose header is indented `indent`, its body starting at `from`. */
function blockEnd(code: string[], continues: boolean[], from: number, indent: number): number {
  let end = from;
  for (let i = from; i < code.length; i++) {
    if (continues[i] || code[i].trim() === '') continue;
    if (indentOf(code[i]) <= indent) break;
    end = i + 1;
  }
  return end;
}

/** The members a class of the package defines, with those of its bases the package defines too (null: no such class). */
function packageClasses(texts: string[]): (name: string) => Set<string> | null {
  const found = new Map<string, { body: ClassBody; lines: string[] }>();
  for (const text of texts) {
    const lines = text.split('\n');
    for (const body of classesOf(lines)) if (!found.has(body.name)) found.set(body.name, { body, lines });
  }
  const membersOf = (name: string, seen: Set<string>): Set<string> | null => {
    const cls = found.get(name);
    if (cls === undefined || seen.has(name)) return null;
    seen.add(name);
    const own = classMembers(cls.body, cls.lines);
    for (const base of baseNames_(cls.lines[cls.body.start - 1]))
      for (const m of membersOf(base, seen) ?? []) own.add(m);
    return own;
  };
  return (name) => membersOf(name, new Set());
}
