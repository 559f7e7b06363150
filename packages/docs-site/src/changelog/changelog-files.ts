// What the site build calls: the changelog of the repository this package lives in, and its three files.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Page } from "../render/page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { atomFeed } from "./atom-feed.ts";
import type { Changelog } from "./changelog.ts";
import { changelogMarkdown } from "./changelog-markdown.ts";
import { changelogPage } from "./changelog-page.ts";
import { readChangelog } from "./read-changelog.ts";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));

/**
 * This repository's changelog: its release tags, and the working tree's spec as `@gongkit/spec` bundled it
 * (not the site's `doc`, which a test may have made up). Results are kept in node_modules/.cache.
 */
export function repositoryChangelog(): Promise<Changelog> {
  let currentSpec: string | undefined;
  try {
    currentSpec = createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json");
  } catch {
    // Not built: the working tree's spec is bundled when an Unreleased entry needs it.
  }
  return readChangelog({
    repoRoot: fileURLToPath(new URL("../../../../", import.meta.url)),
    cacheDir: `${packageDir}node_modules/.cache/api-changelog`,
    ...(currentSpec === undefined ? {} : { currentSpec }),
  });
}

/** changelog.html's title, description, href, body and Markdown twin (what `writePage` takes), and feed.xml. */
export function changelogFiles(page: Page, doc: OpenApiDocument, changelog: Changelog) {
  return {
    ...changelogPage(page, doc, changelog),
    markdown: changelogMarkdown(doc, changelog),
    feed: atomFeed(doc, changelog),
  };
}
