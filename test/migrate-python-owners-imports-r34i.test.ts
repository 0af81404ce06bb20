/**
 * A carried Python edit that reads a name only the owners' imports bind (llama-cloud's multipart branch in
 * `parsing.create`: `json.dumps`, `cast`, whose import hunk found no place beside sdkgen's `from typing import …`)
 * comes with those imports: a module reading an unbound name fails at its first call.
 */
import { describe, expect, it } from 'vitest';
import { soundCarried } from '../generator/migrate/python/soundness/sound-module';

const SDKGEN = [
  'from __future__ import annotations',
  '',
  'from typing import Dict, Optional',
  '',
  'import httpx',
  '',
  '',
  'class Parsing:',
  '    def create(self, *, tier: str, upload_file: Optional[bytes] = None) -> Dict[str, str]:',
  '        return {"tier": tier}',
  '',
].join('\n');

const OWNERS = [
  'from __future__ import annotations',
  '',
  'import json',
  'from typing import Dict, Optional, cast',
  '',
  'import httpx',
  '',
  '',
  'class Parsing:',
  '    def create(self, *, tier: str, upload_file: Optional[bytes] = None) -> Dict[str, str]:',
  '        if upload_file is not None:',
  '            return {"configuration": json.dumps({"tier": tier}), "file": cast(str, upload_file)}',
  '        return {"tier": tier}',
  '',
].join('\n');

describe("a carried Python edit with the owners' imports it reads", () => {
  it('imports `json` and `cast` as the owners did, into sdkgen’s `from typing import …`', () => {
    const carried = SDKGEN.replace(
      '        return {"tier": tier}',
      '        if upload_file is not None:\n' +
        '            return {"configuration": json.dumps({"tier": tier}), "file": cast(str, upload_file)}\n' +
        '        return {"tier": tier}',
    );
    const sound = soundCarried(OWNERS, carried, SDKGEN);
    expect(sound.kind).toBe('sound');
    const text = sound.kind === 'sound' ? sound.text : '';
    expect(text).toMatch(/^import json$/m);
    expect(text).toMatch(/^from typing import .*\bcast\b/m);
    // sdkgen's own imports stay as they were.
    expect(text).toMatch(/^import httpx$/m);
    expect(text).toMatch(/^from typing import .*\bDict\b.*\bOptional\b/m);
  });

  it('adds nothing the carried text does not read', () => {
    const sound = soundCarried(OWNERS, SDKGEN, SDKGEN);
    expect(sound).toEqual({ kind: 'sound', text: SDKGEN, definitionsAdded: [] });
  });
});
