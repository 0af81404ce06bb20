// Check 5's second install, when `npm install` failed: so that checks 6 and 10 still measure something. The lockfile
// is ignored (a stale one is the usual failure); where npm refused a peer dependency conflict (ERESOLVE: the owners'
// own dependencies disagree on a peer, which their Yarn 1 or pnpm never checks), peers are left unchecked too, as npm
// itself suggests. Where npm could not fetch a dependency given as a URL (only the npm registry is reachable here:
// Stainless's `tsc-multi` from github.com, whose version the owners bumped, xquik-ts), the dependencies given as URLs
// are left out of package.json for that install (`pkg`: its text; `without` names them, `pkgText` is the file to
// install with), as the baseline install leaves them out. `said` goes into the reasons of the checks that ran on it.
const URL_SPEC = /^(https?:|git|github:)/;

export function fallbackInstall(stderr, pkg) {
  const args = ['install', '--no-audit', '--no-fund', '--package-lock=false'];
  const fetchFailed = /\brequest to https?:\/\/(?!registry\.npmjs\.org)\S+ failed\b/.test(stderr ?? '');
  const urls = fetchFailed && pkg !== undefined ? withoutUrlDependencies(pkg) : null;
  const without = urls && urls.without.length > 0 ? { without: urls.without, pkgText: urls.text } : {};
  const leftOut = without.without ? `, without ${without.without.join(', ')} (given as URLs)` : '';
  if (/\bERESOLVE\b/.test(stderr ?? ''))
    return {
      args: [...args, '--legacy-peer-deps'],
      said: `ignoring the lockfile and peer dependencies (npm ERESOLVE)${leftOut}`,
      ...without,
    };
  return { args, said: `ignoring the lockfile${leftOut}`, ...without };
}

/** package.json's text less its dependencies given as URLs, and their names; null when it is no JSON. */
function withoutUrlDependencies(text) {
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    return null;
  }
  const without = [];
  for (const section of ['dependencies', 'devDependencies', 'optionalDependencies'])
    for (const [name, spec] of Object.entries(pkg[section] ?? {}))
      if (typeof spec === 'string' && URL_SPEC.test(spec)) {
        delete pkg[section][name];
        without.push(name);
      }
  return { text: `${JSON.stringify(pkg, null, 2)}\n`, without };
}
