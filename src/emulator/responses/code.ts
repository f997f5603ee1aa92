/**
 * The code_interpreter tool, simulated: no code runs. The logs are deterministic: a line that is
 * pure integer arithmetic (digits, + - * / % ( ) and spaces) is evaluated by a tiny recursive
 * descent parser, `print("text")` echoes its literal, anything else yields a fixed note. See
 * LIMITATIONS.md.
 */
const ARITH = /^[\d\s+\-*/%().]+$/;

function evaluate(expr: string): number | null {
  const tokens = expr.match(/\d+(?:\.\d+)?|[+\-*/%()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const factor = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -factor();
    return Number(t);
  };
  const product = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[i++];
      const r = factor();
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const v = sum();
  return i === tokens.length && Number.isFinite(v) ? v : null;
}

export function simulateCode(source: string): string {
  const lines: string[] = [];
  for (const raw of source.split(/\n|;/)) {
    const line = raw.trim();
    const printed = /^print\((["'])(.*)\1\)$/.exec(line);
    if (printed) lines.push(printed[2] ?? '');
    else if (line && ARITH.test(line)) {
      const v = evaluate(line);
      if (v !== null) lines.push(String(v));
    }
  }
  return lines.length ? lines.join('\n') : '(simulated: the emulator does not run code)';
}
