/**
 * `sdkgen migrate --from-repo` on a Stainless Python SDK whose api.md a markdown formatter rewrote: two underscores of a
 * method line read as emphasis became asterisks (perplexityai/perplexity-py's `client.async*.chat.completions.<a
 * href="…">get</a>(api*request, …)` for the resource `async_` and
 * the argument `api_request`). The config migrate writes has those methods under the keys Stainless's config gave
 * them (`async`, the keyword the Python SDK escapes as `async_`); before, migrate left them out as names no config
 * key can spell. An escaped asterisk (`\*\*params`) is still the params object.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseApiMd } from '../generator/diff/api-md';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Async

## Chat

### Completions

Types:

\`\`\`python
from perplexity.types.async_.chat import CompletionCreateResponse, CompletionGetResponse
\`\`\`

Methods:

- <code title="post /async/chat/completions">client.async*.chat.completions.<a href="./src/perplexity/resources/async*/chat/completions.py">create</a>(\\*\\*<a href="src/perplexity/types/async_/chat/completion_create_params.py">params</a>) -> <a href="./src/perplexity/types/async_/chat/completion_create_response.py">CompletionCreateResponse</a></code>
- <code title="get /async/chat/completions/{api_request}">client.async*.chat.completions.<a href="./src/perplexity/resources/async*/chat/completions.py">get</a>(api*request, \\*\\*<a href="src/perplexity/types/async*/chat/completion*get_params.py">params</a>) -> <a href="./src/perplexity/types/async*/chat/completion_get_response.py">CompletionGetResponse</a></code>

# Search

Methods:

- <code title="post /search">client.search.<a href="./src/perplexity/resources/search.py">create</a>(\\*\\*<a href="src/perplexity/types/search_create_params.py">params</a>) -> <a href="./src/perplexity/types/search_create_response.py">SearchCreateResponse</a></code>
`;

interface Node {
  methods?: Record<string, unknown>;
  subresources?: Record<string, Node>;
}

describe('api.md whose underscores a formatter turned into emphasis asterisks', () => {
  it('reads the chain, the module and the arguments with their underscores', () => {
    const methods = parseApiMd(API_MD).methods;
    const get = methods.find((m) => m.endpoint === 'get /async/chat/completions/{api_request}');
    expect(get?.chain).toBe('client.async_.chat.completions.get');
    expect(get?.module).toBe('./src/perplexity/resources/async_/chat/completions.py');
    expect(get?.args[0]).toBe('api_request');
    // The escaped asterisks of `\*\*params` are not underscores.
    expect(get?.args[1]).toMatch(/^\\\*\\\*<a href="src\/perplexity\/types\/async_\/chat\/completion_get_params\.py">/);
    expect(methods.map((m) => m.chain)).toContain('client.search.create');
  });

  it('puts those methods in the config migrate writes, under the keyword resource', () => {
    const result = derivePythonConfig([{ path: 'api.md', text: API_MD }] as never, 'perplexity');
    expect(result).not.toBeNull();
    const config = yaml.load(result!.text) as { resources: Record<string, Node> };
    const completions = config.resources.async?.subresources?.chat?.subresources?.completions;
    expect(completions?.methods).toEqual({
      create: 'post /async/chat/completions',
      get: 'get /async/chat/completions/{api_request}',
    });
    expect(result!.notes.join('\n')).not.toMatch(/cannot be written as a Stainless config's keys/);
  });
});
