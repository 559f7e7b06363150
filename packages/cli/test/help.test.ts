// `--help` of every command, read from the built binary: each names its summary, arguments, flags (with their
// enums) and ends with its reference page; and the command table is exactly the bundled spec's operations.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/generated/commands.ts";
import { gong } from "./support/run-gong.ts";

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The bundled spec's client methods: each operation's x-gongkit-method and each x-gongkit-wait.method. */
function specMethods(): string[] {
  const path = createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json");
  const spec = JSON.parse(readFileSync(path, "utf8")) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const methods: string[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation !== "object" || operation === null || !("operationId" in operation)) continue;
      methods.push(operation["x-gongkit-method"] as string);
      const wait = operation["x-gongkit-wait"] as { method: string } | undefined;
      if (wait) methods.push(wait.method);
    }
  }
  return methods;
}

/** `gong <resource> <command>` of a client method: `dataPrivacy.erasePhoneNumber` -> `data-privacy erase-phone-number`. */
const commandLine = (method: string) => method.split(".").map(kebab).join(" ");

describe("gong <resource> <command> --help", () => {
  it.concurrent.each(COMMANDS.map((command) => [`${command.resource} ${command.name}`, command] as const))(
    "gong %s --help",
    async (_, command) => {
      const run = await gong([command.resource, command.name, "--help"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const help = run.stdout;
      expect(help.split("\n")[0]).toContain(command.summary);
      expect(help).toContain(`Usage: gong ${command.resource} ${command.name}`);
      for (const positional of command.positionals) expect(help).toContain(`<${positional.name}>`);
      for (const flag of command.flags) {
        expect(help).toMatch(new RegExp(`--${escapeRegExp(flag.flag)}(?![\\w.-])`));
        if (flag.enum) expect(help).toContain(`--${flag.flag} <${flag.enum.join("|")}`);
      }
      if (command.upload) expect(help).toContain("--file <path>");
      const lastLine = help.trimEnd().split("\n").at(-1);
      expect(lastLine).toMatch(/^Reference: https:\/\/\S+$/);
      expect(lastLine).toContain(`/${command.operationId}.html`);
    },
  );
});

describe("help of gong, a resource, export and auth", () => {
  it("gong --help lists every resource with its commands and the flags of every command", async () => {
    const run = await gong(["--help"]);
    expect(run.code).toBe(0);
    const listed = new Map<string, string[]>();
    const section = run.stdout.split("Resources and their commands:\n")[1]!.split("\n\n")[0]!;
    for (const line of section.split("\n")) {
      const [resource, commands] = line.trim().split(/\s{2,}/);
      listed.set(resource!, commands!.split(", "));
    }
    const expected = new Map<string, string[]>();
    for (const command of COMMANDS)
      expected.set(command.resource, [...(expected.get(command.resource) ?? []), command.name]);
    expect(listed).toEqual(expected);
    for (const flag of ["--output", "--all", "--limit", "--dry-run", "--body", "--access-key", "--help"]) {
      expect(run.stdout).toContain(flag);
    }
    // No arguments at all is the same help.
    expect((await gong([])).stdout).toBe(run.stdout);
  });

  it("gong users --help lists the resource's commands with their summaries", async () => {
    const run = await gong(["users", "--help"]);
    expect(run.code).toBe(0);
    const users = COMMANDS.filter((command) => command.resource === "users");
    expect(run.stdout).toContain(`gong users: ${users.length} commands`);
    for (const command of users)
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name}\\s+${escapeRegExp(command.summary)}$`, "m"));
  });

  it("gong export --help says what it writes, and its flags", async () => {
    const run = await gong(["export", "--help"]);
    expect(run.code).toBe(0);
    for (const text of [
      "calls.jsonl",
      "transcripts.jsonl",
      "users.jsonl",
      "--out",
      "--from",
      "--to",
      "--streams",
      "--lookback",
      "--window",
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  it("gong auth --help names login, logout, status and the credentials file under HOME", async () => {
    const run = await gong(["auth", "--help"]);
    expect(run.code).toBe(0);
    for (const text of [
      "gong auth login",
      "gong auth logout",
      "gong auth status",
      "GONG_ACCESS_KEY",
      ".config/gongkit/credentials.json",
    ]) {
      expect(run.stdout).toContain(text);
    }
  });
});

describe("the command table and the bundled spec", () => {
  it("has a command for every operation of the spec (and every wait), in kebab case, and no other", async () => {
    const methods = specMethods();
    expect(methods.length).toBeGreaterThan(60);
    expect(new Set(methods).size).toBe(methods.length);
    const fromSpec = methods.map(commandLine).sort();
    const commands = COMMANDS.map((command) => `${command.resource} ${command.name}`).sort();
    expect(commands).toEqual(fromSpec);
    for (const command of COMMANDS) {
      expect(commandLine(command.method)).toBe(`${command.resource} ${command.name}`);
      expect(`${command.resource} ${command.name}`).toMatch(/^[a-z]+(-[a-z]+)* [a-z]+(-[a-z]+)*$/);
    }
  });
});
