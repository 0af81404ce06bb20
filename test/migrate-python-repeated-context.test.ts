/**
 * `sdkgen migrate` on a Stainless Python SDK whose owners edited code Stainless writes twice: the sync client's
 * `__init__` and the async client's share their lines (`if api_key is None:` … `self.api_key = api_key`, the call to
 * `super().__init__(…)`), so the lines around an edit of the async copy are the sync copy's too. An edit the owners
 * made in the async client alone lands in the async client alone (it went to the first occurrence of its context, the
 * sync client, before: issue 89), and one made in both copies, each its own way, lands in each.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// test/python/migrate-owners-code-calls-r29b.test.ts covers the placement in `npm test`.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from './helpers/git-repo';
import { tempDir } from './helpers/sdk';
import { read, write } from './helpers/stainless-repository';
import { commitAll, commitGeneration } from './helpers/git-history';
import { PETSTORE_SPEC as SPEC, PETS_CONFIG as CONFIG, stainlessPythonGeneration } from './helpers/python-migrate';
import { SLOW_FULL } from './helpers/slow-tests';

const CLIENT = 'src/acme/_client.py';
const RESOURCE = 'src/acme/resources/pets.py';
const ASYNC_CLIENT = 'class AsyncAcme(';
const ASYNC_RESOURCE = 'class AsyncPetsResource(';
const API_KEY = '        self.api_key = api_key\n';
const ASYNC_ONLY = '        self._owner_timeout_warning = True\n';
// (The docstring's Args, which every method of both classes has word for word.)
const QUERY_DOC = '          extra_query: Add additional query parameters to the request\n';
const ownQueryDoc = (method: string) => QUERY_DOC.replace('request', `request (${method}: sent as given)`);

/** `text` with `from` replaced by `to` in the part of it from `start` on (before `end`). */
function inPart(text: string, start: number, end: number, from: string, to: string): string {
  const part = text.slice(start, end);
  expect(part).toContain(from);
  return text.slice(0, start) + part.replace(from, to) + text.slice(end);
}

/** `text` with `from` replaced by `to` in each class's method `name`. */
function inMethods(text: string, name: string, from: string, to: string): string {
  let out = text;
  for (const def of [`    def ${name}(`, `    async def ${name}(`]) {
    const start = out.indexOf(def);
    expect(start).toBeGreaterThan(0);
    const end = out.indexOf('    def ', start + def.length);
    out = inPart(out, start, end < 0 ? out.length : end, from, to);
  }
  return out;
}

describe.runIf(SLOW_FULL)(
  "sdkgen migrate: the owners' edits of code Stainless writes in the sync and async client",
  () => {
    let repo: string;
    let run: ReturnType<typeof sdkgen>;

    beforeAll(() => {
      const work = tempDir('migrate-python-repeated-context');
      ({ repo } = stainlessPythonGeneration(work, CONFIG));
      write(repo, '.stats.yml', 'configured_endpoints: 2\n');
      const base = commitGeneration(repo);
      git(repo, 'checkout', '-q', '-b', 'main');
      const stainless = read(repo, CLIENT);
      const asyncAt = stainless.indexOf(ASYNC_CLIENT);
      expect(asyncAt).toBeGreaterThan(0);
      write(repo, CLIENT, inPart(stainless, asyncAt, stainless.length, API_KEY, API_KEY + ASYNC_ONLY));
      write(repo, RESOURCE, inMethods(read(repo, RESOURCE), 'create', QUERY_DOC, ownQueryDoc('create')));
      commitAll(repo, "our client: a flag of the async one; create's docs say how the query goes");
      run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
    });

    it('carries an edit of the async copy alone into the async client alone', () => {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const migrated = read(repo, CLIENT);
      const [sync, async] = migrated.split(ASYNC_CLIENT);
      expect(sync).not.toContain(ASYNC_ONLY);
      expect(async).toContain(API_KEY + ASYNC_ONLY);
    });

    it("carries an edit made in both classes' copies of a method into each, not into another method", () => {
      const [sync, async] = read(repo, RESOURCE).split(ASYNC_RESOURCE);
      for (const resource of [sync, async]) {
        const create = resource.slice(resource.indexOf('def create('), resource.indexOf('def list('));
        const list = resource.slice(resource.indexOf('def list('));
        expect(create).toContain(ownQueryDoc('create'));
        expect(list).toContain(QUERY_DOC);
        expect(list).not.toContain(ownQueryDoc('create'));
      }
    });
  },
);
