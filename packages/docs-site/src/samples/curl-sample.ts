import type { OpenApiDocument, Parameter, SecurityScheme, Server } from "../spec/openapi.ts";
import { firstRequestBody, type OperationModel, parameterExample } from "../spec/operations.ts";
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
  const body = bodyOptions(operation);
  const samples: CurlSample[] = [];
  for (const requirement of operation.security) {
    for (const schemeName of Object.keys(requirement)) {
      const scheme = doc.components?.securitySchemes?.[schemeName];
      if (scheme === undefined) continue;
      const sample = curlFor(deref(doc, scheme), operation, target, body);
      if (sample && !samples.some((s) => s.label === sample.label)) samples.push(sample);
    }
  }
  if (samples.length === 0)
    samples.push({
      label: "curl",
      command: command(operation, baseOf(operation.servers[0]), target, [], body),
    });
  return samples;
}

function curlFor(
  scheme: SecurityScheme,
  operation: OperationModel,
  target: string,
  body: string[],
): CurlSample | undefined {
  const plainServer = operation.servers.find((s) => s.variables === undefined) ?? operation.servers[0];
  const variableServer = operation.servers.find((s) => s.variables !== undefined) ?? plainServer;
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") {
    return {
      label: "curl, access key (HTTP basic)",
      command: command(
        operation,
        baseOf(plainServer),
        target,
        ['--user "$GONG_ACCESS_KEY:$GONG_ACCESS_KEY_SECRET"'],
        body,
      ),
    };
  }
  if (scheme.type === "oauth2" || (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer")) {
    return {
      label: "curl, OAuth bearer token",
      command: command(
        operation,
        baseOf(variableServer),
        target,
        ['--header "Authorization: Bearer $GONG_TOKEN"'],
        body,
      ),
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
    .flatMap((p) => queryPairs(p, parameterExample(doc, p) ?? `<${p.name}>`));
  return query.length > 0 ? `${path}?${query.join("&")}` : path;
}

/** `name=value` pairs of a query parameter: an array repeats the name (form style, exploded by default). */
function queryPairs(parameter: Parameter, value: unknown): string[] {
  const name = encodeURIComponent(parameter.name);
  const explode = parameter.explode ?? (parameter.style ?? "form") === "form";
  if (!Array.isArray(value)) return [`${name}=${encodeURIComponent(String(value))}`];
  if (explode) return value.map((v) => `${name}=${encodeURIComponent(String(v))}`);
  return [`${name}=${value.map((v) => encodeURIComponent(String(v))).join(",")}`];
}

function command(
  operation: OperationModel,
  base: string,
  target: string,
  auth: string[],
  body: string[],
): string {
  const method = operation.method.toUpperCase();
  const lines = [
    `curl${method === "GET" ? "" : ` --request ${method}`} "${base}${target}"`,
    ...auth,
    '--header "Accept: application/json"',
    ...body,
  ];
  return lines.join(" \\\n  ");
}

/**
 * `--header "Content-Type: ..." --data '<example>'` for an operation with a JSON body (a DELETE's
 * too): the spec's first example, without a paged operation's cursor (the first page needs none).
 */
function bodyOptions(operation: OperationModel): string[] {
  // An upload: curl writes the multipart body and its boundary from a file on disk.
  if (operation.upload !== undefined) {
    const file = operation.upload.records ? "records.ldjson;type=application/x-ndjson" : "recording.mp3";
    return [`--form "${operation.upload.part}=@${file}"`];
  }
  const first = firstRequestBody(operation);
  if (first === undefined) return [];
  return [
    `--header "Content-Type: ${first.body.mediaType}"`,
    `--data ${shellQuote(JSON.stringify(first.value, null, 2))}`,
  ];
}

/** Single quotes keep every character literal in POSIX shells; a quote inside is closed, escaped, reopened. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
