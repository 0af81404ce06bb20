/**
 * The client options that are credentials, and the dummy value the tests and the README give each: shared by the
 * project planner (conftest.py) and the README planner.
 */
import type { PyClientOption, PyPackage } from './model';

/** Constructor options the tests give a dummy value: the credentials. */
export function credentialOptions(pkg: PyPackage): PyClientOption[] {
  return pkg.clientOptions.filter((o) => o.sentAs.kind !== 'none' && /\bstr\b/.test(o.annotation));
}

/** "api_key" → "My API Key": the dummy credential the tests and the README show. */
export function dummyValue(option: PyClientOption): string {
  const words = option.name.split('_').filter(Boolean);
  const spelled = words.map((w) =>
    ['api', 'id', 'url'].includes(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1),
  );
  return `My ${spelled.join(' ')}`;
}
