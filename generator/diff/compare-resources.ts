/**
 * Resources and the methods on them: resources added, removed or renamed (as a whole), then every
 * method pair compared and the unmatched methods reported as added or removed.
 *
 * A resource renamed as a whole (`client.tokens` → `client.apiTokens`, every method following it) is
 * one change, not one move per method; a resource added or removed with all its methods is one change,
 * listing them.
 */
import { compareMethodPair, methodWhere, type MethodMatch } from './compare-methods';
import type { TypeComparer } from './compare-types';
import type { ChangeSink, Where } from './sink';
import { parentPath, type MethodEntry, type Surface } from './surface';

const depth = (path: string) => path.split('.').length;
const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** Returns the SDK paths of added methods (named types used only by them are not reported separately). */
export function compareResources(
  oldSurface: Surface,
  newSurface: Surface,
  match: MethodMatch,
  types: TypeComparer,
  sink: ChangeSink,
): Set<string> {
  const oldOnly = [...oldSurface.resources.keys()].filter((p) => !newSurface.resources.has(p));
  const newOnly = new Set([...newSurface.resources.keys()].filter((p) => !oldSurface.resources.has(p)));
  const renames = findRenames(oldOnly, newOnly, oldSurface, match);
  const renameTargets = new Set(renames.values());

  // ── renamed resources ──
  for (const [from, to] of renames) {
    const parentFrom = parentPath(from);
    const parentTo = parentPath(to);
    const implied =
      parentFrom !== null &&
      parentTo !== null &&
      renames.get(parentFrom) === parentTo &&
      lastSegment(from) === lastSegment(to);
    if (implied) continue;
    const moved = match.pairs.find((p) => p.old.resource.path === from || p.old.resource.path.startsWith(`${from}.`));
    sink.add('resource-renamed', resourceWhere(to, null, 'new'), '', `\`client.${from}\` renamed to \`client.${to}\``, {
      before: from,
      after: to,
      source: { old: moved?.old.method.source ?? null, new: moved?.new.method.source ?? null },
    });
  }

  // ── removed and added resources (reported at their topmost level; their methods are listed there) ──
  const removedMethods = new Set(match.removed);
  const addedMethods = new Set(match.added);
  const reportedRemoved = new Set<string>();
  const reportedAdded = new Set<string>();
  // Resources maps are in SDK order (parents before children).
  for (const path of oldOnly.filter((p) => !renames.has(p))) {
    const parent = parentPath(path);
    if (parent !== null && reportedRemoved.has(parent)) {
      reportedRemoved.add(path);
      continue;
    }
    const methods = subtreeMethods(oldSurface, path);
    // A resource whose methods all moved elsewhere is explained by the moves.
    if (methods.length > 0 && !methods.some((m) => removedMethods.has(m))) continue;
    reportedRemoved.add(path);
    sink.add(
      'resource-removed',
      resourceWhere(path, methods[0] ?? null, 'old'),
      '',
      `resource \`client.${path}\` removed${listMethods(methods, removedMethods)}`,
      { before: path },
    );
  }
  for (const path of [...newOnly].filter((p) => !renameTargets.has(p))) {
    const parent = parentPath(path);
    if (parent !== null && reportedAdded.has(parent)) {
      reportedAdded.add(path);
      continue;
    }
    const methods = subtreeMethods(newSurface, path);
    if (methods.length > 0 && !methods.some((m) => addedMethods.has(m))) continue;
    reportedAdded.add(path);
    sink.add(
      'resource-added',
      resourceWhere(path, methods[0] ?? null, 'new'),
      '',
      `resource \`client.${path}\` added${listMethods(methods, addedMethods)}`,
      { after: path },
    );
  }

  // ── methods ──
  for (const entry of match.removed) {
    if (reportedRemoved.has(entry.resource.path)) continue;
    sink.add(
      'method-removed',
      { ...methodWhere(entry, null), source: { old: entry.method.source, new: null } },
      '',
      `\`${entry.key}()\` removed`,
      { before: entry.key },
    );
  }
  const addedKeys = new Set<string>();
  for (const entry of match.added) {
    addedKeys.add(entry.key);
    if (reportedAdded.has(entry.resource.path)) continue;
    sink.add('method-added', methodWhere(entry, null), '', `\`${entry.key}()\` added`, { after: entry.key });
  }
  for (const pair of match.pairs) {
    const moveImplied = renames.get(pair.old.resource.path) === pair.new.resource.path;
    compareMethodPair(pair, types, sink, moveImplied);
  }
  return addedKeys;
}

/**
 * old path → new path for resources that only exist in one version and whose methods all went to
 * one new resource (or, for resources without methods, whose sub-resources were all renamed under one
 * new parent). Deepest first, so parents can use their children's renames.
 */
function findRenames(
  oldOnly: string[],
  newOnly: Set<string>,
  oldSurface: Surface,
  match: MethodMatch,
): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  const pairsFrom = new Map<string, string[]>();
  const pairsInto = new Map<string, string[]>();
  for (const p of match.pairs) {
    (pairsFrom.get(p.old.resource.path) ?? pairsFrom.set(p.old.resource.path, []).get(p.old.resource.path)!).push(
      p.new.resource.path,
    );
    (pairsInto.get(p.new.resource.path) ?? pairsInto.set(p.new.resource.path, []).get(p.new.resource.path)!).push(
      p.old.resource.path,
    );
  }
  for (const from of [...oldOnly].sort((a, b) => depth(b) - depth(a))) {
    let target: string | null = null;
    const targets = new Set(pairsFrom.get(from) ?? []);
    if (targets.size === 1) {
      const t = [...targets][0];
      if (newOnly.has(t) && (pairsInto.get(t) ?? []).every((source) => source === from)) target = t;
    } else if (targets.size === 0 && (oldSurface.resources.get(from)?.methods.length ?? 0) === 0) {
      const children = [...renames]
        .filter(([child]) => parentPath(child) === from)
        .map(([child, to]) => ({ child, to, parent: parentPath(to) }));
      const parents = new Set(children.map((c) => c.parent));
      if (children.length > 0 && parents.size === 1) {
        const t = [...parents][0];
        if (t !== null && newOnly.has(t) && children.every((c) => lastSegment(c.child) === lastSegment(c.to)))
          target = t;
      }
    }
    if (target !== null && !taken.has(target)) {
      renames.set(from, target);
      taken.add(target);
    }
  }
  return renames;
}

function subtreeMethods(surface: Surface, path: string): MethodEntry[] {
  return surface.methods.filter((m) => m.resource.path === path || m.resource.path.startsWith(`${path}.`));
}

/** " with methods `a()`, `b.c()`" for the methods of a removed/added resource that are really gone/new. */
function listMethods(methods: MethodEntry[], really: Set<MethodEntry>): string {
  const names = methods.filter((m) => really.has(m)).map((m) => `\`${m.key}()\``);
  if (names.length === 0) return '';
  const listed = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
  return ` with ${names.length === 1 ? 'method' : 'methods'} ${listed}`;
}

function resourceWhere(path: string, first: MethodEntry | null, side: 'old' | 'new'): Where {
  const source = first?.method.source ?? null;
  return {
    group: path,
    resource: path,
    method: null,
    type: null,
    head: path,
    affects: [],
    source: side === 'old' ? { old: source, new: null } : { old: null, new: source },
  };
}
