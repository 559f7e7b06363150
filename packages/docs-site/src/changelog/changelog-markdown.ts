import type { OpenApiDocument } from "../spec/openapi.ts";
import { changeSections, dayOf, operationLabel, operationPages, pageOf, summaryOf } from "./change-lines.ts";
import type { ApiChange, Changelog, ChangeSet, Release } from "./changelog.ts";
import { currentSize, feedHref, noReleaseReason, sizeText } from "./changelog-page.ts";

/** `changelog.md`, the page's Markdown twin: the same releases and lines, links relative to the site root. */
export function changelogMarkdown(doc: OpenApiDocument, changelog: Changelog): string {
  const pages = operationPages(doc);
  const out = [
    "# Changelog",
    "",
    "What each release of `@gongkit/types` and `@gongkit/client` changed in the API, newest first: the " +
      "operations and fields added, changed and removed, as `redocly diff` rates them, breaking changes " +
      `marked **breaking**. [Atom feed](${feedHref})`,
  ];
  if (changelog.releases.length === 0) {
    out.push("", "## Unreleased", "", noReleaseReason(changelog.noRelease, changelog.error));
    out.push("", `The spec as it is now: [${sizeText(currentSize(doc))}](index.html#reference).`);
  }
  const { unreleased } = changelog;
  if (unreleased !== null) {
    out.push("", "## Unreleased", "", `since ${unreleased.since} · ${summaryOf(unreleased)}`);
    out.push(...changeList(pages, unreleased));
  }
  for (const release of changelog.releases) {
    const facts = release.previous === null ? "first release" : summaryOf(release);
    out.push(
      "",
      `## ${release.version}`,
      "",
      `${dayOf(release.date)} · ${facts}`,
      ...changeList(pages, release),
    );
  }
  return `${out.join("\n")}\n`;
}

function changeList(pages: Map<string, string>, set: ChangeSet | Release): string[] {
  if (set.error !== undefined) return ["", `The changes could not be listed: ${set.error}`];
  if ("size" in set && set.size !== undefined) return ["", `The first release: ${sizeText(set.size)}.`];
  if (set.changes.length === 0) return ["", "No change to the API."];
  return changeSections(set.changes).flatMap((section) => [
    "",
    `### ${section.title}`,
    "",
    ...section.changes.map((change) => `- ${changeLine(pages, change)}`),
  ]);
}

function changeLine(pages: Map<string, string>, change: ApiChange): string {
  const badge = change.breaking ? "**breaking** " : "";
  const note = change.note === undefined ? "" : ` — ${change.note}`;
  if (change.operation === undefined) return `${badge}${change.subject}${note}`;
  const label = `\`${operationLabel(change.operation)}\``;
  const href = pageOf(pages, change.operation);
  return `${badge}${href === undefined ? label : `[${label}](${href})`}: ${change.subject}${note}`;
}
