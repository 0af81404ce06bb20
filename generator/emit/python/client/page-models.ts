/**
 * The models of a Python page class's object fields, as Stainless's `pagination.py` declares them: a page field that
 * is an object of its own (`page_info: { after }`) is typed by a model named after the page and the field
 * (`EntriesCursorPageInfo(BaseModel)`), declared before the page's classes; an object in it by one named after that
 * model and its field. A paging value read through such models is read attribute by attribute
 * (`self.page_info.after`), each step checked for None. A field the config gives as a `$ref` to a named schema is
 * read as that schema's type: an object of it is declared here the same way.
 */
import type { Property, TypeRef } from '../../../ir/types';
import { pyClassName, pyFieldName } from '../../../naming/python';
import { docstringLayout } from '../docs/doc-wrap';
import { pyDocstring, pyString } from '../docs/print-doc';

/** What a page field, or a field of one of its models, is in Python. */
export interface PageFieldShape {
  /** Its annotation, without the `Optional[...]` of a field that may be absent. */
  annotation: string;
  /** Whether None is one of its values (a nullable type). */
  nullable: boolean;
  /** A model's fields by wire key, when it is typed by a model declared here. */
  model?: Map<string, { name: string; shape: PageFieldShape; required: boolean }>;
}

/** A model class of `pagination.py`: its name and its lines. */
export interface PageModel {
  name: string;
  lines: string[];
}

/** The page fields' models of one `pagination.py`, by name (each name once in the module). */
export class PageModels {
  readonly models: PageModel[] = [];
  readonly #taken: Set<string>;

  readonly #schemaType: (id: string) => TypeRef | undefined;
  /** The named schemas whose shapes are being read: one met again inside itself is `object` there. */
  readonly #reading = new Set<string>();

  /**
   * `taken`: the module's other class names (the page classes'); `schemaType`: a named schema's type, for a field
   * the config gives as a `$ref` (read as the object it names, declared as the page's own model like an inline one).
   */
  constructor(taken: Iterable<string>, schemaType: (id: string) => TypeRef | undefined = () => undefined) {
    this.#taken = new Set(taken);
    this.#schemaType = schemaType;
  }

  /** The shape of a field of type `type`, declaring a model named `name` for an object with properties. */
  shape(type: TypeRef, name: string): PageFieldShape {
    const variants = type.kind === 'union' ? type.variants.filter((v) => v.kind !== 'null') : [type];
    const nullable = type.kind === 'union' && variants.length < type.variants.length;
    if (variants.length !== 1) return { annotation: 'object', nullable };
    const [only] = variants;
    switch (only.kind) {
      case 'ref': {
        const named = this.#reading.has(only.schemaId) ? undefined : this.#schemaType(only.schemaId);
        if (!named) return { annotation: 'object', nullable };
        this.#reading.add(only.schemaId);
        try {
          const shape = this.shape(named, name);
          return { ...shape, nullable: nullable || shape.nullable };
        } finally {
          this.#reading.delete(only.schemaId);
        }
      }
      case 'string':
        return { annotation: 'str', nullable };
      case 'integer':
        return { annotation: 'int', nullable };
      case 'number':
        return { annotation: 'float', nullable };
      case 'boolean':
        return { annotation: 'bool', nullable };
      case 'literal':
      case 'enum': {
        const values = only.kind === 'literal' ? [only.value] : only.values;
        const kinds = new Set(values.map((v) => typeof v));
        const annotation =
          kinds.size !== 1 ? 'object' : kinds.has('string') ? 'str' : kinds.has('boolean') ? 'bool' : 'float';
        return { annotation, nullable };
      }
      case 'array': {
        const items = this.shape(only.items, name);
        return { annotation: `List[${items.nullable ? `Optional[${items.annotation}]` : items.annotation}]`, nullable };
      }
      case 'object':
        if (only.properties.length === 0) return { annotation: 'object', nullable };
        return { ...this.#declare(only.properties, name), nullable };
      default:
        return { annotation: 'object', nullable };
    }
  }

  /**
   * The shape of the page field that holds the items at a nested path (`result` of `result.items`): a generic model
   * (`<Page>Result(GenericModel, Generic[_T])`) whose field on the path is `List[_T]`, with the paging values read
   * under the same field (`result.next_cursor`) beside it, typed by `values`' annotations; an object on the way is a
   * model of its own, generic when the items are in it. Every field may be absent.
   */
  itemsContainer(
    items: string[],
    values: Array<{ path: string[]; annotation: string }>,
    wanted: string,
  ): PageFieldShape {
    interface Node {
      children: Map<string, Node>;
      leaf: string | null;
    }
    const root: Node = { children: new Map(), leaf: null };
    const add = (path: string[], leaf: string) => {
      let node = root;
      for (const key of path.slice(1)) {
        let child = node.children.get(key);
        if (!child) node.children.set(key, (child = { children: new Map(), leaf: null }));
        node = child;
      }
      // (A value whose path is an object the items are in, or the items' own, is not declared over them.)
      if (node.children.size === 0 && node.leaf === null) node.leaf = leaf;
    };
    add(items, 'List[_T]');
    for (const value of values)
      if (value.path[0] === items[0] && value.path.length > 1) add(value.path, value.annotation);
    const generic = (node: Node): boolean => node.leaf === 'List[_T]' || [...node.children.values()].some(generic);
    const declare = (node: Node, wanted: string): PageFieldShape => {
      if (node.leaf !== null) return { annotation: node.leaf, nullable: false };
      let name = wanted;
      for (let n = 2; this.#taken.has(name); n++) name = `${wanted}${n}`;
      this.#taken.add(name);
      const model: NonNullable<PageFieldShape['model']> = new Map();
      const body: string[] = [];
      for (const [key, child] of node.children) {
        const field = pyFieldName(key);
        const shape = declare(child, `${name}${pyClassName(key)}`);
        model.set(key, { name: field, shape, required: false });
        const value = field !== key ? ` = FieldInfo(alias=${pyString(key)}, default=None)` : ' = None';
        body.push(`    ${field}: Optional[${shape.annotation}]${value}`, '');
      }
      body.pop();
      const isGeneric = generic(node);
      this.models.push({
        name,
        lines: [`class ${name}(${isGeneric ? 'GenericModel, Generic[_T]' : 'BaseModel'}):`, ...body],
      });
      return { annotation: isGeneric ? `${name}[_T]` : name, nullable: false, model };
    };
    return declare(root, wanted);
  }

  #declare(properties: Property[], wanted: string): Omit<PageFieldShape, 'nullable'> {
    let name = wanted;
    for (let n = 2; this.#taken.has(name); n++) name = `${wanted}${n}`;
    this.#taken.add(name);
    const model: NonNullable<PageFieldShape['model']> = new Map();
    const body: string[] = [];
    for (const property of properties) {
      const field = pyFieldName(property.key);
      const shape = this.shape(property.type, `${name}${pyClassName(property.key)}`);
      model.set(property.key, { name: field, shape, required: property.required });
      const optional = !property.required || shape.nullable;
      const annotation = optional ? `Optional[${shape.annotation}]` : shape.annotation;
      const value =
        field !== property.key
          ? ` = FieldInfo(alias=${pyString(property.key)}${optional ? ', default=None' : ''})`
          : optional
            ? ' = None'
            : '';
      body.push(`    ${field}: ${annotation}${value}`);
      const laid = docstringLayout(property.docs.description ?? '', true);
      const doc = pyDocstring(laid.text, '    ', laid.text !== '' && laid.opensOnOwnLine);
      // (Every field set apart by a blank line, as Stainless's models write them.)
      body.push(...(doc ? [`    ${doc}`] : []), '');
    }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    // (Declared after the models it holds: each is declared as its shape is read, innermost first.)
    this.models.push({ name, lines: [`class ${name}(BaseModel):`, ...body] });
    return { annotation: name, model };
  }
}

/**
 * `local = <the value at path in the page>`, read through the page's models (`self.page_info.after`), each step
 * checked for None (a step the model says is never None: so marked for pyright), or null when a step of the path is
 * not a model's field.
 */
export function readThroughModels(
  path: string[],
  top: PageFieldShape | undefined,
  local: string,
  annotation: string | null,
  topRequired = false,
): string[] | null {
  if (path.length < 2 || !top?.model) return null;
  const steps: Array<{ expr: string; required: boolean }> = [];
  let expr = `self.${pyFieldName(path[0])}`;
  steps.push({ expr, required: topRequired });
  let shape: PageFieldShape | undefined = top;
  for (const key of path.slice(1)) {
    const field: { name: string; shape: PageFieldShape; required: boolean } | undefined = shape?.model?.get(key);
    if (!field) return null;
    expr = `${expr}.${field.name}`;
    steps.push({ expr, required: field.required && !field.shape.nullable });
    shape = field.shape;
  }
  const lines = [`        ${local}${annotation ? `: ${annotation}` : ''} = None`];
  steps.forEach((step, depth) => {
    const indent = '    '.repeat(depth + 2);
    if (depth === steps.length - 1) {
      const ignore = step.required ? '  # pyright: ignore[reportUnnecessaryComparison]' : '';
      lines.push(`${indent}if ${step.expr} is not None:${ignore}`, `${indent}    ${local} = ${step.expr}`);
    } else {
      const ignore = step.required ? '  # pyright: ignore[reportUnnecessaryComparison]' : '';
      lines.push(`${indent}if ${step.expr} is not None:${ignore}`);
    }
  });
  return lines;
}
