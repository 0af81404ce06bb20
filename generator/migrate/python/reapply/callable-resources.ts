/**
 * A top-level resource named as a method of the client's own (IR Resource.callable, turbopuffer's `namespaces`), in
 * Python. Stainless's client declared both, the resource's property (`@cached_property def namespaces(self) ->
 * NamespacesResource:`, or an eager `self.namespaces = NamespacesResource(self)`) and the method `def namespaces(self,
 * *, …)`, one hiding the other; owners who made theirs work deleted the property and kept the method (turbopuffer's,
 * who reach the resource through a method of their own, `client.namespace(ns)`). sdkgen's client has one property that
 * is both: the resource, whose class's `__call__` is the method, the client's wrappers binding it
 * (`self.namespaces = to_raw_response_wrapper(client.namespaces)`). Their deletion, carried onto sdkgen's module, would
 * take the method with the resource: `client.namespaces(…)` and the wrappers' bindings would read a name the client
 * no longer has. What they deleted is done (sdkgen's property is the method they kept when called), so sdkgen's
 * declaration stays, where it was among the lines around it.
 */
import type { Reapplied } from '../../reapply/hunks';

/** A client wrapper's binding of a method: `self.namespaces = to_raw_response_wrapper(client.namespaces)`. */
const BINDING = /^\s+self\.(\w+) = (?:async_)?to_(?:custom_)?(?:raw|streamed)_response_wrapper\(\s*client\.(\w+)\b/;

/**
 * The blocks of sdkgen's module (`target`) declaring a property the client's wrappers also bind as a method: a lazy
 * `@cached_property` (decorator to `return`, and the blank line after it) or an eager assignment of a resource class.
 */
function callableDeclarations(lines: string[]): Array<{ name: string; start: number; end: number }> {
  const names = new Set(lines.flatMap((line) => BINDING.exec(line)?.filter((_, i) => i > 0) ?? []));
  const blocks: Array<{ name: string; start: number; end: number }> = [];
  lines.forEach((line, i) => {
    const lazy = /^\s+def (\w+)\(self\) -> \w+:$/.exec(line);
    if (lazy && names.has(lazy[1]) && lines[i - 1]?.trim() === '@cached_property') {
      let end = i + 1;
      while (end < lines.length && !/^\s+return /.test(lines[end])) end++;
      if (end >= lines.length) return;
      end++;
      if (lines[end]?.trim() === '') end++;
      blocks.push({ name: lazy[1], start: i - 1, end });
    }
    const eager = /^\s+self\.(\w+) = [\w.]+\(self\)$/.exec(line);
    if (eager && names.has(eager[1])) blocks.push({ name: eager[1], start: i, end: i + 1 });
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
 * the carried class still has (above that member's decorators), or at the class's end.
 */
export function withCallableResourcesKept(target: string, carried: Reapplied): Reapplied {
  const ours = target.split('\n');
  const blocks = callableDeclarations(ours);
  if (blocks.length === 0) return carried;
  let lines = carried.text.split('\n');
  for (const block of blocks) {
    const declaration = ours.slice(block.start, block.end);
    const head = declaration.find((line) => line.trim() !== '' && !line.trim().startsWith('@'))!;
    // (Only where the owners kept the method: the carried module still binds it in the client's wrappers.)
    const bound = lines.some((line) => BINDING.exec(line)?.[2] === block.name);
    let ourClass = block.start;
    while (ourClass >= 0 && !/^class \w/.test(ours[ourClass])) ourClass--;
    if (!bound || ourClass < 0) continue;
    const at = lines.indexOf(ours[ourClass]);
    if (at < 0 || lines.indexOf(ours[ourClass], at + 1) >= 0) continue;
    const end = classEnd(lines, at);
    if (lines.slice(at, end).includes(head)) continue;
    // (The first of the members after it in sdkgen's class that the carried class still has.)
    const inClass = lines.slice(at, end);
    const next = memberDefs(ours, block.end, classEnd(ours, ourClass)).find((i) => inClass.includes(ours[i]));
    const place = at + (next === undefined ? end - at : inClass.indexOf(ours[next]));
    let before = place;
    while (next !== undefined && before > at && /^\s+@/.test(lines[before - 1])) before--;
    const blankBefore = lines[before - 1]?.trim() !== '' && next === undefined ? [''] : [];
    // (At the class's end, the blank lines before the next statement are there already.)
    const placed = next === undefined && declaration.at(-1) === '' ? declaration.slice(0, -1) : declaration;
    lines = [...lines.slice(0, before), ...blankBefore, ...placed, ...lines.slice(before)];
  }
  const text = lines.join('\n');
  return text === carried.text ? carried : { ...carried, text };
}
