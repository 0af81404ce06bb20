/**
 * `sdkgen migrate --from-repo` (Python) on an SDK whose config marked a resource's methods undocumented (replicate's
 * Files API): api.md lists `FileCreateResponse`, `FileListResponse` and `FileGetResponse`, the types Stainless wrote
 * for those methods, all of one schema. Each is its method's own response type, which sdkgen writes under that name
 * (no model): no import of them breaks. Before, the first took the schema as a model (dropped later) and migrate said
 * of the others that they were "left out (its users' imports of it break)".
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Collections

Methods:

- <code title="get /collections/{slug}">client.collections.<a href="./src/acme/resources/collections.py">get</a>(slug) -> <a href="./src/acme/types/collection.py">Collection</a></code>

# Files

Types:

\`\`\`python
from acme.types import FileCreateResponse, FileListResponse, FileGetResponse
\`\`\`
`;

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const FILES_MODULE = `${HEADER}class FilesResource(SyncAPIResource):
    def create(self, *, content: FileTypes) -> FileCreateResponse:
        return self._post("/files", body={"content": content}, cast_to=FileCreateResponse)

    def list(self) -> FileListResponse:
        return self._get("/files", cast_to=FileListResponse)

    def get(self, file_id: str) -> FileGetResponse:
        return self._get(f"/files/{file_id}", cast_to=FileGetResponse)
`;

const typeModule = (name: string) => `${HEADER}from .._models import BaseModel

__all__ = ["${name}"]


class ${name}(BaseModel):
    id: str

    size: int
`;

const FILES = [
  { path: 'api.md', text: API_MD },
  { path: 'src/acme/resources/files.py', text: FILES_MODULE },
  ...['FileCreateResponse', 'FileListResponse', 'FileGetResponse'].map((name) => ({
    path: `src/acme/types/${name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}.py`,
    text: typeModule(name),
  })),
];

const ENDPOINTS = ['get /collections/{slug}', 'post /files', 'get /files', 'get /files/{file_id}'];

describe('migrate --from-repo (Python): the types of methods api.md does not list', () => {
  it('are no models, and no note says their imports break', () => {
    const spec = {
      schemas: [
        { key: 'file_response', name: 'file_response', shape: { kind: 'object' as const, members: ['id', 'size'] } },
      ],
      responseSchemas: new Map(ENDPOINTS.filter((e) => e.includes('/files')).map((e) => [e, 'file_response'])),
      queryParams: new Map(ENDPOINTS.map((e) => [e, [] as string[]])),
    };
    const result = derivePythonConfig(FILES as never, 'acme', spec);
    expect(result).not.toBeNull();
    const config = yaml.load(result!.text) as {
      resources: Record<string, { methods: Record<string, unknown>; models?: Record<string, string> }>;
    };
    expect(Object.keys(config.resources.files.methods)).toEqual(['create', 'list', 'get']);
    expect(config.resources.files.models).toBeUndefined();
    const notes = result!.notes.join('\n');
    expect(notes).toContain('files.list (get /files) is not listed');
    expect(notes).not.toMatch(/File(List|Get)Response is left out/);
  });
});
