// Guides linked from the pages they concern, decided by what the spec says of each operation.
import { beforeAll, describe, expect, it } from "vitest";
import { distDir } from "./support/build-site.ts";
import { readPages } from "./support/site-pages.ts";
import { operations, spec } from "./support/spec-facts.ts";

type Json = Record<string, unknown>;
const ops = operations();
const raw = new Map(
  Object.values(spec.paths as Record<string, Record<string, Json>>)
    .flatMap((item) => Object.values(item))
    .map((op) => [op.operationId as string, op]),
);
let pages = new Map<string, string>();
beforeAll(async () => {
  pages = await readPages(distDir);
});
const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
const links = (operationId: string, href: string) =>
  mainOf(pages.get(`reference/${operationId}.html`)!).includes(`href="../${href}"`);

describe("guides linked from the pages they concern", () => {
  it("operations with OAuth scopes link OAuth apps, from the header and the authorization section", () => {
    for (const op of ops)
      expect(links(op.operationId, "guides/oauth-apps.html"), op.operationId).toBe(op.scopes.length > 0);
    const auth = mainOf(pages.get("reference/getUser.html")!);
    expect(auth.slice(auth.indexOf('id="getUser.auth"'))).toContain('href="../guides/oauth-apps.html"');
  });

  it("uploads link Uploads; job status operations and those that start jobs link its Jobs section", () => {
    for (const op of ops) {
      expect(links(op.operationId, "guides/uploads.html"), op.operationId).toBe(
        raw.get(op.operationId)!["x-gongkit-upload"] !== undefined,
      );
    }
    const jobs = ops
      .filter((op) => links(op.operationId, "guides/uploads.html#jobs"))
      .map((op) => op.operationId);
    expect(jobs.sort()).toEqual(
      [
        "getRequestStatus",
        "getFlowProspectsBulkAssignment",
        "uploadCrmData",
        "deleteGenericCrmIntegration",
        "submitFlowProspectsBulkAssignment",
      ].sort(),
    );
    for (const id of jobs) expect(pages.get(`reference/${id}.html`), id).toContain(`id="${id}.job"`);
    expect(pages.get("guides/uploads.html")).toContain('<h2 id="jobs">Jobs</h2>');
  });

  it("every operation's 429 links Many workers", () => {
    for (const op of ops) {
      const html = pages.get(`reference/${op.operationId}.html`)!;
      const at = html.indexOf(`id="${op.operationId}.429"`);
      expect(at >= 0, op.operationId).toBe(op.statuses.includes("429"));
      if (at < 0) continue;
      expect(html.slice(at, html.indexOf("</section>", at)), op.operationId).toContain(
        'href="../guides/many-workers.html"',
      );
    }
  });

  it("the calls and users listings link Exporting data with gong export, which the nav lists", () => {
    const exporting = ops
      .filter((op) => links(op.operationId, "guides/exporting.html"))
      .map((op) => op.operationId);
    expect(exporting.sort()).toEqual(["getCallTranscripts", "listCalls", "listCallsExtensive", "listUsers"]);
    expect(pages.get("guides/exporting.html")!.replace(/<[^>]+>/g, "")).toContain(
      "gong export --out DIR --from 2026-01-01",
    );
    expect(pages.get("guides/exporting.html")).toContain("exportGong");
    expect(pages.get("index.html")).toContain(
      'href="guides/exporting.html">Exporting data with gong export</a>',
    );
  });

  it("the webhook's page links Receiving webhooks, shows the signed JWT scheme, its fields and its example", () => {
    const html = pages.get("webhooks/call.html")!;
    expect(mainOf(html)).toContain('href="../guides/receiving-webhooks.html"');
    expect(html).toContain("<code>gongWebhookJwt</code>");
    expect(html).toContain('id="callWebhook.request.callData.parties.emailAddress"');
    expect(html).toContain('id="callWebhook.request.example-1"');
    expect(html).toContain("verifyGongWebhook");
    expect(mainOf(pages.get("index.html")!)).toContain('href="webhooks/call.html"');
  });
});
