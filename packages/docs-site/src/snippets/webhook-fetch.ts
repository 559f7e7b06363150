import { GongWebhookError, verifyGongWebhook } from "@gongkit/client/webhooks";

/** A fetch handler (Deno.serve, Bun.serve, a Cloudflare Worker): the same check on a web Request. */
export async function handleGongWebhook(request: Request, publicKey: string): Promise<Response> {
  try {
    const event = await verifyGongWebhook({
      body: await request.arrayBuffer(),
      authorization: request.headers.get("authorization"),
      publicKey,
      url: request.url, // behind a proxy, pass the public URL configured in the rule instead
    });
    return Response.json({ received: event.callData.metaData?.id ?? null });
  } catch (error) {
    if (error instanceof GongWebhookError) return new Response(error.reason, { status: 401 });
    throw error;
  }
}
