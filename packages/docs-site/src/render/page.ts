import GithubSlugger from "github-slugger";

/** Per-page state: where the site root is relative to the page, and the ids already taken. */
export class Page {
  /** Relative path from this page to the site root: "" or "../". */
  readonly root: string;
  readonly #ids = new Set<string>();
  readonly #slugger = new GithubSlugger();
  /** The Markdown headings rendered on the page, in order: a guide's sections, for search. */
  readonly headings: { text: string; id: string }[] = [];

  constructor(root: string) {
    this.root = root;
  }

  /** Reserves an element id; a second claim of the same id is a generator bug, so it throws. */
  id(id: string): string {
    if (this.#ids.has(id)) throw new Error(`Duplicate anchor id "${id}"`);
    this.#ids.add(id);
    return id;
  }

  /** An id for a heading from free text (GitHub's slug rules, numbered on repeats). */
  slug(text: string): string {
    let slug = this.#slugger.slug(text);
    while (this.#ids.has(slug)) slug = this.#slugger.slug(text);
    return this.id(slug);
  }
}
