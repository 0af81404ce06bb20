/**
 * Names the owners added to one `export { … }` list of a module's re-export namespace (a client's has a list a
 * resource: cartesia-js's owners added `Stt as Stt` and its types to the STT list, a back-compat alias of theirs)
 * go into that list of sdkgen's module, after the name they followed, the class with its types: not into the first
 * list, and not the types alone.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';

const STAINLESS = `import { Agents, AgentListParams } from './resources/agents';
import { STT, STTErrorResponse, STTTranscribeParams } from './resources/stt';

export class Acme {
  agents = new Agents();
  stt = new STT();
}

export declare namespace Acme {
  export {
    Agents as Agents,
    type AgentListParams as AgentListParams,
  };

  export {
    STT as STT,
    type STTErrorResponse as STTErrorResponse,
    type STTTranscribeParams as STTTranscribeParams,
  };
}
`;

const OWNERS = STAINLESS.replace(
  "} from './resources/stt';\n",
  "} from './resources/stt';\nimport { Stt, SttTranscribeParams } from './resources/stt-compat';\n",
).replace(
  '    type STTTranscribeParams as STTTranscribeParams,\n',
  '    type STTTranscribeParams as STTTranscribeParams,\n    Stt as Stt,\n    type SttTranscribeParams as SttTranscribeParams,\n',
);

// sdkgen's module words the lists otherwise (another order, a type Stainless's had not): the owners' lines find no
// place line by line, and are placed by declaration.
const SDKGEN = `import { Agents, type AgentListParams, type AgentSummary } from './resources/agents.js';
import { STT, type STTTranscribeParams, type STTErrorResponse } from './resources/stt.js';

export class Acme {
  agents: Agents = new Agents();
  stt: STT = new STT();
}

export declare namespace Acme {
  export {
    Agents as Agents,
    type AgentSummary as AgentSummary,
    type AgentListParams as AgentListParams,
  };

  export {
    STT as STT,
    type STTTranscribeParams as STTTranscribeParams,
    type STTErrorResponse as STTErrorResponse,
  };
}
`;

/** The names of each `export { … }` list of the namespace, in order. */
function lists(text: string): string[][] {
  const namespace = text.slice(text.indexOf('export declare namespace'));
  return [...namespace.matchAll(/export \{\n([^}]*)\}/g)].map((m) =>
    m[1]
      .split('\n')
      .map((line) => line.trim().replace(/,$/, ''))
      .filter(Boolean),
  );
}

describe("names the owners added to a re-export namespace's list", () => {
  it('go into the list they were added to, after the name they followed, the class too', () => {
    const result = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true, declarations: true });
    expect(result.rejected).toEqual([]);
    expect(lists(result.text)).toEqual([
      ['Agents as Agents', 'type AgentSummary as AgentSummary', 'type AgentListParams as AgentListParams'],
      [
        'STT as STT',
        'type STTTranscribeParams as STTTranscribeParams',
        'Stt as Stt',
        'type SttTranscribeParams as SttTranscribeParams',
        'type STTErrorResponse as STTErrorResponse',
      ],
    ]);
    expect(result.text).toContain("import { Stt, SttTranscribeParams } from './resources/stt-compat';");
  });

  it("where the name they followed is not in sdkgen's lists, go before the first list's closing line", () => {
    const owners = STAINLESS.replace(
      '    Agents as Agents,\n',
      '    Agents as Agents,\n    type LegacyAgent as LegacyAgent,\n',
    ).replace(
      "import { Agents, AgentListParams } from './resources/agents';\n",
      "import { Agents, AgentListParams } from './resources/agents';\nimport type { LegacyAgent } from './lib/legacy';\n",
    );
    const sdkgen = SDKGEN.replace(
      '    Agents as Agents,\n',
      '    Agents as Agents,\n    type AgentRole as AgentRole,\n',
    );
    const result = reapplyEdits(STAINLESS, owners, sdkgen, { code: true, declarations: true });
    expect(lists(result.text)[0]).toContain('type LegacyAgent as LegacyAgent');
  });
});
