/**
 * Python class names cased as Stainless's Python SDKs case them, whatever the spec's casing: the acronyms those SDKs
 * spell in capitals in capitals (`MessageSmsContent` → `MessageSMSContent`, `ActivationUrlPattern` →
 * `ActivationURLPattern`), any other word in capitals as a word (`OpenAIResponseMCPCall` → `OpenAIResponseMcpCall`,
 * `ResponseFormatJSONSchema` → `ResponseFormatJsonSchema`), in the types' own modules and in nested names alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyClassName } from '../../generator/naming/python';
import { runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const CHECK = `
from messages_sdk.types.message_list import BlockEmailHTMLBlock, BlockEmailJsonBlock
from messages_sdk.types import MessageList, MessageSMSContent, OpenAIResponseMcpCall, ResponseFormatJsonSchema, ActivationURLPattern
r = MessageList.model_validate({"content": {"kind": "sms", "body": "b"}, "format": {"name": "n"}, "pattern": {"url_pattern": "u"}, "block": {"html": "<p>"}})
print(type(r.content).__name__, type(r.format).__name__, type(r.pattern).__name__, type(r.block).__name__)
`;

describe('acronyms in Python class names', () => {
  it('are cased word by word', () => {
    expect(pyClassName('EmailHtmlBlock')).toBe('EmailHTMLBlock');
    expect(pyClassName('OpenAIResponseMCPApprovalRequest')).toBe('OpenAIResponseMcpApprovalRequest');
    expect(pyClassName('OneSignalPlayerIdsOnly')).toBe('OneSignalPlayerIDsOnly');
    expect(pyClassName('OAuthToken')).toBe('OAuthToken');
    expect(pyClassName('GPT4oModel')).toBe('GPT4oModel');
    expect(pyClassName('trip-details')).toBe('TripDetails');
  });

  const { out } = pythonSdk('py-acronyms', {
    spec: path.join(import.meta.dirname, 'fixtures', 'acronym-class-names.yaml'),
  });

  it('name the classes of the types modules', () => {
    const types = path.join(out, 'src/messages_sdk/types');
    const classes = readdirSync(types)
      .filter((file) => file.endsWith('.py'))
      .flatMap((file) => [...readFileSync(path.join(types, file), 'utf8').matchAll(/^class (\w+)/gm)].map((m) => m[1]))
      .sort();
    expect(classes).toEqual(
      expect.arrayContaining([
        'ActivationURLPattern',
        'BlockEmailHTMLBlock',
        'BlockEmailJsonBlock',
        'MessageSMSContent',
        'OpenAIResponseMcpCall',
        'ResponseFormatJsonSchema',
      ]),
    );
    expect(classes.filter((name) => /SmsC|UrlP|MCP|JSON/.test(name))).toEqual([]);
  });

  it('parse as those classes', async () => {
    const result = await runProcess(venvPython(), ['-W', 'error', '-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(
      'MessageSMSContent ResponseFormatJsonSchema ActivationURLPattern BlockEmailHTMLBlock',
    );
  }, 120_000);
});
