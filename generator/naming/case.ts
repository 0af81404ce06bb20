/**
 * Case conversion and word handling for names derived from a spec. Pure functions, no spec access.
 */
import { createHash } from 'node:crypto';

/** Split any identifier-ish text into lowercase-insensitive words: "getServers:namespace-ID" → [get, Servers, namespace, ID]. */
export function words(text: string): string[] {
  return (
    text
      // camelCase / PascalCase boundaries, keeping acronyms together: "HTTPServer" → HTTP Server
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // "HTTPServer" → HTTP Server, but a plural acronym stays whole: "IDs", "URLs" (not the "As" of "AIAssistant",
      // nor the word "As": "LLMAsJudge")
      .replace(/([A-Z]+)([A-Z][a-z])/g, (whole, a: string, b: string, at: number, text: string) =>
        b.endsWith('s') && b.length === 2 && b !== 'As' && !/[a-z]/.test(text.charAt(at + whole.length))
          ? whole
          : `${a} ${b}`,
      )
      .split(/[^A-Za-z0-9]+/)
      .filter((w) => w.length > 0)
  );
}

const ACRONYMS = new Map([
  ['api', 'API'],
  ['id', 'ID'],
  ['ids', 'IDs'],
  ['url', 'URL'],
  ['urls', 'URLs'],
  ['uri', 'URI'],
  ['http', 'HTTP'],
  ['https', 'HTTPS'],
  ['json', 'JSON'],
  ['sse', 'SSE'],
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Capitalize one word, keeping an all-caps acronym as written ("URL" stays, "url" → "Url"). */
function pascalWord(word: string, acronyms: boolean): string {
  if (acronyms) {
    const acronym = ACRONYMS.get(word.toLowerCase());
    if (acronym) return acronym;
  }
  if (word === word.toUpperCase() && /[A-Z]/.test(word) && word.length <= 4) return word;
  return capitalize(word.toLowerCase() === word ? word : word.charAt(0) + word.slice(1));
}

/**
 * Answers of the case conversions by their text: a large spec asks for the same names thousands of times. Bounded,
 * for a process that generates again and again (`--watch`).
 */
const CACHE_MAX = 100_000;
/** `result` kept as the answer for `text`. (Each conversion asks its cache first: a hit costs one lookup.) */
function remember(cache: Map<string, string>, text: string, result: string): string {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, result);
  return result;
}

const pascalCases = [new Map<string, string>(), new Map<string, string>()];
const camelCases = new Map<string, string>();
const kebabCases = new Map<string, string>();

/** "api-keys" → "APIKeys"; "server_list" → "ServerList". Acronyms from a small table are upper-cased. */
export function pascalCase(text: string, { acronyms = true } = {}): string {
  const cache = pascalCases[acronyms ? 0 : 1];
  return cache.get(text) ?? remember(cache, text, toPascalCase(text, acronyms));
}

function toPascalCase(text: string, acronyms: boolean): string {
  const result = words(text)
    .map((w) => pascalWord(w, acronyms))
    .join('');
  return /^[0-9]/.test(result) ? `_${result}` : result;
}

/** "api-keys" → "apiKeys"; "Get_Server" → "getServer". */
export function camelCase(text: string): string {
  return camelCases.get(text) ?? remember(camelCases, text, toCamelCase(text));
}

function toCamelCase(text: string): string {
  const parts = words(text);
  if (parts.length === 0) return '';
  const [first, ...rest] = parts;
  const head = first === first.toUpperCase() ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  const result = head + rest.map((w) => pascalWord(w, false)).join('');
  return /^[0-9]/.test(result) ? `_${result}` : result;
}

/** "api-keys" → "api-keys"; "ApiKeys" → "api-keys". For file names. */
export function kebabCase(text: string): string {
  return kebabCases.get(text) ?? remember(kebabCases, text, toKebabCase(text));
}

function toKebabCase(text: string): string {
  return words(text)
    .map((w) => w.toLowerCase())
    .join('-');
}

const IRREGULAR_SINGULARS = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['indices', 'index'],
  ['matrices', 'matrix'],
  ['vertices', 'vertex'],
  ['data', 'data'],
  ['media', 'media'],
  ['criteria', 'criterion'],
  ['quizzes', 'quiz'],
]);

/** Words whose plural is the singular + "s" although the rules below would cut more. */
const PLAIN_S =
  /(cache|niche|species|series|house|horse|course|license|licence|response|case|base|phase|release|purchase|database|use|clause|pause|cause|nurse|purse|verse|rose|dose|pose|close|expense|sense|lease|increase|promise|enterprise|exercise|premise|franchise|noise|axe|ache|niche|avalanche|cliche|creche|microwave)s$/i;
/**
 * Words whose singular ends in `ie`: only as a whole word (the last of a camelCase run), so that `activities`,
 * `entities` and `replies` are not read as `…tie`, `…lie`.
 */
const IE_WORD = /^(movie|cookie|tie|pie|lie|die|zombie|selfie|rookie|calorie|goodie|hoodie|eyrie|genie)s$/i;

const NOT_PLURAL = /(ss|us|is|news|series|species|status|health|analytics|metadata|settings|access|info)$/i;

const singulars = new Map<string, string>();

/** Singular of the last word: "releases" → "release", "apiKeys" → "apiKey", "policies" → "policy". */
export function singularize(text: string): string {
  return singulars.get(text) ?? remember(singulars, text, singularOf(text));
}

function singularOf(text: string): string {
  const match = /([A-Za-z]+)$/.exec(text);
  if (!match) return text;
  const word = match[1];
  const head = text.slice(0, text.length - word.length);
  const lower = word.toLowerCase();
  const upper = word === word.toUpperCase() && word.length > 1;
  const irregular = IRREGULAR_SINGULARS.get(lower);
  let singular: string;
  if (irregular) singular = word.charAt(0) === word.charAt(0).toUpperCase() ? capitalize(irregular) : irregular;
  else if (upper)
    singular = /[A-Z]{2,}S$/.test(word) && !/SS$/.test(word) ? word.slice(0, -1) : word; // URLS? keep acronyms
  else if (NOT_PLURAL.test(word)) singular = word;
  else if (/[a-z]{2,}[A-Z]{2,}s$/.test(word) || /^[A-Z]{2,}s$/.test(word))
    singular = word.slice(0, -1); // "IDs" → "ID"
  else if (
    /(status|bus|campus|virus|census|bonus|corpus|alias|canvas|atlas|bias|gas|focus|nexus|plus|minus|apparatus|consensus)es$/i.test(
      word,
    )
  )
    singular = word.slice(0, -2);
  else if (PLAIN_S.test(word) || IE_WORD.test(/[A-Z]?[a-z]*$/.exec(word)![0])) singular = word.slice(0, -1);
  else if (/yses$/i.test(word))
    singular = `${word.slice(0, -3)}sis`; // analyses → analysis
  else if (/[^aeiou]ies$/i.test(word) && word.length > 4) singular = `${word.slice(0, -3)}y`;
  else if (/(ss|us|as|is|os)es$/i.test(word))
    singular = word.slice(0, -2); // statuses, aliases, buses
  else if (/(ch|sh|x|z)es$/i.test(word))
    singular = word.slice(0, -2); // matches, boxes
  else if (/s$/i.test(word) && word.length > 2) singular = word.slice(0, -1);
  else singular = word;
  return head + singular;
}

/** Code-point order: the same on every machine and locale (unlike localeCompare). */
/**
 * `name` cut to at most `maxBytes` bytes of UTF-8, ending in a hash of the whole name so that two long names that
 * share a beginning stay distinct (`segxxxx…xxx_31f8602c`). Cut between code points, never inside one.
 */
export function boundedName(name: string, maxBytes: number): string {
  // (A UTF-16 code unit is at most 3 bytes of UTF-8: most names are not measured.)
  if (name.length * 3 <= maxBytes || Buffer.byteLength(name) <= maxBytes) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  let kept = '';
  let bytes = 0;
  for (const character of name) {
    bytes += Buffer.byteLength(character);
    if (bytes > maxBytes - hash.length - 1) break;
    kept += character;
  }
  return `${kept}_${hash}`;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
