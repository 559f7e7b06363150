// The guides beside getting started (which is the landing page): each a page of its own under guides/,
// written in src/content/<file> with the same `::` directives, and linked from every page's nav.

export interface Guide {
  title: string;
  /** Its Markdown in src/content/. */
  file: string;
  /** Where its page lives, from the site root. */
  href: string;
  /** The page's meta description. */
  description: string;
  /** Operations (by operationId) whose pages link to this guide, besides those the spec's extensions pick. */
  operations?: readonly string[];
}

export const guides: readonly Guide[] = [
  {
    title: "OAuth apps",
    file: "oauth-apps.md",
    href: "guides/oauth-apps.html",
    description:
      "Connect Gong customers with OAuth: authorization, code exchange, sessions that refresh single-use tokens.",
  },
  {
    title: "Uploads",
    file: "uploads.md",
    href: "guides/uploads.html",
    description:
      "Upload call recordings and CRM objects without reading them into memory, and wait for Gong to process them.",
  },
  {
    title: "Many workers, one limit",
    file: "many-workers.md",
    href: "guides/many-workers.html",
    description: "Share Gong's rate limit, its 429 pause and an OAuth session among workers through Redis.",
  },
  {
    title: "Receiving webhooks",
    file: "receiving-webhooks.md",
    href: "guides/receiving-webhooks.html",
    description: "Verify the signed webhooks a Gong automation rule sends, with @gongkit/client/webhooks.",
  },
  {
    title: "Exporting data with gong export",
    file: "exporting.md",
    href: "guides/exporting.html",
    description:
      "Pull calls, transcripts and users into JSON-lines files with gong export: late calls, the daily quota, expired cursors, kills.",
    // What `gong export` reads (calls.listByFilter, calls.listTranscripts, users.list) and the plain call listing.
    operations: ["listCalls", "listCallsExtensive", "getCallTranscripts", "listUsers"],
  },
];

/** A guide by its Markdown file's name; throws when there is none, so a renamed guide breaks the build. */
export function guideByFile(file: string): Guide {
  const guide = guides.find((g) => g.file === file);
  if (guide === undefined) throw new Error(`no guide ${file} in src/render/guides.ts`);
  return guide;
}
