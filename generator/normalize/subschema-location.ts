/**
 * The place of a subschema in the normalized spec (schema.ts): a `Location` whose JSON pointer is joined from its
 * parent's only when something asks for it.
 */
import { escapePointerToken } from '../diagnostics';
import type { Location, SpecDocument } from '../load/load';

/**
 * Where a subschema is: below its parent's place, at a keyword (and a property name or list index). Its pointer is
 * joined when first asked for: most of a spec's subschemas are never named nor warned about, and a pointer joined for
 * each costs strings and escaping.
 */
export class SubschemaLocation implements Location {
  readonly doc: SpecDocument;
  private joined: string | null = null;

  constructor(
    private readonly parent: Location,
    private readonly keyword: string,
    private readonly token: string | number | null,
  ) {
    this.doc = parent.doc;
  }

  get pointer(): string {
    if (this.joined === null)
      this.joined =
        this.token === null
          ? `${this.parent.pointer}/${this.keyword}`
          : `${this.parent.pointer}/${this.keyword}/${escapePointerToken(this.token)}`;
    return this.joined;
  }
}
