import { createGongClient, type GongClient, type GongClientOptions } from "../../src/index.ts";
import { USER_EXAMPLE } from "./spec.ts";

export const ACCESS_KEY = "TESTACCESSKEY0123";
export const ACCESS_KEY_SECRET = "s3cr3t-V4lue.with+symbols/ÄÖ";
/** The id of the spec's example user. */
export const USER_ID = USER_EXAMPLE.user.id;

/**
 * A client against a local server. The limiter is off unless a test is about it (3 requests per
 * second would only slow the suite down); everything else is the production code path.
 */
export function testClient(baseUrl: string, options: Partial<GongClientOptions> = {}): GongClient {
  return createGongClient({
    auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
    baseUrl,
    rateLimit: false,
    ...options,
  });
}
