/**
 * What a method's generated tests need to know of it (methods.ts): why they are skipped, and the fields a request body
 * requires one set of.
 */
import type { StructureContext } from './drafts';
import { pickRequestMediaType } from './media';
import type { Placement } from './resource-tree';
import type { Method } from './types';

/** The methods Prism, the mock server the generated tests run against, routes: OpenAPI 3.1's fixed fields. */
const PRISM_METHODS: ReadonlySet<string> = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]);

/**
 * Why the method's generated tests are skipped: the Stainless config's `skip_test_reason`; else, for a method Prism
 * does not route (OpenAPI 3.2's QUERY, an `additionalOperations` method: it answers 405), Stainless's reason for
 * QUERY (replicate-python-beta's `models.search`: "Prism doesn't support query methods yet"), naming the method.
 */
export function testSkip(http: string, configured: string | null, either: boolean): { testSkipReason?: string } {
  if (configured) return { testSkipReason: configured };
  if (either) return { testSkipReason: 'Unsupported either condition' };
  return PRISM_METHODS.has(http) ? {} : { testSkipReason: `Prism doesn't support ${http} methods yet` };
}

/** The sets of fields a request body requires one of (`oneOf`: exactly one; `anyOf`: at least one). */
interface EitherCondition {
  sets: string[][];
  exclusive: boolean;
}

/**
 * The sets of fields the request body requires one of (`oneOf: [{required: [file]}, {required: [url]}]`, groq's
 * transcriptions), where its required fields alone meet none; null otherwise. Stainless's tests send the required
 * fields alone, so its SDKs write them skipped, "Unsupported either condition"; sdkgen's own send a valid body
 * (testFieldSetOf).
 */
export function eitherCondition(ctx: StructureContext, op: Placement['op']): EitherCondition | null {
  if (op.requestBody === null) return null;
  const content = (op.requestBody.value as { content?: Record<string, unknown> } | null)?.content ?? {};
  const mediaType = pickRequestMediaType(Object.keys(content));
  const node = mediaType ? op.requestBody.schema(mediaType) : null;
  const body = node ? ctx.reader.deref(node) : null;
  if (body === null) return null;
  const exclusive = (body.oneOf ?? []).length > 0;
  const alternatives = [...(body.oneOf ?? []), ...(body.anyOf ?? [])];
  // Each alternative only requires fields (no type or properties of its own); the body's required ones meet none.
  const either =
    alternatives.length > 1 &&
    alternatives.every(
      (a) =>
        a.required.length > 0 &&
        a.ref === null &&
        (a.types === null || a.types.join() === 'object') &&
        a.properties.length === 0,
    ) &&
    !alternatives.some((a) => a.required.every((name) => body.required.includes(name)));
  return either ? { sets: alternatives.map((a) => [...a.required]), exclusive } : null;
}

/**
 * The body fields sdkgen's own tests send beyond the required ones so that the body takes one of the sets (the first),
 * and, where it must take exactly one (`oneOf`), those its all-params test leaves out: the other sets' fields. Sent as
 * the required fields alone, or with every field, the body meets none or several, and the mock server answers 422.
 */
export function testFieldSetOf({ sets, exclusive }: EitherCondition): NonNullable<Method['testFieldSet']> {
  const [chosen, ...others] = sets;
  const leftOut = exclusive ? [...new Set(others.flat())].filter((name) => !chosen.includes(name)) : [];
  return { required: chosen, leftOut };
}
