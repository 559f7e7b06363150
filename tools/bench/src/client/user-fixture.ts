// What every contender asks for and gets: Gong's "Retrieve user" (GET /v2/users/{id}) and the
// spec's own 200 example, so that each one parses the same real-sized body.

export const USER_ID = "234599484848423";
export const USER_PATH = `/v2/users/${USER_ID}`;
export const CREDENTIALS = { accessKey: "bench-access-key", accessKeySecret: "bench-access-key-secret" };
export const AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.accessKey}:${CREDENTIALS.accessKeySecret}`).toString("base64")}`;

export const USER_BODY = JSON.stringify({
  requestId: "4al018gzaztcr8nbukw",
  user: {
    id: USER_ID,
    emailAddress: "test@test.com",
    created: "2018-02-17T02:30:00-08:00",
    active: true,
    emailAliases: ["testAlias@test.com"],
    trustedEmailAddress: "test@test.com",
    firstName: "Jon",
    lastName: "Snow",
    title: "Enterprise Account Executive",
    phoneNumber: "+1 123-567-8989",
    extension: "123",
    personalMeetingUrls: ["https://zoom.us/j/123"],
    settings: {
      webConferencesRecorded: true,
      emailsImported: true,
      nonRecordedMeetingsImported: true,
      gongConnectEnabled: true,
    },
    managerId: "563515258458745",
    meetingConsentPageUrl: "https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl",
    spokenLanguages: [{ language: "es-ES", primary: true }],
  },
});

export const RESPONSE_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "content-length": String(Buffer.byteLength(USER_BODY)),
};

/** A fetch that answers at once without any I/O, as openapi-fetch's own benchmark does. */
export const stubFetch: typeof fetch = async () =>
  new Response(USER_BODY, { status: 200, headers: RESPONSE_HEADERS });
