// Receives a Gong automation rule's signed webhooks on http://127.0.0.1:4901 (PORT, HOST to change). Set
// GONG_WEBHOOK_PUBLIC_KEY to the rule's public key ("Show public key") and GONG_WEBHOOK_URL to the
// destination URL the rule posts to (your public URL: a tunnel or a proxy forwards it here).
import { createWebhookReceiver } from "./src/receiver.ts";

const publicKey = process.env.GONG_WEBHOOK_PUBLIC_KEY;
const url = process.env.GONG_WEBHOOK_URL;
if (!publicKey || !url) {
  console.error(
    "Set GONG_WEBHOOK_PUBLIC_KEY (the rule's public key) and GONG_WEBHOOK_URL (its destination URL).",
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4901);
const host = process.env.HOST ?? "127.0.0.1";
createWebhookReceiver({ publicKey, url }).listen(port, host, () => {
  console.log(`receiving Gong webhooks for ${url} on http://${host}:${port}`);
});
