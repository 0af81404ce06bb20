/**
 * The schema a listed model is where Stainless's SDK declares it only as the items of its methods' responses:
 * `OrganizationModelsResponse: TypeAlias = List[OrgItem]` (`type OrganizationModelsResponse = Array<OrgItem>`), the
 * operation answering an array of `$ref`s to `NamedResource`. Of the schemas the operations of the methods returning
 * such a list answer as items, those of the model's shape: the one, or the one most of them answer; none on a tie. Profound's `OrgItem` is `NamedResource`,
 * which `models` and `regions` answer, not `CategoryWithOrganization`, which `categories.list` answers since the spec
 * gained a field there; four more schemas of the spec are of its two fields.
 */
import { sameShape } from './schema-match';
import type { DerivedConfigInput, Shape } from './input-types';

export function listItemSchema<M extends { endpoint: string }>(
  name: string,
  shape: Shape | null,
  methods: readonly M[],
  /** The type a method's response lists, where the SDK declares its response as a list of one named type. */
  listedBy: (method: M) => string | null,
  /** The schema of the items each endpoint answers. */
  itemSchemaOf: (endpoint: string) => string | undefined,
  schemas: DerivedConfigInput['schemas'],
): string | null {
  if (shape === null || shape.members.length === 0) return null;
  const answered = new Map<string, number>();
  for (const method of methods) {
    if (listedBy(method) !== name) continue;
    const items = itemSchemaOf(method.endpoint);
    const schema = items === undefined ? undefined : schemas.find((s) => s.key === items);
    if (schema?.shape && sameShape(schema.shape, shape)) answered.set(schema.key, (answered.get(schema.key) ?? 0) + 1);
  }
  // Of several, the one more of its methods answer than any other (the spec split what Stainless's read as one
  // schema: profound's `models` and `regions` answer `NamedResource`, `categories.tags` `Tag`, of the same two fields).
  const [first, second] = [...answered].sort((a, b) => b[1] - a[1]);
  return first !== undefined && (second === undefined || first[1] > second[1]) ? first[0] : null;
}
