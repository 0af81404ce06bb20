/**
 * The tests of a method returning JSON Lines (`JSONLDecoder[T]`, types/method-response.ts) in Stainless's forms: the
 * mock server cannot answer such a body, so they are written skipped (emit/test-skips.ts) and only type-checked.
 * anthropic-sdk-python's `messages.batches.results`, by era (StainlessPythonForms.jsonLinesTests): its generation of
 * 2025-01-21 (5ed1c206) asserts each result a decoder of the line type; from 2025-04-03 (c112e6ff) the call's result is
 * `batch_stream` and a parsed one is closed unread; from 2026-02-20 (7c5ac9bf) each line's type is asserted.
 */
import type { PyMethod } from '../types/model';
import { allLinesFit, layoutExpr } from '../py-layout';
import type { Arg } from './call-layout';
import type { BinaryTestModule, TestKind } from './binary-tests';
import { laidOutLines, typesImport } from './method-facts';
import type { StainlessPythonForms } from '../../../stainless/python-era';

/** What a JSON Lines test takes from its test module (plan-tests.ts's TestModule). */
export type JsonLinesTestModule = Pick<BinaryTestModule, 'pkg' | 'variable' | 'use' | 'testName' | 'chain' | 'call'> & {
  /** The test's `def` line, split as Ruff splits it where it does not fit. */
  signature: (name: string, isAsync: boolean) => string;
};

/** The line type of a method returning JSON Lines (`JSONLDecoder[BatchResult]` → `BatchResult`); null: it does not. */
function lineType(method: PyMethod): string | null {
  return /^JSONLDecoder\[(.+)\]$/.exec(method.castTo)?.[1] ?? null;
}

/** The test of one kind of `method`'s call, in the era's form (`form`); null where it returns no JSON Lines. */
export function jsonLinesTest(
  module: JsonLinesTestModule,
  method: PyMethod,
  suffix: string,
  kind: TestKind,
  args: Arg[],
  isAsync: boolean,
  form: StainlessPythonForms['jsonLinesTests'],
): string | null {
  const line = lineType(method);
  if (line === null) return null;
  const { pkg } = module;
  const wait = isAsync ? 'await ' : '';
  const head = module.signature(module.testName(kind, method, suffix), isAsync);
  const response = module.variable === 'response' ? 'http_response' : 'response';
  const assertType = (indent: string, type: string, value: string, path: string): string[] => {
    module.use('tests.utils', 'assert_matches_type');
    if (method.returnsType) module.use(typesImport(pkg.importName, method.returnsType), method.returnsType.name);
    const typing = ['List', 'Dict', 'Optional', 'Union'].filter((n) => line.includes(`${n}[`));
    if (typing.length > 0) module.use('typing', ...typing);
    const call = `assert_matches_type(${type}, ${value}, path=[${JSON.stringify(path)}])`;
    // Split as Ruff splits it where it does not fit.
    const text = `${indent}${call}`;
    return allLinesFit(text) ? [text] : laidOutLines(text, () => layoutExpr(indent, '', call) ?? text);
  };
  // What is asserted of a result held in `value`: the decoder's type, or each line's (`for item in …`) in `path`.
  const checks = (indent: string, value: string, path: string): string[] => {
    if (form === 'items')
      return [
        `${indent}${isAsync ? 'async ' : ''}for item in ${value}:`,
        ...assertType(`${indent}    `, line, 'item', path),
      ];
    module.use(`${pkg.importName}._decoders.jsonl`, 'JSONLDecoder', 'AsyncJSONLDecoder');
    return assertType(indent, `${isAsync ? 'Async' : ''}JSONLDecoder[${line}]`, value, 'response');
  };
  // A parsed result: asserted as the call's (`batch = response.parse()`), or the stream closed unread, or iterated.
  const parsed = (indent: string, path: string): string[] =>
    form === 'decoder'
      ? [`${indent}${module.variable} = ${wait}${response}.parse()`, ...checks(indent, module.variable, 'response')]
      : [
          `${indent}stream = ${wait}${response}.parse()`,
          ...(form === 'close' ? [`${indent}${wait}stream.close()`] : checks(indent, 'stream', path)),
        ];
  if (kind === 'method' || kind === 'method_with_all_params') {
    const variable = form === 'decoder' ? module.variable : `${module.variable}_stream`;
    return [
      head,
      `        ${variable} = ${module.call(`${wait}${module.chain(isAsync)}.${method.name}`, args, 8)}`,
      ...checks('        ', variable, 'response'),
    ].join('\n');
  }
  if (kind === 'raw') {
    const call = module.call(`${wait}${module.chain(isAsync, 'with_raw_response')}.${method.name}`, args, 8);
    return [
      head,
      `        ${response} = ${call}`,
      '',
      ...(form === 'decoder' ? [`        assert ${response}.is_closed is True`] : []),
      `        assert ${response}.http_request.headers.get("X-Stainless-Lang") == "python"`,
      ...parsed('        ', 'line'),
    ].join('\n');
  }
  const streamed = `${module.chain(isAsync, 'with_streaming_response')}.${method.name}`;
  return [
    head,
    `        ${isAsync ? 'async ' : ''}with ${module.call(streamed, args, 8, ` as ${response}:`)}`,
    `            assert not ${response}.is_closed`,
    `            assert ${response}.http_request.headers.get("X-Stainless-Lang") == "python"`,
    '',
    ...parsed('            ', 'item'),
    '',
    `        assert cast(Any, ${response}.is_closed) is True`,
  ].join('\n');
}
