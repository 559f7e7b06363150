// spec-upstream <file|url> [--spec <file>] [--accepted <file>]: spec/ against Gong's published document.
// Exit codes: 0 nothing moved, 1 moved (new differences, or accepted ones gone), 2 bad input.
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_ACCEPTED_FILE, loadAccepted, triage } from "./accepted-deviations.ts";
import { compareDocuments } from "./compare-documents.ts";
import { flattenDocument } from "./flatten-document.ts";
import { formatReport, hasMoved } from "./format-report.ts";
import { loadDocument } from "./load-document.ts";
import { BadInputError } from "./openapi.ts";

export const EXIT_UNCHANGED = 0;
export const EXIT_MOVED = 1;
export const EXIT_BAD_INPUT = 2;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage: pnpm spec:upstream <gong-openapi.json | https://…> [--spec <openapi.json>] [--accepted <accepted.json>]

Compares spec/ (the bundled @gongkit/spec/openapi.json) with a Gong published OpenAPI document and lists
what one has and the other lacks or declares differently. Exit code 0: nothing moved; 1: moved; 2: bad input.
`;

/** The bundled spec; `pnpm build` (turbo) writes it before this runs. */
function bundledSpecPath(): string {
  try {
    return createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json");
  } catch {
    throw new BadInputError("the bundled spec (@gongkit/spec/openapi.json) is missing: run pnpm build first");
  }
}

/** Paths in the report relative to the working directory, so that two machines print the same text. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

export async function runUpstream(args: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseCli>;
  try {
    parsed = parseCli(args);
  } catch (error) {
    io.stderr(`spec-upstream: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return EXIT_UNCHANGED;
  }
  try {
    const specPath = parsed.spec ?? bundledSpecPath();
    const acceptedFile = parsed.accepted ?? fileURLToPath(DEFAULT_ACCEPTED_FILE);
    const [gongDoc, specDoc, deviations] = await Promise.all([
      loadDocument(parsed.source),
      loadDocument(specPath),
      loadAccepted(acceptedFile),
    ]);
    const { differences, stats } = compareDocuments(flattenDocument(gongDoc), flattenDocument(specDoc));
    const result = triage(differences, deviations);
    io.stdout(
      formatReport({
        gong: {
          source: /^https?:/.test(parsed.source) ? parsed.source : shown(parsed.source),
          openapi: gongDoc.openapi,
        },
        spec: {
          source: parsed.spec === undefined ? "@gongkit/spec/openapi.json" : shown(specPath),
          openapi: specDoc.openapi,
        },
        acceptedFile: shown(acceptedFile),
        stats,
        triage: result,
      }),
    );
    return hasMoved(result) ? EXIT_MOVED : EXIT_UNCHANGED;
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    io.stderr(`spec-upstream: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
}

function parseCli(args: string[]): { source: string; spec?: string; accepted?: string; help: boolean } {
  const { values, positionals } = parseArgs({
    args,
    options: {
      spec: { type: "string" },
      accepted: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help === true) return { source: "", help: true };
  if (positionals.length !== 1) {
    throw new Error(`expected one Gong document (a file or an http(s) URL), got ${positionals.length}`);
  }
  return {
    source: positionals[0]!,
    help: false,
    ...(values.spec === undefined ? {} : { spec: values.spec }),
    ...(values.accepted === undefined ? {} : { accepted: values.accepted }),
  };
}
