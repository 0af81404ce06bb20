/**
 * The package managers a generated repository can be set up for (the config's `packageManager`, Stainless's
 * `targets.typescript.options.package_manager`): package.json names the one chosen, and `scripts/bootstrap` installs
 * with it.
 */

export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn'] as const;
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/**
 * The version package.json names for each package manager but npm: pinned, as corepack and npx need an exact one
 * (the majors Stainless's own pnpm and Yarn repositories use). A migrated repository's own field wins.
 */
const PINNED_VERSIONS: Record<Exclude<PackageManager, 'npm'>, string> = {
  pnpm: '10.34.9',
  yarn: '1.22.22',
};

export function isPackageManager(value: unknown): value is PackageManager {
  return (PACKAGE_MANAGERS as readonly unknown[]).includes(value);
}

/** package.json's `packageManager` value (`pnpm@10.34.9`), or null for npm (npm needs none). */
export function packageManagerField(manager: PackageManager | null): string | null {
  return manager === null || manager === 'npm' ? null : `${manager}@${PINNED_VERSIONS[manager]}`;
}
