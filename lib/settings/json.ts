// Where a JSON document first goes wrong, as line and column. Browsers word
// JSON.parse errors differently and V8 often gives no position at all
// ("Unexpected token 'x', ... is not valid JSON"), so this small scanner of the
// JSON grammar (RFC 8259) finds the spot itself. It runs only after JSON.parse
// has failed.

export interface JsonErrorSpot {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

export function locateJsonError(text: string): JsonErrorSpot | undefined {
  try {
    const at = skipSpace(text, value(text, skipSpace(text, 0)));
    if (at < text.length) throw new Stop(at, 'unexpected text after the end of the document');
    return undefined;
  } catch (error) {
    // Anything else is nesting too deep to follow: no position to give.
    if (!(error instanceof Stop)) return undefined;
    return { ...lineAndColumn(text, error.at), message: error.message };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  return at;
}

function describe(text: string, at: number): string {
  return at >= text.length ? 'the end of the file' : JSON.stringify(text[at]);
}

function value(text: string, at: number): number {
  const c = text[at];
  if (c === '{') return container(text, at, '}', true);
  if (c === '[') return container(text, at, ']', false);
  if (c === '"') return string(text, at);
  for (const word of ['true', 'false', 'null'])
    if (text.startsWith(word, at)) return at + word.length;
  const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
  if (number) return at + number[0].length;
  throw new Stop(at, `expected a value, found ${describe(text, at)}`);
}

function container(text: string, at: number, close: string, isObject: boolean): number {
  at = skipSpace(text, at + 1);
  if (text[at] === close) return at + 1;
  for (;;) {
    if (isObject) {
      if (text[at] !== '"')
        throw new Stop(at, `expected a "quoted" name, found ${describe(text, at)}`);
      at = skipSpace(text, string(text, at));
      if (text[at] !== ':')
        throw new Stop(at, `expected ':' after the name, found ${describe(text, at)}`);
      at = skipSpace(text, at + 1);
    }
    at = skipSpace(text, value(text, at));
    if (text[at] === close) return at + 1;
    if (text[at] !== ',')
      throw new Stop(at, `expected ',' or '${close}', found ${describe(text, at)}`);
    at = skipSpace(text, at + 1);
    if (text[at] === close) throw new Stop(at, `unexpected '${close}' after a comma`);
  }
}

function string(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1; // closing quote
    if (code < 32) throw new Stop(i, 'line break or control character inside "quoted" text');
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else throw new Stop(i, 'bad escape after a backslash');
    }
  }
  throw new Stop(text.length, 'unclosed "quoted" text');
}
