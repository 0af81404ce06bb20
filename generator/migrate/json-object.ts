/** JSON objects as migrate reads them from files (package.json, tsconfig.json): plain data, nothing else trusted. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `text` parsed, when it is a JSON object; null when it is not JSON or not an object. */
export function parseObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Files their tools read as JSON with comments (JSONC): TypeScript's and JavaScript's project files, VS Code's and the
 * dev container's settings. Stainless's own have both: its 2024 tsconfig.json ends `paths` with a trailing comma
 * (`"openai": ["src/index.ts"],`), its devcontainer.json opens with `//` comments.
 */
export function isJsoncFile(path: string): boolean {
  return /(^|\/)(tsconfig|jsconfig)[^/]*\.json$|(^|\/)\.devcontainer\/[^/]*\.json$|(^|\/)\.vscode\/[^/]*\.json$/.test(
    path,
  );
}

/** `text` as a JSONC file's object (comments and trailing commas allowed, as tsc reads a tsconfig); null when not. */
export function parseJsoncObject(text: string): JsonObject | null {
  return parseObject(stripJsonc(text));
}

/** A JSON object read as the file at `path` is read by its tools: JSONC where they allow comments, else JSON. */
export function parseObjectAt(path: string, text: string): JsonObject | null {
  return isJsoncFile(path) ? parseJsoncObject(text) : parseObject(text);
}

/** The comments of a JSONC text, each trimmed (`// …`, `/* … *\/`), in order. */
export function jsoncComments(text: string): string[] {
  const comments: string[] = [];
  scanJsonc(text, (start, end) => comments.push(text.slice(start, end).trim()));
  return comments;
}

/** JSONC as JSON: comments blanked (lines kept) and commas before a closing bracket dropped, strings untouched. */
function stripJsonc(text: string): string {
  let out = '';
  let from = 0;
  scanJsonc(text, (start, end) => {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  });
  out += text.slice(from);
  // Trailing commas, now that no comment stands between a comma and its bracket; strings are skipped.
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '"') {
      const end = stringEndAt(out, i);
      result += out.slice(i, end + 1);
      i = end;
    } else if (c === ',' && /^\s*[}\]]/.test(out.slice(i + 1))) continue;
    else result += c;
  }
  return result;
}

/** Calls `comment(start, end)` for each comment of a JSONC text, outside its strings. */
function scanJsonc(text: string, comment: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEndAt(text, i);
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      comment(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      comment(i, end);
      i = end - 1;
    }
  }
}

/** The index of the quote closing the string opened at `start` (or the text's last index when it never closes). */
function stringEndAt(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
