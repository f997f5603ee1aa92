/**
 * A small, valid sample for every text format on the lists: source that compiles or parses in its
 * language, markup that is well-formed. Each mentions a marker word so search scenarios can find it.
 */
export const MARKER = 'quokka';

export const TEXT_SAMPLES: Record<string, string> = {
  '.txt': `Plain text for oaic. The ${MARKER} is a small marsupial.\n`,
  '.md': `# oaic sample\n\nThe **${MARKER}** lives on Rottnest Island.\n\n- one\n- two\n`,
  '.json': `${JSON.stringify({ animal: MARKER, legs: 4, tags: ['marsupial', 'island'] }, null, 2)}\n`,
  '.html': `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>oaic</title></head><body><p>The ${MARKER} smiles.</p></body></html>\n`,
  '.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<animals><animal name="${MARKER}" legs="4"/></animals>\n`,
  '.csv': `animal,legs\n${MARKER},4\nwombat,4\n`,
  '.py': `def describe(animal: str) -> str:\n    return f"The {animal} is happy"\n\n\nprint(describe("${MARKER}"))\n`,
  '.js': `export function describe(animal) {\n  return \`The \${animal} is happy\`;\n}\nconsole.log(describe('${MARKER}'));\n`,
  '.ts': `export function describe(animal: string): string {\n  return \`The \${animal} is happy\`;\n}\nconsole.log(describe('${MARKER}'));\n`,
  '.c': `#include <stdio.h>\n\nint main(void) {\n  printf("The ${MARKER} is happy\\n");\n  return 0;\n}\n`,
  '.cpp': `#include <iostream>\n\nint main() {\n  std::cout << "The ${MARKER} is happy" << std::endl;\n  return 0;\n}\n`,
  '.cs': `using System;\n\nclass Program {\n  static void Main() {\n    Console.WriteLine("The ${MARKER} is happy");\n  }\n}\n`,
  '.css': `/* ${MARKER} theme */\n.${MARKER} {\n  color: #8b5a2b;\n  font-weight: bold;\n}\n`,
  '.java': `public class Main {\n  public static void main(String[] args) {\n    System.out.println("The ${MARKER} is happy");\n  }\n}\n`,
  '.php': `<?php\nfunction describe(string $animal): string {\n  return "The $animal is happy";\n}\necho describe('${MARKER}');\n`,
  '.rb': `def describe(animal)\n  "The #{animal} is happy"\nend\n\nputs describe('${MARKER}')\n`,
  '.sh': `#!/bin/sh\nset -eu\necho "The ${MARKER} is happy"\n`,
  '.tex': `\\documentclass{article}\n\\begin{document}\nThe ${MARKER} is happy.\n\\end{document}\n`,
  '.go': `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("The ${MARKER} is happy")\n}\n`,
};
