/**
 * Methods: which old method is which new one, and what changed in each pair's call signature
 * (name, positional arguments, params object, body, response, pagination, errors).
 *
 * Identity: the same operationId first; then the same HTTP verb and path (path variable names
 * ignored); then the same place in the SDK (`client.servers.get`). A pair whose resource path or name
 * differs is a rename or a move — one change, never a removal plus an addition.
 */
import type { Method, Param } from '../ir/types';
import type { TypeComparer } from './compare-types';
import { joinKey, type ChangeSink, type Where } from './sink';
import type { MethodEntry, Surface } from './surface';

export interface MethodPair {
  old: MethodEntry;
  new: MethodEntry;
  /** How the pair was found. */
  by: 'operationId' | 'endpoint' | 'sdk-path';
}

export interface MethodMatch {
  pairs: MethodPair[];
  removed: MethodEntry[];
  added: MethodEntry[];
}

export function matchMethods(oldSurface: Surface, newSurface: Surface): MethodMatch {
  const pairs: MethodPair[] = [];
  const oldLeft = new Set(oldSurface.methods);
  const newLeft = new Set(newSurface.methods);
  const pass = (by: MethodPair['by'], key: (e: MethodEntry) => string | null) => {
    const index = uniqueIndex([...newLeft], key);
    const oldIndex = uniqueIndex([...oldLeft], key);
    for (const [k, o] of oldIndex) {
      const n = index.get(k);
      if (!n) continue;
      pairs.push({ old: o, new: n, by });
      oldLeft.delete(o);
      newLeft.delete(n);
    }
  };
  pass('operationId', (e) => e.method.operationId);
  pass('endpoint', (e) => `${e.method.http} ${e.method.path.replace(/\{[^}]*\}/g, '{}')}`);
  pass('sdk-path', (e) => e.key);
  return { pairs, removed: [...oldLeft], added: [...newLeft] };
}

/** key → entry, for keys that occur exactly once (ambiguous keys match nothing). */
function uniqueIndex(entries: MethodEntry[], key: (e: MethodEntry) => string | null): Map<string, MethodEntry> {
  const index = new Map<string, MethodEntry>();
  const dupes = new Set<string>();
  for (const e of entries) {
    const k = key(e);
    if (k === null) continue;
    if (index.has(k)) dupes.add(k);
    index.set(k, e);
  }
  for (const k of dupes) index.delete(k);
  return index;
}

export function methodWhere(entry: MethodEntry, old: MethodEntry | null): Where {
  return {
    group: entry.resource.path,
    resource: entry.resource.path,
    method: entry.method.name,
    type: null,
    head: entry.key,
    affects: [],
    source: { old: old?.method.source ?? null, new: entry.method.source },
  };
}

const endpoint = (m: Method) => `${m.http.toUpperCase()} ${m.path}`;

/**
 * Compare one pair. `moveImplied` is set when the pair's resource was renamed as a whole: the
 * resource-renamed change already says that `client.old.x` is now `client.new.x`.
 */
export function compareMethodPair(pair: MethodPair, types: TypeComparer, sink: ChangeSink, moveImplied: boolean): void {
  const o = pair.old.method;
  const n = pair.new.method;
  const where = methodWhere(pair.new, pair.old);

  // ── identity ──
  if (pair.old.resource.path === pair.new.resource.path) {
    if (o.name !== n.name)
      sink.add('method-renamed', where, '', `\`${pair.old.key}()\` renamed to \`${pair.new.key}()\``, {
        before: pair.old.key,
        after: pair.new.key,
      });
  } else if (!(moveImplied && o.name === n.name)) {
    sink.add(
      moveImplied ? 'method-renamed' : 'method-moved',
      where,
      '',
      `\`${pair.old.key}()\` is now \`${pair.new.key}()\``,
      { before: pair.old.key, after: pair.new.key },
    );
  }
  if (endpoint(o) !== endpoint(n)) {
    sink.add('endpoint-changed', where, '', `calls \`${endpoint(n)}\` (was \`${endpoint(o)}\`)`, {
      before: endpoint(o),
      after: endpoint(n),
    });
  }
  if (o.authenticated !== n.authenticated) {
    sink.add(
      'method-auth-changed',
      where,
      '',
      n.authenticated ? 'now sends the client credentials' : 'no longer sends the client credentials',
    );
  }
  if ((o.defaultBaseUrl ?? null) !== (n.defaultBaseUrl ?? null)) {
    const server = (m: typeof o) => m.defaultBaseUrl ?? "the client's base URL";
    sink.add('method-server-changed', where, '', `sends to ${server(n)} (was ${server(o)})`, {
      before: o.defaultBaseUrl ?? null,
      after: n.defaultBaseUrl ?? null,
    });
  }
  if (!o.docs.deprecated && n.docs.deprecated) {
    sink.add(
      'method-deprecated',
      where,
      '',
      `deprecated${typeof n.docs.deprecated === 'string' ? `: ${n.docs.deprecated}` : ''}`,
    );
  } else if (o.docs.deprecated && !n.docs.deprecated) {
    sink.add('method-undeprecated', where, '', 'no longer deprecated');
  }
  if (o.docs.summary !== n.docs.summary || o.docs.description !== n.docs.description) {
    sink.add('docs-changed', where, '', 'summary or description changed', {
      before: o.docs.summary ?? o.docs.description,
      after: n.docs.summary ?? n.docs.description,
    });
  }

  comparePositional(o, n, where, types, sink);
  compareParams(o, n, where, types, sink);
  compareResponse(o, n, where, types, sink);
  comparePagination(o, n, where, types, sink);
  compareErrors(o, n, where, types, sink);
}

function paramSource(o: Param | null, n: Param | null) {
  return { old: o?.source ?? null, new: n?.source ?? null };
}

function comparePositional(o: Method, n: Method, where: Where, types: TypeComparer, sink: ChangeSink): void {
  const count = Math.max(o.positional.length, n.positional.length);
  for (let i = 0; i < count; i++) {
    const op = o.positional[i] ?? null;
    const np = n.positional[i] ?? null;
    const at = `args[${i}]`;
    if (op && !np) {
      sink.add('positional-removed', where, `${at} (${op.local})`, `positional argument \`${op.local}\` removed`, {
        before: types.show(op.type, 'old'),
        source: paramSource(op, null),
      });
    } else if (!op && np) {
      sink.add('positional-added', where, `${at} (${np.local})`, `positional argument \`${np.local}\` added`, {
        after: types.show(np.type, 'new'),
        source: paramSource(null, np),
      });
    } else if (op && np) {
      if (op.wireName !== np.wireName) {
        sink.add(
          'positional-renamed',
          where,
          `${at} (${np.local})`,
          `positional argument \`${op.local}\` is now \`${np.local}\``,
          { before: op.local, after: np.local, source: paramSource(op, np) },
        );
      }
      types.compare(op.type, np.type, { ...where, source: paramSource(op, np) }, `${at} (${np.local})`, 'request');
    }
  }
}

function compareParams(o: Method, n: Method, where: Where, types: TypeComparer, sink: ChangeSink): void {
  if (o.params && n.params && o.params.typeName !== n.params.typeName) {
    sink.add(
      'params-type-renamed',
      where,
      'params',
      `params type \`${o.params.typeName}\` renamed to \`${n.params.typeName}\``,
      { before: o.params.typeName, after: n.params.typeName },
    );
  }
  if (!o.params?.variants && !n.params?.variants) {
    compareFields(o.params?.fields ?? [], n.params?.fields ?? [], 'params', where, types, sink);
  } else {
    // A params union: each variant against the one of the same name (a side without variants is its first).
    const variantsOf = (m: Method, other: Method) =>
      m.params?.variants ??
      (m.params ? [{ name: other.params?.variants?.[0]?.name ?? 'Variant0', fields: m.params.fields }] : []);
    const before = variantsOf(o, n);
    const after = variantsOf(n, o);
    for (const name of new Set([...before, ...after].map((v) => v.name))) {
      const fieldsOf = (variants: typeof before) => variants.find((v) => v.name === name)?.fields ?? [];
      compareFields(fieldsOf(before), fieldsOf(after), joinKey('params', name), where, types, sink);
    }
  }
  if (o.body && n.body && (o.body.encoding !== n.body.encoding || o.body.contentType !== n.body.contentType)) {
    sink.add(
      'body-encoding-changed',
      where,
      'body',
      `request body sent as ${n.body.contentType} (was ${o.body.contentType})`,
      { before: o.body.contentType, after: n.body.contentType },
    );
  }
}

/** The fields of a params type (or of one variant of a params union, `prefix` naming it) before and after. */
function compareFields(
  oldList: Param[],
  newList: Param[],
  prefix: string,
  where: Where,
  types: TypeComparer,
  sink: ChangeSink,
): void {
  const oldFields = new Map(oldList.map((f) => [f.key, f]));
  const newFields = new Map(newList.map((f) => [f.key, f]));
  for (const np of newList) {
    if (oldFields.has(np.key)) continue;
    sink.add(
      np.required ? 'required-param-added' : 'optional-param-added',
      where,
      joinKey(prefix, np.key),
      `${np.required ? 'required' : 'optional'} ${np.in} parameter \`${np.key}\` added`,
      {
        after: types.show(np.type, 'new'),
        source: paramSource(null, np),
      },
    );
  }
  for (const op of oldList) {
    const np = newFields.get(op.key);
    const at = joinKey(prefix, op.key);
    if (!np) {
      sink.add('param-removed', where, at, `${op.in} parameter \`${op.key}\` removed`, {
        before: types.show(op.type, 'old'),
        source: paramSource(op, null),
      });
      continue;
    }
    const source = paramSource(op, np);
    if (op.required !== np.required) {
      sink.add(
        np.required ? 'param-made-required' : 'param-made-optional',
        where,
        at,
        `parameter \`${op.key}\` is now ${np.required ? 'required' : 'optional'}`,
        {
          before: op.required ? 'required' : 'optional',
          after: np.required ? 'required' : 'optional',
          source,
        },
      );
    }
    if (op.in !== np.in || op.wireName !== np.wireName) {
      sink.add(
        'param-location-changed',
        where,
        at,
        `sent as ${np.in} \`${np.wireName}\` (was ${op.in} \`${op.wireName}\`)`,
        { before: `${op.in} ${op.wireName}`, after: `${np.in} ${np.wireName}`, source },
      );
    }
    if (!op.docs.deprecated && np.docs.deprecated) {
      sink.add(
        'param-deprecated',
        where,
        at,
        `parameter \`${op.key}\` deprecated${typeof np.docs.deprecated === 'string' ? `: ${np.docs.deprecated}` : ''}`,
        { source },
      );
    }
    if ((op.docs.description ?? op.docs.summary) !== (np.docs.description ?? np.docs.summary)) {
      sink.add('docs-changed', where, at, `description of \`${op.key}\` changed`, {
        before: op.docs.description ?? op.docs.summary,
        after: np.docs.description ?? np.docs.summary,
        source,
      });
    }
    types.compare(op.type, np.type, { ...where, source }, at, 'request');
  }
}

function compareResponse(o: Method, n: Method, where: Where, types: TypeComparer, sink: ChangeSink): void {
  const or = o.response;
  const nr = n.response;
  if (or.kind !== nr.kind) {
    if (or.kind === 'empty')
      sink.add(
        'response-body-added',
        where,
        'response',
        `now resolves to ${describeResponse(nr, types, 'new')} (was void)`,
        { before: 'void', after: describeResponse(nr, types, 'new') },
      );
    else if (nr.kind === 'empty')
      sink.add(
        'response-body-removed',
        where,
        'response',
        `now resolves to void (was ${describeResponse(or, types, 'old')})`,
        { before: describeResponse(or, types, 'old'), after: 'void' },
      );
    else {
      sink.add(
        'response-kind-changed',
        where,
        'response',
        `now resolves to ${describeResponse(nr, types, 'new')} (was ${describeResponse(or, types, 'old')})`,
        {
          before: describeResponse(or, types, 'old'),
          after: describeResponse(nr, types, 'new'),
        },
      );
    }
    return;
  }
  if (or.kind === 'json' && nr.kind === 'json') types.compare(or.type, nr.type, where, 'response', 'response');
  if (or.kind === 'sse' && nr.kind === 'sse') types.compare(or.event, nr.event, where, 'response(event)', 'response');
}

function describeResponse(r: Method['response'], types: TypeComparer, side: 'old' | 'new'): string {
  switch (r.kind) {
    case 'json':
      return types.show(r.type, side);
    case 'empty':
      return 'void';
    case 'text':
      return 'string (text)';
    case 'binary':
      return `Response (${r.contentType})`;
    case 'sse':
      return `Stream<${types.show(r.event, side)}>`;
  }
}

function comparePagination(o: Method, n: Method, where: Where, types: TypeComparer, sink: ChangeSink): void {
  const op = o.pagination;
  const np = n.pagination;
  if (!op && np)
    sink.add('pagination-added', where, 'response', `now paginated with \`${np.scheme}\``, { after: np.scheme });
  else if (op && !np)
    sink.add('pagination-removed', where, 'response', `no longer paginated (was \`${op.scheme}\`)`, {
      before: op.scheme,
    });
  else if (op && np) {
    if (op.scheme !== np.scheme)
      sink.add('pagination-scheme-changed', where, 'response', `page class \`${np.scheme}\` (was \`${op.scheme}\`)`, {
        before: op.scheme,
        after: np.scheme,
      });
    types.compare(op.item, np.item, where, 'page.items[]', 'response');
  }
}

function compareErrors(o: Method, n: Method, where: Where, types: TypeComparer, sink: ChangeSink): void {
  const oldErrors = new Map(o.errors.map((e) => [e.status, e]));
  const newErrors = new Map(n.errors.map((e) => [e.status, e]));
  for (const ne of n.errors) {
    if (!oldErrors.has(ne.status))
      sink.add('error-added', where, `errors.${ne.status}`, `documents a ${ne.status} error body`, {
        after: types.show(ne.type, 'new'),
      });
  }
  for (const oe of o.errors) {
    const ne = newErrors.get(oe.status);
    if (!ne)
      sink.add('error-removed', where, `errors.${oe.status}`, `no longer documents a ${oe.status} error body`, {
        before: types.show(oe.type, 'old'),
      });
    else types.compare(oe.type, ne.type, where, `errors.${oe.status}`, 'error');
  }
}
