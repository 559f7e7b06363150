import { createServer } from "node:http";
import { GongWebhookError, verifyGongWebhook } from "@gongkit/client/webhooks";

createServer(async (req, res) => {
  // The raw bytes: body_sha256 is a hash of them, which parsed JSON does not give back.
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const event = await verifyGongWebhook({
      body: Buffer.concat(chunks),
      authorization: req.headers.authorization,
      publicKey: process.env.GONG_WEBHOOK_PUBLIC_KEY!, // "Show public key" on the rule's page
      url: "https://hooks.example.com/gong/calls", // the rule's destination URL
    });
    console.log(event.callData.metaData?.id, event.callData.metaData?.title, event.isTest);
    res.writeHead(200).end();
  } catch (error) {
    if (!(error instanceof GongWebhookError)) throw error;
    res.writeHead(error.reason === "key" ? 500 : 401).end(error.reason);
  }
}).listen(4901);
