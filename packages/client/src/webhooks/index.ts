// @gongkit/client/webhooks: verify the webhooks Gong's automation rules send with a signed JWT header. A
// separate entry point: createGongClient alone does not carry it (nor jose).
export type { CallWebhookPayload } from "@gongkit/types";
export type { RawWebhookBody } from "./raw-body.js";
export {
  DEFAULT_CLOCK_TOLERANCE_SEC,
  type VerifyGongWebhookOptions,
  verifyGongWebhook,
} from "./verify-gong-webhook.js";
export { GongWebhookError, type GongWebhookErrorReason } from "./webhook-error.js";
