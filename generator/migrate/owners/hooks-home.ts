/**
 * Where the client methods the owners made theirs go (client-hooks.ts). Stainless's client module of an SDK whose
 * other packages extend its client declares the base class there (`export class BaseAnthropic`, which the bedrock and
 * vertex packages extend); sdkgen's declares that class in its core module and re-exports it from the client module
 * under Stainless's name (`export { AnthropicCore as BaseAnthropic }`). The methods go into that core class: it is the
 * class the old name stands for, so the other packages' clients inherit them as they did.
 */
import { escapeRegExp } from '../../escape-regexp';
import { CLASS_LINE } from '../reapply/members';

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
