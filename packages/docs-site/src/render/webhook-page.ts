import type { OpenApiDocument } from "../spec/openapi.ts";
import type { WebhookModel } from "../spec/operations.ts";
import { codeBlock } from "./code-block.ts";
import { guideByFile } from "./guides.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown } from "./markdown.ts";
import { requestBodySection, responsesSection, section, securitySection } from "./operation-page.ts";
import type { Page } from "./page.ts";

/** The guide every webhook page links to: what Gong sends and how to verify it. */
export const webhookGuide = () => guideByFile("receiving-webhooks.md");

/**
 * A webhook's page (`webhooks/<name>.html`), from the spec's OpenAPI 3.1 `webhooks`: the request Gong
 * sends to your URL, its description, how it is signed, its body's fields and example, the answer Gong
 * expects, and the type-checked receiver from the guide.
 */
export function webhookPage(
  page: Page,
  doc: OpenApiDocument,
  webhook: WebhookModel,
  receiver: string | undefined,
): SafeHtml {
  const operation = webhook.operation;
  const id = operation.operationId;
  const guide = webhookGuide();
  return html`<article class="operation">
<header class="operation-header">
<p class="eyebrow">Webhook${operation.tags.length > 0 ? ` · ${operation.tags.join(" · ")}` : ""}</p>
<h1 id="${page.id(id)}"><a class="heading-link" href="#${id}">${operation.summary}</a></h1>
<p class="endpoint"><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> <code>https://your-server.example/your-webhook-url</code> <span class="muted">Gong sends it to you</span></p>
<dl class="facts">
<div><dt>Webhook</dt><dd><code>${webhook.name}</code></dd></div>
<div><dt>Operation ID</dt><dd><code>${id}</code></dd></div>
<div><dt>Guide</dt><dd><a href="${page.root}${guide.href}">${guide.title}</a></dd></div>
</dl>
<p class="paging-note" id="${page.id(`${id}.guide`)}"><strong>Verify before you parse.</strong> The body's SHA-256 is signed: check it on the raw bytes with <code>verifyGongWebhook</code> from <code>@gongkit/client/webhooks</code>. <a href="${page.root}${guide.href}">${guide.title}</a></p>
</header>
${operation.description === undefined ? "" : html`<div class="prose">${markdown(page, operation.description, { headingOffset: 2, idPrefix: `${id}.description` })}</div>`}
${
  receiver === undefined
    ? ""
    : section(
        page,
        `${id}.samples`,
        "Receiving it",
        codeBlock(page, {
          code: receiver.trimEnd(),
          language: "typescript",
          label: "TypeScript (@gongkit/client/webhooks)",
          id: `${id}.samples.typescript`,
        }),
      )
}
${securitySection(page, doc, operation)}
${requestBodySection(page, doc, operation)}
${responsesSection(page, doc, operation)}
</article>`;
}
