// Generated from src/browser/site.ts (sha256 e6147e5af45fe045569ea0c25b6ee4724fa64235968c4ec09657487611bbe9cb) by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
(() => {
const themeKey = "gongkit-docs-theme";
const maxResults = 20;
const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const itemKinds = { p: "parameter", h: "header", f: "field", g: "section" };
function storedTheme() {
    try {
        return localStorage.getItem(themeKey) ?? "system";
    }
    catch {
        return "system";
    }
}
function enableThemeToggle() {
    const select = document.querySelector("#theme");
    const label = select?.parentElement;
    if (!select || !label)
        return;
    const apply = (theme) => {
        const root = document.documentElement;
        if (theme === "light" || theme === "dark")
            root.dataset.theme = theme;
        else
            delete root.dataset.theme;
        document
            .querySelector('meta[name="color-scheme"]')
            ?.setAttribute("content", root.dataset.theme ?? "light dark");
        select.value = root.dataset.theme ?? "system";
    };
    apply(storedTheme());
    label.hidden = false;
    select.addEventListener("change", () => {
        try {
            if (select.value === "system")
                localStorage.removeItem(themeKey);
            else
                localStorage.setItem(themeKey, select.value);
        }
        catch {
        }
        apply(select.value);
    });
    addEventListener("storage", (event) => {
        if (event.key === themeKey)
            apply(event.newValue ?? "system");
    });
}
function enableCopyButtons() {
    for (const button of document.querySelectorAll("button.copy[data-copy]")) {
        button.hidden = false;
        button.setAttribute("aria-label", `Copy ${button.previousElementSibling?.textContent ?? "code"}`);
        button.addEventListener("click", async () => {
            const code = document.getElementById(button.dataset.copy ?? "");
            if (!code)
                return;
            try {
                await navigator.clipboard.writeText(code.textContent ?? "");
                flash(button, "Copied");
            }
            catch {
                getSelection()?.selectAllChildren(code);
                flash(button, "Press Ctrl+C");
            }
        });
    }
}
function flash(button, text) {
    button.textContent = text;
    setTimeout(() => {
        button.textContent = "Copy";
    }, 1500);
}
function candidates(index) {
    const out = [];
    const text = (d) => (d === undefined ? "" : ` ${index.d[d] ?? ""}`);
    for (const page of index.p) {
        const methods = page.m?.split(" ") ?? [];
        const file = page.u.split("#")[0] ?? "";
        const here = location.pathname.endsWith(`/${file}`) || (file === "index.html" && location.pathname.endsWith("/"));
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
function parseQuery(text, chosen) {
    const query = { words: [], paths: [], methods: new Set(chosen) };
    for (const term of text.trim().split(/\s+/)) {
        if (term === "")
            continue;
        if (httpMethods.includes(term))
            query.methods.add(term);
        else if (term.includes("/")) {
            query.paths.push(term
                .replace(/^[a-z]+:\/\/[^/]+/i, "")
                .replace(/[?#].*$/, "")
                .toLowerCase());
        }
        else
            query.words.push(term.toLowerCase());
    }
    return query;
}
function pathMatch(template, typed) {
    const have = template.split("/");
    const want = typed.split("/");
    const starts = typed.startsWith("/") ? [0] : have.map((_, i) => i);
    let best;
    for (const start of starts) {
        const matches = want.every((segment, i) => {
            const there = have[start + i];
            if (there === undefined)
                return false;
            if (segment === "")
                return i === 0 || i === want.length - 1;
            if (there.startsWith("{"))
                return true;
            if (segment.startsWith("{") || segment.startsWith(":"))
                return false;
            return i === want.length - 1 ? there.startsWith(segment) : there === segment;
        });
        if (matches)
            best = Math.min(best ?? 5, start + want.length === have.length ? 0 : 5);
    }
    return best;
}
function rank(c, words) {
    let score = 0;
    for (const word of words) {
        if (c.lowTitle === word || c.lowAlias.split(" ").includes(word))
            score += 0;
        else if (c.lowTitle.startsWith(word))
            score += 10;
        else if (c.lowTitle.includes(word) || c.lowAlias.includes(word))
            score += 20;
        else if (c.lowRest.includes(word))
            score += 40;
        else
            return undefined;
    }
    return score;
}
function search(all, query) {
    const ranked = [];
    for (const c of all) {
        if (query.methods.size > 0 && !c.methods.some((m) => query.methods.has(m)))
            continue;
        if (query.words.length === 0 && c.kind !== "operation")
            continue;
        let score = rank(c, query.words);
        for (const typed of query.paths) {
            if (score === undefined)
                break;
            const at = c.path === undefined ? undefined : pathMatch(c.path, typed);
            score = at === undefined ? undefined : score + at;
        }
        if (score !== undefined)
            ranked.push({ c, score });
    }
    return ranked
        .sort((a, b) => a.score - b.score ||
        Number(b.c.here) - Number(a.c.here) ||
        Number(b.c.isPage) - Number(a.c.isPage) ||
        a.c.title.length - b.c.title.length)
        .map((r) => r.c);
}
function resultItem(root, c) {
    const link = document.createElement("a");
    link.href = root + c.href;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = c.kind;
    if (c.methods.length === 1) {
        const method = document.createElement("span");
        method.className = `method method-${c.methods[0].toLowerCase()}`;
        method.textContent = c.methods[0];
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
function enableSearch() {
    const box = document.querySelector(".search");
    const input = box?.querySelector("#search-input");
    const panel = box?.querySelector("#search-results");
    const list = panel?.querySelector(".search-list");
    const status = panel?.querySelector(".search-status");
    if (!box || !input || !panel || !list || !status)
        return;
    const root = box.dataset.root ?? "";
    const chips = [...panel.querySelectorAll("button[data-method]")];
    let index;
    const load = () => {
        index ??= fetch(`${root}search-index.json`)
            .then((r) => r.json())
            .then(candidates);
        return index;
    };
    const links = () => [...list.querySelectorAll("a")];
    const show = (open) => {
        panel.hidden = !open;
    };
    box.hidden = false;
    let turn = 0;
    const render = async () => {
        const pressed = chips.filter((c) => c.getAttribute("aria-pressed") === "true");
        const query = parseQuery(input.value, pressed.map((c) => c.dataset.method ?? ""));
        if (input.value.trim() === "") {
            show(false);
            list.replaceChildren();
            status.textContent = "";
            return;
        }
        const mine = ++turn;
        let found;
        try {
            found = search(await load(), query);
        }
        catch {
            index = undefined;
            status.textContent = "Search could not load its index: is the site served over HTTP?";
            show(true);
            return;
        }
        if (mine !== turn)
            return;
        list.replaceChildren(...found.slice(0, maxResults).map((c) => resultItem(root, c)));
        status.textContent =
            found.length === 0
                ? "No matches"
                : found.length > maxResults
                    ? `${maxResults} of ${found.length} results`
                    : `${found.length} result${found.length > 1 ? "s" : ""}`;
        show(true);
    };
    input.addEventListener("focus", () => load().catch(() => undefined), { once: true });
    input.addEventListener("click", () => {
        if (panel.hidden && input.value.trim() !== "")
            void render();
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
        const at = items.indexOf(document.activeElement);
        if (event.key === "Escape") {
            if (panel.hidden)
                return;
            event.preventDefault();
            show(false);
            input.focus();
        }
        else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (panel.hidden) {
                if (event.target === input && input.value.trim() !== "")
                    void render();
                return;
            }
            if (items.length === 0)
                return;
            event.preventDefault();
            const next = event.key === "ArrowDown" ? Math.min(at + 1, items.length - 1) : at - 1;
            (next < 0 ? input : items[next])?.focus();
        }
        else if (event.key === "Enter" && event.target === input && items[0] && !panel.hidden) {
            event.preventDefault();
            items[0].click();
        }
    });
    document.addEventListener("pointerdown", (event) => {
        if (!box.contains(event.target))
            show(false);
    });
    box.addEventListener("focusout", (event) => {
        const next = event.relatedTarget;
        if (next !== null && !box.contains(next))
            show(false);
    });
    list.addEventListener("click", (event) => {
        const link = event.target.closest("a");
        show(false);
        if (link && link.pathname === location.pathname) {
            setTimeout(() => {
                const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
                if (!target)
                    return;
                target.tabIndex = -1;
                target.focus({ preventScroll: true });
            });
        }
    });
    document.addEventListener("keydown", (event) => {
        if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey)
            return;
        const target = event.target;
        if (target instanceof HTMLElement &&
            (target.closest("input, textarea, select") || target.isContentEditable)) {
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
})();
