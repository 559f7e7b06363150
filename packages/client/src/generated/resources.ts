// Generated from spec/ by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

import type { components, paths } from "@gongkit/types";
import {
  type ItemsOf,
  type OperationMeta,
  operation,
  type PagePromise,
  type PathParamRule,
  type RequestOptions,
  type ResourceRuntime,
  type UploadMedia,
  type UploadOptions,
  type UploadRecords,
  upload,
  type WaitOptions,
  waitFor,
} from "../resource-runtime.js";

type UsersList = paths["/v2/users"]["get"];
type UsersListByFilter = paths["/v2/users/extensive"]["post"];
type UsersGet = paths["/v2/users/{id}"]["get"];
type UsersGetSettingsHistory = paths["/v2/users/{id}/settings-history"]["get"];
type CallsList = paths["/v2/calls"]["get"];
type CallsCreate = paths["/v2/calls"]["post"];
type CallsGet = paths["/v2/calls/{id}"]["get"];
type CallsAddMedia = paths["/v2/calls/{id}/media"]["put"];
type CallsListByFilter = paths["/v2/calls/extensive"]["post"];
type CallsListTranscripts = paths["/v2/calls/transcript"]["post"];
type CallsListManualCrmAssociations = paths["/v2/calls/manual-crm-associations"]["get"];
type CallsListOutcomes = paths["/v2/call-outcomes"]["get"];
type StatsListInteraction = paths["/v2/stats/interaction"]["post"];
type StatsListAnsweredScorecards = paths["/v2/stats/activity/scorecards"]["post"];
type StatsListDayByDayActivity = paths["/v2/stats/activity/day-by-day"]["post"];
type StatsListAggregateActivity = paths["/v2/stats/activity/aggregate"]["post"];
type StatsListAggregateActivityByPeriod = paths["/v2/stats/activity/aggregate-by-period"]["post"];
type SettingsListWorkspaces = paths["/v2/workspaces"]["get"];
type SettingsListTrackers = paths["/v2/settings/trackers"]["get"];
type SettingsListScorecards = paths["/v2/settings/scorecards"]["get"];
type SettingsListBriefs = paths["/v2/settings/briefs"]["get"];
type LibraryListFolders = paths["/v2/library/folders"]["get"];
type LibraryGetFolderContent = paths["/v2/library/folder-content"]["get"];
type AuditingListLogs = paths["/v2/logs"]["get"];
type CoachingListMetrics = paths["/v2/coaching"]["get"];
type PermissionsListProfiles = paths["/v2/all-permission-profiles"]["get"];
type PermissionsGetProfile = paths["/v2/permission-profile"]["get"];
type PermissionsUpdateProfile = paths["/v2/permission-profile"]["put"];
type PermissionsCreateProfile = paths["/v2/permission-profile"]["post"];
type PermissionsListProfileUsers = paths["/v2/permission-profile/users"]["get"];
type PermissionsAddCallAccess = paths["/v2/calls/users-access"]["put"];
type PermissionsListCallAccess = paths["/v2/calls/users-access"]["post"];
type PermissionsRemoveCallAccess = paths["/v2/calls/users-access"]["delete"];
type CrmListIntegrations = paths["/v2/crm/integrations"]["get"];
type CrmRegisterIntegration = paths["/v2/crm/integrations"]["put"];
type CrmDeleteIntegration = paths["/v2/crm/integrations"]["delete"];
type CrmListSchemaFields = paths["/v2/crm/entity-schema"]["get"];
type CrmUploadSchema = paths["/v2/crm/entity-schema"]["post"];
type CrmGetObjects = paths["/v2/crm/entities"]["get"];
type CrmUploadObjects = paths["/v2/crm/entities"]["post"];
type CrmGetRequestStatus = paths["/v2/crm/request-status"]["get"];
type IntegrationSettingsUpdate = paths["/v2/integration-settings"]["post"];
type MeetingsCreate = paths["/v2/meetings"]["post"];
type MeetingsUpdate = paths["/v2/meetings/{meetingId}"]["put"];
type MeetingsDelete = paths["/v2/meetings/{meetingId}"]["delete"];
type MeetingsGetIntegrationStatus = paths["/v2/meetings/integration/status"]["post"];
type EngagementReportContentViewed = paths["/v2/customer-engagement/content/viewed"]["put"];
type EngagementReportContentShared = paths["/v2/customer-engagement/content/shared"]["put"];
type EngagementReportCustomAction = paths["/v2/customer-engagement/action"]["put"];
type DigitalInteractionsCreate = paths["/v2/digital-interaction"]["post"];
type TasksList = paths["/v2/tasks"]["post"];
type TasksUpdate = paths["/v2/tasks/{taskId}"]["patch"];
type FlowsList = paths["/v2/flows"]["get"];
type FlowsListFolders = paths["/v2/flows/folders"]["get"];
type FlowsGetSteps = paths["/v2/flows/steps"]["post"];
type FlowsListForProspects = paths["/v2/flows/prospects"]["post"];
type FlowsAssignProspects = paths["/v2/flows/prospects/assign"]["post"];
type FlowsAssignProspectsOverridingCoolOff = paths["/v2/flows/prospects/assign/cool-off-override"]["post"];
type FlowsUnassignByCrmProspectIds = paths["/v2/flows/prospects/unassign-flows-by-crm-id"]["post"];
type FlowsUnassignByInstanceIds = paths["/v2/flows/prospects/unassign-flows-by-instance-id"]["post"];
type FlowsSubmitBulkAssignment = paths["/v2/flows/prospects/bulk-assignments"]["post"];
type FlowsGetBulkAssignment = paths["/v2/flows/prospects/bulk-assignments/{id}"]["get"];
type DataPrivacyFindPhoneNumberReferences = paths["/v2/data-privacy/data-for-phone-number"]["get"];
type DataPrivacyFindEmailAddressReferences = paths["/v2/data-privacy/data-for-email-address"]["get"];
type DataPrivacyErasePhoneNumber = paths["/v2/data-privacy/erase-data-for-phone-number"]["post"];
type DataPrivacyEraseEmailAddress = paths["/v2/data-privacy/erase-data-for-email-address"]["post"];
type EntitiesAsk = paths["/v2/entities/ask-entity"]["get"];
type EntitiesGetBrief = paths["/v2/entities/get-brief"]["get"];

const usersGetId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};

const usersGetSettingsHistoryId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};

const callsGetId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};

const callsAddMediaId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};

const crmUploadObjectsQueryIntegrationId: PathParamRule = {
  name: "integrationId",
  type: "string",
  pattern: /^-?[0-9]{1,19}$/u,
  requirement: "a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$)",
};

const crmUploadObjectsQueryObjectType: PathParamRule = {
  name: "objectType",
  type: "string",
  enum: ["ACCOUNT","CONTACT","DEAL","LEAD","BUSINESS_USER","STAGE"],
  requirement: "one of \"ACCOUNT\", \"CONTACT\", \"DEAL\", \"LEAD\", \"BUSINESS_USER\", \"STAGE\"",
};

const crmUploadObjectsQueryClientRequestId: PathParamRule = {
  name: "clientRequestId",
  type: "string",
  pattern: /^[A-Za-z0-9_-]+$/u,
  requirement: "a string matching a pattern (pattern ^[A-Za-z0-9_-]+$)",
};

const meetingsUpdateMeetingId: PathParamRule = {
  name: "meetingId",
  type: "string",
  pattern: /^-?[0-9]{1,19}$/u,
  requirement: "a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$)",
};

const meetingsDeleteMeetingId: PathParamRule = {
  name: "meetingId",
  type: "string",
  pattern: /^-?[0-9]{1,19}$/u,
  requirement: "a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$)",
};

const tasksUpdateTaskId: PathParamRule = {
  name: "taskId",
  type: "string",
  pattern: /^-?[0-9]{1,19}$/u,
  requirement: "a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$)",
};

const flowsGetBulkAssignmentId: PathParamRule = {
  name: "id",
  type: "string",
  requirement: "a non-empty string",
};

/** Gong's API as methods, grouped as each operation's `x-gongkit-method` names it. */
export interface GongResources {
  users: {
    /**
     * List all users
     *
     * List all of the company's users.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `GET /v2/users` (operationId `listUsers`)
     *
     * @param query Query parameters:
     * @param query.cursor When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
     * @param query.includeAvatars Avatars are synthetic users representing Gong employees (CSMs and support providers) when they access your instance. References to avatars' IDs may be found in the outputs of other API endpoints. This parameter is optional, if not provided avatars will not be included in the results.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `users` on every page, or `.pages()` for every page's body.
     */
    list(query?: NonNullable<UsersList["parameters"]["query"]>, options?: RequestOptions): PagePromise<UsersList["responses"][200]["content"]["application/json"], ItemsOf<UsersList["responses"][200]["content"]["application/json"], "users">>;
    /**
     * List users by filter
     *
     * List multiple Users.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `POST /v2/users/extensive` (operationId `listMultipleUsers`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `users` on every page, or `.pages()` for every page's body.
     */
    listByFilter(body: NonNullable<UsersListByFilter["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<UsersListByFilter["responses"][200]["content"]["application/json"], ItemsOf<UsersListByFilter["responses"][200]["content"]["application/json"], "users">>;
    /**
     * Retrieve user
     *
     * Retrieve a specific user.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `GET /v2/users/{id}` (operationId `getUser`)
     *
     * @param id Gong's unique numeric identifier for the user (up to 20 digits).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    get(id: UsersGet["parameters"]["path"]["id"], options?: RequestOptions): Promise<UsersGet["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve user settings history
     *
     * Retrieve a specific user's settings history.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `GET /v2/users/{id}/settings-history` (operationId `getUserHistory`)
     *
     * @param id Gong's unique numeric identifier for the user (up to 20 digits).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getSettingsHistory(id: UsersGetSettingsHistory["parameters"]["path"]["id"], options?: RequestOptions): Promise<UsersGetSettingsHistory["responses"][200]["content"]["application/json"]>;
  };
  calls: {
    /**
     * List all calls
     *
     * List calls that took place during the specified date range.
     *
     * Required authorization scope: 'api:calls:read:basic'.
     *
     * `GET /v2/calls` (operationId `listCalls`)
     *
     * @param query Query parameters:
     * @param query.cursor When paging is needed, provide the cursor from the response of the previous API call to bring the next page.
     * @param query.fromDateTime From date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -07:00. Returns calls on or after this time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time.
     * @param query.toDateTime To date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -7:00. Returns calls that started before this date and time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time.
     * @param query.workspaceId Workspace identifier, if supplied the API only returns calls belonging to this workspace.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `calls` on every page, or `.pages()` for every page's body.
     */
    list(query: NonNullable<CallsList["parameters"]["query"]>, options?: RequestOptions): PagePromise<CallsList["responses"][200]["content"]["application/json"], ItemsOf<CallsList["responses"][200]["content"]["application/json"], "calls">>;
    /**
     * Add new call
     *
     * When using this endpoint, either provide a downloadMediaUrl or use the returned callId in a follow-up request to /v2/calls/{id}/media to upload the media file.
     *
     * Required authorization scope: 'api:calls:create'.
     *
     * `POST /v2/calls` (operationId `addCall`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    create(body: NonNullable<CallsCreate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<CallsCreate["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve data for a specific call
     *
     * Retrieve data for a specific call.
     *
     * Required authorization scope: 'api:calls:read:basic'.
     *
     * `GET /v2/calls/{id}` (operationId `getCall`)
     *
     * @param id Gong's unique numeric identifier for the call (up to 20 digits).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    get(id: CallsGet["parameters"]["path"]["id"], options?: RequestOptions): Promise<CallsGet["responses"][200]["content"]["application/json"]>;
    /**
     * Add call media
     *
     * Adds a call media, recorded by a telephony system (PBX) or other media recording facility. Gong accepts call recordings in various audio and video file formats, including WAV, MP3, MP4, MKV and FLAC. If uploading a dual-channel (stereo) file separated by speaker, make sure to specify which channel corresponds to the company team member (rep) in the parties/mediaChannelId parameter of the Add New Call operation.
     *
     * Required authorization scope: 'api:calls:create'.
     *
     * `PUT /v2/calls/{id}/media` (operationId `addCallRecording`)
     *
     * @param id callId returned from 'Add New Call' request
     * @param media The `mediaFile` file: a Blob or File (in Node, `fs.openAsBlob(path)`: never read into memory, resent from its first byte on a retry), or `{ stream, size?, filename?, contentType? }` (sent once). At most 1500000000 bytes.
     * @param options `signal`, `timeoutMs` (idle time, while the upload moves), `maxRetries` and `onUploadProgress` for this call.
     * @returns The 201 response body.
     */
    addMedia(id: CallsAddMedia["parameters"]["path"]["id"], media: UploadMedia, options?: UploadOptions): Promise<CallsAddMedia["responses"][201]["content"]["application/json"]>;
    /**
     * Retrieve detailed call data by various filters
     *
     * Lists detailed call data for calls that took place during a specified date range, have specified call IDs or hosted by specified users.
     *
     * Required authorization scope: 'api:calls:read:extensive'. Moreover, clients requesting media download URLs by the contentSelector.exposedFields.media field should also have the scope 'api:calls:read:media-url'.
     *
     * `POST /v2/calls/extensive` (operationId `listCallsExtensive`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `calls` on every page, or `.pages()` for every page's body.
     */
    listByFilter(body: NonNullable<CallsListByFilter["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<CallsListByFilter["responses"][200]["content"]["application/json"], ItemsOf<CallsListByFilter["responses"][200]["content"]["application/json"], "calls">>;
    /**
     * Retrieve transcripts of calls
     *
     * Returns transcripts for calls that took place during the specified date period. If call IDs are specified, only transcripts for calls with those IDs that took place during the time period are returned.
     *
     * Required authorization scope: 'api:calls:read:transcript'.
     *
     * `POST /v2/calls/transcript` (operationId `getCallTranscripts`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `callTranscripts` on every page, or `.pages()` for every page's body.
     */
    listTranscripts(body: NonNullable<CallsListTranscripts["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<CallsListTranscripts["responses"][200]["content"]["application/json"], ItemsOf<CallsListTranscripts["responses"][200]["content"]["application/json"], "callTranscripts">>;
    /**
     * @deprecated Gong's July 2026 OpenAPI document no longer lists this operation and no reference page exists for it; it may stop working without notice.
     *
     * List all calls that were manually associated with CRM objects
     *
     * **Deprecated:** Gong's July 2026 OpenAPI document no longer lists this operation and no reference page exists for it; it may stop working without notice.
     *
     * Returns a list of all calls that were manually associated or re-associated with CRM account and deal/opportunity since a given time.
     *
     * Actions will be listed in the ascending order of their timing.
     *
     * Notice if a call was associated and later re-associated the API will return both events.
     *
     * This endpoint is in Beta Phase.
     *
     * Required authorization scope: 'api:crm-calls:manual-association:read'.
     *
     * `GET /v2/calls/manual-crm-associations` (operationId `listCRMCallsManualAssociation`)
     *
     * @param query Query parameters:
     * @param query.fromDateTime Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
     * @param query.cursor When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `associations` on every page, or `.pages()` for every page's body.
     */
    listManualCrmAssociations(query?: NonNullable<CallsListManualCrmAssociations["parameters"]["query"]>, options?: RequestOptions): PagePromise<CallsListManualCrmAssociations["responses"][200]["content"]["application/json"], ItemsOf<CallsListManualCrmAssociations["responses"][200]["content"]["application/json"], "associations">>;
    /**
     * List call outcomes
     *
     * Use this endpoint to retrieve the list of available call outcomes defined in Gong.
     * Call outcomes are used to categorize the result of a call (e.g., "Connected", "No Answer") and are set in the Dialer setup page.
     *
     * Required authorization scope: 'api:call-outcomes:read'.
     *
     * `GET /v2/call-outcomes` (operationId `listCallOutcomes`)
     *
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listOutcomes(options?: RequestOptions): Promise<CallsListOutcomes["responses"][200]["content"]["application/json"]>;
  };
  stats: {
    /**
     * Retrieve interaction stats for applicable users by date
     *
     * Returns interaction stats for users based on calls that have Whisper turned on.
     *
     * Required authorization scope: 'api:stats:interaction'.
     *
     * `POST /v2/stats/interaction` (operationId `listInteractionStats`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `peopleInteractionStats` on every page, or `.pages()` for every page's body.
     */
    listInteraction(body: NonNullable<StatsListInteraction["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<StatsListInteraction["responses"][200]["content"]["application/json"], ItemsOf<StatsListInteraction["responses"][200]["content"]["application/json"], "peopleInteractionStats">>;
    /**
     * Retrieve answered scorecards for applicable reviewed users or scorecards for a date range
     *
     * Retrieve all the answers for the scorecards that were reviewed during a specified date range, for calls that took place during a specified date range, for specific scorecards or for specific reviewed users.
     *
     * Required authorization scope: 'api:stats:scorecards'.
     *
     * `POST /v2/stats/activity/scorecards` (operationId `listAnsweredScorecards`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `answeredScorecards` on every page, or `.pages()` for every page's body.
     */
    listAnsweredScorecards(body: NonNullable<StatsListAnsweredScorecards["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<StatsListAnsweredScorecards["responses"][200]["content"]["application/json"], ItemsOf<StatsListAnsweredScorecards["responses"][200]["content"]["application/json"], "answeredScorecards">>;
    /**
     * Retrieve daily activity for applicable users for a date range
     *
     * Retrieve the daily activity of multiple users within the Gong system for a range of dates. This endpoint returns records including statistics about each user's activity, on the daily level. Records are returned only for users with activity in the range.
     *
     * Required authorization scope: 'api:stats:user-actions:detailed'.
     *
     * `POST /v2/stats/activity/day-by-day` (operationId `listMultipleUsersDayByDayActivity`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `usersDetailedActivities` on every page, or `.pages()` for every page's body.
     */
    listDayByDayActivity(body: NonNullable<StatsListDayByDayActivity["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<StatsListDayByDayActivity["responses"][200]["content"]["application/json"], ItemsOf<StatsListDayByDayActivity["responses"][200]["content"]["application/json"], "usersDetailedActivities">>;
    /**
     * Retrieve aggregated activity for defined users by date
     *
     * Lists the activity of multiple users within the Gong system during a defined period. Given the period, this endpoint returns multiple records, one for each user, with an applicable activity during the period. Each record includes statistics about the user's activity.
     *
     * Required authorization scope: 'api:stats:user-actions'.
     *
     * `POST /v2/stats/activity/aggregate` (operationId `listMultipleUsersAggregateActivity`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `usersAggregateActivityStats` on every page, or `.pages()` for every page's body.
     */
    listAggregateActivity(body: NonNullable<StatsListAggregateActivity["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<StatsListAggregateActivity["responses"][200]["content"]["application/json"], ItemsOf<StatsListAggregateActivity["responses"][200]["content"]["application/json"], "usersAggregateActivityStats">>;
    /**
     * Retrieve aggregated activity for defined users by a date range with grouping in time periods
     *
     * Lists the aggregated activity of multiple users within the Gong system for each time period within the defined date range. This endpoint returns multiple records, one for each user. For each user there are items for every time period in the date range, including statistics about the user's activity. Records are returned only for users with activity in the range.
     *
     * Required authorization scope: 'api:stats:user-actions'.
     *
     * `POST /v2/stats/activity/aggregate-by-period` (operationId `listMultipleUsersAggregateByPeriod`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `usersAggregateActivity` on every page, or `.pages()` for every page's body.
     */
    listAggregateActivityByPeriod(body: NonNullable<StatsListAggregateActivityByPeriod["requestBody"]>["content"]["application/json"], options?: RequestOptions): PagePromise<StatsListAggregateActivityByPeriod["responses"][200]["content"]["application/json"], ItemsOf<StatsListAggregateActivityByPeriod["responses"][200]["content"]["application/json"], "usersAggregateActivity">>;
  };
  settings: {
    /**
     * List all company workspaces
     *
     * Returns a list of all workspaces including their details.
     *
     * Required authorization scope: 'api:workspaces:read'.
     *
     * `GET /v2/workspaces` (operationId `listWorkspaces`)
     *
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listWorkspaces(options?: RequestOptions): Promise<SettingsListWorkspaces["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve tracker details
     *
     * Retrieves details of all keyword trackers in the system or in a given workspace.
     *
     * When accessed through a Bearer token authorization method, this endpoint requires the 'api:settings:trackers:read' scope.
     *
     * Required authorization scope: 'api:settings:trackers:read'.
     *
     * `GET /v2/settings/trackers` (operationId `listTrackers`)
     *
     * @param query Query parameters:
     * @param query.workspaceId The ID of the workspace the keyword trackers are in. When empty, all trackers in all workspaces are returned.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listTrackers(query?: NonNullable<SettingsListTrackers["parameters"]["query"]>, options?: RequestOptions): Promise<SettingsListTrackers["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve scorecards details
     *
     * Retrieve all the scorecards within the Gong system.
     *
     * Required authorization scope: 'api:settings:scorecards:read'.
     *
     * `GET /v2/settings/scorecards` (operationId `listScorecards`)
     *
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listScorecards(options?: RequestOptions): Promise<SettingsListScorecards["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve AI brief settings - BETA
     *
     * **Beta:** this endpoint is in beta.
     *
     * Retrieves settings of all AI briefs in the system or in a specified workspace.
     *
     * Required authorization scope: 'api:ai-briefer:read'.
     *
     * `GET /v2/settings/briefs` (operationId `listBriefs`)
     *
     * @param query Query parameters:
     * @param query.workspaceId The ID of the workspace the AI briefs are in. When empty, all briefs in all workspaces are returned.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listBriefs(query?: NonNullable<SettingsListBriefs["parameters"]["query"]>, options?: RequestOptions): Promise<SettingsListBriefs["responses"][200]["content"]["application/json"]>;
  };
  library: {
    /**
     * Retrieve Library folders
     *
     * Use this endpoint to retrieve a list of public library folders. We do not allow retrieval of either private or archived folders.
     *
     * Required authorization scope: 'api:library:read'.
     *
     * `GET /v2/library/folders` (operationId `getLibraryStructure`)
     *
     * @param query Query parameters:
     * @param query.workspaceId Workspace identifier. We will retrieve folders which are related to this specific workspace.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listFolders(query?: NonNullable<LibraryListFolders["parameters"]["query"]>, options?: RequestOptions): Promise<LibraryListFolders["responses"][200]["content"]["application/json"]>;
    /**
     * List of calls in a specific folder
     *
     * Given a folder id, this endpoint retrieves a list of calls in it.
     *
     * Required authorization scope: 'api:library:read'.
     *
     * `GET /v2/library/folder-content` (operationId `getCallsInSpecificFolder`)
     *
     * @param query Query parameters:
     * @param query.folderId Gong's unique numeric identifier for the folder (up to 20 digits).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getFolderContent(query?: NonNullable<LibraryGetFolderContent["parameters"]["query"]>, options?: RequestOptions): Promise<LibraryGetFolderContent["responses"][200]["content"]["application/json"]>;
  };
  auditing: {
    /**
     * Retrieve logs data by type and time range
     *
     * List log entries that took place during a specified time range.
     *
     * Required authorization scope: 'api:logs:read'.
     *
     * `GET /v2/logs` (operationId `listLogs`)
     *
     * @param query Query parameters:
     * @param query.logType Type of logs requested.
     * @param query.fromDateTime The time from which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
     * @param query.toDateTime The time until which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified, the logs end with the latest recorded log.
     * @param query.cursor When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `logEntries` on every page, or `.pages()` for every page's body.
     */
    listLogs(query: NonNullable<AuditingListLogs["parameters"]["query"]>, options?: RequestOptions): PagePromise<AuditingListLogs["responses"][200]["content"]["application/json"], ItemsOf<AuditingListLogs["responses"][200]["content"]["application/json"], "logEntries">>;
  };
  coaching: {
    /**
     * List all coaching metrics
     *
     * List all of the coaching metrics of a manager.
     *
     * Required authorization scope: 'api:coaching:read'.
     *
     * `GET /v2/coaching` (operationId `listCoachingMetrics`)
     *
     * @param query Query parameters:
     * @param query.workspace-id Gong's unique numeric identifier for the workspace of the coaching metrics.
     * @param query.manager-id Gong's unique numeric identifier for the manager (a Gong user) whose coaching metrics are listed.
     * @param query.from Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
     * @param query.to Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listMetrics(query: NonNullable<CoachingListMetrics["parameters"]["query"]>, options?: RequestOptions): Promise<CoachingListMetrics["responses"][200]["content"]["application/json"]>;
  };
  permissions: {
    /**
     * List all company permission profiles for a given workspace
     *
     * Returns a list of all permission profiles.
     *
     * The listing is in the alphabetical order of the profile names.
     *
     * Required authorization scope: 'api:permission-profile:read'.
     *
     * `GET /v2/all-permission-profiles` (operationId `listPermissionProfile`)
     *
     * @param query Query parameters:
     * @param query.workspaceId Workspace identifier, the API will return only the profiles belonging to this workspace. You can retrieve the workspace using the "workspaces" (under "Settings") API.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listProfiles(query: NonNullable<PermissionsListProfiles["parameters"]["query"]>, options?: RequestOptions): Promise<PermissionsListProfiles["responses"][200]["content"]["application/json"]>;
    /**
     * Permission profile for a given profile Id
     *
     * Returns a permission profile.
     *
     * Required authorization scope: 'api:permission-profile:read'.
     *
     * `GET /v2/permission-profile` (operationId `getPermissionProfile`)
     *
     * @param query Query parameters:
     * @param query.profileId Permission profile identifier.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getProfile(query: NonNullable<PermissionsGetProfile["parameters"]["query"]>, options?: RequestOptions): Promise<PermissionsGetProfile["responses"][200]["content"]["application/json"]>;
    /**
     * Update permission profile
     *
     * Update a permission profile.
     *
     * Required authorization scope: 'api:permission-profile:write'.
     *
     * `PUT /v2/permission-profile` (operationId `updatePermissionProfile`)
     *
     * @param body The JSON request body.
     * @param query Query parameters:
     * @param query.profileId Permission profile identifier.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    updateProfile(body: NonNullable<PermissionsUpdateProfile["requestBody"]>["content"]["application/json"], query: NonNullable<PermissionsUpdateProfile["parameters"]["query"]>, options?: RequestOptions): Promise<PermissionsUpdateProfile["responses"][200]["content"]["application/json"]>;
    /**
     * Create permission profile
     *
     * Create a permission profile in a given workspace.
     *
     * Required authorization scope: 'api:permission-profile:write'.
     *
     * `POST /v2/permission-profile` (operationId `createPermissionProfile`)
     *
     * @param body The JSON request body.
     * @param query Query parameters:
     * @param query.workspaceId Workspace identifier. You can retrieve the workspace using the "workspaces" (under "Settings") API.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    createProfile(body: NonNullable<PermissionsCreateProfile["requestBody"]>["content"]["application/json"], query: NonNullable<PermissionsCreateProfile["parameters"]["query"]>, options?: RequestOptions): Promise<PermissionsCreateProfile["responses"][200]["content"]["application/json"]>;
    /**
     * List all users attached to a given permission profile
     *
     * Returns a list of all users whose access is controlled by the given permission profile.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `GET /v2/permission-profile/users` (operationId `listPermissionProfileUsers`)
     *
     * @param query Query parameters:
     * @param query.profileId Permission profile identifier.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listProfileUsers(query: NonNullable<PermissionsListProfileUsers["parameters"]["query"]>, options?: RequestOptions): Promise<PermissionsListProfileUsers["responses"][200]["content"]["application/json"]>;
    /**
     * Give individual users access to calls
     *
     * Give individual users access to calls.
     *
     * If a user already has access (perhaps the call was shared with them, or they have access through their permission profiles) the request will have no effect.
     *
     * Required authorization scope: 'api:call-user-access:write'.
     *
     * `PUT /v2/calls/users-access` (operationId `addUsersAccessToCalls`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    addCallAccess(body: NonNullable<PermissionsAddCallAccess["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<PermissionsAddCallAccess["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve users that have specific individual access to calls
     *
     * Returns a list of users who have received individual access to calls through the API.
     *
     * This endpoint doesn't cover user that have access for other reasons (such as sharing recipients, or access through permission profiles).
     *
     * Required authorization scope: 'api:call-user-access:read'.
     *
     * `POST /v2/calls/users-access` (operationId `getUsersAccessToCalls`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listCallAccess(body: NonNullable<PermissionsListCallAccess["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<PermissionsListCallAccess["responses"][200]["content"]["application/json"]>;
    /**
     * Remove specific individual users access from calls
     *
     * Remove individual user access from calls. The request can only remove access previously given by the /v2/calls/users-access API.
     *
     * If a given user does not have access to the call, they will be unaffected.
     *
     * If a given user does have access to the call, but not through the pubic API (for example if the call was shared with the user), the user's access will remain unchanged.
     *
     * Required authorization scope: 'api:call-user-access:write'.
     *
     * `DELETE /v2/calls/users-access` (operationId `deleteUsersAccessToCalls`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    removeCallAccess(body: NonNullable<PermissionsRemoveCallAccess["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<PermissionsRemoveCallAccess["responses"][200]["content"]["application/json"]>;
  };
  crm: {
    /**
     * Get Generic CRM integration details
     *
     * Returns the CRM integration you set up using the `PUT /v2/crm/integrations` endpoint. You can only have one integration at a time.
     *
     * Required authorization scope: 'api:crm:integrations:read'.
     *
     * `GET /v2/crm/integrations` (operationId `listGenericCrmIntegration`)
     *
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listIntegrations(options?: RequestOptions): Promise<CrmListIntegrations["responses"][200]["content"]["application/json"]>;
    /**
     * Register a Generic CRM integration
     *
     * Creates your CRM integration with Gong. Returns an integrationId, which should be used in requests to the CRM API to enable correct association of CRM data.
     *
     * Multiple CRM integrations are not supported. To create a new integration, delete the old one first (`DELETE /v2/crm/integrations`).
     *
     * This includes if you have integrated with Gong using one of the native CRM integrations such as HubSpot or Salesforce.
     *
     * Required authorization scope: 'api:crm:integration:register'.
     *
     * `PUT /v2/crm/integrations` (operationId `registerGenericCrmIntegration`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    registerIntegration(body: NonNullable<CrmRegisterIntegration["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<CrmRegisterIntegration["responses"][200]["content"]["application/json"]>;
    /**
     * Delete a Generic CRM integration
     *
     * Asynchronously deletes a CRM integration and all its associated CRM objects (Accounts, Contacts, Deals, Leads, and Users).
     *
     * This endpoint gets the clientRequestId generated by you as the request identifier. Use this to check the status of the delete request by calling the `/request-status` endpoint,with the clientRequestId.
     *
     * A status of DONE indicates that the integration and all its associated crm objects have been successfully deleted. This may take up to 24 hours to be deleted.
     *
     * ## Example
     *
     * `DELETE https://api.gong.io/v2/crm/integrations?clientRequestId=1234&integrationId=6286478263646`
     *
     * Required authorization scope: 'api:crm:integration:delete'.
     *
     * `DELETE /v2/crm/integrations` (operationId `deleteGenericCrmIntegration`)
     *
     * @param query Query parameters:
     * @param query.integrationId The ID of the integration to delete
     * @param query.clientRequestId A unique identifier generated and sent by you to allow troubleshooting. Valid characters are letters, numbers, dashes and underscores.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 201 response body.
     */
    deleteIntegration(query: NonNullable<CrmDeleteIntegration["parameters"]["query"]>, options?: RequestOptions): Promise<CrmDeleteIntegration["responses"][201]["content"]["application/json"]>;
    /**
     * List Schema Fields
     *
     * Retrieves a list of the object schema fields.
     *
     * ### Example
     *
     * #### Request
     *
     * `GET https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`
     *
     * #### Response
     *
     * ```json
     * {
     *     "requestId": "afjkzqkqglog7ueki5",
     *     "objectTypeToSelectedFields": {
     *         "ACCOUNT": [
     *             {
     *                 "name": "accountTypePicklist",
     *                 "label": "Account Type",
     *                 "type": "PICKLIST",
     *                 "lastModified": null,
     *                 "isDeleted": false,
     *                 "referenceTo": null,
     *                 "orderedValueList": null
     *             },
     *             {
     *                 "name": "accountTypePicklist2",
     *                 "label": "Account Type2",
     *                 "type": "PICKLIST",
     *                 "lastModified": null,
     *                 "isDeleted": false,
     *                 "referenceTo": null,
     *                 "orderedValueList": null
     *             },
     *             {
     *                 "name": "fooBar",
     *                 "label": "Foo Bar",
     *                 "type": "STRING",
     *                 "lastModified": null,
     *                 "isDeleted": false,
     *                 "referenceTo": null,
     *                 "orderedValueList": null
     *             }
     *         ]
     *     }
     * }
     * ```
     *
     * Required authorization scope: 'api:crm:schema'.
     *
     * `GET /v2/crm/entity-schema` (operationId `listCrmSchemaFields`)
     *
     * @param query Query parameters:
     * @param query.integrationId Integration ID generated when creating the integration
     * @param query.objectType Type of object to retrieve the schema fields for (case-sensitive). Omitting this parameter returns the schema for all object types.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listSchemaFields(query: NonNullable<CrmListSchemaFields["parameters"]["query"]>, options?: RequestOptions): Promise<CrmListSchemaFields["responses"][200]["content"]["application/json"]>;
    /**
     * Upload Object Schema
     *
     * Enables you to add, edit or remove fields to Gong CRM entities, so that you can display additional CRM data in Gong. Fields that are not included in the Gong CRM objects, and are uploaded without updating your schema, are not displayed in Gong.
     *
     * Update your schema when:
     *
     * - You create a new integration
     * - There are changes to the schema of any object type. You can also send a schema update request before any request to the `/v2/crm/entities` API.
     *
     * When updating your schema:
     *
     * - Add or change field: include all fields you want in the schema, including those sent previously. Example:
     *
     *   | Date | Action | Result |
     *   | --- | --- | --- |
     *   | 3/4/2023 | Send account schema with fieldA | fieldA added to the account |
     *   | 6/4/23 | Send account schema with fieldA and fieldB | fieldA still included in account schema. fieldB added to the account |
     *   | 8/4/23 | Send account schema with fieldC but without fieldA and fieldB | Receive an error that you must include all fields in the schema |
     *   | 15/4/23 | Send account schema with fieldB, fieldC, and isDeleted for fieldA | fieldA and all it's data are deleted. fieldB and fieldC remain in the schema |
     *
     * - Changing a field: if you change the field type, a new field is created and the data associated with the original field is deleted. Other changes, such as the label do not result in data being deleted.
     * - Deleting a field: to delete a field and it's associated data, send the field with isDeleted = true
     *
     * ## Supported field types
     *
     * This table describes the field types that can be added to your schema
     *
     * | Field type | Format in JSON | Possible values |
     * | --- | --- | --- |
     * | BOOLEAN | boolean | true, false |
     * | DATE | string (ISO-8601 date without time) | "2020-05-31" |
     * | DATETIME | string (ISO-8601 datetime without milliseconds) | "2020-12-17T07:37:21+02:00" "2020-12-17T05:37:21Z" |
     * | PICKLIST | string - one of the values in an orderedValueList | "Analyst" |
     * | NUMBER | number | 45.66, 8453 |
     * | PERCENT | number (between 0 to 100) | 67.3 |
     * | CURRENCY\* | number | 34.68 |
     * | PHONENUMBER | string | "+14055766687" |
     * | EMAILADDRESS | string | "john.doe@anywhere.com" |
     * | REFERENCE | string - the id of another object | "48b009drax" |
     * | ID | string - the id of the object | "843hf8484jr84htg" |
     * | STRING | string | "whatever you want" |
     * | URL | string | "https://crm.com/account/6d4r578f" |
     *
     * \* In the integration send a number value, and specify the correct currency symbol in the Gong UI. Currently Gong does not support multiple currencies per company.
     *
     * ### Example
     *
     * #### Request
     *
     * `POST https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`
     *
     * ```
     * [{"uniqueName": "orderId", "label": "ID", "type": "ID", "lastModified": "2020-11-11T08:11:34+01:00"},
     * {"uniqueName": "parentAccount", "label": "Main Account", "type": "REFERENCE", "referenceTo": "ACCOUNT", "lastModified": "2020-11-11T08:11:34+01:00"},
     * {"uniqueName": "category", "label": "Category", "type": "PICKLIST", "orderedValueList": ["Analyst", "Competitor", "Customer", "Integrator", "Investor", "Partner", "Other"], "lastModified": "2020-11-11T08:11:34+01:00"},
     * // remove custom field
     * {"uniqueName": "industry", "isDeleted": true, "label": "Industry", "type": "PICKLIST", "lastModified": "2020-11-21T08:11:34+01:00"}]
     * ```
     *
     * Required authorization scope: 'api:crm:schema'.
     *
     * `POST /v2/crm/entity-schema` (operationId `uploadCrmSchemaField`)
     *
     * @param body The JSON request body.
     * @param query Query parameters:
     * @param query.integrationId Integration ID generated when creating the integration
     * @param query.objectType The object type to set the schema for (case-sensitive)
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 or 201 response body.
     */
    uploadSchema(body: NonNullable<CrmUploadSchema["requestBody"]>["content"]["application/json"], query: NonNullable<CrmUploadSchema["parameters"]["query"]>, options?: RequestOptions): Promise<CrmUploadSchema["responses"][200]["content"]["application/json"] | CrmUploadSchema["responses"][201]["content"]["application/json"]>;
    /**
     * Get CRM objects
     *
     * ## This API is for use in the **development phase only**, to manually verify that objects are uploaded and processed correctly in Gong.
     *
     * Returns a JSON object where each key is the object’s crm id and the corresponding value is a nested JSON object representing the CRM object fields. Each key in the nested JSON is the field name and the corresponding value is the field value.
     *
     * The objects are fetched from the Gong main DB. If the object is not found, the JSON’s value is null.
     *
     * The request body contains an array of objects ids.
     *
     * The request is limited to 100 objects. If more than 100 objects are requested only the first 100 are returned.
     *
     * ### Example
     *
     * #### Request
     *
     * `GET https://api.gong.io/v2/crm/entities?integrationId=6286478263646&objectType=DEAL`
     *
     * `["1234","8765"] //request body`
     *
     * Required authorization scope: 'api:crm:get-objects'.
     *
     * `GET /v2/crm/entities` (operationId `getCrmObjects`)
     *
     * @param query Query parameters:
     * @param query.integrationId Integration ID generated when creating the integration
     * @param query.objectType Requested objects type
     * @param query.objectsCrmIds **Request Body:** The requested objects crm ids (should be sent in the request body)
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getObjects(query: NonNullable<CrmGetObjects["parameters"]["query"]>, options?: RequestOptions): Promise<CrmGetObjects["responses"][200]["content"]["application/json"]>;
    /**
     * Upload CRM objects
     *
     * Inserts, updates, or deletes a CRM entity in Gong.
     *
     * Gong searches for existing entities with the same ID, to determine whether the entity should be added or updated.
     *
     * Ensure you have an authentication key and that you have registered your integration before uploading your CRM data.
     *
     * ### Request body
     *
     * - Content-Type should be multipart/form-data
     * - Maximum payload size: 200 megabytes
     *
     * The `dataFile` part is an LDJSON file: each JSON object on a separate line. A file should only contain objects of one entity type (the `objectType` query parameter). Records that have multiple updates should be sent in separate files. If you defined additional fields using the /v2/crm/entity-schema API, include those fields in the JSON file.
     *
     * ### Example
     *
     * `POST https://api.gong.io/v2/crm/entities?clientRequestId=1234&integrationId=6286478263646&objectType=BUSINESS_USER`
     *
     * ```
     * {"objectId": "user1_Id_In_The_CRM", "emailAddress": "john.doe@acme.com", "modifiedDate": "2019-01-03T23:45:57+01:00"}
     * {"objectId": "user2_Id_In_The_CRM", "isDeleted": true, "emailAddress": "john.taylor@acme.com", "modifiedDate": "2019-01-03T23:45:57+01:00"}
     * ```
     *
     * This API is asynchronous: a 201 response means the file was uploaded and is pending processing. Use the clientRequestId to follow it with GET /v2/crm/request-status.
     *
     * Required authorization scope: 'api:crm:upload'.
     *
     * `POST /v2/crm/entities` (operationId `uploadCrmData`)
     *
     * @param query Query parameters:
     * @param query.integrationId Integration ID generated when creating the integration
     * @param query.objectType The object being uploaded. Options are (case-sensitive): ACCOUNT, CONTACT, DEAL, LEAD, BUSINESS_USER, STAGE.
     * @param query.clientRequestId A unique identifier sent by you to allow troubleshooting and to prevent repeated attempts to upload the same list of objects. Valid characters: letters, numbers, dashes and underscores.
     * @param records The records, sent as LDJSON (one per line) in the `dataFile` part: an array (checked and measured before anything is sent, resent whole on a retry) or an (async) iterable (streamed, sent once); each `objectId` at most once. At most 200000000 bytes.
     * @param options `signal`, `timeoutMs` (idle time, while the upload moves), `maxRetries` and `onUploadProgress` for this call.
     * @returns The 201 response body.
     */
    uploadObjects(query: NonNullable<CrmUploadObjects["parameters"]["query"]>, records: UploadRecords<components["schemas"]["CrmObjectRecord"]>, options?: UploadOptions): Promise<CrmUploadObjects["responses"][201]["content"]["application/json"]>;
    /**
     * Get Request Status
     *
     * Returns the current status of the request for endpoints run asynchronously:
     *
     * - POST /v2/crm/entities
     * - DELETE /v2/crm/integrations
     *
     * ### Status Codes
     *
     * - PENDING: file is pending being processed
     * - IN_PROGRESS: file is being processed
     * - DONE: all objects in the file were successfully processed
     * - FAILED: failed to parse some objects, or a general error occurred when the file was being processed
     *
     * ### Correcting a file that failed to be processed:
     *
     * When the status in the response is FAILED do one of the following:
     *
     * - If the response includes a list of errors, correct the errors in the file as follows:
     *   1. Using the `errors.line` attribute, locate and correct the data in the JSON file.
     *   2. You can resend the entire LDJSON file, or only the corrected records via the relevant API.
     *
     *      Note: The response returns a maximum of 20 errors. To make sure you have corrected all errors, upload the entire file repeatedly until you receive a DONE status.
     * - A single error in the form of: `{"line":0,"description":"....."}` indicates a general processing error:
     *   1. Fix the LDJSON file according to the error message.
     *   2. Upload the entire LDJSON file again.
     *
     * Required authorization scope: 'api:crm:upload'.
     *
     * `GET /v2/crm/request-status` (operationId `getRequestStatus`)
     *
     * @param query Query parameters:
     * @param query.integrationId Integration ID generated when creating the integration
     * @param query.clientRequestId The client request ID used in the asynchronous endpoint you want to get a status for
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getRequestStatus(query: NonNullable<CrmGetRequestStatus["parameters"]["query"]>, options?: RequestOptions): Promise<CrmGetRequestStatus["responses"][200]["content"]["application/json"]>;
    /**
     * Waits for a job that Gong finishes after answering: polls `GET /v2/crm/request-status` (`crm.waitForRequest`) through the client's rate limiter, every 2 s at first and up to every 30 s, while `status` is PENDING or IN_PROGRESS.
     *
     * @param clientRequestId The client request ID used in the asynchronous endpoint you want to get a status for
     * @param options `signal`, `timeoutMs` (the whole wait; default an hour), `intervalMs`, `maxIntervalMs`, `onPoll`, and the operation's other query parameters.
     * @returns The last status body, once `status` is anything but PENDING, IN_PROGRESS, FAILED.
     * @throws GongJobFailedError (with the body as `result`) when `status` is FAILED; GongJobTimeoutError when `timeoutMs` runs out.
     */
    waitForRequest(clientRequestId: NonNullable<CrmGetRequestStatus["parameters"]["query"]>["clientRequestId"], options: WaitOptions & Omit<NonNullable<CrmGetRequestStatus["parameters"]["query"]>, "clientRequestId">): Promise<CrmGetRequestStatus["responses"][200]["content"]["application/json"]>;
  };
  integrationSettings: {
    /**
     * Integration Settings
     *
     * Configure your integration settings for displaying your company data in iFrames. For example, use this API to configure dynamic links as the iFrame source.
     *
     * Required authorization scope: 'api:integration-settings:write'.
     *
     * `POST /v2/integration-settings` (operationId `integrationSettings`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    update(body: NonNullable<IntegrationSettingsUpdate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<IntegrationSettingsUpdate["responses"][200]["content"]["application/json"]>;
  };
  meetings: {
    /**
     * Create a New Gong Meeting
     *
     * Required authorization scope: 'api:meetings:user:create'.
     *
     * `POST /v2/meetings` (operationId `addMeeting`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    create(body: NonNullable<MeetingsCreate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<MeetingsCreate["responses"][200]["content"]["application/json"]>;
    /**
     * Update a Gong Meeting
     *
     * Required authorization scope: 'api:meetings:user:update'.
     *
     * `PUT /v2/meetings/{meetingId}` (operationId `updateMeeting`)
     *
     * @param meetingId Gong's unique identifier for the meeting (up to 20 digits).
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    update(meetingId: MeetingsUpdate["parameters"]["path"]["meetingId"], body: NonNullable<MeetingsUpdate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<MeetingsUpdate["responses"][200]["content"]["application/json"]>;
    /**
     * Delete a Gong Meeting
     *
     * Required authorization scope: 'api:meetings:user:delete'.
     *
     * `DELETE /v2/meetings/{meetingId}` (operationId `deleteMeeting`)
     *
     * @param meetingId Gong's unique identifier for the meeting (up to 20 digits).
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    delete(meetingId: MeetingsDelete["parameters"]["path"]["meetingId"], body: NonNullable<MeetingsDelete["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<MeetingsDelete["responses"][200]["content"]["application/json"]>;
    /**
     * Validate Gong meeting Integration
     *
     * Required authorization scope: 'api:meetings:integration:status'.
     *
     * `POST /v2/meetings/integration/status` (operationId `integrationStatus`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getIntegrationStatus(body: NonNullable<MeetingsGetIntegrationStatus["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<MeetingsGetIntegrationStatus["responses"][200]["content"]["application/json"]>;
  };
  engagement: {
    /**
     * Report event of a content view
     *
     * Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is viewed by an external participant (for example, a contract was “viewed” by the prospect)
     *
     * Required authorization scope: 'api:engagement-data:write'.
     *
     * `PUT /v2/customer-engagement/content/viewed` (operationId `contentViewed`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    reportContentViewed(body: NonNullable<EngagementReportContentViewed["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<EngagementReportContentViewed["responses"][200]["content"]["application/json"]>;
    /**
     * Report event of a content share
     *
     * Push engagement events into Gong and display them as events in Gong’s activity timeline, when a Gong user shares content with external participants (for example, a contract was “shared” by the account executive with his prospects)
     *
     * Required authorization scope: 'api:engagement-data:write'.
     *
     * `PUT /v2/customer-engagement/content/shared` (operationId `contentShared`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    reportContentShared(body: NonNullable<EngagementReportContentShared["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<EngagementReportContentShared["responses"][200]["content"]["application/json"]>;
    /**
     * Report event of a custom action
     *
     * Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is engaged by an external participant (for example, a contract was “signed” by the prospect)
     *
     * Required authorization scope: 'api:engagement-data:write'.
     *
     * `PUT /v2/customer-engagement/action` (operationId `customAction`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    reportCustomAction(body: NonNullable<EngagementReportCustomAction["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<EngagementReportCustomAction["responses"][200]["content"]["application/json"]>;
  };
  digitalInteractions: {
    /**
     * Post a Digital Interaction
     *
     * Required authorization scope: 'api:digital-interactions:write'.
     *
     * `POST /v2/digital-interaction` (operationId `addDigitalInteraction`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    create(body: NonNullable<DigitalInteractionsCreate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<DigitalInteractionsCreate["responses"][200]["content"]["application/json"]>;
  };
  tasks: {
    /**
     * List user's tasks
     *
     * Retrieves a list of Engage tasks assigned to a specific user, supporting filters for task type, action, and status. Results include detailed metadata for each task, such as ownership, creation and due dates, associated contacts, flows, accounts, and opportunities.
     *
     * Required authorization scope: 'api:tasks:read'.
     *
     * `POST /v2/tasks` (operationId `listTasks`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    list(body: NonNullable<TasksList["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<TasksList["responses"][200]["content"]["application/json"]>;
    /**
     * Update task
     *
     * Use this endpoint to update the status or due date of an existing Engage task. The task status can be changed to OPEN, DONE, or DISMISSED. This is useful for managing task workflows such as marking tasks complete or rescheduling them based on user actions or system events.
     *
     * The body names the task's owner (`userId`, required) and the values to set: `status`, `dueDate` and `priority`, each optional.
     *
     * Required authorization scope: 'api:tasks:write'.
     *
     * `PATCH /v2/tasks/{taskId}` (operationId `updateReminder`)
     *
     * @param taskId The id of the task to update (a task's `id` in the "List user's tasks" response).
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    update(taskId: TasksUpdate["parameters"]["path"]["taskId"], body: NonNullable<TasksUpdate["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<TasksUpdate["responses"][200]["content"]["application/json"]>;
  };
  flows: {
    /**
     * List Gong Engage flows
     *
     * Engage flows have the following visibility types:
     *
     * - Company: visible to everyone in the company, can only be edited by users with edit permissions.
     * - Personal: reps can set up their own flows which are only available to them.
     * - Shared: reps can share a flow with other reps. Those reps can then add leads to the flow.
     *
     * This endpoint returns all company flows, together with personal flows and flows shared with the user specified in the `flowOwnerEmail` parameter.
     *
     * Alternatively this endpoint can return the flows most recently assigned by the user.
     *
     * Required authorization scope: 'api:flows:read'.
     *
     * `GET /v2/flows` (operationId `listFlows`)
     *
     * @param query Query parameters:
     * @param query.flowOwnerEmail Email of the Gong user whose personal flows and flows shared with the user you want to return.
     * @param query.cursor When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
     * @param query.workspaceId Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace.
     * @param query.folderId Optional Folder identifier, if supplied the API will return only the flows belonging to this particular folder.
     * @param query.mostRecentlyAssigned Optional flag, if supplied the API will return only the most recently assigned flows capped at 20.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `flows` on every page, or `.pages()` for every page's body.
     */
    list(query: NonNullable<FlowsList["parameters"]["query"]>, options?: RequestOptions): PagePromise<FlowsList["responses"][200]["content"]["application/json"], ItemsOf<FlowsList["responses"][200]["content"]["application/json"], "flows">>;
    /**
     * List Gong Engage flow folders
     *
     * Engage flow folders have the following visibility types:
     *
     * - Company: visible to everyone in the company, can only be edited by users with edit permissions.
     * - Personal: reps can set up their own flow folders which are only available to them.
     * - Shared: reps can share a flow folder with other reps. Those reps can then add flows to the flow folder.
     *
     * This endpoint returns all company flow folders, together with personal flow folders and flow folders shared with the user specified in the `flowFolderOwnerEmail` parameter.
     *
     * Required authorization scope: 'api:flows:read'.
     *
     * `GET /v2/flows/folders` (operationId `listFlowsFolders`)
     *
     * @param query Query parameters:
     * @param query.flowFolderOwnerEmail Email of the Gong user whose personal flows folders and flows folders shared with the user you want to return.
     * @param query.cursor When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
     * @param query.parentId Optional folder identifier, if supplied the API will return only this folder and the child folders of this folder.
     * @param query.workspaceId Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The first page's 200 response body. Iterate it (`for await`) for every item of `flows` on every page, or `.pages()` for every page's body.
     */
    listFolders(query: NonNullable<FlowsListFolders["parameters"]["query"]>, options?: RequestOptions): PagePromise<FlowsListFolders["responses"][200]["content"]["application/json"], ItemsOf<FlowsListFolders["responses"][200]["content"]["application/json"], "flows">>;
    /**
     * Get flow details and steps for one or more Engage flows
     *
     * Returns flow details and their steps for one or more Engage flows.
     *
     * Each flow in the response includes its metadata (name, folder, visibility, creation date) and a list of steps.
     *
     * Each step includes its ID, order, action type, subject, body, and whether it is a reply.
     *
     * Step order is 1-based and maps directly to the step number used in the flow assignment endpoint.
     *
     * A maximum of 20 flow IDs may be requested at a time.
     *
     * Required authorization scope: 'api:flows:read'.
     *
     * `POST /v2/flows/steps` (operationId `getFlowSteps`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getSteps(body: NonNullable<FlowsGetSteps["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsGetSteps["responses"][200]["content"]["application/json"]>;
    /**
     * List prospects assigned flows
     *
     * Get the Gong Engage flows assigned to the given `crmProspectsIds`.
     *
     * When querying by `crmProspectsIds`, only open (Pending/Running/Paused) flows are returned.
     *
     * Alternatively this endpoint can be used to get the flows assigned to prospects by the given `flowInstanceIds`.
     *
     * When querying by `flowInstanceIds`, all flows including finished ones are returned.
     *
     * Required authorization scope: 'api:flows:read'.
     *
     * `POST /v2/flows/prospects` (operationId `getFlowsForProspects`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    listForProspects(body: NonNullable<FlowsListForProspects["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsListForProspects["responses"][200]["content"]["application/json"]>;
    /**
     * @deprecated Gong marks this operation deprecated.
     *
     * Assign prospects (contacts or leads) to an Engage flow
     *
     * Use this endpoint to assign a number of prospects to a flow. Prospects can be contacts or leads in your CRM.
     *
     * Generate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.
     *
     * You can assign up to 100 prospects to a flow in a single request.
     *
     * Required authorization scope: 'api:flows:write'.
     *
     * `POST /v2/flows/prospects/assign` (operationId `assignProspects`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    assignProspects(body: NonNullable<FlowsAssignProspects["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsAssignProspects["responses"][200]["content"]["application/json"]>;
    /**
     * @deprecated Gong marks this operation deprecated.
     *
     * Assign prospects (contacts or leads) to an Engage flow regardless of the cool off status
     *
     * Use this endpoint to assign a number of prospects to a flow regardless of the cool off status. Prospects can be contacts or leads in your CRM.
     *
     * Generate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.
     *
     * You can assign up to 100 prospects to a flow in a single request.
     *
     * Required authorization scope: 'api:flows:write'.
     *
     * `POST /v2/flows/prospects/assign/cool-off-override` (operationId `assignProspectsCoolOffOverrides`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    assignProspectsOverridingCoolOff(body: NonNullable<FlowsAssignProspectsOverridingCoolOff["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsAssignProspectsOverridingCoolOff["responses"][200]["content"]["application/json"]>;
    /**
     * Unassign flows by CRM Prospect ID
     *
     * This endpoint lets you remove a specific prospect from the flows they are assigned to.
     *
     * To remove the prospect from all flows they are assigned to, send the crmProspectId only.
     *
     * If you want to remove the prospect from a specific flow, get the flow id from the /v2/flows/prospects endpoint and include the crmProspectId and flowId in the request.
     *
     * The Ids of the flows the prospect was successfully removed from are returned in the response.
     *
     * Required authorization scope: 'api:flows:write'.
     *
     * `POST /v2/flows/prospects/unassign-flows-by-crm-id` (operationId `unassignProspectFlows`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    unassignByCrmProspectIds(body: NonNullable<FlowsUnassignByCrmProspectIds["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsUnassignByCrmProspectIds["responses"][200]["content"]["application/json"]>;
    /**
     * Unassign flows by Flow Instance ID
     *
     * This endpoint lets you specify flow instances to remove prospects from.
     *
     * A flow instance is created when a prospect is added to a flow. Retrieve the flow instance Id from the /v2/flows/prospects endpoint.
     *
     * The flow instance Ids the prospect was successfully removed from are returned in the response. If a prospect could not be removed from the flow for any reason, the Id isn’t returned in the response and the prospect is still assigned to the flow.
     *
     * You can remove prospects from up to 200 flows in a single request.
     *
     * Required authorization scope: 'api:flows:write'.
     *
     * `POST /v2/flows/prospects/unassign-flows-by-instance-id` (operationId `unassignFlows`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    unassignByInstanceIds(body: NonNullable<FlowsUnassignByInstanceIds["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsUnassignByInstanceIds["responses"][200]["content"]["application/json"]>;
    /**
     * Submit a bulk assignment of prospects to a flow
     *
     * Use this endpoint to asynchronously submit a bulk assignment of prospects to a flow. Prospects can be contacts or leads in your CRM.
     *
     * You can assign up to 50 prospects to a flow in a single request.
     *
     * The assignment is processed later: read its progress and results with `GET /v2/flows/prospects/bulk-assignments/{id}`, using the `id` in this response.
     *
     * Required authorization scope: 'api:flows:write'.
     *
     * `POST /v2/flows/prospects/bulk-assignments` (operationId `submitFlowProspectsBulkAssignment`)
     *
     * @param body The JSON request body.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 202 response body.
     */
    submitBulkAssignment(body: NonNullable<FlowsSubmitBulkAssignment["requestBody"]>["content"]["application/json"], options?: RequestOptions): Promise<FlowsSubmitBulkAssignment["responses"][202]["content"]["application/json"]>;
    /**
     * Get the results of a bulk assignment of prospects to a flow
     *
     * Use this endpoint to get the results of a bulk assignment of prospects to a flow.
     *
     * Required authorization scope: 'api:flows:read'.
     *
     * `GET /v2/flows/prospects/bulk-assignments/{id}` (operationId `getFlowProspectsBulkAssignment`)
     *
     * @param id The ID of the bulk assignment, as returned by `POST /v2/flows/prospects/bulk-assignments`.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getBulkAssignment(id: FlowsGetBulkAssignment["parameters"]["path"]["id"], options?: RequestOptions): Promise<FlowsGetBulkAssignment["responses"][200]["content"]["application/json"]>;
    /**
     * Waits for a job that Gong finishes after answering: polls `GET /v2/flows/prospects/bulk-assignments/{id}` (`flows.waitForBulkAssignment`) through the client's rate limiter, every 2 s at first and up to every 30 s, while `status` is PENDING or IN_PROGRESS.
     *
     * @param id The ID of the bulk assignment, as returned by `POST /v2/flows/prospects/bulk-assignments`.
     * @param options `signal`, `timeoutMs` (the whole wait; default an hour), `intervalMs`, `maxIntervalMs`, `onPoll`.
     * @returns The last status body, once `status` is anything but PENDING, IN_PROGRESS, FAILED.
     * @throws GongJobFailedError (with the body as `result`) when `status` is FAILED; GongJobTimeoutError when `timeoutMs` runs out.
     */
    waitForBulkAssignment(id: FlowsGetBulkAssignment["parameters"]["path"]["id"], options?: WaitOptions): Promise<FlowsGetBulkAssignment["responses"][200]["content"]["application/json"]>;
  };
  dataPrivacy: {
    /**
     * Retrieve all references to a phone number
     *
     * Shows the elements in the Gong system that reference the given phone number. Given a phone number, this endpoint returns details of any leads or contacts with this phone number and their associated calls and email messages.
     *
     * Required authorization scope: 'api:data-privacy:read'.
     *
     * `GET /v2/data-privacy/data-for-phone-number` (operationId `findAllReferencesToPhoneNumber`)
     *
     * @param query Query parameters:
     * @param query.phoneNumber The phone number. This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored. The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc. Note: This parameter should be URL-encoded.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    findPhoneNumberReferences(query: NonNullable<DataPrivacyFindPhoneNumberReferences["parameters"]["query"]>, options?: RequestOptions): Promise<DataPrivacyFindPhoneNumberReferences["responses"][200]["content"]["application/json"]>;
    /**
     * Retrieve all references to an email address
     *
     * Shows the elements in the Gong system that reference the given email address. Given an emails address, this endpoint returns details of all calls and email messages that reference this address, and any leads or contacts with this email address.
     *
     * Required authorization scope: 'api:data-privacy:read'.
     *
     * `GET /v2/data-privacy/data-for-email-address` (operationId `findAllReferencesToEmailAddress`)
     *
     * @param query Query parameters:
     * @param query.emailAddress The email address.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    findEmailAddressReferences(query: NonNullable<DataPrivacyFindEmailAddressReferences["parameters"]["query"]>, options?: RequestOptions): Promise<DataPrivacyFindEmailAddressReferences["responses"][200]["content"]["application/json"]>;
    /**
     * Delete the phone number, and all associated elements
     *
     * Given a phone number, this endpoint deletes from the Gong system any leads or contacts with a matching phone number or mobile phone number. Email messages sent to or from these leads/contacts are deleted. Calls where the leads/contacts appear are deleted. The deletion is not immediate, and may take several hours to complete.
     *
     * This endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io
     *
     * Delete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.
     *
     * Required authorization scope: 'api:data-privacy:delete'.
     *
     * `POST /v2/data-privacy/erase-data-for-phone-number` (operationId `purgePhoneNumber`)
     *
     * @param query Query parameters:
     * @param query.phoneNumber The phone number. This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored. The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc. Note: This parameter should be URL-encoded.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    erasePhoneNumber(query: NonNullable<DataPrivacyErasePhoneNumber["parameters"]["query"]>, options?: RequestOptions): Promise<DataPrivacyErasePhoneNumber["responses"][200]["content"]["application/json"]>;
    /**
     * Delete the email address, and all associated elements
     *
     * Given an email address, this endpoint deletes from the Gong system any calls or email messages that reference this address. Email messages sent to or from the address are deleted. Calls where the email address appears (as a lead, contact, attendee or speaker) are deleted. Leads or Contacts with the email address are deleted. The deletion is not immediate, and may take several hours to complete.
     *
     * This endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io
     *
     * Delete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.
     *
     * Required authorization scope: 'api:data-privacy:delete'.
     *
     * `POST /v2/data-privacy/erase-data-for-email-address` (operationId `purgeEmailAddress`)
     *
     * @param query Query parameters:
     * @param query.emailAddress The email address.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    eraseEmailAddress(query: NonNullable<DataPrivacyEraseEmailAddress["parameters"]["query"]>, options?: RequestOptions): Promise<DataPrivacyEraseEmailAddress["responses"][200]["content"]["application/json"]>;
  };
  entities: {
    /**
     * Ask about an entity
     *
     * Returns the answer to a question about a specified entity. The answer is generated from calls or emails associated with the entity within the specified time period. A maximum of 60 calls and 500 emails are used to answer the question. A call to this API consumes Gong credits according to the number of emails and calls used to generate the answer.
     *
     * Supported entities are Accounts, Deals, Contacts, or Leads that exist in your CRM.
     *
     * The response includes:
     *
     * - The answer
     * - Details of emails and calls used to generate the answer
     *
     * Required authorization scope: 'api:ai-ask:read'.
     *
     * `GET /v2/entities/ask-entity` (operationId `askEntity`)
     *
     * @param query Query parameters:
     * @param query.workspaceId Workspace identifier. The calls and emails used to answer the question must be associated with this workspace.
     * @param query.crmEntityType The object type of the entity in the CRM.
     * @param query.crmEntityId The CRM Id of the entity the question is asked about.
     * @param query.timePeriod Specifies the time period during which associated calls and emails must have occurred to be used to generate the answer. The calls and emails must be associated with the specified entity.
     * @param query.fromDateTime Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
     * @param query.toDateTime Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
     * @param query.question The question to answer.
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    ask(query: NonNullable<EntitiesAsk["parameters"]["query"]>, options?: RequestOptions): Promise<EntitiesAsk["responses"][200]["content"]["application/json"]>;
    /**
     * Generate a brief for a CRM entity
     *
     * Get a brief for an account, deal, contact, or lead that exists in your CRM. Briefs are set up in the Gong Agent Studio and you must provide the name of the brief you want to generate. A call to this API consumes Gong credits according to the number of emails and calls used to generate the brief.
     *
     * The brief is generated from calls or emails associated with the entity within the specified time period.
     *
     * The response includes:
     *
     * - The brief
     * - Details of emails and calls used to generate the brief
     *
     * Required authorization scope: 'api:ai-briefer:read'.
     *
     * `GET /v2/entities/get-brief` (operationId `generateBrief`)
     *
     * @param query Query parameters:
     * @param query.workspaceId Workspace identifier. The workspace the brief is defined in.
     * @param query.briefName The name of the brief to generate. Briefs are configured in the Agent Studio > AI Briefer.
     * @param query.crmEntityType The object type of the entity in the CRM.
     * @param query.crmEntityId The CRM Id of the entity the brief is generated for.
     * @param query.timePeriod Specifies the time period during which associated calls and emails must have occurred to be used to generate the brief. The calls and emails must be associated with the specified entity.
     * @param query.fromDateTime Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
     * @param query.toDateTime Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    getBrief(query: NonNullable<EntitiesGetBrief["parameters"]["query"]>, options?: RequestOptions): Promise<EntitiesGetBrief["responses"][200]["content"]["application/json"]>;
  };
}

/**
 * Binds every generated method to the client's runtime. The interface above types each method; this
 * table, made from the same operations, says how to send it. It is not checked against the interface
 * (hence the cast): tsc's work then grows with the interface alone, not with one body per method.
 */
export function createResources(rt: ResourceRuntime): GongResources {
  const resources = {
    users: {
      list: operation(rt, "GET", "/v2/users", [], "none", "optional", { page: { cursor: "query", items: "users" } }),
      listByFilter: operation(rt, "POST", "/v2/users/extensive", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "users" } }),
      get: operation(rt, "GET", "/v2/users/{id}", [usersGetId], "none", "none"),
      getSettingsHistory: operation(rt, "GET", "/v2/users/{id}/settings-history", [usersGetSettingsHistoryId], "none", "none"),
    },
    calls: {
      list: operation(rt, "GET", "/v2/calls", [], "none", "required", { page: { cursor: "query", items: "calls" } }),
      create: operation(rt, "POST", "/v2/calls", [], "required", "none", { idempotent: false }),
      get: operation(rt, "GET", "/v2/calls/{id}", [callsGetId], "none", "none"),
      addMedia: upload(rt, "PUT", "/v2/calls/{id}/media", [callsAddMediaId], [], { part: "mediaFile", maxBytes: 1500000000 }),
      listByFilter: operation(rt, "POST", "/v2/calls/extensive", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "calls" } }),
      listTranscripts: operation(rt, "POST", "/v2/calls/transcript", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "callTranscripts" } }),
      listManualCrmAssociations: operation(rt, "GET", "/v2/calls/manual-crm-associations", [], "none", "optional", { page: { cursor: "query", items: "associations" } }),
      listOutcomes: operation(rt, "GET", "/v2/call-outcomes", [], "none", "none"),
    },
    stats: {
      listInteraction: operation(rt, "POST", "/v2/stats/interaction", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "peopleInteractionStats" } }),
      listAnsweredScorecards: operation(rt, "POST", "/v2/stats/activity/scorecards", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "answeredScorecards" }, int64: ["answeredScorecardId","callId","editorUserId","questionId","questionRevisionId","reviewedUserId","reviewerUserId","scorecardId"] }),
      listDayByDayActivity: operation(rt, "POST", "/v2/stats/activity/day-by-day", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "usersDetailedActivities" } }),
      listAggregateActivity: operation(rt, "POST", "/v2/stats/activity/aggregate", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "usersAggregateActivityStats" } }),
      listAggregateActivityByPeriod: operation(rt, "POST", "/v2/stats/activity/aggregate-by-period", [], "required", "none", { idempotent: true, page: { cursor: "body", items: "usersAggregateActivity" } }),
    },
    settings: {
      listWorkspaces: operation(rt, "GET", "/v2/workspaces", [], "none", "none"),
      listTrackers: operation(rt, "GET", "/v2/settings/trackers", [], "none", "optional"),
      listScorecards: operation(rt, "GET", "/v2/settings/scorecards", [], "none", "none", { int64: ["questionId","questionRevisionId","scorecardId","updaterUserId","workspaceId"] }),
      listBriefs: operation(rt, "GET", "/v2/settings/briefs", [], "none", "optional"),
    },
    library: {
      listFolders: operation(rt, "GET", "/v2/library/folders", [], "none", "optional"),
      getFolderContent: operation(rt, "GET", "/v2/library/folder-content", [], "none", "optional"),
    },
    auditing: {
      listLogs: operation(rt, "GET", "/v2/logs", [], "none", "required", { page: { cursor: "query", items: "logEntries" } }),
    },
    coaching: {
      listMetrics: operation(rt, "GET", "/v2/coaching", [], "none", "required"),
    },
    permissions: {
      listProfiles: operation(rt, "GET", "/v2/all-permission-profiles", [], "none", "required"),
      getProfile: operation(rt, "GET", "/v2/permission-profile", [], "none", "required"),
      updateProfile: operation(rt, "PUT", "/v2/permission-profile", [], "required", "required"),
      createProfile: operation(rt, "POST", "/v2/permission-profile", [], "required", "required", { idempotent: false }),
      listProfileUsers: operation(rt, "GET", "/v2/permission-profile/users", [], "none", "required"),
      addCallAccess: operation(rt, "PUT", "/v2/calls/users-access", [], "required", "none"),
      listCallAccess: operation(rt, "POST", "/v2/calls/users-access", [], "required", "none", { idempotent: true }),
      removeCallAccess: operation(rt, "DELETE", "/v2/calls/users-access", [], "required", "none"),
    },
    crm: {
      listIntegrations: operation(rt, "GET", "/v2/crm/integrations", [], "none", "none", { int64: ["integrationId"] }),
      registerIntegration: operation(rt, "PUT", "/v2/crm/integrations", [], "required", "none", { int64: ["integrationId"] }),
      deleteIntegration: operation(rt, "DELETE", "/v2/crm/integrations", [], "none", "required"),
      listSchemaFields: operation(rt, "GET", "/v2/crm/entity-schema", [], "none", "required"),
      uploadSchema: operation(rt, "POST", "/v2/crm/entity-schema", [], "required", "required", { idempotent: false }),
      getObjects: operation(rt, "GET", "/v2/crm/entities", [], "none", "required"),
      uploadObjects: upload(rt, "POST", "/v2/crm/entities", [], [crmUploadObjectsQueryIntegrationId, crmUploadObjectsQueryObjectType, crmUploadObjectsQueryClientRequestId], { part: "dataFile", maxBytes: 200000000, records: "application/x-ndjson", uniqueKey: "objectId" }, { idempotent: false }),
      getRequestStatus: operation(rt, "GET", "/v2/crm/request-status", [], "none", "required"),
      waitForRequest: waitFor(operation(rt, "GET", "/v2/crm/request-status", [], "none", "required"), { by: { in: "query", name: "clientRequestId" }, status: "status", pending: ["PENDING","IN_PROGRESS"], failed: ["FAILED"], operation: "GET /v2/crm/request-status" }),
    },
    integrationSettings: {
      update: operation(rt, "POST", "/v2/integration-settings", [], "required", "none", { idempotent: false, int64: ["integrationId"] }),
    },
    meetings: {
      create: operation(rt, "POST", "/v2/meetings", [], "required", "none", { idempotent: false }),
      update: operation(rt, "PUT", "/v2/meetings/{meetingId}", [meetingsUpdateMeetingId], "required", "none"),
      delete: operation(rt, "DELETE", "/v2/meetings/{meetingId}", [meetingsDeleteMeetingId], "required", "none"),
      getIntegrationStatus: operation(rt, "POST", "/v2/meetings/integration/status", [], "required", "none", { idempotent: true }),
    },
    engagement: {
      reportContentViewed: operation(rt, "PUT", "/v2/customer-engagement/content/viewed", [], "required", "none", { int64: ["integrationId"] }),
      reportContentShared: operation(rt, "PUT", "/v2/customer-engagement/content/shared", [], "required", "none", { int64: ["integrationId"] }),
      reportCustomAction: operation(rt, "PUT", "/v2/customer-engagement/action", [], "required", "none", { int64: ["integrationId"] }),
    },
    digitalInteractions: {
      create: operation(rt, "POST", "/v2/digital-interaction", [], "required", "none", { idempotent: false }),
    },
    tasks: {
      list: operation(rt, "POST", "/v2/tasks", [], "required", "none", { idempotent: true, int64: ["id","userId"] }),
      update: operation(rt, "PATCH", "/v2/tasks/{taskId}", [tasksUpdateTaskId], "required", "none", { int64: ["id","userId"] }),
    },
    flows: {
      list: operation(rt, "GET", "/v2/flows", [], "none", "required", { page: { cursor: "query", items: "flows" } }),
      listFolders: operation(rt, "GET", "/v2/flows/folders", [], "none", "required", { page: { cursor: "query", items: "flows" } }),
      getSteps: operation(rt, "POST", "/v2/flows/steps", [], "required", "none", { idempotent: true }),
      listForProspects: operation(rt, "POST", "/v2/flows/prospects", [], "required", "none", { idempotent: true }),
      assignProspects: operation(rt, "POST", "/v2/flows/prospects/assign", [], "required", "none", { idempotent: false }),
      assignProspectsOverridingCoolOff: operation(rt, "POST", "/v2/flows/prospects/assign/cool-off-override", [], "required", "none", { idempotent: false }),
      unassignByCrmProspectIds: operation(rt, "POST", "/v2/flows/prospects/unassign-flows-by-crm-id", [], "required", "none", { idempotent: false }),
      unassignByInstanceIds: operation(rt, "POST", "/v2/flows/prospects/unassign-flows-by-instance-id", [], "required", "none", { idempotent: false }),
      submitBulkAssignment: operation(rt, "POST", "/v2/flows/prospects/bulk-assignments", [], "required", "none", { idempotent: false }),
      getBulkAssignment: operation(rt, "GET", "/v2/flows/prospects/bulk-assignments/{id}", [flowsGetBulkAssignmentId], "none", "none"),
      waitForBulkAssignment: waitFor(operation(rt, "GET", "/v2/flows/prospects/bulk-assignments/{id}", [flowsGetBulkAssignmentId], "none", "none"), { by: { in: "path", name: "id" }, status: "status", pending: ["PENDING","IN_PROGRESS"], failed: ["FAILED"], operation: "GET /v2/flows/prospects/bulk-assignments/{id}" }),
    },
    dataPrivacy: {
      findPhoneNumberReferences: operation(rt, "GET", "/v2/data-privacy/data-for-phone-number", [], "none", "required"),
      findEmailAddressReferences: operation(rt, "GET", "/v2/data-privacy/data-for-email-address", [], "none", "required"),
      erasePhoneNumber: operation(rt, "POST", "/v2/data-privacy/erase-data-for-phone-number", [], "none", "required", { idempotent: false }),
      eraseEmailAddress: operation(rt, "POST", "/v2/data-privacy/erase-data-for-email-address", [], "none", "required", { idempotent: false }),
    },
    entities: {
      ask: operation(rt, "GET", "/v2/entities/ask-entity", [], "none", "required"),
      getBrief: operation(rt, "GET", "/v2/entities/get-brief", [], "none", "required"),
    },
  };
  return resources as unknown as GongResources;
}

/** What `gong.GET(...)`, `gong.POST(...)` and the other verbs need to retry and parse an operation as its method does. */
export const operationsMeta: Readonly<Record<string, OperationMeta>> = {
  "POST /v2/users/extensive": { idempotent: true },
  "POST /v2/calls": { idempotent: false },
  "POST /v2/calls/extensive": { idempotent: true },
  "POST /v2/calls/transcript": { idempotent: true },
  "POST /v2/stats/interaction": { idempotent: true },
  "POST /v2/stats/activity/scorecards": { idempotent: true, int64: ["answeredScorecardId","callId","editorUserId","questionId","questionRevisionId","reviewedUserId","reviewerUserId","scorecardId"] },
  "POST /v2/stats/activity/day-by-day": { idempotent: true },
  "POST /v2/stats/activity/aggregate": { idempotent: true },
  "POST /v2/stats/activity/aggregate-by-period": { idempotent: true },
  "GET /v2/settings/scorecards": { int64: ["questionId","questionRevisionId","scorecardId","updaterUserId","workspaceId"] },
  "POST /v2/permission-profile": { idempotent: false },
  "POST /v2/calls/users-access": { idempotent: true },
  "GET /v2/crm/integrations": { int64: ["integrationId"] },
  "PUT /v2/crm/integrations": { int64: ["integrationId"] },
  "POST /v2/crm/entity-schema": { idempotent: false },
  "POST /v2/crm/entities": { idempotent: false },
  "POST /v2/integration-settings": { idempotent: false, int64: ["integrationId"] },
  "POST /v2/meetings": { idempotent: false },
  "POST /v2/meetings/integration/status": { idempotent: true },
  "PUT /v2/customer-engagement/content/viewed": { int64: ["integrationId"] },
  "PUT /v2/customer-engagement/content/shared": { int64: ["integrationId"] },
  "PUT /v2/customer-engagement/action": { int64: ["integrationId"] },
  "POST /v2/digital-interaction": { idempotent: false },
  "POST /v2/tasks": { idempotent: true, int64: ["id","userId"] },
  "PATCH /v2/tasks/{taskId}": { int64: ["id","userId"] },
  "POST /v2/flows/steps": { idempotent: true },
  "POST /v2/flows/prospects": { idempotent: true },
  "POST /v2/flows/prospects/assign": { idempotent: false },
  "POST /v2/flows/prospects/assign/cool-off-override": { idempotent: false },
  "POST /v2/flows/prospects/unassign-flows-by-crm-id": { idempotent: false },
  "POST /v2/flows/prospects/unassign-flows-by-instance-id": { idempotent: false },
  "POST /v2/flows/prospects/bulk-assignments": { idempotent: false },
  "POST /v2/data-privacy/erase-data-for-phone-number": { idempotent: false },
  "POST /v2/data-privacy/erase-data-for-email-address": { idempotent: false },
};
