// Generated from spec/ by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

import type { CommandSpec } from "../command-spec.js";

/** A command per client method: `gong <resource> <method>`. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    "resource": "users",
    "name": "list",
    "method": "users.list",
    "operation": "GET /v2/users",
    "operationId": "listUsers",
    "summary": "List all users",
    "description": "List all of the company's users.\n\nRequired authorization scope: 'api:users:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "include-avatars",
        "in": "query",
        "path": [
          "includeAvatars"
        ],
        "type": "boolean",
        "description": "Avatars are synthetic users representing Gong employees (CSMs and support providers) when they access your instance. References to avatars' IDs may be found in the outputs of other API endpoints. This parameter is optional, if not provided avatars will not be included in the results."
      }
    ],
    "body": "none",
    "query": "optional",
    "paging": {
      "items": "users"
    }
  },
  {
    "resource": "users",
    "name": "list-by-filter",
    "method": "users.listByFilter",
    "operation": "POST /v2/users/extensive",
    "operationId": "listMultipleUsers",
    "summary": "List users by filter",
    "description": "List multiple Users.\n\nRequired authorization scope: 'api:users:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.created-from-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdFromDateTime"
        ],
        "type": "string",
        "description": "An optional user creation time lower limit, if supplied the API will return only the users created at or after this time. The filed is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "filter.created-to-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdToDateTime"
        ],
        "type": "string",
        "description": "An optional user creation time upper limit, if supplied the API will return only the users created before this time. The filed is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "filter.include-avatars",
        "in": "body",
        "path": [
          "filter",
          "includeAvatars"
        ],
        "type": "boolean",
        "description": "Avatars are synthetic users representing Gong employees (CSMs and support providers) when they access your instance. References to avatars' IDs may be found in the outputs of other API endpoints. This parameter is optional, if not provided avatars will not be included in the results."
      },
      {
        "flag": "filter.user-ids",
        "in": "body",
        "path": [
          "filter",
          "userIds"
        ],
        "type": "string",
        "array": true,
        "description": "Set of Gong's unique numeric identifiers for the users (up to 20 digits)."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "users"
    }
  },
  {
    "resource": "users",
    "name": "get",
    "method": "users.get",
    "operation": "GET /v2/users/{id}",
    "operationId": "getUser",
    "summary": "Retrieve user",
    "description": "Retrieve a specific user.\n\nRequired authorization scope: 'api:users:read'.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "Gong's unique numeric identifier for the user (up to 20 digits)."
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "users",
    "name": "get-settings-history",
    "method": "users.getSettingsHistory",
    "operation": "GET /v2/users/{id}/settings-history",
    "operationId": "getUserHistory",
    "summary": "Retrieve user settings history",
    "description": "Retrieve a specific user's settings history.\n\nRequired authorization scope: 'api:users:read'.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "Gong's unique numeric identifier for the user (up to 20 digits)."
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "calls",
    "name": "list",
    "method": "calls.list",
    "operation": "GET /v2/calls",
    "operationId": "listCalls",
    "summary": "List all calls",
    "description": "List calls that took place during the specified date range.\n\nRequired authorization scope: 'api:calls:read:basic'.",
    "positionals": [],
    "flags": [
      {
        "flag": "from-date-time",
        "in": "query",
        "path": [
          "fromDateTime"
        ],
        "type": "string",
        "required": true,
        "description": "From date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -07:00. Returns calls on or after this time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time."
      },
      {
        "flag": "to-date-time",
        "in": "query",
        "path": [
          "toDateTime"
        ],
        "type": "string",
        "required": true,
        "description": "To date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -7:00. Returns calls that started before this date and time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time."
      },
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Workspace identifier, if supplied the API only returns calls belonging to this workspace."
      }
    ],
    "body": "none",
    "query": "required",
    "paging": {
      "items": "calls"
    }
  },
  {
    "resource": "calls",
    "name": "create",
    "method": "calls.create",
    "operation": "POST /v2/calls",
    "operationId": "addCall",
    "summary": "Add new call",
    "description": "When using this endpoint, either provide a downloadMediaUrl or use the returned callId in a follow-up request to /v2/calls/{id}/media to upload the media file.\n\nRequired authorization scope: 'api:calls:create'.",
    "positionals": [],
    "flags": [
      {
        "flag": "client-unique-id",
        "in": "body",
        "path": [
          "clientUniqueId"
        ],
        "type": "string",
        "required": true,
        "description": "A call's unique identifier in the PBX or the recording system. Gong uses this identifier to prevent repeated attempts to upload the same recording."
      },
      {
        "flag": "title",
        "in": "body",
        "path": [
          "title"
        ],
        "type": "string",
        "description": "The title of the call. This title is used for indexing and search."
      },
      {
        "flag": "purpose",
        "in": "body",
        "path": [
          "purpose"
        ],
        "type": "string",
        "description": "The purpose of the call."
      },
      {
        "flag": "scheduled-start",
        "in": "body",
        "path": [
          "scheduledStart"
        ],
        "type": "string",
        "description": "The date and time the call was scheduled to begin in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)"
      },
      {
        "flag": "scheduled-end",
        "in": "body",
        "path": [
          "scheduledEnd"
        ],
        "type": "string",
        "description": "The date and time the call was scheduled to end in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)"
      },
      {
        "flag": "actual-start",
        "in": "body",
        "path": [
          "actualStart"
        ],
        "type": "string",
        "required": true,
        "description": "The actual date and time the call started in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)"
      },
      {
        "flag": "duration",
        "in": "body",
        "path": [
          "duration"
        ],
        "type": "number",
        "description": "The call duration in seconds."
      },
      {
        "flag": "direction",
        "in": "body",
        "path": [
          "direction"
        ],
        "type": "string",
        "enum": [
          "Inbound",
          "Outbound",
          "Conference",
          "Unknown"
        ],
        "required": true,
        "description": "Whether the call is inbound (someone called the company), outbound (a rep dialed someone outside the company), or a conference call."
      },
      {
        "flag": "disposition",
        "in": "body",
        "path": [
          "disposition"
        ],
        "type": "string",
        "description": "The disposition of the call. The disposition is free text of up to 255 characters."
      },
      {
        "flag": "custom-data",
        "in": "body",
        "path": [
          "customData"
        ],
        "type": "string",
        "description": "Optional metadata associated with the call (represented as text). Gong stores this metadata and it can be used for troubleshooting."
      },
      {
        "flag": "speakers-timeline.precise",
        "in": "body",
        "path": [
          "speakersTimeline",
          "precise"
        ],
        "type": "boolean",
        "description": "Indicates whether the provided speech segments match the media precisely or need further refinement based on the media. \"Precisely\" here means that segments do not deviate from the actual speech in the media by more than 100ms."
      },
      {
        "flag": "meeting-url",
        "in": "body",
        "path": [
          "meetingUrl"
        ],
        "type": "string",
        "description": "The URL of the conference call by which users join the meeting"
      },
      {
        "flag": "call-provider-code",
        "in": "body",
        "path": [
          "callProviderCode"
        ],
        "type": "string",
        "description": "The code identifies the provider conferencing or telephony system. For example: zoom, clearslide, gotomeeting, ringcentral, outreach, insidesales, etc. These values are predefined by Gong, please contact help@gong.io to find the proper value for your system."
      },
      {
        "flag": "download-media-url",
        "in": "body",
        "path": [
          "downloadMediaUrl"
        ],
        "type": "string",
        "description": "The URL from which Gong can download the media file. The URL must be unique, the audio or video file must be a maximum of 1.5GB. The content-type must either start with 'audio' or 'video,' or should be 'application/octet-stream' or 'binary/octet-stream' followed by a subtype that specifies a supported file type (WAV, MP3, MP4, MKV and FLAC). If you provide this URL, you should not perform the 'Add call media' step."
      },
      {
        "flag": "workspace-id",
        "in": "body",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional workspace identifier. If specified, the call will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied."
      },
      {
        "flag": "language-code",
        "in": "body",
        "path": [
          "languageCode"
        ],
        "type": "string",
        "description": "The language code the call should be transcribed to. This field is optional as Gong automatically detects the language spoken in the call and transcribes it accordingly. Set this field only if you are sure of the language the call is in. Valid values are: af-ZA, am-ET, ar-AE, ar-BH, ar-DZ, ar-EG, ar-IL, ar-IQ, ar-JO, ar-KW, ar-LB, ar-MA, ar-MR, ar-OM, ar-PS, ar-QA, ar-SA, ar-TN, ar-YE, az-AZ, bg-BG, bn-BD, bn-IN, bs-BA, ca-ES, cs-CZ, da-DK, de-AT, de-CH, de-DE, el-GR, en-AB, en-AU, en-CA, en-GB, en-IE, en-IN, en-NZ, en-PH, en-SG, en-US, en-WL, en-ZA, es-AR, es-BO, es-CL, es-CO, es-CR, es-DO, es-EC, es-ES, es-GT, es-HN, es-MX, es-NI, es-PA, es-PE, es-PR, es-PY, es-SV, es-US, es-UY, et-EE, eu-ES, fa-IR, fi-FI, fil-PH, fr-BE, fr-CA, fr-CH, fr-FR, gl-ES, gu-IN, he-IL, hi-IN, hr-HR, hu-HU, hy-AM, id-ID, is-IS, it-CH, it-IT, ja-JP, jv-ID, ka-GE, kk-KZ, km-KH, kn-IN, ko-KR, lo-LA, lt-LT, lv-LV, mk-MK, ml-IN, mn-MN, mr-IN, ms-MY, my-MM, ne-NP, nl-BE, nl-NL, no-NO, pa-Guru-IN, pl-PL, pt-BR, pt-PT, ro-RO, ru-RU, si-LK, sk-SK, sl-SI, sq-AL, sr-RS, su-ID, sv-SE, sw-KE, sw-TZ, ta-IN, ta-LK, ta-MY, ta-SG, te-IN, th-TH, tr-TR, uk-UA, ur-IN, ur-PK, uz-UZ, vi-VN, yue-Hant-HK, zh-CN, zh-TW, zu-ZA"
      },
      {
        "flag": "flow-context.task-id",
        "in": "body",
        "path": [
          "flowContext",
          "taskId"
        ],
        "type": "string",
        "description": "A task identifier"
      },
      {
        "flag": "primary-user",
        "in": "body",
        "path": [
          "primaryUser"
        ],
        "type": "string",
        "required": true,
        "description": "The Gong internal user ID of the team member who hosted the call."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "calls",
    "name": "get",
    "method": "calls.get",
    "operation": "GET /v2/calls/{id}",
    "operationId": "getCall",
    "summary": "Retrieve data for a specific call",
    "description": "Retrieve data for a specific call.\n\nRequired authorization scope: 'api:calls:read:basic'.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "Gong's unique numeric identifier for the call (up to 20 digits)."
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "calls",
    "name": "add-media",
    "method": "calls.addMedia",
    "operation": "PUT /v2/calls/{id}/media",
    "operationId": "addCallRecording",
    "summary": "Add call media",
    "description": "Adds a call media, recorded by a telephony system (PBX) or other media recording facility. Gong accepts call recordings in various audio and video file formats, including WAV, MP3, MP4, MKV and FLAC. If uploading a dual-channel (stereo) file separated by speaker, make sure to specify which channel corresponds to the company team member (rep) in the parties/mediaChannelId parameter of the Add New Call operation.\n\nRequired authorization scope: 'api:calls:create'.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "callId returned from 'Add New Call' request"
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none",
    "upload": {
      "part": "mediaFile",
      "records": false
    }
  },
  {
    "resource": "calls",
    "name": "list-by-filter",
    "method": "calls.listByFilter",
    "operation": "POST /v2/calls/extensive",
    "operationId": "listCallsExtensive",
    "summary": "Retrieve detailed call data by various filters",
    "description": "Lists detailed call data for calls that took place during a specified date range, have specified call IDs or hosted by specified users.\n\nRequired authorization scope: 'api:calls:read:extensive'. Moreover, clients requesting media download URLs by the contentSelector.exposedFields.media field should also have the scope 'api:calls:read:media-url'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date-time",
        "in": "body",
        "path": [
          "filter",
          "fromDateTime"
        ],
        "type": "string",
        "description": "Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) from which to list recorded calls. Returns calls that started on or after the specified date and time. If not provided, list starts with earliest call. The date applies to call start time."
      },
      {
        "flag": "filter.to-date-time",
        "in": "body",
        "path": [
          "filter",
          "toDateTime"
        ],
        "type": "string",
        "description": "Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) until which to list recorded calls. Returns calls that started up to but excluding specified date and time. If not provided, list ends with most recent call. The date applies to call start time."
      },
      {
        "flag": "filter.workspace-id",
        "in": "body",
        "path": [
          "filter",
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional Workspace identifier, if supplied the API will return only the calls belonging to this workspace."
      },
      {
        "flag": "filter.call-ids",
        "in": "body",
        "path": [
          "filter",
          "callIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of calls Ids to be filtered. If not supplied, returns all calls between fromDateTime and toDateTime."
      },
      {
        "flag": "filter.primary-user-ids",
        "in": "body",
        "path": [
          "filter",
          "primaryUserIds"
        ],
        "type": "string",
        "array": true,
        "description": "An optional list of user identifiers, if supplied the API will return only the calls hosted by the specified users. The identifiers in this field match the primaryUserId field of the calls."
      },
      {
        "flag": "content-selector.context",
        "in": "body",
        "path": [
          "contentSelector",
          "context"
        ],
        "type": "string",
        "enum": [
          "None",
          "Basic",
          "Extended"
        ],
        "description": "If 'Basic', add links to external systems (context objects) such as CRM, Telephony System, Case Management. If 'Extended' include also data (context fields) for these links. Default value 'None'"
      },
      {
        "flag": "content-selector.context-timing",
        "in": "body",
        "path": [
          "contentSelector",
          "contextTiming"
        ],
        "type": "string",
        "array": true,
        "enum": [
          "Now",
          "TimeOfCall"
        ],
        "description": "Timing for the context data. The field is optional and can contain either \"Now\" or \"TimeOfCall\" or both. The default value is [\"Now\"]. Can be provided only when the context field is set to 'Extended'"
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "calls"
    }
  },
  {
    "resource": "calls",
    "name": "list-transcripts",
    "method": "calls.listTranscripts",
    "operation": "POST /v2/calls/transcript",
    "operationId": "getCallTranscripts",
    "summary": "Retrieve transcripts of calls",
    "description": "Returns transcripts for calls that took place during the specified date period. If call IDs are specified, only transcripts for calls with those IDs that took place during the time period are returned.\n\nRequired authorization scope: 'api:calls:read:transcript'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date-time",
        "in": "body",
        "path": [
          "filter",
          "fromDateTime"
        ],
        "type": "string",
        "description": "Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) from which to list recorded calls. Returns calls that started on or after the specified date and time. If not provided, list starts with earliest call. The date applies to call start time."
      },
      {
        "flag": "filter.to-date-time",
        "in": "body",
        "path": [
          "filter",
          "toDateTime"
        ],
        "type": "string",
        "description": "Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) until which to list recorded calls. Returns calls that started up to but excluding specified date and time. If not provided, list ends with most recent call. The date applies to call start time."
      },
      {
        "flag": "filter.workspace-id",
        "in": "body",
        "path": [
          "filter",
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional Workspace identifier, if supplied the API will return only the calls belonging to this workspace."
      },
      {
        "flag": "filter.call-ids",
        "in": "body",
        "path": [
          "filter",
          "callIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of calls Ids to be filtered. If not supplied, returns all calls between fromDateTime and toDateTime."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "callTranscripts"
    }
  },
  {
    "resource": "calls",
    "name": "list-manual-crm-associations",
    "method": "calls.listManualCrmAssociations",
    "operation": "GET /v2/calls/manual-crm-associations",
    "operationId": "listCRMCallsManualAssociation",
    "summary": "List all calls that were manually associated with CRM objects",
    "description": "**Deprecated:** Gong's July 2026 OpenAPI document no longer lists this operation and no reference page exists for it; it may stop working without notice.\n\nReturns a list of all calls that were manually associated or re-associated with CRM account and deal/opportunity since a given time.\n\nActions will be listed in the ascending order of their timing.\n\nNotice if a call was associated and later re-associated the API will return both events.\n\nThis endpoint is in Beta Phase.\n\nRequired authorization scope: 'api:crm-calls:manual-association:read'.",
    "deprecated": true,
    "positionals": [],
    "flags": [
      {
        "flag": "from-date-time",
        "in": "query",
        "path": [
          "fromDateTime"
        ],
        "type": "string",
        "description": "Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed."
      }
    ],
    "body": "none",
    "query": "optional",
    "paging": {
      "items": "associations"
    }
  },
  {
    "resource": "calls",
    "name": "list-outcomes",
    "method": "calls.listOutcomes",
    "operation": "GET /v2/call-outcomes",
    "operationId": "listCallOutcomes",
    "summary": "List call outcomes",
    "description": "Use this endpoint to retrieve the list of available call outcomes defined in Gong.\nCall outcomes are used to categorize the result of a call (e.g., \"Connected\", \"No Answer\") and are set in the Dialer setup page.\n\nRequired authorization scope: 'api:call-outcomes:read'.",
    "positionals": [],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "stats",
    "name": "list-interaction",
    "method": "stats.listInteraction",
    "operation": "POST /v2/stats/interaction",
    "operationId": "listInteractionStats",
    "summary": "Retrieve interaction stats for applicable users by date",
    "description": "Returns interaction stats for users based on calls that have Whisper turned on.\n\nRequired authorization scope: 'api:stats:interaction'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date",
        "in": "body",
        "path": [
          "filter",
          "fromDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) from which to list a user's activity. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.to-date",
        "in": "body",
        "path": [
          "filter",
          "toDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) until which to list a user's activity. This value is exclusive. This value should not exceed the current day. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.created-from-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdFromDateTime"
        ],
        "type": "string",
        "description": "A creation time lower limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.created-to-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdToDateTime"
        ],
        "type": "string",
        "description": "A creation time upper limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.user-ids",
        "in": "body",
        "path": [
          "filter",
          "userIds"
        ],
        "type": "string",
        "array": true,
        "description": "Set of Gong's unique numeric identifiers for the users (up to 20 digits)."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "peopleInteractionStats"
    }
  },
  {
    "resource": "stats",
    "name": "list-answered-scorecards",
    "method": "stats.listAnsweredScorecards",
    "operation": "POST /v2/stats/activity/scorecards",
    "operationId": "listAnsweredScorecards",
    "summary": "Retrieve answered scorecards for applicable reviewed users or scorecards for a date range",
    "description": "Retrieve all the answers for the scorecards that were reviewed during a specified date range, for calls that took place during a specified date range, for specific scorecards or for specific reviewed users.\n\nRequired authorization scope: 'api:stats:scorecards'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.call-from-date",
        "in": "body",
        "path": [
          "filter",
          "callFromDate"
        ],
        "type": "string",
        "description": "The date (in the company's time zone) of the call from when to list calls. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it starts with the earliest recorded call."
      },
      {
        "flag": "filter.call-to-date",
        "in": "body",
        "path": [
          "filter",
          "callToDate"
        ],
        "type": "string",
        "description": "The date (in the company's time zone) of the call until when to list calls. This value is exclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it ends with the latest recorded call."
      },
      {
        "flag": "filter.review-from-date",
        "in": "body",
        "path": [
          "filter",
          "reviewFromDate"
        ],
        "type": "string",
        "description": "The review date (in the company's time zone) from when to list calls. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it starts with the earliest reviewed call."
      },
      {
        "flag": "filter.review-to-date",
        "in": "body",
        "path": [
          "filter",
          "reviewToDate"
        ],
        "type": "string",
        "description": "The review date (in the company's time zone) until when to list calls. This value is exclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it ends with the latest reviewed call."
      },
      {
        "flag": "filter.review-method",
        "in": "body",
        "path": [
          "filter",
          "reviewMethod"
        ],
        "type": "string",
        "enum": [
          "AUTOMATIC",
          "BOTH",
          "MANUAL"
        ],
        "description": "Select whether to return scorecards that have been reviewed manually, automatically, or both. Default value: MANUAL"
      },
      {
        "flag": "filter.reviewed-user-ids",
        "in": "body",
        "path": [
          "filter",
          "reviewedUserIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user Ids of the team members being reviewed. If not specified, it returns all answered scorecards in the corresponding filter."
      },
      {
        "flag": "filter.scorecard-ids",
        "in": "body",
        "path": [
          "filter",
          "scorecardIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of scorecards Ids. If not specified, it returns all answered scorecards in the corresponding filter."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "answeredScorecards"
    }
  },
  {
    "resource": "stats",
    "name": "list-day-by-day-activity",
    "method": "stats.listDayByDayActivity",
    "operation": "POST /v2/stats/activity/day-by-day",
    "operationId": "listMultipleUsersDayByDayActivity",
    "summary": "Retrieve daily activity for applicable users for a date range",
    "description": "Retrieve the daily activity of multiple users within the Gong system for a range of dates. This endpoint returns records including statistics about each user's activity, on the daily level. Records are returned only for users with activity in the range.\n\nRequired authorization scope: 'api:stats:user-actions:detailed'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date",
        "in": "body",
        "path": [
          "filter",
          "fromDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) from which to list a user's activity. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.to-date",
        "in": "body",
        "path": [
          "filter",
          "toDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) until which to list a user's activity. This value is exclusive. This value should not exceed the current day. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.created-from-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdFromDateTime"
        ],
        "type": "string",
        "description": "A creation time lower limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.created-to-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdToDateTime"
        ],
        "type": "string",
        "description": "A creation time upper limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.user-ids",
        "in": "body",
        "path": [
          "filter",
          "userIds"
        ],
        "type": "string",
        "array": true,
        "description": "Set of Gong's unique numeric identifiers for the users (up to 20 digits)."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "usersDetailedActivities"
    }
  },
  {
    "resource": "stats",
    "name": "list-aggregate-activity",
    "method": "stats.listAggregateActivity",
    "operation": "POST /v2/stats/activity/aggregate",
    "operationId": "listMultipleUsersAggregateActivity",
    "summary": "Retrieve aggregated activity for defined users by date",
    "description": "Lists the activity of multiple users within the Gong system during a defined period. Given the period, this endpoint returns multiple records, one for each user, with an applicable activity during the period. Each record includes statistics about the user's activity.\n\nRequired authorization scope: 'api:stats:user-actions'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date",
        "in": "body",
        "path": [
          "filter",
          "fromDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) from which to list a user's activity. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.to-date",
        "in": "body",
        "path": [
          "filter",
          "toDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) until which to list a user's activity. This value is exclusive. This value should not exceed the current day. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.created-from-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdFromDateTime"
        ],
        "type": "string",
        "description": "A creation time lower limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.created-to-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdToDateTime"
        ],
        "type": "string",
        "description": "A creation time upper limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.user-ids",
        "in": "body",
        "path": [
          "filter",
          "userIds"
        ],
        "type": "string",
        "array": true,
        "description": "Set of Gong's unique numeric identifiers for the users (up to 20 digits)."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "usersAggregateActivityStats"
    }
  },
  {
    "resource": "stats",
    "name": "list-aggregate-activity-by-period",
    "method": "stats.listAggregateActivityByPeriod",
    "operation": "POST /v2/stats/activity/aggregate-by-period",
    "operationId": "listMultipleUsersAggregateByPeriod",
    "summary": "Retrieve aggregated activity for defined users by a date range with grouping in time periods",
    "description": "Lists the aggregated activity of multiple users within the Gong system for each time period within the defined date range. This endpoint returns multiple records, one for each user. For each user there are items for every time period in the date range, including statistics about the user's activity. Records are returned only for users with activity in the range.\n\nRequired authorization scope: 'api:stats:user-actions'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.from-date",
        "in": "body",
        "path": [
          "filter",
          "fromDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) from which to list a user's activity. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.to-date",
        "in": "body",
        "path": [
          "filter",
          "toDate"
        ],
        "type": "string",
        "required": true,
        "description": "The date (in the company's time zone) until which to list a user's activity. This value is exclusive. This value should not exceed the current day. The date should be specified in the following format: YYYY-MM-DD."
      },
      {
        "flag": "filter.created-from-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdFromDateTime"
        ],
        "type": "string",
        "description": "A creation time lower limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.created-to-date-time",
        "in": "body",
        "path": [
          "filter",
          "createdToDateTime"
        ],
        "type": "string",
        "description": "A creation time upper limit, in the ISO-8601 format. Gong's reference page lists this field without a description."
      },
      {
        "flag": "filter.user-ids",
        "in": "body",
        "path": [
          "filter",
          "userIds"
        ],
        "type": "string",
        "array": true,
        "description": "Set of Gong's unique numeric identifiers for the users (up to 20 digits)."
      },
      {
        "flag": "aggregation-period",
        "in": "body",
        "path": [
          "aggregationPeriod"
        ],
        "type": "string",
        "enum": [
          "DAY",
          "WEEK",
          "MONTH",
          "QUARTER",
          "YEAR"
        ],
        "required": true,
        "description": "Calendar time period for aggregating data. Note: First day of the week is Monday."
      }
    ],
    "body": "required",
    "query": "none",
    "paging": {
      "items": "usersAggregateActivity"
    }
  },
  {
    "resource": "settings",
    "name": "list-workspaces",
    "method": "settings.listWorkspaces",
    "operation": "GET /v2/workspaces",
    "operationId": "listWorkspaces",
    "summary": "List all company workspaces",
    "description": "Returns a list of all workspaces including their details.\n\nRequired authorization scope: 'api:workspaces:read'.",
    "positionals": [],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "settings",
    "name": "list-trackers",
    "method": "settings.listTrackers",
    "operation": "GET /v2/settings/trackers",
    "operationId": "listTrackers",
    "summary": "Retrieve tracker details",
    "description": "Retrieves details of all keyword trackers in the system or in a given workspace.\n\nWhen accessed through a Bearer token authorization method, this endpoint requires the 'api:settings:trackers:read' scope.\n\nRequired authorization scope: 'api:settings:trackers:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "The ID of the workspace the keyword trackers are in. When empty, all trackers in all workspaces are returned."
      }
    ],
    "body": "none",
    "query": "optional"
  },
  {
    "resource": "settings",
    "name": "list-scorecards",
    "method": "settings.listScorecards",
    "operation": "GET /v2/settings/scorecards",
    "operationId": "listScorecards",
    "summary": "Retrieve scorecards details",
    "description": "Retrieve all the scorecards within the Gong system.\n\nRequired authorization scope: 'api:settings:scorecards:read'.",
    "positionals": [],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "settings",
    "name": "list-briefs",
    "method": "settings.listBriefs",
    "operation": "GET /v2/settings/briefs",
    "operationId": "listBriefs",
    "summary": "Retrieve AI brief settings - BETA",
    "description": "**Beta:** this endpoint is in beta.\n\nRetrieves settings of all AI briefs in the system or in a specified workspace.\n\nRequired authorization scope: 'api:ai-briefer:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "The ID of the workspace the AI briefs are in. When empty, all briefs in all workspaces are returned."
      }
    ],
    "body": "none",
    "query": "optional"
  },
  {
    "resource": "library",
    "name": "list-folders",
    "method": "library.listFolders",
    "operation": "GET /v2/library/folders",
    "operationId": "getLibraryStructure",
    "summary": "Retrieve Library folders",
    "description": "Use this endpoint to retrieve a list of public library folders. We do not allow retrieval of either private or archived folders.\n\nRequired authorization scope: 'api:library:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Workspace identifier. We will retrieve folders which are related to this specific workspace."
      }
    ],
    "body": "none",
    "query": "optional"
  },
  {
    "resource": "library",
    "name": "get-folder-content",
    "method": "library.getFolderContent",
    "operation": "GET /v2/library/folder-content",
    "operationId": "getCallsInSpecificFolder",
    "summary": "List of calls in a specific folder",
    "description": "Given a folder id, this endpoint retrieves a list of calls in it.\n\nRequired authorization scope: 'api:library:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "folder-id",
        "in": "query",
        "path": [
          "folderId"
        ],
        "type": "string",
        "description": "Gong's unique numeric identifier for the folder (up to 20 digits)."
      }
    ],
    "body": "none",
    "query": "optional"
  },
  {
    "resource": "auditing",
    "name": "list-logs",
    "method": "auditing.listLogs",
    "operation": "GET /v2/logs",
    "operationId": "listLogs",
    "summary": "Retrieve logs data by type and time range",
    "description": "List log entries that took place during a specified time range.\n\nRequired authorization scope: 'api:logs:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "log-type",
        "in": "query",
        "path": [
          "logType"
        ],
        "type": "string",
        "enum": [
          "AccessLog",
          "UserActivityLog",
          "UserCallPlay",
          "ExternallySharedCallAccess",
          "ExternallySharedCallPlay"
        ],
        "required": true,
        "description": "Type of logs requested."
      },
      {
        "flag": "from-date-time",
        "in": "query",
        "path": [
          "fromDateTime"
        ],
        "type": "string",
        "required": true,
        "description": "The time from which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "to-date-time",
        "in": "query",
        "path": [
          "toDateTime"
        ],
        "type": "string",
        "description": "The time until which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified, the logs end with the latest recorded log."
      }
    ],
    "body": "none",
    "query": "required",
    "paging": {
      "items": "logEntries"
    }
  },
  {
    "resource": "coaching",
    "name": "list-metrics",
    "method": "coaching.listMetrics",
    "operation": "GET /v2/coaching",
    "operationId": "listCoachingMetrics",
    "summary": "List all coaching metrics",
    "description": "List all of the coaching metrics of a manager.\n\nRequired authorization scope: 'api:coaching:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspace-id"
        ],
        "type": "int64",
        "required": true,
        "description": "Gong's unique numeric identifier for the workspace of the coaching metrics."
      },
      {
        "flag": "manager-id",
        "in": "query",
        "path": [
          "manager-id"
        ],
        "type": "int64",
        "required": true,
        "description": "Gong's unique numeric identifier for the manager (a Gong user) whose coaching metrics are listed."
      },
      {
        "flag": "from",
        "in": "query",
        "path": [
          "from"
        ],
        "type": "string",
        "required": true,
        "description": "Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed."
      },
      {
        "flag": "to",
        "in": "query",
        "path": [
          "to"
        ],
        "type": "string",
        "required": true,
        "description": "Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "list-profiles",
    "method": "permissions.listProfiles",
    "operation": "GET /v2/all-permission-profiles",
    "operationId": "listPermissionProfile",
    "summary": "List all company permission profiles for a given workspace",
    "description": "Returns a list of all permission profiles.\n\nThe listing is in the alphabetical order of the profile names.\n\nRequired authorization scope: 'api:permission-profile:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "required": true,
        "description": "Workspace identifier, the API will return only the profiles belonging to this workspace. You can retrieve the workspace using the \"workspaces\" (under \"Settings\") API."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "get-profile",
    "method": "permissions.getProfile",
    "operation": "GET /v2/permission-profile",
    "operationId": "getPermissionProfile",
    "summary": "Permission profile for a given profile Id",
    "description": "Returns a permission profile.\n\nRequired authorization scope: 'api:permission-profile:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "profile-id",
        "in": "query",
        "path": [
          "profileId"
        ],
        "type": "string",
        "required": true,
        "description": "Permission profile identifier."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "update-profile",
    "method": "permissions.updateProfile",
    "operation": "PUT /v2/permission-profile",
    "operationId": "updatePermissionProfile",
    "summary": "Update permission profile",
    "description": "Update a permission profile.\n\nRequired authorization scope: 'api:permission-profile:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "profile-id",
        "in": "query",
        "path": [
          "profileId"
        ],
        "type": "string",
        "required": true,
        "description": "Permission profile identifier."
      },
      {
        "flag": "id",
        "in": "body",
        "path": [
          "id"
        ],
        "type": "string",
        "description": "Unique numeric identifier of the permission profile (up to 20 digits)."
      },
      {
        "flag": "name",
        "in": "body",
        "path": [
          "name"
        ],
        "type": "string",
        "description": "Permission profile name."
      },
      {
        "flag": "description",
        "in": "body",
        "path": [
          "description"
        ],
        "type": "string",
        "description": "Permission profile description."
      },
      {
        "flag": "calls-access.permission-level",
        "in": "body",
        "path": [
          "callsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "calls-access.team-lead-ids",
        "in": "body",
        "path": [
          "callsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "library-folder-access.permission-level",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "none",
          "all",
          "specific-folders"
        ],
        "description": "Library folder permission level - mandatory value."
      },
      {
        "flag": "library-folder-access.library-folder-ids",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "libraryFolderIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of library folder Ids, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-public-folder",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "managePublicFolder"
        ],
        "type": "boolean",
        "description": "A user with this profile can manage public folder, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-streams",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "manageStreams"
        ],
        "type": "boolean",
        "description": "A user with this profile can manage streams, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-folder-calls",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "manageFolderCalls"
        ],
        "type": "boolean",
        "description": "A user with this profile can add calls to folders, archive calls, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.share-folders-and-streams",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "shareFoldersAndStreams"
        ],
        "type": "boolean",
        "description": "A user with this profile can share folders and streams from Your Library with other team members, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "deals-access.permission-level",
        "in": "body",
        "path": [
          "dealsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "deals-access.team-lead-ids",
        "in": "body",
        "path": [
          "dealsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "coaching-access.permission-level",
        "in": "body",
        "path": [
          "coachingAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "coaching-access.team-lead-ids",
        "in": "body",
        "path": [
          "coachingAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "insights-access.permission-level",
        "in": "body",
        "path": [
          "insightsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "insights-access.team-lead-ids",
        "in": "body",
        "path": [
          "insightsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "usage-access.permission-level",
        "in": "body",
        "path": [
          "usageAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "usage-access.team-lead-ids",
        "in": "body",
        "path": [
          "usageAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "emails-access.permission-level",
        "in": "body",
        "path": [
          "emailsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "emails-access.team-lead-ids",
        "in": "body",
        "path": [
          "emailsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "score-calls",
        "in": "body",
        "path": [
          "scoreCalls"
        ],
        "type": "boolean",
        "description": "User can score calls."
      },
      {
        "flag": "override-score",
        "in": "body",
        "path": [
          "overrideScore"
        ],
        "type": "boolean",
        "description": "User can override someone else score."
      },
      {
        "flag": "download-call-media",
        "in": "body",
        "path": [
          "downloadCallMedia"
        ],
        "type": "boolean",
        "description": "User can download call media."
      },
      {
        "flag": "share-calls-with-customers",
        "in": "body",
        "path": [
          "shareCallsWithCustomers"
        ],
        "type": "boolean",
        "description": "User can share calls with customers."
      },
      {
        "flag": "manually-schedule-and-upload-calls",
        "in": "body",
        "path": [
          "manuallyScheduleAndUploadCalls"
        ],
        "type": "boolean",
        "description": "User can manually schedule and upload calls."
      },
      {
        "flag": "private-calls",
        "in": "body",
        "path": [
          "privateCalls"
        ],
        "type": "boolean",
        "description": "User can set their own calls as private."
      },
      {
        "flag": "delete-calls",
        "in": "body",
        "path": [
          "deleteCalls"
        ],
        "type": "boolean",
        "description": "User can delete calls."
      },
      {
        "flag": "trim-calls",
        "in": "body",
        "path": [
          "trimCalls"
        ],
        "type": "boolean",
        "description": "User can trim calls."
      },
      {
        "flag": "listen-in-calls",
        "in": "body",
        "path": [
          "listenInCalls"
        ],
        "type": "boolean",
        "description": "User can listen in calls."
      },
      {
        "flag": "delete-emails",
        "in": "body",
        "path": [
          "deleteEmails"
        ],
        "type": "boolean",
        "description": "User can delete emails."
      },
      {
        "flag": "calls-and-search",
        "in": "body",
        "path": [
          "callsAndSearch"
        ],
        "type": "boolean",
        "description": "User can view and search calls."
      },
      {
        "flag": "library",
        "in": "body",
        "path": [
          "library"
        ],
        "type": "boolean",
        "description": "User can view library pages."
      },
      {
        "flag": "deals",
        "in": "body",
        "path": [
          "deals"
        ],
        "type": "boolean",
        "description": "User can view deals pages."
      },
      {
        "flag": "create-edit-and-delete-deals-boards",
        "in": "body",
        "path": [
          "createEditAndDeleteDealsBoards"
        ],
        "type": "boolean",
        "description": "User can create/edit/delete deals boards."
      },
      {
        "flag": "deals-inline-editing",
        "in": "body",
        "path": [
          "dealsInlineEditing"
        ],
        "type": "boolean",
        "description": "User can perform inline editing of deals."
      },
      {
        "flag": "account",
        "in": "body",
        "path": [
          "account"
        ],
        "type": "boolean",
        "description": "User can view account pages."
      },
      {
        "flag": "coaching",
        "in": "body",
        "path": [
          "coaching"
        ],
        "type": "boolean",
        "description": "User can view coaching pages."
      },
      {
        "flag": "usage",
        "in": "body",
        "path": [
          "usage"
        ],
        "type": "boolean",
        "description": "User can view usage pages."
      },
      {
        "flag": "team-stats",
        "in": "body",
        "path": [
          "teamStats"
        ],
        "type": "boolean",
        "description": "User can view team stats page."
      },
      {
        "flag": "initiatives",
        "in": "body",
        "path": [
          "initiatives"
        ],
        "type": "boolean",
        "description": "User can view initiatives page."
      },
      {
        "flag": "market",
        "in": "body",
        "path": [
          "market"
        ],
        "type": "boolean",
        "description": "User can view market page."
      },
      {
        "flag": "activity",
        "in": "body",
        "path": [
          "activity"
        ],
        "type": "boolean",
        "description": "User can view activity pages."
      },
      {
        "flag": "forecast",
        "in": "body",
        "path": [
          "forecast"
        ],
        "type": "boolean",
        "description": "User can view forecast pages."
      },
      {
        "flag": "forecast-manage",
        "in": "body",
        "path": [
          "forecastManage"
        ],
        "type": "boolean",
        "description": "User can manage forecast boards and upload targets."
      },
      {
        "flag": "engage-manage-company-templates",
        "in": "body",
        "path": [
          "engageManageCompanyTemplates"
        ],
        "type": "boolean",
        "description": "User can manage company email templates."
      },
      {
        "flag": "engage-manage-company-sequences",
        "in": "body",
        "path": [
          "engageManageCompanySequences"
        ],
        "type": "boolean",
        "description": "User can manage company sequences."
      },
      {
        "flag": "engage-create-and-manage-rulesets",
        "in": "body",
        "path": [
          "engageCreateAndManageRulesets"
        ],
        "type": "boolean",
        "description": "User can create and manage rulesets."
      },
      {
        "flag": "engage-snooze-flow-to-dos-for-others",
        "in": "body",
        "path": [
          "engageSnoozeFlowToDosForOthers"
        ],
        "type": "boolean",
        "description": "User can snooze flow in to dos for others"
      },
      {
        "flag": "engage-allow-crm-fields-view-change",
        "in": "body",
        "path": [
          "engageAllowCrmFieldsViewChange"
        ],
        "type": "boolean",
        "description": "User can change crm fields view"
      },
      {
        "flag": "view-engage-analytics-activity",
        "in": "body",
        "path": [
          "viewEngageAnalyticsActivity"
        ],
        "type": "boolean",
        "description": "User can view engage analytics activity page."
      },
      {
        "flag": "view-engage-analytics-performance",
        "in": "body",
        "path": [
          "viewEngageAnalyticsPerformance"
        ],
        "type": "boolean",
        "description": "User can view engage analytics performance page."
      },
      {
        "flag": "view-engage-analytics-flows",
        "in": "body",
        "path": [
          "viewEngageAnalyticsFlows"
        ],
        "type": "boolean",
        "description": "User can view engage analytics flows page."
      },
      {
        "flag": "manage-general-business-settings",
        "in": "body",
        "path": [
          "manageGeneralBusinessSettings"
        ],
        "type": "boolean",
        "description": "User can manage general business settings."
      },
      {
        "flag": "manage-scorecards",
        "in": "body",
        "path": [
          "manageScorecards"
        ],
        "type": "boolean",
        "description": "User can manage scorecards."
      },
      {
        "flag": "export-calls-and-coaching-data-to-c-s-v",
        "in": "body",
        "path": [
          "exportCallsAndCoachingDataToCSV"
        ],
        "type": "boolean",
        "description": "User can export calls and coaching metrics data to CSV."
      },
      {
        "flag": "crm-data-inline-editing",
        "in": "body",
        "path": [
          "crmDataInlineEditing"
        ],
        "type": "boolean",
        "description": "User can perform inline editing of crm data."
      },
      {
        "flag": "crm-data-import",
        "in": "body",
        "path": [
          "crmDataImport"
        ],
        "type": "boolean",
        "description": "User can perform import of crm data."
      },
      {
        "flag": "view-revenue-analytics",
        "in": "body",
        "path": [
          "viewRevenueAnalytics"
        ],
        "type": "boolean",
        "description": "User can view dashboards page."
      },
      {
        "flag": "manage-revenue-analytics",
        "in": "body",
        "path": [
          "manageRevenueAnalytics"
        ],
        "type": "boolean",
        "description": "User can manage revenue analytics."
      },
      {
        "flag": "engage-reassign-flow-to-dos-to-others",
        "in": "body",
        "path": [
          "engageReassignFlowToDosToOthers"
        ],
        "type": "boolean",
        "description": "User can reassign flow to-dos to others"
      },
      {
        "flag": "engage-assign-flow-to-dos-to-others",
        "in": "body",
        "path": [
          "engageAssignFlowToDosToOthers"
        ],
        "type": "boolean",
        "description": "User can assign flow to-dos to others"
      },
      {
        "flag": "deals-data-export",
        "in": "body",
        "path": [
          "dealsDataExport"
        ],
        "type": "boolean",
        "description": "User can export deals data"
      },
      {
        "flag": "ai-builder",
        "in": "body",
        "path": [
          "aiBuilder"
        ],
        "type": "boolean",
        "description": "User can access AI Builder"
      },
      {
        "flag": "orchestrate-create-and-manage-plays",
        "in": "body",
        "path": [
          "orchestrateCreateAndManagePlays"
        ],
        "type": "boolean",
        "description": "User can create and manage plays."
      }
    ],
    "body": "required",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "create-profile",
    "method": "permissions.createProfile",
    "operation": "POST /v2/permission-profile",
    "operationId": "createPermissionProfile",
    "summary": "Create permission profile",
    "description": "Create a permission profile in a given workspace.\n\nRequired authorization scope: 'api:permission-profile:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "required": true,
        "description": "Workspace identifier. You can retrieve the workspace using the \"workspaces\" (under \"Settings\") API."
      },
      {
        "flag": "id",
        "in": "body",
        "path": [
          "id"
        ],
        "type": "string",
        "description": "Unique numeric identifier of the permission profile (up to 20 digits)."
      },
      {
        "flag": "name",
        "in": "body",
        "path": [
          "name"
        ],
        "type": "string",
        "description": "Permission profile name."
      },
      {
        "flag": "description",
        "in": "body",
        "path": [
          "description"
        ],
        "type": "string",
        "description": "Permission profile description."
      },
      {
        "flag": "calls-access.permission-level",
        "in": "body",
        "path": [
          "callsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "calls-access.team-lead-ids",
        "in": "body",
        "path": [
          "callsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "library-folder-access.permission-level",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "none",
          "all",
          "specific-folders"
        ],
        "description": "Library folder permission level - mandatory value."
      },
      {
        "flag": "library-folder-access.library-folder-ids",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "libraryFolderIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of library folder Ids, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-public-folder",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "managePublicFolder"
        ],
        "type": "boolean",
        "description": "A user with this profile can manage public folder, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-streams",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "manageStreams"
        ],
        "type": "boolean",
        "description": "A user with this profile can manage streams, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.manage-folder-calls",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "manageFolderCalls"
        ],
        "type": "boolean",
        "description": "A user with this profile can add calls to folders, archive calls, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "library-folder-access.share-folders-and-streams",
        "in": "body",
        "path": [
          "libraryFolderAccess",
          "shareFoldersAndStreams"
        ],
        "type": "boolean",
        "description": "A user with this profile can share folders and streams from Your Library with other team members, if set, \"permissionLevel\" must not be \"none\"."
      },
      {
        "flag": "deals-access.permission-level",
        "in": "body",
        "path": [
          "dealsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "deals-access.team-lead-ids",
        "in": "body",
        "path": [
          "dealsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "coaching-access.permission-level",
        "in": "body",
        "path": [
          "coachingAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "coaching-access.team-lead-ids",
        "in": "body",
        "path": [
          "coachingAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "insights-access.permission-level",
        "in": "body",
        "path": [
          "insightsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "insights-access.team-lead-ids",
        "in": "body",
        "path": [
          "insightsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "usage-access.permission-level",
        "in": "body",
        "path": [
          "usageAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "usage-access.team-lead-ids",
        "in": "body",
        "path": [
          "usageAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "emails-access.permission-level",
        "in": "body",
        "path": [
          "emailsAccess",
          "permissionLevel"
        ],
        "type": "string",
        "enum": [
          "all",
          "managers-team",
          "report-to-them",
          "own",
          "none"
        ],
        "description": "Permission access scope."
      },
      {
        "flag": "emails-access.team-lead-ids",
        "in": "body",
        "path": [
          "emailsAccess",
          "teamLeadIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of user IDs to populate the managers-team permission level You can retrieve the user ids by using the “Users” API."
      },
      {
        "flag": "score-calls",
        "in": "body",
        "path": [
          "scoreCalls"
        ],
        "type": "boolean",
        "description": "User can score calls."
      },
      {
        "flag": "override-score",
        "in": "body",
        "path": [
          "overrideScore"
        ],
        "type": "boolean",
        "description": "User can override someone else score."
      },
      {
        "flag": "download-call-media",
        "in": "body",
        "path": [
          "downloadCallMedia"
        ],
        "type": "boolean",
        "description": "User can download call media."
      },
      {
        "flag": "share-calls-with-customers",
        "in": "body",
        "path": [
          "shareCallsWithCustomers"
        ],
        "type": "boolean",
        "description": "User can share calls with customers."
      },
      {
        "flag": "manually-schedule-and-upload-calls",
        "in": "body",
        "path": [
          "manuallyScheduleAndUploadCalls"
        ],
        "type": "boolean",
        "description": "User can manually schedule and upload calls."
      },
      {
        "flag": "private-calls",
        "in": "body",
        "path": [
          "privateCalls"
        ],
        "type": "boolean",
        "description": "User can set their own calls as private."
      },
      {
        "flag": "delete-calls",
        "in": "body",
        "path": [
          "deleteCalls"
        ],
        "type": "boolean",
        "description": "User can delete calls."
      },
      {
        "flag": "trim-calls",
        "in": "body",
        "path": [
          "trimCalls"
        ],
        "type": "boolean",
        "description": "User can trim calls."
      },
      {
        "flag": "listen-in-calls",
        "in": "body",
        "path": [
          "listenInCalls"
        ],
        "type": "boolean",
        "description": "User can listen in calls."
      },
      {
        "flag": "delete-emails",
        "in": "body",
        "path": [
          "deleteEmails"
        ],
        "type": "boolean",
        "description": "User can delete emails."
      },
      {
        "flag": "calls-and-search",
        "in": "body",
        "path": [
          "callsAndSearch"
        ],
        "type": "boolean",
        "description": "User can view and search calls."
      },
      {
        "flag": "library",
        "in": "body",
        "path": [
          "library"
        ],
        "type": "boolean",
        "description": "User can view library pages."
      },
      {
        "flag": "deals",
        "in": "body",
        "path": [
          "deals"
        ],
        "type": "boolean",
        "description": "User can view deals pages."
      },
      {
        "flag": "create-edit-and-delete-deals-boards",
        "in": "body",
        "path": [
          "createEditAndDeleteDealsBoards"
        ],
        "type": "boolean",
        "description": "User can create/edit/delete deals boards."
      },
      {
        "flag": "deals-inline-editing",
        "in": "body",
        "path": [
          "dealsInlineEditing"
        ],
        "type": "boolean",
        "description": "User can perform inline editing of deals."
      },
      {
        "flag": "account",
        "in": "body",
        "path": [
          "account"
        ],
        "type": "boolean",
        "description": "User can view account pages."
      },
      {
        "flag": "coaching",
        "in": "body",
        "path": [
          "coaching"
        ],
        "type": "boolean",
        "description": "User can view coaching pages."
      },
      {
        "flag": "usage",
        "in": "body",
        "path": [
          "usage"
        ],
        "type": "boolean",
        "description": "User can view usage pages."
      },
      {
        "flag": "team-stats",
        "in": "body",
        "path": [
          "teamStats"
        ],
        "type": "boolean",
        "description": "User can view team stats page."
      },
      {
        "flag": "initiatives",
        "in": "body",
        "path": [
          "initiatives"
        ],
        "type": "boolean",
        "description": "User can view initiatives page."
      },
      {
        "flag": "market",
        "in": "body",
        "path": [
          "market"
        ],
        "type": "boolean",
        "description": "User can view market page."
      },
      {
        "flag": "activity",
        "in": "body",
        "path": [
          "activity"
        ],
        "type": "boolean",
        "description": "User can view activity pages."
      },
      {
        "flag": "forecast",
        "in": "body",
        "path": [
          "forecast"
        ],
        "type": "boolean",
        "description": "User can view forecast pages."
      },
      {
        "flag": "forecast-manage",
        "in": "body",
        "path": [
          "forecastManage"
        ],
        "type": "boolean",
        "description": "User can manage forecast boards and upload targets."
      },
      {
        "flag": "engage-manage-company-templates",
        "in": "body",
        "path": [
          "engageManageCompanyTemplates"
        ],
        "type": "boolean",
        "description": "User can manage company email templates."
      },
      {
        "flag": "engage-manage-company-sequences",
        "in": "body",
        "path": [
          "engageManageCompanySequences"
        ],
        "type": "boolean",
        "description": "User can manage company sequences."
      },
      {
        "flag": "engage-create-and-manage-rulesets",
        "in": "body",
        "path": [
          "engageCreateAndManageRulesets"
        ],
        "type": "boolean",
        "description": "User can create and manage rulesets."
      },
      {
        "flag": "engage-snooze-flow-to-dos-for-others",
        "in": "body",
        "path": [
          "engageSnoozeFlowToDosForOthers"
        ],
        "type": "boolean",
        "description": "User can snooze flow in to dos for others"
      },
      {
        "flag": "engage-allow-crm-fields-view-change",
        "in": "body",
        "path": [
          "engageAllowCrmFieldsViewChange"
        ],
        "type": "boolean",
        "description": "User can change crm fields view"
      },
      {
        "flag": "view-engage-analytics-activity",
        "in": "body",
        "path": [
          "viewEngageAnalyticsActivity"
        ],
        "type": "boolean",
        "description": "User can view engage analytics activity page."
      },
      {
        "flag": "view-engage-analytics-performance",
        "in": "body",
        "path": [
          "viewEngageAnalyticsPerformance"
        ],
        "type": "boolean",
        "description": "User can view engage analytics performance page."
      },
      {
        "flag": "view-engage-analytics-flows",
        "in": "body",
        "path": [
          "viewEngageAnalyticsFlows"
        ],
        "type": "boolean",
        "description": "User can view engage analytics flows page."
      },
      {
        "flag": "manage-general-business-settings",
        "in": "body",
        "path": [
          "manageGeneralBusinessSettings"
        ],
        "type": "boolean",
        "description": "User can manage general business settings."
      },
      {
        "flag": "manage-scorecards",
        "in": "body",
        "path": [
          "manageScorecards"
        ],
        "type": "boolean",
        "description": "User can manage scorecards."
      },
      {
        "flag": "export-calls-and-coaching-data-to-c-s-v",
        "in": "body",
        "path": [
          "exportCallsAndCoachingDataToCSV"
        ],
        "type": "boolean",
        "description": "User can export calls and coaching metrics data to CSV."
      },
      {
        "flag": "crm-data-inline-editing",
        "in": "body",
        "path": [
          "crmDataInlineEditing"
        ],
        "type": "boolean",
        "description": "User can perform inline editing of crm data."
      },
      {
        "flag": "crm-data-import",
        "in": "body",
        "path": [
          "crmDataImport"
        ],
        "type": "boolean",
        "description": "User can perform import of crm data."
      },
      {
        "flag": "view-revenue-analytics",
        "in": "body",
        "path": [
          "viewRevenueAnalytics"
        ],
        "type": "boolean",
        "description": "User can view dashboards page."
      },
      {
        "flag": "manage-revenue-analytics",
        "in": "body",
        "path": [
          "manageRevenueAnalytics"
        ],
        "type": "boolean",
        "description": "User can manage revenue analytics."
      },
      {
        "flag": "engage-reassign-flow-to-dos-to-others",
        "in": "body",
        "path": [
          "engageReassignFlowToDosToOthers"
        ],
        "type": "boolean",
        "description": "User can reassign flow to-dos to others"
      },
      {
        "flag": "engage-assign-flow-to-dos-to-others",
        "in": "body",
        "path": [
          "engageAssignFlowToDosToOthers"
        ],
        "type": "boolean",
        "description": "User can assign flow to-dos to others"
      },
      {
        "flag": "deals-data-export",
        "in": "body",
        "path": [
          "dealsDataExport"
        ],
        "type": "boolean",
        "description": "User can export deals data"
      },
      {
        "flag": "ai-builder",
        "in": "body",
        "path": [
          "aiBuilder"
        ],
        "type": "boolean",
        "description": "User can access AI Builder"
      },
      {
        "flag": "orchestrate-create-and-manage-plays",
        "in": "body",
        "path": [
          "orchestrateCreateAndManagePlays"
        ],
        "type": "boolean",
        "description": "User can create and manage plays."
      }
    ],
    "body": "required",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "list-profile-users",
    "method": "permissions.listProfileUsers",
    "operation": "GET /v2/permission-profile/users",
    "operationId": "listPermissionProfileUsers",
    "summary": "List all users attached to a given permission profile",
    "description": "Returns a list of all users whose access is controlled by the given permission profile.\n\nRequired authorization scope: 'api:users:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "profile-id",
        "in": "query",
        "path": [
          "profileId"
        ],
        "type": "string",
        "required": true,
        "description": "Permission profile identifier."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "permissions",
    "name": "add-call-access",
    "method": "permissions.addCallAccess",
    "operation": "PUT /v2/calls/users-access",
    "operationId": "addUsersAccessToCalls",
    "summary": "Give individual users access to calls",
    "description": "Give individual users access to calls.\n\nIf a user already has access (perhaps the call was shared with them, or they have access through their permission profiles) the request will have no effect.\n\nRequired authorization scope: 'api:call-user-access:write'.",
    "positionals": [],
    "flags": [],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "permissions",
    "name": "list-call-access",
    "method": "permissions.listCallAccess",
    "operation": "POST /v2/calls/users-access",
    "operationId": "getUsersAccessToCalls",
    "summary": "Retrieve users that have specific individual access to calls",
    "description": "Returns a list of users who have received individual access to calls through the API.\n\nThis endpoint doesn't cover user that have access for other reasons (such as sharing recipients, or access through permission profiles).\n\nRequired authorization scope: 'api:call-user-access:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.call-ids",
        "in": "body",
        "path": [
          "filter",
          "callIds"
        ],
        "type": "string",
        "array": true,
        "required": true,
        "description": "Array of Gong's unique numeric call IDs."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "permissions",
    "name": "remove-call-access",
    "method": "permissions.removeCallAccess",
    "operation": "DELETE /v2/calls/users-access",
    "operationId": "deleteUsersAccessToCalls",
    "summary": "Remove specific individual users access from calls",
    "description": "Remove individual user access from calls. The request can only remove access previously given by the /v2/calls/users-access API.\n\nIf a given user does not have access to the call, they will be unaffected.\n\nIf a given user does have access to the call, but not through the pubic API (for example if the call was shared with the user), the user's access will remain unchanged.\n\nRequired authorization scope: 'api:call-user-access:write'.",
    "positionals": [],
    "flags": [],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "crm",
    "name": "list-integrations",
    "method": "crm.listIntegrations",
    "operation": "GET /v2/crm/integrations",
    "operationId": "listGenericCrmIntegration",
    "summary": "Get Generic CRM integration details",
    "description": "Returns the CRM integration you set up using the `PUT /v2/crm/integrations` endpoint. You can only have one integration at a time.\n\nRequired authorization scope: 'api:crm:integrations:read'.",
    "positionals": [],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "crm",
    "name": "register-integration",
    "method": "crm.registerIntegration",
    "operation": "PUT /v2/crm/integrations",
    "operationId": "registerGenericCrmIntegration",
    "summary": "Register a Generic CRM integration",
    "description": "Creates your CRM integration with Gong. Returns an integrationId, which should be used in requests to the CRM API to enable correct association of CRM data.\n\nMultiple CRM integrations are not supported. To create a new integration, delete the old one first (`DELETE /v2/crm/integrations`).\n\nThis includes if you have integrated with Gong using one of the native CRM integrations such as HubSpot or Salesforce.\n\nRequired authorization scope: 'api:crm:integration:register'.",
    "positionals": [],
    "flags": [
      {
        "flag": "owner-email",
        "in": "body",
        "path": [
          "ownerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "Email address of the person responsible for the integration"
      },
      {
        "flag": "name",
        "in": "body",
        "path": [
          "name"
        ],
        "type": "string",
        "required": true,
        "description": "The name of the integration"
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "crm",
    "name": "delete-integration",
    "method": "crm.deleteIntegration",
    "operation": "DELETE /v2/crm/integrations",
    "operationId": "deleteGenericCrmIntegration",
    "summary": "Delete a Generic CRM integration",
    "description": "Asynchronously deletes a CRM integration and all its associated CRM objects (Accounts, Contacts, Deals, Leads, and Users).\n\nThis endpoint gets the clientRequestId generated by you as the request identifier. Use this to check the status of the delete request by calling the `/request-status` endpoint,with the clientRequestId.\n\nA status of DONE indicates that the integration and all its associated crm objects have been successfully deleted. This may take up to 24 hours to be deleted.\n\n## Example\n\n`DELETE https://api.gong.io/v2/crm/integrations?clientRequestId=1234&integrationId=6286478263646`\n\nRequired authorization scope: 'api:crm:integration:delete'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "The ID of the integration to delete"
      },
      {
        "flag": "client-request-id",
        "in": "query",
        "path": [
          "clientRequestId"
        ],
        "type": "string",
        "required": true,
        "description": "A unique identifier generated and sent by you to allow troubleshooting. Valid characters are letters, numbers, dashes and underscores."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "crm",
    "name": "list-schema-fields",
    "method": "crm.listSchemaFields",
    "operation": "GET /v2/crm/entity-schema",
    "operationId": "listCrmSchemaFields",
    "summary": "List Schema Fields",
    "description": "Retrieves a list of the object schema fields.\n\n### Example\n\n#### Request\n\n`GET https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`\n\n#### Response\n\n```json\n{\n    \"requestId\": \"afjkzqkqglog7ueki5\",\n    \"objectTypeToSelectedFields\": {\n        \"ACCOUNT\": [\n            {\n                \"name\": \"accountTypePicklist\",\n                \"label\": \"Account Type\",\n                \"type\": \"PICKLIST\",\n                \"lastModified\": null,\n                \"isDeleted\": false,\n                \"referenceTo\": null,\n                \"orderedValueList\": null\n            },\n            {\n                \"name\": \"accountTypePicklist2\",\n                \"label\": \"Account Type2\",\n                \"type\": \"PICKLIST\",\n                \"lastModified\": null,\n                \"isDeleted\": false,\n                \"referenceTo\": null,\n                \"orderedValueList\": null\n            },\n            {\n                \"name\": \"fooBar\",\n                \"label\": \"Foo Bar\",\n                \"type\": \"STRING\",\n                \"lastModified\": null,\n                \"isDeleted\": false,\n                \"referenceTo\": null,\n                \"orderedValueList\": null\n            }\n        ]\n    }\n}\n```\n\nRequired authorization scope: 'api:crm:schema'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      },
      {
        "flag": "object-type",
        "in": "query",
        "path": [
          "objectType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD"
        ],
        "description": "Type of object to retrieve the schema fields for (case-sensitive). Omitting this parameter returns the schema for all object types."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "crm",
    "name": "upload-schema",
    "method": "crm.uploadSchema",
    "operation": "POST /v2/crm/entity-schema",
    "operationId": "uploadCrmSchemaField",
    "summary": "Upload Object Schema",
    "description": "Enables you to add, edit or remove fields to Gong CRM entities, so that you can display additional CRM data in Gong. Fields that are not included in the Gong CRM objects, and are uploaded without updating your schema, are not displayed in Gong.\n\nUpdate your schema when:\n\n- You create a new integration\n- There are changes to the schema of any object type. You can also send a schema update request before any request to the `/v2/crm/entities` API.\n\nWhen updating your schema:\n\n- Add or change field: include all fields you want in the schema, including those sent previously. Example:\n\n  | Date | Action | Result |\n  | --- | --- | --- |\n  | 3/4/2023 | Send account schema with fieldA | fieldA added to the account |\n  | 6/4/23 | Send account schema with fieldA and fieldB | fieldA still included in account schema. fieldB added to the account |\n  | 8/4/23 | Send account schema with fieldC but without fieldA and fieldB | Receive an error that you must include all fields in the schema |\n  | 15/4/23 | Send account schema with fieldB, fieldC, and isDeleted for fieldA | fieldA and all it's data are deleted. fieldB and fieldC remain in the schema |\n\n- Changing a field: if you change the field type, a new field is created and the data associated with the original field is deleted. Other changes, such as the label do not result in data being deleted.\n- Deleting a field: to delete a field and it's associated data, send the field with isDeleted = true\n\n## Supported field types\n\nThis table describes the field types that can be added to your schema\n\n| Field type | Format in JSON | Possible values |\n| --- | --- | --- |\n| BOOLEAN | boolean | true, false |\n| DATE | string (ISO-8601 date without time) | \"2020-05-31\" |\n| DATETIME | string (ISO-8601 datetime without milliseconds) | \"2020-12-17T07:37:21+02:00\" \"2020-12-17T05:37:21Z\" |\n| PICKLIST | string - one of the values in an orderedValueList | \"Analyst\" |\n| NUMBER | number | 45.66, 8453 |\n| PERCENT | number (between 0 to 100) | 67.3 |\n| CURRENCY\\* | number | 34.68 |\n| PHONENUMBER | string | \"+14055766687\" |\n| EMAILADDRESS | string | \"john.doe@anywhere.com\" |\n| REFERENCE | string - the id of another object | \"48b009drax\" |\n| ID | string - the id of the object | \"843hf8484jr84htg\" |\n| STRING | string | \"whatever you want\" |\n| URL | string | \"https://crm.com/account/6d4r578f\" |\n\n\\* In the integration send a number value, and specify the correct currency symbol in the Gong UI. Currently Gong does not support multiple currencies per company.\n\n### Example\n\n#### Request\n\n`POST https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`\n\n```\n[{\"uniqueName\": \"orderId\", \"label\": \"ID\", \"type\": \"ID\", \"lastModified\": \"2020-11-11T08:11:34+01:00\"},\n{\"uniqueName\": \"parentAccount\", \"label\": \"Main Account\", \"type\": \"REFERENCE\", \"referenceTo\": \"ACCOUNT\", \"lastModified\": \"2020-11-11T08:11:34+01:00\"},\n{\"uniqueName\": \"category\", \"label\": \"Category\", \"type\": \"PICKLIST\", \"orderedValueList\": [\"Analyst\", \"Competitor\", \"Customer\", \"Integrator\", \"Investor\", \"Partner\", \"Other\"], \"lastModified\": \"2020-11-11T08:11:34+01:00\"},\n// remove custom field\n{\"uniqueName\": \"industry\", \"isDeleted\": true, \"label\": \"Industry\", \"type\": \"PICKLIST\", \"lastModified\": \"2020-11-21T08:11:34+01:00\"}]\n```\n\nRequired authorization scope: 'api:crm:schema'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      },
      {
        "flag": "object-type",
        "in": "query",
        "path": [
          "objectType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD"
        ],
        "required": true,
        "description": "The object type to set the schema for (case-sensitive)"
      }
    ],
    "body": "required",
    "query": "required"
  },
  {
    "resource": "crm",
    "name": "get-objects",
    "method": "crm.getObjects",
    "operation": "GET /v2/crm/entities",
    "operationId": "getCrmObjects",
    "summary": "Get CRM objects",
    "description": "## This API is for use in the **development phase only**, to manually verify that objects are uploaded and processed correctly in Gong.\n\nReturns a JSON object where each key is the object’s crm id and the corresponding value is a nested JSON object representing the CRM object fields. Each key in the nested JSON is the field name and the corresponding value is the field value.\n\nThe objects are fetched from the Gong main DB. If the object is not found, the JSON’s value is null.\n\nThe request body contains an array of objects ids.\n\nThe request is limited to 100 objects. If more than 100 objects are requested only the first 100 are returned.\n\n### Example\n\n#### Request\n\n`GET https://api.gong.io/v2/crm/entities?integrationId=6286478263646&objectType=DEAL`\n\n`[\"1234\",\"8765\"] //request body`\n\nRequired authorization scope: 'api:crm:get-objects'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      },
      {
        "flag": "object-type",
        "in": "query",
        "path": [
          "objectType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD"
        ],
        "required": true,
        "description": "Requested objects type"
      },
      {
        "flag": "objects-crm-ids",
        "in": "query",
        "path": [
          "objectsCrmIds"
        ],
        "type": "string",
        "array": true,
        "required": true,
        "description": "**Request Body:** The requested objects crm ids (should be sent in the request body)"
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "crm",
    "name": "upload-objects",
    "method": "crm.uploadObjects",
    "operation": "POST /v2/crm/entities",
    "operationId": "uploadCrmData",
    "summary": "Upload CRM objects",
    "description": "Inserts, updates, or deletes a CRM entity in Gong.\n\nGong searches for existing entities with the same ID, to determine whether the entity should be added or updated.\n\nEnsure you have an authentication key and that you have registered your integration before uploading your CRM data.\n\n### Request body\n\n- Content-Type should be multipart/form-data\n- Maximum payload size: 200 megabytes\n\nThe `dataFile` part is an LDJSON file: each JSON object on a separate line. A file should only contain objects of one entity type (the `objectType` query parameter). Records that have multiple updates should be sent in separate files. If you defined additional fields using the /v2/crm/entity-schema API, include those fields in the JSON file.\n\n### Example\n\n`POST https://api.gong.io/v2/crm/entities?clientRequestId=1234&integrationId=6286478263646&objectType=BUSINESS_USER`\n\n```\n{\"objectId\": \"user1_Id_In_The_CRM\", \"emailAddress\": \"john.doe@acme.com\", \"modifiedDate\": \"2019-01-03T23:45:57+01:00\"}\n{\"objectId\": \"user2_Id_In_The_CRM\", \"isDeleted\": true, \"emailAddress\": \"john.taylor@acme.com\", \"modifiedDate\": \"2019-01-03T23:45:57+01:00\"}\n```\n\nThis API is asynchronous: a 201 response means the file was uploaded and is pending processing. Use the clientRequestId to follow it with GET /v2/crm/request-status.\n\nRequired authorization scope: 'api:crm:upload'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      },
      {
        "flag": "object-type",
        "in": "query",
        "path": [
          "objectType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD",
          "BUSINESS_USER",
          "STAGE"
        ],
        "required": true,
        "description": "The object being uploaded. Options are (case-sensitive): ACCOUNT, CONTACT, DEAL, LEAD, BUSINESS_USER, STAGE."
      },
      {
        "flag": "client-request-id",
        "in": "query",
        "path": [
          "clientRequestId"
        ],
        "type": "string",
        "required": true,
        "description": "A unique identifier sent by you to allow troubleshooting and to prevent repeated attempts to upload the same list of objects. Valid characters: letters, numbers, dashes and underscores."
      }
    ],
    "body": "none",
    "query": "required",
    "upload": {
      "part": "dataFile",
      "records": true
    }
  },
  {
    "resource": "crm",
    "name": "get-request-status",
    "method": "crm.getRequestStatus",
    "operation": "GET /v2/crm/request-status",
    "operationId": "getRequestStatus",
    "summary": "Get Request Status",
    "description": "Returns the current status of the request for endpoints run asynchronously:\n\n- POST /v2/crm/entities\n- DELETE /v2/crm/integrations\n\n### Status Codes\n\n- PENDING: file is pending being processed\n- IN_PROGRESS: file is being processed\n- DONE: all objects in the file were successfully processed\n- FAILED: failed to parse some objects, or a general error occurred when the file was being processed\n\n### Correcting a file that failed to be processed:\n\nWhen the status in the response is FAILED do one of the following:\n\n- If the response includes a list of errors, correct the errors in the file as follows:\n  1. Using the `errors.line` attribute, locate and correct the data in the JSON file.\n  2. You can resend the entire LDJSON file, or only the corrected records via the relevant API.\n\n     Note: The response returns a maximum of 20 errors. To make sure you have corrected all errors, upload the entire file repeatedly until you receive a DONE status.\n- A single error in the form of: `{\"line\":0,\"description\":\".....\"}` indicates a general processing error:\n  1. Fix the LDJSON file according to the error message.\n  2. Upload the entire LDJSON file again.\n\nRequired authorization scope: 'api:crm:upload'.",
    "positionals": [],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      },
      {
        "flag": "client-request-id",
        "in": "query",
        "path": [
          "clientRequestId"
        ],
        "type": "string",
        "required": true,
        "description": "The client request ID used in the asynchronous endpoint you want to get a status for"
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "crm",
    "name": "wait-for-request",
    "method": "crm.waitForRequest",
    "operation": "GET /v2/crm/request-status",
    "operationId": "getRequestStatus",
    "summary": "Wait until the job of \"Get Request Status\" is done",
    "description": "Polls GET /v2/crm/request-status (every 2 s at first, up to every 30 s) until its status is no longer pending, and prints the last status body. Fails (exit 1) when the job fails.",
    "positionals": [
      {
        "name": "clientRequestId",
        "type": "string",
        "description": "The client request ID used in the asynchronous endpoint you want to get a status for"
      }
    ],
    "flags": [
      {
        "flag": "integration-id",
        "in": "query",
        "path": [
          "integrationId"
        ],
        "type": "int64",
        "required": true,
        "description": "Integration ID generated when creating the integration"
      }
    ],
    "body": "none",
    "query": "none",
    "wait": true
  },
  {
    "resource": "integration-settings",
    "name": "update",
    "method": "integrationSettings.update",
    "operation": "POST /v2/integration-settings",
    "operationId": "integrationSettings",
    "summary": "Integration Settings",
    "description": "Configure your integration settings for displaying your company data in iFrames. For example, use this API to configure dynamic links as the iFrame source.\n\nRequired authorization scope: 'api:integration-settings:write'.",
    "positionals": [],
    "flags": [],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "meetings",
    "name": "create",
    "method": "meetings.create",
    "operation": "POST /v2/meetings",
    "operationId": "addMeeting",
    "summary": "Create a New Gong Meeting",
    "description": "Required authorization scope: 'api:meetings:user:create'.",
    "positionals": [],
    "flags": [
      {
        "flag": "start-time",
        "in": "body",
        "path": [
          "startTime"
        ],
        "type": "string",
        "required": true,
        "description": "The meeting start time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "end-time",
        "in": "body",
        "path": [
          "endTime"
        ],
        "type": "string",
        "required": true,
        "description": "The meeting end time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "title",
        "in": "body",
        "path": [
          "title"
        ],
        "type": "string",
        "description": "Title of the event."
      },
      {
        "flag": "external-id",
        "in": "body",
        "path": [
          "externalId"
        ],
        "type": "string",
        "description": "The ID as it is formed on the external system."
      },
      {
        "flag": "provider",
        "in": "body",
        "path": [
          "provider"
        ],
        "type": "string",
        "description": "The web conferencing provider to use for this meeting (e.g. 'zoom'). When not specified, the user's default provider is used."
      },
      {
        "flag": "organizer-email",
        "in": "body",
        "path": [
          "organizerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "The email address of the user creating the meeting, the Gong consent page link will be used according to the settings of this user."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "meetings",
    "name": "update",
    "method": "meetings.update",
    "operation": "PUT /v2/meetings/{meetingId}",
    "operationId": "updateMeeting",
    "summary": "Update a Gong Meeting",
    "description": "Required authorization scope: 'api:meetings:user:update'.",
    "positionals": [
      {
        "name": "meetingId",
        "type": "int64",
        "description": "Gong's unique identifier for the meeting (up to 20 digits)."
      }
    ],
    "flags": [
      {
        "flag": "start-time",
        "in": "body",
        "path": [
          "startTime"
        ],
        "type": "string",
        "required": true,
        "description": "The meeting start time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "end-time",
        "in": "body",
        "path": [
          "endTime"
        ],
        "type": "string",
        "required": true,
        "description": "The meeting end time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "title",
        "in": "body",
        "path": [
          "title"
        ],
        "type": "string",
        "description": "Title of the event."
      },
      {
        "flag": "external-id",
        "in": "body",
        "path": [
          "externalId"
        ],
        "type": "string",
        "description": "The ID as it is formed on the external system."
      },
      {
        "flag": "provider",
        "in": "body",
        "path": [
          "provider"
        ],
        "type": "string",
        "description": "The web conferencing provider to use for this meeting (e.g. 'zoom'). When not specified, the user's default provider is used."
      },
      {
        "flag": "organizer-email",
        "in": "body",
        "path": [
          "organizerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "The email address of the user who created the meeting."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "meetings",
    "name": "delete",
    "method": "meetings.delete",
    "operation": "DELETE /v2/meetings/{meetingId}",
    "operationId": "deleteMeeting",
    "summary": "Delete a Gong Meeting",
    "description": "Required authorization scope: 'api:meetings:user:delete'.",
    "positionals": [
      {
        "name": "meetingId",
        "type": "int64",
        "description": "Gong's unique identifier for the meeting (up to 20 digits)."
      }
    ],
    "flags": [
      {
        "flag": "organizer-email",
        "in": "body",
        "path": [
          "organizerEmail"
        ],
        "type": "string",
        "description": "The email address of the user who created the meeting."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "meetings",
    "name": "get-integration-status",
    "method": "meetings.getIntegrationStatus",
    "operation": "POST /v2/meetings/integration/status",
    "operationId": "integrationStatus",
    "summary": "Validate Gong meeting Integration",
    "description": "Required authorization scope: 'api:meetings:integration:status'.",
    "positionals": [],
    "flags": [
      {
        "flag": "emails",
        "in": "body",
        "path": [
          "emails"
        ],
        "type": "string",
        "array": true,
        "description": "String array of emails of users (max 100)"
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "engagement",
    "name": "report-content-viewed",
    "method": "engagement.reportContentViewed",
    "operation": "PUT /v2/customer-engagement/content/viewed",
    "operationId": "contentViewed",
    "summary": "Report event of a content view",
    "description": "Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is viewed by an external participant (for example, a contract was “viewed” by the prospect)\n\nRequired authorization scope: 'api:engagement-data:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "reporting-system",
        "in": "body",
        "path": [
          "reportingSystem"
        ],
        "type": "string",
        "required": true,
        "description": "The unique identifier of the reporting system. It is the same value in all events originating from the same system."
      },
      {
        "flag": "event-timestamp",
        "in": "body",
        "path": [
          "eventTimestamp"
        ],
        "type": "string",
        "required": true,
        "description": "The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);"
      },
      {
        "flag": "event-id",
        "in": "body",
        "path": [
          "eventId"
        ],
        "type": "string",
        "description": "The original id of the event as designated in the reporting system."
      },
      {
        "flag": "content-id",
        "in": "body",
        "path": [
          "contentId"
        ],
        "type": "string",
        "required": true,
        "description": "The id of the content that was viewed in the reporting system."
      },
      {
        "flag": "content-url",
        "in": "body",
        "path": [
          "contentUrl"
        ],
        "type": "string",
        "required": true,
        "description": "The url of the content that was viewed in the reporting system. This is the url that is was accessed by the viewer."
      },
      {
        "flag": "content-title",
        "in": "body",
        "path": [
          "contentTitle"
        ],
        "type": "string",
        "required": true,
        "description": "Human readable title of the content."
      },
      {
        "flag": "view-action-title",
        "in": "body",
        "path": [
          "viewActionTitle"
        ],
        "type": "string",
        "description": "The name of the action like \"Document Viewed\" or \"Presentation Opened\"."
      },
      {
        "flag": "share-id",
        "in": "body",
        "path": [
          "shareId"
        ],
        "type": "string",
        "description": "The id of the share action that corresponds to this view event, in case there can be more than one share per content."
      },
      {
        "flag": "view-info-url",
        "in": "body",
        "path": [
          "viewInfoUrl"
        ],
        "type": "string",
        "description": "The link to a page that presents additional information about this event."
      },
      {
        "flag": "viewer.email",
        "in": "body",
        "path": [
          "viewer",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person, if available."
      },
      {
        "flag": "viewer.name",
        "in": "body",
        "path": [
          "viewer",
          "name"
        ],
        "type": "string",
        "description": "The name of the person, if available."
      },
      {
        "flag": "viewer.title",
        "in": "body",
        "path": [
          "viewer",
          "title"
        ],
        "type": "string",
        "description": "The title of the person, if available."
      },
      {
        "flag": "user-agent",
        "in": "body",
        "path": [
          "userAgent"
        ],
        "type": "string",
        "description": "\"User-Agent\" header value for browser based interaction"
      },
      {
        "flag": "mobile-app-id",
        "in": "body",
        "path": [
          "mobileAppId"
        ],
        "type": "string",
        "description": "The application identification string in case of interaction via mobile application (bundle identifier or package name)."
      },
      {
        "flag": "agent-platform",
        "in": "body",
        "path": [
          "agentPlatform"
        ],
        "type": "string",
        "enum": [
          "Windows",
          "Linux",
          "MacOS",
          "iOS",
          "Android"
        ],
        "description": "Platform on which the interaction was made"
      },
      {
        "flag": "workspace-id",
        "in": "body",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied."
      },
      {
        "flag": "tracking-id",
        "in": "body",
        "path": [
          "trackingId"
        ],
        "type": "string",
        "description": "The ID used for tracking the person who did the event. Must be null if a viewer is sent instead."
      },
      {
        "flag": "more-info-url",
        "in": "body",
        "path": [
          "moreInfoUrl"
        ],
        "type": "string",
        "description": "Not described by Gong: by its name, a link to a page with more information about the event."
      },
      {
        "flag": "action-name",
        "in": "body",
        "path": [
          "actionName"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a custom action it is the name of the action like \"Document Viewed\" or \"Presentation Opened\"."
      },
      {
        "flag": "sharer.id",
        "in": "body",
        "path": [
          "sharer",
          "id"
        ],
        "type": "string",
        "description": "The user id in Gong, if available."
      },
      {
        "flag": "sharer.email",
        "in": "body",
        "path": [
          "sharer",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person, if available."
      },
      {
        "flag": "sharer.name",
        "in": "body",
        "path": [
          "sharer",
          "name"
        ],
        "type": "string",
        "description": "The name of the person, if available."
      },
      {
        "flag": "sharing-message-subject",
        "in": "body",
        "path": [
          "sharingMessageSubject"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content share it is the subject of share email / message."
      },
      {
        "flag": "sharing-message-body",
        "in": "body",
        "path": [
          "sharingMessageBody"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content share it is the share message body."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "engagement",
    "name": "report-content-shared",
    "method": "engagement.reportContentShared",
    "operation": "PUT /v2/customer-engagement/content/shared",
    "operationId": "contentShared",
    "summary": "Report event of a content share",
    "description": "Push engagement events into Gong and display them as events in Gong’s activity timeline, when a Gong user shares content with external participants (for example, a contract was “shared” by the account executive with his prospects)\n\nRequired authorization scope: 'api:engagement-data:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "reporting-system",
        "in": "body",
        "path": [
          "reportingSystem"
        ],
        "type": "string",
        "required": true,
        "description": "The unique identifier of the reporting system. It is the same value in all events originating from the same system."
      },
      {
        "flag": "event-timestamp",
        "in": "body",
        "path": [
          "eventTimestamp"
        ],
        "type": "string",
        "required": true,
        "description": "The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);"
      },
      {
        "flag": "event-id",
        "in": "body",
        "path": [
          "eventId"
        ],
        "type": "string",
        "description": "The original id of the event as designated in the reporting system."
      },
      {
        "flag": "content-id",
        "in": "body",
        "path": [
          "contentId"
        ],
        "type": "string",
        "required": true,
        "description": "The id of the content that was shared in the reporting system."
      },
      {
        "flag": "content-url",
        "in": "body",
        "path": [
          "contentUrl"
        ],
        "type": "string",
        "required": true,
        "description": "The url of the content that was shared in the reporting system. This is the url that is was accessed by the viewer."
      },
      {
        "flag": "content-title",
        "in": "body",
        "path": [
          "contentTitle"
        ],
        "type": "string",
        "required": true,
        "description": "Human readable title of the content."
      },
      {
        "flag": "share-id",
        "in": "body",
        "path": [
          "shareId"
        ],
        "type": "string",
        "description": "The id of the share action, in case there can be more than one share per content."
      },
      {
        "flag": "share-info-url",
        "in": "body",
        "path": [
          "shareInfoUrl"
        ],
        "type": "string",
        "description": "The link to a page that presents additional information about this event."
      },
      {
        "flag": "sharing-message-subject",
        "in": "body",
        "path": [
          "sharingMessageSubject"
        ],
        "type": "string",
        "description": "The subject of share email / message."
      },
      {
        "flag": "sharing-message-body",
        "in": "body",
        "path": [
          "sharingMessageBody"
        ],
        "type": "string",
        "description": "The share message body. Can contain HTML and will be cleaned when it is presented."
      },
      {
        "flag": "sharer.id",
        "in": "body",
        "path": [
          "sharer",
          "id"
        ],
        "type": "string",
        "description": "The user id in Gong, if available."
      },
      {
        "flag": "sharer.email",
        "in": "body",
        "path": [
          "sharer",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person, if available."
      },
      {
        "flag": "sharer.name",
        "in": "body",
        "path": [
          "sharer",
          "name"
        ],
        "type": "string",
        "description": "The name of the person, if available."
      },
      {
        "flag": "workspace-id",
        "in": "body",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied."
      },
      {
        "flag": "action-name",
        "in": "body",
        "path": [
          "actionName"
        ],
        "type": "string",
        "description": "The name of the action like \"Document Sent\" or \"Presentation Shared\"."
      },
      {
        "flag": "more-info-url",
        "in": "body",
        "path": [
          "moreInfoUrl"
        ],
        "type": "string",
        "description": "Not described by Gong: by its name, a link to a page with more information about the event."
      },
      {
        "flag": "tracking-id",
        "in": "body",
        "path": [
          "trackingId"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content view it is the ID used for tracking the person who did the event, null if a viewer is sent instead."
      },
      {
        "flag": "mobile-app-id",
        "in": "body",
        "path": [
          "mobileAppId"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content view it is the application identification string in case of interaction via mobile application (bundle identifier or package name)."
      },
      {
        "flag": "agent-platform",
        "in": "body",
        "path": [
          "agentPlatform"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content view it is the platform on which the interaction was made."
      },
      {
        "flag": "user-agent",
        "in": "body",
        "path": [
          "userAgent"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content view it is the \"User-Agent\" header value for browser based interaction."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "engagement",
    "name": "report-custom-action",
    "method": "engagement.reportCustomAction",
    "operation": "PUT /v2/customer-engagement/action",
    "operationId": "customAction",
    "summary": "Report event of a custom action",
    "description": "Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is engaged by an external participant (for example, a contract was “signed” by the prospect)\n\nRequired authorization scope: 'api:engagement-data:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "reporting-system",
        "in": "body",
        "path": [
          "reportingSystem"
        ],
        "type": "string",
        "required": true,
        "description": "The unique identifier of the reporting system. It is the same value in all events originating from the same system."
      },
      {
        "flag": "event-timestamp",
        "in": "body",
        "path": [
          "eventTimestamp"
        ],
        "type": "string",
        "required": true,
        "description": "The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);"
      },
      {
        "flag": "event-id",
        "in": "body",
        "path": [
          "eventId"
        ],
        "type": "string",
        "description": "The original id of the event as designated in the reporting system."
      },
      {
        "flag": "content-id",
        "in": "body",
        "path": [
          "contentId"
        ],
        "type": "string",
        "description": "The id of the content that was viewed in the reporting system."
      },
      {
        "flag": "content-url",
        "in": "body",
        "path": [
          "contentUrl"
        ],
        "type": "string",
        "description": "The url of the content that was viewed in the reporting system. This is the url that is was accessed by the viewer."
      },
      {
        "flag": "content-title",
        "in": "body",
        "path": [
          "contentTitle"
        ],
        "type": "string",
        "description": "Human readable title of the content."
      },
      {
        "flag": "action-name",
        "in": "body",
        "path": [
          "actionName"
        ],
        "type": "string",
        "description": "The name of the action like \"Document Viewed\" or \"Presentation Opened\"."
      },
      {
        "flag": "event-info-url",
        "in": "body",
        "path": [
          "eventInfoUrl"
        ],
        "type": "string",
        "description": "The link to a page that presents additional information about this event."
      },
      {
        "flag": "actor.email",
        "in": "body",
        "path": [
          "actor",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person, if available."
      },
      {
        "flag": "actor.name",
        "in": "body",
        "path": [
          "actor",
          "name"
        ],
        "type": "string",
        "description": "The name of the person, if available."
      },
      {
        "flag": "actor.title",
        "in": "body",
        "path": [
          "actor",
          "title"
        ],
        "type": "string",
        "description": "The title of the person, if available."
      },
      {
        "flag": "user-agent",
        "in": "body",
        "path": [
          "userAgent"
        ],
        "type": "string",
        "description": "\"User-Agent\" header value for browser based interaction"
      },
      {
        "flag": "mobile-app-id",
        "in": "body",
        "path": [
          "mobileAppId"
        ],
        "type": "string",
        "description": "The application identification string in case of interaction via mobile application (bundle identifier or package name)."
      },
      {
        "flag": "agent-platform",
        "in": "body",
        "path": [
          "agentPlatform"
        ],
        "type": "string",
        "enum": [
          "Windows",
          "Linux",
          "MacOS",
          "iOS",
          "Android"
        ],
        "description": "Platform on which the interaction was made"
      },
      {
        "flag": "workspace-id",
        "in": "body",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied."
      },
      {
        "flag": "more-info-url",
        "in": "body",
        "path": [
          "moreInfoUrl"
        ],
        "type": "string",
        "description": "Not described by Gong: by its name, a link to a page with more information about the event."
      },
      {
        "flag": "share-id",
        "in": "body",
        "path": [
          "shareId"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content share it is the id of the share action, in case there can be more than one share per content."
      },
      {
        "flag": "tracking-id",
        "in": "body",
        "path": [
          "trackingId"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content view it is the ID used for tracking the person who did the event, null if a viewer is sent instead."
      },
      {
        "flag": "sharer.id",
        "in": "body",
        "path": [
          "sharer",
          "id"
        ],
        "type": "string",
        "description": "The user id in Gong, if available."
      },
      {
        "flag": "sharer.email",
        "in": "body",
        "path": [
          "sharer",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person, if available."
      },
      {
        "flag": "sharer.name",
        "in": "body",
        "path": [
          "sharer",
          "name"
        ],
        "type": "string",
        "description": "The name of the person, if available."
      },
      {
        "flag": "sharing-message-subject",
        "in": "body",
        "path": [
          "sharingMessageSubject"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content share it is the subject of share email / message."
      },
      {
        "flag": "sharing-message-body",
        "in": "body",
        "path": [
          "sharingMessageBody"
        ],
        "type": "string",
        "description": "Not described by Gong for this event; on a content share it is the share message body."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "digital-interactions",
    "name": "create",
    "method": "digitalInteractions.create",
    "operation": "POST /v2/digital-interaction",
    "operationId": "addDigitalInteraction",
    "summary": "Post a Digital Interaction",
    "description": "Required authorization scope: 'api:digital-interactions:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "event-id",
        "in": "body",
        "path": [
          "eventId"
        ],
        "type": "string",
        "required": true,
        "description": "The provider's unique identifier for the event used for deduplication"
      },
      {
        "flag": "timestamp",
        "in": "body",
        "path": [
          "timestamp"
        ],
        "type": "string",
        "required": true,
        "description": "The date and time of the event in ISO 8601 format"
      },
      {
        "flag": "event-type",
        "in": "body",
        "path": [
          "eventType"
        ],
        "type": "string",
        "required": true,
        "description": "The type of the event, explaining the content and action performed. Values may be partner-aligned, for example, \"link clicked\", \"page viewed\""
      },
      {
        "flag": "source-system-name",
        "in": "body",
        "path": [
          "sourceSystemName"
        ],
        "type": "string",
        "description": "When integrating via IPaaS, the name of the technology partner the customer set up a Gong integration with via an IPaaS. When integrating directly with Gong: the name of the company setting up the integration with Gong"
      },
      {
        "flag": "session-id",
        "in": "body",
        "path": [
          "sessionId"
        ],
        "type": "string",
        "description": "The identifier for the session, useful for tying related events together"
      },
      {
        "flag": "device",
        "in": "body",
        "path": [
          "device"
        ],
        "type": "string",
        "enum": [
          "MOBILE",
          "PC"
        ],
        "description": "The device used during the event"
      },
      {
        "flag": "content.content-id",
        "in": "body",
        "path": [
          "content",
          "contentId"
        ],
        "type": "string",
        "description": "A unique identifier for the content in the partner's system"
      },
      {
        "flag": "content.content-title",
        "in": "body",
        "path": [
          "content",
          "contentTitle"
        ],
        "type": "string",
        "required": true,
        "description": "The title of the content"
      },
      {
        "flag": "content.content-label",
        "in": "body",
        "path": [
          "content",
          "contentLabel"
        ],
        "type": "string",
        "array": true,
        "description": "A list of tags defined for the content"
      },
      {
        "flag": "content.content-url",
        "in": "body",
        "path": [
          "content",
          "contentUrl"
        ],
        "type": "string",
        "description": "The URL for the content the person looked at"
      },
      {
        "flag": "content.content-additional-info-url",
        "in": "body",
        "path": [
          "content",
          "contentAdditionalInfoUrl"
        ],
        "type": "string",
        "description": "The URL for additional details provided by the website or external app, such as analysis of the content viewed"
      },
      {
        "flag": "person.name",
        "in": "body",
        "path": [
          "person",
          "name"
        ],
        "type": "string",
        "description": "The name of the person"
      },
      {
        "flag": "person.email",
        "in": "body",
        "path": [
          "person",
          "email"
        ],
        "type": "string",
        "description": "The email address of the person. Used for business context association"
      },
      {
        "flag": "person.phone-number",
        "in": "body",
        "path": [
          "person",
          "phoneNumber"
        ],
        "type": "string",
        "description": "The phone number of the person. Used for business context association"
      },
      {
        "flag": "person.person-id",
        "in": "body",
        "path": [
          "person",
          "personId"
        ],
        "type": "string",
        "description": "A unique person identifier in the partner system. Mandatory for anonymous person, when the name, email, phoneNumber and personBusinessContext are empty"
      },
      {
        "flag": "tracking-id",
        "in": "body",
        "path": [
          "trackingId"
        ],
        "type": "string",
        "description": "The ID used for tracking the person who did the event. Must be null if a person is sent instead."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "tasks",
    "name": "list",
    "method": "tasks.list",
    "operation": "POST /v2/tasks",
    "operationId": "listTasks",
    "summary": "List user's tasks",
    "description": "Retrieves a list of Engage tasks assigned to a specific user, supporting filters for task type, action, and status. Results include detailed metadata for each task, such as ownership, creation and due dates, associated contacts, flows, accounts, and opportunities.\n\nRequired authorization scope: 'api:tasks:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "filter.user-id",
        "in": "body",
        "path": [
          "filter",
          "userId"
        ],
        "type": "string",
        "required": true,
        "description": "The id of the Gong user who owns the task"
      },
      {
        "flag": "filter.workspace-id",
        "in": "body",
        "path": [
          "filter",
          "workspaceId"
        ],
        "type": "string",
        "description": "(Optional) The id of the workspace the tasks are in"
      },
      {
        "flag": "filter.types",
        "in": "body",
        "path": [
          "filter",
          "types"
        ],
        "type": "string",
        "array": true,
        "enum": [
          "FLOW",
          "MANUAL"
        ],
        "required": true,
        "description": "Defines whether to include tasks that were created as part of a flow, or were created as a one-off task"
      },
      {
        "flag": "filter.task-action",
        "in": "body",
        "path": [
          "filter",
          "taskAction"
        ],
        "type": "string",
        "array": true,
        "enum": [
          "CALL"
        ],
        "required": true,
        "description": "Array of actions included in the task (valid options: CALL)"
      },
      {
        "flag": "filter.status",
        "in": "body",
        "path": [
          "filter",
          "status"
        ],
        "type": "string",
        "array": true,
        "enum": [
          "OPEN",
          "DONE",
          "DISMISSED"
        ],
        "required": true,
        "description": "Only return tasks with this status (valid options: OPEN)"
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "tasks",
    "name": "update",
    "method": "tasks.update",
    "operation": "PATCH /v2/tasks/{taskId}",
    "operationId": "updateReminder",
    "summary": "Update task",
    "description": "Use this endpoint to update the status or due date of an existing Engage task. The task status can be changed to OPEN, DONE, or DISMISSED. This is useful for managing task workflows such as marking tasks complete or rescheduling them based on user actions or system events.\n\nThe body names the task's owner (`userId`, required) and the values to set: `status`, `dueDate` and `priority`, each optional.\n\nRequired authorization scope: 'api:tasks:write'.",
    "positionals": [
      {
        "name": "taskId",
        "type": "int64",
        "description": "The id of the task to update (a task's `id` in the \"List user's tasks\" response)."
      }
    ],
    "flags": [
      {
        "flag": "user-id",
        "in": "body",
        "path": [
          "userId"
        ],
        "type": "string",
        "required": true,
        "description": "The id of the Gong user who owns the task"
      },
      {
        "flag": "status",
        "in": "body",
        "path": [
          "status"
        ],
        "type": "string",
        "enum": [
          "OPEN",
          "DONE",
          "DISMISSED"
        ],
        "description": "(Optional) Sets a new status for the task"
      },
      {
        "flag": "due-date",
        "in": "body",
        "path": [
          "dueDate"
        ],
        "type": "string",
        "description": "(Optional) Sets a new due date and time for the task in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "priority",
        "in": "body",
        "path": [
          "priority"
        ],
        "type": "string",
        "description": "(Optional) Sets a new priority for the task"
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "list",
    "method": "flows.list",
    "operation": "GET /v2/flows",
    "operationId": "listFlows",
    "summary": "List Gong Engage flows",
    "description": "Engage flows have the following visibility types:\n\n- Company: visible to everyone in the company, can only be edited by users with edit permissions.\n- Personal: reps can set up their own flows which are only available to them.\n- Shared: reps can share a flow with other reps. Those reps can then add leads to the flow.\n\nThis endpoint returns all company flows, together with personal flows and flows shared with the user specified in the `flowOwnerEmail` parameter.\n\nAlternatively this endpoint can return the flows most recently assigned by the user.\n\nRequired authorization scope: 'api:flows:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "flow-owner-email",
        "in": "query",
        "path": [
          "flowOwnerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "Email of the Gong user whose personal flows and flows shared with the user you want to return."
      },
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace."
      },
      {
        "flag": "folder-id",
        "in": "query",
        "path": [
          "folderId"
        ],
        "type": "string",
        "description": "Optional Folder identifier, if supplied the API will return only the flows belonging to this particular folder."
      },
      {
        "flag": "most-recently-assigned",
        "in": "query",
        "path": [
          "mostRecentlyAssigned"
        ],
        "type": "boolean",
        "description": "Optional flag, if supplied the API will return only the most recently assigned flows capped at 20."
      }
    ],
    "body": "none",
    "query": "required",
    "paging": {
      "items": "flows"
    }
  },
  {
    "resource": "flows",
    "name": "list-folders",
    "method": "flows.listFolders",
    "operation": "GET /v2/flows/folders",
    "operationId": "listFlowsFolders",
    "summary": "List Gong Engage flow folders",
    "description": "Engage flow folders have the following visibility types:\n\n- Company: visible to everyone in the company, can only be edited by users with edit permissions.\n- Personal: reps can set up their own flow folders which are only available to them.\n- Shared: reps can share a flow folder with other reps. Those reps can then add flows to the flow folder.\n\nThis endpoint returns all company flow folders, together with personal flow folders and flow folders shared with the user specified in the `flowFolderOwnerEmail` parameter.\n\nRequired authorization scope: 'api:flows:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "flow-folder-owner-email",
        "in": "query",
        "path": [
          "flowFolderOwnerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "Email of the Gong user whose personal flows folders and flows folders shared with the user you want to return."
      },
      {
        "flag": "parent-id",
        "in": "query",
        "path": [
          "parentId"
        ],
        "type": "int64",
        "description": "Optional folder identifier, if supplied the API will return only this folder and the child folders of this folder."
      },
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "string",
        "description": "Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace."
      }
    ],
    "body": "none",
    "query": "required",
    "paging": {
      "items": "flows"
    }
  },
  {
    "resource": "flows",
    "name": "get-steps",
    "method": "flows.getSteps",
    "operation": "POST /v2/flows/steps",
    "operationId": "getFlowSteps",
    "summary": "Get flow details and steps for one or more Engage flows",
    "description": "Returns flow details and their steps for one or more Engage flows.\n\nEach flow in the response includes its metadata (name, folder, visibility, creation date) and a list of steps.\n\nEach step includes its ID, order, action type, subject, body, and whether it is a reply.\n\nStep order is 1-based and maps directly to the step number used in the flow assignment endpoint.\n\nA maximum of 20 flow IDs may be requested at a time.\n\nRequired authorization scope: 'api:flows:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "flow-ids",
        "in": "body",
        "path": [
          "flowIds"
        ],
        "type": "string",
        "array": true,
        "description": "List of Engage Flow IDs to retrieve steps for. Maximum 20 flow IDs per request."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "list-for-prospects",
    "method": "flows.listForProspects",
    "operation": "POST /v2/flows/prospects",
    "operationId": "getFlowsForProspects",
    "summary": "List prospects assigned flows",
    "description": "Get the Gong Engage flows assigned to the given `crmProspectsIds`.\n\nWhen querying by `crmProspectsIds`, only open (Pending/Running/Paused) flows are returned.\n\nAlternatively this endpoint can be used to get the flows assigned to prospects by the given `flowInstanceIds`.\n\nWhen querying by `flowInstanceIds`, all flows including finished ones are returned.\n\nRequired authorization scope: 'api:flows:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "crm-prospects-ids",
        "in": "body",
        "path": [
          "crmProspectsIds"
        ],
        "type": "string",
        "array": true,
        "description": "CRM IDs of the prospects to list assigned flows for. Only open (Pending/Running/Paused) flows are returned for them."
      },
      {
        "flag": "flow-instance-ids",
        "in": "body",
        "path": [
          "flowInstanceIds"
        ],
        "type": "string",
        "array": true,
        "description": "Assigned flow instance IDs. All flows, including finished ones, are returned for them."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "assign-prospects",
    "method": "flows.assignProspects",
    "operation": "POST /v2/flows/prospects/assign",
    "operationId": "assignProspects",
    "summary": "Assign prospects (contacts or leads) to an Engage flow",
    "description": "Use this endpoint to assign a number of prospects to a flow. Prospects can be contacts or leads in your CRM.\n\nGenerate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.\n\nYou can assign up to 100 prospects to a flow in a single request.\n\nRequired authorization scope: 'api:flows:write'.",
    "deprecated": true,
    "positionals": [],
    "flags": [
      {
        "flag": "crm-prospects-ids",
        "in": "body",
        "path": [
          "crmProspectsIds"
        ],
        "type": "string",
        "array": true,
        "required": true,
        "description": "The CRM IDs of the contact or lead that should be assigned to a flow."
      },
      {
        "flag": "flow-id",
        "in": "body",
        "path": [
          "flowId"
        ],
        "type": "string",
        "required": true,
        "description": "The Engage Flow ID to assign the contacts to."
      },
      {
        "flag": "flow-instance-owner-email",
        "in": "body",
        "path": [
          "flowInstanceOwnerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "The email of the Gong user who owns the flow to-dos."
      },
      {
        "flag": "overrides.cool-off-override",
        "in": "body",
        "path": [
          "overrides",
          "coolOffOverride"
        ],
        "type": "boolean",
        "description": "To assign prospects to the flow regardless of the cool off status."
      },
      {
        "flag": "flow-instance-description",
        "in": "body",
        "path": [
          "flowInstanceDescription"
        ],
        "type": "string",
        "description": "The description for the flow instance (in Beta Phase)."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "assign-prospects-overriding-cool-off",
    "method": "flows.assignProspectsOverridingCoolOff",
    "operation": "POST /v2/flows/prospects/assign/cool-off-override",
    "operationId": "assignProspectsCoolOffOverrides",
    "summary": "Assign prospects (contacts or leads) to an Engage flow regardless of the cool off status",
    "description": "Use this endpoint to assign a number of prospects to a flow regardless of the cool off status. Prospects can be contacts or leads in your CRM.\n\nGenerate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.\n\nYou can assign up to 100 prospects to a flow in a single request.\n\nRequired authorization scope: 'api:flows:write'.",
    "deprecated": true,
    "positionals": [],
    "flags": [
      {
        "flag": "crm-prospects-ids",
        "in": "body",
        "path": [
          "crmProspectsIds"
        ],
        "type": "string",
        "array": true,
        "required": true,
        "description": "The CRM IDs of the contact or lead that should be assigned to a flow."
      },
      {
        "flag": "flow-id",
        "in": "body",
        "path": [
          "flowId"
        ],
        "type": "string",
        "required": true,
        "description": "The Engage Flow ID to assign the contacts to."
      },
      {
        "flag": "flow-instance-owner-email",
        "in": "body",
        "path": [
          "flowInstanceOwnerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "The email of the Gong user who owns the flow to-dos."
      },
      {
        "flag": "overrides.cool-off-override",
        "in": "body",
        "path": [
          "overrides",
          "coolOffOverride"
        ],
        "type": "boolean",
        "description": "To assign prospects to the flow regardless of the cool off status."
      },
      {
        "flag": "flow-instance-description",
        "in": "body",
        "path": [
          "flowInstanceDescription"
        ],
        "type": "string",
        "description": "The description for the flow instance (in Beta Phase)."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "unassign-by-crm-prospect-ids",
    "method": "flows.unassignByCrmProspectIds",
    "operation": "POST /v2/flows/prospects/unassign-flows-by-crm-id",
    "operationId": "unassignProspectFlows",
    "summary": "Unassign flows by CRM Prospect ID",
    "description": "This endpoint lets you remove a specific prospect from the flows they are assigned to.\n\nTo remove the prospect from all flows they are assigned to, send the crmProspectId only.\n\nIf you want to remove the prospect from a specific flow, get the flow id from the /v2/flows/prospects endpoint and include the crmProspectId and flowId in the request.\n\nThe Ids of the flows the prospect was successfully removed from are returned in the response.\n\nRequired authorization scope: 'api:flows:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "crm-prospect-id",
        "in": "body",
        "path": [
          "crmProspectId"
        ],
        "type": "string",
        "required": true,
        "description": "The CRM ID of the prospect to unassign."
      },
      {
        "flag": "flow-id",
        "in": "body",
        "path": [
          "flowId"
        ],
        "type": "string",
        "description": "The identifier of the flow to unassign the prospect from."
      },
      {
        "flag": "unassigned-by-user-email",
        "in": "body",
        "path": [
          "unassignedByUserEmail"
        ],
        "type": "string",
        "description": "(Optional) The email address of the Gong user requesting to remove prospects from the flow instance. This is not the email of the prospect being removed from the flow."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "unassign-by-instance-ids",
    "method": "flows.unassignByInstanceIds",
    "operation": "POST /v2/flows/prospects/unassign-flows-by-instance-id",
    "operationId": "unassignFlows",
    "summary": "Unassign flows by Flow Instance ID",
    "description": "This endpoint lets you specify flow instances to remove prospects from.\n\nA flow instance is created when a prospect is added to a flow. Retrieve the flow instance Id from the /v2/flows/prospects endpoint.\n\nThe flow instance Ids the prospect was successfully removed from are returned in the response. If a prospect could not be removed from the flow for any reason, the Id isn’t returned in the response and the prospect is still assigned to the flow.\n\nYou can remove prospects from up to 200 flows in a single request.\n\nRequired authorization scope: 'api:flows:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "flow-instance-ids",
        "in": "body",
        "path": [
          "flowInstanceIds"
        ],
        "type": "string",
        "array": true,
        "required": true,
        "description": "The unique identifiers of the flows that prospects should be removed from."
      },
      {
        "flag": "unassigned-by-user-email",
        "in": "body",
        "path": [
          "unassignedByUserEmail"
        ],
        "type": "string",
        "description": "(Optional) The email address of the Gong user requesting to remove prospects from the flow instance. This is not the email of the prospect being removed from the flow."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "submit-bulk-assignment",
    "method": "flows.submitBulkAssignment",
    "operation": "POST /v2/flows/prospects/bulk-assignments",
    "operationId": "submitFlowProspectsBulkAssignment",
    "summary": "Submit a bulk assignment of prospects to a flow",
    "description": "Use this endpoint to asynchronously submit a bulk assignment of prospects to a flow. Prospects can be contacts or leads in your CRM.\n\nYou can assign up to 50 prospects to a flow in a single request.\n\nThe assignment is processed later: read its progress and results with `GET /v2/flows/prospects/bulk-assignments/{id}`, using the `id` in this response.\n\nRequired authorization scope: 'api:flows:write'.",
    "positionals": [],
    "flags": [
      {
        "flag": "flow-instance-owner-email",
        "in": "body",
        "path": [
          "flowInstanceOwnerEmail"
        ],
        "type": "string",
        "required": true,
        "description": "The email of the Gong user who will own the flow instance."
      },
      {
        "flag": "flow-id",
        "in": "body",
        "path": [
          "flowId"
        ],
        "type": "string",
        "required": true,
        "description": "The Flow ID to assign the prospects to."
      }
    ],
    "body": "required",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "get-bulk-assignment",
    "method": "flows.getBulkAssignment",
    "operation": "GET /v2/flows/prospects/bulk-assignments/{id}",
    "operationId": "getFlowProspectsBulkAssignment",
    "summary": "Get the results of a bulk assignment of prospects to a flow",
    "description": "Use this endpoint to get the results of a bulk assignment of prospects to a flow.\n\nRequired authorization scope: 'api:flows:read'.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "The ID of the bulk assignment, as returned by `POST /v2/flows/prospects/bulk-assignments`."
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none"
  },
  {
    "resource": "flows",
    "name": "wait-for-bulk-assignment",
    "method": "flows.waitForBulkAssignment",
    "operation": "GET /v2/flows/prospects/bulk-assignments/{id}",
    "operationId": "getFlowProspectsBulkAssignment",
    "summary": "Wait until the job of \"Get the results of a bulk assignment of prospects to a flow\" is done",
    "description": "Polls GET /v2/flows/prospects/bulk-assignments/{id} (every 2 s at first, up to every 30 s) until its status is no longer pending, and prints the last status body. Fails (exit 1) when the job fails.",
    "positionals": [
      {
        "name": "id",
        "type": "string",
        "description": "The ID of the bulk assignment, as returned by `POST /v2/flows/prospects/bulk-assignments`."
      }
    ],
    "flags": [],
    "body": "none",
    "query": "none",
    "wait": true
  },
  {
    "resource": "data-privacy",
    "name": "find-phone-number-references",
    "method": "dataPrivacy.findPhoneNumberReferences",
    "operation": "GET /v2/data-privacy/data-for-phone-number",
    "operationId": "findAllReferencesToPhoneNumber",
    "summary": "Retrieve all references to a phone number",
    "description": "Shows the elements in the Gong system that reference the given phone number. Given a phone number, this endpoint returns details of any leads or contacts with this phone number and their associated calls and email messages.\n\nRequired authorization scope: 'api:data-privacy:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "phone-number",
        "in": "query",
        "path": [
          "phoneNumber"
        ],
        "type": "string",
        "required": true,
        "description": "The phone number. This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored. The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc. Note: This parameter should be URL-encoded."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "data-privacy",
    "name": "find-email-address-references",
    "method": "dataPrivacy.findEmailAddressReferences",
    "operation": "GET /v2/data-privacy/data-for-email-address",
    "operationId": "findAllReferencesToEmailAddress",
    "summary": "Retrieve all references to an email address",
    "description": "Shows the elements in the Gong system that reference the given email address. Given an emails address, this endpoint returns details of all calls and email messages that reference this address, and any leads or contacts with this email address.\n\nRequired authorization scope: 'api:data-privacy:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "email-address",
        "in": "query",
        "path": [
          "emailAddress"
        ],
        "type": "string",
        "required": true,
        "description": "The email address."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "data-privacy",
    "name": "erase-phone-number",
    "method": "dataPrivacy.erasePhoneNumber",
    "operation": "POST /v2/data-privacy/erase-data-for-phone-number",
    "operationId": "purgePhoneNumber",
    "summary": "Delete the phone number, and all associated elements",
    "description": "Given a phone number, this endpoint deletes from the Gong system any leads or contacts with a matching phone number or mobile phone number. Email messages sent to or from these leads/contacts are deleted. Calls where the leads/contacts appear are deleted. The deletion is not immediate, and may take several hours to complete.\n\nThis endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io\n\nDelete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.\n\nRequired authorization scope: 'api:data-privacy:delete'.",
    "positionals": [],
    "flags": [
      {
        "flag": "phone-number",
        "in": "query",
        "path": [
          "phoneNumber"
        ],
        "type": "string",
        "required": true,
        "description": "The phone number. This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored. The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc. Note: This parameter should be URL-encoded."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "data-privacy",
    "name": "erase-email-address",
    "method": "dataPrivacy.eraseEmailAddress",
    "operation": "POST /v2/data-privacy/erase-data-for-email-address",
    "operationId": "purgeEmailAddress",
    "summary": "Delete the email address, and all associated elements",
    "description": "Given an email address, this endpoint deletes from the Gong system any calls or email messages that reference this address. Email messages sent to or from the address are deleted. Calls where the email address appears (as a lead, contact, attendee or speaker) are deleted. Leads or Contacts with the email address are deleted. The deletion is not immediate, and may take several hours to complete.\n\nThis endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io\n\nDelete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.\n\nRequired authorization scope: 'api:data-privacy:delete'.",
    "positionals": [],
    "flags": [
      {
        "flag": "email-address",
        "in": "query",
        "path": [
          "emailAddress"
        ],
        "type": "string",
        "required": true,
        "description": "The email address."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "entities",
    "name": "ask",
    "method": "entities.ask",
    "operation": "GET /v2/entities/ask-entity",
    "operationId": "askEntity",
    "summary": "Ask about an entity",
    "description": "Returns the answer to a question about a specified entity. The answer is generated from calls or emails associated with the entity within the specified time period. A maximum of 60 calls and 500 emails are used to answer the question. A call to this API consumes Gong credits according to the number of emails and calls used to generate the answer.\n\nSupported entities are Accounts, Deals, Contacts, or Leads that exist in your CRM.\n\nThe response includes:\n\n- The answer\n- Details of emails and calls used to generate the answer\n\nRequired authorization scope: 'api:ai-ask:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "int64",
        "required": true,
        "description": "Workspace identifier. The calls and emails used to answer the question must be associated with this workspace."
      },
      {
        "flag": "crm-entity-type",
        "in": "query",
        "path": [
          "crmEntityType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD"
        ],
        "required": true,
        "description": "The object type of the entity in the CRM."
      },
      {
        "flag": "crm-entity-id",
        "in": "query",
        "path": [
          "crmEntityId"
        ],
        "type": "string",
        "required": true,
        "description": "The CRM Id of the entity the question is asked about."
      },
      {
        "flag": "time-period",
        "in": "query",
        "path": [
          "timePeriod"
        ],
        "type": "string",
        "enum": [
          "LAST_7DAYS",
          "LAST_30DAYS",
          "LAST_90DAYS",
          "LAST_90_DAYS_SINCE_LAST_ACTIVITY",
          "LAST_YEAR_SINCE_LAST_ACTIVITY",
          "LAST_YEAR",
          "THIS_WEEK",
          "THIS_MONTH",
          "THIS_YEAR",
          "THIS_QUARTER",
          "CUSTOM_RANGE",
          "ALL_CONVERSATIONS"
        ],
        "required": true,
        "description": "Specifies the time period during which associated calls and emails must have occurred to be used to generate the answer. The calls and emails must be associated with the specified entity."
      },
      {
        "flag": "from-date-time",
        "in": "query",
        "path": [
          "fromDateTime"
        ],
        "type": "string",
        "description": "Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "to-date-time",
        "in": "query",
        "path": [
          "toDateTime"
        ],
        "type": "string",
        "description": "Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "question",
        "in": "query",
        "path": [
          "question"
        ],
        "type": "string",
        "required": true,
        "description": "The question to answer."
      }
    ],
    "body": "none",
    "query": "required"
  },
  {
    "resource": "entities",
    "name": "get-brief",
    "method": "entities.getBrief",
    "operation": "GET /v2/entities/get-brief",
    "operationId": "generateBrief",
    "summary": "Generate a brief for a CRM entity",
    "description": "Get a brief for an account, deal, contact, or lead that exists in your CRM. Briefs are set up in the Gong Agent Studio and you must provide the name of the brief you want to generate. A call to this API consumes Gong credits according to the number of emails and calls used to generate the brief.\n\nThe brief is generated from calls or emails associated with the entity within the specified time period.\n\nThe response includes:\n\n- The brief\n- Details of emails and calls used to generate the brief\n\nRequired authorization scope: 'api:ai-briefer:read'.",
    "positionals": [],
    "flags": [
      {
        "flag": "workspace-id",
        "in": "query",
        "path": [
          "workspaceId"
        ],
        "type": "int64",
        "required": true,
        "description": "Workspace identifier. The workspace the brief is defined in."
      },
      {
        "flag": "brief-name",
        "in": "query",
        "path": [
          "briefName"
        ],
        "type": "string",
        "required": true,
        "description": "The name of the brief to generate. Briefs are configured in the Agent Studio > AI Briefer."
      },
      {
        "flag": "crm-entity-type",
        "in": "query",
        "path": [
          "crmEntityType"
        ],
        "type": "string",
        "enum": [
          "ACCOUNT",
          "CONTACT",
          "DEAL",
          "LEAD"
        ],
        "required": true,
        "description": "The object type of the entity in the CRM."
      },
      {
        "flag": "crm-entity-id",
        "in": "query",
        "path": [
          "crmEntityId"
        ],
        "type": "string",
        "required": true,
        "description": "The CRM Id of the entity the brief is generated for."
      },
      {
        "flag": "time-period",
        "in": "query",
        "path": [
          "timePeriod"
        ],
        "type": "string",
        "enum": [
          "LAST_7DAYS",
          "LAST_30DAYS",
          "LAST_90DAYS",
          "LAST_90_DAYS_SINCE_LAST_ACTIVITY",
          "LAST_YEAR_SINCE_LAST_ACTIVITY",
          "LAST_YEAR",
          "THIS_WEEK",
          "THIS_MONTH",
          "THIS_YEAR",
          "THIS_QUARTER",
          "CUSTOM_RANGE",
          "ALL_CONVERSATIONS"
        ],
        "required": true,
        "description": "Specifies the time period during which associated calls and emails must have occurred to be used to generate the brief. The calls and emails must be associated with the specified entity."
      },
      {
        "flag": "from-date-time",
        "in": "query",
        "path": [
          "fromDateTime"
        ],
        "type": "string",
        "description": "Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC)."
      },
      {
        "flag": "to-date-time",
        "in": "query",
        "path": [
          "toDateTime"
        ],
        "type": "string",
        "description": "Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC)."
      }
    ],
    "body": "none",
    "query": "required"
  }
];
