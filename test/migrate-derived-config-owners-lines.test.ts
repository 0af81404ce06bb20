/**
 * The config migrate writes from a repository (`--from-repo`, or no config given) is the one Stainless generated the
 * SDK with: read from api.md as Stainless wrote it. A method or type the owners wrote by hand and listed in api.md
 * beside Stainless's (together-typescript's `files.upload` and its chat message types) is theirs, carried over as
 * their code: were it a method or model of the written config, sdkgen would generate it and their code would be
 * carried beside it, declared twice. A line Stainless's later generations added stays; one the owners changed is
 * Stainless's again.
 */
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import { withStainlessApiMd } from '../generator/migrate/derived-config/stainless-lines';
import type { GenerationChanges } from '../generator/migrate/repository/generations';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const method = (name: string, verb: string, path: string, returns: string) =>
  `- <code title="${verb} ${path}">client.files.<a href="./src/resources/files.ts">${name}</a>(${
    path.includes('{') ? 'id' : ''
  }) -> ${returns}</code>\n`;

const apiMd = (methods: string[], types: string[] = []) =>
  '# Files\n\nTypes:\n\n' +
  types.map((t) => `- <code><a href="./src/resources/files.ts">${t}</a></code>\n`).join('') +
  '\nMethods:\n\n' +
  methods.join('');

const LIST = method('list', 'get', '/files', 'FileList');
const RETRIEVE = method('retrieve', 'get', '/files/{id}', 'FileResponse');
const UPLOAD = method('upload', 'post', '/files/upload', 'FileResponse');
const DELETE = method('delete', 'delete', '/files/{id}', 'FileDeleteResponse');

const files = (text: string): RepoFile[] => [
  { path: 'api.md', blob: null, text },
  { path: 'src/client.ts', blob: null, text: 'export class Acme {}\n' },
];

function configOf(repoFiles: RepoFile[]) {
  return deriveStainlessConfig(derivedConfigInput(repoFiles, null)!).text;
}

describe('migrate: the config written from the repository', () => {
  const base = { texts: new Map([['api.md', apiMd([LIST, RETRIEVE], ['FileList'])]]) };

  it('leaves out a method and a type the owners listed in api.md beside Stainless’s', () => {
    const current = files(apiMd([LIST, RETRIEVE, UPLOAD], ['FileList', 'FileUploadResult']));
    // As the repository has it: the owners' method is one of the config's.
    expect(configOf(current)).toContain('post /files/upload');
    const config = configOf(withStainlessApiMd(current, base, new Map()));
    expect(config).not.toContain('post /files/upload');
    expect(config).toContain('get /files/{id}');
    expect(config).toContain('get /files');
  });

  it('keeps what Stainless’s later generations added, and leaves out what they removed', () => {
    const current = files(apiMd([LIST, DELETE]));
    const generations: GenerationChanges = new Map([
      ['api.md', { added: new Set([DELETE.trim()]), removed: new Set([RETRIEVE.trim()]) }],
    ]);
    const config = configOf(withStainlessApiMd(current, base, generations));
    expect(config).toContain('delete /files/{id}');
    expect(config).not.toContain('get /files/{id}');
  });

  it('takes a line of Stainless’s the owners changed as Stainless wrote it', () => {
    const changed = RETRIEVE.replace('FileResponse', 'MyFile');
    const [api] = withStainlessApiMd(files(apiMd([LIST, changed])), base, new Map());
    expect(api.text).toContain(RETRIEVE.trim());
    expect(api.text).not.toContain('MyFile');
  });

  it('reads the repository as it is without a base', () => {
    const current = files(apiMd([LIST, UPLOAD]));
    expect(withStainlessApiMd(current, null, undefined)).toBe(current);
  });
});
