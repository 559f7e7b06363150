/** A JSDoc block from lines of text, indented by `indent`; `*​/` in spec text cannot end it early. */
export function docComment(lines: readonly string[], indent: string): string {
  const body = lines
    .flatMap((line) => line.split("\n"))
    .map((line) => line.replace(/\*\//g, "*\\/").trimEnd())
    .map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}
