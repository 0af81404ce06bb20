/**
 * "Inert" checks for generated output: spec text may only sit inside string literals and comments of the
 * TypeScript sources, and only as escaped text in the Markdown.
 */
import ts from 'typescript';

export interface Escape {
  file: string;
  line: number;
  column: number;
  /** The token the text was found in (SyntaxKind name). */
  token: string;
  excerpt: string;
}

const LITERAL_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/**
 * Ranges of `text` that are inert: every comment (found from each token's leading and trailing trivia) and
 * every string/template literal part. Substitutions of templates are expressions and are not inert.
 */
export function inertRanges(
  fileName: string,
  text: string,
): { ranges: Array<[number, number]>; syntaxErrors: string[] } {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges: Array<[number, number]> = [];
  const seenComments = new Set<number>();
  const addComments = (list: ts.CommentRange[] | undefined) => {
    for (const c of list ?? []) {
      if (seenComments.has(c.pos)) continue;
      seenComments.add(c.pos);
      ranges.push([c.pos, c.end]);
    }
  };
  const visitToken = (node: ts.Node) => {
    addComments(ts.getLeadingCommentRanges(text, node.getFullStart()));
    addComments(ts.getTrailingCommentRanges(text, node.getEnd()));
    if (LITERAL_KINDS.has(node.kind)) {
      // For template parts, getStart..getEnd covers the literal text and its delimiters (`, ${, }).
      ranges.push([node.getStart(sf), node.getEnd()]);
    }
  };
  const walk = (node: ts.Node) => {
    // JSDoc nodes are comments: their range is covered by the leading comment ranges of the owner.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(sf);
    if (children.length === 0) visitToken(node);
    else {
      if (LITERAL_KINDS.has(node.kind)) visitToken(node);
      addComments(ts.getLeadingCommentRanges(text, node.getFullStart()));
      children.forEach(walk);
    }
  };
  walk(sf);
  addComments(ts.getLeadingCommentRanges(text, sf.endOfFileToken.getFullStart()));
  const diagnostics = (sf as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const syntaxErrors = diagnostics.map((d) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(d.start);
    return `${fileName}:${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  return { ranges, syntaxErrors };
}

/** Every occurrence of any of `needles` in `text` that is not wholly inside an inert range. */
export function findEscapes(
  fileName: string,
  text: string,
  needles: string[],
): { escapes: Escape[]; syntaxErrors: string[]; occurrences: number } {
  const { ranges, syntaxErrors } = inertRanges(fileName, text);
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const escapes: Escape[] = [];
  let occurrences = 0;
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      occurrences++;
      const end = at + needle.length;
      if (ranges.some(([s, e]) => s <= at && end <= e)) continue;
      const { line, character } = sf.getLineAndCharacterOfPosition(at);
      escapes.push({
        file: fileName,
        line: line + 1,
        column: character + 1,
        token: tokenAt(sf, at),
        excerpt: text.slice(Math.max(0, at - 60), end + 20),
      });
    }
  }
  return { escapes, syntaxErrors, occurrences };
}

/** The kind of the innermost syntax node at `at`. */
function tokenAt(sf: ts.SourceFile, at: number): string {
  let found: ts.Node = sf;
  const visit = (node: ts.Node) => {
    if (node.getStart(sf) <= at && at < node.getEnd()) {
      found = node;
      node.getChildren(sf).forEach(visit);
    }
  };
  sf.getChildren(sf).forEach(visit);
  return ts.SyntaxKind[found.kind];
}

/**
 * Markdown check: outside fenced code blocks (which must be balanced), no HTML from the spec. The only tags
 * allowed are the ones api.md's template writes, in exactly the shape it writes them; no `<script`, comments,
 * control characters or entity-decoded angle brackets anywhere, fences included.
 */
export function markdownProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
    problems.push(`${name}: contains control characters`);
  let fence: string | null = null;
  const outside: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence === null && m) {
      fence = m[1];
      if (!/^(ts|js|sh)?$/.test(m[2].trim()))
        problems.push(`${name}:${i + 1}: a code fence the templates do not write: ${line.slice(0, 120)}`);
      return;
    }
    if (fence !== null) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null;
      return;
    }
    outside.push(line);
  });
  if (fence !== null) problems.push(`${name}: a fenced code block is never closed`);
  // Tags may span lines (an attribute value with a line break): match them on the joined text.
  const body = outside.join('\n');
  const allowed = [/<code>/y, /<code title="[^"<>]*">/y, /<a href="\.\/src\/[\w./-]+">/y, /<\/(?:code|a)>/y];
  for (let at = body.search(/<[A-Za-z/!?]/); at !== -1; ) {
    const ok = allowed.some((re) => {
      re.lastIndex = at;
      return re.test(body);
    });
    if (!ok) problems.push(`${name}: raw HTML ${JSON.stringify(body.slice(at, at + 80))}`);
    const next = body.slice(at + 1).search(/<[A-Za-z/!?]/);
    at = next === -1 ? -1 : at + 1 + next;
  }
  if (/<script/i.test(body)) problems.push(`${name}: <script outside code blocks`);
  return problems;
}
