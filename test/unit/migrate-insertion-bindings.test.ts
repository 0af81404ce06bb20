/**
 * Issue 89: an owners' pure insertion carried into sdkgen's function of the same name (python/reapply/same-function-lines.ts)
 * goes only where every name it reads is bound and nothing after it binds one (python/reapply/insertion-bindings.ts). The
 * shape is openai-python's client: the owners' `if workload_identity is not None:` block reads `self._client`, which
 * `super().__init__(…)` sets, and the parameter `workload_identity`, which sdkgen's async client's signature lacks.
 */
import { describe, expect, it } from 'vitest';
import { editsAsHunks } from '../../generator/migrate/reapply/hunks';
import { intoSameFunctionLines } from '../../generator/migrate/python/reapply/same-function-lines';

const client = (name: string, base: string, extra = '') =>
  [
    `class ${name}(${base}):`,
    '    api_key: str',
    '    workload_identity: WorkloadIdentity | None',
    '',
    '    def __init__(',
    '        self,',
    '        *,',
    '        api_key: str | None = None,',
    extra,
    '        base_url: str | None = None,',
    '    ) -> None:',
    '        if api_key is None:',
    '            api_key = os.environ.get("OPENAI_API_KEY")',
    '        self.api_key = api_key',
    '',
    '        super().__init__(',
    '            base_url=base_url,',
    '        )',
    '',
    '        self._default_stream_cls = Stream',
    '',
  ]
    .filter((line) => line !== '\u0000')
    .join('\n');

const header = 'import os\n\nfrom .auth import WorkloadIdentity, WorkloadIdentityAuth\n\n\n';
const PARAM = '        workload_identity: WorkloadIdentity | None = None,';
const BLOCK = [
  '        if workload_identity is not None:',
  '            self._workload_identity_auth = WorkloadIdentityAuth(',
  '                workload_identity=workload_identity,',
  '                client=self._client,',
  '            )',
  '',
];
// Stainless's module: both clients, neither with the parameter (a placeholder line dropped by `client`).
const stainless =
  header + client('OpenAI', 'SyncAPIClient', '\u0000') + '\n\n' + client('AsyncOpenAI', 'AsyncAPIClient', '\u0000');
// The owners': the parameter in both signatures, the block after `super().__init__(…)` in both.
const withBlock = (text: string) =>
  text.replace(/( {8}\)\n\n)( {8}self\._default_stream_cls)/g, `$1${BLOCK.join('\n')}\n$2`);
const owners = withBlock(
  header + client('OpenAI', 'SyncAPIClient', PARAM) + '\n\n' + client('AsyncOpenAI', 'AsyncAPIClient', PARAM),
);
// Only the block's hunks are left to this step (the parameter's went their own way).
const blockHunks = editsAsHunks(stainless, owners).filter((hunk) => hunk.includes('WorkloadIdentityAuth('));

describe("an owners' insertion reading what sdkgen's function binds (python/reapply/insertion-bindings.ts)", () => {
  it('the test material: two block hunks, one a client', () => {
    expect(blockHunks).toHaveLength(2);
  });

  it('is carried after super().__init__ where the signature has the parameter (both clients)', () => {
    const sdkgens =
      header + client('OpenAI', 'SyncAPIClient', PARAM) + '\n\n' + client('AsyncOpenAI', 'AsyncAPIClient', PARAM);
    const carried = intoSameFunctionLines(stainless, { text: sdkgens, applied: 0, rejected: blockHunks });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(withBlock(sdkgens));
  });

  it("is not carried into the async client whose signature lacks the parameter (the class's `x: T` binds nothing)", () => {
    const sdkgens =
      header + client('OpenAI', 'SyncAPIClient', PARAM) + '\n\n' + client('AsyncOpenAI', 'AsyncAPIClient', '\u0000');
    const carried = intoSameFunctionLines(stainless, { text: sdkgens, applied: 0, rejected: blockHunks });
    expect(carried.rejected).toHaveLength(1);
    expect(carried.rejected).toEqual([blockHunks[1]]);
    const async = carried.text.slice(carried.text.indexOf('class AsyncOpenAI'));
    expect(async).not.toContain('WorkloadIdentityAuth(');
    expect(carried.text.slice(0, carried.text.indexOf('class AsyncOpenAI'))).toContain('WorkloadIdentityAuth(');
  });

  it('is not carried above super().__init__, which sets the self._client it reads', () => {
    // sdkgen's function sets its own attribute before the base class's constructor: the neighbouring line below the
    // owners' block stands above `super().__init__(` there.
    const reorder = (text: string) =>
      text.replace(
        /( {8}super\(\)\.__init__\(\n {12}base_url=base_url,\n {8}\)\n)\n( {8}self\._default_stream_cls = Stream\n)/g,
        '$2\n$1',
      );
    const sdkgens = reorder(
      header + client('OpenAI', 'SyncAPIClient', PARAM) + '\n\n' + client('AsyncOpenAI', 'AsyncAPIClient', PARAM),
    );
    expect(sdkgens).toContain('        self._default_stream_cls = Stream\n\n        super().__init__(');
    const carried = intoSameFunctionLines(stainless, { text: sdkgens, applied: 0, rejected: blockHunks });
    expect(carried.rejected).toHaveLength(2);
    expect(carried.text).toBe(sdkgens);
  });

  it('is not carried above a line that rebinds a parameter it reads', () => {
    const stainlessFn = [
      'def make(api_key):',
      '    if api_key is None:',
      '        api_key = load()',
      '    check(api_key)',
      '    return Client(api_key)',
      '',
    ].join('\n');
    const ownersFn = stainlessFn.replace('    check(api_key)', '    log(api_key)\n    check(api_key)');
    // sdkgen's function checks the key before its default is read: above `check(…)` the key may still be None.
    const sdkgensFn = [
      'def log(x):',
      '    pass',
      '',
      '',
      'def make(api_key):',
      '    check(api_key)',
      '    if api_key is None:',
      '        api_key = os.environ["KEY"]',
      '    return Client(api_key)',
      '',
    ].join('\n');
    const carried = intoSameFunctionLines(stainlessFn, {
      text: sdkgensFn,
      applied: 0,
      rejected: editsAsHunks(stainlessFn, ownersFn),
    });
    expect(carried.rejected).toHaveLength(1);
    expect(carried.text).toBe(sdkgensFn);
  });
});

describe("an owners' replacement carried into sdkgen's function of the same name reads what is bound there", () => {
  // Stainless's `send`: the owners change its check. sdkgen's `send` has the same line, among lines of its own.
  const stainlessFn = [
    'class Client:',
    '    def __init__(self, client):',
    '        super().__init__()',
    '        self._client = client',
    '',
    '    def send(self, request):',
    '        check(request)',
    '        return self._post(request)',
    '',
  ].join('\n');
  const cases: Array<{ name: string; added: string; sdkgens: string[]; carried: boolean }> = [
    {
      name: 'a local sdkgen assigns below the line is read before it is bound',
      added: '        check(request, options)',
      sdkgens: [
        '        check(request)',
        '        options = self._options(request)',
        '        return self._post(request)',
      ],
      carried: false,
    },
    {
      name: 'a local sdkgen assigns above the line is bound',
      added: '        check(request, options)',
      sdkgens: [
        '        options = self._options(request)',
        '        check(request)',
        '        return self._post(request)',
      ],
      carried: true,
    },
    {
      name: 'an attribute set below the line in the same method is not yet set',
      added: '        check(request, self._limits)',
      sdkgens: ['        check(request)', '        self._limits = limits()', '        return self._post(request)'],
      carried: false,
    },
    {
      name: 'a name the line it replaces read is read there already',
      added: '        check(request, strict=True)',
      sdkgens: [
        '        check(request)',
        '        request = self._prepare(request)',
        '        return self._post(request)',
      ],
      carried: true,
    },
  ];
  for (const { name, added, sdkgens, carried } of cases)
    it(`${name}: ${carried ? 'carried' : 'left for a person'}`, () => {
      const ownersFn = stainlessFn.replace('        check(request)', added);
      const sdkgensFn = stainlessFn.replace(
        '        check(request)\n        return self._post(request)',
        sdkgens.join('\n'),
      );
      const hunks = editsAsHunks(stainlessFn, ownersFn);
      expect(hunks).toHaveLength(1);
      const result = intoSameFunctionLines(stainlessFn, { text: sdkgensFn, applied: 0, rejected: hunks });
      if (carried) {
        expect(result.rejected).toEqual([]);
        expect(result.text).toBe(sdkgensFn.replace('        check(request)\n', `${added}\n`));
      } else {
        expect(result.rejected).toEqual(hunks);
        expect(result.text).toBe(sdkgensFn);
      }
    });
});
