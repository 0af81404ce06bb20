/**
 * Names of the standalone functions (`src/funcs/<name>.ts`) and of the error class each documented error status
 * is thrown as. Pure functions.
 */
import { boundedName, camelCase } from './case';
import { isSafeIdentifier } from './reserved';

const ERROR_CLASS_BY_STATUS: Record<string, string> = {
  '400': 'BadRequestError',
  '401': 'AuthenticationError',
  '403': 'PermissionDeniedError',
  '404': 'NotFoundError',
  '409': 'ConflictError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
};

/**
 * Longest function name, in UTF-8 bytes: it names a file (`src/funcs/<name>.ts`, with room left under the file
 * systems' 255 for a numeric suffix and the extension). A longer one is cut and ends in a hash of the whole name.
 */
const MAX_FUNCTION_NAME_LENGTH = 200;

/**
 * Function names for methods given as `[resourcePath, methodName]`, in order: `servers.releases` + `list` →
 * `serversReleasesList`, as Speakeasy names its standalone functions. Unique (a clash gets `2`, `3`… in order) and
 * never a reserved word (a lone `delete` becomes `deleteFn`).
 */
export function functionNames(methods: Array<[resourcePath: string, method: string]>): string[] {
  const taken = new Set<string>();
  return methods.map(([resourcePath, method]) => {
    const parts = [...resourcePath.split('.'), method].filter((part) => part !== '');
    let base = boundedName(camelCase(parts.join(' ')) || 'call', MAX_FUNCTION_NAME_LENGTH);
    if (!isSafeIdentifier(base)) base = `${base}Fn`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  });
}

/** The class an error response of `status` is thrown as ("404" → NotFoundError); `APIError` for the rest. */
export function errorClassName(status: string): string {
  if (/^5(\d\d|XX)$/i.test(status)) return 'InternalServerError';
  return ERROR_CLASS_BY_STATUS[status] ?? 'APIError';
}
