// The site's only script (progressive enhancement: every page is complete without it). The theme toggle,
// copy buttons on code blocks, and search over search-index.json, fetched from the same origin on first use.

/** search-index.json, as src/render/search-index.ts writes it. */
interface SearchIndex {
  d: string[];
  p: SearchPage[];
}
interface SearchPage {
  k: string;
  t: string;
  s: string;
  u: string;
  m?: string;
  p?: string;
  a?: string;
  d?: number;
  f?: [kind: string, title: string, where: string, anchor: string, description?: number][];
}

/** One thing search can find, with its text lower-cased once. */
interface Candidate {
  kind: string;
  title: string;
  where: string;
  href: string;
  /** Its methods (`GET`, or `GET POST` for a schema), for the filter and the badge. */
  methods: string[];
  path: string | undefined;
  /** A page (operation, schema, guide) rather than something on one: listed first on a tie. */
  isPage: boolean;
  /** On the page being read: many operations share a field, and this page's comes first. */
  here: boolean;
  lowTitle: string;
  lowAlias: string;
  lowRest: string;
}

interface Query {
  words: string[];
  /** Terms with a slash: matched against operations' path templates. */
  paths: string[];
  methods: Set<string>;
}

/** The theme's localStorage key; the inline script in <head> (src/render/theme.ts) reads the same. */
const themeKey = "gongkit-docs-theme";
const maxResults = 20;
const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const itemKinds: Record<string, string> = { p: "parameter", h: "header", f: "field", g: "section" };

function storedTheme(): string {
  try {
    return localStorage.getItem(themeKey) ?? "system";
  } catch {
    return "system";
  }
}

/** The header's light / dark / system select: remembered, applied to `<html data-theme>` here and in other tabs. */
function enableThemeToggle(): void {
  const select = document.querySelector<HTMLSelectElement>("#theme");
  const label = select?.parentElement;
  if (!select || !label) return;
  const apply = (theme: string) => {
    const root = document.documentElement;
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
    else delete root.dataset.theme;
    document
      .querySelector('meta[name="color-scheme"]')
      ?.setAttribute("content", root.dataset.theme ?? "light dark");
    select.value = root.dataset.theme ?? "system";
  };
  apply(storedTheme());
  label.hidden = false;
  select.addEventListener("change", () => {
    try {
      if (select.value === "system") localStorage.removeItem(themeKey);
      else localStorage.setItem(themeKey, select.value);
    } catch {
      // Storage refused (a private window's quota): the choice lasts for this page only.
    }
    apply(select.value);
  });
  addEventListener("storage", (event) => {
    if (event.key === themeKey) apply(event.newValue ?? "system");
  });
}

function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button.copy[data-copy]")) {
    button.hidden = false;
    button.setAttribute("aria-label", `Copy ${button.previousElementSibling?.textContent ?? "code"}`);
    button.addEventListener("click", async () => {
      const code = document.getElementById(button.dataset.copy ?? "");
      if (!code) return;
      try {
        await navigator.clipboard.writeText(code.textContent ?? "");
        flash(button, "Copied");
      } catch {
        getSelection()?.selectAllChildren(code);
        flash(button, "Press Ctrl+C");
      }
    });
  }
}

function flash(button: HTMLButtonElement, text: string): void {
  button.textContent = text;
  setTimeout(() => {
    button.textContent = "Copy";
  }, 1500);
}

/** The index as a flat list of candidates: pages first-class, their items each with the page's methods and path. */
function candidates(index: SearchIndex): Candidate[] {
  const out: Candidate[] = [];
  const text = (d: number | undefined) => (d === undefined ? "" : ` ${index.d[d] ?? ""}`);
  for (const page of index.p) {
    const methods = page.m?.split(" ") ?? [];
    const file = page.u.split("#")[0] ?? "";
    const here =
      location.pathname.endsWith(`/${file}`) || (file === "index.html" && location.pathname.endsWith("/"));
    const shared = { methods, path: page.p?.toLowerCase(), here };
    out.push({
      ...shared,
      kind: page.k,
      title: page.t,
      where: page.s,
      href: page.u,
      isPage: true,
      lowTitle: page.t.toLowerCase(),
      lowAlias: (page.a ?? "").toLowerCase(),
      lowRest: `${page.s}${text(page.d)}`.toLowerCase(),
    });
    for (const [kind, title, where, anchor, d] of page.f ?? []) {
      const shown = page.k === "schema" ? `${where} · schema` : where ? `${where} · ${page.t}` : page.t;
      out.push({
        ...shared,
        kind: itemKinds[kind] ?? kind,
        title,
        where: shown,
        href: `${file}#${anchor}`,
        isPage: false,
        lowTitle: title.toLowerCase(),
        lowAlias: "",
        lowRest: `${shown}${text(d)}`.toLowerCase(),
      });
    }
  }
  return out;
}

/** Words, path terms (`calls/{id}`, a URL) and methods typed in capitals (`POST /v2/calls`, as logs show them). */
function parseQuery(text: string, chosen: string[]): Query {
  const query: Query = { words: [], paths: [], methods: new Set(chosen) };
  for (const term of text.trim().split(/\s+/)) {
    if (term === "") continue;
    if (httpMethods.includes(term)) query.methods.add(term);
    else if (term.includes("/")) {
      query.paths.push(
        term
          .replace(/^[a-z]+:\/\/[^/]+/i, "")
          .replace(/[?#].*$/, "")
          .toLowerCase(),
      );
    } else query.words.push(term.toLowerCase());
  }
  return query;
}

/**
 * How a typed path sits in a path template: `calls/{id}`, `/v2/calls` (a leading slash anchors it at the
 * start), `/v2/calls/7782342274025937/media` (a value where the template has `{id}`), the last segment
 * possibly unfinished (`/v2/calls/{id}/me`). 0 when it runs to the template's end, 5 when the template
 * goes on (`/v2/calls/{id}/media` for `calls/{id}`), undefined when it is not there.
 */
function pathMatch(template: string, typed: string): number | undefined {
  const have = template.split("/");
  const want = typed.split("/");
  const starts = typed.startsWith("/") ? [0] : have.map((_, i) => i);
  let best: number | undefined;
  for (const start of starts) {
    const matches = want.every((segment, i) => {
      const there = have[start + i];
      if (there === undefined) return false;
      if (segment === "") return i === 0 || i === want.length - 1;
      if (there.startsWith("{")) return true;
      if (segment.startsWith("{") || segment.startsWith(":")) return false;
      return i === want.length - 1 ? there.startsWith(segment) : there === segment;
    });
    if (matches) best = Math.min(best ?? 5, start + want.length === have.length ? 0 : 5);
  }
  return best;
}

/** Ranks a candidate for the query's words (all must match); lower is better, undefined is no match. */
function rank(c: Candidate, words: string[]): number | undefined {
  let score = 0;
  for (const word of words) {
    if (c.lowTitle === word || c.lowAlias.split(" ").includes(word)) score += 0;
    else if (c.lowTitle.startsWith(word)) score += 10;
    else if (c.lowTitle.includes(word) || c.lowAlias.includes(word)) score += 20;
    else if (c.lowRest.includes(word)) score += 40;
    else return undefined;
  }
  return score;
}

function search(all: Candidate[], query: Query): Candidate[] {
  const ranked: { c: Candidate; score: number }[] = [];
  for (const c of all) {
    if (query.methods.size > 0 && !c.methods.some((m) => query.methods.has(m))) continue;
    // A path or a method alone lists operations, not every field (or schema) they reach.
    if (query.words.length === 0 && c.kind !== "operation") continue;
    let score = rank(c, query.words);
    for (const typed of query.paths) {
      if (score === undefined) break;
      const at = c.path === undefined ? undefined : pathMatch(c.path, typed);
      score = at === undefined ? undefined : score + at;
    }
    if (score !== undefined) ranked.push({ c, score });
  }
  return ranked
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.c.here) - Number(a.c.here) ||
        Number(b.c.isPage) - Number(a.c.isPage) ||
        a.c.title.length - b.c.title.length,
    )
    .map((r) => r.c);
}

function resultItem(root: string, c: Candidate): HTMLLIElement {
  const link = document.createElement("a");
  link.href = root + c.href;
  const kind = document.createElement("span");
  kind.className = "kind";
  kind.textContent = c.kind;
  // An operation's method; a schema's (used by several) would only crowd the list.
  if (c.methods.length === 1) {
    const method = document.createElement("span");
    method.className = `method method-${c.methods[0]!.toLowerCase()}`;
    method.textContent = c.methods[0]!;
    kind.append(" ", method);
  }
  const title = document.createElement("strong");
  title.textContent = c.title;
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = c.where;
  link.append(kind, title, where);
  const item = document.createElement("li");
  item.append(link);
  return item;
}

function enableSearch(): void {
  const box = document.querySelector<HTMLElement>(".search");
  const input = box?.querySelector<HTMLInputElement>("#search-input");
  const panel = box?.querySelector<HTMLElement>("#search-results");
  const list = panel?.querySelector<HTMLElement>(".search-list");
  const status = panel?.querySelector<HTMLElement>(".search-status");
  if (!box || !input || !panel || !list || !status) return;
  const root = box.dataset.root ?? "";
  const chips = [...panel.querySelectorAll<HTMLButtonElement>("button[data-method]")];
  let index: Promise<Candidate[]> | undefined;
  const load = () => {
    index ??= fetch(`${root}search-index.json`)
      .then((r) => r.json() as Promise<SearchIndex>)
      .then(candidates);
    return index;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a")];
  const show = (open: boolean) => {
    panel.hidden = !open;
  };
  box.hidden = false;

  let turn = 0;
  const render = async () => {
    const pressed = chips.filter((c) => c.getAttribute("aria-pressed") === "true");
    const query = parseQuery(
      input.value,
      pressed.map((c) => c.dataset.method ?? ""),
    );
    if (input.value.trim() === "") {
      show(false);
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const mine = ++turn;
    let found: Candidate[];
    try {
      found = search(await load(), query);
    } catch {
      index = undefined;
      status.textContent = "Search could not load its index: is the site served over HTTP?";
      show(true);
      return;
    }
    if (mine !== turn) return; // a later keystroke has rendered already
    list.replaceChildren(...found.slice(0, maxResults).map((c) => resultItem(root, c)));
    status.textContent =
      found.length === 0
        ? "No matches"
        : found.length > maxResults
          ? `${maxResults} of ${found.length} results`
          : `${found.length} result${found.length > 1 ? "s" : ""}`;
    show(true);
  };

  // Fetched ahead, while the reader types; a failure is reported by the search that needs it.
  input.addEventListener("focus", () => load().catch(() => undefined), { once: true });
  // Closed results come back with a click in the field or ArrowDown, not on focus (Escape refocuses it).
  input.addEventListener("click", () => {
    if (panel.hidden && input.value.trim() !== "") void render();
  });
  input.addEventListener("input", () => void render());
  for (const chip of chips) {
    chip.addEventListener("click", () => {
      chip.setAttribute("aria-pressed", String(chip.getAttribute("aria-pressed") !== "true"));
      void render();
    });
  }
  box.addEventListener("keydown", (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "Escape") {
      if (panel.hidden) return; // a second Escape clears the field, as the browser does
      event.preventDefault();
      show(false);
      input.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (panel.hidden) {
        if (event.target === input && input.value.trim() !== "") void render();
        return;
      }
      if (items.length === 0) return;
      event.preventDefault();
      const next = event.key === "ArrowDown" ? Math.min(at + 1, items.length - 1) : at - 1;
      (next < 0 ? input : items[next])?.focus();
    } else if (event.key === "Enter" && event.target === input && items[0] && !panel.hidden) {
      event.preventDefault();
      items[0].click();
    }
  });
  // Closed by a click elsewhere or by tabbing out; a click inside (on a result) must still land.
  document.addEventListener("pointerdown", (event) => {
    if (!box.contains(event.target as Node)) show(false);
  });
  box.addEventListener("focusout", (event) => {
    const next = event.relatedTarget as Node | null;
    if (next !== null && !box.contains(next)) show(false);
  });
  list.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    show(false);
    // A result on this page only moves the anchor: take focus there, as a new page would start there.
    if (link && link.pathname === location.pathname) {
      setTimeout(() => {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (!target) return;
        target.tabIndex = -1;
        target.focus({ preventScroll: true });
      });
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.closest("input, textarea, select") || target.isContentEditable)
    ) {
      return;
    }
    event.preventDefault();
    input.focus();
    input.select();
  });
}

enableThemeToggle();
enableCopyButtons();
enableSearch();
