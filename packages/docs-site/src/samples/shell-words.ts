// A command line as a POSIX shell splits it into words, for checking samples with the CLI's own parser.

/**
 * Splits `line` into words the way `sh` does for a simple command without expansions: whitespace
 * separates, single quotes keep everything, double quotes keep all but `\` before `"`, `\`, `$` and a
 * backquote, a backslash outside quotes escapes the next character, and backslash-newline joins lines.
 */
export function splitShellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const append = (text: string) => {
    word = (word ?? "") + text;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${line}`);
      append(line.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      i += 1;
      let text = "";
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== "\n") text += line[i + 1];
          i += 2;
        } else {
          text += line[i];
          i += 1;
        }
      }
      if (i >= line.length) throw new Error(`unterminated " in: ${line}`);
      append(text);
      i += 1;
    } else if (c === "\\") {
      if (line[i + 1] !== "\n") append(line[i + 1] ?? "");
      i += 2;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i += 1;
    } else {
      append(c);
      i += 1;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** A word as the shell reads it back unchanged: bare when it is plain, else in single quotes. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", "'\\''")}'`;
}
