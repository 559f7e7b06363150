import { afterEach, describe, expect, test } from "vitest";
import { checkChangesetLevel } from "../src/check-changeset-level.ts";
import { writeSpecChangeset } from "../src/write-spec-changeset.ts";
import { createSpecRepo } from "./spec-repo.ts";

const user = "users/schemas/UserMetadata.yaml";
let repo: ReturnType<typeof createSpecRepo>;
afterEach(() => repo.remove());

describe("spec changes version themselves", () => {
  test("no spec change: nothing written", async () => {
    repo = createSpecRepo();
    const written = await writeSpecChangeset(repo.root, "main");
    expect(written).toEqual({ bump: "none", id: null, summary: "" });
    expect((await checkChangesetLevel(repo.root, "main")).ok).toBe(true);
  });

  test.each([
    {
      level: "patch",
      change: "a description edit",
      edit: (s: string) => s.replace("The job title of the Gong user.", "The Gong user's job title."),
      line: "Changed the `description` of `users[].title` in the 200 response of `GET /v2/users`",
    },
    {
      level: "minor",
      change: "an added optional field",
      edit: (s: string) =>
        s.replace(
          "  title:\n",
          "  timezone:\n    type: string\n    description: The user's time zone.\n  title:\n",
        ),
      line: "Added `users[].timezone` in the 200 response of `GET /v2/users`",
    },
    {
      level: "major",
      change: "a removed field",
      edit: (s: string) => s.replace(/ {2}title:\n(?: {4}.*\n)+/, ""),
      line: "Property `title` of `UserMetadata` was removed.",
    },
  ])("$change writes a $level changeset for both published packages", async ({ level, edit, line }) => {
    repo = createSpecRepo();
    repo.editSpec(user, edit);

    const before = await checkChangesetLevel(repo.root, "main");
    expect(before).toMatchObject({ ok: false, required: level });

    const written = await writeSpecChangeset(repo.root, "main");
    expect(written.bump).toBe(level);
    const text = repo.readChangeset(written.id!);
    expect(text).toContain(`"@gongkit/types": ${level}`);
    expect(text).toContain(`"@gongkit/client": ${level}`);
    expect(text).toContain(line);

    expect(await checkChangesetLevel(repo.root, "main")).toMatchObject({ ok: true, required: level });
  });
});
