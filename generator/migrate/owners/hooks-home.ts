/**
 * Where the client methods the owners made theirs go (client-hooks.ts). Stainless's client module of an SDK whose
 * other packages extend its client declares the base class there (`export class BaseAnthropic`, which the bedrock and
 * vertex packages extend); sdkgen's declares that class in its core module and re-exports it from the client module
 * under Stainless's name (`export { AnthropicCore as BaseAnthropic }`). The methods go into that core class: it is the
 * class the old name stands for, so the other packages' clients inherit them as they did.
 */
import { escapeRegExp } from '../../escape-regexp';
import { CLASS_LINE } from '../reapply/members';
import type { CarriedHooks } from './client-hooks';
import { addedMethods } from './client-class';
import { importsUsedBy } from './module-imports';

export interface HooksHome {
  /** The module of sdkgen's that declares the class. */
  path: string;
  /** The class's name there. */
  className: string;
}

/**
 * The module and class of sdkgen's that Stainless's client class `className` is: the client module's class of that
 * name, else the class the client module re-exports under it from a module of sdkgen's (`coreModule`).
 */
export function hooksHome(
  className: string,
  client: { path: string; text: string },
  coreModule: { path: string; text: string } | null,
): HooksHome {
  const declares = (text: string, name: string) => text.split('\n').some((line) => CLASS_LINE.exec(line)?.[1] === name);
  if (declares(client.text, className) || coreModule === null) return { path: client.path, className };
  const alias = new RegExp(`^export\\s*\\{[^}]*?\\b([A-Za-z_$][\\w$]*)\\s+as\\s+${escapeRegExp(className)}\\b`, 'm');
  const declared = alias.exec(client.text)?.[1];
  if (declared !== undefined && declares(coreModule.text, declared))
    return { path: coreModule.path, className: declared };
  return { path: client.path, className };
}

/**
 * The hooks with the class's name in sdkgen's module; in sdkgen's core module, also with the methods the owners added
 * to Stainless's class (`calculateNonstreamingTimeout`), which their edits elsewhere call on the client: their hunks
 * could only be placed in the client module, where that class is not.
 */
export function withAddedMethods(
  hooks: CarriedHooks & { module: string },
  home: HooksHome,
  stainless: string | undefined,
): CarriedHooks & { module: string } {
  const renamed = { ...hooks, className: home.className };
  if (home.className === hooks.className || stainless === undefined) return renamed;
  const carried = new Set(hooks.methods.map((m) => m.name));
  const added = addedMethods(stainless, hooks.editedRest, hooks.className).filter((m) => !carried.has(m.name));
  if (added.length === 0) return renamed;
  let editedRest = hooks.editedRest;
  for (const method of added)
    editedRest = editedRest.replace(new RegExp(`${escapeRegExp(method.text)}\\n(\\s*\\n)?`), '');
  const imports = importsUsedBy(hooks.editedRest, added.map((m) => m.text).join('\n'));
  return {
    ...renamed,
    methods: [...hooks.methods, ...added],
    imports: [...hooks.imports, ...imports.filter((i) => !hooks.imports.includes(i))],
    editedRest,
  };
}
