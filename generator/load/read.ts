/** Reading one document from disk: the checks on the file (a regular file, not too large), then the parse. */
import * as buffers from 'node:buffer';
import { constants, type Stats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { SpecError } from '../diagnostics';
import { fileStamp } from '../file-stamp';
import { ESCAPE_ROOM, looksLikeJson, oneByteJsonText } from './one-byte-json';
import { parseDocumentText } from './parse';
import type { DocumentSource, LoadOptions, SpecDocument } from './types';

const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

export function diskSource(options: LoadOptions): DocumentSource {
  return {
    realPath: async (absPath) => {
      try {
        return await realpath(absPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        return absPath; // a symlink loop, a folder we may not list…: reading the file reports it
      }
    },
    read: (display, absPath) => readDocument(display, absPath, options),
  };
}

async function readDocument(display: string, absPath: string, options: LoadOptions): Promise<SpecDocument> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let stamp: string;
  let asInFile = false;
  let handle: FileHandle | null = null;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. The checks run on the
    // open handle, so the file checked is the file read.
    handle = await open(absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (info.isDirectory()) {
      throw new SpecError({
        code: 'unreadable-file',
        file: display,
        pointer: '',
        message: 'is a directory, not a file',
      });
    }
    if (!info.isFile()) {
      throw new SpecError({
        code: 'not-a-file',
        file: display,
        pointer: '',
        message: `is ${kindOfFile(info)}, not a regular file`,
        hint: 'sdkgen reads specs from regular files only: save the document to a file first',
      });
    }
    stamp = fileStamp(info);
    if (info.size > max) {
      throw new SpecError({
        code: 'file-too-large',
        file: display,
        pointer: '',
        message: `file is ${info.size} bytes, over the ${max}-byte limit`,
      });
    }
    // Decoded in one piece: read with an encoding, Node decodes chunk by chunk into a string that must then be
    // flattened, copying a large spec twice more.
    const read = await readAll(handle, info.size, ESCAPE_ROOM);
    const json = looksLikeJson(read.bytes, read.length);
    // (Asked before the escapes below rewrite the bytes.)
    asInFile = json && copyableText(read.bytes.subarray(0, read.length));
    const oneByte = json ? oneByteJsonText(read.bytes, read.length) : null;
    if (oneByte === null) text = read.bytes.toString('utf8', 0, read.length);
    else {
      try {
        return { file: display, absPath, root: JSON.parse(oneByte), stamp, asInFile };
      } catch {
        // Malformed: parsed again from the UTF-8 text (the escapes rewrote the bytes), whose positions the error gives.
        const again = await readAll(handle, info.size, 0);
        text = again.bytes.toString('utf8', 0, again.length);
      }
    }
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') {
      throw new SpecError({
        code: 'unreadable-file',
        file: display,
        pointer: '',
        message: 'is a directory, not a file',
      });
    }
    throw new SpecError({
      code: code === 'ENOENT' ? 'missing-file' : 'unreadable-file',
      file: display,
      pointer: '',
      message: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
      hint: code === 'ENOENT' ? 'check the path' : code === 'EACCES' ? 'check the file permissions' : null,
    });
  } finally {
    await handle?.close();
  }
  // (A text that opened as JSON but is not: parseDocumentText reports it, or reads it as YAML when the name allows.)
  return { file: display, absPath, root: parseDocumentText(text, display), stamp, asInFile };
}

/**
 * Whether a JSON file's bytes are the UTF-8 of its text exactly (no byte order mark, no malformed sequence): a copy of
 * the file is then its text written out (SpecDocument.asInFile). Node 18.14+ checks them at once; before, no.
 */
function copyableText(bytes: Buffer): boolean {
  const isUtf8 = (buffers as { isUtf8?: (b: Uint8Array) => boolean }).isUtf8;
  return isUtf8 !== undefined && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && isUtf8(bytes);
}

/** The file's bytes, in a buffer with `room` bytes to spare after them. */
async function readAll(handle: FileHandle, size: number, room: number): Promise<{ bytes: Buffer; length: number }> {
  let bytes = Buffer.allocUnsafeSlow(size + room);
  let length = 0;
  for (;;) {
    if (length === bytes.length) {
      // It grew since it was measured.
      const larger = Buffer.allocUnsafeSlow(Math.max(2 * bytes.length, 1 << 16) + room);
      bytes.copy(larger);
      bytes = larger;
    }
    const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
    if (bytesRead === 0) return { bytes, length };
    length += bytesRead;
  }
}

function kindOfFile(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
