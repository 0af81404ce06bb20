/**
 * A schema's docs as the TypeBuilder (build-schema.ts) gives them to the types it builds: sdkgen's own, or with a
 * Stainless config as Stainless's SDKs write them (a union documented by its first variant, a property that only
 * refers to another schema by that schema, an object's title kept where its docs leave it out).
 */
import type { SchemaNode } from '../normalize/schema';
import { docsFrom, docsOf, NO_EXTRA_DOCS, stainlessDocsOf, withExampleOf, type DocsFields } from './docs';
import { hasScalarExample } from './scalar-example';
import { referredSchema } from './schema-shape';
import type { Docs, ObjectType } from './types';
import { firstVariantDescription } from './union-docs';

export class SchemaDocs {
  /**
   * `stainless`: docs as a Stainless config's SDKs write them. `resolve` follows a `$ref` to its schema, null when it
   * dangles.
   */
  constructor(
    private readonly stainless: boolean,
    private readonly resolve: (node: SchemaNode) => SchemaNode | null,
  ) {}

  /**
   * A schema's docs. With a Stainless config, as Stainless's SDKs write them: the description, never the schema's
   * title, and the summary `extra` gives (an operation's) only where there is no description.
   */
  of(node: SchemaNode | null, extra: DocsFields = NO_EXTRA_DOCS): Docs {
    if (!this.stainless) return docsOf(node, extra);
    const description = node !== null && extra.description == null ? this.unionDescription(node) : null;
    return stainlessDocsOf(node, description === null ? extra : { ...extra, description });
  }

  /** A `oneOf`/`anyOf` without a description of its own: its first variant's, as Stainless's SDKs document it. */
  private unionDescription(node: SchemaNode): string | null {
    if (node.description !== null || !(node.oneOf || node.anyOf)) return null;
    return firstVariantDescription(node, this.resolve);
  }

  /**
   * A property's, body field's or response's docs. With a Stainless config, one that only refers to another schema is
   * documented as that schema, as Stainless's SDKs write it: a `$ref`, or a `oneOf`/`anyOf` of it and null, without a
   * description of its own; and one Stainless merges with the schema (referredSchema's `merged`), whose description
   * even stands over the property's (knock's `AudienceMemberRequest.user`); one described beside it, the example, as
   * one to an enum does.
   */
  throughRef(node: SchemaNode | null): Docs {
    if (node === null) return this.of(null);
    const own = this.of(node);
    if (!this.stainless) return own;
    const referred = referredSchema(node);
    const target = referred && this.resolve(referred.node);
    if (referred?.via === 'ref' && own.description !== undefined) return withExampleOf(own, target);
    const description = target && (target.description ?? this.unionDescription(target));
    const docs = description === null ? own : docsFrom({ ...own, description });
    // An enum or other scalar component is written out where it is used, its own example with it: Stainless's tests
    // and `@example`s give a `$ref` to it that example, not one built from its type (scalar-example.ts).
    return target?.enum != null || hasScalarExample(target) ? withExampleOf(docs, target) : docs;
  }

  /** The object with the schema's title, where its docs leave the title out (a union member is named after it). */
  titled(type: ObjectType, node: SchemaNode): ObjectType {
    const title = this.stainless && node.title && node.title !== node.idName ? node.title : null;
    return title === null ? type : { ...type, title };
  }
}
