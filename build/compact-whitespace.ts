/**
 * The shipped code with its whitespace compacted: every line keeps its
 * statements and its place (so a line in GTM's editor is a line of the
 * readable build), but loses its indentation and the spaces between tokens
 * that need none. Names, strings and numbers are untouched: a reviewer still
 * reads `resolveEventTime(raw, now)`, as `resolveEventTime(raw,now)`.
 * `npm run build` also writes the readable code to dist/template.readable.js.
 */
import * as acorn from 'acorn';

/**
 * Tokens that would merge into one (or change meaning) without a space
 * between them; and a keyword keeps its space before whatever follows
 * (`return "x"`, `typeof value`, `if (`), the spelling every GTM template uses.
 */
function needsSpace(left: string, right: string, afterKeyword: boolean): boolean {
  if (afterKeyword && !/^[;),.:\]]/.test(right)) return true;
  const word = /[A-Za-z0-9_$\u0080-\uffff]$/;
  const wordStart = /^[A-Za-z0-9_$\u0080-\uffff]/;
  if (word.test(left) && wordStart.test(right)) return true;
  // `a + +b`, `a - -b`, `a + ++b`: the signs must stay apart.
  const last = left.charAt(left.length - 1);
  const first = right.charAt(0);
  if ((last === '+' || last === '-') && first === last) return true;
  // A number followed by `.` would read as a decimal point.
  return /^[0-9]+$/.test(left) && first === '.';
}

export function compactWhitespace(code: string): string {
  // Comments on lines of their own (esbuild's `// template-src/<module>.ts`
  // markers) stay, so a reader can still find each module. The tokenizer
  // reports them as it reads, before the token that follows them.
  const commentLines = new Map<number, string>();
  const onComment = (
    block: boolean,
    text: string,
    start: number,
    end: number,
    loc?: acorn.Position,
  ): void => {
    const lineStart = code.lastIndexOf('\n', start - 1) + 1;
    if (!block && loc !== undefined && code.slice(lineStart, start).trim() === '') {
      commentLines.set(loc.line, code.slice(start, end));
    }
  };
  const lines: string[] = [];
  let line = '';
  let previous: acorn.Token | undefined;
  let lastText = '';
  let lastKeyword = false;
  for (const token of acorn.tokenizer(code, {
    ecmaVersion: 'latest',
    allowReturnOutsideFunction: true,
    locations: true,
    onComment: onComment,
  })) {
    const text = code.slice(token.start, token.end);
    const row = token.loc!.start.line;
    if (previous === undefined) line = commentLines.get(1) ?? '';
    const after = previous === undefined ? 1 : previous.loc!.end.line;
    if (row !== after) {
      // Keep the line breaks (and the blank lines) of the readable build.
      for (let r = after; r < row; r++) {
        lines.push(line);
        line = commentLines.get(r + 1) ?? '';
      }
    } else if (previous !== undefined && needsSpace(lastText, text, lastKeyword)) {
      line += ' ';
    }
    line += text;
    lastText = text;
    lastKeyword = token.type.keyword !== undefined;
    previous = token;
  }
  lines.push(line);
  return lines.join('\n') + (code.endsWith('\n') ? '\n' : '');
}
