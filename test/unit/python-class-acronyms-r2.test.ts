/**
 * The words Stainless's Python class names spell in capitals, read from the Python SDKs it generated: `http`
 * (knock's `HTTP` alias for the `http` channel type, letta's `StreamableHTTPMcpServer`), `dns` (ark's `DNSRecord`),
 * `ssh` (casedev's `SSH` for an `ssh` property), `kb` (retell's `KBConfig` for `kb_config`). Words it wrote as
 * words stay words: `llm` (retell's `RetellLlm`), `json` (`FormatJsonSchema`), `sse` (letta's `SseMcpServer`), `mcp`.
 */
import { describe, expect, it } from 'vitest';
import { pyClassName } from '../../generator/naming/python';

describe('Python class-name acronyms', () => {
  it('spells http, dns, ssh and kb in capitals, whatever the spec casing', () => {
    expect(pyClassName('http')).toBe('HTTP');
    expect(pyClassName('StreamableHttpMcpServer')).toBe('StreamableHTTPMcpServer');
    expect(pyClassName('streamable_http_mcp_server')).toBe('StreamableHTTPMcpServer');
    expect(pyClassName('dns_record')).toBe('DNSRecord');
    expect(pyClassName('DnsRecords')).toBe('DNSRecords');
    expect(pyClassName('ssh')).toBe('SSH');
    expect(pyClassName('kb_config')).toBe('KBConfig');
    expect(pyClassName('TaskAgentOverrideConversationFlowKbConfig')).toBe('TaskAgentOverrideConversationFlowKBConfig');
  });

  it('leaves the words Stainless does not capitalize as words', () => {
    expect(pyClassName('retell_llm')).toBe('RetellLlm');
    expect(pyClassName('FormatJSONSchema')).toBe('FormatJsonSchema');
    expect(pyClassName('sse_mcp_server')).toBe('SseMcpServer');
    expect(pyClassName('https_endpoint')).toBe('HttpsEndpoint');
    expect(pyClassName('kbd_layout')).toBe('KbdLayout');
  });
});
