/**
 * Swagger 2.0 → OpenAPI 3.0.3 (see swagger2.ts): what an operation sends and gets back: parameters, request bodies
 * (from a body parameter or formData parameters) and responses with their headers.
 */
import { pointerJoin } from '../diagnostics';
import type { Slot } from './swagger2-plan';
import {
  type Obj,
  VALUE_SCHEMA_KEYS,
  SCHEMA_EXTENSIONS,
  isObj,
  isExt,
  sameList,
  isUrlEncoded,
  responseMediaTypes,
  child,
  refChild,
} from './swagger2-shared';
import { Swagger2SchemaConverter } from './swagger2-schemas';

export class Swagger2MessageConverter extends Swagger2SchemaConverter {
  // -------------------------------------------------------------------------------------------------
  // Parameters

  /** A non-body, non-form parameter: value fields move into `schema`, collectionFormat into style/explode. */
  protected convertParameter(param: Obj, ptr: string): Obj {
    const out: Obj = {};
    const where = typeof param.in === 'string' ? param.in : '';
    for (const key of ['name', 'in', 'description', 'required', 'deprecated', 'allowEmptyValue']) {
      if (param[key] !== undefined) out[key] = this.copy(param[key], child(ptr, key));
    }
    if (where === 'path' && param.required !== true) {
      this.warn(
        'swagger2-path-param-not-required',
        ptr,
        `Path parameter "${String(param.name)}" is not marked required; made it required.`,
        'Add `required: true`.',
      );
      out.required = true;
    }
    if (!['query', 'header', 'path', 'cookie'].includes(where)) {
      this.warn(
        'swagger2-unknown-parameter-location',
        pointerJoin(ptr, 'in'),
        `Unknown parameter location "${where}".`,
        'Use one of query, header, path, formData, body.',
      );
    }
    if (param.type === 'file') {
      this.warn(
        'swagger2-file-param-outside-form',
        pointerJoin(ptr, 'type'),
        '`type: file` is only allowed for formData parameters; treated as a binary string.',
        'Make it a formData parameter.',
      );
    }

    if (param.type === 'array') {
      const style = this.collectionStyle(
        where === 'query' ? 'query' : 'simple',
        param.collectionFormat,
        pointerJoin(ptr, 'collectionFormat'),
      );
      if (style) Object.assign(out, style);
    }
    out.schema = this.valueSchema(param, ptr, false);

    const example = param.example !== undefined ? param.example : param['x-example'];
    if (example !== undefined) out.example = this.copy(example, ptr);

    for (const [key, value] of Object.entries(param)) {
      if (isExt(key) && key !== 'x-nullable' && !SCHEMA_EXTENSIONS.has(key))
        out[key] = this.copy(value, child(ptr, key));
    }
    return out;
  }

  /**
   * The schema of a parameter, header or form field: its value fields (type, format, items, enum, ...)
   * as a 3.0 schema. For form fields the description and extensions go into the schema too.
   */
  protected valueSchema(node: Obj, ptr: string, formField: boolean): unknown {
    // Some "2.0" documents already use a 3.0-style `schema` on non-body parameters.
    if (!formField && isObj(node.schema)) return this.convertSchema(node.schema, pointerJoin(ptr, 'schema'));
    const src: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      if (VALUE_SCHEMA_KEYS.has(key) || SCHEMA_EXTENSIONS.has(key)) src[key] = value;
      else if (formField && (key === 'description' || (isExt(key) && key !== 'x-example'))) src[key] = value;
      else if (formField && (key === 'example' || key === 'x-example') && src.example === undefined)
        src.example = value;
    }
    if (isObj(node.items) && node.items.collectionFormat !== undefined) {
      this.warn(
        'swagger2-nested-collection-format',
        pointerJoin(ptr, 'items', 'collectionFormat'),
        'collectionFormat of nested arrays has no OpenAPI 3.0 equivalent; ignored.',
        'Avoid arrays of arrays in parameters.',
      );
    }
    return this.convertSchema(src, ptr);
  }

  /**
   * collectionFormat → style/explode. `location` is the 3.0 serialisation family: query (and form
   * fields: style form), or simple (path and header). Swagger's default is csv.
   */
  protected collectionStyle(location: 'query' | 'simple', format: unknown, ptr: string): Obj | undefined {
    let cf = format === undefined ? 'csv' : format;
    if (cf === 'tsv') {
      this.warn(
        'swagger2-tsv-collection-format',
        ptr,
        'collectionFormat tsv has no OpenAPI 3.0 equivalent; treated as csv.',
        'Use csv, ssv, pipes or multi.',
      );
      cf = 'csv';
    }
    if (location === 'simple') {
      // simple is comma-separated, the 3.0 default for path and header: nothing to say.
      if (cf !== 'csv') {
        this.warn(
          'swagger2-unsupported-collection-format',
          ptr,
          `collectionFormat ${String(cf)} is not supported for path and header parameters in OpenAPI 3.0; treated as csv.`,
          'Use csv.',
        );
      }
      return undefined;
    }
    switch (cf) {
      case 'csv':
        return { style: 'form', explode: false };
      case 'ssv':
        return { style: 'spaceDelimited', explode: false };
      case 'pipes':
        return { style: 'pipeDelimited', explode: false };
      case 'multi':
        return { style: 'form', explode: true };
      default:
        this.warn(
          'swagger2-unsupported-collection-format',
          ptr,
          `Unknown collectionFormat "${String(cf)}"; treated as csv.`,
          'Use csv, ssv, pipes or multi.',
        );
        return { style: 'form', explode: false };
    }
  }

  /** The request body made from a body parameter (operation- or path-level, inline or `$ref`). */
  protected bodyRequestBody(slot: Slot, consumes: string[], bodyName: string | undefined): unknown {
    const param = slot.node as Obj;
    if (slot.ref === undefined) return this.requestBodyFromParam(param, slot.pointer, consumes, bodyName);

    // A referenced body parameter. `#/parameters/X` becomes `#/components/requestBodies/X`; refer to it
    // when it fits as is (same media types, same body name).
    const isComponent = /#\/parameters\/[^/]+$/.test(slot.ref);
    const sameName = bodyName === undefined || bodyName === param.name;
    if (isComponent && sameName && sameList(consumes, slot.source.consumes))
      return this.refObject(slot.ref, slot.pointer);

    // Otherwise an inline body whose schema refers to where the parameter's schema went.
    let schemaRef = refChild(slot.ref, 'schema');
    if (slot.source === this.planner.main && isObj(param.schema) && typeof param.schema.$ref === 'string')
      schemaRef = param.schema.$ref;
    const schema = this.refObject(schemaRef, slot.pointer);
    return this.within(slot.source, () => this.requestBodyObject(param, slot.nodePointer, schema, consumes, bodyName));
  }

  protected requestBodyFromParam(param: Obj, ptr: string, consumes: string[], bodyName: string | undefined): Obj {
    let schema: unknown;
    if (param.schema !== undefined) schema = this.convertSchema(param.schema, pointerJoin(ptr, 'schema'));
    else {
      this.warn(
        'swagger2-body-missing-schema',
        ptr,
        'Body parameter has no `schema`; the body accepts anything.',
        'Add a schema to the body parameter.',
      );
      schema = {};
    }
    return this.requestBodyObject(param, ptr, schema, consumes, bodyName);
  }

  /** `{ description, content: { <mt>: { schema, example } }, required, x-…, x-body-name }`. */
  protected requestBodyObject(
    param: Obj,
    ptr: string,
    schema: unknown,
    consumes: string[],
    bodyName: string | undefined,
  ): Obj {
    const out: Obj = {};
    if (param.description !== undefined)
      out.description = this.copy(param.description, pointerJoin(ptr, 'description'));
    const examples = isObj(param['x-examples']) ? param['x-examples'] : undefined;
    const content: Obj = {};
    for (const mt of consumes) {
      const media: Obj = { schema };
      if (examples && examples[mt] !== undefined)
        media.example = this.copy(examples[mt], pointerJoin(ptr, 'x-examples', mt));
      content[mt] = media;
    }
    out.content = content;
    if (typeof param.required === 'boolean') out.required = param.required;
    for (const [key, value] of Object.entries(param)) {
      if (isExt(key) && key !== 'x-body-name') out[key] = this.copy(value, child(ptr, key));
    }
    const name = bodyName ?? (typeof param.name === 'string' ? param.name : undefined);
    if (name !== undefined) out['x-body-name'] = name;
    return out;
  }

  /** The request body made from formData parameters: one object schema, one property per field. */
  protected formRequestBody(slots: Slot[], mediaTypes: string[], bodyName: string | undefined): Obj {
    const properties: Obj = {};
    const required: string[] = [];
    const encoding: Obj = {};
    for (const slot of slots) {
      const param = slot.node as Obj;
      if (typeof param.name !== 'string') {
        this.within(slot.source, () =>
          this.warn(
            'swagger2-invalid-parameter',
            slot.nodePointer,
            'formData parameter has no `name`; it was dropped.',
            'Add a name.',
          ),
        );
        continue;
      }
      const name = param.name;
      properties[name] = this.within(slot.source, () => this.valueSchema(param, slot.nodePointer, true));
      if (param.required === true) required.push(name);
      if (param.type === 'array') {
        const style = this.within(slot.source, () =>
          this.collectionStyle('query', param.collectionFormat, pointerJoin(slot.nodePointer, 'collectionFormat')),
        );
        // form + explode is the 3.0 default; anything else needs an encoding entry.
        if (style && !(style.style === 'form' && style.explode === true)) encoding[name] = style;
      }
    }
    const schema: Obj = { type: 'object', properties };
    if (required.length > 0) schema.required = required;

    const content: Obj = {};
    for (const mt of mediaTypes) {
      const media: Obj = { schema };
      // style/explode encodings only apply to application/x-www-form-urlencoded.
      if (isUrlEncoded(mt) && Object.keys(encoding).length > 0) media.encoding = encoding;
      content[mt] = media;
    }
    const out: Obj = { content };
    if (required.length > 0) out.required = true;
    if (bodyName !== undefined) out['x-body-name'] = bodyName;
    return out;
  }

  // -------------------------------------------------------------------------------------------------
  // Responses

  protected convertResponses(responses: unknown, ptr: string, produces: string[]): unknown {
    if (!isObj(responses)) {
      this.warn('swagger2-invalid-responses', ptr, '`responses` is not an object; copied as is.');
      return this.copy(responses, ptr);
    }
    const out: Obj = {};
    for (const [code, response] of Object.entries(responses)) {
      const codePtr = child(ptr, code);
      if (isExt(code)) out[code] = this.copy(response, codePtr);
      else if (isObj(response)) out[code] = this.convertResponseOrRef(response, codePtr, produces);
      else this.warn('swagger2-invalid-response', codePtr, 'Response is not an object; it was dropped.');
    }
    return out;
  }

  protected convertResponseOrRef(response: unknown, ptr: string, produces: string[]): unknown {
    if (isObj(response) && typeof response.$ref === 'string') return this.refObject(response.$ref, ptr);
    if (!isObj(response)) return this.copy(response, ptr);
    return this.convertResponse(response, ptr, produces);
  }

  /** `schema` → `content` per media type, `examples` → content examples, headers → 3.0 headers. */
  protected convertResponse(response: Obj, ptr: string, produces: string[]): Obj {
    const out: Obj = { description: response.description === undefined ? '' : String(response.description) };

    if (isObj(response.headers)) {
      const headers: Obj = {};
      for (const [name, header] of Object.entries(response.headers)) {
        headers[name] = this.convertHeader(header, pointerJoin(ptr, 'headers', name));
      }
      out.headers = headers;
    }

    let content: Obj | undefined;
    let schema: unknown;
    if (response.schema !== undefined) {
      schema = this.convertSchema(response.schema, pointerJoin(ptr, 'schema'));
      content = {};
      for (const mt of responseMediaTypes(produces, response.schema)) content[mt] = { schema };
    }
    if (isObj(response.examples)) {
      content ??= {};
      for (const [mt, example] of Object.entries(response.examples)) {
        const media = (
          isObj(content[mt]) ? content[mt] : (content[mt] = schema !== undefined ? { schema } : {})
        ) as Obj;
        media.example = this.copy(example, pointerJoin(ptr, 'examples', mt));
      }
    }
    if (content) out.content = content;

    for (const [key, value] of Object.entries(response)) {
      if (isExt(key)) out[key] = this.copy(value, child(ptr, key));
      else if (!['description', 'schema', 'headers', 'examples'].includes(key)) {
        this.warn('swagger2-unknown-field', child(ptr, key), `Unknown response field \`${key}\` was dropped.`);
      }
    }
    return out;
  }

  protected convertHeader(header: unknown, ptr: string): unknown {
    if (!isObj(header)) return this.copy(header, ptr);
    if (typeof header.$ref === 'string') return this.refObject(header.$ref, ptr);
    const out: Obj = {};
    if (header.description !== undefined)
      out.description = this.copy(header.description, pointerJoin(ptr, 'description'));
    if (header.type === 'array')
      this.collectionStyle('simple', header.collectionFormat, pointerJoin(ptr, 'collectionFormat'));
    out.schema = this.valueSchema(header, ptr, false);
    const example = header.example !== undefined ? header.example : header['x-example'];
    if (example !== undefined) out.example = this.copy(example, ptr);
    for (const [key, value] of Object.entries(header)) {
      if (isExt(key) && key !== 'x-nullable' && !SCHEMA_EXTENSIONS.has(key))
        out[key] = this.copy(value, child(ptr, key));
    }
    return out;
  }
}
