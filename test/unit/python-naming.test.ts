import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyDocstring, pyString } from '../../generator/emit/python/docs/print-doc';
import {
  asyncResourceClassName,
  pyFieldName,
  pyIdentifier,
  pyPackageName,
  resourceClassName,
  snakeCase,
  typeModuleName,
} from '../../generator/naming/python';

// Given/want pairs from the api.md files of /work/shared/stainless-compat-python (llama-stack, onebusaway).
describe('Python names', () => {
  it.each([
    ['agencyID', 'agency_id'],
    ['stopID', 'stop_id'],
    ['toolRuntime', 'tool_runtime'],
    ['tool_runtime', 'tool_runtime'],
    ['listTools', 'list_tools'],
    ['setDefaultVersion', 'set_default_version'],
    ['trip-details', 'trip_details'],
    ['evaluateRowsAlpha', 'evaluate_rows_alpha'],
    ['appendrows', 'appendrows'],
  ])('snake_case(%s) = %s', (given, want) => {
    expect(snakeCase(given)).toBe(want);
  });

  it.each([
    ['StopIDsForAgencyListResponse', 'stop_ids_for_agency_list_response'],
    ['RouteIDsForAgencyListResponse', 'route_ids_for_agency_list_response'],
    ['ArrivalsAndDeparturesForLocationListResponse', 'arrivals_and_departures_for_location_list_response'],
    ['PromptSetDefaultVersionParams', 'prompt_set_default_version_params'],
    ['ResponseWrapper', 'response_wrapper'],
  ])('the module of %s is %s', (given, want) => {
    expect(typeModuleName(given)).toBe(want);
  });

  it('escape keywords with a trailing underscore, and fields that shadow BaseModel', () => {
    expect(pyIdentifier('from')).toBe('from_');
    expect(pyIdentifier('import')).toBe('import_');
    expect(pyIdentifier('type')).toBe('type');
    expect(pyIdentifier('123abc')).toBe('_123abc');
    expect(pyFieldName('schema')).toBe('schema_');
    expect(pyFieldName('json')).toBe('json_');
    expect(pyFieldName('currentTime')).toBe('current_time');
    // pydantic takes a name with a leading underscore for a private attribute, not a field.
    expect(pyFieldName('1')).toBe('api_1');
    expect(pyFieldName('2fa')).toBe('api_2fa');
  });

  it('name resource classes and packages', () => {
    expect(resourceClassName('Prompts')).toBe('PromptsResource');
    expect(asyncResourceClassName('Prompts')).toBe('AsyncPromptsResource');
    expect(pyPackageName('llama-stack-client')).toBe('llama_stack_client');
    expect(pyPackageName('@acme/sdk')).toBe('acme');
    expect(pyPackageName('@smithery/api')).toBe('smithery');
    expect(pyPackageName('@acme/payments-sdk')).toBe('payments_sdk');
  });
});

// The venv `node scripts/python-env.mjs` makes (CI makes it before `npm test`).
const PYTHON = path.join(__dirname, '../.tmp/python-venv/bin/python');
const HOSTILE = [
  '"""',
  'end"',
  '\\',
  '\\"""',
  'a\x00b',
  '{x}',
  'line\nline',
  '"; import os; os.system("x") #',
  '\r\n\t\u2028',
];

describe('Python string literals and docstrings', () => {
  it('print a literal that holds no raw quote, backslash or control character', () => {
    expect(pyString('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(pyString('a\\b')).toBe('"a\\\\b"');
    expect(pyString('\x00')).toBe('"\\x00"');
  });

  it('print a docstring no text can end early', () => {
    expect(pyDocstring('')).toBe('');
    expect(pyDocstring('x"""y')).toBe('"""x\\"\\"\\"y"""');
    expect(pyDocstring('ends with "')).toBe('"""ends with " """');
    // (The closing quotes on a line of their own: a quote ending the text cannot touch them.)
    expect(pyDocstring('a\nends with "', '    ')).toBe('"""a\n    ends with "\n    """');
    expect(pyDocstring('ends with "', '    ', true)).toBe('"""\n    ends with "\n    """');
    expect(pyDocstring('a\nb', '    ')).toBe('"""a\n    b\n    """');
  });

  it.skipIf(!existsSync(PYTHON))('evaluate back to the text in Python', () => {
    const program = HOSTILE.map(
      (text, i) => `s${i} = ${pyString(text)}\ndef f${i}():\n    ${pyDocstring(text, '    ')}\n    pass\n`,
    ).join('');
    const check = `${program}\nimport inspect, json\nprint(json.dumps([[globals()[f"s{i}"], inspect.getdoc(globals()[f"f{i}"])] for i in range(${HOSTILE.length})]))\n`;
    const out = JSON.parse(execFileSync(PYTHON, ['-c', check], { encoding: 'utf8' })) as Array<[string, string]>;
    out.forEach(([literal, doc], i) => {
      expect(literal).toBe(HOSTILE[i]);
      // Docstrings are trimmed and keep `\n` line breaks (\r\n becomes \n); a blank one is left out.
      // A one-line docstring ending in a quote keeps the space set between it and the closing quotes, as Ruff
      // writes it (print-doc.ts).
      const text = HOSTILE[i].replace(/\r\n?/g, '\n').trim();
      const spaced = pyDocstring(HOSTILE[i], '    ').endsWith('" """') ? `${text} ` : text;
      expect(doc).toBe(text === '' ? null : spaced);
    });
  });
});
