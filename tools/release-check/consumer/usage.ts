// The calls a consumer makes. CI type-checks the previous release's copy of this file against the new
// packages (src/usage-gate.ts): a change that breaks it cannot ship as a minor or patch.
import {
  createGongClient,
  GongApiError,
  GongAuthenticationError,
  GongConnectionError,
  GongError,
  GongNotFoundError,
  GongRateLimitError,
  GongTimeoutError,
} from "@gongkit/client";
import type {
  ErrorResponse,
  paths,
  Settings,
  SpokenLanguage,
  UserMetadata,
  UserResponse,
} from "@gongkit/types";

type GetUserOk = paths["/v2/users/{id}"]["get"]["responses"][200]["content"]["application/json"];

export function connect(baseUrl: string) {
  return createGongClient({
    auth: { accessKey: "consumer-access-key", accessKeySecret: "consumer-access-key-secret" },
    baseUrl,
    maxRetries: 1,
    timeoutMs: 5_000,
    rateLimit: false,
  });
}

export function connectWithOAuth(baseUrl: string, token: () => Promise<string>) {
  return createGongClient({ auth: { bearerToken: token }, baseUrl, headers: { "x-consumer": "usage" } });
}

export async function userSummary(gong: ReturnType<typeof connect>, id: string): Promise<string> {
  const body: UserResponse = await gong.users.get(id, { timeoutMs: 5_000 });
  const user: UserMetadata | undefined = body.user;
  const settings: Settings | undefined = user?.settings;
  const primary: SpokenLanguage | undefined = user?.spokenLanguages?.find((language) => language.primary);
  const userId: string | undefined = user?.id;
  return `${userId} ${user?.firstName} ${user?.lastName} recorded=${settings?.webConferencesRecorded} language=${primary?.language}`;
}

export async function rawUser(gong: ReturnType<typeof connect>, id: string): Promise<GetUserOk | undefined> {
  const { data, error, response } = await gong.GET("/v2/users/{id}", { params: { path: { id } } });
  if (error) {
    const failure: ErrorResponse = error;
    throw new Error(`${response.status}: ${failure.errors?.join(", ")}`);
  }
  return data;
}

/** Names the error class a failed call ended in. */
export async function failureKind(gong: ReturnType<typeof connect>, id: string): Promise<string> {
  try {
    await gong.users.get(id);
    return "none";
  } catch (error) {
    if (error instanceof GongNotFoundError) return `not-found ${error.status} ${error.requestId}`;
    if (error instanceof GongRateLimitError) return `rate-limited ${error.retryAfterMs}`;
    if (error instanceof GongAuthenticationError) return `auth ${error.status}`;
    if (error instanceof GongApiError) return `api ${error.status} ${error.errors.join(", ")}`;
    if (error instanceof GongTimeoutError) return "timeout";
    if (error instanceof GongConnectionError) return "connection";
    if (error instanceof GongError) return `gong ${error.message}`;
    throw error;
  }
}
