/**
 * migrate (Python): the owners' `binary_request` patch to Stainless's runtime (a file sent as a request's raw body:
 * a parameter on the client's `post`, a `content` field on the request options, the file helpers it imports and one it
 * adds to `_files.py`) is done by sdkgen's runtime, whose `post` takes `content=` (binary-request-done.ts): each of its
 * edits is Stainless's lines back and reported done, and nothing of it is carried in pieces. Before, the helper and the
 * imports landed in sdkgen's modules (imports of names no code used) and the rest was left to a person.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  binaryRequestNames,
  withBinaryRequestDone,
} from '../../generator/migrate/python/already-done/binary-request-done';
import { planPythonMigration } from '../../generator/migrate/python/plan';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

// Stainless's runtime modules in its shape (written for this test), and the owners' patch of each.
const CLIENT = `${HEADER}from ._files import to_httpx_files, async_to_httpx_files
from ._types import (
    Body,
    NotGiven,
)


class BaseClient:
    def _build_request(self, options: FinalRequestOptions) -> httpx.Request:
        files = options.files
        return self._client.build_request(
            json=json_data,
            files=files,
        )


class SyncAPIClient(BaseClient):
    def post(
        self,
        path: str,
        *,
        body: Body | None = None,
        files: RequestFiles | None = None,
        stream: bool = False,
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="post", url=path, json_data=body, files=to_httpx_files(files), **options
        )
        return self.request(cast_to, opts)
`;
const CLIENT_PATCHED = CLIENT.replace(
  'from ._files import to_httpx_files, async_to_httpx_files',
  'from ._files import to_httpx_files, _transform_file, get_file_content, async_to_httpx_files',
)
  .replace('    NotGiven,\n', '    NotGiven,\n    FileTypes,\n')
  .replace('        files = options.files\n', '        files = options.files\n        content = options.content\n')
  .replace('            files=files,\n', '            content=content,\n            files=files,\n')
  .replace(
    '        files: RequestFiles | None = None,\n',
    '        files: RequestFiles | None = None,\n        binary_request: FileTypes | None = None,\n',
  )
  .replace(
    '            method="post", url=path, json_data=body, files=to_httpx_files(files), **options\n',
    `            method="post",
            url=path,
            json_data=body,
            files=to_httpx_files(files),
            content=get_file_content(_transform_file(binary_request)) if binary_request else None,
            **options,
`,
  );
const MODELS = `${HEADER}from ._types import (
    Timeout,
    HttpxRequestFiles,
)


class FinalRequestOptions(pydantic.BaseModel):
    files: Union[HttpxRequestFiles, None] = None
    idempotency_key: Union[str, None] = None
`;
const MODELS_PATCHED = MODELS.replace('    Timeout,\n', '    Timeout,\n    HttpxFileContent,\n').replace(
  '    files: Union[HttpxRequestFiles, None] = None\n',
  '    files: Union[HttpxRequestFiles, None] = None\n    content: Union[HttpxFileContent, None] = None\n',
);
const FILES = `${HEADER}def read_file_content(file: FileContent) -> HttpxFileContent:
    return file


def to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    return files
`;
const FILES_PATCHED = FILES.replace(
  'def to_httpx_files',
  `def get_file_content(file: HttpxFileTypes) -> HttpxFileContent:
    if isinstance(file, tuple):
        return file[1]
    else:
        return file


def to_httpx_files`,
);

const STAINLESS: Record<string, string> = {
  'src/acme/_base_client.py': CLIENT,
  'src/acme/_models.py': MODELS,
  'src/acme/_files.py': FILES,
};
const PATCHED: Record<string, string> = {
  'src/acme/_base_client.py': CLIENT_PATCHED,
  'src/acme/_models.py': MODELS_PATCHED,
  'src/acme/_files.py': FILES_PATCHED,
};

describe("the owners' binary_request patch to Stainless's runtime", () => {
  it("is sdkgen's runtime's already: each module back to Stainless's lines, every edit reported done", () => {
    const files = Object.entries(PATCHED).map(([path, text]) => ({ path, text }));
    const names = binaryRequestNames(files, (path) => STAINLESS[path], 'acme');
    expect(names).not.toBeNull();
    for (const [path, text] of Object.entries(PATCHED)) {
      const done = withBinaryRequestDone(path, STAINLESS[path]!, text, names, 'acme');
      expect(done?.text, path).toBe(STAINLESS[path]);
      expect(done?.done[0]).toEqual({
        path,
        does: expect.stringContaining('`content=`'),
        test: 'test/python/runtime/test_bodies.py › test_binary_bodies_sent_as_they_are',
      });
    }
  });

  it('is done in a package of a dotted name (`cerebras.cloud.sdk`, its runtime under src/cerebras/cloud/sdk/)', () => {
    const nested = (p: string) => p.replace('src/acme/', 'src/cerebras/cloud/sdk/');
    const stainless = (p: string) => STAINLESS[p.replace('src/cerebras/cloud/sdk/', 'src/acme/')];
    const files = Object.entries(PATCHED).map(([path, text]) => ({ path: nested(path), text }));
    const names = binaryRequestNames(files, stainless, 'cerebras.cloud.sdk');
    expect(names).not.toBeNull();
    for (const { path, text } of files)
      expect(withBinaryRequestDone(path, stainless(path)!, text, names, 'cerebras.cloud.sdk')?.text, path).toBe(
        stainless(path),
      );
  });

  it("keeps the owners' other edits of those modules, and any edit where no binary_request patch is", () => {
    const other = CLIENT_PATCHED.replace(
      '        return self.request(cast_to, opts)\n',
      '        return self.request(cast_to, opts, log=True)\n',
    );
    const names = binaryRequestNames([{ path: 'src/acme/_base_client.py', text: other }], (p) => STAINLESS[p], 'acme');
    expect(withBinaryRequestDone('src/acme/_base_client.py', CLIENT, other, names, 'acme')?.text).toBe(
      CLIENT.replace(
        '        return self.request(cast_to, opts)\n',
        '        return self.request(cast_to, opts, log=True)\n',
      ),
    );
    // A helper or a `content` field alone, without the patch's `binary_request`, is the owners' own.
    const helperOnly = [
      { path: 'src/acme/_files.py', text: FILES_PATCHED },
      { path: 'src/acme/_models.py', text: MODELS_PATCHED },
    ];
    expect(binaryRequestNames(helperOnly, (p) => STAINLESS[p], 'acme')).toBeNull();
    // A line of the owners' that names what the patch reads, outside an import, stays theirs.
    const returned = CLIENT_PATCHED.replace(
      '        return self.request(cast_to, opts)\n',
      '        content\n        return self.request(cast_to, opts)\n',
    );
    expect(withBinaryRequestDone('src/acme/_base_client.py', CLIENT, returned, names, 'acme')?.text).toContain(
      '        content\n',
    );
    // Outside the runtime (a resource module), nothing is taken back.
    expect(withBinaryRequestDone('src/acme/resources/files.py', CLIENT, CLIENT_PATCHED, names, 'acme')).toBeNull();
  });

  it("is not carried by migrate: no helper or import of it lands in sdkgen's modules, nothing is left to a person", () => {
    const rendered = [
      { path: 'src/acme/_base_client.py', contents: CLIENT.slice(HEADER.length) },
      { path: 'src/acme/_models.py', contents: MODELS.slice(HEADER.length) },
      { path: 'src/acme/_files.py', contents: FILES.slice(HEADER.length) },
    ];
    const migrated = planPythonMigration({
      current: Object.entries(PATCHED).map(([path, text]) => ({ path, blob: blob(text), text })),
      base: {
        blobs: new Map(Object.entries(STAINLESS).map(([p, t]) => [p, blob(t)])),
        texts: new Map(Object.entries(STAINLESS)),
      },
      rendered,
      importName: 'acme',
    });
    expect(migrated.rejected).toEqual([]);
    const written = new Map(migrated.writes.map((f) => [f.path, f.contents as string]));
    for (const [path, text] of written) {
      if (!path.startsWith('src/acme/_')) continue;
      expect(text, path).not.toMatch(/get_file_content|_transform_file|binary_request|content: Union/);
    }
    expect(migrated.doneBySdkgen.filter((d) => d.test.includes('test_bodies.py')).length).toBe(9);
  });
});
