import type { OpenApiDocument, SecurityScheme, Server } from "../spec/openapi.ts";
import { type OperationModel, parameterExample } from "../spec/operations.ts";
import { deref } from "../spec/resolve-ref.ts";

export interface CurlSample {
  /** e.g. "curl, access key (HTTP basic)". */
  label: string;
  command: string;
}

/**
 * One curl command per way the operation accepts credentials: HTTP basic against the first server
 * without variables, bearer tokens against the server whose host is a variable (OAuth's
 * `api_base_url_for_customer`), written as a shell variable the reader sets.
 */
export function curlSamples(doc: OpenApiDocument, operation: OperationModel): CurlSample[] {
  const target = requestTarget(doc, operation);
  const samples: CurlSample[] = [];
  for (const requirement of operation.security) {
    for (const schemeName of Object.keys(requirement)) {
      const scheme = doc.components?.securitySchemes?.[schemeName];
      if (scheme === undefined) continue;
      const sample = curlFor(deref(doc, scheme), operation, target);
      if (sample && !samples.some((s) => s.label === sample.label)) samples.push(sample);
    }
  }
  if (samples.length === 0)
    samples.push({ label: "curl", command: command(operation, baseOf(operation.servers[0]), target, []) });
  return samples;
}

function curlFor(scheme: SecurityScheme, operation: OperationModel, target: string): CurlSample | undefined {
  const plainServer = operation.servers.find((s) => s.variables === undefined) ?? operation.servers[0];
  const variableServer = operation.servers.find((s) => s.variables !== undefined) ?? plainServer;
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") {
    return {
      label: "curl, access key (HTTP basic)",
      command: command(operation, baseOf(plainServer), target, [
        '--user "$GONG_ACCESS_KEY:$GONG_ACCESS_KEY_SECRET"',
      ]),
    };
  }
  if (scheme.type === "oauth2" || (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer")) {
    return {
      label: "curl, OAuth bearer token",
      command: command(operation, baseOf(variableServer), target, [
        '--header "Authorization: Bearer $GONG_TOKEN"',
      ]),
    };
  }
  return undefined;
}

/** A server URL with each `{variable}` written as the shell variable `$VARIABLE`. */
function baseOf(server: Server | undefined): string {
  const url = server?.url ?? "";
  return url.replace(/\{([^}]+)\}/g, (_, name: string) => `$${name.toUpperCase()}`).replace(/\/$/, "");
}

function requestTarget(doc: OpenApiDocument, operation: OperationModel): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((p) => p.in === "path" && p.name === name);
    const example = parameter === undefined ? undefined : parameterExample(doc, parameter);
    return encodeURIComponent(example === undefined ? `<${name}>` : String(example));
  });
  const query = operation.parameters
    .filter((p) => p.in === "query" && p.required)
    .map(
      (p) =>
        `${encodeURIComponent(p.name)}=${encodeURIComponent(String(parameterExample(doc, p) ?? `<${p.name}>`))}`,
    );
  return query.length > 0 ? `${path}?${query.join("&")}` : path;
}

function command(operation: OperationModel, base: string, target: string, auth: string[]): string {
  const method = operation.method.toUpperCase();
  const lines = [
    `curl${method === "GET" ? "" : ` --request ${method}`} "${base}${target}"`,
    ...auth,
    '--header "Accept: application/json"',
  ];
  return lines.join(" \\\n  ");
}
