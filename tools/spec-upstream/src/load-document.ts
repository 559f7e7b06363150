// Reads an OpenAPI document (JSON) from a file or an http(s) URL, and refuses anything that is not one.
import { readFile } from "node:fs/promises";
import { BadInputError, type OpenApiDocument } from "./openapi.ts";

const DOWNLOAD_TIMEOUT_MS = 60_000;

/** `http://` and `https://` sources are downloaded; anything else is a file path. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function download(url: string): Promise<string> {
  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new BadInputError(`cannot download ${url} (${String(error)}${cause})`);
  }
  if (!response.ok) throw new BadInputError(`cannot download ${url}: HTTP ${response.status}`);
  return response.text();
}

async function readLocal(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInputError(`cannot read ${path}${code === undefined ? "" : ` (${code})`}`);
  }
}

/** Parses `text` and checks the two fields the comparison stands on: `openapi` and `paths`. */
export function parseDocument(text: string, source: string): OpenApiDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BadInputError(
      `${source} is not JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BadInputError(`${source} is not an OpenAPI document: not a JSON object`);
  }
  const doc = parsed as Record<string, unknown>;
  if (typeof doc.openapi !== "string" || !/^3\.[01]\./.test(doc.openapi)) {
    throw new BadInputError(
      `${source} is not an OpenAPI 3.0 or 3.1 document: "openapi" is ${JSON.stringify(doc.openapi)}`,
    );
  }
  if (doc.paths === null || typeof doc.paths !== "object" || Array.isArray(doc.paths)) {
    throw new BadInputError(`${source} is not an OpenAPI document: it has no "paths" object`);
  }
  return parsed as OpenApiDocument;
}

/** The OpenAPI document at `source`, a file path or an http(s) URL. */
export async function loadDocument(source: string): Promise<OpenApiDocument> {
  const text = isUrl(source) ? await download(source) : await readLocal(source);
  return parseDocument(text, source);
}
