/**
 * Naming: case conversion (generator/naming/case.ts) and collision settlement (generator/naming/scope.ts).
 * Given/want tables; every row asserts an exact value.
 */
import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase, pascalCase, singularize, words } from '../../generator/naming/case';
import { NestedScope, settleNames, type NameRequest } from '../../generator/naming/scope';

describe('words', () => {
  it.each<[string, string[]]>([
    ['getServers:namespace-ID', ['get', 'Servers', 'namespace', 'ID']],
    ['HTTPServer', ['HTTP', 'Server']],
    ['api-keys', ['api', 'keys']],
    ['server_list', ['server', 'list']],
    ['X-Request-ID', ['X', 'Request', 'ID']],
    ['foo.bar baz', ['foo', 'bar', 'baz']],
    ['v2Beta', ['v2', 'Beta']],
    ['__proto__', ['proto']],
    ['1st-choice', ['1st', 'choice']],
    ['', []],
    ['  --  ', []],
  ])('%j → %j', (given, want) => {
    expect(words(given)).toEqual(want);
  });

  // A plural acronym after a lowercase word stays one word (not "list-i-ds").
  it('keeps a plural acronym together: listIDs → [list, IDs]', () => {
    expect(words('listIDs')).toEqual(['list', 'IDs']);
    expect(kebabCase('listIDs')).toBe('list-ids');
    expect(words('PlayerIDsOnly')).toEqual(['Player', 'IDs', 'Only']);
  });

  // An acronym before a capitalised word is split from it, even one starting "As…" or the word "As".
  it('splits an acronym from the word after it: OpenAIAssistant, LLMAsJudge', () => {
    expect(words('OpenAIAssistantMessage')).toEqual(['Open', 'AI', 'Assistant', 'Message']);
    expect(words('LLMAsJudgeParams')).toEqual(['LLM', 'As', 'Judge', 'Params']);
  });
});

describe('pascalCase', () => {
  it.each<[string, string]>([
    ['api-keys', 'APIKeys'],
    ['server_list', 'ServerList'],
    ['user id', 'UserID'],
    ['userId', 'UserID'],
    ['ids', 'IDs'],
    ['api_url', 'APIURL'],
    ['callback-urls', 'CallbackURLs'],
    ['json-schema', 'JSONSchema'],
    ['HTTPServer', 'HTTPServer'],
    ['X-Request-ID', 'XRequestID'],
    ['1st-choice', '_1stChoice'],
    ['servers', 'Servers'],
    ['', ''],
  ])('%j → %j', (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });

  it.each<[string, string]>([
    ['api-keys', 'ApiKeys'],
    ['api_url', 'ApiUrl'],
    ['ids', 'Ids'],
    // Upper-case words of up to 4 letters are kept as written, even without the acronym table.
    ['HTTPServer', 'HTTPServer'],
    ['XMLHttpRequest', 'XMLHttpRequest'],
  ])('without acronyms: %j → %j', (given, want) => {
    expect(pascalCase(given, { acronyms: false })).toBe(want);
  });
});

describe('camelCase', () => {
  it.each<[string, string]>([
    ['api-keys', 'apiKeys'],
    ['Get_Server', 'getServer'],
    ['HTTPServer', 'httpServer'],
    ['APIKey', 'apiKey'],
    ['X-Request-ID', 'xRequestID'],
    ['userID', 'userID'],
    ['server_list', 'serverList'],
    ['already camel', 'alreadyCamel'],
    ['1st-choice', '_1stChoice'],
    ['__proto__', 'proto'],
    ['', ''],
  ])('%j → %j', (given, want) => {
    expect(camelCase(given)).toBe(want);
  });
});

describe('kebabCase', () => {
  it.each<[string, string]>([
    ['api-keys', 'api-keys'],
    ['ApiKeys', 'api-keys'],
    ['APIKeys', 'api-keys'],
    ['serverList', 'server-list'],
    ['HTTPServer', 'http-server'],
    ['snake_case_name', 'snake-case-name'],
    ['Name With Spaces', 'name-with-spaces'],
  ])('%j → %j', (given, want) => {
    expect(kebabCase(given)).toBe(want);
  });
});

describe('singularize', () => {
  it.each<[string, string]>([
    ['releases', 'release'],
    ['servers', 'server'],
    ['policies', 'policy'],
    ['Policies', 'Policy'],
    ['categories', 'category'],
    ['apiKeys', 'apiKey'],
    ['api-keys', 'api-key'],
    ['boxes', 'box'],
    ['matches', 'match'],
    ['wishes', 'wish'],
    ['addresses', 'address'],
    ['classes', 'class'],
    ['keys', 'key'],
    ['days', 'day'],
    ['responses', 'response'],
    ['databases', 'database'],
    ['people', 'person'],
    ['children', 'child'],
    ['indices', 'index'],
    // Words that are not plurals stay as they are.
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['news', 'news'],
    ['series', 'series'],
    ['health', 'health'],
    ['settings', 'settings'],
    ['metadata', 'metadata'],
    ['data', 'data'],
    ['media', 'media'],
    ['s', 's'],
    ['', ''],
  ])('%j → %j', (given, want) => {
    expect(singularize(given)).toBe(want);
  });

  // Common API nouns that simple suffix rules get wrong (they leaked into type names like `StatuseListResponse`).
  it.each<[string, string]>([
    ['statuses', 'status'],
    ['aliases', 'alias'],
    ['caches', 'cache'],
    ['movies', 'movie'],
    ['analyses', 'analysis'],
    ['quizzes', 'quiz'],
    // `-ies` words ending like `tie`, `lie`, `die`, `pie` (they leaked as `OpportunitieListResponse`, `ActivitieList…`).
    ['opportunities', 'opportunity'],
    ['activities', 'activity'],
    ['entities', 'entity'],
    ['replies', 'reply'],
    ['studies', 'study'],
    ['copies', 'copy'],
    ['userActivities', 'userActivity'],
    ['ties', 'tie'],
    ['cookies', 'cookie'],
    ['userCookies', 'userCookie'],
    ['UserMovies', 'UserMovie'],
    ['showcases', 'showcase'],
  ])('%j → %j', (given, want) => {
    expect(singularize(given)).toBe(want);
  });
});

describe('settleNames', () => {
  const req = (key: string, preferred: string, extra: Partial<NameRequest> = {}): NameRequest => ({
    key,
    preferred,
    alternatives: [],
    priority: 2,
    order: 0,
    ...extra,
  });

  interface Case {
    name: string;
    given: NameRequest[];
    taken?: string[];
    want: Record<string, string>;
    renames?: Array<{ key: string; wanted: string; got: string }>;
  }

  const cases: Case[] = [
    {
      name: 'distinct names are kept',
      given: [req('a', 'Server', { order: 0 }), req('b', 'Release', { order: 1 })],
      want: { a: 'Server', b: 'Release' },
      renames: [],
    },
    {
      name: 'lower priority settles first, whatever the spec order',
      given: [
        req('schema', 'Servers', { priority: 2, order: 0 }),
        req('resource', 'Servers', { priority: 0, order: 5 }),
      ],
      want: { resource: 'Servers', schema: 'Servers2' },
      renames: [{ key: 'schema', wanted: 'Servers', got: 'Servers2' }],
    },
    {
      name: 'same priority: spec order decides',
      given: [req('late', 'Item', { order: 7 }), req('early', 'Item', { order: 3 })],
      want: { early: 'Item', late: 'Item2' },
    },
    {
      name: 'same priority and order: the key decides',
      given: [req('b', 'Item'), req('a', 'Item')],
      want: { a: 'Item', b: 'Item2' },
    },
    {
      name: 'alternatives are tried in order before numeric suffixes',
      given: [
        req('first', 'Response', { order: 0 }),
        req('second', 'Response', { order: 1, alternatives: ['Response', 'ServerResponse', 'AcmeResponse'] }),
        req('third', 'Response', { order: 2, alternatives: ['ServerResponse', 'AcmeResponse'] }),
      ],
      want: { first: 'Response', second: 'ServerResponse', third: 'AcmeResponse' },
    },
    {
      name: 'numeric suffixes count up from 2 and skip used names',
      given: [
        req('a', 'Foo', { order: 0 }),
        req('b', 'Foo2', { order: 1 }),
        req('c', 'Foo', { order: 2 }),
        req('d', 'Foo', { order: 3 }),
      ],
      want: { a: 'Foo', b: 'Foo2', c: 'Foo3', d: 'Foo4' },
    },
    {
      name: 'taken names are never handed out, not even as alternatives',
      given: [req('a', 'Error', { alternatives: ['Promise', 'AcmeError'] })],
      taken: ['Error', 'Promise'],
      want: { a: 'AcmeError' },
      renames: [{ key: 'a', wanted: 'Error', got: 'AcmeError' }],
    },
    {
      name: 'a taken name with no free alternative gets a suffix',
      given: [req('a', 'Response', { alternatives: ['Request'] })],
      taken: ['Response', 'Request'],
      want: { a: 'Response2' },
    },
  ];

  it.each(cases)('$name', ({ given, taken, want, renames }) => {
    const settled = settleNames(given, new Set(taken ?? []));
    expect(Object.fromEntries(settled.names)).toEqual(want);
    if (renames) expect(settled.renames).toEqual(renames);
  });

  it('nothing is dropped: every request gets a distinct name', () => {
    const given = Array.from({ length: 25 }, (_, i) => req(`k${i}`, 'Same', { order: i % 5, priority: i % 3 }));
    const { names } = settleNames(given, new Set(['Same2']));
    expect(names.size).toBe(25);
    expect(new Set(names.values()).size).toBe(25);
    expect([...names.values()]).not.toContain('Same2');
  });

  it('is deterministic regardless of input order', () => {
    const given: NameRequest[] = [
      req('resource:servers', 'Servers', { priority: 0, order: 4, alternatives: ['ServersResource'] }),
      req('schema:Servers', 'Servers', { priority: 2, order: 1, alternatives: ['AcmeServers'] }),
      req('schema:Server', 'Server', { priority: 1, order: 2 }),
      req('params:a', 'ServerListParams', { priority: 3, order: 6 }),
      req('params:b', 'ServerListParams', { priority: 3, order: 5 }),
      req('schema:x', 'Server', { priority: 2, order: 0 }),
    ];
    const expected = {
      'resource:servers': 'Servers',
      'schema:Servers': 'AcmeServers',
      'schema:Server': 'Server',
      'schema:x': 'Server2',
      'params:b': 'ServerListParams',
      'params:a': 'ServerListParams2',
    };
    // Every rotation and the reverse of the list settle to the same names.
    const orders = [given, [...given].reverse(), ...given.map((_, i) => [...given.slice(i), ...given.slice(0, i)])];
    for (const order of orders) {
      expect(Object.fromEntries(settleNames(order, new Set()).names)).toEqual(expected);
    }
  });
});

describe('NestedScope', () => {
  it.each<{ name: string; reserved: string[]; claims: string[]; want: string[] }>([
    { name: 'first come, first served', reserved: [], claims: ['Owner', 'Settings'], want: ['Owner', 'Settings'] },
    {
      name: 'repeats get numeric suffixes',
      reserved: [],
      claims: ['Item', 'Item', 'Item'],
      want: ['Item', 'Item2', 'Item3'],
    },
    {
      name: 'reserved names are never handed out',
      reserved: ['Data'],
      claims: ['Data', 'Data'],
      want: ['Data2', 'Data3'],
    },
    {
      name: 'a suffixed name already claimed is skipped',
      reserved: [],
      claims: ['Item2', 'Item', 'Item'],
      want: ['Item2', 'Item', 'Item3'],
    },
  ])('$name', ({ reserved, claims, want }) => {
    const scope = new NestedScope(reserved);
    expect(claims.map((c) => scope.claim(c))).toEqual(want);
  });

  it('scopes are independent', () => {
    const a = new NestedScope();
    const b = new NestedScope();
    expect([a.claim('Owner'), b.claim('Owner'), a.claim('Owner')]).toEqual(['Owner', 'Owner', 'Owner2']);
  });
});
