import { Lexer, type Tokens } from "marked";

export interface DescriptionSections {
  /** The Markdown before the first heading. */
  intro: string;
  /** Each top-level section by heading text, its Markdown without the heading line. */
  sections: Map<string, string>;
}

/** Splits a Markdown description (the spec's `info.description`) at its highest-level headings. */
export function splitSections(markdown: string): DescriptionSections {
  const tokens = Lexer.lex(markdown, { gfm: true });
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === "heading");
  const top = Math.min(...headings.map((h) => h.depth));
  const sections = new Map<string, string>();
  let intro = "";
  let current: string | undefined;
  for (const token of tokens) {
    if (token.type === "heading" && (token as Tokens.Heading).depth === top) {
      current = (token as Tokens.Heading).text;
      sections.set(current, "");
    } else if (current === undefined) {
      intro += token.raw;
    } else {
      sections.set(current, sections.get(current)! + token.raw);
    }
  }
  return { intro: intro.trim(), sections: new Map([...sections].map(([k, v]) => [k, v.trim()])) };
}
