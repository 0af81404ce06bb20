/**
 * Stainless's definitions that a module staying in the package imports from a module sdkgen writes without them.
 * Stainless's WebSocket runtime is the case (cartesia's `_send_queue.py` and STT WebSocket resources, kept because the
 * owners' code uses them, import `WebSocketQueueFullError` and `WebSocketConnectionClosedError` from `_exceptions.py`;
 * sdkgen generates no WebSockets and its `_exceptions.py` has neither): left so, the kept modules would not import and
 * the owners' code on them would break. Each such top-level definition of the repository's module goes to the end of
 * sdkgen's module, with the module-level definitions and imports it reads, its name in sdkgen's `__all__` where the
 * repository's listed it, and re-exported by a package `__init__.py` that re-exported it. A name the repository's module
 * does not define at its top level, or whose definition reads what sdkgen's module cannot give, is left for a person.
 */
import type { MigrationPlan } from '../../migration-plan';
import { importParts, importStatements, resolveImport } from '../source/import-resolution';
import { allNames, importsResolve, unresolvedImport, withAllNames } from '../owners/kept-modules';
import { soundCarried } from './sound-module';
import { leadingImports, readModule, statementsAt } from '../source/statements';
import { addedMembers } from '../reapply/added-members';
import { withImportsNeeded } from '../reapply/imports-needed';
import { classesOf } from '../reapply/moved-members';
import { modulesImportedBy } from '../source/imports';

/**
 * The plan with each definition that a staying module (`plan.kept`, `plan.keptImported`: not one sdkgen renders)
 * imports from a module sdkgen writes, and which that module lacks, carried from the repository's text of it
 * (`repository(path)`). With `importers` (path → text), the names those modules import, instead.
 */
export function defineKeptImports(
  plan: MigrationPlan,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
  importers?: Map<string, string | null>,
): void {
  const writes = new Map(plan.writes.map((f, i) => [f.path, i]));
  const staying = [...plan.kept, ...plan.keptImported].filter((path) => path.endsWith('.py') && !rendered.has(path));
  const reading = importers ?? new Map(staying.map((path) => [path, repository(path)]));
  if (reading.size === 0) return;
  const stays = new Set(staying);
  const finalText = (path: string) => {
    const at = writes.get(path);
    return at !== undefined ? plan.writes[at].contents : stays.has(path) ? repository(path) : null;
  };
  // The module sdkgen writes → the names staying modules import of it that it does not bind, and who imports them.
  const wanted = new Map<string, Map<string, string>>();
  for (const [path, text] of reading) {
    if (text === null) continue;
    for (const statement of importStatements(text))
      for (const { bound } of importParts(statement).parts) {
        if (bound === '*' || !('missing' in resolveImport(path, statement, bound, importName, finalText))) continue;
        const before = resolveImport(path, statement, bound, importName, repository);
        if (!('resolved' in before) || before.resolved === null) continue;
        const target = before.resolved;
        if (writes.get(target) === undefined || !rendered.has(target)) continue;
        const original = importParts(statement).parts.find((p) => p.bound === bound)!.name;
        const names = wanted.get(target) ?? new Map<string, string>();
        wanted.set(target, names);
        if (!names.has(original)) names.set(original, path);
      }
  }
  throughReexports(plan, wanted, rendered, repository, importName, stays);
  for (const [target, names] of wanted) carryInto(plan, target, names, repository, writes, finalText, importName);
}

/**
 * The wanted names that the repository's module only re-exports (`from .message_delta_event import MessageDeltaEvent
 * as MessageDeltaEvent` in a package `__init__.py`), followed to the module defining them: one that stays, or one of
 * Stainless's that sdkgen writes none of and that imports in the migrated package (kept now: anthropic's
 * `MessageDeltaEvent = RawMessageDeltaEvent`, which the owners' streaming helpers import from `types`), is re-exported
 * by `exportKeptModules`; one sdkgen writes gets the definition carried into it (and re-exported by `carryInto`).
 */
function throughReexports(
  plan: MigrationPlan,
  wanted: Map<string, Map<string, string>>,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
  stays: Set<string>,
): void {
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const edited = new Set(plan.rejected.map((r) => r.path));
  const text = (path: string) => written.get(path) ?? (stays.has(path) ? repository(path) : null);
  for (const [target, names] of [...wanted]) {
    const theirs = repository(target);
    if (theirs === null) continue;
    const module = readModule(theirs);
    const top = statementsAt(module, 0, module.lines.length, 0);
    for (const [name, importer] of [...names]) {
      const statement = top.find((s) => s.binds.includes(name));
      if (statement?.kind !== 'import') continue;
      const source = module.lines.slice(statement.head, statement.end).join('\n');
      const from = resolveImport(target, source, name, importName, repository);
      if (!('resolved' in from) || from.resolved === null || from.resolved === target) continue;
      const defining = from.resolved;
      const original = importParts(source).parts.find((p) => p.bound === name)?.name ?? name;
      // (`carryInto` re-exports from the package of the module it carries into: the target must be that package.)
      const sameFolder = `${defining.split('/').slice(0, -1).join('/')}/__init__.py` === target;
      if (written.has(defining) && rendered.has(defining)) {
        if (!sameFolder) continue;
        names.delete(name);
        // sdkgen's module defines it already: only the package's re-export of it is missing.
        const ours = readModule(written.get(defining)!);
        if (
          statementsAt(ours, 0, ours.lines.length, 0).some((s) => s.kind !== 'import' && s.binds.includes(original))
        ) {
          reexport(plan, defining, [original], repository);
          continue;
        }
        const into = wanted.get(defining) ?? new Map<string, string>();
        wanted.set(defining, into);
        if (!into.has(original)) into.set(original, importer);
        continue;
      }
      if (!stays.has(defining)) {
        const kept = removedClosure(defining, plan.removed, edited, repository, importName);
        const withKept = (p: string) => (kept.has(p) ? repository(p) : text(p));
        if (kept.size > 0 && [...kept].every((module) => importsResolve(module, withKept, importName))) {
          plan.removed = plan.removed.filter((p) => !kept.has(p));
          for (const module of kept) {
            plan.keptImported.push(module);
            stays.add(module);
          }
        }
      }
      if (stays.has(defining)) names.delete(name);
    }
  }
}

/**
 * The modules of Stainless's that go (`plan.removed`) which `text` (the module at `path`) imports, with those they
 * import in turn, where each of them imports in the migrated package with them kept; else none, and the module that
 * cannot stay (`blocker`).
 */
function removedImported(
  plan: MigrationPlan,
  path: string,
  text: string,
  repository: (path: string) => string | null,
  finalText: (path: string) => string | null,
  importName: string,
): { kept: Set<string>; blocker: string | null; closure: Set<string> } {
  const removed = new Set(plan.removed);
  const edited = new Set(plan.rejected.map((r) => r.path));
  const kept = new Set<string>();
  for (const module of modulesImportedBy(path, text, importName))
    if (removed.has(module) && !kept.has(module)) {
      const closure = removedClosure(module, plan.removed, edited, repository, importName);
      if (closure.size === 0)
        return {
          kept: new Set(),
          blocker: `${module} (edited by you, with hunks left over)`,
          closure: new Set(),
        };
      for (const found of closure) kept.add(found);
    }
  const withKept = (p: string) => (p === path ? text : kept.has(p) ? repository(p) : finalText(p));
  for (const module of kept) {
    const unresolved = unresolvedImport(module, withKept, importName);
    if (unresolved !== null)
      return { kept: new Set(), blocker: `${module}, which would import ${unresolved}`, closure: kept };
  }
  return { kept, blocker: null, closure: kept };
}

/**
 * `module` (one of `removed`) with the removed modules it imports, in turn (a union's members: anthropic's
 * `BetaMemoryTool20250818Command` and its six commands); empty where one of them had the owners' edits (`edited`).
 */
function removedClosure(
  module: string,
  removed: string[],
  edited: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
): Set<string> {
  const going = new Set(removed);
  const found = new Set<string>();
  const queue = [module];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (found.has(path) || !going.has(path)) continue;
    if (edited.has(path)) return new Set();
    found.add(path);
    const source = repository(path);
    if (source !== null) queue.push(...modulesImportedBy(path, source, importName));
  }
  return found;
}

/** `names` (→ a staying module importing each) defined as the repository's `target` defines them, in sdkgen's. */
function carryInto(
  plan: MigrationPlan,
  target: string,
  names: Map<string, string>,
  repository: (path: string) => string | null,
  writes: Map<string, number>,
  finalText: (path: string) => string | null,
  importName: string,
): void {
  const theirs = repository(target);
  const index = writes.get(target)!;
  const ours = plan.writes[index].contents;
  const module = theirs === null ? null : readModule(theirs);
  const top = module === null ? [] : statementsAt(module, 0, module.lines.length, 0);
  const carried: string[] = [];
  const block: string[] = [];
  for (const [name, importer] of names) {
    const statement = top.find(
      (s) => (s.kind === 'def' || s.kind === 'class' || s.kind === 'assign') && s.binds.includes(name),
    );
    if (module === null || statement === undefined) {
      plan.needsHand.push({
        path: importer,
        reason: `imports \`${name}\` from ${target}, which sdkgen writes without it and Stainless's module did not define at its top level (a class, function or assignment): define it there, or import it from elsewhere`,
      });
      continue;
    }
    carried.push(name);
    block.push('', '', ...module.lines.slice(statement.start, statement.end));
  }
  if (carried.length === 0) return;
  const appended = `${ours.replace(/\n*$/, '\n')}${block.join('\n')}\n`;
  const sound = soundCarried(theirs!, appended, ours);
  // (Its imports must find what they name in the migrated package: a name sdkgen's module lacks would not import.)
  const unresolved =
    sound.kind === 'broken'
      ? null
      : unresolvedImport(target, (path) => (path === target ? sound.text : finalText(path)), importName);
  if (sound.kind === 'broken' || unresolved !== null) {
    plan.needsHand.push({
      path: target,
      reason: `Stainless's ${carried.map((n) => `\`${n}\``).join(', ')}, which modules that stay import (${[...new Set(carried.map((n) => names.get(n)!))].join(', ')}), not carried into sdkgen's module: ${sound.kind === 'broken' ? sound.reason : `it would import ${unresolved}, which the migrated package does not have`}`,
    });
    return;
  }
  const listed = allNames(theirs!);
  plan.writes[index] = {
    ...plan.writes[index],
    contents: withAllNames(
      sound.text,
      carried.filter((n) => listed.has(n)),
    ),
  };
  plan.keptDefinitions.push(
    `${target}: ${carried.join(', ')} (imported by ${[...new Set(carried.map((n) => names.get(n)!))].join(', ')})`,
  );
  reexport(plan, target, carried, repository);
}

/**
 * The carried names a package `__init__.py` sdkgen writes re-exported in the repository (from `target`), re-exported
 * again: the package's users import them from there.
 */
function reexport(
  plan: MigrationPlan,
  target: string,
  carried: string[],
  repository: (path: string) => string | null,
): void {
  const folder = target.split('/').slice(0, -1).join('/');
  const init = `${folder}/__init__.py`;
  const moduleName = target.split('/').at(-1)!.replace(/\.py$/, '');
  const index = plan.writes.findIndex((f) => f.path === init);
  const theirs = repository(init);
  if (index < 0 || theirs === null || target === init) return;
  const ours = plan.writes[index].contents;
  const bound = new Set(statementsAt(readModule(ours), 0, readModule(ours).lines.length, 0).flatMap((s) => s.binds));
  const parts = importStatements(theirs)
    .map(importParts)
    .filter((statement) => statement.from === `.${moduleName}`)
    .flatMap((statement) => statement.parts)
    .filter((part) => carried.includes(part.name) && !bound.has(part.bound));
  if (parts.length === 0) return;
  // (One a line in brackets, as a formatter writes a long import.)
  const names =
    parts.length === 1
      ? `${parts[0].name} as ${parts[0].bound}`
      : `(\n${parts.map((p) => `    ${p.name} as ${p.bound},\n`).join('')})`;
  const module = readModule(ours);
  const at = leadingImports(module)?.end ?? 0;
  const lines = [...module.lines.slice(0, at), `from .${moduleName} import ${names}`, ...module.lines.slice(at)];
  const listed = allNames(theirs);
  plan.writes[index] = {
    ...plan.writes[index],
    contents: withAllNames(
      lines.join('\n'),
      parts.map((p) => p.bound).filter((name) => listed.has(name)),
    ),
  };
}

/**
 * The members of Stainless's classes, in a module sdkgen writes, that read a name the module imports from a module
 * staying in the package: how Stainless wired what stays into what sdkgen replaces (cartesia's `auto_finalize` and
 * `manual_finalize` properties of its STT resource, returning the WebSocket resources kept). sdkgen's class of the same
 * name gets each one it lacks, with the imports it reads, so that `client.stt.auto_finalize` still works; where the
 * result would not hold together (a name it reads that only Stainless's module defines and cannot carry), nothing is.
 */
export function attachKeptMembers(
  plan: MigrationPlan,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
): void {
  const staying = new Set(
    [...plan.kept, ...plan.keptImported].filter((path) => path.endsWith('.py') && !rendered.has(path)),
  );
  if (staying.size === 0) return;
  const writes = new Map(plan.writes.map((f) => [f.path, f.contents]));
  const finalText = (path: string) => writes.get(path) ?? (staying.has(path) ? repository(path) : null);
  // (By index: a member attached with Stainless's definitions carried into other modules rewrites those too.)
  for (let index = 0; index < plan.writes.length; index++) {
    const file = plan.writes[index];
    const theirs = repository(file.path);
    if (!file.path.endsWith('.py') || !rendered.has(file.path) || theirs === null) continue;
    const module = readModule(theirs);
    const keptNames = new Set<string>();
    for (const statement of statementsAt(module, 0, module.lines.length, 0)) {
      if (statement.kind !== 'import') continue;
      const source = module.lines.slice(statement.head, statement.end).join('\n');
      for (const name of statement.binds) {
        const from = resolveImport(file.path, source, name, importName, finalText);
        if ('resolved' in from && from.resolved !== null && staying.has(from.resolved)) keptNames.add(name);
      }
    }
    if (keptNames.size === 0) continue;
    const lines = theirs.split('\n');
    const ours = new Map(classesOf(file.contents.split('\n')).map((c) => [c.name, c]));
    const drop = new Set<number>();
    const attached: string[] = [];
    for (const cls of classesOf(lines)) {
      const sdkgens = ours.get(cls.name);
      if (sdkgens === undefined) continue;
      const has = new Set(sdkgens.chunks.map((c) => c.name));
      let at = cls.start;
      for (const chunk of cls.chunks) {
        const start = lines.indexOf(chunk.lines[0], at);
        at = start + chunk.lines.length;
        if (chunk.name === null || has.has(chunk.name)) continue;
        const words = new Set(chunk.lines.join('\n').match(/[A-Za-z_]\w*/g) ?? []);
        if (![...keptNames].some((name) => words.has(name))) continue;
        for (let i = start; i < at; i++) drop.add(i);
        attached.push(`${cls.name}.${chunk.name}`);
      }
    }
    if (attached.length === 0) continue;
    // Each member not attached is told of, with why: the owners' code calling it would fail.
    const notAttached = (members: string[], why: string) =>
      plan.needsHand.push({
        path: file.path,
        reason:
          `Stainless's ${members.map((m) => `\`${m}\``).join(', ')} (reading the modules that stay, which your code ` +
          `uses) not attached to sdkgen's class: ${why}; your code calling it would fail`,
      });
    const added = addedMembers(lines.filter((_, i) => !drop.has(i)).join('\n'), theirs, file.contents);
    // (A name its class defines more than once, an `@overload` set or a property with its setter, is not carried.)
    const repeated = attached.filter((member) => !(added?.names ?? []).includes(member));
    if (repeated.length > 0)
      notAttached(repeated, "Stainless's class defines each more than once (overloads, or a property and its setter)");
    if (added === null) continue;
    const placed = added.place(file.contents);
    const sound = soundCarried(theirs, withImportsNeeded(theirs, placed.text), file.contents);
    if (sound.kind === 'broken' || placed.placed < added.count) {
      notAttached(
        added.names,
        sound.kind === 'broken'
          ? sound.reason
          : `${placed.placed} of ${added.count} found their place in sdkgen's class`,
      );
      continue;
    }
    // (Its imports must find their modules in the migrated package: one of a module that goes would not import. Of
    // Stainless's modules that go, those it imports stay with it, where they import: openai's `connect` reads the
    // realtime event modules Stainless's later generations deleted, the owners' edits of some of them included.)
    const withMembers = (path: string) => (path === file.path ? sound.text : finalText(path));
    const imported = removedImported(plan, file.path, sound.text, repository, finalText, importName);
    const { kept: revived, blocker } = imported;
    const withRevived = (path: string) => (revived.has(path) ? repository(path) : withMembers(path));
    const unresolved = unresolvedImport(file.path, withRevived, importName);
    // What they lack may be Stainless's definitions in a module sdkgen writes (the WebSocket runtime's errors in
    // `_exceptions.py`, which its `_send_queue.py` raises): carried as for the modules that stay, where all then imports.
    const carried =
      unresolved === null
        ? null
        : withImportedDefinitions(plan, file.path, sound.text, imported.closure, rendered, repository, importName);
    if (carried !== null) {
      Object.assign(plan, carried);
      for (const written of plan.writes) writes.set(written.path, written.contents);
      for (const module of [...plan.kept, ...plan.keptImported]) if (!rendered.has(module)) staying.add(module);
      plan.keptDefinitions.push(
        `${file.path}: ${added.names.join(', ')} (Stainless's members reading the modules that stay)`,
      );
      continue;
    }
    if (unresolved !== null) {
      notAttached(
        added.names,
        `it would import ${unresolved}, which the migrated package does not have` +
          (blocker === null ? '' : ` (Stainless's module that goes, ${blocker}, cannot stay)`),
      );
      continue;
    }
    for (const module of revived) {
      plan.removed = plan.removed.filter((p) => p !== module);
      plan.keptImported.push(module);
      staying.add(module);
    }
    plan.writes[index] = { ...file, contents: sound.text };
    writes.set(file.path, sound.text);
    plan.keptDefinitions.push(
      `${file.path}: ${added.names.join(', ')} (Stainless's members reading the modules that stay)`,
    );
  }
}

/**
 * The plan with `text` (sdkgen's module at `path` with Stainless's members attached) written, the removed modules it
 * imports (`closure`) kept, and the definitions these and it import from modules sdkgen writes without them carried
 * from the repository's (`defineKeptImports`); null where one of them would still not import, or a definition could not
 * be carried.
 */
function withImportedDefinitions(
  plan: MigrationPlan,
  path: string,
  text: string,
  closure: Set<string>,
  rendered: Set<string>,
  repository: (path: string) => string | null,
  importName: string,
): MigrationPlan | null {
  const trial = structuredClone(plan);
  trial.writes = trial.writes.map((f) => (f.path === path ? { ...f, contents: text } : f));
  trial.removed = trial.removed.filter((p) => !closure.has(p));
  trial.keptImported.push(...closure);
  const asked = trial.needsHand.length;
  const importers = new Map<string, string | null>([
    [path, text],
    ...[...closure].map((m) => [m, repository(m)] as const),
  ]);
  defineKeptImports(trial, rendered, repository, importName, importers);
  if (trial.needsHand.length > asked) return null;
  const written = new Map(trial.writes.map((f) => [f.path, f.contents]));
  const staying = new Set([...trial.kept, ...trial.keptImported]);
  const finalText = (p: string) => written.get(p) ?? (staying.has(p) ? repository(p) : null);
  const modules = [path, ...closure, ...trial.keptImported.filter((p) => !plan.keptImported.includes(p))];
  return modules.every((module) => unresolvedImport(module, finalText, importName) === null) ? trial : null;
}
