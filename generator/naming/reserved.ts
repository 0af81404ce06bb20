/**
 * Words that cannot be used as identifiers in the emitted code, and names the emitted code itself uses.
 */

/** ECMAScript reserved words and strict-mode restrictions: never a bare identifier. */
export const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments',
  'eval', 'undefined', 'NaN', 'Infinity',
]);

/** Type names TypeScript reserves (cannot name an interface or type alias). */
export const RESERVED_TYPE_NAMES = new Set([
  'any', 'unknown', 'never', 'object', 'string', 'number', 'boolean', 'bigint', 'symbol', 'void', 'null', 'undefined',
  'type', 'namespace', 'module', 'declare', 'readonly', 'keyof', 'infer', 'is', 'asserts', 'as', 'from', 'of',
  'get', 'set', 'constructor', 'require', 'global', 'satisfies', 'accessor', 'out',
]);

/**
 * Exported names that would shadow what the generated code uses (globals and runtime exports).
 * A schema with such a name is qualified with the client name ("Response" → "SmitheryResponse").
 */
export const TAKEN_TYPE_NAMES = new Set([
  'Error', 'Response', 'Request', 'Promise', 'Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Array',
  'Object', 'String', 'Number', 'Boolean', 'Symbol', 'Date', 'Map', 'Set', 'File', 'Blob', 'Headers', 'FormData',
  'URL', 'URLSearchParams', 'ReadableStream', 'AbortSignal', 'AbortController', 'Function', 'JSON', 'Math', 'BigInt',
  'Uint8Array', 'ArrayBuffer', 'Iterable', 'AsyncIterable', 'RegExp', 'Exclude', 'Extract', 'NonNullable',
  'ReturnType', 'Awaited', 'Parameters', 'InstanceType', 'RequestInit', 'Event', 'EventTarget', 'TextDecoder',
  'TextEncoder', 'Uploadable', 'APIPromise', 'PagePromise', 'RequestOptions', 'APIResource', 'Stream',
  'ServerSentEvent', 'ClientOptions', 'BaseClient', 'APIError', 'AbstractPage', 'Core', 'Errors', 'Uploads', 'API',
  'Shared',
]);

/** Method names that would break a resource class (inherited members or runtime fields). */
export const TAKEN_METHOD_NAMES = new Set(['constructor', '_client', 'prototype', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A plain identifier usable as a property name without quotes. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A plain identifier usable as a variable name (not a reserved word). */
export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name) && !RESERVED_TYPE_NAMES.has(name);
}
