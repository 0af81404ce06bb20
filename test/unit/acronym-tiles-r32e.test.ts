/**
 * A word in capitals that is known acronyms then a word (`HTTPMCP`: `HTTP` known, `MCP` not) is written as Stainless
 * writes it in both targets: the acronym in capitals and the word capitalized, letta's `StreamableHTTPMcpServer` (its
 * Python and TypeScript SDKs) from `StreamableHTTPMCPServer`. Wholly known acronyms stay in capitals (`TTSSSE`), a word
 * whose parts are too short to read so stays one (`IDLE`).
 */
import { describe, expect, it } from 'vitest';
import { pyClassName } from '../../generator/naming/python';
import { StainlessNames } from '../../generator/naming/stainless';

describe('a run of capitals partly known acronyms', () => {
  it('Python: the acronym, then the rest capitalized as a word', () => {
    expect(pyClassName('StreamableHTTPMCPServer')).toBe('StreamableHTTPMcpServer');
    expect(pyClassName('CreateStreamableHTTPMCPServer')).toBe('CreateStreamableHTTPMcpServer');
    expect(pyClassName('HTTPAPIMCPCall')).toBe('HTTPAPIMcpCall');
    // (Unchanged: wholly known, or too short a part, or no known head.)
    expect(pyClassName('IDLE')).toBe('Idle');
    expect(pyClassName('OpenAIResponseMCPCall')).toBe('OpenAIResponseMcpCall');
  });

  it('TypeScript: the same', () => {
    const names = new StainlessNames();
    expect(names.pascal('StreamableHTTPMCPServer')).toBe('StreamableHTTPMcpServer');
    expect(names.pascal('IDLE')).toBe('Idle');
  });
});
