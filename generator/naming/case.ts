/**
 * Case conversion and word handling for names derived from a spec. Pure functions, no spec access.
 */
import { createHash } from 'node:crypto';

/**
 * Split any identifier-ish text into lowercase-insensitive words: "getServers:namespace-ID" → [get, Servers, namespace, ID].
 * Words are the runs of ASCII letters and digits, cut at a camelCase or PascalCase boundary ("getServers" → get
 * Servers) and before the last capital of an acronym that starts a word ("HTTPServer" → HTTP Server), but a plural
 * acronym stays whole ("IDs", "URLs"; not the "As" of "AIAssistant", nor the word "As": "LLMAsJudge").
 * (One scan, no regular expression: names are converted for each of a spec's types, properties and methods.)
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlphanumeric(c)) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
    else if (isUpper(c) && startsWord(text, i)) {
      out.push(text.slice(start, i));
      start = i;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** Whether a word starts at the capital at `i` (the character before it is a letter or digit of the same run). */
function startsWord(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (!isUpper(before)) return true; // "getServers", "v2Beta"
  // A capital after capitals starts a word when a lowercase letter follows it ("HTTPServer"), unless that letter is
  // the `s` of a plural acronym that ends the word ("IDs", "URLs", but not "AIAssistant" nor "LLMAsJudge").
  const next = text.charCodeAt(i + 1);
  if (!isLower(next)) return false;
  return next !== S || text.charCodeAt(i) === A || isLower(text.charCodeAt(i + 2));
}

const S = 0x73;
const A = 0x41;

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isAsciiAlphanumeric(c: number): boolean {
  return isLower(c) || isUpper(c) || (c >= 0x30 && c <= 0x39);
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

const LONGEST_ACRONYM = Math.max(...[...ACRONYMS.keys()].map((key) => key.length));

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Capitalize one word, keeping an all-caps acronym as written ("URL" stays, "url" → "Url"). */
function pascalWord(word: string, acronyms: boolean): string {
  // (The lookup is skipped for a word longer than any acronym: most are, and it costs a lowercase copy.)
  if (acronyms && word.length <= LONGEST_ACRONYM) {
    const acronym = ACRONYMS.get(word.toLowerCase());
    if (acronym) return acronym;
  }
  if (word.length <= 4 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word;
  // (A word is ASCII letters and digits: one that does not start with a lowercase letter is kept as it is.)
  return isLower(word.charCodeAt(0)) ? capitalize(word) : word;
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
  const parts = words(text);
  let result = '';
  for (let i = 0; i < parts.length; i++) result += pascalWord(parts[i], acronyms);
  return startsWithDigit(result) ? `_${result}` : result;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** "api-keys" → "apiKeys"; "Get_Server" → "getServer". */
export function camelCase(text: string): string {
  return camelCases.get(text) ?? remember(camelCases, text, toCamelCase(text));
}

function toCamelCase(text: string): string {
  const parts = words(text);
  if (parts.length === 0) return '';
  const first = parts[0];
  let result = first === first.toUpperCase() ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  for (let i = 1; i < parts.length; i++) result += pascalWord(parts[i], false);
  return startsWithDigit(result) ? `_${result}` : result;
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
