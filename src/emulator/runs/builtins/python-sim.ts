/**
 * The code_interpreter simulation (no sandbox package is available here, so nothing is
 * executed). It understands a tiny, documented subset of Python, line by line:
 * - `print(<expr>)` where <expr> is a string literal or arithmetic over numbers with
 *   `+ - * / // % **` and parentheses → one line of logs;
 * - a bare arithmetic expression as the last line → its value in the logs (like a notebook cell);
 * - any line that uses `plt.` or calls `plot(` / `savefig(` → one PNG image output (bar chart of
 *   the numbers in the code);
 * - anything else is ignored; a malformed expression gives a Python-style error in the logs.
 */
export interface SimResult {
  logs: string;
  image: boolean;
  numbers: number[];
}

type Tok = { k: 'n'; v: number } | { k: 'o'; v: string };

function tokenize(src: string): Tok[] | null {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|(\*\*|\/\/|[-+*/%()]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) return null;
    out.push(m[1] !== undefined ? { k: 'n', v: Number(m[1]) } : { k: 'o', v: m[2]! });
    i = re.lastIndex;
  }
  return out;
}

/** Recursive descent over the token list; precedence as in Python. */
function evaluate(src: string): number | null {
  const toks = tokenize(src);
  if (!toks || toks.length === 0) return null;
  let p = 0;
  const peek = () => toks[p];
  const op = (v: string) => (peek()?.k === 'o' && peek()?.v === v ? (p++, true) : false);
  const atom = (): number => {
    if (op('(')) {
      const v = sum();
      if (!op(')')) throw new Error('unbalanced');
      return v;
    }
    if (op('-')) return -power();
    const t = toks[p++];
    if (t?.k !== 'n') throw new Error('expected number');
    return t.v;
  };
  const power = (): number => {
    const base = atom();
    return op('**') ? base ** power() : base;
  };
  const product = (): number => {
    let v = power();
    for (;;) {
      if (op('*')) v *= power();
      else if (op('//')) v = Math.floor(v / power());
      else if (op('/')) v /= power();
      else if (op('%')) v %= power();
      else return v;
    }
  };
  const sum = (): number => {
    let v = product();
    for (;;) {
      if (op('+')) v += product();
      else if (op('-')) v -= product();
      else return v;
    }
  };
  try {
    const v = sum();
    return p === toks.length && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

const show = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12))));

export function simulatePython(source: string): SimResult {
  const lines = source.split(/\r?\n|;/).map((l) => l.trim()).filter(Boolean);
  const logs: string[] = [];
  let image = false;
  lines.forEach((line, i) => {
    if (/\bplt\.|\bplot\(|\bsavefig\(/.test(line)) image = true;
    const printed = /^print\((.*)\)$/.exec(line);
    const expr = printed ? printed[1]!.trim() : i === lines.length - 1 && !image ? line : null;
    if (expr === null) return;
    const str = /^(['"])(.*)\1$/.exec(expr);
    if (str) return void logs.push(str[2]!);
    const v = evaluate(expr);
    if (v !== null) logs.push(show(v));
    else if (printed) logs.push(`Traceback (most recent call last):\n  File "<stdin>", line ${i + 1}\nSyntaxError: invalid syntax`);
  });
  const numbers = [...source.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  return { logs: logs.join('\n'), image, numbers };
}
