/**
 * An owners' hunk adding keyword arguments to a call of Stainless's that sdkgen's call passes already (groq's
 * `stream=stream or False, stream_cls=Stream[ChatCompletionChunk]` added to `chat.completions.create`'s `self._post(…)`,
 * where sdkgen's method streams from the derived config): carried beside sdkgen's, the call repeats the keyword and
 * Python refuses the module (SyntaxError at import). The keyword sdkgen passes the same is done; one it passes with
 * another value gives way to the owners'. And a carried module that repeats a keyword in a call or leaves a bracket
 * unpaired is never written: it is left for a person, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { reapplyPythonEdits } from '../generator/migrate/python/reapply/balanced-hunks';
import { soundCarried, syntaxProblem } from '../generator/migrate/python/soundness/sound-module';

const call = (streamLines: string[], first: string[]) => [
  '        return self._post(',
  '            "/openai/v1/chat/completions",',
  ...first,
  '            body=maybe_transform(',
  '                {',
  '                    "messages": messages,',
  '                    "model": model,',
  '                    "stream": stream,',
  '                },',
  '                completion_create_params.CompletionCreateParams,',
  '            ),',
  '            options=make_request_options(',
  '                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout',
  '            ),',
  '            cast_to=ChatCompletion,',
  ...streamLines,
  '        )',
];

const module = (className: string, streamLines: string[], first: string[] = []) =>
  [
    'from __future__ import annotations',
    '',
    'import httpx',
    '',
    'from ..._streaming import Stream',
    'from ...types.chat.chat_completion import ChatCompletion',
    'from ...types.chat.chat_completion_chunk import ChatCompletionChunk',
    '',
    '__all__ = ["Completions"]',
    '',
    '',
    `class ${className}(SyncAPIResource):`,
    '    def create(',
    '        self,',
    '        *,',
    '        messages: Iterable[ChatCompletionMessageParam],',
    '        model: str,',
    '        stream: Optional[bool] | Omit = omit,',
    '        extra_headers: Headers | None = None,',
    '        extra_query: Query | None = None,',
    '        extra_body: Body | None = None,',
    '        timeout: float | httpx.Timeout | None | NotGiven = not_given,',
    '    ) -> ChatCompletion | Stream[ChatCompletionChunk]:',
    '        """Creates a model response for the given chat conversation."""',
    ...call(streamLines, first),
    '',
  ].join('\n');

const STAINLESS = module('Completions', []);
const OWNERS = module('Completions', [
  '            stream=stream or False,',
  '            stream_cls=Stream[ChatCompletionChunk],',
]);

const keywordLines = (text: string, name: string) => text.split('\n').filter((l) => l.trim().startsWith(`${name}=`));

describe('an owners’ hunk adding keyword arguments sdkgen’s call passes already', () => {
  it('is done where sdkgen passes them the same: the call names each keyword once', () => {
    const sdkgen = module('CompletionsResource', [
      '            stream=stream or False,',
      '            stream_cls=Stream[ChatCompletionChunk],',
    ]);
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, sdkgen, {});
    expect(carried.rejected).toEqual([]);
    // (Where: the call's line passing the first of them.)
    expect(carried.alreadyThereAt?.map(({ text }) => text.trim())).toEqual(['stream=stream or False,']);
    expect(keywordLines(carried.text, 'stream')).toEqual(['            stream=stream or False,']);
    expect(keywordLines(carried.text, 'stream_cls')).toEqual(['            stream_cls=Stream[ChatCompletionChunk],']);
    expect(carried.text).toBe(sdkgen);
    expect(syntaxProblem(carried.text)).toBeNull();
  });

  it('gives way to the owners’ where sdkgen passes one with another value (groq: sdkgen’s `Stream[ChatCompletion]`)', () => {
    const sdkgen = module('CompletionsResource', [
      '            stream=stream or False,',
      '            stream_cls=Stream[ChatCompletion],',
    ]);
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, sdkgen, {});
    expect(carried.rejected).toEqual([]);
    expect(keywordLines(carried.text, 'stream')).toEqual(['            stream=stream or False,']);
    expect(keywordLines(carried.text, 'stream_cls')).toEqual(['            stream_cls=Stream[ChatCompletionChunk],']);
    // (In sdkgen's place, the rest of its call as it was.)
    expect(carried.text).toBe(sdkgen.replace('Stream[ChatCompletion],', 'Stream[ChatCompletionChunk],'));
    expect(syntaxProblem(carried.text)).toBeNull();
  });

  it('is passed once where the hunk places with all its context, sdkgen passing them earlier in the call', () => {
    const sdkgen = module(
      'CompletionsResource',
      [],
      ['            stream=stream or False,', '            stream_cls=Stream[ChatCompletion],'],
    );
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, sdkgen, {});
    expect(carried.rejected).toEqual([]);
    expect(keywordLines(carried.text, 'stream')).toEqual(['            stream=stream or False,']);
    expect(keywordLines(carried.text, 'stream_cls')).toEqual(['            stream_cls=Stream[ChatCompletionChunk],']);
    // (In sdkgen's place, the rest of its call as it was.)
    expect(carried.text).toBe(sdkgen.replace('Stream[ChatCompletion],', 'Stream[ChatCompletionChunk],'));
    expect(syntaxProblem(carried.text)).toBeNull();
  });

  it('adds those sdkgen’s call does not pass, beside the ones it does', () => {
    const sdkgen = module('CompletionsResource', ['            stream=stream or False,']);
    const carried = reapplyPythonEdits(STAINLESS, OWNERS, sdkgen, {});
    expect(carried.rejected).toEqual([]);
    expect(keywordLines(carried.text, 'stream')).toEqual(['            stream=stream or False,']);
    expect(keywordLines(carried.text, 'stream_cls')).toEqual(['            stream_cls=Stream[ChatCompletionChunk],']);
    expect(syntaxProblem(carried.text)).toBeNull();
  });
});

describe('a carried module Python would not compile', () => {
  const repeated = module('CompletionsResource', [
    '            stream=stream or False,',
    '            stream_cls=Stream[ChatCompletionChunk],',
    '            stream=stream or False,',
    '            stream_cls=Stream[ChatCompletion],',
  ]);

  it('is read so: a keyword argument repeated in one call, a parameter named twice, an unpaired bracket', () => {
    expect(syntaxProblem(repeated)).toMatch(/^line 41 repeats the keyword argument `stream=` of the call on line 25/);
    expect(syntaxProblem('def f(a, *, b: int = 1, b=2):\n    pass\n')).toMatch(/names the parameter `b` twice/);
    expect(syntaxProblem('x = f(\n    a=1,\n    b=[1, 2),\n)\n')).toMatch(/^line 3/);
    expect(syntaxProblem('x = f(\n    a=1,\n')).toMatch(/never closed/);
  });

  it('is not read so where Python takes it: keywords of nested calls, `==`, walrus, dicts, strings, comments', () => {
    const fine = [
      'x = f(a=1, b=g(a=2, b=3), c=(a == 1), d={"a": 1, "a": 2}, e=[y := 1])',
      'y = dict(a=1, **{"a": 2})',
      'z = f("a=1, a=2", b=1)  # f(a=1, a=1)',
      'class A(Base, metaclass=Meta):',
      '    def m(self, *args, a: int = 1, **kwargs) -> None:',
      '        """f(a=1, a=2)"""',
      '        return (a)',
      '',
    ].join('\n');
    expect(syntaxProblem(fine)).toBeNull();
    expect(syntaxProblem(STAINLESS)).toBeNull();
    expect(syntaxProblem(OWNERS)).toBeNull();
  });

  it('is not written: soundCarried says why, for a person', () => {
    const sdkgen = module('CompletionsResource', [
      '            stream=stream or False,',
      '            stream_cls=Stream[ChatCompletion],',
    ]);
    const carry = soundCarried(OWNERS, repeated, sdkgen);
    expect(carry.kind).toBe('broken');
    expect(carry.kind === 'broken' && carry.reason).toMatch(/repeats the keyword argument `stream=`/);
  });

  it('is judged only where sdkgen’s and the owners’ modules read as sound: a form this reading misjudges stays', () => {
    // (A string continued by a backslash, which Python takes and this reading does not follow.)
    const continued = 'warn("a \\\n    b", Warning)\n';
    expect(syntaxProblem(continued)).not.toBeNull();
    const owners = `${OWNERS}\n\n${continued}`;
    const sdkgen = module('CompletionsResource', ['            stream=stream or False,']);
    expect(soundCarried(owners, `${sdkgen}\n\n${continued}`, sdkgen).kind).toBe('sound');
  });
});
