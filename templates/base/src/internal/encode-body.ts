import {
  binaryBody,
  encodeJSONBody,
  needs,
  type APIRequest,
  type EncodedBody,
  type FetchBody,
} from '../core/base-client.js';
import { stringifyFormQuery, stringifyQuery, type QueryStyle } from './query.js';

/**
 * The fetch body and Content-Type of a request of any `bodyEncoding`: the methods whose bodies are not JSON pass it
 * (`encode: encodeBody`), so that programs sending only JSON bodies do not bundle it.
 */
export async function encodeBody(req: APIRequest): Promise<EncodedBody> {
  const { body, contentType } = req;
  switch (req.bodyEncoding) {
    case 'form':
      return [stringifyFormQuery(body as Record<string, unknown>), 'application/x-www-form-urlencoded'];
    case 'text':
      return [String(body), contentType ?? 'text/plain'];
    case 'multipart': {
      if (!req.multipart) throw needs("bodyEncoding: 'multipart'", 'multipart: toFormData');
      const form = await req.multipart(body, req.jsonParts ?? [], req.repeatParts ?? []);
      // A form with JSON parts is written out (their media type is one FormData cannot send) by the writer
      // core/uploads' `toFormData` gave it, read by its registered symbol: this module does not import uploads.
      const write = (form as unknown as Record<symbol, unknown>)[Symbol.for('sdkgen.multipartBody')];
      return typeof write === 'function' ? (write as () => EncodedBody)() : [form, undefined];
    }
    case 'binary':
      return binaryBody(
        req.binary
          ? await req.binary(body)
          : body instanceof Blob
            ? body
            : await new Response(body as FetchBody).blob(),
        contentType,
      );
    default:
      return encodeJSONBody(req);
  }
}

/**
 * The `encode` of a form (`application/x-www-form-urlencoded`) whose `encoding` gives fields a style of their own or
 * `allowReserved` (OpenAPI's Encoding Object): each field written as a query parameter of that style would be
 * (`ids=1,2`, `filter[a]=x`, `tags=a|b`), the others the default way (`form`, exploded), as `encodeBody` writes them.
 */
export function styledFormBody(
  styles: Record<string, QueryStyle>,
  reserved: readonly string[] = [],
): (req: APIRequest) => Promise<EncodedBody> {
  return async (req) => {
    if (req.bodyEncoding !== 'form') return encodeBody(req);
    return [
      stringifyQuery(req.body as Record<string, unknown>, styles, reserved),
      'application/x-www-form-urlencoded',
    ];
  };
}
