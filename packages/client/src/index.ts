export type { AccessKeyAuth, BearerAuth, GongAuth } from "./auth.js";
export {
  createGongClient,
  DEFAULTS,
  type GongClient,
  type GongClientOptions,
  type RequestOptions,
} from "./client.js";
export { GongCorsError } from "./cors.js";
export {
  GongAbortError,
  GongApiError,
  GongAuthenticationError,
  GongBadRequestError,
  GongConflictError,
  GongConnectionError,
  GongCreditsExhaustedError,
  GongCursorExpiredError,
  GongError,
  GongForbiddenError,
  GongInvalidArgumentError,
  GongInvalidResponseError,
  GongJobFailedError,
  GongJobTimeoutError,
  GongNotFoundError,
  GongPaginationError,
  GongRateLimitError,
  GongServerError,
  GongTimeoutError,
  GongTokenError,
} from "./errors.js";
export type { GongResources } from "./generated/resources.js";
export { CLIENT_VERSION } from "./generated/version.js";
export { type ItemsOf, PagePromise } from "./pagination.js";
export {
  type AcquireLimits,
  type GongRateLimiter,
  limitPausedError,
  MAX_ARRIVAL_DELAY_MS,
  type RateLimitSlot,
} from "./rate-limiter.js";
export {
  BACKOFF_JITTER,
  INITIAL_RETRY_DELAY_MS,
  MAX_BACKOFF_DELAY_MS,
} from "./retry.js";
export type {
  UploadMedia,
  UploadOptions,
  UploadProgress,
  UploadRecords,
  UploadStream,
} from "./upload-operation.js";
export type { WaitOptions } from "./wait.js";
