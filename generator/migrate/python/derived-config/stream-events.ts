/**
 * What a Stainless Python SDK's `_streaming.py` does with each server-sent event, read back as the config's
 * `streaming.on_event` rules, and the owners' patch of that handling recognised as sdkgen's runtime's.
 *
 * Stainless writes the handling into `Stream.__stream__` from its config's `streaming:` section: `if
 * sse.data.startswith("[DONE]"): break` ends the stream, `if sse.event is None:` … `data.get("error")` … `raise
 * APIError(…)` raises an error property, an `else:` branch yields the other events. Without the section its loop only
 * yields each event's data, and owners add the handling by hand (stop at `[DONE]`, raise on an `error`). sdkgen's
 * `_streaming.py` does it from the same rules (`_EVENT_RULES`; without them it ends at `[DONE]` and raises an event's
 * `error` property or an `event: error` itself), so:
 * - the derived config (`--from-repo`, derived-config.ts) writes the rules the repository's `__stream__` shows;
 * - each edit of the owners' that only adds such handling to `__stream__` (and the imports it reads) is Stainless's lines
 *   put back and reported done, where the config's rules, or sdkgen's handling without rules, do what those lines do.
 *
 * Told by what the lines do, never by the repository. Hook: plan.ts, after binary-request-done.ts.
 */
import type { StreamEventRule } from '../../../ir/types';
import { diff, lines } from '../../../write/merge';
import { inPackageMatching } from '../../../emit/python/package-root';

/** What sdkgen's runtime does in the patch's place, as the report says it. */
export const STREAM_EVENTS_DOES =
  "a stream ends at its end marker (`[DONE]`) and raises an `APIError` for an event whose data has the error property or an `event: error`: sdkgen's `_streaming.py` does it from the config's `streaming.on_event` rules (`_EVENT_RULES`), which the repository's handling is read into";
/** The tests that show it. */
export const STREAM_EVENTS_TEST = 'test/python/runtime/test_streaming.py › test_stream_error_event';

/** The package's `_streaming.py`, as a path in the package (pathInPackage). */
const STREAMING_MODULE = /^_streaming\.py$/;
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The lines of `class <cls>`'s `def <method>` (sync or async), without its `def` line; null: none. */
function methodBody(text: string, cls: string, method: string): string[] | null {
  const all = text.split('\n');
  const start = all.findIndex((line) => new RegExp(`^class ${cls}\\b`).test(line));
  if (start < 0) return null;
  const def = all.findIndex((line, i) => i > start && new RegExp(`^    (?:async )?def ${method}\\(`).test(line));
  if (def < 0 || all.slice(start + 1, def).some((line) => /^\S/.test(line))) return null;
  const body: string[] = [];
  for (const line of all.slice(def + 1)) {
    if (line.trim() !== '' && indentOf(line) <= 4) break;
    body.push(line);
  }
  return body;
}

type EventScope = Array<string | null> | 'other' | 'any';
interface Frame {
  indent: number;
  prefix?: string;
  events?: EventScope;
  errorProperty?: string;
  inlineEvent?: string;
}

const quoted = /["']([^"']+)["']/;

/** The events a condition on `sse.event` alone names (`is None`, `== "x"`, `or`-ed, `in (…)`); null: another condition. */
function eventsOf(condition: string): Array<string | null> | null {
  const inTuple = /^sse\.event in [([]([^)\]]*)[)\]]$/.exec(condition);
  if (inTuple) return [...inTuple[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
  const events: Array<string | null> = [];
  for (const part of condition.split(/\s+or\s+/)) {
    const one = /^sse\.event (?:is None|== ["']([^"']+)["'])$/.exec(part.trim());
    if (!one) return null;
    events.push(one[1] ?? null);
  }
  return events;
}

/** The method's statements, a condition laid over several lines joined into one (`if (\n a\n or b\n):`). */
function statements(body: string[]): Array<{ indent: number; line: string }> {
  const out: Array<{ indent: number; line: string }> = [];
  let open: { indent: number; line: string } | null = null;
  for (const raw of body) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (open) {
      open.line += ` ${line}`;
      if (line.endsWith(':')) open = null;
      continue;
    }
    const statement = { indent: indentOf(raw), line };
    out.push(statement);
    if (/^(?:if|elif)\b.*\($/.test(line)) open = statement;
  }
  return out.map(({ indent, line }) => ({ indent, line: line.replace(/\(\s+/g, '(').replace(/\s+\)/g, ')') }));
}

/**
 * The `streaming.on_event` rules `Stream.__stream__` of a `_streaming.py` follows, in the order its branches come: an
 * end marker (`if sse.data.startswith(P): break`); each branch by event name that yields (with the property whose
 * presence raises an `APIError` there) or raises the client's status error (`handle: error`); an `else:` branch or an
 * unbranched yield as `kind: fallthrough`. Empty: no loop that yields.
 */
export function streamEventRulesOf(streaming: string): StreamEventRule[] {
  const body = methodBody(streaming, 'Stream', '__stream__');
  if (body === null) return [];
  // Per branch, in order: an end marker's rule, or the branch's scope (its rule made once the method is read).
  const order: Array<StreamEventRule | EventScope> = [];
  const yields = new Set<EventScope>();
  const raises = new Map<EventScope, string>();
  const statusErrors = new Set<EventScope>();
  const inline: Array<{ within: EventScope; event: string; property: string }> = [];
  const stack: Frame[] = [];
  let lastBranch: { indent: number; events: EventScope } | null = null;
  const scopeNow = (): EventScope => [...stack].reverse().find((f) => f.events !== undefined)?.events ?? 'any';
  const isRule = (entry: StreamEventRule | EventScope): entry is StreamEventRule =>
    typeof entry === 'object' && !Array.isArray(entry);
  const scopeKey = (scope: EventScope): EventScope => {
    const known = order.find((s) => !isRule(s) && JSON.stringify(s) === JSON.stringify(scope));
    if (known !== undefined) return known as EventScope;
    order.push(scope);
    return scope;
  };
  for (const { indent, line } of statements(body)) {
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const branch = /^(?:if|elif) \(?(.*?)\)?:$/.exec(line);
    const events = branch ? eventsOf(branch[1]!) : null;
    if (events) {
      stack.push({ indent, events });
      lastBranch = { indent, events };
      continue;
    }
    if (line === 'else:' && lastBranch?.indent === indent) {
      stack.push({ indent, events: 'other' });
      continue;
    }
    const prefix = /^if sse\.data\.startswith\((.+)\):$/.exec(line);
    if (prefix) {
      stack.push({ indent, prefix: quoted.exec(prefix[1]!)?.[1] });
      continue;
    }
    const errorIf = /^if\b.*\bdata(?:\.get\(|\[)["'](\w+)["']/.exec(line);
    if (errorIf && line.endsWith(':')) {
      const inlineEvent = /\bsse\.event == ["']([^"']+)["']/.exec(line)?.[1];
      stack.push({ indent, errorProperty: errorIf[1], ...(inlineEvent ? { inlineEvent } : {}) });
      continue;
    }
    if (line.endsWith(':')) {
      stack.push({ indent });
      continue;
    }
    if (line === 'break') {
      const marker = stack[stack.length - 1]?.prefix;
      if (marker !== undefined)
        order.push({ events: null, dataStartsWith: marker, handle: 'done', errorProperty: null });
      continue;
    }
    if (/^raise self\._client\._make_status_error\(/.test(line)) {
      statusErrors.add(scopeKey(scopeNow()));
      continue;
    }
    if (/^raise APIError\b/.test(line)) {
      const check = [...stack].reverse().find((f) => f.errorProperty !== undefined);
      if (check?.inlineEvent !== undefined)
        inline.push({ within: scopeKey(scopeNow()), event: check.inlineEvent, property: check.errorProperty! });
      else if (check) raises.set(scopeKey(scopeNow()), check.errorProperty!);
      continue;
    }
    if (/^yield\b/.test(line) && !/^yield from\b/.test(line)) yields.add(scopeKey(scopeNow()));
  }
  const rules: StreamEventRule[] = [];
  for (const entry of order) {
    if (isRule(entry)) {
      rules.push(entry);
      continue;
    }
    const scope = entry;
    for (const error of inline.filter((e) => e.within === scope))
      rules.push({ events: [error.event], dataStartsWith: null, handle: 'yield', errorProperty: error.property });
    const events = scope === 'other' || scope === 'any' ? null : scope;
    if (statusErrors.has(scope)) rules.push({ events, dataStartsWith: null, handle: 'error', errorProperty: null });
    else if (yields.has(scope))
      rules.push({ events, dataStartsWith: null, handle: 'yield', errorProperty: raises.get(scope) ?? null });
  }
  return rules.some((rule) => rule.handle === 'yield') ? rules : [];
}

/** Ends at `[DONE]`, or yields every event: what every stream does, which a config need not say. */
const restatesDefault = (rule: StreamEventRule) =>
  rule.events === null &&
  rule.errorProperty === null &&
  ((rule.handle === 'done' && rule.dataStartsWith === '[DONE]') ||
    (rule.handle === 'yield' && rule.dataStartsWith === null));

/** The rules a derived config writes: none where they only say what every stream does. */
export function configuredStreamEventRules(streaming: string): StreamEventRule[] {
  const rules = streamEventRulesOf(streaming);
  return rules.every(restatesDefault) ? [] : rules;
}

/** The rules as a Stainless config writes them (`streaming.on_event`). */
export function onEventEntries(rules: StreamEventRule[]): Array<Record<string, unknown>> {
  return rules.map((rule) => ({
    ...(rule.events === null && rule.dataStartsWith === null ? { kind: 'fallthrough' } : {}),
    ...(rule.events === null ? {} : { event_type: rule.events.length === 1 ? rule.events[0] : rule.events }),
    ...(rule.dataStartsWith === null ? {} : { data_starts_with: rule.dataStartsWith }),
    handle: rule.handle,
    ...(rule.errorProperty === null ? {} : { error_property: rule.errorProperty }),
  }));
}

/**
 * Whether sdkgen's runtime does what `rules` say under the config's rules (`configRules`): they are the same rules, or
 * the config has none and these say only what sdkgen's stream does without them (end at `[DONE]`, yield events, raise
 * an `error` property).
 */
function doneBySdkgen(rules: StreamEventRule[], configRules: StreamEventRule[]): boolean {
  if (rules.length === 0) return false;
  if (configRules.length > 0) return JSON.stringify(configRules) === JSON.stringify(rules);
  return rules.every((rule) =>
    rule.handle === 'done'
      ? rule.dataStartsWith === '[DONE]' && rule.events === null
      : rule.handle === 'yield' && rule.dataStartsWith === null && [null, 'error'].includes(rule.errorProperty),
  );
}

/** A line of event handling in `__stream__`: the loop, the branches, the error's message and raise, the yields. */
const HANDLING_LINE = [
  /^(?:async )?for _?sse in iterator:$/,
  /^(?:if|elif) sse\.(?:event|data)\b.*:$/,
  /^(?:if|elif)\b.*\b(?:is_mapping|data\.get|error\.get)\(.*:$/,
  /^if not message or not isinstance\(message, str\):$/,
  /^(?:else|try|finally):$/,
  /^(?:data|error|message) = /,
  /^raise APIError\($/,
  /^(?:message|request|body)=[\w.[\]"']+,?$/,
  /^\)$/,
  /^yield process_data\(.*\)$/,
  /^(?:await )?response\.a?close\(\)$/,
  /^(?:break|continue|\.\.\.)$/,
  /^#/,
];
const isHandlingLine = (line: string) => line.trim() === '' || HANDLING_LINE.some((re) => re.test(line.trim()));

/**
 * `edited` (the owners' `_streaming.py`) with Stainless's lines in place of each edit that only changes the event
 * handling of `__stream__` or imports a name those edits read, and one entry an edit for `plan.doneBySdkgen`; null
 * where the module has none, or sdkgen's runtime would not do what the owners' handling does.
 */
export function withStreamEventsDone(
  path: string,
  pristine: string,
  edited: string,
  configRules: StreamEventRule[] | null,
  importName: string,
): { text: string; done: Array<{ path: string; does: string; test: string }> } | null {
  if (configRules === null || !inPackageMatching(path, importName, STREAMING_MODULE) || pristine === edited)
    return null;
  if (!doneBySdkgen(streamEventRulesOf(edited), configRules)) return null;
  const [a, b] = [lines(pristine), lines(edited)];
  const hunks = diff(a, b);
  if (hunks === null) return null;
  const strip = (line: string) => line.replace(/\n$/, '');
  // The method each line of the owners' text is in (the nearest `def` above it, indented less).
  const methodAt = (at: number): string | null => {
    for (let i = Math.min(at, b.length - 1); i >= 0; i--) {
      const def = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(b[i]!);
      if (def) return def[1]!;
      if (/^\S/.test(b[i]!) && b[i]!.trim() !== '') return null;
    }
    return null;
  };
  const handling = hunks.filter((hunk) => {
    const added = b.slice(hunk.start, hunk.end).map(strip);
    return (
      added.some((line) => line.trim() !== '') &&
      methodAt(hunk.start) === '__stream__' &&
      methodAt(hunk.end - 1) === '__stream__' &&
      added.every(isHandlingLine)
    );
  });
  if (handling.length === 0) return null;
  // The names the handling reads that an import edit may bring (`is_mapping`, `APIError`).
  const read = new Set(
    handling.flatMap(
      (h) =>
        b
          .slice(h.start, h.end)
          .join('')
          .match(/\b[A-Za-z_]\w*\b/g) ?? [],
    ),
  );
  const imports = hunks.filter((hunk) => {
    const [removed, added] = [a.slice(hunk.baseStart, hunk.baseEnd), b.slice(hunk.start, hunk.end)].map((ls) =>
      ls.map(strip),
    );
    const importLine = (line: string) => /^(?:from\s+\S+\s+)?import\s/.test(line) || line.trim() === '';
    if (!added.every(importLine) || !removed.every(importLine)) return false;
    // (The names an import binds: those after `import`, not its module's.)
    const bound = (ls: string[]) => ls.flatMap((line) => line.split(/\bimport\s/)[1]?.match(/\b\w+\b/g) ?? []);
    const before = new Set(bound(removed));
    const brought = bound(added).filter((name) => !before.has(name) && name !== 'as');
    return brought.length > 0 && brought.every((name) => read.has(name));
  });
  const patch = [...handling, ...imports].sort((x, y) => x.start - y.start);
  const out: string[] = [];
  let at = 0;
  for (const hunk of patch) {
    out.push(...b.slice(at, hunk.start), ...a.slice(hunk.baseStart, hunk.baseEnd));
    at = hunk.end;
  }
  out.push(...b.slice(at));
  return {
    text: out.join(''),
    done: patch.map(() => ({ path, does: STREAM_EVENTS_DOES, test: STREAM_EVENTS_TEST })),
  };
}
