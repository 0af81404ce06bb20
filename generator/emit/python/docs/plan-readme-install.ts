/**
 * The README's install commands (plan-readme.ts): pip's, from PyPI or, for a package a Stainless config keeps off PyPI
 * (`publish.pypi: false`), from its GitHub repository; a pre-release is installed with `--pre`, quoted with the package
 * in the forms of Stainless's READMEs from QUOTED_PRE_SINCE on.
 */
import type { PyPackage } from '../types/model';
import type { StainlessReadmeForms } from '../../../stainless/python-readme-era';

/** What the install commands read of the package: its model, and where a config keeps it off PyPI. */
export type InstalledPackage = Pick<PyPackage, 'distributionName' | 'version'> & {
  /** The GitHub repository (`owner/name`) pip installs the package from; null or absent: PyPI. */
  installFrom?: string | null;
};

/** Whether `version` is a pre-release (`0.1.0-alpha.1`), which pip installs only when asked with `--pre`. */
export function isPrerelease(version: string): boolean {
  return /^\d+\.\d+\.\d+-/.test(version);
}

/** The git URL pip installs a package of GitHub repository `repository` from (over SSH, as Stainless's READMEs give it). */
function gitUrl(repository: string): string {
  return `git+ssh://git@github.com/${repository}.git`;
}

/** The requirement `pip install` is given for the package, with `extra` (`aiohttp`) when asked. */
function requirement(pkg: InstalledPackage, forms: StainlessReadmeForms, extra?: string): string {
  const name = `${pkg.distributionName}${extra ? `[${extra}]` : ''}`;
  if (pkg.installFrom) return extra ? `'${name} @ ${gitUrl(pkg.installFrom)}'` : gitUrl(pkg.installFrom);
  if (!isPrerelease(pkg.version)) return name;
  return forms.quotedPre ? `'--pre ${name}'` : `--pre ${name}`;
}

/** The command that installs the package (with `extra`, its optional dependencies of that name). */
export function installCommand(pkg: InstalledPackage, forms: StainlessReadmeForms, extra?: string): string {
  return `pip install ${requirement(pkg, forms, extra)}`;
}

/**
 * The Installation section's body: the command in a `sh` block and, for a package installed from its repository, a
 * note giving the command that will install it once it is on PyPI.
 */
export function installationBody(pkg: InstalledPackage, forms: StainlessReadmeForms): string {
  const block = `\`\`\`sh\n${installCommand(pkg, forms)}\n\`\`\``;
  if (!pkg.installFrom) return block;
  const fromPypi = `pip install ${isPrerelease(pkg.version) ? '--pre ' : ''}${pkg.distributionName}`;
  return `${block}

> [!NOTE]
> The package is not on PyPI yet, so pip takes it from [its repository](https://github.com/${pkg.installFrom}); once it is published there, \`${fromPypi}\` installs it.`;
}
