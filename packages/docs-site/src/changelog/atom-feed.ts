// feed.xml: the changelog as an Atom 1.0 feed (RFC 4287), one entry per release, newest first. Unreleased
// changes are left out: they change with every spec edit, and a reader should see a version once, when it
// ships. Links are relative, as everywhere on the site (resolved against the feed's own URL, RFC 4287 §2),
// so the site works from any host and sub-path; ids are name-based UUIDs, stable wherever it is hosted.
import { createHash } from "node:crypto";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { operationPages, summaryOf } from "./change-lines.ts";
import type { Changelog, Release } from "./changelog.ts";
import { changeListHtml, changelogHref, feedHref } from "./changelog-page.ts";

export function atomFeed(doc: OpenApiDocument, changelog: Changelog): string {
  const pages = operationPages(doc);
  const newest = changelog.releases[0];
  // No release and no commit date: the epoch, so the same input always builds the same feed.
  const updated = newest?.date ?? changelog.headDate ?? "1970-01-01T00:00:00Z";
  const title = `${doc.info.title} changelog`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${nameUuid("feed")}</id>
<title>${xml(title)}</title>
<subtitle>What each release of @gongkit/types and @gongkit/client changed in the API, breaking changes marked.</subtitle>
<updated>${xml(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${feedHref}"/>
<link rel="alternate" type="text/html" href="${changelogHref}"/>
<author><name>gongkit</name></author>
<generator>gongkit docs-site</generator>
${changelog.releases.map((release) => entry(release, pages)).join("")}</feed>
`;
}

function entry(release: Release, pages: Map<string, string>): string {
  const facts = release.previous === null ? "first release" : summaryOf(release);
  const content = changeListHtml("", pages, release).value;
  return `<entry>
<id>${nameUuid(release.tag)}</id>
<title>${xml(`${release.version}: ${facts}`)}</title>
<updated>${xml(release.date)}</updated>
<link rel="alternate" type="text/html" href="${changelogHref}#v${xml(release.version)}"/>
<content type="html">${xml(content)}</content>
</entry>
`;
}

// The namespace of gongkit's changelog ids (a random UUID, fixed once): ids depend on nothing but the name.
const idNamespace = "2097128a-c390-4b1b-a2db-bb333951474e";

/** A name-based (version 5, SHA-1) UUID URN (RFC 9562): the same name, the same id, on every build. */
export function nameUuid(name: string): string {
  const namespace = Buffer.from(idNamespace.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const xmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids, to be removed
const forbiddenInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as XML character data or attribute value; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text.replace(forbiddenInXml, "").replace(/[&<>"]/g, (c) => xmlEntities[c]!);
}
