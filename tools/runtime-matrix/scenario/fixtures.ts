// What the scenario and the Gong-like server agree on. The credentials are fake but watched: the matrix
// fails if any of them shows up in a URL the server saw or in anything a runtime printed.
export const SCENARIO = {
  accessKey: "AKruntimematrix",
  accessKeySecret: "SECRETruntimematrix9f3c",
  bearerToken: "TOKENruntimematrix51ab",
  userId: "234599484848423",
  missingId: "404404",
  rateLimitedId: "429429",
  slowId: "777777",
  /** The user ids of GET /v2/users, page by page (cursor-paginated). */
  pages: [
    ["1000000000000000001", "1000000000000000002"],
    ["1000000000000000003", "1000000000000000004"],
    ["1000000000000000005"],
  ],
} as const;
