// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

import type { components } from "./openapi.js";

/** An access permission (calls, deals, coaching, insights, usage, emails or forecast) with its permission access scope and the team leads that populate the managers-team permission level. */
export type AccessWithPermissionLevel = components["schemas"]["AccessWithPermissionLevel"];
/** A person who took part in the event (for example the viewer, the actor or a recipient of the content). */
export type Actor = components["schemas"]["Actor"];
/** Aggregated activity for a user within a time period */
export type AggregateActivity = components["schemas"]["AggregateActivity"];
/** Aggregated activity for a user within a time period */
export type AggregateActivityWithDates = components["schemas"]["AggregateActivityWithDates"];
/** The answers in the answered scorecard. */
export type Answer = components["schemas"]["Answer"];
/** A list, in which each item contains one answered scorecard. */
export type AnsweredScorecard = components["schemas"]["AnsweredScorecard"];
/** The body of a successful "Retrieve answered scorecards for applicable reviewed users or scorecards for a date range" response. */
export type AnsweredScorecards = components["schemas"]["AnsweredScorecards"];
/** Filter parameters. */
export type AnsweredScorecardsFilter = components["schemas"]["AnsweredScorecardsFilter"];
/** The body of a "Retrieve answered scorecards for applicable reviewed users or scorecards for a date range" request. */
export type AnsweredScorecardsRequest = components["schemas"]["AnsweredScorecardsRequest"];
/** A portion of the generated answer, with the calls and emails used to generate it. */
export type AnswerSection = components["schemas"]["AnswerSection"];
/** The body of a successful "Ask about an entity" response. */
export type AskEntityResponse = components["schemas"]["AskEntityResponse"];
/** A prospect that could not be assigned to the flow, with the reason. */
export type AssignedFlowFailure = components["schemas"]["AssignedFlowFailure"];
/** Flow assignment parameters. */
export type AssignFlowRequest = components["schemas"]["AssignFlowRequest"];
/** The body of a successful "Assign prospects (contacts or leads) to an Engage flow" response. */
export type AssignFlowResponse = components["schemas"]["AssignFlowResponse"];
/** Defines the new data for specific steps and variables in the flow (in Beta Phase). */
export type AssignOverrides = components["schemas"]["AssignOverrides"];
/** List of all association objects. */
export type AssociationObject = components["schemas"]["AssociationObject"];
/** The body of a successful response to a request that Gong processes asynchronously. */
export type AsyncProcessingResponse = components["schemas"]["AsyncProcessingResponse"];
/** The body of a successful response that carries only the request reference. */
export type BaseResponse = components["schemas"]["BaseResponse"];
/** The settings of an AI brief. */
export type Brief = components["schemas"]["Brief"];
/** One of the sections defined for the brief. */
export type BriefSection = components["schemas"]["BriefSection"];
/** The body of a successful "Retrieve AI brief settings" response. */
export type BriefsResponse = components["schemas"]["BriefsResponse"];
/** Call access details */
export type CallAccessDetails = components["schemas"]["CallAccessDetails"];
/** call's metadata. */
export type CallBasicData = components["schemas"]["CallBasicData"];
/** Call collaboration */
export type CallCollaboration = components["schemas"]["CallCollaboration"];
/** The content of the call */
export type CallContent = components["schemas"]["CallContent"];
/** Links to external systems such as CRM, Dialer, Case Management etc */
export type CallContextDto = components["schemas"]["CallContextDto"];
/** A list with one entry per call. */
export type CallData = components["schemas"]["CallData"];
/** Evidence from a call. Includes the relevant call and the supporting excerpts identified in it. */
export type CallFinding = components["schemas"]["CallFinding"];
/** A highlight item of the call. */
export type CallHighlightsItem = components["schemas"]["CallHighlightsItem"];
/** A section of the call highlights. */
export type CallHighlightsSection = components["schemas"]["CallHighlightsSection"];
/** Details of the call that contains supporting evidence. */
export type CallInfo = components["schemas"]["CallInfo"];
/** The interaction data of the call */
export type CallInteraction = components["schemas"]["CallInteraction"];
/** A key point of the call. */
export type CallKeyPoint = components["schemas"]["CallKeyPoint"];
/** The body of a successful "Add call media" response. */
export type CallMediaResponse = components["schemas"]["CallMediaResponse"];
/** The multipart/form-data body of "Add call media": one file part. */
export type CallMediaUpload = components["schemas"]["CallMediaUpload"];
/** The outcome of the call, as automatically set by Gong AI. Returned when it is available and contentSelector.exposedFields.content.callOutcome = true. */
export type CallOutcome = components["schemas"]["CallOutcome"];
/** A call outcome defined for the company (set in the Dialer setup page). */
export type CallOutcomeDefinition = components["schemas"]["CallOutcomeDefinition"];
/** The body of a successful "List call outcomes" response. */
export type CallOutcomesResponse = components["schemas"]["CallOutcomesResponse"];
/** An item of a call outline section. */
export type CallOutlineItem = components["schemas"]["CallOutlineItem"];
/** A section of the call outline. */
export type CallOutlineSection = components["schemas"]["CallOutlineSection"];
/** A list of the call's participants. A party must be provided for the primaryUser. */
export type CallParticipant = components["schemas"]["CallParticipant"];
/** Details of a call referencing the email address. */
export type CallReference = components["schemas"]["CallReference"];
/** The body of a successful "Retrieve users that have specific individual access to calls" response. */
export type CallsAccessDetailsResponse = components["schemas"]["CallsAccessDetailsResponse"];
/** The calls whose individual user access is requested. */
export type CallsAccessFilter = components["schemas"]["CallsAccessFilter"];
/** The body of a "Retrieve users that have specific individual access to calls" request. */
export type CallsAccessFilterRequest = components["schemas"]["CallsAccessFilterRequest"];
/** Filter parameters. */
export type CallsFilter = components["schemas"]["CallsFilter"];
/** Filter parameters. */
export type CallsRequestFilterWithOwners = components["schemas"]["CallsRequestFilterWithOwners"];
/** The body of a successful "List all calls" response. */
export type CallsResponse = components["schemas"]["CallsResponse"];
/** The body of a "Give individual users access to calls" request. */
export type CallsUsersAccessAddRequest = components["schemas"]["CallsUsersAccessAddRequest"];
/** The body of a "Remove specific individual users access from calls" request. */
export type CallsUsersAccessDeleteRequest = components["schemas"]["CallsUsersAccessDeleteRequest"];
/** A list with one entry per call. */
export type CallTranscript = components["schemas"]["CallTranscript"];
/** The body of a successful "Retrieve transcripts of calls" response. */
export type CallTranscripts = components["schemas"]["CallTranscripts"];
/** Links to external systems such as CRM, Telephony System, Case Management etc. Currently only Salesforce and Generic are supported. */
export type CallUploadContext = components["schemas"]["CallUploadContext"];
/** Call users access */
export type CallUsersAccess = components["schemas"]["CallUsersAccess"];
/** The body of the webhook an automation rule fires for a call, as Gong's "Payload sent to webhooks" page describes it. */
export type CallWebhookPayload = components["schemas"]["CallWebhookPayload"];
/** The body of a successful "List all coaching metrics" response. */
export type CoachingMetrics = components["schemas"]["CoachingMetrics"];
/** A list, in which each item specifies one managers coaching data */
export type CoachingMetricsData = components["schemas"]["CoachingMetricsData"];
/** The coaching metrics of one of the manager's direct reports. */
export type CoachingRepData = components["schemas"]["CoachingRepData"];
/** A Gong user in the coaching data (a manager or one of the manager's direct reports). */
export type CoachingUser = components["schemas"]["CoachingUser"];
/** Collaboration information added to the call */
export type CollaborationDto = components["schemas"]["CollaborationDto"];
/** A public comment made for the call. */
export type CommentDto = components["schemas"]["CommentDto"];
/** The company the person works in. Should include at least one of the following: domain, crmAccountId, crmOpportunityId (via the companyBusinessContext object) */
export type Company = components["schemas"]["Company"];
/** The company's details in an external system such as the CRM. If the domain is empty, to enable association, send the crmAccountId or crmOpportunityId */
export type CompanyBusinessContext = components["schemas"]["CompanyBusinessContext"];
/** The body of a successful "Retrieve aggregated activity for defined users by date" response. */
export type CompanyUsersAggregateActivityResponse = components["schemas"]["CompanyUsersAggregateActivityResponse"];
/** The body of a successful "Retrieve interaction stats for applicable users by date" response. */
export type CompanyUsersInteractionStatsResponse = components["schemas"]["CompanyUsersInteractionStatsResponse"];
/** A web conferencing provider configured in the user's consent profile. */
export type ConferencingProvider = components["schemas"]["ConferencingProvider"];
/** The content the person looked at */
export type Content = components["schemas"]["Content"];
/** Analysis of the interaction content. */
export type ContentDto = components["schemas"]["ContentDto"];
/** The content selector identifies which data components, if any, are needed, by the caller */
export type ContentSelector = components["schemas"]["ContentSelector"];
/** Content Shared Event */
export type ContentSharedEvent = components["schemas"]["ContentSharedEvent"];
/** Content Viewed event */
export type ContentViewedEvent = components["schemas"]["ContentViewedEvent"];
/** External object data */
export type ContextField = components["schemas"]["ContextField"];
/** Evidence from calls and emails used to generate this section of the brief. Includes the relevant calls and emails and the supporting excerpts identified in them. Only relevant when briefSectionType is Conversations. */
export type ConversationFindings = components["schemas"]["ConversationFindings"];
/** An account line of a CRM upload (objectType ACCOUNT). The account object is an active customer in the CRM. Emails and calls in Gong are associated with this account object. */
export type CrmAccountRecord = components["schemas"]["CrmAccountRecord"];
/** A business user line of a CRM upload (objectType BUSINESS_USER). The CRM business user represents the Gong user in the CRM and is responsible for the relationship with the account and for creating opportunities and closing deals. The CRM user is associated with the Gong user according to the email address. */
export type CrmBusinessUserRecord = components["schemas"]["CrmBusinessUserRecord"];
/** A contact line of a CRM upload (objectType CONTACT). A contact in Gong is the contact associated with the account. Gong uses a contact to match an activity to the correct account. */
export type CrmContactRecord = components["schemas"]["CrmContactRecord"];
/** A deal line of a CRM upload (objectType DEAL). A deal in Gong is a qualified opportunity or contract in a specific account. */
export type CrmDealRecord = components["schemas"]["CrmDealRecord"];
/** A lead line of a CRM upload (objectType LEAD). A Lead is a potential customer, who may not yet be associated with an account. If conversations can't be associated with a contact, Gong then checks to see whether there is a relevant lead to associate with the conversation. */
export type CrmLeadRecord = components["schemas"]["CrmLeadRecord"];
/** One line of a CRM upload LDJSON file: an object of the type named by the request's `objectType`, with any additional fields defined with POST /v2/crm/entity-schema. */
export type CrmObjectRecord = components["schemas"]["CrmObjectRecord"];
/** The multipart/form-data body of "Upload CRM objects": one LDJSON file part. */
export type CrmObjectsUpload = components["schemas"]["CrmObjectsUpload"];
/** External object data */
export type CrmPartyContextField = components["schemas"]["CrmPartyContextField"];
/** A stage line of a CRM upload (objectType STAGE). The list of stages the deal can be in, in the CRM. Stages are set to be active or inactive so that if you want to delete them, the stage is still associated with existing deals in that stage but will not be available for new deals. */
export type CrmStageRecord = components["schemas"]["CrmStageRecord"];
/** Custom Action Event */
export type CustomActionEvent = components["schemas"]["CustomActionEvent"];
/** A list of links to data from external systems (such as CRM, Telephony System, Case Management, etc.) that reference the email address and that Gong stores. */
export type CustomerData = components["schemas"]["CustomerData"];
/** List of objects in the external system. */
export type CustomerDataObject = components["schemas"]["CustomerDataObject"];
/** A list of customer's engagement (such as viewing external share call) */
export type CustomerEngagement = components["schemas"]["CustomerEngagement"];
/** Include additional custom data about the event */
export type CustomField = components["schemas"]["CustomField"];
/** User daily activity */
export type DailyActivityWithDates = components["schemas"]["DailyActivityWithDates"];
/** Meeting update metadata */
export type DeleteMeetingRequest = components["schemas"]["DeleteMeetingRequest"];
/** Digital interaction metadata */
export type DigitalInteractionRequest = components["schemas"]["DigitalInteractionRequest"];
/** The body of a successful "Retrieve all references to an email address" response. */
export type EmailAddressReferences = components["schemas"]["EmailAddressReferences"];
/** Evidence from emails. Includes the relevant emails and the supporting excerpts identified in them. */
export type EmailFinding = components["schemas"]["EmailFinding"];
/** Details of an email that contains supporting evidence. */
export type EmailInfo = components["schemas"]["EmailInfo"];
/** Related email messages. */
export type EmailMessage = components["schemas"]["EmailMessage"];
/** The body of every error response. */
export type ErrorResponse = components["schemas"]["ErrorResponse"];
/** The body of a successful "Post a Digital Interaction" response. */
export type EventAcceptedResponse = components["schemas"]["EventAcceptedResponse"];
/** The exposed fields identifies which field, if any, are returned in the response object */
export type ExposedFields = components["schemas"]["ExposedFields"];
/** The body of a successful "Retrieve detailed call data by various filters" response. */
export type ExtensiveCallsResponse = components["schemas"]["ExtensiveCallsResponse"];
/** External Object */
export type ExternalCallObject = components["schemas"]["ExternalCallObject"];
/** External object associated with the call */
export type ExternalCrmCallObject = components["schemas"]["ExternalCrmCallObject"];
/** External object associated with the party */
export type ExternalCrmPartyObject = components["schemas"]["ExternalCrmPartyObject"];
/** External Object */
export type ExternalPartyObject = components["schemas"]["ExternalPartyObject"];
/** A list of links to external systems such as CRM, Telephony System, Case Management, etc. */
export type ExternalSystem = components["schemas"]["ExternalSystem"];
/** List of objects within the external system. */
export type ExternalSystemObject = components["schemas"]["ExternalSystemObject"];
/** The prospect. */
export type FlowAssignmentProspect = components["schemas"]["FlowAssignmentProspect"];
/** The result of assigning one prospect of a bulk assignment. */
export type FlowAssignmentResult = components["schemas"]["FlowAssignmentResult"];
/** The Id for the task the call should be associated with */
export type FlowContext = components["schemas"]["FlowContext"];
/** Flow prospects bulk assignment. */
export type FlowProspectsBulkAssignmentRequest = components["schemas"]["FlowProspectsBulkAssignmentRequest"];
/** A bulk assignment of prospects to a flow, with its progress and, once processed, the result for each prospect. */
export type FlowProspectsBulkAssignmentResponse = components["schemas"]["FlowProspectsBulkAssignmentResponse"];
/** The body of a successful "List Gong Engage flows" response. */
export type FlowsResponse = components["schemas"]["FlowsResponse"];
/** One step of a flow. */
export type FlowStep = components["schemas"]["FlowStep"];
/** Request parameters for retrieving steps of one or more flows. */
export type FlowStepsRequest = components["schemas"]["FlowStepsRequest"];
/** The body of a successful "Get flow details and steps for one or more Engage flows" response. */
export type FlowStepsResponse = components["schemas"]["FlowStepsResponse"];
/** A flow with its steps. */
export type FlowWithSteps = components["schemas"]["FlowWithSteps"];
/** All forecast permissions. */
export type ForecastPermissions = components["schemas"]["ForecastPermissions"];
/** The body of a successful "Generate a brief for a CRM entity" response. */
export type GenerateBriefResponse = components["schemas"]["GenerateBriefResponse"];
/** A list of integration objects */
export type GenericCrmIntegration = components["schemas"]["GenericCrmIntegration"];
/** The body of a "Register a Generic CRM integration" request. */
export type GenericCrmRegistrationRequest = components["schemas"]["GenericCrmRegistrationRequest"];
/** A list of additional properties for the event */
export type GenericProperty = components["schemas"]["GenericProperty"];
/** selectedFields */
export type GenericSchemaField = components["schemas"]["GenericSchemaField"];
/** The body of a successful "Get CRM objects" response. */
export type GetGenericCrmObjectsResponse = components["schemas"]["GetGenericCrmObjectsResponse"];
/** Integration settings metadata */
export type IntegrationSettingsRequest = components["schemas"]["IntegrationSettingsRequest"];
/** The users whose Gong meeting integration to validate. */
export type IntegrationStatusRequest = components["schemas"]["IntegrationStatusRequest"];
/** The body of a successful "Validate Gong meeting Integration" response. */
export type IntegrationStatusResponse = components["schemas"]["IntegrationStatusResponse"];
/** Set a list of dynamic origins for a company */
export type IntegrationTypeSettings = components["schemas"]["IntegrationTypeSettings"];
/** Metrics collected around the interaction during the call. */
export type InteractionMeasuresDto = components["schemas"]["InteractionMeasuresDto"];
/** One interaction statistic of a user. */
export type InteractionStat = components["schemas"]["InteractionStat"];
/** A list of interaction statistics. Applicable values: 'Longest Monologue', 'Longest Customer Story', 'Interactivity', 'Patience', 'Question Rate'. */
export type InteractionStats = components["schemas"]["InteractionStats"];
/** Interaction statistics */
export type InteractionStatsDto = components["schemas"]["InteractionStatsDto"];
/** The definition of a tracker. */
export type KeywordTracker = components["schemas"]["KeywordTracker"];
/** Basic details such as id, title, notes, etc. */
export type LibraryCall = components["schemas"]["LibraryCall"];
/** Basic details such as sub-folders, title, etc. */
export type LibraryFolder = components["schemas"]["LibraryFolder"];
/** Library folder access permission. */
export type LibraryFolderAccess = components["schemas"]["LibraryFolderAccess"];
/** The body of a successful "List of calls in a specific folder" response. */
export type LibraryFolderListOfCallsResponse = components["schemas"]["LibraryFolderListOfCallsResponse"];
/** The body of a successful "Retrieve Library folders" response. */
export type LibraryResponse = components["schemas"]["LibraryResponse"];
/** An object that failed processing. */
export type LineErrorResponse = components["schemas"]["LineErrorResponse"];
/** The body of a "Retrieve detailed call data by various filters" request. */
export type ListCallsByFilterRequest = components["schemas"]["ListCallsByFilterRequest"];
/** The body of a "Retrieve transcripts of calls" request. */
export type ListCallTranscriptsRequest = components["schemas"]["ListCallTranscriptsRequest"];
/** The body of a successful "Get Generic CRM integration details" response. */
export type ListGenericCrmIntegrationsResponse = components["schemas"]["ListGenericCrmIntegrationsResponse"];
/** The body of a successful "List Schema Fields" response. */
export type ListSelectedFieldsResponse = components["schemas"]["ListSelectedFieldsResponse"];
/** Get user's tasks */
export type ListTasksRequest = components["schemas"]["ListTasksRequest"];
/** The body of a "List users by filter" request. */
export type ListUsersByFilterRequest = components["schemas"]["ListUsersByFilterRequest"];
/** The location of the person as identified in the partner's source system */
export type Location = components["schemas"]["Location"];
/** A list, in which each item specifies one log. */
export type LogEntry = components["schemas"]["LogEntry"];
/** The body of a successful "Retrieve logs data by type and time range" response. */
export type LogsResponse = components["schemas"]["LogsResponse"];
/** The body of a successful "List all calls that were manually associated with CRM objects" response. */
export type ManualAssociationResponse = components["schemas"]["ManualAssociationResponse"];
/** Basic association details such as call Id, etc. */
export type ManualAssociationsBasicData = components["schemas"]["ManualAssociationsBasicData"];
/** The result of one MCP connection. */
export type McpConnectionResult = components["schemas"]["McpConnectionResult"];
/** Result returned from MCP connections defined for this brief section. Only relevant when briefSectionType is McpConnection. */
export type McpResult = components["schemas"]["McpResult"];
/** The media urls of the call. */
export type MediaDto = components["schemas"]["MediaDto"];
/** Attendees the requesting party should add to the invitation, this should support adding email addresses such as coordinator@gong.io for Gong to schedule the recording of the meeting. */
export type MeetingInvitee = components["schemas"]["MeetingInvitee"];
/** Related meetings. */
export type MeetingReference = components["schemas"]["MeetingReference"];
/** List of monologues. */
export type Monologue = components["schemas"]["Monologue"];
/** Filter parameters. */
export type MultipleUsersRequestWithCreationDates = components["schemas"]["MultipleUsersRequestWithCreationDates"];
/** Filter parameters. */
export type MultipleUsersWithDates = components["schemas"]["MultipleUsersWithDates"];
/** The body of a "Retrieve interaction stats for applicable users by date", "Retrieve daily activity for applicable users for a date range" or "Retrieve aggregated activity for defined users by date" request. */
export type MultipleUsersWithDatesRequest = components["schemas"]["MultipleUsersWithDatesRequest"];
/** New call metadata */
export type NewCallAddingRequest = components["schemas"]["NewCallAddingRequest"];
/** The body of a successful "Add new call" response. */
export type NewCallAddingResponse = components["schemas"]["NewCallAddingResponse"];
/** New meeting metadata */
export type NewMeetingRequest = components["schemas"]["NewMeetingRequest"];
/** The body of a successful "Create a New Gong Meeting" response. */
export type NewMeetingResponse = components["schemas"]["NewMeetingResponse"];
/** For content where there is a numeric result, such as NPS score, or metrics such as the percentage of video watched */
export type NumericContentDetails = components["schemas"]["NumericContentDetails"];
/** One of the call's participants. */
export type Party = components["schemas"]["Party"];
/** Links to external systems such as CRM, Dialer, Case Management etc */
export type PartyContextDto = components["schemas"]["PartyContextDto"];
/** External object data */
export type PartyContextField = components["schemas"]["PartyContextField"];
/** Links to external systems such as CRM, Telephony System, Case Management etc. Currently only Salesforce and Generic are supported. */
export type PartyUploadContext = components["schemas"]["PartyUploadContext"];
/** Permission profile */
export type PermissionProfile = components["schemas"]["PermissionProfile"];
/** The body of a successful permission profile response (retrieve, create or update). */
export type PermissionProfileResponse = components["schemas"]["PermissionProfileResponse"];
/** The body of a successful "List all company permission profiles for a given workspace" response. */
export type PermissionProfilesResponse = components["schemas"]["PermissionProfilesResponse"];
/** The body of a successful "List all users attached to a given permission profile" response. */
export type PermissionProfileUsersResponse = components["schemas"]["PermissionProfileUsersResponse"];
/** The person who did the event. Must be null if a tracking ID is sent instead. */
export type Person = components["schemas"]["Person"];
/** The person's details in an external system such as the CRM */
export type PersonBusinessContext = components["schemas"]["PersonBusinessContext"];
/** The body of a successful "Retrieve all references to a phone number" response. */
export type PhoneNumberReferences = components["schemas"]["PhoneNumberReferences"];
/** An action item of the call. */
export type PointOfInterest = components["schemas"]["PointOfInterest"];
/** Points of interest of the call. */
export type PointsOfInterest = components["schemas"]["PointsOfInterest"];
/** Prospects assigned flows request */
export type ProspectsAssignedFlowsRequest = components["schemas"]["ProspectsAssignedFlowsRequest"];
/** The body of a successful "List assigned flows for the given prospects" response. */
export type ProspectsFlowsResponse = components["schemas"]["ProspectsFlowsResponse"];
/** A flow instance that a prospect is assigned to. */
export type PublicApiAssignedFlow = components["schemas"]["PublicApiAssignedFlow"];
/** A list, in which each item specifies one Flow. */
export type PublicApiFlow = components["schemas"]["PublicApiFlow"];
/** Question counts of the call. */
export type Questions = components["schemas"]["Questions"];
/** Information about the number of records that match the requested filter. */
export type Records = components["schemas"]["Records"];
/** The body of a successful response that returns an integration ID. */
export type RegisterGenericCrmResponse = components["schemas"]["RegisterGenericCrmResponse"];
/** A Gong request reference Id, generated for this request. Can be used for troubleshooting purposes. */
export type RequestId = components["schemas"]["RequestId"];
/** The body of a successful "Get Request Status" response. */
export type RequestStatusResponse = components["schemas"]["RequestStatusResponse"];
/** The body of a "Retrieve aggregated activity for defined users by a date range with grouping in time periods" request. */
export type RequestWithTimePeriod = components["schemas"]["RequestWithTimePeriod"];
/** The body of a successful "Upload Object Schema" response. */
export type SchemaUpdateResponse = components["schemas"]["SchemaUpdateResponse"];
/** A list, in which each item contains one scorecard. */
export type Scorecard = components["schemas"]["Scorecard"];
/** The questions in the scorecard. */
export type ScorecardQuestion = components["schemas"]["ScorecardQuestion"];
/** The answer options in case of multi-select or single-select type question. Null otherwise. */
export type ScorecardQuestionOption = components["schemas"]["ScorecardQuestionOption"];
/** The body of a successful "Retrieve scorecards details" response. */
export type ScorecardsResponse = components["schemas"]["ScorecardsResponse"];
/** The objects returned when searching for different content. For example, the companies or products being compared with one another, or 2nd party intent */
export type SearchObjectDetails = components["schemas"]["SearchObjectDetails"];
/** A list of sentences spoken in the monologue. */
export type Sentence = components["schemas"]["Sentence"];
/** The user's settings in the Gong system. */
export type Settings = components["schemas"]["Settings"];
/** The body of a successful "Retrieve user settings history" response. */
export type SettingsHistory = components["schemas"]["SettingsHistory"];
/** The Gong user who shared the content. */
export type Sharer = components["schemas"]["Sharer"];
/** Snippet of call */
export type Snippet = components["schemas"]["Snippet"];
/** The audio recording speech segments (who spoke when). Note that speakersTimeline and mediaChannelId are mutually exclusive, when providing speakersTimeline - mediaChannelId will not be used. */
export type SpeakersTimeline = components["schemas"]["SpeakersTimeline"];
/** The body of a successful "Retrieve data for a specific call" response. */
export type SpecificCall = components["schemas"]["SpecificCall"];
/** The audio recording speech segments (who spoke when). */
export type SpeechSegment = components["schemas"]["SpeechSegment"];
/** A language spoken during calls by the Gong user. */
export type SpokenLanguage = components["schemas"]["SpokenLanguage"];
/** For content where there are a number of steps to complete in the content, such as shipment tracking or course advancement */
export type StepContentDetails = components["schemas"]["StepContentDetails"];
/** A step in the flow to override. The step subject and body can be updated. */
export type StepContentOverride = components["schemas"]["StepContentOverride"];
/** Agenda of the current part of the call */
export type StructureDto = components["schemas"]["StructureDto"];
/** An Engage task. */
export type Task = components["schemas"]["Task"];
/** (Optional) associated crm account to task */
export type TaskAccount = components["schemas"]["TaskAccount"];
/** A contact or lead associated with the task. */
export type TaskContact = components["schemas"]["TaskContact"];
/** The contact's details, as held in the CRM. */
export type TaskContactData = components["schemas"]["TaskContactData"];
/** An email address of the contact. */
export type TaskContactEmail = components["schemas"]["TaskContactEmail"];
/** A phone number of the contact. */
export type TaskContactPhone = components["schemas"]["TaskContactPhone"];
/** (Optional) associated flow */
export type TaskFlow = components["schemas"]["TaskFlow"];
/** The flow step the task belongs to. */
export type TaskFlowStep = components["schemas"]["TaskFlowStep"];
/** (Optional) associated crm deal to task */
export type TaskOpportunity = components["schemas"]["TaskOpportunity"];
/** The reminder priority */
export type TaskPriority = components["schemas"]["TaskPriority"];
/** Reminder filter criteria */
export type TasksFilter = components["schemas"]["TasksFilter"];
/** The body of a successful "List user's tasks" or "Update task" response. */
export type TasksResponse = components["schemas"]["TasksResponse"];
/** A topic of the call and its duration. */
export type TopicDto = components["schemas"]["TopicDto"];
/** A tracker found in the call. Trackers are collections of phrases defined in Gong for this company. */
export type TrackerDto = components["schemas"]["TrackerDto"];
/** The tracker keywords definition. */
export type TrackerLanguageKeyword = components["schemas"]["TrackerLanguageKeyword"];
/** When a tracker term came up in the call, and who said it. */
export type TrackerOccurrence = components["schemas"]["TrackerOccurrence"];
/** Occurrences of one specific phrase within the tracker. */
export type TrackerPhrase = components["schemas"]["TrackerPhrase"];
/** The body of a successful "Retrieve tracker details" response. */
export type TrackersResponse = components["schemas"]["TrackersResponse"];
/** Unassign flows by Flow Instance ID request. */
export type UnassignFlowsRequest = components["schemas"]["UnassignFlowsRequest"];
/** The body of a successful "Unassign flows by CRM Prospect ID" or "Unassign flows by Flow Instance ID" response. */
export type UnassignFlowsResponse = components["schemas"]["UnassignFlowsResponse"];
/** Unassign flows by CRM Prospect ID request. */
export type UnassignProspectFlowsRequest = components["schemas"]["UnassignProspectFlowsRequest"];
/** Meeting update metadata */
export type UpdateMeetingRequest = components["schemas"]["UpdateMeetingRequest"];
/** The body of a successful "Update a Gong Meeting" response. */
export type UpdateMeetingResponse = components["schemas"]["UpdateMeetingResponse"];
/** The task's owner and the values to set. `status`, `dueDate` and `priority` are each optional: send the ones to change. */
export type UpdateTaskRequest = components["schemas"]["UpdateTaskRequest"];
/** The body of an "Upload Object Schema" request, a JSON array of the fields of the object type's schema. */
export type UploadSchemaRequest = components["schemas"]["UploadSchemaRequest"];
/** User access details */
export type UserAccessDetails = components["schemas"]["UserAccessDetails"];
/** A list, in which each item specifies one user's activities. */
export type UserActivity = components["schemas"]["UserActivity"];
/** A list, in which each item contains details of one user's activities. */
export type UserAggregateByPeriodActivities = components["schemas"]["UserAggregateByPeriodActivities"];
/** A list, in which each item contains one user's activity. */
export type UserDayByDayActivity = components["schemas"]["UserDayByDayActivity"];
/** The integration status for the request users */
export type UserIntegrationStatus = components["schemas"]["UserIntegrationStatus"];
/** User's metadata. */
export type UserMetadata = components["schemas"]["UserMetadata"];
/** The body of a successful "Retrieve user" response. */
export type UserResponse = components["schemas"]["UserResponse"];
/** The body of a successful "Retrieve aggregated activity for defined users by a date range with grouping in time periods" response. */
export type UsersAggregateByPeriodActivity = components["schemas"]["UsersAggregateByPeriodActivity"];
/** The body of a successful "Retrieve daily activity for applicable users for a date range" response. */
export type UsersDayByDayActivity = components["schemas"]["UsersDayByDayActivity"];
/** User's settings history. */
export type UserSettingsHistory = components["schemas"]["UserSettingsHistory"];
/** A list, in which each item specifies a user attached to the permission profile. */
export type UserSimpleMetadata = components["schemas"]["UserSimpleMetadata"];
/** The body of a successful "List all users" or "List users by filter" response. */
export type UsersMetadata = components["schemas"]["UsersMetadata"];
/** Talking duration */
export type UserSpeaker = components["schemas"]["UserSpeaker"];
/** A flow variable to update. Changes to these variables are applied to the entire flow. */
export type VariableValueOverride = components["schemas"]["VariableValueOverride"];
/** Video statistics */
export type VideoInteractionDto = components["schemas"]["VideoInteractionDto"];
/** Evidence from a result of a web search used to generate the brief for this section. */
export type WebFinding = components["schemas"]["WebFinding"];
/** A list, in which each item provides a workspace metadata. */
export type WorkspaceMetadata = components["schemas"]["WorkspaceMetadata"];
/** The body of a successful "List all company workspaces" response. */
export type WorkspacesResponse = components["schemas"]["WorkspacesResponse"];
