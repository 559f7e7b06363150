// The `gong` line on every operation page, read back with @gongkit/cli's own parser: it runs the page's
// operation with the spec's example values; a line the parser refuses fails the build.
import { COMMANDS, parseCommandLine } from "@gongkit/cli";
import { beforeAll, describe, expect, it } from "vitest";
import { gongLine } from "../src/samples/gong-sample.ts";
import { shellWord, splitShellWords } from "../src/samples/shell-words.ts";
import type { OpenApiDocument } from "../src/spec/openapi.ts";
import { listOperations } from "../src/spec/operations.ts";
import { distDir } from "./support/build-site.ts";
import { readPages, textById } from "./support/site-pages.ts";
import { operations, spec } from "./support/spec-facts.ts";

const ops = operations();
let pages = new Map<string, string>();
beforeAll(async () => {
  pages = await readPages(distDir);
});

describe("splitShellWords", () => {
  it("splits as sh does: quotes, escapes, line continuations", () => {
    expect(splitShellWords(`gong a  'b c' "d \\"e\\" $f" g\\ h \\\n  --x '{"k": "it'\\''s"}'`)).toEqual([
      "gong",
      "a",
      "b c",
      'd "e" $f',
      "g h",
      "--x",
      `{"k": "it's"}`,
    ]);
    expect(() => splitShellWords("gong 'open")).toThrow(/unterminated/);
  });

  it("reads back every word shellWord writes", () => {
    const words = ["plain", "with space", "it's", '{"a": [1, 2]}', "+1(425) 555-2671", "a\nb", ""];
    expect(splitShellWords(words.map(shellWord).join(" "))).toEqual(words);
  });
});

describe("gong samples", () => {
  it("every operation page has a gong line that the CLI parses to that operation's command", () => {
    for (const op of ops) {
      const line = textById(pages.get(`reference/${op.operationId}.html`)!, `${op.operationId}.samples.gong`);
      expect(line, op.operationId).toMatch(/^gong /);
      const parsed = parseCommandLine(splitShellWords(line!).slice(1));
      expect(parsed.kind, op.operationId).toBe("command");
      if (parsed.kind !== "command") continue;
      expect(parsed.command.operationId).toBe(op.operationId);
      expect(parsed.command.wait).toBeUndefined();
      // Path parameters as positionals, with the spec's examples; required query parameters as flags.
      expect(parsed.positionals).toHaveLength(op.path.match(/\{/g)?.length ?? 0);
      for (const flag of parsed.command.flags.filter((f) => f.in === "query" && f.required))
        expect(Object.keys(parsed.query), `${op.operationId} --${flag.flag}`).toContain(flag.path[0]);
      // A body: the request example's fields as flags, or the whole example as --body.
      if (op.bodyExample !== undefined && parsed.command.body !== "none") {
        const sent = parsed.options.body === undefined ? parsed.bodyFields : JSON.parse(parsed.options.body);
        expect(Object.keys(sent).sort(), op.operationId).toEqual(
          Object.keys(op.bodyExample as object)
            .filter((k) => !(k === "cursor" && op.pagination?.cursor === "body"))
            .sort(),
        );
      }
      if (parsed.command.upload) expect(parsed.options.file, op.operationId).toBeDefined();
    }
  });

  it("a job's status operation shows the command that waits for the job too", () => {
    const waits = COMMANDS.filter((c) => c.wait);
    expect(waits.length).toBeGreaterThanOrEqual(2);
    for (const command of waits) {
      const id = command.operationId;
      const line = textById(pages.get(`reference/${id}.html`)!, `${id}.samples.gong-wait`)!;
      const parsed = parseCommandLine(splitShellWords(line).slice(1));
      expect(parsed.kind === "command" && parsed.command, id).toBe(command);
    }
  });

  it("keeps the example's values: a long JSON body as --body, scalars as flags", () => {
    const text = (id: string) => textById(pages.get(`reference/${id}.html`)!, `${id}.samples.gong`)!;
    expect(text("getUser")).toBe("gong users get 234599484848423");
    expect(text("addCallRecording")).toBe("gong calls add-media 7782342274025937895 --file call.mp3");
    expect(text("listCalls")).toContain("--from-date-time 2018-02-18T08:00:00Z");
    expect(text("addCall")).toMatch(/--body '\{\n/);
    const parsed = parseCommandLine(splitShellWords(text("listTasks")).slice(1));
    expect(parsed.kind === "command" && parsed.bodyFields).toEqual({
      filter: expect.objectContaining({ types: ["FLOW", "MANUAL"] }),
    });
  });

  it("refuses a line the CLI would refuse", () => {
    const doc = structuredClone(spec) as unknown as OpenApiDocument;
    const listLogs = listOperations(doc).find((op) => op.operationId === "listLogs")!;
    const command = COMMANDS.find((c) => c.operationId === "listLogs")!;
    expect(gongLine(doc, listLogs, command)).toContain("--log-type AccessLog");
    // An example outside the enum the CLI checks: the line is refused, and so is the build.
    listLogs.parameters.find((p) => p.name === "logType")!.example = "NoSuchLog";
    expect(() => gongLine(doc, listLogs, command)).toThrow(
      /The gong sample of listLogs is wrong, the CLI refuses it: .*--log-type must be one of/,
    );
  });
});
