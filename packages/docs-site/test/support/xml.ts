// A strict little XML reader for the feed tests: it accepts well-formed XML 1.0 of the kind a feed is
// (declaration, comments, elements, attributes, text, character and predefined entity references, CDATA)
// and throws, saying where, on anything else. No DTDs: a feed has none.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), without its children's. */
  text: string;
}

const name = /^[A-Za-z_:][\w.:-]*/;
const predefined: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;&<\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`unterminated entity reference near offset ${at}`);
    if (ref in predefined) return predefined[ref]!;
    const code = /^#x([0-9a-f]+)$/i.exec(ref) ?? /^#(\d+)$/.exec(ref);
    if (code) return String.fromCodePoint(Number.parseInt(code[1]!, ref[1] === "x" ? 16 : 10));
    throw new Error(`undefined entity &${ref}; near offset ${at}`);
  });
}

/** The document element of `source`; throws on XML that is not well-formed. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const skipMisc = () => {
    for (;;) {
      i += /^\s*/.exec(source.slice(i))![0].length;
      if (source.startsWith("<!--", i)) {
        const end = source.indexOf("-->", i + 4);
        if (end < 0) fail("unterminated comment");
        i = end + 3;
      } else if (source.startsWith("<?", i)) {
        const end = source.indexOf("?>", i + 2);
        if (end < 0) fail("unterminated processing instruction");
        i = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== "<") fail("expected an element");
    i++;
    const tag = name.exec(source.slice(i))?.[0] ?? fail("expected an element name");
    i += tag.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(source.slice(i))![0].length;
      i += space;
      if (source.startsWith("/>", i)) {
        i += 2;
        return { name: tag, attributes, children: [], text: "" };
      }
      if (source[i] === ">") break;
      if (space === 0) fail("expected whitespace before an attribute");
      const attr =
        /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i)) ?? fail("bad attribute");
      if (attr[1]! in attributes) fail(`duplicate attribute ${attr[1]}`);
      attributes[attr[1]!] = decode(attr[3] ?? attr[4]!, i);
      i += attr[0].length;
    }
    i++;
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (i >= source.length) fail(`unclosed <${tag}>`);
      if (source.startsWith(`</`, i)) {
        const close = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(source.slice(i)) ?? fail("bad end tag");
        if (close[1] !== tag) fail(`</${close[1]}> closes <${tag}>`);
        i += close[0].length;
        return { name: tag, attributes, children, text };
      }
      if (source.startsWith("<![CDATA[", i)) {
        const end = source.indexOf("]]>", i);
        if (end < 0) fail("unterminated CDATA");
        text += source.slice(i + 9, end);
        i = end + 3;
      } else if (source.startsWith("<!--", i) || source.startsWith("<?", i)) {
        skipMisc();
      } else if (source[i] === "<") {
        children.push(element());
      } else {
        const end = source.indexOf("<", i);
        const chunk = source.slice(i, end < 0 ? source.length : end);
        if (chunk.includes("]]>")) fail("]]> in text");
        text += decode(chunk, i);
        i += chunk.length;
      }
    }
  };
  if (source.charCodeAt(0) === 0xfeff) i++;
  skipMisc();
  const root = element();
  skipMisc();
  if (i < source.length) fail("content after the document element");
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement, childName: string): XmlElement[] {
  return element.children.filter((c) => c.name === childName);
}
