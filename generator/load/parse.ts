/**
 * Text → value for one spec file. JSON when the text starts with `{` or `[`, YAML otherwise
 * (YAML 1.2 core schema: no timestamps, so `2024-01-01` stays a string). Errors carry line and column.
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
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      return JSON.parse(text);
    } catch (error) {
      // Node 20 does not always say where; YAML (a superset of JSON) can tell, so ask it for the position.
      let position = jsonErrorPosition(String((error as Error).message), text);
      if (position.line === undefined) {
        try {
          yaml.load(text, { schema: yaml.CORE_SCHEMA });
        } catch (yamlError) {
          const mark = (yamlError as { mark?: { line: number; column: number } }).mark;
          if (mark) position = { line: mark.line + 1, column: mark.column + 1 };
        }
      }
      throw new SpecError({
        code: 'malformed-json',
        file,
        pointer: '',
        message: `malformed JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/s, '')}`,
        hint: 'fix the syntax at the position shown',
        ...position,
      });
    }
  }
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
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

function jsonErrorPosition(message: string, text: string): { line?: number; column?: number } {
  const match = /position (\d+)/.exec(message);
  if (!match) {
    const lc = /line (\d+) column (\d+)/.exec(message);
    return lc ? { line: Number(lc[1]), column: Number(lc[2]) } : {};
  }
  const offset = Number(match[1]);
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
