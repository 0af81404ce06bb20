/** The package licence read from the spec's info (generator/ir/license.ts): given/want table. */
import { describe, expect, it } from 'vitest';
import { readLicense } from '../../generator/ir/license';

describe('readLicense', () => {
  it.each<{ name: string; info: Record<string, unknown>; configured?: string; want: ReturnType<typeof readLicense> }>([
    { name: 'no license', info: { title: 'x' }, want: null },
    {
      name: 'an SPDX identifier (3.1)',
      info: { license: { name: 'Whatever', identifier: 'Apache-2.0' } },
      want: { id: 'Apache-2.0', holder: null },
    },
    {
      name: 'a common name',
      info: { license: { name: 'Apache License, Version 2.0' } },
      want: { id: 'Apache-2.0', holder: null },
    },
    { name: '"MIT License"', info: { license: { name: 'MIT License' } }, want: { id: 'MIT', holder: null } },
    { name: '"BSD 3-Clause"', info: { license: { name: 'BSD 3-Clause' } }, want: { id: 'BSD-3-Clause', holder: null } },
    {
      name: 'an SPDX-shaped name kept as written',
      info: { license: { name: 'EPL-2.0' } },
      want: { id: 'EPL-2.0', holder: null },
    },
    { name: 'a name that is no licence id', info: { license: { name: 'Proprietary, see terms of use' } }, want: null },
    {
      name: 'the holder from info.contact.name',
      info: { license: { name: 'MIT' }, contact: { name: '  Acme   Corp ' } },
      want: { id: 'MIT', holder: 'Acme Corp' },
    },
    {
      name: 'the config wins',
      info: { license: { name: 'MIT' } },
      configured: 'ISC',
      want: { id: 'ISC', holder: null },
    },
  ])('$name', ({ info, configured, want }) => {
    expect(readLicense(info, configured ?? null)).toEqual(want);
  });
});
