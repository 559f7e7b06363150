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
];
