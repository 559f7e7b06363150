// Generated from spec/ by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

/** Gong's OAuth scopes, as the spec's OAuth security scheme lists them. */
export type GongScope =
  /** Read the company's users, their settings and spoken languages. */
  | "api:users:read"
  /** Read the company's calls and their basic data. */
  | "api:calls:read:basic"
  /** Add new calls and upload their media. */
  | "api:calls:create"
  /** Read detailed call data (parties, content, interaction, collaboration and context). */
  | "api:calls:read:extensive"
  /** Receive the download URLs of call media from /v2/calls/extensive. */
  | "api:calls:read:media-url"
  /** Read call transcripts. */
  | "api:calls:read:transcript"
  /** Read the calls that were manually associated with CRM accounts and deals. */
  | "api:crm-calls:manual-association:read"
  /** Read interaction stats of users on calls that have Whisper turned on. */
  | "api:stats:interaction"
  /** Read answered scorecards. */
  | "api:stats:scorecards"
  /** Read the daily activity of users. */
  | "api:stats:user-actions:detailed"
  /** Read the aggregated activity of users. */
  | "api:stats:user-actions"
  /** Read the coaching metrics of managers. */
  | "api:coaching:read"
  /** Read log entries (access, user activity, call play and external sharing logs). */
  | "api:logs:read"
  /** Read the company's workspaces and their details. */
  | "api:workspaces:read"
  /** Read the keyword trackers. */
  | "api:settings:trackers:read"
  /** Read the scorecards and their questions. */
  | "api:settings:scorecards:read"
  /** Read the public Library folders and the calls in them. */
  | "api:library:read"
  /** Read the permission profiles of the company's workspaces. */
  | "api:permission-profile:read"
  /** Create and update permission profiles. */
  | "api:permission-profile:write"
  /** Read which users were given individual access to calls through the API. */
  | "api:call-user-access:read"
  /** Give and remove individual users' access to calls. */
  | "api:call-user-access:write"
  /** Read the details of the company's Generic CRM integration. */
  | "api:crm:integrations:read"
  /** Register a Generic CRM integration. */
  | "api:crm:integration:register"
  /** Delete a Generic CRM integration and all its CRM objects. */
  | "api:crm:integration:delete"
  /** Read and upload the schema fields of CRM object types. */
  | "api:crm:schema"
  /** Read uploaded CRM objects (for use in the development phase). */
  | "api:crm:get-objects"
  /** Upload CRM objects and read the status of asynchronous CRM requests. */
  | "api:crm:upload"
  /** Configure the integration settings (allowed iFrame origins). */
  | "api:integration-settings:write"
  /** Create Gong consent meetings on behalf of a user. */
  | "api:meetings:user:create"
  /** Update Gong consent meetings. */
  | "api:meetings:user:update"
  /** Delete Gong consent meetings. */
  | "api:meetings:user:delete"
  /** Check the status of users' Gong meeting (consent page) integration. */
  | "api:meetings:integration:status"
  /** Report engagement events (content shared, content viewed, custom actions). */
  | "api:engagement-data:write"
  /** Report digital interaction events. */
  | "api:digital-interactions:write"
  /** List Gong Engage flows, flow folders and flow steps, the flows prospects are assigned to, and bulk assignment results. */
  | "api:flows:read"
  /** Assign prospects to Gong Engage flows (also in bulk) and unassign them. */
  | "api:flows:write"
  /** Read users' Gong Engage tasks. */
  | "api:tasks:read"
  /** Update the status, due date or priority of Gong Engage tasks. */
  | "api:tasks:write"
  /** Read the call outcomes defined in the Dialer setup page. */
  | "api:call-outcomes:read"
  /** Get AI-generated answers to natural language questions about entities (Accounts, Deals, Contacts, Leads). */
  | "api:ai-ask:read"
  /** Get AI-generated briefs for entities (Accounts, Deals, Contacts, Leads) using briefs configured in Gong. */
  | "api:ai-briefer:read"
  /** Find all references to an email address or a phone number. */
  | "api:data-privacy:read"
  /** Erase an email address or a phone number and all their associated elements. */
  | "api:data-privacy:delete";

/** Every scope, for checks at run time. */
export const GONG_SCOPES: readonly GongScope[] = ["api:users:read","api:calls:read:basic","api:calls:create","api:calls:read:extensive","api:calls:read:media-url","api:calls:read:transcript","api:crm-calls:manual-association:read","api:stats:interaction","api:stats:scorecards","api:stats:user-actions:detailed","api:stats:user-actions","api:coaching:read","api:logs:read","api:workspaces:read","api:settings:trackers:read","api:settings:scorecards:read","api:library:read","api:permission-profile:read","api:permission-profile:write","api:call-user-access:read","api:call-user-access:write","api:crm:integrations:read","api:crm:integration:register","api:crm:integration:delete","api:crm:schema","api:crm:get-objects","api:crm:upload","api:integration-settings:write","api:meetings:user:create","api:meetings:user:update","api:meetings:user:delete","api:meetings:integration:status","api:engagement-data:write","api:digital-interactions:write","api:flows:read","api:flows:write","api:tasks:read","api:tasks:write","api:call-outcomes:read","api:ai-ask:read","api:ai-briefer:read","api:data-privacy:read","api:data-privacy:delete"];
