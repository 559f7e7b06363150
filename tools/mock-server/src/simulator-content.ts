// The content of a generated call: what Gong's extensive listing holds under `content`
// (spec/calls/schemas/ContentDto.yaml) and its transcript (spec/calls/schemas/Monologue.yaml).
import type {
  SimulatedContent,
  SimulatedMonologue,
  SimulatedParty,
  SimulatedTracker,
} from "./simulator-data.ts";
import { between, pick } from "./simulator-random.ts";

const TOPICS = ["Pricing", "Objections", "Next Steps", "Integrations", "Security", "Timeline", "Competition"];
const TRACKERS = ["Competitors", "Budget", "Decision makers", "Pain points", "Contract terms"];
const STRUCTURE = ["Meeting Setup", "Discovery", "Product Demo", "Pricing", "Next Steps"];
const OUTCOMES = [
  { id: "MEETING_BOOKED", category: "Answered", name: "Meeting booked" },
  { id: "NOT_INTERESTED", category: "Answered", name: "Not interested" },
  { id: "FOLLOW_UP", category: "Answered", name: "Follow-up needed" },
];
const SENTENCES = [
  "Thanks for making the time today.",
  "Could you walk me through how your team handles this now?",
  "We looked at a couple of other vendors last quarter.",
  "The integration with our CRM is the part that matters most.",
  "No wait, I think we should check that out first.",
  "Let me share my screen and show you the dashboard.",
  "What would the rollout look like for two hundred seats?",
  "I'll send over a proposal by the end of the week.",
];

/** Up to four of the topics, at least one. */
export function chooseTopics(random: () => number): string[] {
  const topics = TOPICS.filter(() => random() < 0.4).slice(0, 4);
  if (topics.length === 0) topics.push(pick(random, TOPICS));
  return topics;
}

/** Structure, topics, trackers (spoken by the parties), a brief, key points and an outcome. */
export function generateContent(
  random: () => number,
  duration: number,
  topics: string[],
  parties: SimulatedParty[],
): SimulatedContent {
  const share = (count: number) => Math.floor(duration / (count + 1));
  const trackers = TRACKERS.filter(() => random() < 0.3).map((name, k): SimulatedTracker => {
    const occurrences = Array.from({ length: between(random, 1, 3) }, () => ({
      startTime: Math.round(random() * duration * 100) / 100,
      speakerId: pick(random, parties).speakerId,
    })).sort((a, b) => a.startTime - b.startTime);
    return {
      id: String(56_825_452_554_556 + k),
      name,
      count: occurrences.length,
      type: "KEYWORD",
      occurrences,
    };
  });
  return {
    structure: STRUCTURE.slice(0, between(random, 2, STRUCTURE.length)).map((name, _, all) => ({
      name,
      duration: share(all.length),
    })),
    topics: topics.map((name) => ({ name, duration: share(topics.length) })),
    trackers,
    brief: `The call covered ${topics.join(", ").toLowerCase()}.`,
    keyPoints: [{ text: pick(random, SENTENCES) }],
    callOutcome: pick(random, OUTCOMES),
  };
}

/** A few monologues over the call's duration, by the parties in turn, on its topics. */
export function generateTranscript(
  random: () => number,
  duration: number,
  topics: string[],
  parties: SimulatedParty[],
): SimulatedMonologue[] {
  const monologues = between(random, 3, 6);
  const slot = Math.floor((duration * 1000) / monologues);
  return Array.from({ length: monologues }, (_, m) => {
    const sentences = between(random, 1, 3);
    const step = Math.floor(slot / sentences);
    return {
      speakerId: parties[m % parties.length]!.speakerId,
      topic: topics[Math.min(topics.length - 1, Math.floor((m * topics.length) / monologues))]!,
      sentences: Array.from({ length: sentences }, (_, s) => ({
        start: m * slot + s * step,
        end: m * slot + (s + 1) * step - 1,
        text: pick(random, SENTENCES),
      })),
    };
  });
}
