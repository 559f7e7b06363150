// 64-bit ids with every digit: JSON.parse rounds 9007199254740993 to 9007199254740992; the client
// delivers such properties (typed string by @gongkit/types) as strings, in every runtime.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "../src/lossless-json.ts";
import { testClient } from "./helpers/client.ts";
import { useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

/** Answers every request with `text` as JSON, byte for byte. */
const answerText = (text: string) =>
  serve((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(text);
  });

describe("parseJsonLossless", () => {
  it("keeps the named properties' integers as strings, everywhere in the document", () => {
    const text =
      '{"a":{"scorecardId":9007199254740993,"n":9007199254740993},"list":[{"scorecardId":-12345678901234567890}],"ids":{"scorecardId":[1,18446744073709551615]}}';
    expect(parseJsonLossless(text, ["scorecardId"])).toEqual({
      a: { scorecardId: "9007199254740993", n: 9007199254740992 },
      list: [{ scorecardId: "-12345678901234567890" }],
      ids: { scorecardId: ["1", "18446744073709551615"] },
    });
  });

  it("leaves strings alone, escaped quotes and look-alike text included", () => {
    const text = '{"note":"\\"scorecardId\\":123","scorecardId":null,"x":{"scorecardId":"77"},"y":1.5e3}';
    expect(parseJsonLossless(text, ["scorecardId"])).toEqual({
      note: '"scorecardId":123',
      scorecardId: null,
      x: { scorecardId: "77" },
      y: 1500,
    });
  });

  it("without names it is JSON.parse", () => {
    expect(parseJsonLossless('{"a":9007199254740993}', undefined)).toEqual({ a: 9007199254740992 });
  });

  it("for any 64-bit integer and any layout, the digits come back exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), fc.boolean(), (id, spaced) => {
        const sep = spaced ? " \n\t" : "";
        const text = `{${sep}"workspaceId"${sep}:${sep}${id}${sep},"other":[${sep}"${id}"${sep}]}`;
        expect(parseJsonLossless(text, ["workspaceId"])).toEqual({
          workspaceId: String(id),
          other: [String(id)],
        });
      }),
    );
  });
});

describe("the client delivers 64-bit ids with every digit", () => {
  it("settings.listScorecards: 19- and 20-digit ids arrive whole; quantities stay numbers", async () => {
    const server = await answerText(
      '{"requestId":"r","scorecards":[{"scorecardId":9223372036854775807,"workspaceId":18446744073709551615,' +
        '"updaterUserId":1234567890123456789,"enabled":true,"questions":[{"questionId":9007199254740993,"questionRevisionId":42,"isOverall":false}]}]}',
    );
    const { scorecards } = await testClient(server.url).settings.listScorecards();
    const [scorecard] = scorecards ?? [];
    expect(scorecard?.scorecardId).toBe("9223372036854775807");
    expect(scorecard?.workspaceId).toBe("18446744073709551615");
    expect(scorecard?.updaterUserId).toBe("1234567890123456789");
    expect(scorecard?.questions?.[0]?.questionId).toBe("9007199254740993");
    expect(scorecard?.questions?.[0]?.questionRevisionId).toBe("42");
    expect(scorecard?.enabled).toBe(true);
  });

  it("paged stats.listAnsweredScorecards: every page parsed the same way", async () => {
    const server = await serve((_req, res, i) => {
      res.writeHead(200, { "content-type": "application/json" });
      const cursor = i === 0 ? ',"cursor":"next"' : "";
      res.end(
        `{"requestId":"r","records":{"totalRecords":2,"currentPageSize":1,"currentPageNumber":${i}${cursor}},` +
          `"answeredScorecards":[{"answeredScorecardId":900719925474099${i}3,"callId":1234567890123456789${i}}]}`,
      );
    });
    const ids = [];
    for await (const card of testClient(server.url).stats.listAnsweredScorecards({ filter: {} } as never)) {
      ids.push([card.answeredScorecardId, card.callId]);
    }
    expect(ids).toEqual([
      ["90071992547409903", "12345678901234567890"],
      ["90071992547409913", "12345678901234567891"],
    ]);
  });

  it("gong.GET parses the same operation the same way", async () => {
    const server = await answerText(
      '{"requestId":"r","integrations":[{"integrationId":5517027188234205706,"name":"x"}]}',
    );
    const { data } = await testClient(server.url).GET("/v2/crm/integrations");
    expect(data?.integrations?.[0]?.integrationId).toBe("5517027188234205706");
  });

  it("a 64-bit path parameter is taken as a string of digits and sent as it is", async () => {
    const server = await answerText('{"requestId":"r","meetingId":"1"}');
    const gong = testClient(server.url);
    await gong.meetings.delete("9223372036854775807", { organizerEmail: "a@b.c" });
    expect(server.requests[0]?.url).toBe("/v2/meetings/9223372036854775807");
    await expect(gong.meetings.delete(12 as unknown as string, { organizerEmail: "a@b.c" })).rejects.toThrow(
      "meetingId must be a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$); received number 12",
    );
  });
});
