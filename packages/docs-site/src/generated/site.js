// Generated from src/browser/site.ts (sha256 ceafcd7ea5fb88778ae3532e3c2cec3f10c2ef1cc91460d4ea8a921b945b72e6) by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
(() => {
const maxResults = 12;
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
function rank(entry, terms) {
    const title = entry.t.toLowerCase();
    const rest = `${entry.s} ${entry.d ?? ""}`.toLowerCase();
    let score = entry.k === "operation" ? 0 : 1;
    for (const term of terms) {
        if (title === term)
            score += 0;
        else if (title.startsWith(term))
            score += 10;
        else if (title.includes(term))
            score += 20;
        else if (rest.includes(term))
            score += 40;
        else
            return undefined;
    }
    return score;
}
function onThisPage(entry) {
    const page = entry.u.split("#")[0] ?? "";
    return page !== "" && location.pathname.endsWith(`/${page}`) ? 1 : 0;
}
function enableSearch() {
    const box = document.querySelector(".search");
    const input = document.querySelector("#search-input");
    const results = document.querySelector("#search-results");
    if (!box || !input || !results)
        return;
    const root = box.dataset.root ?? "";
    let index;
    const load = () => {
        index ??= fetch(`${root}search-index.json`).then((r) => r.json());
        return index;
    };
    box.hidden = false;
    const render = async () => {
        const terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        if (terms.length === 0) {
            results.hidden = true;
            results.replaceChildren();
            return;
        }
        const ranked = (await load())
            .map((entry) => ({ entry, score: rank(entry, terms) }))
            .filter((r) => r.score !== undefined)
            .sort((a, b) => a.score - b.score ||
            onThisPage(b.entry) - onThisPage(a.entry) ||
            a.entry.t.length - b.entry.t.length)
            .slice(0, maxResults);
        const list = document.createElement("ul");
        for (const { entry } of ranked) {
            const link = document.createElement("a");
            link.href = root + entry.u;
            const kind = document.createElement("span");
            kind.className = "kind";
            kind.textContent = entry.k;
            const title = document.createElement("strong");
            title.textContent = entry.t;
            const where = document.createElement("span");
            where.className = "where";
            where.textContent = entry.s;
            link.append(kind, title, where);
            const item = document.createElement("li");
            item.append(link);
            list.append(item);
        }
        const status = document.createElement("p");
        status.className = "search-status";
        status.textContent =
            ranked.length === 0 ? "No matches" : `${ranked.length} result${ranked.length > 1 ? "s" : ""}`;
        results.replaceChildren(status, list);
        results.hidden = false;
    };
    input.addEventListener("focus", () => void load(), { once: true });
    input.addEventListener("input", () => void render());
    input.addEventListener("keydown", (event) => {
        const links = [...results.querySelectorAll("a")];
        if (event.key === "Enter" && links[0])
            location.href = links[0].href;
        if (event.key === "ArrowDown" && links[0]) {
            event.preventDefault();
            links[0].focus();
        }
        if (event.key === "Escape") {
            input.value = "";
            void render();
        }
    });
    results.addEventListener("keydown", (event) => {
        const links = [...results.querySelectorAll("a")];
        const at = links.indexOf(document.activeElement);
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            const next = at + (event.key === "ArrowDown" ? 1 : -1);
            (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
        }
        if (event.key === "Escape")
            input.focus();
    });
    document.addEventListener("keydown", (event) => {
        const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
        if (event.key === "/" && !typing) {
            event.preventDefault();
            input.focus();
        }
    });
}
enableCopyButtons();
enableSearch();
})();
