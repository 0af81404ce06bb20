/**
 * How the derived config's matcher keys the types api.md lists: by name, or, where api.md lists one name in several
 * modules (openai-node's Assistants `FileSearchTool`, the spec's `AssistantToolsFileSearch`, and the Responses API's
 * `FileSearchTool`), by name and the module api.md links (`FileSearchTool src/resources/beta/assistants.ts`), so that
 * each is matched to a schema of its own. A declaration naming such a type (a union's variant) names the one it imports:
 * `ResponsesAPI.FileSearchTool` through `import * as ResponsesAPI from '../responses/responses'`, a bare
 * `FileSearchTool` the one its own module declares.
 */
import { posix } from 'node:path';
import type { ApiType } from '../../diff/api-md';
import { escapeRegExp } from '../../escape-regexp';
import { declaringModule, modulePaths } from './declaring-module';

/** The type's name in a key (a key is the name, or the name, a space and the module api.md links). */
export function keyName(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** The key of each type api.md lists (`types`: all of them), without reading its modules. */
export function typeKeyOf(types: readonly ApiType[]): (type: ApiType) => string {
  const modules = new Map<string, Set<string>>();
  for (const type of types) modules.set(type.name, (modules.get(type.name) ?? new Set()).add(linked(type)));
  return (type) => ((modules.get(type.name)?.size ?? 0) > 1 ? `${type.name} ${linked(type)}` : type.name);
}

/** The module api.md links a type in, as `text` reads it (`src/resources/beta/assistants.ts`). */
const linked = (type: ApiType) => type.module.replace(/^\.\//, '');

export interface TypeKeys {
  /** The key of a type api.md lists. */
  keyOf(type: ApiType): string;
  /** The module declaring a type api.md lists (the one api.md links may only re-export it). */
  moduleOf(type: ApiType): string;
  /**
   * The key of the type a declaration in module `from` names (`ResponsesAPI.FileSearchTool`, `FileSearchTool`): the
   * listed one it resolves to where the name is listed in several modules, else its name.
   */
  resolve(reference: string, from: string): string;
}

export function typeKeys(types: readonly ApiType[], text: (path: string) => string | null): TypeKeys {
  const declared = new Map<ApiType, string>();
  const moduleOf = (type: ApiType) => {
    let module = declared.get(type);
    if (module === undefined) {
      module = declaringModule(type.name, linked(type), text);
      declared.set(type, module);
    }
    return module;
  };
  const keyOf = typeKeyOf(types);
  /** The key of the type of `name` api.md lists that `module` declares (or links); its name where none is. */
  const declaredIn = (name: string, module: string) => {
    const listed = types.filter((t) => t.name === name);
    const type = listed.find((t) => moduleOf(t) === module) ?? listed.find((t) => linked(t) === module);
    return type ? keyOf(type) : name;
  };
  return {
    keyOf,
    moduleOf,
    resolve(reference, from) {
      const dot = reference.lastIndexOf('.');
      const name = reference.slice(dot + 1);
      if (!types.some((t) => t.name === name && keyOf(t) !== name)) return name;
      if (dot < 0) return declaredIn(name, from);
      const qualifier = reference.slice(0, dot);
      const specifier = new RegExp(
        `^import \\* as ${escapeRegExp(qualifier)} from ['"](\\.{1,2}/[^'"]*)['"]`,
        'm',
      ).exec(text(from) ?? '')?.[1];
      if (specifier === undefined) return name;
      for (const candidate of modulePaths(posix.join(posix.dirname(from), specifier))) {
        if (text(candidate) === null) continue;
        const key = declaredIn(name, declaringModule(name, candidate, text));
        if (key !== name) return key;
      }
      return name;
    },
  };
}

/**
 * The listings of a name api.md lists in several modules that alias another of them (`export type ChatModel =
 * Shared.ChatModel;` in chat's module, beside shared's declaration): each one's key, to that one's.
 */
export function aliasedKeys(types: readonly ApiType[], text: (path: string) => string | null): Map<string, string> {
  const keys = typeKeys(types, text);
  const listed = new Set(types.map((type) => keys.keyOf(type)));
  const aliases = new Map<string, string>();
  for (const type of types) {
    const key = keys.keyOf(type);
    if (key === type.name) continue;
    const module = keys.moduleOf(type);
    const pattern = new RegExp(`^export type ${escapeRegExp(type.name)} = ([\\w$]+(?:\\.[\\w$]+)?);`, 'm');
    const reference = pattern.exec(text(module) ?? '')?.[1];
    const target = reference === undefined ? null : keys.resolve(reference, module);
    if (target !== null && target !== key && listed.has(target)) aliases.set(key, target);
  }
  return aliases;
}
