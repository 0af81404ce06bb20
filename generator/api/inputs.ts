/**
 * Where a spec comes from: a file, an http(s) URL, or standard input (`-`). The load stage reads files, so a
 * URL is downloaded — with every file it `$ref`s by a relative reference, resolved against the URL, on the
 * same origin — into a temporary folder laid out like the server's paths, and stdin is saved to a file in the
 * working directory (so that its relative `$ref`s resolve against it). Diagnostics name the URL or `<stdin>`.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SpecError } from '../diagnostics';
import { parseDocumentText } from '../load/parse';
import { removedAtExit, temporaryDir, type TemporaryPath } from '../temp-dir';

export interface FetchOptions {
  /** Per request, in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Per document, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Documents in all (default 500). */
  maxFiles?: number;
}

export interface SpecSource {
  kind: 'file' | 'url' | 'stdin';
  /** The file the load stage reads. */
  path: string;
  /** What diagnostics call the root document: the path as given, the URL, or `<stdin>`. */
  display: string;
  /** A folder a config may sit beside (the spec's), or null for URLs and stdin. */
  dir: string | null;
  /** The file name to report in place of a loader's name (the temporary copy's). */
  displayFile(file: string): string;
  /** Whether `file` is one of the temporary copies (gone after dispose()). */
  isTemporary(file: string): boolean;
  /** Removes temporary copies. */
  dispose(): void;
}

export const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

export async function openSpec(
  spec: string,
  options: { cwd: string; stdin?: AsyncIterable<Uint8Array | string> | string; fetch?: FetchOptions },
): Promise<SpecSource> {
  if (spec === '-') return fromStdin(options.stdin ?? process.stdin, options.cwd, options.fetch?.maxBytes);
  if (isUrl(spec)) return fromUrl(spec, options.fetch ?? {});
  const file = path.resolve(options.cwd, spec);
  return {
    kind: 'file',
    path: options.cwd === process.cwd() ? spec : file,
    display: spec,
    dir: path.dirname(file),
    displayFile: (f) => f,
    isTemporary: () => false,
    dispose: () => {},
  };
}

async function fromStdin(
  stream: AsyncIterable<Uint8Array | string> | string,
  cwd: string,
  maxBytes = 512 * 1024 * 1024,
): Promise<SpecSource> {
  let text: string;
  if (typeof stream === 'string') text = stream;
  else {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buffer =
        typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += buffer.length;
      if (size > maxBytes)
        throw new SpecError({
          code: 'file-too-large',
          file: '<stdin>',
          pointer: '',
          message: `standard input is over the ${maxBytes}-byte limit`,
        });
      chunks.push(buffer);
    }
    text = Buffer.concat(chunks).toString('utf8');
  }
  if (text.trim() === '')
    throw new SpecError({
      code: 'empty-file',
      file: '<stdin>',
      pointer: '',
      message: 'standard input is empty',
      hint: 'pipe an OpenAPI document in: cat openapi.yaml | sdkgen generate -',
    });
  // Beside the working directory's files, so that `$ref: ./schemas.yaml` means what it says; in the temporary
  // folder when the working directory is read-only.
  const name = `.sdkgen-stdin-${randomBytes(4).toString('hex')}.spec`;
  let file = path.join(cwd, name);
  let made: TemporaryPath;
  try {
    writeFileSync(file, text, { flag: 'wx' });
    made = removedAtExit(file);
  } catch {
    made = temporaryDir('sdkgen-stdin-');
    file = path.join(made.path, name);
    writeFileSync(file, text);
  }
  const shown = path.relative(process.cwd(), file);
  return {
    kind: 'stdin',
    path: file,
    display: '<stdin>',
    dir: null,
    displayFile: (f) => (f === file || f === shown ? '<stdin>' : f),
    isTemporary: (f) => path.resolve(f) === file,
    dispose: made.remove,
  };
}

async function fromUrl(url: string, options: FetchOptions): Promise<SpecSource> {
  const root = new URL(url);
  const maxFiles = options.maxFiles ?? 500;
  const made = temporaryDir('sdkgen-url-');
  const dir = made.path;
  const localPath = (u: URL) =>
    path.join(
      dir,
      ...decodeURIComponent(u.pathname)
        .split('/')
        .filter((s) => s !== '' && s !== '.' && s !== '..'),
    );
  // Where the loader will look for each document: the root at its final URL (after redirects), so that its
  // relative $refs resolve as a browser would resolve them; every other document where its $ref points.
  const localFile = (u: URL) => localPath(u).replace(/[/\\]?$/, (s) => (u.pathname.endsWith('/') ? `${s}index` : s));
  let rootPath = '';
  let rootUrl = root;
  const displayFile = (f: string) => {
    if (f === rootPath) return url;
    if (f.startsWith(dir + path.sep)) return new URL(f.slice(dir.length).split(path.sep).join('/'), rootUrl).href;
    return f;
  };
  try {
    const queue: Array<{ url: URL; from: { file: string; pointer: string } | null }> = [{ url: root, from: null }];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift()!;
      const { text, finalUrl } = await download(next.url, options, next.from);
      const base = next.from === null ? finalUrl : next.url;
      if (next.from === null) {
        rootUrl = finalUrl;
        rootPath = localFile(finalUrl);
        seen.add(rootPath);
      }
      const file = localFile(base);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      let parsed: unknown;
      try {
        parsed = parseDocumentText(text, base.href);
      } catch {
        continue; // the load stage reports it, with line and column
      }
      for (const { ref, pointer } of fileRefs(parsed)) {
        const from = { file: next.from === null ? url : base.href, pointer };
        // Only relative references are fetched, and only from the spec's own server: a spec is untrusted,
        // and must not make sdkgen read local files or reach other hosts.
        if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) continue; // absolute: the load stage reports it
        let target: URL;
        try {
          target = new URL(ref, base);
        } catch {
          continue; // the load stage reports malformed references
        }
        if (target.origin !== root.origin) {
          throw new SpecError({
            code: 'remote-ref-elsewhere',
            file: from.file,
            pointer: from.pointer,
            message: `$ref ${JSON.stringify(ref)} leaves ${root.origin}`,
            hint: "only files on the spec's own server are fetched",
          });
        }
        target.hash = '';
        target.search = '';
        const targetFile = localFile(target);
        if (seen.has(targetFile)) continue;
        if (seen.size >= maxFiles)
          throw new SpecError({
            code: 'too-many-files',
            file: from.file,
            pointer: from.pointer,
            message: `the spec $refs more than ${maxFiles} documents`,
          });
        seen.add(targetFile);
        queue.push({ url: target, from });
      }
    }
  } catch (error) {
    made.remove();
    throw error;
  }
  return {
    kind: 'url',
    path: rootPath,
    display: url,
    dir: null,
    displayFile,
    isTemporary: (f) => path.resolve(f).startsWith(dir + path.sep),
    dispose: made.remove,
  };
}

/** GET with a timeout and a size limit; redirects are followed only to http(s) URLs on the same origin. */
async function download(
  url: URL,
  options: FetchOptions,
  from: { file: string; pointer: string } | null,
): Promise<{ text: string; finalUrl: URL }> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const where = from ?? { file: url.href, pointer: '' };
  const fail = (code: string, message: string, hint: string | null = null): never => {
    throw new SpecError({
      code,
      file: where.file,
      pointer: where.pointer,
      message: from ? `$ref target ${url.href}: ${message}` : message,
      hint,
    });
  };
  let current = url;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/yaml, application/json;q=0.9, */*;q=0.5' },
      });
    } catch (error) {
      const name = (error as Error).name;
      return fail(
        name === 'TimeoutError' ? 'fetch-timeout' : 'fetch-failed',
        name === 'TimeoutError'
          ? `no response within ${timeoutMs} ms`
          : `cannot fetch: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`,
      );
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      const location = new URL(response.headers.get('location')!, current);
      if (location.protocol !== 'http:' && location.protocol !== 'https:')
        fail('redirect-refused', `redirected to ${location.protocol} URL; only http(s) redirects are followed`);
      if (location.origin !== url.origin)
        fail('redirect-refused', `redirected to another server (${location.origin})`, 'pass the final URL');
      if (redirects >= 5) fail('too-many-redirects', 'more than 5 redirects');
      current = location;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fail(
        response.status === 404 ? 'missing-file' : 'fetch-failed',
        `HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      fail('file-too-large', `${declared} bytes, over the ${maxBytes}-byte limit`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      const reader = response.body?.getReader();
      for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
        size += part.value.length;
        if (size > maxBytes) {
          await reader!.cancel();
          fail('file-too-large', `over the ${maxBytes}-byte limit`);
        }
        chunks.push(part.value);
      }
    } catch (error) {
      if (error instanceof SpecError) throw error;
      return fail(
        (error as Error).name === 'TimeoutError' ? 'fetch-timeout' : 'fetch-failed',
        (error as Error).name === 'TimeoutError'
          ? `no complete response within ${timeoutMs} ms`
          : `download failed: ${(error as Error).message}`,
      );
    }
    return { text: Buffer.concat(chunks).toString('utf8'), finalUrl: current };
  }
}

/** The `$ref`s of a document that name another file, with the pointer of each. */
function fileRefs(root: unknown): Array<{ ref: string; pointer: string }> {
  const found: Array<{ ref: string; pointer: string }> = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, pointer: string) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${pointer}/${i}`));
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === '$ref' && typeof v === 'string' && !v.startsWith('#'))
        found.push({ ref: v.split('#')[0], pointer: here });
      else walk(v, here);
    }
  };
  walk(root, '#');
  return found.filter((r) => r.ref !== '');
}
