// Names for the k-th synthetic resource: Gong-like nouns, numbered once the list runs out.

const NOUNS = [
  "calls",
  "users",
  "deals",
  "meetings",
  "scorecards",
  "trackers",
  "workspaces",
  "libraryFolders",
  "flows",
  "engagements",
  "coachingSessions",
  "crmObjects",
  "emails",
  "permissions",
  "auditLogs",
  "interactions",
  "integrations",
  "forecasts",
  "playlists",
  "teams",
] as const;

export interface ResourceNames {
  /** The `x-gongkit-method` namespace and path segment: `calls`, then `calls2`, `calls3`, ... */
  namespace: string;
  /** PascalCase stem of the resource's component names: `Calls`, `Calls2`. */
  pascal: string;
  /** The tag shown in the docs: `Calls`, `Calls 2`. */
  tag: string;
  /** The property holding one record in a response body: `call`, `call2`. */
  singular: string;
}

export function resourceNames(index: number): ResourceNames {
  const noun = NOUNS[index % NOUNS.length]!;
  const round = Math.floor(index / NOUNS.length);
  const suffix = round === 0 ? "" : String(round + 1);
  const pascal = noun[0]!.toUpperCase() + noun.slice(1);
  return {
    namespace: `${noun}${suffix}`,
    pascal: `${pascal}${suffix}`,
    tag: suffix === "" ? pascal : `${pascal} ${suffix}`,
    singular: `${noun.replace(/s$/, "")}${suffix}`,
  };
}
