/**
 * A `Content-Length` header parameter (hedra's uploads and its JSON `POST /v1/characters`, a FastAPI spec's
 * `content-length` header): fetch sets that header from the body it sends, and a caller's value breaks the request
 * (hedra-node's endpoint tests, `'content-length': 0` beside a file, hung until Vitest's 60 s limit against Prism).
 * Stainless's TypeScript SDKs have taken no such param since 2024-07-16 (writer-node 00aa0e8 took writer's
 * `'Content-Length'` away from `FileUploadParams`, which 52f462c of 2024-06-28 had; hedra-node's generations of
 * 2024-10 on never had one), so neither do sdkgen's of those eras, nor sdkgen's own shape. The Python side:
 * test/python/content-length-param-r35a.test.ts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { tempDir } from './helpers/sdk';
import { CONTENT_LENGTH_SPEC } from './helpers/content-length-spec';

const SPEC = CONTENT_LENGTH_SPEC;

const CONFIG = `
organization: { name: uploads }
targets:
  typescript: { package_name: uploads-sdk }
resources:
  audio:
    methods:
      create: post /v1/audio
`;

async function audioFiles(stainlessEra: string | null, withConfig = true) {
  const dir = tempDir('ts-content-length');
  try {
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    writeFileSync(path.join(dir, 'stainless.yml'), CONFIG);
    const result = await generate({
      spec: path.join(dir, 'openapi.yaml'),
      ...(withConfig ? { config: path.join(dir, 'stainless.yml') } : {}),
      referenceDocs: false,
      stainlessEra,
    });
    const file = (p: string) => result.files.find((f) => f.path === p)?.contents ?? '';
    const resource = result.files.find((f) => /^src\/resources\/audio(\/index)?\.ts$/.test(f.path))?.contents ?? '';
    const test = result.files.find((f) => /^tests\/.*audio\.test\.ts$/.test(f.path))?.contents ?? '';
    return { resource, test, apiMd: file('api.md') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a Content-Length header parameter in a TypeScript SDK', () => {
  it('is no param of a Stainless SDK of 2024-07-16 on (nor of the newest), other header params stay', async () => {
    for (const era of [null, '2024-10-29']) {
      const { resource, test } = await audioFiles(era);
      expect(resource).toContain("'X-Trace'");
      expect(resource.toLowerCase()).not.toContain('content-length');
      expect(test).toContain('toFile(');
      expect(test.toLowerCase()).not.toContain('content-length');
    }
  });

  it('stays a param of a Stainless SDK of before 2024-07-16 (writer-node of 2024-06-28)', async () => {
    const { resource, test } = await audioFiles('2024-06-28');
    expect(resource).toContain("'content-length'?: number");
    expect(test).toContain("'content-length': 0");
  });

  it("is no param of sdkgen's own shape either", async () => {
    const { resource } = await audioFiles(null, false);
    expect(resource).toContain("'X-Trace'");
    expect(resource.toLowerCase()).not.toContain('content-length');
  });
});
