// The Gong simulator's data: users and calls (with parties, content and a transcript) generated from a
// seed, so the same seed gives the same data. Each call depends only on (seed, its index, the time range,
// the users), so adding calls never changes the others. Shapes follow spec/calls and spec/users.
import { isoTime } from "./simulator-clock.ts";
import { chooseTopics, generateContent, generateTranscript } from "./simulator-content.ts";
import { between, pick, randomFor } from "./simulator-random.ts";

export interface SimulatedUser {
  id: string;
  emailAddress: string;
  created: string;
  active: boolean;
  firstName: string;
  lastName: string;
  title: string;
  phoneNumber: string;
  managerId?: string;
  settings: { webConferencesRecorded: boolean; emailsImported: boolean; gongConnectEnabled: boolean };
  spokenLanguages: { language: string; primary: boolean }[];
}

export interface SimulatedParty {
  id: string;
  emailAddress: string;
  name: string;
  title?: string;
  userId?: string;
  speakerId: string;
  affiliation: "Internal" | "External" | "Unknown";
  methods: ("Invitee" | "Attendee")[];
}

export interface SimulatedTracker {
  id: string;
  name: string;
  count: number;
  type: "KEYWORD" | "SMART";
  occurrences: { startTime: number; speakerId: string }[];
}

export interface SimulatedContent {
  structure: { name: string; duration: number }[];
  topics: { name: string; duration: number }[];
  trackers: SimulatedTracker[];
  brief: string;
  keyPoints: { text: string }[];
  callOutcome: { id: string; category: string; name: string };
}

/** A transcript's monologue (spec/calls/schemas/Monologue.yaml); sentence times in ms from the call start. */
export interface SimulatedMonologue {
  speakerId: string;
  topic: string;
  sentences: { start: number; end: number; text: string }[];
}

/** A call as the simulator holds it: Gong's metaData fields, then what the extensive listing can add. */
export interface SimulatedCall {
  id: string;
  url: string;
  title: string;
  scheduled: string;
  started: string;
  /** Seconds. */
  duration: number;
  primaryUserId: string;
  direction: "Inbound" | "Outbound" | "Conference" | "Unknown";
  system: string;
  scope: "Internal" | "External" | "Unknown";
  media: "Video" | "Audio";
  language: string;
  workspaceId: string;
  isPrivate: boolean;
  purpose?: string;
  customData?: string;
  clientUniqueId?: string;
  meetingUrl?: string;
  calendarEventId?: string;
  sdrDisposition?: string;
  parties: SimulatedParty[];
  content: SimulatedContent;
  transcript: SimulatedMonologue[];
  /** When the call becomes visible (ISO); without it, `visibleAfterMs` after `started`. */
  visibleAt?: string;
}

/** Fields of a call that are not Gong's metaData. */
const EXTRA_FIELDS = ["parties", "content", "transcript", "visibleAt"] as const;

export const WORKSPACE_ID = "4000000000000000001";

/** Ids are 19 digits beyond 2^53 and odd, so no id is exactly a double: a client that rounds changes it. */
export function idOf(base: bigint, index: number): string {
  return String(base + 2n * BigInt(index) + 1n);
}
export const callIdOf = (index: number) => idOf(7_000_000_000_000_000_000n, index);
export const userIdOf = (index: number) => idOf(8_000_000_000_000_000_000n, index);

const FIRST_NAMES = [
  "Ada",
  "Grace",
  "Alan",
  "Katherine",
  "Linus",
  "Margaret",
  "Dennis",
  "Barbara",
  "Ken",
  "Frances",
];
const LAST_NAMES = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Johnson",
  "Torvalds",
  "Hamilton",
  "Ritchie",
  "Liskov",
  "Thompson",
];
const TITLES = [
  "Account Executive",
  "Sales Development Representative",
  "Customer Success Manager",
  "Sales Engineer",
];
const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Stark Industries",
  "Wayne Enterprises",
  "Tyrell",
];
const CALL_KINDS = ["Discovery call", "Demo", "Pricing review", "Kickoff", "Quarterly review", "Negotiation"];

export function generateUser(seed: number, index: number, createdBefore: number): SimulatedUser {
  const random = randomFor(seed, 1, index);
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const created = createdBefore - between(random, 30, 900) * 86_400_000;
  return {
    id: userIdOf(index),
    emailAddress: `${firstName}.${lastName}.${index}@example.com`.toLowerCase(),
    created: isoTime(Math.floor(created / 1000) * 1000),
    active: random() > 0.05,
    firstName,
    lastName,
    title: pick(random, TITLES),
    phoneNumber: `+1 555-01${String(index % 100).padStart(2, "0")}`,
    ...(index > 0 ? { managerId: userIdOf(Math.floor((index - 1) / 10)) } : {}),
    settings: { webConferencesRecorded: true, emailsImported: true, gongConnectEnabled: random() > 0.5 },
    spokenLanguages: [{ language: "en-US", primary: true }],
  };
}

/** The call of `index`, started within [from, to) (whole seconds), hosted by one of `users`. */
export function generateCall(
  seed: number,
  index: number,
  range: { from: number; to: number },
  users: readonly SimulatedUser[],
): SimulatedCall {
  const random = randomFor(seed, 2, index);
  const startedMs = range.from + Math.floor((random() * (range.to - range.from)) / 1000) * 1000;
  const duration = between(random, 300, 3600);
  const host = users.length > 0 ? pick(random, users) : undefined;
  const company = pick(random, COMPANIES);
  const id = callIdOf(index);
  const parties = generateParties(random, index, host, company, users);
  const topics = chooseTopics(random);
  return {
    id,
    url: `https://app.gong.io/call?id=${id}`,
    title: `${company} | ${pick(random, CALL_KINDS)}`,
    scheduled: isoTime(startedMs - (startedMs % 900_000)),
    started: isoTime(startedMs),
    duration,
    primaryUserId: host?.id ?? userIdOf(0),
    direction: pick(random, ["Inbound", "Outbound", "Conference"] as const),
    system: pick(random, ["Zoom", "Google Meet", "Outreach"]),
    scope: "External",
    media: pick(random, ["Video", "Audio"] as const),
    language: "eng",
    workspaceId: WORKSPACE_ID,
    isPrivate: false,
    purpose: pick(random, CALL_KINDS),
    parties,
    content: generateContent(random, duration, topics, parties),
    transcript: generateTranscript(random, duration, topics, parties),
  };
}

function generateParties(
  random: () => number,
  index: number,
  host: SimulatedUser | undefined,
  company: string,
  users: readonly SimulatedUser[],
): SimulatedParty[] {
  const count = between(random, 2, 4);
  const colleague = count > 2 && random() < 0.5 && users.length > 1 ? pick(random, users) : undefined;
  const internal = [host, colleague].filter(
    (user, k): user is SimulatedUser => user !== undefined && (k === 0 || user.id !== host?.id),
  );
  const domain = `${company.toLowerCase().replaceAll(" ", "")}.example`;
  return Array.from({ length: count }, (_, k): SimulatedParty => {
    const ids = {
      id: idOf(6_000_000_000_000_000_000n, index * 4 + k),
      speakerId: idOf(5_000_000_000_000_000_000n, index * 4 + k),
    };
    const user = internal[k];
    if (user !== undefined) {
      const name = `${user.firstName} ${user.lastName}`;
      return {
        ...ids,
        emailAddress: user.emailAddress,
        name,
        title: user.title,
        userId: user.id,
        affiliation: "Internal",
        methods: ["Invitee", "Attendee"],
      };
    }
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const emailAddress = `${first}.${last}@${domain}`.toLowerCase();
    return { ...ids, emailAddress, name: `${first} ${last}`, affiliation: "External", methods: ["Attendee"] };
  });
}

/** The call's Gong metaData: every field but the extensive parts and the simulator's own. */
export function callMetaData(call: SimulatedCall): Record<string, unknown> {
  const metaData: Record<string, unknown> = { ...call };
  for (const field of EXTRA_FIELDS) delete metaData[field];
  return metaData;
}

export interface ContentSelector {
  exposedFields?: {
    parties?: boolean;
    content?: Partial<Record<keyof SimulatedContent | "trackerOccurrences", boolean>>;
    media?: boolean;
  };
}

/** A call as POST /v2/calls/extensive answers it: metaData, plus the parts `selector` asks for. */
export function extensiveCall(
  call: SimulatedCall,
  selector: ContentSelector | undefined,
): Record<string, unknown> {
  const fields = selector?.exposedFields;
  const asked = fields?.content ?? {};
  const content: Record<string, unknown> = {};
  for (const key of ["structure", "topics", "brief", "keyPoints", "callOutcome"] as const) {
    if (asked[key]) content[key] = call.content[key];
  }
  if (asked.trackers) {
    content.trackers = call.content.trackers.map(({ occurrences, ...tracker }) =>
      asked.trackerOccurrences ? { ...tracker, occurrences } : tracker,
    );
  }
  return {
    metaData: callMetaData(call),
    ...(fields?.parties ? { parties: call.parties } : {}),
    ...(Object.keys(content).length > 0 ? { content } : {}),
    ...(fields?.media
      ? {
          media: {
            audioUrl: `https://storage.example/media/${call.id}/audio.mp3`,
            videoUrl: `https://storage.example/media/${call.id}/video.mp4`,
          },
        }
      : {}),
  };
}
