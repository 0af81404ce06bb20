/**
 * The page class a Stainless SDK's method pages by is read from its code, not from the name of the alias api.md
 * writes (Stainless names every page alias `…Page`: openai-node's `ContainerListResponsesPage` is a `CursorPage`).
 */
import { describe, expect, it } from 'vitest';
import {
  methodPageClass,
  methodPageClasses,
  pageClassInCode,
} from '../../generator/migrate/derived-config/method-pages';

const API_MD = `# Containers

Types:

- <code><a href="./src/resources/containers/containers.ts">ContainerListResponse</a></code>

Methods:

- <code title="get /containers">client.containers.<a href="./src/resources/containers/containers.ts">list</a>({ ...params }) -> ContainerListResponsesPage</code>
- <code title="get /containers/{container_id}">client.containers.<a href="./src/resources/containers/containers.ts">retrieve</a>(containerID) -> ContainerListResponse</code>

# Files

Methods:

- <code title="get /files">client.files.<a href="./src/resources/files.ts">list</a>({ ...params }) -> FileObjectsPage</code>
`;

const CONTAINERS = `export class Containers extends APIResource {
  /**
   * Lists containers.
   */
  list(
    query: ContainerListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<ContainerListResponsesPage, ContainerListResponse> {
    return this._client.getAPIList('/containers', CursorPage<ContainerListResponse>, { query, ...options });
  }

  retrieve(containerID: string, options?: RequestOptions): APIPromise<ContainerListResponse> {
    return this._client.get(path\`/containers/\${containerID}\`, options);
  }
}

export type ContainerListResponsesPage = CursorPage<ContainerListResponse>;
`;

// An older SDK's alias class, declared in the module.
const FILES = `export class Files extends APIResource {
  list(query: FileListParams = {}, options?: Core.RequestOptions): Core.PagePromise<FileObjectsPage, FileObject> {
    return this._client.getAPIList('/files', FileObjectsPage, { query, ...options });
  }
}

export class FileObjectsPage extends CursorPage<FileObject> {}
`;

const texts: Record<string, string> = {
  'src/resources/containers/containers.ts': CONTAINERS,
  'src/resources/files.ts': FILES,
};

describe('migrate: the page class a method pages by', () => {
  it('is read from its getAPIList call, through an alias class of the module; null where the code calls none', () => {
    const found = methodPageClasses(API_MD, (p) => texts[p] ?? null);
    expect([...found]).toEqual([
      ['client.containers.list', 'CursorPage'],
      ['client.containers.retrieve', null],
      ['client.files.list', 'CursorPage'],
    ]);
  });

  it('reads a call with a path template and a namespaced class', () => {
    const code = `  list(id: string) {\n    return this._client.getAPIList(path\`/a/\${id}/b\`, Pagination.ConversationCursorPage<Item>, {});\n  }`;
    expect(pageClassInCode(code, '')).toBe('ConversationCursorPage');
  });

  it('is a scheme class only', () => {
    const schemes = [{ className: 'Page' }, { className: 'CursorPage' }];
    const classes = new Map([
      ['client.a.list', 'CursorPage'],
      ['client.b.list', 'Unknown'],
    ]);
    expect(methodPageClass('client.a.list', schemes, classes)).toBe('CursorPage');
    expect(methodPageClass('client.b.list', schemes, classes)).toBeNull();
    expect(methodPageClass('client.c.list', schemes, undefined)).toBeNull();
  });
});
