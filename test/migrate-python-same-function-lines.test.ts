/**
 * An owners' edit of a statement of Stainless's runtime that sdkgen's function of the same name has too, among lines of
 * its own (migrate/python/reapply/same-function-lines.ts): llamacloud-python's owners let a file upload take a path as a string
 * (`isinstance(file, os.PathLike)` → `(os.PathLike, str)` in `_transform_file` and `_async_transform_file`), where
 * sdkgen's `_files.py` has that statement in both functions, and in others, around other lines. The function's name
 * places it; a statement sdkgen's function lacks, or an added line reading a name sdkgen's module does not bind, stays
 * for a person. The slow case migrates a real git history and runs the carried function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { git, sdkgen } from './helpers/git-repo';
import { commitGenerationThenMain } from './helpers/git-history';
import { baseOf, checkoutOf } from './helpers/plan-inputs';
import { pyrightErrorsUnderOwnSettings, runProcess, venvPython } from './helpers/python';
import { PETSTORE_SPEC as SPEC, PETS_CONFIG as CONFIG, stainlessPythonGeneration } from './helpers/python-migrate';
import { ROOT } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';
import { read, write } from './helpers/stainless-repository';

const FILES = 'src/acme/_files.py';
const TYPES = 'src/acme/_types.py';
const STAINLESS_FILE_CONTENT = 'FileContent = Union[IO[bytes], bytes, PathLike[str]]';
const SDKGEN_FILES = readFileSync(path.join(ROOT, 'templates/python/runtime/_files.py'), 'utf8');

/** Stainless's two functions turning a file input into what httpx sends (as its 2025 runtime wrote them). */
const STAINLESS_TRANSFORMS = `def _transform_file(file: FileTypes) -> HttpxFileTypes:
    if is_file_content(file):
        if isinstance(file, os.PathLike):
            path = pathlib.Path(file)
            return (path.name, path.read_bytes())

        return file

    if is_tuple_t(file):
        return (file[0], read_file_content(file[1]), *file[2:])

    raise TypeError(f"Expected file types input to be a FileContent type or to be a tuple")


async def _async_transform_file(file: FileTypes) -> HttpxFileTypes:
    if is_file_content(file):
        if isinstance(file, os.PathLike):
            path = anyio.Path(file)
            return (path.name, await path.read_bytes())

        return file

    if is_tuple_t(file):
        return (file[0], await async_read_file_content(file[1]), *file[2:])

    raise TypeError(f"Expected file types input to be a FileContent type or to be a tuple")
`;
const STAINLESS_FILES = `from __future__ import annotations

import os
import pathlib

import anyio

from ._types import FileTypes, HttpxFileTypes
from ._utils import is_tuple_t


${STAINLESS_TRANSFORMS}`;
const widened = (text: string) =>
  text.replaceAll('isinstance(file, os.PathLike)', 'isinstance(file, (os.PathLike, str))');

/** The body of the function `name` of `text` (its `def` line to the next top-level line). */
function functionOf(text: string, name: string): string {
  const match = new RegExp(`^(?:async )?def ${name}\\([\\s\\S]*?(?=\\n\\S|\\s*$(?![\\s\\S]))`, 'm').exec(text);
  expect(match, name).not.toBeNull();
  return match![0];
}

function plan(owners: string) {
  return planPythonMigration({
    current: checkoutOf({ [FILES]: owners }),
    base: baseOf({ [FILES]: STAINLESS_FILES }),
    rendered: [{ path: FILES, contents: SDKGEN_FILES }],
    importName: 'acme',
  });
}

describe("sdkgen migrate (Python): an owners' statement of a runtime function sdkgen's function of that name has", () => {
  it("is carried into sdkgen's function, where the hunk's context finds no one place", () => {
    const result = plan(widened(STAINLESS_FILES));
    expect(result.rejected.filter((r) => r.path === FILES)).toEqual([]);
    expect(result.needsHand.filter((n) => n.path === FILES)).toEqual([]);
    const written = result.writes.find((f) => f.path === FILES)?.contents ?? '';
    for (const name of ['_transform_file', '_async_transform_file'])
      expect(functionOf(written, name)).toContain('    if isinstance(file, (os.PathLike, str)):');
    // Only there: sdkgen's other functions keep their own `isinstance(…, os.PathLike)`.
    expect(functionOf(written, 'read_body_bytes')).toContain('    if isinstance(body, os.PathLike):');
    expect(written.match(/\(os\.PathLike, str\)/g)).toHaveLength(2);
    expect(result.reapplied).toContainEqual({ path: FILES, hunks: 2 });
  });

  it('leaves an edit reading a name sdkgen’s module does not bind for a person', () => {
    const owners = STAINLESS_FILES.replace(
      '    if is_file_content(file):\n        if isinstance(file, os.PathLike):\n            path = pathlib',
      '    if is_file_content(file):\n        if isinstance(file, os.PathLike) or is_path_text(file):\n            path = pathlib',
    );
    const result = plan(owners);
    const rejected = result.rejected.find((r) => r.path === FILES)?.hunks.join('\n') ?? '';
    expect(rejected).toContain('+        if isinstance(file, os.PathLike) or is_path_text(file):');
    const written = result.writes.find((f) => f.path === FILES)?.contents ?? '';
    expect(written).not.toContain('is_path_text');
  });
});

describe.runIf(SLOW_FULL)("sdkgen migrate (Python): the owners' statement carried into sdkgen's runtime runs", () => {
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    const work = tempDir('migrate-python-same-function-lines');
    ({ repo } = stainlessPythonGeneration(work, CONFIG));
    // Stainless's two functions in place of sdkgen's (what Stainless's generation had).
    let files = read(repo, FILES);
    for (const name of ['_transform_file', '_async_transform_file'])
      files = files.replace(functionOf(files, name), functionOf(STAINLESS_TRANSFORMS, name));
    write(repo, FILES, files.replace('\nimport os\n', '\nimport os\nfrom ._utils import is_tuple_t\n'));
    write(repo, '.stats.yml', 'configured_endpoints: 2\n');
    const base = commitGenerationThenMain(repo);
    write(repo, FILES, widened(read(repo, FILES)));
    // (Their file input type takes the string too, as llamacloud's `FileContent` did.)
    const types = read(repo, TYPES);
    expect(types).toContain(STAINLESS_FILE_CONTENT);
    write(repo, TYPES, types.replace(STAINLESS_FILE_CONTENT, STAINLESS_FILE_CONTENT.replace(']]', '], str]')));
    git(repo, 'commit', '-qam', 'feat: a file upload takes a path as a string');
    run = sdkgen(repo, 'migrate', '--spec', SPEC, '--config', path.join(work, 'stainless.yml'), '--base', base);
  }, 600_000);

  it('exits 0, and a path given as a string uploads the file it names (sync and async)', async () => {
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const program = [
      'import asyncio, sys, tempfile, os',
      `sys.path.insert(0, ${JSON.stringify(path.join(repo, 'src'))})`,
      'from acme._files import _transform_file, _async_transform_file',
      'd = tempfile.mkdtemp(); p = os.path.join(d, "pet.txt"); open(p, "wb").write(b"woof")',
      'print(_transform_file(p), asyncio.run(_async_transform_file(p)))',
    ].join('\n');
    const ran = await runProcess(venvPython(), ['-c', program]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout.trim()).toBe("('pet.txt', b'woof') ('pet.txt', b'woof')");
  }, 120_000);

  it("type-checks under the package's own pyright settings (sdkgen's `_read_path` takes what pathlib takes)", async () => {
    expect(read(repo, TYPES)).toContain('FileContent = Union[IO[bytes], bytes, PathLike[str], str]');
    expect(await pyrightErrorsUnderOwnSettings(repo, [FILES])).toEqual([]);
  }, 300_000);
});
