/**
 * GTM's lexical dialect: the spellings of numbers, strings, whitespace and
 * names that Google documents for sandboxed JavaScript (ECMAScript 5.1 plus
 * arrow functions and let/const) and that real GTM exports show
 * (docs/gtm-dialect.md lists the evidence). Everything else is rejected, even
 * where V8 would accept it. Checked on acorn's tokens, so the raw text of
 * each literal is judged, not its value.
 */
import * as acorn from 'acorn';

/** A lexical problem at an offset into the checked code. */
export interface LexicalProblem {
  offset: number;
  message: string;
}

/** The only number spelling: decimal digits, optionally a fraction with digits on both sides of the dot. */
const PLAIN_DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** The escapes a string may use, after the backslash. */
const ALLOWED_ESCAPES = 'nrt"\'\\';

/**
 * Characters that may not appear raw anywhere in the code: controls (tab and
 * carriage return included; a line feed is the only line break), format
 * characters (zero-width space, byte-order mark, soft hyphen), line and
 * paragraph separators, spaces other than U+0020 (no-break space, em space…),
 * private-use and unassigned code points.
 */
const INVISIBLE = /(?![ \n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\p{Co}\p{Cn}]/u;
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, 'gu');

/**
 * Names that are keywords in some position of some edition of JavaScript:
 * a parser written for GTM's subset may treat them as keywords anywhere, so
 * they are not used as variable, function, parameter or label names. (After
 * a dot and as object keys any name is fine: GTM's own API has Object.delete.)
 */
export const RISKY_NAMES: Record<string, string> = {
  let: 'a keyword since ES2015 (let declarations)',
  static: 'a keyword in classes and a reserved word in strict mode',
  yield: 'a keyword in generators and a reserved word in strict mode',
  implements: 'a reserved word in strict mode',
  interface: 'a reserved word in strict mode',
  package: 'a reserved word in strict mode',
  private: 'a reserved word in strict mode',
  protected: 'a reserved word in strict mode',
  public: 'a reserved word in strict mode',
  await: 'a keyword in async functions and modules',
  async: 'a keyword before async functions',
  of: 'a keyword in for…of loops',
  get: 'a keyword in getter definitions',
  set: 'a keyword in setter definitions',
  from: 'a keyword in import and export statements',
  as: 'a keyword in import and export statements',
  target: 'part of new.target',
  meta: 'part of import.meta',
};

/** `value` in plain decimal digits, never in exponent form (1e21 → 1000000000000000000000). */
export function plainDecimal(value: number): string {
  const shortest = String(value);
  const exponent = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const digits = exponent[1] + (exponent[2] ?? '');
  const power = Number(exponent[3]);
  return power >= 0
    ? digits + '0'.repeat(power - (digits.length - 1))
    : '0.' + '0'.repeat(-power - 1) + digits;
}

export function isPlainDecimal(raw: string): boolean {
  return PLAIN_DECIMAL.test(raw);
}

/** U+00A0 for a no-break space. */
function codePoint(character: string): string {
  return 'U+' + character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** How to write `character` in the dialect: itself if visible, else GTM's decodeUriComponent of its UTF-8 bytes. */
function spellingOf(character: string): string {
  if (character === '\t') return '\\t';
  if (!INVISIBLE.test(character)) return character;
  return "decodeUriComponent('" + encodeURIComponent(character) + "')";
}

function numberProblem(raw: string, value: number): string | undefined {
  if (isPlainDecimal(raw) || /n$/.test(raw)) return undefined;
  const what = /^0[xX]/.test(raw)
    ? 'hex literal'
    : /^0[oO]/.test(raw) || /^0[0-9]/.test(raw)
      ? 'octal literal'
      : /^0[bB]/.test(raw)
        ? 'binary literal'
        : raw.indexOf('_') >= 0
          ? 'numeric separator'
          : /[eE]/.test(raw)
            ? 'exponent literal'
            : 'number without digits on both sides of the dot';
  return what + ' `' + raw + '`: write plain decimal digits (' + plainDecimal(value) + ')';
}

const ESCAPE = /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[^])/g;
const SINGLE_CHARACTER_ESCAPES: Record<string, string> = { b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The character an escape stands for, if it stands for one. */
function escapedCharacter(body: string): string | undefined {
  if (body[0] === 'u' || body[0] === 'x') {
    return String.fromCodePoint(parseInt(body.replace(/^[ux]\{?|\}$/g, ''), 16));
  }
  return SINGLE_CHARACTER_ESCAPES[body];
}

function escapeProblems(raw: string, offset: number, problems: LexicalProblem[]): void {
  for (const match of raw.matchAll(ESCAPE)) {
    const body = match[1];
    if (ALLOWED_ESCAPES.indexOf(body) >= 0) continue;
    const character = escapedCharacter(body);
    const isLineContinuation = body === '\n' || body === '\r' || body === '\r\n';
    problems.push({
      offset,
      message:
        (isLineContinuation
          ? 'line continuation (a backslash at a line end)'
          : 'escape `' + match[0] + '`') +
        ' in a string: GTM dialect has only \\n \\r \\t \\" \\\' \\\\' +
        (character === undefined ? '' : '; write ' + spellingOf(character)),
    });
  }
}

function invisiblesProblem(characters: string[]): string {
  const unique = [...new Set(characters)];
  return (
    'raw ' +
    (unique.length === 1 && unique[0] === '\t' ? 'tab' : 'invisible characters') +
    ' inside a string (' +
    unique.map(codePoint).join(', ') +
    '): write ' +
    unique.map(spellingOf).join(', ')
  );
}

/**
 * The lexical problems of `code`, given acorn's tokens for it: number
 * spellings, string escapes, invisible characters (in strings or between
 * tokens) and trailing commas before `)`. `rewritten` tokens are numbers and
 * strings whose spelling the build rewrites (postprocess.ts): their number
 * spelling and their raw tabs are not reported.
 */
export function checkTokens(
  code: string,
  tokens: acorn.Token[],
  rewritten: ReadonlySet<acorn.Token> = new Set(),
): LexicalProblem[] {
  const problems: LexicalProblem[] = [];
  const strings: acorn.Token[] = [];
  tokens.forEach((token, i) => {
    const raw = code.slice(token.start, token.end);
    if (token.type === acorn.tokTypes.num) {
      if (rewritten.has(token)) return;
      const message = numberProblem(raw, (token as unknown as { value: number }).value);
      if (message) problems.push({ offset: token.start, message });
    } else if (token.type === acorn.tokTypes.string) {
      strings.push(token);
      escapeProblems(raw, token.start, problems);
    } else if (
      token.type === acorn.tokTypes.comma &&
      tokens[i + 1]?.type === acorn.tokTypes.parenR
    ) {
      problems.push({
        offset: token.start,
        message:
          'trailing comma before `)`: argument and parameter lists may not end with a comma (ES2017)',
      });
    }
  });
  const inStrings = new Map<acorn.Token, string[]>();
  let s = 0;
  for (const match of code.matchAll(ALL_INVISIBLE)) {
    const at = match.index!;
    while (s < strings.length && strings[s].end <= at) s++;
    if (s < strings.length && strings[s].start < at) {
      if (match[0] === '\t' && rewritten.has(strings[s])) continue;
      inStrings.set(strings[s], [...(inStrings.get(strings[s]) ?? []), match[0]]);
    } else {
      problems.push({
        offset: at,
        message:
          'raw ' +
          (match[0] === '\t' ? 'tab' : 'invisible character') +
          ' ' +
          codePoint(match[0]) +
          ' outside a string: only spaces and line feeds may separate tokens',
      });
    }
  }
  for (const [token, characters] of inStrings) {
    problems.push({ offset: token.start, message: invisiblesProblem(characters) });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
