/**
 * A parameter the owners added by hand to a method of Stainless's, which sdkgen's method of the same name declares
 * (a later spec has it): their signature line, docstring paragraph and request-dict entry for it are sdkgen's result
 * already and are not carried (migrate/python/already-done/declared-already.ts); a parameter sdkgen lacks stays theirs. Shaped on
 * anchorbrowser-python's `tools.perform_web_task` (`directly_open_url` and `async_` added by hand; the later spec gives
 * sdkgen `async_`): carried whole, the signature named `async_` twice and the module was left for a person.
 */
import { describe, expect, it } from 'vitest';
import { withDeclaredAlready } from '../generator/migrate/python/already-done/declared-already';
import { withSameFunctionsDone } from '../generator/migrate/python/already-done/same-functions';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { indentProblem } from '../generator/migrate/python/soundness/sound-module';

const method = (params: string[], docs: string[], entries: string[]) => [
  '    def perform_web_task(',
  '        self,',
  '        *,',
  '        prompt: str,',
  '        url: str | Omit = omit,',
  ...params,
  '        extra_headers: Headers | None = None,',
  '    ) -> ToolPerformWebTaskResponse:',
  '        """',
  '        Start from a URL and perform the given task.',
  '',
  '        Args:',
  '          url: The URL of the webpage.',
  '',
  ...docs,
  '          extra_headers: Send extra headers',
  '        """',
  '        return self._post(',
  '            "/v1/tools/perform-web-task",',
  '            body=maybe_transform(',
  '                {',
  '                    "prompt": prompt,',
  '                    "url": url,',
  ...entries,
  '                },',
  '                tool_perform_web_task_params.ToolPerformWebTaskParams,',
  '            ),',
  '        )',
];

const module = (params: string[], docs: string[], entries: string[]) =>
  ['class ToolsResource(SyncAPIResource):', ...method(params, docs, entries), '', ''].join('\n') +
  ['class AsyncToolsResource(AsyncAPIResource):', ...method(params, docs, entries), ''].join('\n');

const STAINLESS = module([], [], []);
const OWNERS = module(
  ['        directly_open_url: bool | Omit = omit,', '        async_: bool | Omit = omit,'],
  [
    '          directly_open_url: If true, the tool will directly open the URL in the browser.',
    '',
    '          async_: Whether to execute the task',
    '              asynchronously.',
    '',
  ],
  ['                    "directly_open_url": directly_open_url,', '                    "async": async_,'],
);
const SDKGEN = module(
  ['        async_: bool | Omit = omit,'],
  ['          async_: Whether to run the task asynchronously.', ''],
  ['                    "async_": async_,'],
);

describe("the owners' parameter sdkgen's method declares", () => {
  it('is left out with its docstring paragraph and dict entry; the other parameter stays theirs', () => {
    const result = withDeclaredAlready(STAINLESS, OWNERS, SDKGEN);
    expect(result).not.toBeNull();
    expect(result!.text).not.toMatch(/async_: bool|async_: Whether|"async": async_|asynchronously\./);
    expect(result!.text).toContain('        directly_open_url: bool | Omit = omit,');
    expect(result!.text).toContain('directly_open_url: If true');
    expect(result!.text).toContain('"directly_open_url": directly_open_url,');
    // (Each edit keeps a line of theirs: none is taken out whole.)
    expect(result!.alreadyThere).toBe(0);
  });

  it("carries into sdkgen's module without naming a parameter twice", () => {
    const edited = withSameFunctionsDone(STAINLESS, OWNERS, SDKGEN)?.text ?? OWNERS;
    const carried = reapplyPythonEdits(STAINLESS, edited, SDKGEN, {});
    expect(carried.text.match(/^\s+async_: bool/gm)).toHaveLength(2);
    expect(carried.text.match(/^\s+directly_open_url: bool/gm)).toHaveLength(2);
    expect(indentProblem(carried.text)).toBeNull();
  });

  it("counts an edit whose every line sdkgen's method has as done, and touches nothing sdkgen's method lacks", () => {
    const onlyAsync = module(['        async_: bool | Omit = omit,'], [], []);
    expect(withDeclaredAlready(STAINLESS, onlyAsync, SDKGEN)).toEqual({ text: STAINLESS, alreadyThere: 2 });
    // sdkgen's method without it, or another method's namesake only: theirs to carry.
    expect(withDeclaredAlready(STAINLESS, OWNERS, STAINLESS)).toBeNull();
    const elsewhere = SDKGEN.replace(/def perform_web_task/g, 'def other_task');
    expect(withDeclaredAlready(STAINLESS, OWNERS, elsewhere)).toBeNull();
    // A method they wrote whole (Stainless's class had none of the name) keeps its parameters: repeated-members.ts's.
    const noMethod = ['class ToolsResource(SyncAPIResource):', '    pass', ''].join('\n');
    const theirMethod = module(['        async_: bool | Omit = omit,'], [], []).split('class Async')[0]!;
    expect(withDeclaredAlready(noMethod, theirMethod, SDKGEN)).toBeNull();
    // A parameter Stainless's method had already (they changed its line) is not read so.
    const retyped = STAINLESS.replace(/url: str \| Omit/g, 'url: str | None | Omit');
    expect(withDeclaredAlready(STAINLESS, retyped, SDKGEN)).toBeNull();
  });
});

// Shaped on anchorbrowser-python's `types/session_create_params.py`: a class and two fields added by hand, which the
// later spec gives sdkgen's module (with its own docstrings).
const PARAMS_STAINLESS = [
  'class BrowserExtraStealth(TypedDict, total=False):',
  '    active: bool',
  '    """Enable or disable extra stealth mode."""',
  '',
  '',
  'class BrowserFullscreen(TypedDict, total=False):',
  '    active: bool',
  '',
  '',
  'class Browser(TypedDict, total=False):',
  '    extra_stealth: BrowserExtraStealth',
  '    """Configuration for extra stealth mode."""',
  '',
  '    fullscreen: BrowserFullscreen',
  '    """Configuration for fullscreen mode."""',
  '',
  '',
  'class SessionProxy(TypedDict, total=False):',
  '    active: Required[bool]',
  '',
  '    city: str',
  '',
].join('\n');
const PARAMS_OWNERS = PARAMS_STAINLESS.replace(
  '\n\nclass BrowserFullscreen',
  [
    '',
    'class BrowserForcePopupsAsTabs(TypedDict, total=False):',
    '    """Configuration for force popup as tabs."""',
    '',
    '    active: bool',
    '    """Enable or disable force popup as tabs. Defaults to `false`."""',
    '',
    'class BrowserFullscreen',
  ].join('\n'),
)
  .replace(
    '    """Configuration for extra stealth mode."""\n',
    '    """Configuration for extra stealth mode."""\n    force_popups_as_tabs: BrowserForcePopupsAsTabs\n    """Configuration for force popup as tabs."""\n',
  )
  .replace(
    '    city: str\n',
    '    city: str\n\n    tags: SequenceNotStr[str]\n    """Tags for the browser session."""\n',
  );
const PARAMS_SDKGEN = PARAMS_STAINLESS.replace(
  '\n\nclass BrowserFullscreen',
  [
    '',
    '',
    'class BrowserForcePopupsAsTabs(TypedDict, total=False):',
    '    """Configuration for forcing popups to open as tabs."""',
    '',
    '    active: bool',
    '',
    '',
    'class BrowserFullscreen',
  ].join('\n'),
)
  .replace(
    '    fullscreen: BrowserFullscreen\n',
    '    force_popups_as_tabs: BrowserForcePopupsAsTabs\n    """Configuration for forcing popups."""\n\n    fullscreen: BrowserFullscreen\n',
  )
  .replace('    city: str\n', '    city: str\n\n    tags: SequenceNotStr[str]\n');

describe("the owners' class and fields sdkgen's module declares", () => {
  it('are left out whole, docstrings too; a field sdkgen lacks stays theirs', () => {
    const result = withDeclaredAlready(PARAMS_STAINLESS, PARAMS_OWNERS, PARAMS_SDKGEN);
    expect(result?.text).toBe(PARAMS_STAINLESS);
    // (Every insertion of theirs is done: as many as the diff splits them into, at least the three.)
    expect(result?.alreadyThere).toBeGreaterThanOrEqual(3);
    const lacking = PARAMS_SDKGEN.replace('    tags: SequenceNotStr[str]\n', '');
    const partial = withDeclaredAlready(PARAMS_STAINLESS, PARAMS_OWNERS, lacking)!;
    expect(partial.text).toContain('    tags: SequenceNotStr[str]\n    """Tags for the browser session."""\n');
    expect(partial.text).not.toContain('force popup');
    // Their class with a field sdkgen's lacks stays theirs whole.
    const fewer = PARAMS_SDKGEN.replace(
      '    active: bool\n\n\nclass BrowserFullscreen',
      '    x: int\n\n\nclass BrowserFullscreen',
    );
    expect(withDeclaredAlready(PARAMS_STAINLESS, PARAMS_OWNERS, fewer)?.text).toContain(
      'class BrowserForcePopupsAsTabs(TypedDict, total=False):\n    """Configuration for force popup as tabs."""',
    );
  });

  it("carry into sdkgen's module with each name declared once", () => {
    const edited = withSameFunctionsDone(PARAMS_STAINLESS, PARAMS_OWNERS, PARAMS_SDKGEN)?.text ?? PARAMS_OWNERS;
    const carried = reapplyPythonEdits(PARAMS_STAINLESS, edited, PARAMS_SDKGEN, {});
    expect(carried.text.match(/^class BrowserForcePopupsAsTabs/gm)).toHaveLength(1);
    expect(carried.text.match(/^\s+force_popups_as_tabs:/gm)).toHaveLength(1);
    expect(carried.text.match(/^\s+tags:/gm)).toHaveLength(1);
  });
});
