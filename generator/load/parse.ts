/**
 * Text → value for one spec file, by the file's extension first: a `.json` file opening with `{` or `[` is JSON; a `.yaml` or `.yml` file is
 * YAML (read as JSON first when it opens with `{` or `[`, which is faster and gives the same value, so flow-style YAML
 * such as `{openapi: 3.1.0}` is still YAML); any other name (stdin, a URL) is JSON when it parses as JSON, else YAML.
 * YAML 1.2 core schema: no timestamps, so `2024-01-01` stays a string. Errors carry line and column.
 */
import yaml from 'js-yaml';
import { SpecError } from '../diagnostics';

export function parseDocumentText(text: string, file: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new SpecError({
      code: 'empty-file',
      file,
      pointer: '',
      message: 'file is empty',
      hint: 'pass an OpenAPI document',
    });
  }
  const syntax = syntaxOf(file);
  const first = text.trimStart()[0];
  // (A `.json` file that does not open as JSON is read as YAML, as it always was: specs are saved under either name.)
  if (first === '{' || first === '[') {
    try {
      return JSON.parse(text);
    } catch (error) {
      if (syntax === 'yaml') return parseYaml(text, file);
      if (syntax === 'any') {
        try {
          return parseYaml(text, file);
        } catch {
          // Neither: the JSON error, since the text opens as JSON.
        }
      }
      // V8 does not always say where ("Unexpected token '}', … is not valid JSON"): find the place ourselves.
      const offset = v8ErrorOffset(String((error as Error).message)) ?? jsonErrorOffset(text);
      throw new SpecError({
        code: 'malformed-json',
        file,
        pointer: '',
        message: `malformed JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, .* is not valid JSON$/s, '')}`,
        hint: 'fix the syntax at the position shown',
        ...(offset === null ? {} : lineAndColumn(text, offset)),
      });
    }
  }
  return parseYaml(text, file);
}

/** The syntax a file's name says it is written in; `any` for other names (stdin, URLs). */
function syntaxOf(file: string): 'json' | 'yaml' | 'any' {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(file)) return 'any';
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'json' ? 'json' : extension === 'yaml' || extension === 'yml' ? 'yaml' : 'any';
}

function parseYaml(text: string, file: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    // The YAML parser recurses into each nested mapping and list: deep enough, and it runs out of stack.
    if (error instanceof RangeError && /call stack/.test(error.message)) {
      throw new SpecError({
        code: 'malformed-yaml',
        file,
        pointer: '',
        message: 'the YAML nests mappings and lists too deeply to be read',
        hint: 'declare deeply nested schemas in #/components/schemas and point at them with $ref',
      });
    }
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new SpecError({
      code: 'malformed-yaml',
      file,
      pointer: '',
      message: `malformed YAML: ${reason}`,
      hint: 'fix the syntax at the position shown',
      ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}),
    });
  }
}

function v8ErrorOffset(message: string): number | null {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const JSON_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Offset of the first JSON syntax error in `text` (RFC 8259), or null when there is none. Only runs after
 * JSON.parse failed; iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  let i = 0;
  const open: string[] = []; // '{' or '[' of each enclosing container
  // What may come next: a value, a key, ':' or what follows a value (',', a closing bracket, the end).
  // `first-…`: just after an opening bracket, where the closing one is allowed too.
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  /** Offset just after the string starting at `start` (a '"'), or the negated offset of its error minus one. */
  const stringEnd = (start: number): number => {
    for (let j = start + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c === 0x5c) {
        const escaped = text[j + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 2) - 1;
          j += 5;
        } else if (escaped !== undefined && JSON_ESCAPES.has(escaped)) {
          j += 1;
        } else {
          return -(j + 1) - 1;
        }
      }
    }
    return -n - 1;
  };
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return state === 'after' && open.length === 0 ? null : n;
    const c = text[i];
    if (state === 'value' || state === 'first-value') {
      if (c === ']' && state === 'first-value') {
        open.pop();
        i++;
        state = 'after';
      } else if (c === '{' || c === '[') {
        open.push(c);
        i++;
        state = c === '{' ? 'first-key' : 'first-value';
      } else if (c === '"') {
        const end = stringEnd(i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        JSON_NUMBER.lastIndex = i;
        const match = JSON_NUMBER.exec(text);
        if (!match || match[0] === '-') return i + 1;
        i += match[0].length;
        state = 'after';
      } else {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
        if (word === null) return i;
        for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return i + k;
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'first-key') {
      if (c === '}' && state === 'first-key') {
        open.pop();
        i++;
        state = 'after';
      } else if (c === '"') {
        const end = stringEnd(i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'colon';
      } else {
        return i;
      }
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i; // content after the document
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        open.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}
