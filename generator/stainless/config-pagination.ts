/**
 * The pagination schemes of a Stainless config (`pagination`): each scheme's type and which request and response
 * fields carry its cursor, offset or items, from the fields' `x-stainless-pagination-property`.
 */
import { isMapping, type ConfigReader } from './config-reader';
import type { PagingParamType, StainlessPagination } from './config-types';

const PAGING_PARAM_TYPES: readonly unknown[] = ['string', 'integer', 'number', 'boolean'];

const PAGINATION_TYPES = [
  'cursor',
  'cursor_id',
  'cursor_url',
  'offset',
  'page_number',
  'fake_page',
  'cursor_uri',
] as const;

export function readPagination(reader: ConfigReader, top: Record<string, unknown>): StainlessPagination[] {
  const { invalid, str, map, list, oneOf } = reader;
  /** Where a pagination field says what it is for: `x-stainless-pagination-property.purpose`. */
  const paginationPurpose = (schema: unknown): string | null => {
    if (!isMapping(schema)) return null;
    const prop = schema['x-stainless-pagination-property'];
    return isMapping(prop) && typeof prop.purpose === 'string' ? prop.purpose : null;
  };
  /** A scheme's response fields, with those in its object fields' `properties` (any depth). */
  const paginationResponseFields = (
    fields: Record<string, unknown>,
    parent: string[],
    where: string,
  ): StainlessPagination['response'] =>
    Object.entries(fields).flatMap(([n, schema]) => {
      const path = [...parent, n];
      const property = isMapping(schema) ? schema['x-stainless-pagination-property'] : undefined;
      const field = {
        name: path[0],
        path,
        purpose: paginationPurpose(schema),
        isArray: isMapping(schema) && schema.type === 'array',
        fromHeader: isMapping(property) ? (str(property.from_header, `${where}.${n}.from_header`) ?? null) : null,
        ...(isMapping(property) && property.is_top_level_array === true ? { topLevelArray: true } : {}),
        ...(isMapping(property) && property.required === true ? { required: true as const } : {}),
      };
      const nested =
        isMapping(schema) && isMapping(schema.properties)
          ? paginationResponseFields(schema.properties, path, `${where}.${n}.properties`)
          : [];
      // The items' own fields (`cursor_id`'s `id`, purpose `cursor_item_id`): the array's path, and theirs in an item.
      const items = isMapping(schema) && isMapping(schema.items) ? schema.items : null;
      const inItems =
        items && isMapping(items.properties)
          ? Object.entries(items.properties).map(([key, itemSchema]) => ({
              name: path[0],
              path,
              purpose: paginationPurpose(itemSchema),
              isArray: false,
              fromHeader: null,
              itemPath: [key],
              ...(Array.isArray(items.required) && items.required.includes(key) ? { required: true as const } : {}),
            }))
          : [];
      return [field, ...nested, ...inItems];
    });
  const pagination = list(top.pagination, 'pagination').flatMap((value, i): StainlessPagination[] => {
    const where = `pagination[${i}]`;
    const p = map(value, where);
    const name = str(p.name, `${where}.name`);
    if (!name) {
      invalid(`${where}.name`, 'every pagination scheme needs a name; the scheme is left out');
      return [];
    }
    const type = oneOf(p.type, `${where}.type`, PAGINATION_TYPES);
    if (!type) {
      if (p.type === undefined)
        invalid(`${where}.type`, 'every pagination scheme needs a type; the scheme is left out');
      return [];
    }
    const response = map(p.response, `${where}.response`);
    return [
      {
        name,
        where,
        type,
        request: Object.entries(map(p.request, `${where}.request`)).map(([n, schema]) => ({
          name: n,
          purpose: paginationPurpose(schema),
          type:
            isMapping(schema) && PAGING_PARAM_TYPES.includes(schema.type as PagingParamType)
              ? (schema.type as PagingParamType)
              : null,
        })),
        response: paginationResponseFields(response, [], `${where}.response`),
        responseSchemas: response,
      },
    ];
  });
  return pagination;
}
