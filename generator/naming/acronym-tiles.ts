/**
 * A word in capitals read as acronyms run together, as Stainless's names keep them: `TTSSSE` with `tts: TTS` and
 * `sse: SSE` is the two acronyms (cartesia's `TTSSSEChunkEvent`, a schema of that name); `HTTPMCP`, with `HTTP` known
 * and `MCP` not, is the acronym and a word capitalized (letta's `StreamableHTTPMcpServer` in both its SDKs, from
 * `…HTTPMCPServer`).
 */

/**
 * `lower` (the word in lower case) as two or more known acronyms (`acronym` gives each one's form, null for a part
 * that is none), else as one or more of them followed by a word of three letters or more that is none, capitalized;
 * null where neither reads it (`IDLE` stays a word: its `LE` is too short to be one).
 */
export function acronymTiles(lower: string, acronym: (part: string) => string | null): string | null {
  const tile = (from: number, to: number): string[] | null => {
    if (from === to) return [];
    // The first split that tiles the rest, the longest first tile first.
    for (let end = to; end > from + 1; end--) {
      const first = acronym(lower.slice(from, end));
      const rest = first === null ? null : tile(end, to);
      if (first !== null && rest !== null) return [first, ...rest];
    }
    return null;
  };
  const whole = tile(0, lower.length);
  if (whole !== null) return whole.length > 1 ? whole.join('') : null;
  for (let end = lower.length - MIN_WORD; end >= MIN_WORD; end--) {
    const head = tile(0, end);
    if (head !== null) return [...head, lower.charAt(end).toUpperCase() + lower.slice(end + 1)].join('');
  }
  return null;
}

/** The shortest acronym (a head) and word (the rest) a partial reading takes: `HTTP` `MCP`, not `ID` `LE`. */
const MIN_WORD = 3;
