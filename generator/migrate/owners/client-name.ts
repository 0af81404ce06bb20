/**
 * The SDK's client class under another name in sdkgen's client module than in Stainless's (the config names it
 * otherwise: its organisation's name, or a `client_name` Stainless's run did not read). The owners' members added to
 * Stainless's class go into sdkgen's class of that role (reapply/hunks.ts, `renamedClasses`), and the rename is for a
 * person to settle, since code that imports the class by its old name breaks. Pure helpers of plan.ts.
 */
import type { MigrationPlan } from '../migration-plan';
import { asSdkgenNames, renamedProperties, type RenamedProperty } from '../reapply/renamed-properties';
import { CLIENT_MODULE } from './client-hooks';
import { clientClassOf } from './client-class';

export interface ClientRenamed {
  /** The class as the released SDK exports it. */
  published: string;
  /** The class as sdkgen's client module declares it. */
  rendered: string;
}

/** The client class's two names, where the repository's client module and sdkgen's name it differently; else null. */
export function clientRenamed(
  current: ReadonlyArray<{ path: string; text: string | null }>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): ClientRenamed | null {
  const published = clientClassOf(current.find((f) => f.path === CLIENT_MODULE)?.text ?? null);
  const ours = clientClassOf(rendered.find((f) => f.path === CLIENT_MODULE)?.contents ?? null);
  return published !== null && ours !== null && published !== ours ? { published, rendered: ours } : null;
}

/** What sdkgen names otherwise than Stainless: the client class, and resources' properties (renamed-properties.ts). */
export interface SdkgenRenames {
  client: ClientRenamed | null;
  properties: RenamedProperty[];
}

/** Stainless's names (its api.md as Stainless wrote it, else as the repository has it) against sdkgen's. */
export function sdkgenRenames(
  current: ReadonlyArray<{ path: string; text: string | null }>,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
  pristine: ReadonlyMap<string, string> | undefined,
): SdkgenRenames {
  const stainless = (path: string) => pristine?.get(path) ?? current.find((f) => f.path === path)?.text ?? null;
  const sdkgen = (path: string) => rendered.find((f) => f.path === path)?.contents ?? null;
  return { client: clientRenamed(current, rendered), properties: renamedProperties(stainless, sdkgen) };
}

/** How the owners' edits of `path` are looked for in sdkgen's module under sdkgen's names (reapply/hunks.ts). */
export function renamesFor(
  path: string,
  renames: SdkgenRenames,
): { renamedClasses?: Record<string, string>; asSdkgenNames: ((line: string) => string) | null } {
  const renamed = renames.client;
  return {
    ...(path === CLIENT_MODULE && renamed !== null
      ? { renamedClasses: { [renamed.published]: renamed.rendered } }
      : {}),
    asSdkgenNames: asSdkgenNames(renames.properties),
  };
}

/** What a person must settle about the rename: the config should name the class as the SDK's users import it. */
export function clientRenameNeedsHand({ published, rendered }: ClientRenamed): MigrationPlan['needsHand'][number] {
  return {
    path: CLIENT_MODULE,
    reason:
      `your SDK's client class is ${published}, but the config names it ${rendered}: code that imports ` +
      `{ ${published} } or catches ${published}Error would break, so name it in the config ` +
      `(targets.typescript.options.client_name: ${published})`,
  };
}
