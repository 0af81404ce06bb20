/**
 * The GitHub repository (`owner/name`) a Stainless Python SDK's pyproject.toml names in `[project.urls]`: Stainless
 * writes `Homepage` and `Repository = "https://github.com/<production_repo>"` there from the config's
 * `targets.python.production_repo`, so the config `sdkgen migrate` writes from the repository reads it back
 * (`Repository`, else `Homepage`), as the TypeScript one reads package.json's `repository`. Null when neither is a
 * github.com repository.
 */
export function pyprojectRepository(pyproject: string | null): string | null {
  if (pyproject === null) return null;
  const urls = /^\[project\.urls\][ \t]*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(pyproject)?.[1] ?? '';
  const value = (key: string) =>
    new RegExp(`^(?:${key}|"${key}")\\s*=\\s*"([^"]*)"`, 'mi').exec(urls)?.[1]?.trim() ?? null;
  for (const url of [value('Repository'), value('Homepage')]) {
    const repository =
      url === null ? null : /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (repository) return repository[1];
  }
  return null;
}
