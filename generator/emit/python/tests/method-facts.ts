/**
 * What the per-endpoint tests read off a method (its call order, the params they fill) or a resource (the variable
 * holding a result), and the layouts they share.
 */
import { PYTHON_KEYWORDS } from '../../../naming/python';
import { stainlessSingular } from '../../../naming/stainless';
import {
  keywordOnlyPathParams,
  type PyMethod,
  type PyParam,
  type PyResource,
  type PyTypeLocation,
} from '../types/model';

/** A method's only argument is its one path param, positional: the call passes it so (`retrieve("id")`). */
export function alonePositional(method: PyMethod): boolean {
  return method.pathParams.length === 1 && method.positional.length === 1 && method.params.length === 0;
}

/**
 * A param the spec requires that a client option fills in (`send_as_query_param`, `send_as_body_param`): optional in
 * the call, but the tests' client sets no such option, so a test's call with what is required gives it, as
 * Stainless's tests do (`project="project"`).
 */
export function requiredButFilled(method: PyMethod, param: PyParam): boolean {
  if (param.clientOption === undefined) return false;
  const fields = [...(method.ir.params?.fields ?? []), ...(method.ir.params?.variants ?? []).flatMap((v) => v.fields)];
  return fields.some((f) => f.wireName === param.wireName && f.in === param.in && f.requiredBySpec === true);
}

/**
 * Whether a body param is in the set of fields sdkgen's own tests send so that a body requiring one of several sets
 * takes one (`required`), or in those its all-params test leaves out so that it takes only one (`leftOut`):
 * ir/method-tests.ts `testFieldSetOf`.
 */
export function inTestFieldSet(method: PyMethod, param: PyParam, of: 'required' | 'leftOut'): boolean {
  return param.in === 'body' && (method.ir.testFieldSet?.[of].includes(param.wireName) ?? false);
}

/** Path params as the tests pass them, by name: the positional ones in call order, then the keyword-only ones. */
export function callOrder(method: PyMethod): PyParam[] {
  return [...method.positional, ...keywordOnlyPathParams(method)];
}

/** Lines laid out by `layout`, by the text it lays out: every test of a method asserts alike, in every module. */
const laidOut = new Map<string, string[]>();

export function laidOutLines(text: string, layout: () => string): string[] {
  let lines = laidOut.get(text);
  if (lines === undefined) {
    if (laidOut.size >= 20_000) laidOut.clear();
    laidOut.set(text, (lines = layout().split('\n')));
  }
  return lines;
}

/** What the async method's result is once awaited: a page rather than the paginator that fetches it. */
export function awaitedType(method: PyMethod): string {
  return method.page ? `${method.page.asyncName}[${method.page.item}]` : method.asyncReturns;
}

/** The text of a regex matching `text` literally, as Stainless writes the ValueError's message (backticks kept). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The module a type is imported from in tests: its module's package (`<pkg>.types.shared` for shared ones). */
export function typesImport(importName: string, type: PyTypeLocation): string {
  return [importName, ...type.module.split('/').slice(0, -1)].join('.');
}

/** Builtin classes a test's result variable does not shadow (Stainless's tests: `object_`, `list_`; `file` stays). */
const BUILTIN_CLASSES = new Set([
  'object',
  'list',
  'dict',
  'set',
  'tuple',
  'type',
  'str',
  'int',
  'float',
  'bool',
  'bytes',
]);

/** The variable a resource's tests hold a result in: its model's name (`specie`), `result` for the client's own. */
export function resultVariable(resource: PyResource): string {
  // (As Stainless names the resource's model: `species` → `specie`, naming/stainless.ts.)
  const singular = stainlessSingular(resource.attribute);
  // `imports` → `import_`: a keyword is no variable; nor, in Stainless's tests, a builtin class (`objects` → `object_`).
  const escaped = PYTHON_KEYWORDS.has(singular) || BUILTIN_CLASSES.has(singular);
  return resource.chain.length === 0 ? 'result' : escaped ? `${singular}_` : singular;
}
