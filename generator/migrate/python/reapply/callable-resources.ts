/**
 * A top-level resource named as a method of the client's own (IR Resource.callable, turbopuffer's `namespaces`), in
 * Python. Stainless's client declared both, the resource's property (`@cached_property def namespaces(self) ->
 * NamespacesResource:`, or an eager `self.namespaces = NamespacesResource(self)`) and the method `def namespaces(self,
 * *, …)`, one hiding the other, and its wrappers likewise (the resource's wrapper property beside
 * `self.namespaces = to_raw_response_wrapper(client.namespaces)`); owners who made theirs work deleted the properties
 * and kept the method and its bindings (turbopuffer's, who reach the resource through a method of their own,
 * `client.namespace(ns)`). sdkgen's client has one property that is both: the resource, whose class's `__call__` is the
 * method, and its wrappers hold the resource's wrappers, which are the method's too
 * (emit/python/resources/callable-wrappers.ts). Their deletions, carried onto sdkgen's module, would take the method
 * with the resource: `client.namespaces(…)` and `client.with_raw_response.namespaces(…)` would read names the client no
 * longer has. What they deleted is done (sdkgen's properties are the method and its wrappers they kept), so sdkgen's
 * declarations stay, in their classes, where they were among the lines around them.
 */
import type { Reapplied } from '../../reapply/hunks';

/** A client wrapper's binding of a method: `self.namespaces = to_raw_response_wrapper(client.namespaces)`. */
const BINDING = /^\s+self\.(\w+) = (?:async_)?to_(?:custom_)?(?:raw|streamed)_response_wrapper\(\s*client\.(\w+)\b/;

/** The names a module's client wrappers bind as methods of the client (`client.namespaces`). */
function boundMethods(text: string): Set<string> {
  const lines = text.split('\n');
  // (A binding laid out over lines: `to_raw_response_wrapper(` and `client.namespaces,` on the next.)
  const joined = lines.map((line, i) => (/\($/.test(line) ? `${line}${(lines[i + 1] ?? '').trim()}` : line));
  return new Set(joined.flatMap((line) => BINDING.exec(line)?.filter((_, i) => i > 0) ?? []));
}

/**
 * The blocks of sdkgen's module (`target`) declaring a property of `names` (the client's or its wrappers'): a lazy
 * `@cached_property` (decorator to `return`, and the blank line after it) or an eager assignment of a resource class
 * (`self.namespaces = NamespacesResource(self)`, a wrapper's `…WithRawResponse(client.namespaces)`).
 */
function callableDeclarations(
  lines: string[],
  names: ReadonlySet<string>,
): Array<{ name: string; start: number; end: number }> {
  const blocks: Array<{ name: string; start: number; end: number }> = [];
  lines.forEach((line, i) => {
    const lazy = /^\s+def (\w+)\(self\) -> [\w.]+:$/.exec(line);
    if (lazy && names.has(lazy[1]) && lines[i - 1]?.trim() === '@cached_property') {
      let end = i + 1;
      while (end < lines.length && !/^\s+return /.test(lines[end])) end++;
      if (end >= lines.length) return;
      end++;
      if (lines[end]?.trim() === '') end++;
      blocks.push({ name: lazy[1], start: i - 1, end });
    }
    const eager = /^\s+self\.(\w+) = [\w.]+\((?:self|client\.(\w+))\)$/.exec(line);
    if (eager && names.has(eager[1]) && (eager[2] ?? eager[1]) === eager[1])
      blocks.push({ name: eager[1], start: i, end: i + 1 });
  });
  return blocks;
}

/** The index past the last line of the class whose header is at `at` (the next top-level statement's, or the end). */
function classEnd(lines: string[], at: number): number {
  let end = at + 1;
  while (end < lines.length && !/^\S/.test(lines[end])) end++;
  while (end > at + 1 && lines[end - 1].trim() === '') end--;
  return end;
}

/** The member definitions of a class body (`def …` at the class's indent), from `start` to `end`. */
function memberDefs(lines: string[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (/^ {4}(?:async )?def \w/.test(lines[i])) out.push(i);
  return out;
}

/**
 * `carried` (the owners' edits carried onto sdkgen's module `target`) with each of sdkgen's callable resources'
 * declarations the carrying took out put back in the same class: before the first member that followed it in `target`
 * the carried class still has (above that member's decorators), or at the class's end. A callable resource is one
 * whose method the owners' module (`owners`) binds in the client's wrappers (they kept the method) and sdkgen's module
 * declares as a property: the method's bindings in sdkgen's own wrappers (its form before they were the resource's)
 * name them too.
 */
export function withCallableResourcesKept(target: string, carried: Reapplied, owners = carried.text): Reapplied {
  const ours = target.split('\n');
  // (Only where the owners kept the method: their module still binds it in the client's wrappers.)
  const kept = boundMethods(owners);
  for (const name of boundMethods(carried.text)) kept.add(name);
  const blocks = callableDeclarations(ours, kept);
  if (blocks.length === 0) return carried;
  let lines = carried.text.split('\n');
  for (const block of blocks) {
    const declaration = ours.slice(block.start, block.end);
    const head = declaration.find((line) => line.trim() !== '' && !line.trim().startsWith('@'))!;
    let ourClass = block.start;
    while (ourClass >= 0 && !/^class \w/.test(ours[ourClass])) ourClass--;
    if (ourClass < 0) continue;
    const at = lines.indexOf(ours[ourClass]);
    if (at < 0 || lines.indexOf(ours[ourClass], at + 1) >= 0) continue;
    const end = classEnd(lines, at);
    if (lines.slice(at, end).includes(head)) continue;
    const inClass = lines.slice(at, end);
    // An eager assignment goes after the statement before it in sdkgen's constructor, where the class has it once.
    if (/^ {8}self\./.test(declaration[0])) {
      let anchor = block.start - 1;
      while (anchor > ourClass && ours[anchor].trim() === '') anchor--;
      const found = inClass.indexOf(ours[anchor]);
      if (anchor <= ourClass || found < 0 || inClass.indexOf(ours[anchor], found + 1) >= 0) continue;
      lines = [...lines.slice(0, at + found + 1), ...declaration, ...lines.slice(at + found + 1)];
      continue;
    }
    // (The first of the members after it in sdkgen's class that the carried class still has; else the member after
    // the last one before it there, which keeps a member sdkgen adds before it on a later generation apart from
    // theirs; else the class's end.)
    const members = memberDefs(ours, ourClass + 1, classEnd(ours, ourClass));
    const next = members.filter((i) => i >= block.end).find((i) => inClass.includes(ours[i]));
    const previous = members.filter((i) => i < block.start && inClass.includes(ours[i])).at(-1);
    if (next === undefined && previous !== undefined) {
      const following = memberDefs(inClass, inClass.indexOf(ours[previous]) + 1, inClass.length)[0];
      if (following !== undefined) {
        const place = at + following;
        let before = place;
        while (before > at && /^\s+@/.test(lines[before - 1])) before--;
        lines = [...lines.slice(0, before), ...declaration, ...lines.slice(before)];
        continue;
      }
    }
    const place = at + (next === undefined ? end - at : inClass.indexOf(ours[next]));
    let before = place;
    while (next !== undefined && before > at && /^\s+@/.test(lines[before - 1])) before--;
    const blankBefore = lines[before - 1]?.trim() !== '' && next === undefined ? [''] : [];
    // (At the class's end, the blank lines before the next statement are there already.)
    const placed = next === undefined && declaration.at(-1) === '' ? declaration.slice(0, -1) : declaration;
    lines = [...lines.slice(0, before), ...blankBefore, ...placed, ...lines.slice(before)];
  }
  lines = withTypeCheckingImports(ours, lines, blocks);
  const text = lines.join('\n');
  return text === carried.text ? carried : { ...carried, text };
}

/**
 * `lines` with sdkgen's `if TYPE_CHECKING:` imports (of `ours`) back where a kept declaration's annotation reads a name
 * the module no longer binds (`-> NamespacesResource`, `-> namespaces.NamespacesResourceWithRawResponse`): the owners
 * took them out with Stainless's property; at run time nothing reads them, so the carry's soundness does not bring them.
 */
function withTypeCheckingImports(
  ours: string[],
  lines: string[],
  blocks: Array<{ start: number; end: number }>,
): string[] {
  const read = new Set(
    blocks.flatMap((b) => ours.slice(b.start, b.end).flatMap((l) => /-> (\w+)[\w.]*:$/.exec(l)?.[1] ?? [])),
  );
  const bound = (name: string) =>
    lines.some((l) =>
      new RegExp(`^\\s*(?:from \\S+ import .*\\b${name}\\b|import ${name}\\b|class ${name}\\b|${name} =)`).test(l),
    );
  if (![...read].some((name) => !bound(name))) return lines;
  const at = ours.indexOf('if TYPE_CHECKING:');
  if (at < 0 || lines.includes('if TYPE_CHECKING:')) return lines;
  let end = at + 1;
  while (end < ours.length && /^ {4}\S/.test(ours[end])) end++;
  const place = lines.findIndex((l) => /^(?:__all__|class |def )/.test(l));
  if (place < 0) return lines;
  const typing = lines.findIndex((l) => /^from typing import /.test(l));
  const out = [...lines.slice(0, place), ...ours.slice(at, end), '', ...lines.slice(place)];
  if (typing >= 0 && !/\bTYPE_CHECKING\b/.test(out[typing]))
    out[typing] = out[typing].replace('from typing import ', 'from typing import TYPE_CHECKING, ');
  else if (typing < 0) out.splice(place, 0, 'from typing import TYPE_CHECKING', '');
  return out;
}

/** The test that shows sdkgen's client property is the resource and, called, the client's method. */
export const CALLABLE_RESOURCE_TEST = 'test/python/client-method-resource-r30c.test.ts';

/** The public members (`def name(`) of the class whose header is `header` in `lines`, none if it is not there once. */
function publicMembers(lines: string[], header: string): string[] {
  const at = lines.indexOf(header);
  if (at < 0 || lines.indexOf(header, at + 1) >= 0) return [];
  const members = memberDefs(lines, at, classEnd(lines, at)).map((i) => /def (\w+)/.exec(lines[i])![1]);
  return members.filter((name) => !name.startsWith('_'));
}

/**
 * What the report says of each callable resource whose property the owners deleted from Stainless's client
 * (`owners` has none of sdkgen's declarations of it in `target`'s client class) and that stays in the migrated module
 * (`written`): `client.namespaces` is the resource and, called, the method they kept, beside their own members of that
 * class (`client.namespace(ns)`, those sdkgen's class has not).
 */
export function keptCallableResources(
  target: string,
  owners: string,
  written: string,
): Array<{ does: string; test: string }> {
  const ours = target.split('\n');
  const theirs = owners.split('\n');
  const kept = written.split('\n');
  const notes: Array<{ does: string; test: string }> = [];
  const seen = new Set<string>();
  for (const block of callableDeclarations(ours, boundMethods(owners))) {
    let cls = block.start;
    while (cls >= 0 && !/^class \w/.test(ours[cls])) cls--;
    // (The client's own declaration, not its wrappers': the wrappers' go with it.)
    if (cls < 0 || seen.has(block.name) || /WithRaw|WithStream/.test(ours[cls])) continue;
    const declaration = ours.slice(block.start, block.end).filter((line) => line.trim() !== '');
    const inOwners = declaration.every((line) => theirs.includes(line));
    if (inOwners || !declaration.every((line) => kept.includes(line))) continue;
    seen.add(block.name);
    const own = publicMembers(theirs, ours[cls]).filter((name) => !publicMembers(ours, ours[cls]).includes(name));
    const beside = own.length ? `, beside your own ${own.map((name) => `\`client.${name}(…)\``).join(', ')}` : '';
    notes.push({
      does:
        `takes Stainless's \`${block.name}\` resource property out of the client so that the method \`client.` +
        `${block.name}(…)\` runs; sdkgen's \`client.${block.name}\` is both (the resource, whose \`__call__\` is that ` +
        `method, its wrappers \`client.with_raw_response.${block.name}(…)\` too), so it stays${beside}`,
      test: CALLABLE_RESOURCE_TEST,
    });
  }
  return notes;
}
