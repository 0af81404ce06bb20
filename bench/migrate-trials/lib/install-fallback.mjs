// Check 5's second install, when `npm install` failed: so that checks 6 and 10 still measure something. The lockfile
// is ignored (a stale one is the usual failure); where npm refused a peer dependency conflict (ERESOLVE: the owners'
// own dependencies disagree on a peer, which their Yarn 1 or pnpm never checks), peers are left unchecked too, as npm
// itself suggests. `said` goes into the reasons of the checks that ran on it.
export function fallbackInstall(stderr) {
  const args = ['install', '--no-audit', '--no-fund', '--package-lock=false'];
  if (/\bERESOLVE\b/.test(stderr ?? ''))
    return {
      args: [...args, '--legacy-peer-deps'],
      said: 'ignoring the lockfile and peer dependencies (npm ERESOLVE)',
    };
  return { args, said: 'ignoring the lockfile' };
}
