// The paginated methods of api.md at the ref (Stainless's) against the migrated api.md (sdkgen's): a method Stainless
// returned a page from and sdkgen returns its response model from has lost pagination, which no other check notices
// (openint-python once lost it on 6 list methods and scored the same: the module compiles, the tests pass).
//
// api.md lists each method as
//   Python: - <code title="get /x">client.r.<a …>list</a>(…) -> <a …>SyncOffsetPagination[Model]</a></code>
//   TS:     - <code title="get /x">client.r.<a …>list</a>({ ...params }) -> ModelsOffsetPagination</code>
// A Python return is paged when it is `Sync<Page>[…]`; a TypeScript return when its name ends with a page class (those
// the pagination module declares, at the ref or after; `XPage` / `XCursorPage` without one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const METHOD_LINE = /^\s*-\s*<code title="([^"]*)">(.*?)<\/code>\s*$/;

/** The methods api.md lists: [{ key, title, method, returns }] (tags stripped). */
export function apiMdMethods(text) {
  const out = [];
  for (const line of String(text ?? '').split('\n')) {
    const m = METHOD_LINE.exec(line);
    if (!m) continue;
    const body = m[2].replace(/<[^>]*>/g, '');
    const arrow = body.lastIndexOf(' -> ');
    const call = arrow < 0 ? body : body.slice(0, arrow);
    const method = call.replace(/\(.*$/, '').trim();
    const returns = arrow < 0 ? '' : body.slice(arrow + 4).trim();
    // (Path parameters by position: a config may name the spec's route, `{id}` for the SDK's `{agent_id}`.)
    const route = m[1].replace(/\{[^}]*\}/g, '{}');
    out.push({ key: `${route} ${method}`, title: m[1], route, method, returns });
  }
  return out;
}

/** The page class a return type names, or null. `pageClasses`: names from the pagination modules (may be empty). */
export function pageOf(returns, pageClasses = new Set()) {
  const py = /^(?:Sync|Async)(\w+)\[/.exec(returns);
  if (py) return !pageClasses.size || pageClasses.has(py[1]) || pageClasses.has(`Sync${py[1]}`) ? py[1] : null;
  const ts = /^(\w+)$/.exec(returns);
  if (!ts) return null;
  // The longest page class the name ends with (`OffsetPagination` over `Pagination`).
  const hit = [...pageClasses].filter((c) => ts[1].endsWith(c) && ts[1] !== c).sort((a, b) => b.length - a.length)[0];
  if (hit || pageClasses.size) return hit ?? null;
  // (No pagination module read: a name ending in Page or Pagination after its model's, as Stainless names them.)
  return /[a-z](?:[A-Z][a-z]*)*(?:Page|Pagination)$/.test(ts[1]) ? 'Page' : null;
}

/** Page class names a pagination module declares (Python `class SyncX(`, TypeScript `export class X<`). */
export function pageClassesIn(source) {
  const names = new Set();
  for (const m of String(source ?? '').matchAll(/^class (?:Sync|Async)(\w+)\(/gm)) names.add(m[1]);
  for (const m of String(source ?? '').matchAll(/^export class (\w+)</gm))
    if (!/^(AbstractPage|PagePromise|APIPromise)$/.test(m[1])) names.add(m[1]);
  return names;
}

/**
 * Compares the paged methods of two api.md texts. Returns { status, reason, details }: `fail` when a method paged at
 * the ref is listed after the migration without a page; a method the migrated api.md does not list (a spec copy
 * without it) or whose page class is another is a note; `skipped` when the ref's api.md pages nothing.
 */
export function comparePagedMethods(refApiMd, migratedApiMd, pageClasses = new Set()) {
  if (refApiMd == null) return { status: 'skipped', reason: 'no api.md at the ref', details: [] };
  const before = apiMdMethods(refApiMd)
    .map((m) => ({ ...m, page: pageOf(m.returns, pageClasses) }))
    .filter((m) => m.page);
  if (!before.length) return { status: 'skipped', reason: "the ref's api.md lists no paginated method", details: [] };
  if (migratedApiMd == null)
    return { status: 'fail', reason: `no api.md after the migration (${before.length} paged at the ref)`, details: [] };
  const after = apiMdMethods(migratedApiMd);
  const byKey = new Map(after.map((m) => [m.key, m]));
  // Else by its route alone, else by its name alone, where one method has it.
  const byRoute = new Map();
  const byMethod = new Map();
  for (const m of after) byRoute.set(m.route, byRoute.has(m.route) ? null : m);
  for (const m of after) byMethod.set(m.method, byMethod.has(m.method) ? null : m);
  const lost = [];
  const other = [];
  const missing = [];
  for (const b of before) {
    const a = byKey.get(b.key) ?? byRoute.get(b.route) ?? byMethod.get(b.method);
    if (!a) missing.push(b);
    else {
      const page = pageOf(a.returns, pageClasses);
      if (!page) lost.push({ b, a });
      else if (page !== b.page) other.push({ b, a });
    }
  }
  const details = [
    ...lost.map(({ b, a }) => `lost: ${b.method} (${b.title}) ${b.returns} → ${a.returns || '(nothing)'}`),
    ...other.map(({ b, a }) => `another page: ${b.method} (${b.title}) ${b.returns} → ${a.returns}`),
    ...missing.map((b) => `not listed after the migration: ${b.method} (${b.title}) ${b.returns}`),
  ];
  const kept = before.length - lost.length - missing.length;
  const notes = [
    other.length ? `${other.length} with another page class` : '',
    missing.length ? `${missing.length} not listed after the migration (the spec lacks them?)` : '',
  ].filter(Boolean);
  const tail = notes.length ? ` (${notes.join('; ')})` : '';
  if (lost.length)
    return {
      status: 'fail',
      reason: `${lost.length} of ${before.length} paged methods lost their page: ${lost
        .slice(0, 6)
        .map(({ b }) => b.method)
        .join(', ')}${lost.length > 6 ? ', …' : ''}${tail}`,
      details,
    };
  return { status: 'pass', reason: `${kept} of ${before.length} paged methods still paged${tail}`, details };
}

/** Check "paginated methods kept": the ref's api.md (git) against the work tree's, page classes from both trees. */
export function checkPagedMethods(repo, refSha) {
  const atRef = (f) => {
    const r = spawnSync('git', ['show', `${refSha}:${f}`], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    return r.status === 0 ? r.stdout : null;
  };
  const here = (f) => (fs.existsSync(path.join(repo, f)) ? fs.readFileSync(path.join(repo, f), 'utf8') : null);
  const listed = spawnSync('git', ['ls-tree', '-r', '--name-only', refSha], { cwd: repo, encoding: 'utf8' });
  const refFiles = listed.stdout.split('\n').filter((f) => /(^|\/)pagination\.(py|ts)$/.test(f));
  const hereFiles = listFiles(repo).filter((f) => /(^|\/)pagination\.(py|ts)$/.test(f));
  const classes = new Set();
  for (const f of refFiles) for (const c of pageClassesIn(atRef(f))) classes.add(c);
  for (const f of hereFiles) for (const c of pageClassesIn(here(f))) classes.add(c);
  return comparePagedMethods(atRef('api.md'), here('api.md'), classes);
}

function listFiles(repo) {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : [];
}
