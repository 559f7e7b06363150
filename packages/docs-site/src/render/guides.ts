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
    title: "Receiving webhooks",
    file: "receiving-webhooks.md",
    href: "guides/receiving-webhooks.html",
    description: "Verify the signed webhooks a Gong automation rule sends, with @gongkit/client/webhooks.",
  },
];
