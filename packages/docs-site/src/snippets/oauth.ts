import { createGongClient } from "@gongkit/client";

/** `token` is the JSON body of Gong's OAuth token response. */
export function gongForCustomer(token: { access_token: string; api_base_url_for_customer: string }) {
  return createGongClient({
    auth: { bearerToken: token.access_token },
    baseUrl: token.api_base_url_for_customer,
  });
}
