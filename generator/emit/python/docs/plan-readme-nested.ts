/**
 * The README's section on nested params (plan-readme.ts): a call whose param takes an object of named keys, passed as
 * a dict its `TypedDict` types.
 */
import type { Api } from '../../../ir/types';
import type { PyPackage, PyParam } from '../types/model';
import { allResources } from './readme-sections';
import {
  callAndPrint,
  configured,
  isPaged,
  printedOf,
  readmeCall,
  returnsNothing,
  variableOf,
  type Chosen,
} from './plan-readme-calls';
import { pyFieldName } from '../../../naming/python';
import type { StainlessPythonForms } from '../../../stainless/python-era';
import type { StainlessReadmeForms } from '../../../stainless/python-readme-era';

/**
 * Whether `param` takes an object of named properties (a dict of a `TypedDict`): a body field, or a query param sent
 * as `name[key]=…` (Stainless's programs show either).
 */
export function isNestedParam(api: Api, param: PyParam): boolean {
  let type = param.type;
  for (let hops = 0; hops < 8; hops++) {
    // (A nullable object is an object or None.)
    const nonNull = type.kind === 'union' ? type.variants.filter((v) => v.kind !== 'null') : [type];
    if (nonNull.length !== 1) return false;
    type = nonNull[0];
    if (type.kind !== 'ref') break;
    const id = type.schemaId;
    const schema = api.schemas.find((s) => s.id === id);
    if (!schema) return false;
    type = schema.type;
  }
  return (param.in === 'body' || param.in === 'query') && type.kind === 'object' && type.properties.length > 0;
}

/**
 * The request the section shows and its nested param: the config's `nested_params` request (its param the one the
 * config gives, else its first nested one); else the first method of the package, in the order of its resources,
 * with a nested param (the headline request's first where it has one). Null when no method takes one.
 */
function nestedRequest(
  pkg: PyPackage,
  api: Api,
  headline: Chosen | null,
): { chosen: Chosen; param: PyParam; fromConfig: boolean } | null {
  const fromConfig = configured(pkg, api, 'nested_params');
  if (fromConfig) {
    const nested = fromConfig.method.params.filter((p) => isNestedParam(api, p));
    const param = nested.find((p) => fromConfig.given?.[p.wireName] !== undefined) ?? nested[0];
    if (param) return { chosen: fromConfig, param, fromConfig: true };
  }
  const candidates = [
    ...(headline ? [{ resource: headline.resource, method: headline.method }] : []),
    ...allResources(pkg).flatMap((resource) => resource.methods.map((method) => ({ resource, method }))),
  ];
  for (const chosen of candidates) {
    const param = chosen.method.params.find((p) => isNestedParam(api, p));
    if (param) return { chosen, param, fromConfig: false };
  }
  return null;
}

/** The section, or null when no method takes a nested param. */
export function nestedParamsSection(
  pkg: PyPackage,
  api: Api,
  headline: Chosen | null,
  forms?: StainlessPythonForms & { readme?: StainlessReadmeForms },
): string | null {
  // (Stainless's READMEs have the section from its "docs: revise readme docs about nested params" on.)
  if (forms?.readme && !forms.readme.nestedParamsSection) return null;
  const found = nestedRequest(pkg, api, headline);
  if (!found) return null;
  const { chosen, param, fromConfig } = found;
  const givesNested = chosen.given?.[param.wireName] !== undefined;
  const call = readmeCall(pkg, api, chosen, givesNested ? { forms } : { nested: param, forms }).text;
  const statements =
    returnsNothing(pkg, chosen.method) || isPaged(pkg, chosen.method)
      ? callAndPrint(pkg, api, chosen, call, '')
      : (() => {
          const variable = variableOf(pkg, api, chosen);
          return `${variable} = ${call}\nprint(${echoed(pkg, api, chosen, variable, param.name, fromConfig)})`;
        })();
  return `## Nested params

A param whose value is an object is a dictionary, typed by a \`TypedDict\` (its keys are checked like any other
argument):

\`\`\`python
from ${pkg.importName} import ${pkg.clientName}

client = ${pkg.clientName}()

${statements}
\`\`\``;
}

/**
 * What the section prints: the result's field of the param's name where the result is a model that has one (the
 * param echoed back); else, for the config's request, the result's first field (printedOf); else the result itself.
 * (Stainless, on a call of its own choosing, prints the param's field whether or not the model declares it:
 * stagehand's `print(response.options)`, lumaai's `print(generation.character_ref)`. That program fails pyright and
 * raises AttributeError when run, so ours prints the result.)
 */
function echoed(pkg: PyPackage, api: Api, chosen: Chosen, variable: string, name: string, fromConfig: boolean): string {
  const { method } = chosen;
  const type = method.ir.response.kind === 'json' ? method.ir.response.type : null;
  const schema = type?.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId) : undefined;
  if (schema?.type.kind !== 'object' || !/^\w+$/.test(method.returns)) return variable;
  const fields = schema.type.properties.map((p) => pyFieldName(p.key));
  if (fields.includes(name)) return `${variable}.${name}`;
  return fromConfig ? printedOf(pkg, api, method, variable) : variable;
}
