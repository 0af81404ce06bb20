/**
 * The docstrings of a resource module's classes and properties, as Stainless writes them: the resource's description
 * (its tag's) on its classes and on the properties that return it, and the raw / streaming wrappers' properties'.
 */
import type { PyMethod, PyParam, PyResource } from '../types/model';
import type { TypeRef } from '../../../ir/types';
import { htmlBreaksAsParagraphs } from '../../doc-text';
import { CLIENT_DEFAULT_NOTE } from '../../../ir/methods';
import { classDocstringLayout, docProse, docstringLayout, firstSentenceApart } from '../docs/doc-wrap';
import { pyDocstring } from '../docs/print-doc';
import type { ResourceLayout } from './print-resource-layout';
import type { StainlessPythonForms } from '../../../stainless/python-era';
import { keywordParams } from './raw-body';

/**
 * The resource's description as a docstring at `indent`, laid out as Stainless lays out a class's (its text not
 * re-flowed): a short single line on the line of the quotes, else its summary sentence split off onto that line when
 * one fits, else the whole between quotes on lines of their own.
 */
export function resourceDoc(
  resource: PyResource,
  indent: string,
  layout: ResourceLayout,
  forms: Pick<StainlessPythonForms, 'resourceDocstrings'>,
): string[] {
  // (Stainless's Python SDKs describe only a resource with methods of its own, not one that only groups others.)
  const described = forms.resourceDocstrings && resource.methods.length > 0;
  const text = described ? (resource.ir.docs.description ?? '').trim() : '';
  const laid = classDocstringLayout(text);
  const doc = pyDocstring(laid.text, indent, laid.opensOnOwnLine);
  if (!doc) return [];
  layout.docstring(doc, indent);
  return [`${indent}${doc}`];
}

/** The class's docstring and the blank line after it. */
export function classDoc(
  resource: PyResource,
  layout: ResourceLayout,
  forms: Pick<StainlessPythonForms, 'resourceDocstrings'>,
): string[] {
  const doc = resourceDoc(resource, '    ', layout, forms);
  return doc.length ? [...doc, ''] : [];
}

/**
 * The docstring of a resource's `with_raw_response` / `with_streaming_response` property (where Stainless's SDKs
 * have one; the wording is ours), pointing at the README's section when the SDK's repository is known.
 */
export function wrapperPropertyDoc(
  kind: 'WithRawResponse' | 'WithStreamingResponse',
  repository?: string | null,
): string[] {
  const lead =
    kind === 'WithRawResponse'
      ? [
          'Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response',
          'itself (status, headers, body) instead of the parsed result.',
        ]
      : ['As `.with_raw_response`, but the body is read only when asked for (a context manager).'];
  const anchor = kind === 'WithRawResponse' ? 'accessing-raw-response-data-eg-headers' : 'with_streaming_response';
  const more = repository ? ['', `See https://www.github.com/${repository}#${anchor}`] : [];
  const quotes = '"""';
  return [
    `        ${quotes}`,
    ...[...lead, ...more].map((line) => (line ? `        ${line}` : '')),
    `        ${quotes}`,
  ];
}

const REQUEST_OPTION_DOCS = [
  '  extra_headers: Send extra headers',
  '  extra_query: Add additional query parameters to the request',
  '  extra_body: Add additional JSON properties to the request',
  '  timeout: Override the client-level default timeout for this request, in seconds',
];

const IDEMPOTENCY_KEY_DOC = '  idempotency_key: Specify a custom idempotency key for this request';

/** A method's docstring, indented for its body (`indent`: the method's). */
export function methodDoc(method: PyMethod, indent: string, layout: ResourceLayout): string[] {
  let byIndent = methodDocs.get(method);
  if (byIndent === undefined) methodDocs.set(method, (byIndent = new Map()));
  let doc = byIndent.get(indent);
  if (doc === undefined) byIndent.set(indent, (doc = methodDocstring(method, indent)));
  if (doc) layout.docstring(doc, `${indent}    `);
  return doc ? [`${indent}    ${doc}`] : [];
}

/** Each method's docstring by indentation, written once: its sync and async classes print the same. */
const methodDocs = new WeakMap<PyMethod, Map<string, string>>();

function methodDocstring(method: PyMethod, indent: string): string {
  // Path params first, in the path's order, as Stainless lists them. A raw body taken positionally is no param of
  // Stainless's Args (kernel's `write_file` `contents`, cloudflare's `entries.create` `dataset_version_entry`).
  const paramDocs = [...method.pathParams, ...keywordParams(method)]
    .map((p) => ({ name: p.name, text: paramDoc(p) }))
    .filter((p) => p.text);
  // Stainless's wrap the prose at 80 columns, indent an Arg's continuation lines 6 spaces under the list, and end
  // it with the request options every method takes. A method taking any param has the list, the options alone if no
  // param is described; one taking none has none.
  const takesParams = method.pathParams.length + method.params.length > 0;
  const args = takesParams
    ? [
        ...paramDocs.map((p) => argDoc(p.name, docProse(p.text))),
        ...REQUEST_OPTION_DOCS,
        ...(method.idempotencyKey ? [IDEMPOTENCY_KEY_DOC] : []),
      ]
    : [];
  const described = docstringLayout(method.doc, false, args.length > 0);
  const text = [described.text, args.length ? `Args:\n${args.join('\n\n')}` : ''].filter(Boolean).join('\n\n');
  // (A first sentence the description has not set apart may end in the Args list: firstSentenceApart.)
  const apart = described.text !== '' && described.opensOnOwnLine ? firstSentenceApart(text) : null;
  if (apart !== null) return pyDocstring(apart, `${indent}    `, false);
  return pyDocstring(text, `${indent}    `, described.text === '' || described.opensOnOwnLine);
}

/**
 * One entry of the Args list: the name, then the description (wrapped at 80 columns) with its continuation lines
 * indented 6 spaces. A description whose first line ends in a colon (one introducing a list or a choice) starts on a
 * line of its own under the name, as Stainless's write it in every era; any other starts on the name's line.
 */
export function argDoc(name: string, prose: string): string {
  const indented = prose.replace(/\n/g, '\n      ');
  const firstLine = prose.split('\n', 1)[0]!;
  return firstLine.endsWith(':') ? `  ${name}:\n      ${indented}` : `  ${name}: ${indented}`;
}

function paramDoc(param: PyParam): string {
  // Stainless's Python SDKs do not say that a client option fills the param.
  const given = nullableObjectDescription(param.type) ?? param.description ?? '';
  const description = param.clientOption ? given.replace(CLIENT_DEFAULT_NOTE, '') : given;
  // (Before the Args list indents it: a paragraph break of its own is indented as its other lines.)
  return htmlBreaksAsParagraphs(description);
}

/**
 * The description of the object a nullable `anyOf: [{ type: object, … }, { type: 'null' }]` wraps, where it has one:
 * Stainless documents the param by it over the wrapper's own, as it does the params' field (print-types.ts;
 * llama-stack's vector store file `attributes`).
 */
function nullableObjectDescription(type: TypeRef): string | undefined {
  if (type.kind !== 'union') return undefined;
  const objects = type.variants.filter((variant) => variant.kind !== 'null');
  const [only] = objects;
  const wraps = objects.length === 1 && objects.length < type.variants.length && only!.kind === 'object';
  return wraps ? only.docs.description || undefined : undefined;
}
