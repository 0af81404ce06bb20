/**
 * The methods api.md does not list are recovered from the resource modules of Stainless's generation only
 * (unlisted-methods.ts). runway-python's `uploads.py` carries Stainless's header but is custom code its bot committed to
 * main beside the generation (its twin on `generated` lacks it), which migrate keeps as the owners'. Reading it as an
 * undocumented method put `uploads.create_ephemeral` in the config written from the repository: sdkgen then wrote its
 * own `uploads.py` over the kept one ("needs a hand"), and the next regeneration refused to overwrite it.
 */
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { unlistedMethods } from '../generator/migrate/python/derived-config/unlisted-methods';

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const API_MD = `# Tasks

Methods:

- <code title="get /v1/tasks/{id}">client.tasks.<a href="./src/acme/resources/tasks.py">retrieve</a>(id) -> <a href="./src/acme/types/task_retrieve_response.py">TaskRetrieveResponse</a></code>
`;

const TASKS = `${HEADER}class TasksResource(SyncAPIResource):
    def retrieve(self, id: str) -> TaskRetrieveResponse:
        return self._get(
            f"/v1/tasks/{id}",
            cast_to=TaskRetrieveResponse,
        )
`;

// The bot's custom code on main, with Stainless's header, which no generation wrote.
const UPLOADS = `${HEADER}class UploadsResource(SyncAPIResource):
    def create_ephemeral(self, *, filename: str) -> UploadCreateEphemeralResponse:
        return self._post(
            "/v1/uploads",
            body=maybe_transform({"filename": filename}, upload_create_ephemeral_params.UploadCreateEphemeralParams),
            cast_to=UploadCreateEphemeralResponse,
        )
`;

const FILES = [
  { path: 'api.md', text: API_MD, blob: null },
  { path: 'src/acme/resources/tasks.py', text: TASKS, blob: null },
  { path: 'src/acme/resources/uploads.py', text: UPLOADS, blob: null },
];
const GENERATION = new Set(['api.md', 'src/acme/resources/tasks.py']);
const inGeneration = (path: string) => GENERATION.has(path);

describe("unlisted methods come from Stainless's generation (r33p)", () => {
  it('leaves out a resource module the generation does not have', () => {
    const listed = new Set(['get /v1/tasks/{id}']);
    expect(unlistedMethods(FILES, 'acme', listed, ['get /v1/tasks/{id}', 'post /v1/uploads'])).toHaveLength(1);
    expect(unlistedMethods(FILES, 'acme', listed, ['get /v1/tasks/{id}', 'post /v1/uploads'], inGeneration)).toEqual(
      [],
    );
  });

  it('writes no such resource into the config written from the repository', () => {
    const spec = {
      queryParams: new Map([
        ['get /v1/tasks/{id}', []],
        ['post /v1/uploads', []],
      ]),
    };
    const config = derivePythonConfig(FILES, 'acme', spec as never, inGeneration);
    expect(config?.text).toContain('retrieve: get /v1/tasks/{id}');
    expect(config?.text).not.toContain('uploads');
  });
});
