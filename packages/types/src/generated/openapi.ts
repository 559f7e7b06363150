// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

export interface paths {
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all users
         * @description List all of the company's users.
         *
         *     Required authorization scope: 'api:users:read'.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/extensive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List users by filter
         * @description List multiple Users.
         *
         *     Required authorization scope: 'api:users:read'.
         */
        post: operations["listMultipleUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve user
         * @description Retrieve a specific user.
         *
         *     Required authorization scope: 'api:users:read'.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/settings-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve user settings history
         * @description Retrieve a specific user's settings history.
         *
         *     Required authorization scope: 'api:users:read'.
         */
        get: operations["getUserHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all calls
         * @description List calls that took place during the specified date range.
         *
         *     Required authorization scope: 'api:calls:read:basic'.
         */
        get: operations["listCalls"];
        put?: never;
        /**
         * Add new call
         * @description When using this endpoint, either provide a downloadMediaUrl or use the returned callId in a follow-up request to /v2/calls/{id}/media to upload the media file.
         *
         *     Required authorization scope: 'api:calls:create'.
         */
        post: operations["addCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve data for a specific call
         * @description Retrieve data for a specific call.
         *
         *     Required authorization scope: 'api:calls:read:basic'.
         */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add call media
         * @description Adds a call media, recorded by a telephony system (PBX) or other media recording facility. Gong accepts call recordings in various audio and video file formats, including WAV, MP3, MP4, MKV and FLAC. If uploading a dual-channel (stereo) file separated by speaker, make sure to specify which channel corresponds to the company team member (rep) in the parties/mediaChannelId parameter of the Add New Call operation.
         *
         *     Required authorization scope: 'api:calls:create'.
         */
        put: operations["addCallRecording"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/extensive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve detailed call data by various filters
         * @description Lists detailed call data for calls that took place during a specified date range, have specified call IDs or hosted by specified users.
         *
         *     Required authorization scope: 'api:calls:read:extensive'. Moreover, clients requesting media download URLs by the contentSelector.exposedFields.media field should also have the scope 'api:calls:read:media-url'.
         */
        post: operations["listCallsExtensive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve transcripts of calls
         * @description Returns transcripts for calls that took place during the specified date period. If call IDs are specified, only transcripts for calls with those IDs that took place during the time period are returned.
         *
         *     Required authorization scope: 'api:calls:read:transcript'.
         */
        post: operations["getCallTranscripts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/manual-crm-associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all calls that were manually associated with CRM objects
         * @deprecated
         * @description **Deprecated:** Gong's July 2026 OpenAPI document no longer lists this operation and no reference page exists for it; it may stop working without notice.
         *
         *     Returns a list of all calls that were manually associated or re-associated with CRM account and deal/opportunity since a given time.
         *
         *     Actions will be listed in the ascending order of their timing.
         *
         *     Notice if a call was associated and later re-associated the API will return both events.
         *
         *     This endpoint is in Beta Phase.
         *
         *     Required authorization scope: 'api:crm-calls:manual-association:read'.
         */
        get: operations["listCRMCallsManualAssociation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/call-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List call outcomes
         * @description Use this endpoint to retrieve the list of available call outcomes defined in Gong.
         *     Call outcomes are used to categorize the result of a call (e.g., "Connected", "No Answer") and are set in the Dialer setup page.
         *
         *     Required authorization scope: 'api:call-outcomes:read'.
         */
        get: operations["listCallOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stats/interaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve interaction stats for applicable users by date
         * @description Returns interaction stats for users based on calls that have Whisper turned on.
         *
         *     Required authorization scope: 'api:stats:interaction'.
         */
        post: operations["listInteractionStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stats/activity/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve answered scorecards for applicable reviewed users or scorecards for a date range
         * @description Retrieve all the answers for the scorecards that were reviewed during a specified date range, for calls that took place during a specified date range, for specific scorecards or for specific reviewed users.
         *
         *     Required authorization scope: 'api:stats:scorecards'.
         */
        post: operations["listAnsweredScorecards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stats/activity/day-by-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve daily activity for applicable users for a date range
         * @description Retrieve the daily activity of multiple users within the Gong system for a range of dates. This endpoint returns records including statistics about each user's activity, on the daily level. Records are returned only for users with activity in the range.
         *
         *     Required authorization scope: 'api:stats:user-actions:detailed'.
         */
        post: operations["listMultipleUsersDayByDayActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stats/activity/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve aggregated activity for defined users by date
         * @description Lists the activity of multiple users within the Gong system during a defined period. Given the period, this endpoint returns multiple records, one for each user, with an applicable activity during the period. Each record includes statistics about the user's activity.
         *
         *     Required authorization scope: 'api:stats:user-actions'.
         */
        post: operations["listMultipleUsersAggregateActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/stats/activity/aggregate-by-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve aggregated activity for defined users by a date range with grouping in time periods
         * @description Lists the aggregated activity of multiple users within the Gong system for each time period within the defined date range. This endpoint returns multiple records, one for each user. For each user there are items for every time period in the date range, including statistics about the user's activity. Records are returned only for users with activity in the range.
         *
         *     Required authorization scope: 'api:stats:user-actions'.
         */
        post: operations["listMultipleUsersAggregateByPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all company workspaces
         * @description Returns a list of all workspaces including their details.
         *
         *     Required authorization scope: 'api:workspaces:read'.
         */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/settings/trackers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve tracker details
         * @description Retrieves details of all keyword trackers in the system or in a given workspace.
         *
         *     When accessed through a Bearer token authorization method, this endpoint requires the 'api:settings:trackers:read' scope.
         *
         *     Required authorization scope: 'api:settings:trackers:read'.
         */
        get: operations["listTrackers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/settings/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve scorecards details
         * @description Retrieve all the scorecards within the Gong system.
         *
         *     Required authorization scope: 'api:settings:scorecards:read'.
         */
        get: operations["listScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/settings/briefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve AI brief settings - BETA
         * @description **Beta:** this endpoint is in beta.
         *
         *     Retrieves settings of all AI briefs in the system or in a specified workspace.
         *
         *     Required authorization scope: 'api:ai-briefer:read'.
         */
        get: operations["listBriefs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/library/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Library folders
         * @description Use this endpoint to retrieve a list of public library folders. We do not allow retrieval of either private or archived folders.
         *
         *     Required authorization scope: 'api:library:read'.
         */
        get: operations["getLibraryStructure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/library/folder-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List of calls in a specific folder
         * @description Given a folder id, this endpoint retrieves a list of calls in it.
         *
         *     Required authorization scope: 'api:library:read'.
         */
        get: operations["getCallsInSpecificFolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve logs data by type and time range
         * @description List log entries that took place during a specified time range.
         *
         *     Required authorization scope: 'api:logs:read'.
         */
        get: operations["listLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/coaching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all coaching metrics
         * @description List all of the coaching metrics of a manager.
         *
         *     Required authorization scope: 'api:coaching:read'.
         */
        get: operations["listCoachingMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/all-permission-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all company permission profiles for a given workspace
         * @description Returns a list of all permission profiles.
         *
         *     The listing is in the alphabetical order of the profile names.
         *
         *     Required authorization scope: 'api:permission-profile:read'.
         */
        get: operations["listPermissionProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/permission-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Permission profile for a given profile Id
         * @description Returns a permission profile.
         *
         *     Required authorization scope: 'api:permission-profile:read'.
         */
        get: operations["getPermissionProfile"];
        /**
         * Update permission profile
         * @description Update a permission profile.
         *
         *     Required authorization scope: 'api:permission-profile:write'.
         */
        put: operations["updatePermissionProfile"];
        /**
         * Create permission profile
         * @description Create a permission profile in a given workspace.
         *
         *     Required authorization scope: 'api:permission-profile:write'.
         */
        post: operations["createPermissionProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/permission-profile/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all users attached to a given permission profile
         * @description Returns a list of all users whose access is controlled by the given permission profile.
         *
         *     Required authorization scope: 'api:users:read'.
         */
        get: operations["listPermissionProfileUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calls/users-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give individual users access to calls
         * @description Give individual users access to calls.
         *
         *     If a user already has access (perhaps the call was shared with them, or they have access through their permission profiles) the request will have no effect.
         *
         *     Required authorization scope: 'api:call-user-access:write'.
         */
        put: operations["addUsersAccessToCalls"];
        /**
         * Retrieve users that have specific individual access to calls
         * @description Returns a list of users who have received individual access to calls through the API.
         *
         *     This endpoint doesn't cover user that have access for other reasons (such as sharing recipients, or access through permission profiles).
         *
         *     Required authorization scope: 'api:call-user-access:read'.
         */
        post: operations["getUsersAccessToCalls"];
        /**
         * Remove specific individual users access from calls
         * @description Remove individual user access from calls. The request can only remove access previously given by the /v2/calls/users-access API.
         *
         *     If a given user does not have access to the call, they will be unaffected.
         *
         *     If a given user does have access to the call, but not through the pubic API (for example if the call was shared with the user), the user's access will remain unchanged.
         *
         *     Required authorization scope: 'api:call-user-access:write'.
         */
        delete: operations["deleteUsersAccessToCalls"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crm/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Generic CRM integration details
         * @description Returns the CRM integration you set up using the `PUT /v2/crm/integrations` endpoint. You can only have one integration at a time.
         *
         *     Required authorization scope: 'api:crm:integrations:read'.
         */
        get: operations["listGenericCrmIntegration"];
        /**
         * Register a Generic CRM integration
         * @description Creates your CRM integration with Gong. Returns an integrationId, which should be used in requests to the CRM API to enable correct association of CRM data.
         *
         *     Multiple CRM integrations are not supported. To create a new integration, delete the old one first (`DELETE /v2/crm/integrations`).
         *
         *     This includes if you have integrated with Gong using one of the native CRM integrations such as HubSpot or Salesforce.
         *
         *     Required authorization scope: 'api:crm:integration:register'.
         */
        put: operations["registerGenericCrmIntegration"];
        post?: never;
        /**
         * Delete a Generic CRM integration
         * @description Asynchronously deletes a CRM integration and all its associated CRM objects (Accounts, Contacts, Deals, Leads, and Users).
         *
         *     This endpoint gets the clientRequestId generated by you as the request identifier. Use this to check the status of the delete request by calling the `/request-status` endpoint,with the clientRequestId.
         *
         *     A status of DONE indicates that the integration and all its associated crm objects have been successfully deleted. This may take up to 24 hours to be deleted.
         *
         *     ## Example
         *
         *     `DELETE https://api.gong.io/v2/crm/integrations?clientRequestId=1234&integrationId=6286478263646`
         *
         *     Required authorization scope: 'api:crm:integration:delete'.
         */
        delete: operations["deleteGenericCrmIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crm/entity-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Schema Fields
         * @description Retrieves a list of the object schema fields.
         *
         *     ### Example
         *
         *     #### Request
         *
         *     `GET https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`
         *
         *     #### Response
         *
         *     ```json
         *     {
         *         "requestId": "afjkzqkqglog7ueki5",
         *         "objectTypeToSelectedFields": {
         *             "ACCOUNT": [
         *                 {
         *                     "name": "accountTypePicklist",
         *                     "label": "Account Type",
         *                     "type": "PICKLIST",
         *                     "lastModified": null,
         *                     "isDeleted": false,
         *                     "referenceTo": null,
         *                     "orderedValueList": null
         *                 },
         *                 {
         *                     "name": "accountTypePicklist2",
         *                     "label": "Account Type2",
         *                     "type": "PICKLIST",
         *                     "lastModified": null,
         *                     "isDeleted": false,
         *                     "referenceTo": null,
         *                     "orderedValueList": null
         *                 },
         *                 {
         *                     "name": "fooBar",
         *                     "label": "Foo Bar",
         *                     "type": "STRING",
         *                     "lastModified": null,
         *                     "isDeleted": false,
         *                     "referenceTo": null,
         *                     "orderedValueList": null
         *                 }
         *             ]
         *         }
         *     }
         *     ```
         *
         *     Required authorization scope: 'api:crm:schema'.
         */
        get: operations["listCrmSchemaFields"];
        put?: never;
        /**
         * Upload Object Schema
         * @description Enables you to add, edit or remove fields to Gong CRM entities, so that you can display additional CRM data in Gong. Fields that are not included in the Gong CRM objects, and are uploaded without updating your schema, are not displayed in Gong.
         *
         *     Update your schema when:
         *
         *     - You create a new integration
         *     - There are changes to the schema of any object type. You can also send a schema update request before any request to the `/v2/crm/entities` API.
         *
         *     When updating your schema:
         *
         *     - Add or change field: include all fields you want in the schema, including those sent previously. Example:
         *
         *       | Date | Action | Result |
         *       | --- | --- | --- |
         *       | 3/4/2023 | Send account schema with fieldA | fieldA added to the account |
         *       | 6/4/23 | Send account schema with fieldA and fieldB | fieldA still included in account schema. fieldB added to the account |
         *       | 8/4/23 | Send account schema with fieldC but without fieldA and fieldB | Receive an error that you must include all fields in the schema |
         *       | 15/4/23 | Send account schema with fieldB, fieldC, and isDeleted for fieldA | fieldA and all it's data are deleted. fieldB and fieldC remain in the schema |
         *
         *     - Changing a field: if you change the field type, a new field is created and the data associated with the original field is deleted. Other changes, such as the label do not result in data being deleted.
         *     - Deleting a field: to delete a field and it's associated data, send the field with isDeleted = true
         *
         *     ## Supported field types
         *
         *     This table describes the field types that can be added to your schema
         *
         *     | Field type | Format in JSON | Possible values |
         *     | --- | --- | --- |
         *     | BOOLEAN | boolean | true, false |
         *     | DATE | string (ISO-8601 date without time) | "2020-05-31" |
         *     | DATETIME | string (ISO-8601 datetime without milliseconds) | "2020-12-17T07:37:21+02:00" "2020-12-17T05:37:21Z" |
         *     | PICKLIST | string - one of the values in an orderedValueList | "Analyst" |
         *     | NUMBER | number | 45.66, 8453 |
         *     | PERCENT | number (between 0 to 100) | 67.3 |
         *     | CURRENCY\* | number | 34.68 |
         *     | PHONENUMBER | string | "+14055766687" |
         *     | EMAILADDRESS | string | "john.doe@anywhere.com" |
         *     | REFERENCE | string - the id of another object | "48b009drax" |
         *     | ID | string - the id of the object | "843hf8484jr84htg" |
         *     | STRING | string | "whatever you want" |
         *     | URL | string | "https://crm.com/account/6d4r578f" |
         *
         *     \* In the integration send a number value, and specify the correct currency symbol in the Gong UI. Currently Gong does not support multiple currencies per company.
         *
         *     ### Example
         *
         *     #### Request
         *
         *     `POST https://api.gong.io/v2/crm/entity-schema?integrationId=6286478263646&objectType=ACCOUNT`
         *
         *     ```
         *     [{"uniqueName": "orderId", "label": "ID", "type": "ID", "lastModified": "2020-11-11T08:11:34+01:00"},
         *     {"uniqueName": "parentAccount", "label": "Main Account", "type": "REFERENCE", "referenceTo": "ACCOUNT", "lastModified": "2020-11-11T08:11:34+01:00"},
         *     {"uniqueName": "category", "label": "Category", "type": "PICKLIST", "orderedValueList": ["Analyst", "Competitor", "Customer", "Integrator", "Investor", "Partner", "Other"], "lastModified": "2020-11-11T08:11:34+01:00"},
         *     // remove custom field
         *     {"uniqueName": "industry", "isDeleted": true, "label": "Industry", "type": "PICKLIST", "lastModified": "2020-11-21T08:11:34+01:00"}]
         *     ```
         *
         *     Required authorization scope: 'api:crm:schema'.
         */
        post: operations["uploadCrmSchemaField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crm/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CRM objects
         * @description ## This API is for use in the **development phase only**, to manually verify that objects are uploaded and processed correctly in Gong.
         *
         *     Returns a JSON object where each key is the object’s crm id and the corresponding value is a nested JSON object representing the CRM object fields. Each key in the nested JSON is the field name and the corresponding value is the field value.
         *
         *     The objects are fetched from the Gong main DB. If the object is not found, the JSON’s value is null.
         *
         *     The request body contains an array of objects ids.
         *
         *     The request is limited to 100 objects. If more than 100 objects are requested only the first 100 are returned.
         *
         *     ### Example
         *
         *     #### Request
         *
         *     `GET https://api.gong.io/v2/crm/entities?integrationId=6286478263646&objectType=DEAL`
         *
         *     `["1234","8765"] //request body`
         *
         *     Required authorization scope: 'api:crm:get-objects'.
         */
        get: operations["getCrmObjects"];
        put?: never;
        /**
         * Upload CRM objects
         * @description Inserts, updates, or deletes a CRM entity in Gong.
         *
         *     Gong searches for existing entities with the same ID, to determine whether the entity should be added or updated.
         *
         *     Ensure you have an authentication key and that you have registered your integration before uploading your CRM data.
         *
         *     ### Request body
         *
         *     - Content-Type should be multipart/form-data
         *     - Maximum payload size: 200 megabytes
         *
         *     The `dataFile` part is an LDJSON file: each JSON object on a separate line. A file should only contain objects of one entity type (the `objectType` query parameter). Records that have multiple updates should be sent in separate files. If you defined additional fields using the /v2/crm/entity-schema API, include those fields in the JSON file.
         *
         *     ### Example
         *
         *     `POST https://api.gong.io/v2/crm/entities?clientRequestId=1234&integrationId=6286478263646&objectType=BUSINESS_USER`
         *
         *     ```
         *     {"objectId": "user1_Id_In_The_CRM", "emailAddress": "john.doe@acme.com", "modifiedDate": "2019-01-03T23:45:57+01:00"}
         *     {"objectId": "user2_Id_In_The_CRM", "isDeleted": true, "emailAddress": "john.taylor@acme.com", "modifiedDate": "2019-01-03T23:45:57+01:00"}
         *     ```
         *
         *     This API is asynchronous: a 201 response means the file was uploaded and is pending processing. Use the clientRequestId to follow it with GET /v2/crm/request-status.
         *
         *     Required authorization scope: 'api:crm:upload'.
         */
        post: operations["uploadCrmData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crm/request-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Request Status
         * @description Returns the current status of the request for endpoints run asynchronously:
         *
         *     - POST /v2/crm/entities
         *     - DELETE /v2/crm/integrations
         *
         *     ### Status Codes
         *
         *     - PENDING: file is pending being processed
         *     - IN_PROGRESS: file is being processed
         *     - DONE: all objects in the file were successfully processed
         *     - FAILED: failed to parse some objects, or a general error occurred when the file was being processed
         *
         *     ### Correcting a file that failed to be processed:
         *
         *     When the status in the response is FAILED do one of the following:
         *
         *     - If the response includes a list of errors, correct the errors in the file as follows:
         *       1. Using the `errors.line` attribute, locate and correct the data in the JSON file.
         *       2. You can resend the entire LDJSON file, or only the corrected records via the relevant API.
         *
         *          Note: The response returns a maximum of 20 errors. To make sure you have corrected all errors, upload the entire file repeatedly until you receive a DONE status.
         *     - A single error in the form of: `{"line":0,"description":"....."}` indicates a general processing error:
         *       1. Fix the LDJSON file according to the error message.
         *       2. Upload the entire LDJSON file again.
         *
         *     Required authorization scope: 'api:crm:upload'.
         */
        get: operations["getRequestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/integration-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Integration Settings
         * @description Configure your integration settings for displaying your company data in iFrames. For example, use this API to configure dynamic links as the iFrame source.
         *
         *     Required authorization scope: 'api:integration-settings:write'.
         */
        post: operations["integrationSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a New Gong Meeting
         * @description Required authorization scope: 'api:meetings:user:create'.
         */
        post: operations["addMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a Gong Meeting
         * @description Required authorization scope: 'api:meetings:user:update'.
         */
        put: operations["updateMeeting"];
        post?: never;
        /**
         * Delete a Gong Meeting
         * @description Required authorization scope: 'api:meetings:user:delete'.
         */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/integration/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate Gong meeting Integration
         * @description Required authorization scope: 'api:meetings:integration:status'.
         */
        post: operations["integrationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customer-engagement/content/viewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report event of a content view
         * @description Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is viewed by an external participant (for example, a contract was “viewed” by the prospect)
         *
         *     Required authorization scope: 'api:engagement-data:write'.
         */
        put: operations["contentViewed"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customer-engagement/content/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report event of a content share
         * @description Push engagement events into Gong and display them as events in Gong’s activity timeline, when a Gong user shares content with external participants (for example, a contract was “shared” by the account executive with his prospects)
         *
         *     Required authorization scope: 'api:engagement-data:write'.
         */
        put: operations["contentShared"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/customer-engagement/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report event of a custom action
         * @description Push engagement events into Gong and display them as events in Gong’s activity timeline, when a content is engaged by an external participant (for example, a contract was “signed” by the prospect)
         *
         *     Required authorization scope: 'api:engagement-data:write'.
         */
        put: operations["customAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/digital-interaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a Digital Interaction
         * @description Required authorization scope: 'api:digital-interactions:write'.
         */
        post: operations["addDigitalInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List user's tasks
         * @description Retrieves a list of Engage tasks assigned to a specific user, supporting filters for task type, action, and status. Results include detailed metadata for each task, such as ownership, creation and due dates, associated contacts, flows, accounts, and opportunities.
         *
         *     Required authorization scope: 'api:tasks:read'.
         */
        post: operations["listTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update task
         * @description Use this endpoint to update the status or due date of an existing Engage task. The task status can be changed to OPEN, DONE, or DISMISSED. This is useful for managing task workflows such as marking tasks complete or rescheduling them based on user actions or system events.
         *
         *     The body names the task's owner (`userId`, required) and the values to set: `status`, `dueDate` and `priority`, each optional.
         *
         *     Required authorization scope: 'api:tasks:write'.
         */
        patch: operations["updateReminder"];
        trace?: never;
    };
    "/v2/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Gong Engage flows
         * @description Engage flows have the following visibility types:
         *
         *     - Company: visible to everyone in the company, can only be edited by users with edit permissions.
         *     - Personal: reps can set up their own flows which are only available to them.
         *     - Shared: reps can share a flow with other reps. Those reps can then add leads to the flow.
         *
         *     This endpoint returns all company flows, together with personal flows and flows shared with the user specified in the `flowOwnerEmail` parameter.
         *
         *     Alternatively this endpoint can return the flows most recently assigned by the user.
         *
         *     Required authorization scope: 'api:flows:read'.
         */
        get: operations["listFlows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Gong Engage flow folders
         * @description Engage flow folders have the following visibility types:
         *
         *     - Company: visible to everyone in the company, can only be edited by users with edit permissions.
         *     - Personal: reps can set up their own flow folders which are only available to them.
         *     - Shared: reps can share a flow folder with other reps. Those reps can then add flows to the flow folder.
         *
         *     This endpoint returns all company flow folders, together with personal flow folders and flow folders shared with the user specified in the `flowFolderOwnerEmail` parameter.
         *
         *     Required authorization scope: 'api:flows:read'.
         */
        get: operations["listFlowsFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get flow details and steps for one or more Engage flows
         * @description Returns flow details and their steps for one or more Engage flows.
         *
         *     Each flow in the response includes its metadata (name, folder, visibility, creation date) and a list of steps.
         *
         *     Each step includes its ID, order, action type, subject, body, and whether it is a reply.
         *
         *     Step order is 1-based and maps directly to the step number used in the flow assignment endpoint.
         *
         *     A maximum of 20 flow IDs may be requested at a time.
         *
         *     Required authorization scope: 'api:flows:read'.
         */
        post: operations["getFlowSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List prospects assigned flows
         * @description Get the Gong Engage flows assigned to the given `crmProspectsIds`.
         *
         *     When querying by `crmProspectsIds`, only open (Pending/Running/Paused) flows are returned.
         *
         *     Alternatively this endpoint can be used to get the flows assigned to prospects by the given `flowInstanceIds`.
         *
         *     When querying by `flowInstanceIds`, all flows including finished ones are returned.
         *
         *     Required authorization scope: 'api:flows:read'.
         */
        post: operations["getFlowsForProspects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign prospects (contacts or leads) to an Engage flow
         * @deprecated
         * @description Use this endpoint to assign a number of prospects to a flow. Prospects can be contacts or leads in your CRM.
         *
         *     Generate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.
         *
         *     You can assign up to 100 prospects to a flow in a single request.
         *
         *     Required authorization scope: 'api:flows:write'.
         */
        post: operations["assignProspects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/assign/cool-off-override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign prospects (contacts or leads) to an Engage flow regardless of the cool off status
         * @deprecated
         * @description Use this endpoint to assign a number of prospects to a flow regardless of the cool off status. Prospects can be contacts or leads in your CRM.
         *
         *     Generate a list of comma separated CRM Ids of the prospects you want to add to a flow. The flowInstanceOwnerEmail parameter is the email address of the Gong user who set up the flow instance and owns the flow to-dos.
         *
         *     You can assign up to 100 prospects to a flow in a single request.
         *
         *     Required authorization scope: 'api:flows:write'.
         */
        post: operations["assignProspectsCoolOffOverrides"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/unassign-flows-by-crm-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign flows by CRM Prospect ID
         * @description This endpoint lets you remove a specific prospect from the flows they are assigned to.
         *
         *     To remove the prospect from all flows they are assigned to, send the crmProspectId only.
         *
         *     If you want to remove the prospect from a specific flow, get the flow id from the /v2/flows/prospects endpoint and include the crmProspectId and flowId in the request.
         *
         *     The Ids of the flows the prospect was successfully removed from are returned in the response.
         *
         *     Required authorization scope: 'api:flows:write'.
         */
        post: operations["unassignProspectFlows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/unassign-flows-by-instance-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign flows by Flow Instance ID
         * @description This endpoint lets you specify flow instances to remove prospects from.
         *
         *     A flow instance is created when a prospect is added to a flow. Retrieve the flow instance Id from the /v2/flows/prospects endpoint.
         *
         *     The flow instance Ids the prospect was successfully removed from are returned in the response. If a prospect could not be removed from the flow for any reason, the Id isn’t returned in the response and the prospect is still assigned to the flow.
         *
         *     You can remove prospects from up to 200 flows in a single request.
         *
         *     Required authorization scope: 'api:flows:write'.
         */
        post: operations["unassignFlows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/bulk-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a bulk assignment of prospects to a flow
         * @description Use this endpoint to asynchronously submit a bulk assignment of prospects to a flow. Prospects can be contacts or leads in your CRM.
         *
         *     You can assign up to 50 prospects to a flow in a single request.
         *
         *     The assignment is processed later: read its progress and results with `GET /v2/flows/prospects/bulk-assignments/{id}`, using the `id` in this response.
         *
         *     Required authorization scope: 'api:flows:write'.
         */
        post: operations["submitFlowProspectsBulkAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/flows/prospects/bulk-assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the results of a bulk assignment of prospects to a flow
         * @description Use this endpoint to get the results of a bulk assignment of prospects to a flow.
         *
         *     Required authorization scope: 'api:flows:read'.
         */
        get: operations["getFlowProspectsBulkAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/data-privacy/data-for-phone-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all references to a phone number
         * @description Shows the elements in the Gong system that reference the given phone number. Given a phone number, this endpoint returns details of any leads or contacts with this phone number and their associated calls and email messages.
         *
         *     Required authorization scope: 'api:data-privacy:read'.
         */
        get: operations["findAllReferencesToPhoneNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/data-privacy/data-for-email-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all references to an email address
         * @description Shows the elements in the Gong system that reference the given email address. Given an emails address, this endpoint returns details of all calls and email messages that reference this address, and any leads or contacts with this email address.
         *
         *     Required authorization scope: 'api:data-privacy:read'.
         */
        get: operations["findAllReferencesToEmailAddress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/data-privacy/erase-data-for-phone-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the phone number, and all associated elements
         * @description Given a phone number, this endpoint deletes from the Gong system any leads or contacts with a matching phone number or mobile phone number. Email messages sent to or from these leads/contacts are deleted. Calls where the leads/contacts appear are deleted. The deletion is not immediate, and may take several hours to complete.
         *
         *     This endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io
         *
         *     Delete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.
         *
         *     Required authorization scope: 'api:data-privacy:delete'.
         */
        post: operations["purgePhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/data-privacy/erase-data-for-email-address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the email address, and all associated elements
         * @description Given an email address, this endpoint deletes from the Gong system any calls or email messages that reference this address. Email messages sent to or from the address are deleted. Calls where the email address appears (as a lead, contact, attendee or speaker) are deleted. Leads or Contacts with the email address are deleted. The deletion is not immediate, and may take several hours to complete.
         *
         *     This endpoint contains a data integrity protection mechanism to prevent the deletion of an abnormal number of objects. If the deletion fails please contact support at help@gong.io
         *
         *     Delete the data from your CRM and email system before performing this operation so that private data is not re-imported into Gong.
         *
         *     Required authorization scope: 'api:data-privacy:delete'.
         */
        post: operations["purgeEmailAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/entities/ask-entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ask about an entity
         * @description Returns the answer to a question about a specified entity. The answer is generated from calls or emails associated with the entity within the specified time period. A maximum of 60 calls and 500 emails are used to answer the question. A call to this API consumes Gong credits according to the number of emails and calls used to generate the answer.
         *
         *     Supported entities are Accounts, Deals, Contacts, or Leads that exist in your CRM.
         *
         *     The response includes:
         *
         *     - The answer
         *     - Details of emails and calls used to generate the answer
         *
         *     Required authorization scope: 'api:ai-ask:read'.
         */
        get: operations["askEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/entities/get-brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate a brief for a CRM entity
         * @description Get a brief for an account, deal, contact, or lead that exists in your CRM. Briefs are set up in the Gong Agent Studio and you must provide the name of the brief you want to generate. A call to this API consumes Gong credits according to the number of emails and calls used to generate the brief.
         *
         *     The brief is generated from calls or emails associated with the entity within the specified time period.
         *
         *     The response includes:
         *
         *     - The brief
         *     - Details of emails and calls used to generate the brief
         *
         *     Required authorization scope: 'api:ai-briefer:read'.
         */
        get: operations["generateBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    call: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call matched an automation rule
         * @description Gong sends this request to your URL, not you to Gong. An automation rule (*Admin center > Settings >
         *     Ecosystem > Automation rules*, "Fire webhook") POSTs every call that matches its filters, and the call
         *     picked for a test ("Test now"), as JSON: `callData` (the call, in the shape of `POST /v2/calls/extensive`'s
         *     `calls` items) and `isTest`. Gong may add fields without notice: ignore the ones you do not know.
         *
         *     The rule authenticates the request in one of two ways:
         *
         *     - **URL includes key:** a secure random token of yours is part of the destination URL. Nothing else is sent.
         *     - **Signed JWT header:** the `Authorization` header holds a JWT (the token itself, without `Bearer`), signed
         *       RS256 with the rule's own RSA key. The rule's page shows its public key ("Show public key") as bare base64
         *       (a DER SubjectPublicKeyInfo, no PEM armour). The token's claims:
         *       - `webhook_url`: the URL Gong posted to;
         *       - `body_sha256`: the hex SHA-256 of the raw request body;
         *       - `exp`: when the token expires (seconds since the epoch).
         *
         *     To verify a signed request: check the signature with the public key, accepting RS256 only (never `none`,
         *     never an HMAC algorithm); reject an expired token; hash the body **as received, before any JSON parsing**
         *     and compare it with `body_sha256`; compare `webhook_url` with the URL the request was sent to. Only then
         *     parse the body. `@gongkit/client/webhooks` does all of it: `verifyGongWebhook({ body, authorization,
         *     publicKey, url })`.
         *
         *     Answer with a 2xx to acknowledge the webhook.
         */
        post: operations["callWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A Gong request reference Id, generated for this request. Can be used for troubleshooting purposes.
         * @example 4al018gzaztcr8nbukw
         */
        RequestId: string;
        /** @description Information about the number of records that match the requested filter. */
        Records: {
            /**
             * Format: int32
             * @description Total number of records.
             * @example 263
             */
            totalRecords?: number;
            /**
             * Format: int32
             * @description Number of records in the current page.
             * @example 100
             */
            currentPageSize?: number;
            /**
             * Format: int32
             * @description Current page number.
             * @example 0
             */
            currentPageNumber?: number;
            /**
             * @description Returned only when there are more records to be retrieved. Repeat the API call and pass this cursor value in the request to retrieve the next page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
        };
        /** @description The user's settings in the Gong system. */
        Settings: {
            /**
             * @description True if the team member is set to be recorded by Gong, false if not.
             * @example true
             */
            webConferencesRecorded?: boolean;
            /** @description If true, invitation of this user to a web conference will prevent its recording (even if other users invited are set to record). */
            preventWebConferenceRecording?: boolean;
            /** @description True if the team member is set to import telephony calls from by Gong, false if not. */
            telephonyCallsImported?: boolean;
            /**
             * @description True if the team member is set to import emails by Gong, false if not.
             * @example true
             */
            emailsImported?: boolean;
            /** @description True if the team member is set to prevent import of emails by Gong, false if not. */
            preventEmailImport?: boolean;
            /**
             * @description True if the team member is set to import non recorded meetings by Gong, false if not.
             * @example true
             */
            nonRecordedMeetingsImported?: boolean;
            /**
             * @description True if the team member has Gong Connect enabled, false if not.
             * @example true
             */
            gongConnectEnabled?: boolean;
        };
        /**
         * spokenLanguage
         * @description A language spoken during calls by the Gong user.
         */
        SpokenLanguage: {
            /**
             * @description Language spoken by the user encoded according to the BCP-47 standard.
             * @example es-ES
             */
            language?: string;
            /**
             * @description Indicates the primary language (one per user). The language will be assumed when the system cannot identify the language of a call, e.g., due to poor quality or the call being too short.
             * @example true
             */
            primary?: boolean;
        };
        /** @description A web conferencing provider configured in the user's consent profile. */
        ConferencingProvider: {
            /**
             * @description The provider identifier.
             * @example zoom
             */
            provider?: string;
            /**
             * @description True if this is the user's default conferencing provider.
             * @example true
             */
            isDefault?: boolean;
        };
        /** @description User's metadata. */
        UserMetadata: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            id?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            emailAddress?: string;
            /**
             * Format: date-time
             * @description Creation time in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC);of the Gong user.
             * @example 2018-02-17T02:30:00-08:00
             */
            created?: string;
            /**
             * @description True if the user is active, false if not.
             * @example true
             */
            active?: boolean;
            /**
             * @description List of email address aliases of the Gong user.
             * @example [
             *       "testAlias@test.com"
             *     ]
             */
            emailAliases?: string[];
            /**
             * @description The trusted authentication email assigned to the Gong user
             * @example test@test.com
             */
            trustedEmailAddress?: string;
            /**
             * @description The first name of the Gong user.
             * @example Jon
             */
            firstName?: string;
            /**
             * @description The last name of the Gong user.
             * @example Snow
             */
            lastName?: string;
            /**
             * @description The job title of the Gong user.
             * @example Enterprise Account Executive
             */
            title?: string;
            /**
             * @description The phone number of the Gong user.
             * @example +1 123-567-8989
             */
            phoneNumber?: string;
            /**
             * @description The extension number of the Gong user.
             * @example 123
             */
            extension?: string;
            /**
             * @description The list of personal meeting URLs of the Gong user.
             * @example [
             *       "https://zoom.us/j/123"
             *     ]
             */
            personalMeetingUrls?: string[];
            settings?: components["schemas"]["Settings"];
            /**
             * @description The manager ID of the Gong user.
             * @example 563515258458745
             */
            managerId?: string;
            /**
             * @description The Gong recording consent meeting link
             * @example https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl
             */
            meetingConsentPageUrl?: string;
            /** @description Languages spoken during calls by the Gong user */
            spokenLanguages?: components["schemas"]["SpokenLanguage"][];
            /** @description The list of web conferencing providers configured for this user, including which is the default. */
            conferencingProviders?: components["schemas"]["ConferencingProvider"][];
        };
        /** @description The body of a successful "List all users" or "List users by filter" response. */
        UsersMetadata: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one user's metadata. */
            users?: components["schemas"]["UserMetadata"][];
        };
        /** @description The body of every error response. */
        ErrorResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description Error messages.
             * @example [
             *       "An error has occurred"
             *     ]
             */
            errors?: string[];
        };
        /** @description Filter parameters. */
        MultipleUsersRequestWithCreationDates: {
            /**
             * Format: date-time
             * @description An optional user creation time lower limit, if supplied the API will return only the users created at or after this time. The filed is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T02:30:00-08:00
             */
            createdFromDateTime?: string;
            /**
             * Format: date-time
             * @description An optional user creation time upper limit, if supplied the API will return only the users created before this time. The filed is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-19T02:30:00-08:00
             */
            createdToDateTime?: string;
            /**
             * @description Avatars are synthetic users representing Gong employees (CSMs and support providers) when they access your instance. References to avatars' IDs may be found in the outputs of other API endpoints. This parameter is optional, if not provided avatars will not be included in the results.
             * @example false
             */
            includeAvatars?: boolean;
            /**
             * @description Set of Gong's unique numeric identifiers for the users (up to 20 digits).
             * @example [
             *       "234599484848423"
             *     ]
             */
            userIds?: string[];
        };
        /** @description The body of a "List users by filter" request. */
        ListUsersByFilterRequest: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["MultipleUsersRequestWithCreationDates"];
        };
        /** @description The body of a successful "Retrieve user" response. */
        UserResponse: {
            requestId?: components["schemas"]["RequestId"];
            user?: components["schemas"]["UserMetadata"];
        };
        /** @description User's settings history. */
        UserSettingsHistory: {
            /**
             * @description The user capability that was changed
             * @example webConferencesRecorded
             * @enum {string}
             */
            setting?: "webConferencesRecorded" | "preventWebConferenceRecording" | "emailsImported" | "preventEmailImport" | "active" | "nonRecordedMeetingsImported" | "gongConnectEnabled" | "callsImported" | "interviewsRecorded" | "preventInterviewRecording";
            /**
             * @description The new value that was set
             * @example true
             */
            value?: boolean;
            /**
             * Format: date-time
             * @description The date and time the action was set, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-19T02:30:00-08:00
             */
            time?: string;
        };
        /** @description The body of a successful "Retrieve user settings history" response. */
        SettingsHistory: {
            requestId?: components["schemas"]["RequestId"];
            /** @description User's settings history. */
            userSettingsHistory?: components["schemas"]["UserSettingsHistory"][];
        };
        /** @description call's metadata. */
        CallBasicData: {
            /**
             * @description Gong's unique numeric identifier for the call (up to 20 digits).
             * @example 7782342274025937895
             */
            id?: string;
            /**
             * @description The URL to the page in the Gong web application where the call is available.
             * @example https://app.gong.io/call?id=7782342274025937895
             */
            url?: string;
            /**
             * @description The title of the call.
             * @example Example call
             */
            title?: string;
            /**
             * Format: date-time
             * @description Scheduled date and time of the call in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T10:30:00Z
             */
            scheduled?: string;
            /**
             * Format: date-time
             * @description The date and time when the call was recorded in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T10:30:00Z
             */
            started?: string;
            /**
             * Format: int64
             * @description The duration of the call, in seconds.
             * @example 460
             */
            duration?: number;
            /**
             * @description The primary user ID of the team member who hosted the call.
             * @example 234599484848423
             */
            primaryUserId?: string;
            /**
             * @description Call direction.
             * @enum {string}
             */
            direction?: "Inbound" | "Outbound" | "Conference" | "Unknown";
            /**
             * @description The system with which the call was carried out (e.g., WebEx, ShoreTel, etc.).
             * @example Outreach
             */
            system?: string;
            /**
             * @description The scope of the call: 'internal' if all the participants are from the company, 'external' if some participants are not from the company, or 'unknown' if the scope is unknown.
             * @example Internal
             * @enum {string}
             */
            scope?: "Internal" | "External" | "Unknown";
            /**
             * @description Media type
             * @example Video
             * @enum {string}
             */
            media?: "Video" | "Audio";
            /**
             * @description The language codes (as defined by ISO-639-2B). E.g., eng, fre, spa, ger, and ita. Also used are und (unsupported language), and zxx (not enough speech content for identification).
             * @example eng
             */
            language?: string;
            /**
             * @description Gong's unique numeric identifier for the call's workspace (up to 20 digits).
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description The SDR disposition of the call. This can be an automated value provided by the provider, or manually entered by the rep.
             * @example Got the gatekeeper
             */
            sdrDisposition?: string;
            /**
             * @description The call's unique identifier in the origin recording system (typically a telephony recording system). The identifier is provided to Gong during the call creation via the Public API or through telephony systems integrations.
             * @example 7JEHFRGXDDZFEW2FC4U
             */
            clientUniqueId?: string;
            /**
             * @description Metadata as was provided to Gong during the call creation via the Public API.
             * @example Conference Call
             */
            customData?: string;
            /**
             * @description The purpose of the call.
             * @example Demo Call
             */
            purpose?: string;
            /**
             * @description The meeting provider URL on which the web conference was recorded.
             * @example https://zoom.us/j/123
             */
            meetingUrl?: string;
            /**
             * @description If the call is private.
             * @example false
             */
            isPrivate?: boolean;
            /**
             * @description The Id of the meeting in Google or Outlook Calendar.
             * @example abcde@google.com
             */
            calendarEventId?: string;
        };
        /** @description The body of a successful "List all calls" response. */
        CallsResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one call. */
            calls?: components["schemas"]["CallBasicData"][];
        };
        /** @description External object data */
        CrmPartyContextField: {
            /**
             * @description Field name
             * @example name
             */
            name?: string;
            /**
             * @description Object value
             * @example Gong Inc.
             */
            value?: string | number | boolean | Record<string, never> | unknown[];
        };
        /** @description External object associated with the party */
        ExternalCrmPartyObject: {
            /**
             * @description Object Type. Valid only for non-company parties. e.g. Lead.
             * @example Contact
             * @enum {string}
             */
            objectType: "Lead" | "Contact" | "Account" | "Opportunity" | "User" | "Lead,Contact";
            /**
             * @description Object ID. For Salesforce both case-sensitive and case-insensitive formats are supported.
             * @example 0013601230sV7grAAC
             */
            objectId: string;
            /** @description Object fields. Intended for future use only. */
            fields?: components["schemas"]["CrmPartyContextField"][];
        };
        /** @description Links to external systems such as CRM, Telephony System, Case Management etc. Currently only Salesforce and Generic are supported. */
        PartyUploadContext: {
            /**
             * @description External system name. Currently only Salesforce and Generic are supported.
             * @example Salesforce
             * @enum {string}
             */
            system: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects within the external system */
            objects?: components["schemas"]["ExternalCrmPartyObject"][];
        };
        /** @description A list of the call's participants. A party must be provided for the primaryUser. */
        CallParticipant: {
            /**
             * @description The phone number of the party, if available.
             * @example +1 123-567-8989
             */
            phoneNumber?: string;
            /**
             * @description The email address of the party, if available.
             * @example test@test.com
             */
            emailAddress?: string;
            /**
             * @description The name of the party, if available.
             * @example Test User
             */
            name?: string;
            /**
             * @description An identifier that is only required when speakersTimeline is provided. The partyId is used to recognize the speakers within the provided speakersTimeline.
             * @example 1
             */
            partyId?: string;
            /**
             * Format: int32
             * @description The audio channel corresponding to the company team member (rep) used when the uploaded media file is multi-channel (stereo). The channel id is either 0 or 1 (representing left or right respectively)
             * @example 0
             */
            mediaChannelId?: number;
            /** @description A list of links to external systems such as CRM, Telephony System, Case Management, etc. */
            context?: components["schemas"]["PartyUploadContext"][];
            /**
             * @description The user ID of the participant within the Gong system, if the participant is a user.
             * @example 234599484848423
             */
            userId?: string;
        };
        /** @description External object data */
        ContextField: {
            /**
             * @description Field name. For Account supported fields are: Name, Website, Industry and all the custom fields. For Opportunity supported fields are Name, LeadSource, Type, StageName, Probability, Amount, CloseDate and all the custom fields.
             * @example name
             */
            name?: string;
            /**
             * @description Field value
             * @example Gong Inc.
             */
            value?: string | number | boolean | Record<string, never> | unknown[];
        };
        /** @description External object associated with the call */
        ExternalCrmCallObject: {
            /**
             * @description Object Type. e.g. Account.
             * @example Account
             * @enum {string}
             */
            objectType: "Opportunity" | "Account" | "Lead" | "Contact" | "User" | "Opportunity,Account";
            /**
             * @description Object ID. For Salesforce both case-sensitive and case-insensitive formats are supported.
             * @example 0013601230sV7grAAC
             */
            objectId: string;
            /** @description Object fields. Intended for future use only. */
            fields?: components["schemas"]["ContextField"][];
        };
        /** @description Links to external systems such as CRM, Telephony System, Case Management etc. Currently only Salesforce and Generic are supported. */
        CallUploadContext: {
            /**
             * @description External system name. Currently only Salesforce and Generic are supported.
             * @example Salesforce
             * @enum {string}
             */
            system: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects within the external system. Note: Multiple opportunities/deals belonging to the same account are not supported. */
            objects?: components["schemas"]["ExternalCrmCallObject"][];
        };
        /** @description The audio recording speech segments (who spoke when). */
        SpeechSegment: {
            /**
             * Format: int32
             * @description The start time of the segment in milliseconds from the beginning of the call.
             * @example 5100
             */
            fromTime: number;
            /**
             * Format: int32
             * @description The end time of the segment in milliseconds from the beginning of the call.
             * @example 24000
             */
            toTime: number;
            /**
             * @description The speaking parties in the segment, each must have a correlating partyId within 'parties'. It is allowed to provide overlapping segments, i.e. you can either specify multiple speakers in a segment or send several overlapping segments each marked with one speaker.
             * @example [
             *       "1"
             *     ]
             */
            partyIds: string[];
        };
        /** @description The audio recording speech segments (who spoke when). Note that speakersTimeline and mediaChannelId are mutually exclusive, when providing speakersTimeline - mediaChannelId will not be used. */
        SpeakersTimeline: {
            /**
             * @description Indicates whether the provided speech segments match the media precisely or need further refinement based on the media. "Precisely" here means that segments do not deviate from the actual speech in the media by more than 100ms.
             * @example true
             */
            precise?: boolean;
            /** @description The audio recording speech segments (who spoke when). */
            speechSegments?: components["schemas"]["SpeechSegment"][];
        };
        /** @description The Id for the task the call should be associated with */
        FlowContext: {
            /**
             * @description A task identifier
             * @example 714366367493425
             */
            taskId?: string;
        };
        /** @description New call metadata */
        NewCallAddingRequest: {
            /**
             * @description A call's unique identifier in the PBX or the recording system. Gong uses this identifier to prevent repeated attempts to upload the same recording.
             * @example 123abc
             */
            clientUniqueId: string;
            /**
             * @description The title of the call. This title is used for indexing and search.
             * @example Example call
             */
            title?: string;
            /**
             * @description The purpose of the call.
             * @example Demo Call
             */
            purpose?: string;
            /**
             * @description The date and time the call was scheduled to begin in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)
             * @example 2018-02-17T02:30:00-08:00
             */
            scheduledStart?: string;
            /**
             * @description The date and time the call was scheduled to end in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)
             * @example 2018-02-19T02:30:00-08:00
             */
            scheduledEnd?: string;
            /**
             * @description The actual date and time the call started in ISO-8601 format (Use UTC (Z) or a timezone offset (-07:00)
             * @example 2018-02-17T02:30:00-08:00
             */
            actualStart: string;
            /**
             * Format: float
             * @description The call duration in seconds.
             * @example 125.8
             */
            duration?: number;
            /** @description A list of the call's participants. A party must be provided for the primaryUser. */
            parties: components["schemas"]["CallParticipant"][];
            /**
             * @description Whether the call is inbound (someone called the company), outbound (a rep dialed someone outside the company), or a conference call.
             * @enum {string}
             */
            direction: "Inbound" | "Outbound" | "Conference" | "Unknown";
            /**
             * @description The disposition of the call. The disposition is free text of up to 255 characters.
             * @example No Answer
             */
            disposition?: string;
            /** @description A list of references to external systems such as CRM, Telephony System, Case Management, etc. */
            context?: components["schemas"]["CallUploadContext"][];
            /**
             * @description Optional metadata associated with the call (represented as text). Gong stores this metadata and it can be used for troubleshooting.
             * @example Optional data
             */
            customData?: string;
            speakersTimeline?: components["schemas"]["SpeakersTimeline"];
            /**
             * @description The URL of the conference call by which users join the meeting
             * @example https://www.conference.com/john.smith
             */
            meetingUrl?: string;
            /**
             * @description The code identifies the provider conferencing or telephony system. For example: zoom, clearslide, gotomeeting, ringcentral, outreach, insidesales, etc. These values are predefined by Gong, please contact help@gong.io to find the proper value for your system.
             * @example clearslide
             */
            callProviderCode?: string;
            /**
             * @description The URL from which Gong can download the media file.
             *     The URL must be unique, the audio or video file must be a maximum of 1.5GB.
             *     The content-type must either start with 'audio' or 'video,' or should be 'application/octet-stream' or 'binary/octet-stream' followed by a subtype that specifies a supported file type (WAV, MP3, MP4, MKV and FLAC).
             *     If you provide this URL, you should not perform the 'Add call media' step.
             * @example https://upload-server.com/sample-call.mp3
             */
            downloadMediaUrl?: string;
            /**
             * @description Optional workspace identifier. If specified, the call will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description The language code the call should be transcribed to.
             *     This field is optional as Gong automatically detects the language spoken in the call and transcribes it accordingly. Set this field only if you are sure of the language the call is in.
             *     Valid values are: af-ZA, am-ET, ar-AE, ar-BH, ar-DZ, ar-EG, ar-IL, ar-IQ, ar-JO, ar-KW, ar-LB, ar-MA, ar-MR, ar-OM, ar-PS, ar-QA, ar-SA, ar-TN, ar-YE, az-AZ, bg-BG, bn-BD, bn-IN, bs-BA, ca-ES, cs-CZ, da-DK, de-AT, de-CH, de-DE, el-GR, en-AB, en-AU, en-CA, en-GB, en-IE, en-IN, en-NZ, en-PH, en-SG, en-US, en-WL, en-ZA, es-AR, es-BO, es-CL, es-CO, es-CR, es-DO, es-EC, es-ES, es-GT, es-HN, es-MX, es-NI, es-PA, es-PE, es-PR, es-PY, es-SV, es-US, es-UY, et-EE, eu-ES, fa-IR, fi-FI, fil-PH, fr-BE, fr-CA, fr-CH, fr-FR, gl-ES, gu-IN, he-IL, hi-IN, hr-HR, hu-HU, hy-AM, id-ID, is-IS, it-CH, it-IT, ja-JP, jv-ID, ka-GE, kk-KZ, km-KH, kn-IN, ko-KR, lo-LA, lt-LT, lv-LV, mk-MK, ml-IN, mn-MN, mr-IN, ms-MY, my-MM, ne-NP, nl-BE, nl-NL, no-NO, pa-Guru-IN, pl-PL, pt-BR, pt-PT, ro-RO, ru-RU, si-LK, sk-SK, sl-SI, sq-AL, sr-RS, su-ID, sv-SE, sw-KE, sw-TZ, ta-IN, ta-LK, ta-MY, ta-SG, te-IN, th-TH, tr-TR, uk-UA, ur-IN, ur-PK, uz-UZ, vi-VN, yue-Hant-HK, zh-CN, zh-TW, zu-ZA
             */
            languageCode?: string;
            flowContext?: components["schemas"]["FlowContext"];
            /**
             * @description The Gong internal user ID of the team member who hosted the call.
             * @example 234599484848423
             */
            primaryUser: string;
        };
        /** @description The body of a successful "Add new call" response. */
        NewCallAddingResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description New call ID
             * @example 7782342274025937895
             */
            callId?: string;
        };
        /** @description The body of a successful "Retrieve data for a specific call" response. */
        SpecificCall: {
            requestId?: components["schemas"]["RequestId"];
            call?: components["schemas"]["CallBasicData"];
        };
        /** @description The multipart/form-data body of "Add call media": one file part. */
        CallMediaUpload: {
            /** @description The media file of the recording. You may attach files up to 1.5GB in size. */
            mediaFile: string;
        };
        /** @description The body of a successful "Add call media" response. */
        CallMediaResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description New call ID
             * @example 7782342274025937895
             */
            callId?: string;
            /**
             * @description The URL to the page in the Gong web application where the call is available.
             * @example https://app.gong.io/call?id=7782342274025937895
             */
            url?: string;
        };
        /** @description Filter parameters. */
        CallsRequestFilterWithOwners: {
            /**
             * @description Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) from which to list recorded calls. Returns calls that started on or after the specified date and time. If not provided, list starts with earliest call. The date applies to call start time.
             * @example 2018-02-17T02:30:00-08:00
             */
            fromDateTime?: string;
            /**
             * @description Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) until which to list recorded calls. Returns calls that started up to but excluding specified date and time. If not provided, list ends with most recent call. The date applies to call start time.
             * @example 2018-02-19T02:30:00-08:00
             */
            toDateTime?: string;
            /**
             * @description Optional Workspace identifier, if supplied the API will return only the calls belonging to this workspace.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description List of calls Ids to be filtered. If not supplied, returns all calls between fromDateTime and toDateTime.
             * @example [
             *       "7782342274025937895"
             *     ]
             */
            callIds?: string[];
            /**
             * @description An optional list of user identifiers, if supplied the API will return only the calls hosted by the specified users. The identifiers in this field match the primaryUserId field of the calls.
             * @example [
             *       "7782342274025937895"
             *     ]
             */
            primaryUserIds?: string[];
        };
        /** @description The content of the call */
        CallContent: {
            /**
             * @description If true, add call agenda, if available
             * @example false
             */
            structure?: boolean;
            /**
             * @description If true, add duration of call topics
             * @example false
             */
            topics?: boolean;
            /**
             * @description If true, returns smart tracker and keyword tracker information for the call.
             * @example false
             */
            trackers?: boolean;
            /**
             * @description If true, the API will return the timing and speaker ID of each occurrence of a tracker (in addition to other tracker data). This functionality must be used in combination with the "trackers" field. The occurrence data is available only for the calls recorded since Jan 1, 2023, contact Gong support if a backfill of this data is required.
             * @example false
             */
            trackerOccurrences?: boolean;
            /**
             * @deprecated
             * @description Deprecated. Formerly added the call's points of interest (action items); Gong no longer returns them.
             * @example false
             */
            pointsOfInterest?: boolean;
            /**
             * @description When true, returns the spotlight call brief.
             * @example true
             */
            brief?: boolean;
            /**
             * @description When true, returns the call outline.
             * @example true
             */
            outline?: boolean;
            /**
             * @description When true, returns the call highlights.
             * @example true
             */
            highlights?: boolean;
            /**
             * @description When true, returns the outcome of the call.
             * @example true
             */
            callOutcome?: boolean;
            /**
             * @description When true, returns the key points of the call.
             * @example true
             */
            keyPoints?: boolean;
        };
        /** @description The interaction data of the call */
        CallInteraction: {
            /**
             * @description If true, add the time each participant spoke.
             * @example true
             */
            speakers?: boolean;
            /**
             * @description If true, add video statistics
             * @example true
             */
            video?: boolean;
            /**
             * @description If true, add statistics for the host of the call.
             * @example true
             */
            personInteractionStats?: boolean;
            /**
             * @description If true, add question counts
             * @example true
             */
            questions?: boolean;
        };
        /** @description Call collaboration */
        CallCollaboration: {
            /**
             * @description If true, add public comments made for this call
             * @example true
             */
            publicComments?: boolean;
        };
        /** @description The exposed fields identifies which field, if any, are returned in the response object */
        ExposedFields: {
            /**
             * @description If true, add information about the parties of the call
             * @example true
             */
            parties?: boolean;
            content?: components["schemas"]["CallContent"];
            interaction?: components["schemas"]["CallInteraction"];
            collaboration?: components["schemas"]["CallCollaboration"];
            /**
             * @description If true and exist, add audio url and video url of the call. The urls will be available for 8 hours.
             * @example true
             */
            media?: boolean;
        };
        /** @description The content selector identifies which data components, if any, are needed, by the caller */
        ContentSelector: {
            /**
             * @description If 'Basic', add links to external systems (context objects) such as CRM, Telephony System, Case Management. If 'Extended' include also data (context fields) for these links. Default value 'None'
             * @enum {string}
             */
            context?: "None" | "Basic" | "Extended";
            /** @description Timing for the context data. The field is optional and can contain either "Now" or "TimeOfCall" or both. The default value is ["Now"]. Can be provided only when the context field is set to 'Extended' */
            contextTiming?: ("Now" | "TimeOfCall")[];
            exposedFields?: components["schemas"]["ExposedFields"];
        };
        /** @description The body of a "Retrieve detailed call data by various filters" request. */
        ListCallsByFilterRequest: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["CallsRequestFilterWithOwners"];
            contentSelector?: components["schemas"]["ContentSelector"];
        };
        /** @description External Object */
        ExternalCallObject: {
            /**
             * @description Object Type. e.g Opportunity.
             * @example Opportunity
             * @enum {string}
             */
            objectType?: "Opportunity" | "Account";
            /**
             * @description Object ID
             * @example 0013601230sV7grAAC
             */
            objectId?: string;
            /** @description Object fields */
            fields?: components["schemas"]["ContextField"][];
            /**
             * @description Timing of object
             * @enum {string}
             */
            timing?: "Now" | "TimeOfCall";
        };
        /** @description Links to external systems such as CRM, Dialer, Case Management etc */
        CallContextDto: {
            /**
             * @description External system name. e.g. Salesforce
             * @example Salesforce
             * @enum {string}
             */
            system?: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects within the external system */
            objects?: components["schemas"]["ExternalCallObject"][];
        };
        /** @description External object data */
        PartyContextField: {
            /**
             * @description Field name. All custom fields are supported.
             * @example name
             */
            name?: string;
            /**
             * @description Object value
             * @example Gong Inc.
             */
            value?: string | number | boolean | Record<string, never> | unknown[];
        };
        /** @description External Object */
        ExternalPartyObject: {
            /**
             * @description Object Type. e.g. Lead
             * @example Contact
             * @enum {string}
             */
            objectType?: "Contact" | "User" | "Lead";
            /**
             * @description Object ID
             * @example 0013601230sV7grAAC
             */
            objectId?: string;
            /** @description Object fields */
            fields?: components["schemas"]["PartyContextField"][];
            /**
             * @description Timing of object
             * @enum {string}
             */
            timing?: "Now" | "TimeOfCall";
        };
        /** @description Links to external systems such as CRM, Dialer, Case Management etc */
        PartyContextDto: {
            /**
             * @description External system name. e.g. Salesforce
             * @example Salesforce
             * @enum {string}
             */
            system?: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects within the external system */
            objects?: components["schemas"]["ExternalPartyObject"][];
        };
        /** @description One of the call's participants. */
        Party: {
            /**
             * @description Unique ID of the participant in the call.
             * @example 56825452554556
             */
            id?: string;
            /**
             * @description Email address.
             * @example test@test.com
             */
            emailAddress?: string;
            /**
             * @description The name of the participant.
             * @example Test User
             */
            name?: string;
            /**
             * @description The job title of the participant
             * @example Enterprise Account Executive
             */
            title?: string;
            /**
             * @description The user ID of the participant within the Gong system, if the participant exists in the system.
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description Unique ID of a participant that spoke in the call. References to this id will appear in the '/v2/calls/transcript' endpoint response.
             * @example 6432345678555530067
             */
            speakerId?: string;
            /** @description A list of links to external systems such as CRM, Dialer, Case Management, etc. */
            context?: components["schemas"]["PartyContextDto"][];
            /**
             * @description Whether the participant is from the company or not.
             * @enum {string}
             */
            affiliation?: "Internal" | "External" | "Unknown";
            /**
             * @description The phone number of the participant.
             * @example +1 123-567-8989
             */
            phoneNumber?: string;
            /** @description Whether the participant was invited to the meeting or only attended the call. */
            methods?: ("Invitee" | "Attendee")[];
        };
        /** @description Agenda of the current part of the call */
        StructureDto: {
            /**
             * @description The agenda name
             * @example Meeting Setup
             */
            name?: string;
            /**
             * Format: int64
             * @description The duration of this part of the call
             * @example 67
             */
            duration?: number;
        };
        /** @description When a tracker term came up in the call, and who said it. */
        TrackerOccurrence: {
            /**
             * Format: double
             * @description The number of seconds from the beginning of the call when the tracker phrase was captured.
             * @example 32.56
             */
            startTime?: number;
            /**
             * @description Unique ID of the speaker in the call who said the tracker term. Same as the speakerID in the "parties" field and in the transcript.
             * @example 234599484848423
             */
            speakerId?: string;
        };
        /** @description Occurrences of one specific phrase within the tracker. */
        TrackerPhrase: {
            /**
             * Format: int32
             * @description The number of times this phrase was mentioned in the call.
             * @example 5
             */
            count?: number;
            /** @description Lists when each keyword tracker phrase was mentioned in the call. */
            occurrences?: components["schemas"]["TrackerOccurrence"][];
            /**
             * @description The specific phrase within the tracker (e.g., Walmart).
             * @example Walmart
             */
            phrase?: string;
        };
        /** @description A tracker found in the call. Trackers are collections of phrases defined in Gong for this company. */
        TrackerDto: {
            /**
             * @description The unique ID of the Tracker.
             * @example 56825452554556
             */
            id?: string;
            /**
             * @description The name of the Tracker (e.g., Stores).
             * @example Competitors
             */
            name?: string;
            /**
             * Format: int32
             * @description The number of times words in this Tracker occurred in the call.
             * @example 7
             */
            count?: number;
            /**
             * @description The type of the tracker - Keyword or Smart.
             * @example KEYWORD
             * @enum {string}
             */
            type?: "KEYWORD" | "SMART";
            /** @description Details when the smart or keyword tracker term came up in the call. The list does not specify each phrase defined in the tracker, rather it lists when any term relevant to the tracker was mentioned. Empty when keyword trackers are set to display each term in the tracker separately. */
            occurrences?: components["schemas"]["TrackerOccurrence"][];
            /** @description Details when each specific phrase defined in the keyword tracker came up in the call. Smart trackers are not listed. */
            phrases?: components["schemas"]["TrackerPhrase"][];
        };
        /** @description A topic of the call and its duration. */
        TopicDto: {
            /**
             * @description The name of the topic (e.g., Pricing).
             * @example Objections
             */
            name?: string;
            /**
             * Format: int32
             * @description The total time, in seconds, spent on this topic within the call.
             * @example 86
             */
            duration?: number;
        };
        /** @description An action item of the call. */
        PointOfInterest: {
            /**
             * Format: double
             * @description The number of seconds from the beginning of the call that the snippet start refers to.
             * @example 26
             */
            snippetStartTime?: number;
            /**
             * Format: double
             * @description The number of seconds from the beginning of the call that the snippet end refers to.
             * @example 26
             */
            snippetEndTime?: number;
            /**
             * @description Unique ID of the participant in the call.
             * @example 56825452554556
             */
            speakerID?: string;
            /**
             * @description The snippet including the action.
             * @example And I'll send you an invite with a link that you can use at that time as well.
             */
            snippet?: string;
        };
        /** @description Points of interest of the call. */
        PointsOfInterest: {
            /** @description A list of action items. */
            actionItems?: components["schemas"]["PointOfInterest"][];
        };
        /** @description An item of a call outline section. */
        CallOutlineItem: {
            /** @description The text of this section item. */
            text?: string;
            /**
             * Format: double
             * @description The starting time of this section item, in seconds from the start of the call.
             */
            startTime?: number;
        };
        /** @description A section of the call outline. */
        CallOutlineSection: {
            /** @description The name of this section of the call. */
            section?: string;
            /**
             * Format: double
             * @description The starting time of this section, in seconds, from the start of the call.
             */
            startTime?: number;
            /**
             * Format: double
             * @description The duration of this section, in seconds.
             */
            duration?: number;
            /** @description List of items of this section. */
            items?: components["schemas"]["CallOutlineItem"][];
        };
        /** @description A highlight item of the call. */
        CallHighlightsItem: {
            /** @description The text of the highlights section item. */
            text?: string;
            /** @description List of starting times of the highlights section item, in seconds from the start of the call. */
            startTimes?: number[];
        };
        /** @description A section of the call highlights. */
        CallHighlightsSection: {
            /** @description The title of the highlights section. */
            title?: string;
            /** @description List of highlight items of the call in this section. */
            items?: components["schemas"]["CallHighlightsItem"][];
        };
        /** @description The outcome of the call, as automatically set by Gong AI. Returned when it is available and contentSelector.exposedFields.content.callOutcome = true. */
        CallOutcome: {
            /**
             * @description The ID of the call outcome, as automatically set by Gong AI
             * @example MEETING_BOOKED
             */
            id?: string;
            /**
             * @description The category of the call outcome, as automatically set by Gong AI
             * @example Answered
             */
            category?: string;
            /**
             * @description The name of the call outcome, as automatically set by Gong AI
             * @example Meeting booked
             */
            name?: string;
        };
        /** @description A key point of the call. */
        CallKeyPoint: {
            /** @description The text of the key point. */
            text?: string;
        };
        /** @description Analysis of the interaction content. */
        ContentDto: {
            /** @description A list of the agenda of each part of the call. */
            structure?: components["schemas"]["StructureDto"][];
            /** @description A list of trackers found in the call. Trackers are collections of phrases defined in Gong for this company. */
            trackers?: components["schemas"]["TrackerDto"][];
            /** @description A list of topics and their durations. */
            topics?: components["schemas"]["TopicDto"][];
            /**
             * @deprecated
             * @description Deprecated: Gong's July 2026 document no longer lists it (the request flag contentSelector.exposedFields.content.pointsOfInterest is deprecated). Points of interest (action items) of the call, for calls that still return them.
             */
            pointsOfInterest?: components["schemas"]["PointsOfInterest"];
            /** @description The brief of the call. Returned when it is available and contentSelector.exposedFields.content.brief = true. */
            brief?: string;
            /** @description Outline of the call, divided into sections. Returned when it is available and contentSelector.exposedFields.content.outline = true. */
            outline?: components["schemas"]["CallOutlineSection"][];
            /** @description List of highlights of the call. Returned when it is available and contentSelector.exposedFields.content.highlights = true. */
            highlights?: components["schemas"]["CallHighlightsSection"][];
            callOutcome?: components["schemas"]["CallOutcome"];
            /** @description List of key points of the call. Returned when it is available and contentSelector.exposedFields.content.keyPoints = true. */
            keyPoints?: components["schemas"]["CallKeyPoint"][];
        };
        /** @description Talking duration */
        UserSpeaker: {
            /**
             * @description Unique ID of the participant in the call.
             * @example 56825452554556
             */
            id?: string;
            /**
             * @description User Id within the Gong system
             * @example 234599484848423
             */
            userId?: string;
            /**
             * Format: double
             * @description Talk duration in seconds
             * @example 145
             */
            talkTime?: number;
        };
        /** @description Interaction statistics */
        InteractionStatsDto: {
            /**
             * @description Stat name
             * @example Interactivity
             */
            name?: string;
            /**
             * @description Stat measurement
             * @example 56
             */
            value?: number;
        };
        /** @description Video statistics */
        VideoInteractionDto: {
            /**
             * @description Video segment type. Can have the values: 'Browser', 'Presentation', 'WebcamPrimaryUser', 'WebcamNonCompany', and 'Webcam'.
             *
             *     **'Browser'**: When the video segment shows a web browser.
             *
             *     **'Presentation'**: When the video segment shows a presentation (such as PowerPoint).
             *
             *     **'WebcamPrimaryUser'**: When the video segment shows the webcam of the primary user.
             *
             *     **'WebcamNonCompany'**: When the video segment shows webcam speakers that gong has identified as being non-company.
             *
             *     **'Webcam'**: When the video segment shows any webcam.
             * @example Browser
             */
            name?: string;
            /**
             * Format: float
             * @description Total video segments duration in seconds.
             * @example 218
             */
            duration?: number;
        };
        /** @description Question counts of the call. */
        Questions: {
            /**
             * Format: int32
             * @description The number of questions asked by company speakers.
             */
            companyCount?: number;
            /**
             * Format: int32
             * @description The number of questions asked by non-company speakers.
             */
            nonCompanyCount?: number;
        };
        /** @description Metrics collected around the interaction during the call. */
        InteractionMeasuresDto: {
            /** @description A list of the talk duration per speaker. */
            speakers?: components["schemas"]["UserSpeaker"][];
            /** @description A list of interaction statistics. Applicable values: 'Talk Ratio', 'Longest Monologue', 'Longest Customer Story', 'Interactivity', 'Patience'. */
            interactionStats?: components["schemas"]["InteractionStatsDto"][];
            /** @description A list of video statistics about what's presented and for how long. */
            video?: components["schemas"]["VideoInteractionDto"][];
            questions?: components["schemas"]["Questions"];
        };
        /** @description A public comment made for the call. */
        CommentDto: {
            /**
             * @description Unique identifier of the comment within the Gong's system.
             * @example 6843152929075440037
             */
            id?: string;
            /**
             * Format: float
             * @description The number of seconds from the beginning of the call that the comment start refers to.
             * @example 26
             */
            audioStartTime?: number;
            /**
             * Format: float
             * @description The number of seconds from the beginning of the call that the comment ends refers to.
             * @example 26
             */
            audioEndTime?: number;
            /**
             * @description Unique identifier of the user who wrote the comment.
             * @example 234599484848423
             */
            commenterUserId?: string;
            /**
             * @description The comment itself. The comment may contains person tagging in this format @[user name](user Id)
             * @example new comment
             */
            comment?: string;
            /**
             * Format: date-time
             * @description The date and time in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); in which the comment was posted.
             * @example 2018-02-17T10:30:00Z
             */
            posted?: string;
            /**
             * @description The unique identifier of the original comment in case the current comment is a reply to the original one.
             * @example 792390015966656336
             */
            inReplyTo?: string;
            /** @description True if the comment was written during the call, false if it was posted after the call. */
            duringCall?: boolean;
        };
        /** @description Collaboration information added to the call */
        CollaborationDto: {
            /** @description A list of public comments. */
            publicComments?: components["schemas"]["CommentDto"][];
        };
        /** @description The media urls of the call. */
        MediaDto: {
            /**
             * Format: url
             * @description If true and exist, add audio url of the call. The url will be available for 8 hours.
             */
            audioUrl?: string;
            /**
             * Format: url
             * @description If true and exist, add video url of the call. The url will be available for 8 hours.
             */
            videoUrl?: string;
        };
        /** @description A list with one entry per call. */
        CallData: {
            metaData?: components["schemas"]["CallBasicData"];
            /** @description A list of the agenda of each part of the call. */
            context?: components["schemas"]["CallContextDto"][];
            /** @description A list of the call's participants */
            parties?: components["schemas"]["Party"][];
            content?: components["schemas"]["ContentDto"];
            interaction?: components["schemas"]["InteractionMeasuresDto"];
            collaboration?: components["schemas"]["CollaborationDto"];
            media?: components["schemas"]["MediaDto"];
        };
        /** @description The body of a successful "Retrieve detailed call data by various filters" response. */
        ExtensiveCallsResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list with one entry per call. */
            calls?: components["schemas"]["CallData"][];
        };
        /** @description Filter parameters. */
        CallsFilter: {
            /**
             * @description Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) from which to list recorded calls. Returns calls that started on or after the specified date and time. If not provided, list starts with earliest call. The date applies to call start time.
             * @example 2018-02-17T02:30:00-08:00
             */
            fromDateTime?: string;
            /**
             * @description Date and time (in ISO-8601 format: '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC) until which to list recorded calls. Returns calls that started up to but excluding specified date and time. If not provided, list ends with most recent call. The date applies to call start time.
             * @example 2018-02-19T02:30:00-08:00
             */
            toDateTime?: string;
            /**
             * @description Optional Workspace identifier, if supplied the API will return only the calls belonging to this workspace.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description List of calls Ids to be filtered. If not supplied, returns all calls between fromDateTime and toDateTime.
             * @example [
             *       "7782342274025937895"
             *     ]
             */
            callIds?: string[];
        };
        /** @description The body of a "Retrieve transcripts of calls" request. */
        ListCallTranscriptsRequest: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["CallsFilter"];
        };
        /** @description A list of sentences spoken in the monologue. */
        Sentence: {
            /**
             * Format: int64
             * @description The starting time of the sentence, in milliseconds from the start of the call.
             * @example 460230
             */
            start?: number;
            /**
             * Format: int64
             * @description The end time of the sentence, in milliseconds from the start of the call.
             * @example 462343
             */
            end?: number;
            /**
             * @description The sentence.
             * @example No wait, I think we should check that out first.
             */
            text?: string;
        };
        /** @description List of monologues. */
        Monologue: {
            /**
             * @description Unique ID of the speaker. Cross-reference this with the 'speakerId' field of objects in the 'parties' array returned from endpoint '/v2/calls/extensive' to identify the participant.
             * @example 6432345678555530067
             */
            speakerId?: string;
            /**
             * @description The name of the topic.
             * @example Objections
             */
            topic?: string;
            /** @description A list of sentences spoken in the monologue. */
            sentences?: components["schemas"]["Sentence"][];
        };
        /** @description A list with one entry per call. */
        CallTranscript: {
            /**
             * @description Gong's unique numeric identifier for the call (up to 20 digits).
             * @example 7782342274025937895
             */
            callId?: string;
            /** @description List of monologues. */
            transcript?: components["schemas"]["Monologue"][];
        };
        /** @description The body of a successful "Retrieve transcripts of calls" response. */
        CallTranscripts: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list with one entry per call. */
            callTranscripts?: components["schemas"]["CallTranscript"][];
        };
        /** @description List of all association objects. */
        AssociationObject: {
            /**
             * @description CRM account Id.
             * @example a5V1Q00A120DP4CVAW
             */
            accountCrmId?: string;
            /**
             * @description CRM deal Id, if deal/opportunity was associated.
             * @example 0052Q00000qkGmgQBT
             */
            dealCrmId?: string;
        };
        /** @description Basic association details such as call Id, etc. */
        ManualAssociationsBasicData: {
            /**
             * @description Gong's unique numeric identifier for the call (up to 20 digits).
             * @example 7782342274025937895
             */
            callId?: string;
            /**
             * @description The user Id who performed the association.
             * @example 234599484848423
             */
            userId?: string;
            /**
             * Format: date-time
             * @description The association date.
             * @example 2018-02-17T10:30:00Z
             */
            created?: string;
            /** @description List of all association objects. */
            associatedCrmObjects?: components["schemas"]["AssociationObject"][];
        };
        /** @description The body of a successful "List all calls that were manually associated with CRM objects" response. */
        ManualAssociationResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one manual call association. */
            associations?: components["schemas"]["ManualAssociationsBasicData"][];
        };
        /** @description A call outcome defined for the company (set in the Dialer setup page). */
        CallOutcomeDefinition: {
            /**
             * @description The call outcome name.
             * @example Connected
             */
            callOutcome?: string;
            /**
             * Format: int32
             * @description The display order when selecting a call outcome at the end of a call.
             * @example 1
             */
            displayOrder?: number;
            /**
             * @description Indicates whether the call was connected or not. Possible values: Connected, Not connected.
             * @enum {string}
             */
            connectStatus?: "CONNECTED" | "NOT_CONNECTED";
            /**
             * @description The sentiment associated with the outcome (negative, positive, neutral).
             * @enum {string}
             */
            sentiment?: "POSITIVE" | "NEGATIVE" | "NEUTRAL";
            /**
             * @description Specifies how to handle to-do items for the call when this outcome is selected.
             * @enum {string}
             */
            todoAction?: "COMPLETE" | "COMPLETE_AND_REMOVE";
            /**
             * @description Specifies the automation to run when this outcome is selected.
             * @enum {string}
             */
            automation?: "MARK_AS_OPT_OUT";
            /**
             * @description The outcome category (for example, answered vs. not answered).
             * @enum {string}
             */
            category?: "ANSWERED" | "NOT_ANSWERED";
        };
        /** @description The body of a successful "List call outcomes" response. */
        CallOutcomesResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description The call outcomes of the company. */
            outcomes?: components["schemas"]["CallOutcomeDefinition"][];
        };
        /** @description Filter parameters. */
        MultipleUsersWithDates: {
            /**
             * @description The date (in the company's time zone) from which to list a user's activity. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD.
             * @example 2019-01-20
             */
            fromDate: string;
            /**
             * @description The date (in the company's time zone) until which to list a user's activity. This value is exclusive. This value should not exceed the current day. The date should be specified in the following format: YYYY-MM-DD.
             * @example 2019-01-21
             */
            toDate: string;
            /**
             * Format: date-time
             * @description A creation time lower limit, in the ISO-8601 format. Gong's reference page lists this field without a description.
             */
            createdFromDateTime?: string;
            /**
             * Format: date-time
             * @description A creation time upper limit, in the ISO-8601 format. Gong's reference page lists this field without a description.
             */
            createdToDateTime?: string;
            /**
             * @description Set of Gong's unique numeric identifiers for the users (up to 20 digits).
             * @example [
             *       "234599484848423"
             *     ]
             */
            userIds?: string[];
        };
        /** @description The body of a "Retrieve interaction stats for applicable users by date", "Retrieve daily activity for applicable users for a date range" or "Retrieve aggregated activity for defined users by date" request. */
        MultipleUsersWithDatesRequest: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["MultipleUsersWithDates"];
        };
        /** @description One interaction statistic of a user. */
        InteractionStat: {
            /**
             * @description Stat name
             * @example Interactivity
             */
            name?: string;
            /**
             * Format: double
             * @description Stat measurement (Can be either a double or integer)
             * @example 9.23
             */
            value?: number;
        };
        /** @description A list of interaction statistics. Applicable values: 'Longest Monologue', 'Longest Customer Story', 'Interactivity', 'Patience', 'Question Rate'. */
        InteractionStats: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            userEmailAddress?: string;
            /** @description The user's interaction statistics, one item per stat. */
            personInteractionStats?: components["schemas"]["InteractionStat"][];
        };
        /** @description The body of a successful "Retrieve interaction stats for applicable users by date" response. */
        CompanyUsersInteractionStatsResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list of interaction statistics. Applicable values: 'Longest Monologue', 'Longest Customer Story', 'Interactivity', 'Patience', 'Question Rate'. */
            peopleInteractionStats?: components["schemas"]["InteractionStats"][];
            /**
             * @description The company's defined timezone in Gong.
             * @example US/Pacific
             */
            timeZone?: string;
            /**
             * @description The date and time in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC, when the list of results ends.
             * @example 2019-01-21T00:00:00-08:00
             */
            toDateTime?: string;
            /**
             * @description The date and time in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC, when the list of results starts.
             * @example 2019-01-20T00:00:00-08:00
             */
            fromDateTime?: string;
        };
        /** @description Filter parameters. */
        AnsweredScorecardsFilter: {
            /**
             * @description The date (in the company's time zone) of the call from when to list calls. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it starts with the earliest recorded call.
             * @example 2019-01-20
             */
            callFromDate?: string;
            /**
             * @description The date (in the company's time zone) of the call until when to list calls. This value is exclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it ends with the latest recorded call.
             * @example 2019-01-25
             */
            callToDate?: string;
            /**
             * @description The review date (in the company's time zone) from when to list calls. This value is inclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it starts with the earliest reviewed call.
             * @example 2019-01-20
             */
            reviewFromDate?: string;
            /**
             * @description The review date (in the company's time zone) until when to list calls. This value is exclusive. The date should be specified in the following format: YYYY-MM-DD; if not specified, it ends with the latest reviewed call.
             * @example 2019-01-25
             */
            reviewToDate?: string;
            /**
             * @description Select whether to return scorecards that have been reviewed manually, automatically, or both. Default value: MANUAL
             * @default MANUAL
             * @example MANUAL
             * @enum {string}
             */
            reviewMethod: "AUTOMATIC" | "BOTH" | "MANUAL";
            /**
             * @description List of user Ids of the team members being reviewed. If not specified, it returns all answered scorecards in the corresponding filter.
             * @example [
             *       "234599484848423"
             *     ]
             */
            reviewedUserIds?: string[];
            /**
             * @description List of scorecards Ids. If not specified, it returns all answered scorecards in the corresponding filter.
             * @example [
             *       "6843152929075440037"
             *     ]
             */
            scorecardIds?: string[];
        };
        /** @description The body of a "Retrieve answered scorecards for applicable reviewed users or scorecards for a date range" request. */
        AnsweredScorecardsRequest: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["AnsweredScorecardsFilter"];
        };
        /** @description The answers in the answered scorecard. */
        Answer: {
            /**
             * Format: int64
             * @description The identifier of the question.
             */
            questionId?: string;
            /**
             * Format: int64
             * @description The identifier of the revision version of the question.
             * @example 4395522475321111
             */
            questionRevisionId?: string;
            /**
             * @description If the question is the main overall question or not.
             * @example true
             */
            isOverall?: boolean;
            /**
             * Format: int32
             * @description Score between 1 to 50, if answered. Null otherwise.
             * @example 4
             */
            score?: number | null;
            /**
             * @description The answer's text, if answered. Null otherwise.
             * @example Done a great job. Scheduled a follow-up demo.
             */
            answerText?: string | null;
            /**
             * @description If the question is irrelevant for the call.
             * @example false
             */
            notApplicable?: boolean;
            /**
             * @description The identifier of the options selected. Null otherwise
             * @example [
             *       "1",
             *       "3"
             *     ]
             */
            selectedOptions?: string[] | null;
        };
        /** @description A list, in which each item contains one answered scorecard. */
        AnsweredScorecard: {
            /**
             * Format: int64
             * @description The identifier of the answer of the scorecard.
             * @example 563515258458745
             */
            answeredScorecardId?: string;
            /**
             * Format: int64
             * @description The identifier of the scorecard.
             * @example 6843152929075440
             */
            scorecardId?: string;
            /**
             * @description Scorecard name.
             * @example SDR Call Scorecard
             */
            scorecardName?: string;
            /**
             * Format: int64
             * @description Gong's unique numeric identifier for the call (up to 20 digits).
             * @example 7782342274025937
             */
            callId?: string;
            /**
             * Format: date-time
             * @description The date and time when the call was recorded in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T10:30:00Z
             */
            callStartTime?: string;
            /**
             * Format: int64
             * @description The user Id of the team member being reviewed, who hosted the call.
             * @example 234599484848423
             */
            reviewedUserId?: string;
            /**
             * Format: int64
             * @description The user Id of the team member who answered the scorecard for the call, if the scorecard reviewMethod is AUTOMATIC this id would be null
             * @example 563515258458745
             */
            reviewerUserId?: string | null;
            /**
             * Format: int64
             * @description The user Id of the last team member to edit the answer. Null when no-one has edited the scorecard, or when the original team member to fill in the scorecard has edited the answers.
             * @example 733525198384216
             */
            editorUserId?: string | null;
            /**
             * @description The method used to review the scorecard.
             * @example MANUAL
             * @enum {string}
             */
            reviewMethod?: "AUTOMATIC" | "MANUAL";
            /**
             * Format: date-time
             * @description The date and time when the review was completed and published in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T10:30:00Z
             */
            reviewTime?: string;
            /**
             * @description The visibility of the answered scorecard.
             * @example PUBLIC
             * @enum {string}
             */
            visibilityType?: "PUBLIC" | "PRIVATE" | "OPT_IN_USERS" | "MANAGERS" | "MANAGERS_AND_REVIEWEE";
            /** @description The answers in the answered scorecard. */
            answers?: components["schemas"]["Answer"][];
        };
        /** @description The body of a successful "Retrieve answered scorecards for applicable reviewed users or scorecards for a date range" response. */
        AnsweredScorecards: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item contains one answered scorecard. */
            answeredScorecards?: components["schemas"]["AnsweredScorecard"][];
        };
        /** @description User daily activity */
        DailyActivityWithDates: {
            /**
             * @description List of IDs of calls in which this user is the host.
             * @example [
             *       "348056639626337006"
             *     ]
             */
            callsAsHost?: string[];
            /**
             * @description List of IDs of calls where the user gave feedback.
             * @example [
             *       "5580564522626337006"
             *     ]
             */
            callsGaveFeedback?: string[];
            /**
             * @description List of IDs of calls where the user requested feedback.
             * @example [
             *       "342556337006"
             *     ]
             */
            callsRequestedFeedback?: string[];
            /**
             * @description List of IDs of calls where the user received feedback.
             * @example [
             *       "342556337006"
             *     ]
             */
            callsReceivedFeedback?: string[];
            /**
             * @description List of IDs of the user's own calls, that the user listened to.
             * @example [
             *       "4553256639626337006"
             *     ]
             */
            ownCallsListenedTo?: string[];
            /**
             * @description List of IDs of calls, not belonging to this user, that the user listened to.
             * @example [
             *       "56305663962633755"
             *     ]
             */
            othersCallsListenedTo?: string[];
            /**
             * @description List of IDs of calls the user shared with other users inside the company.
             * @example [
             *       "37555663966526337006"
             *     ]
             */
            callsSharedInternally?: string[];
            /**
             * @description List of IDs of calls the user shared with people outside the company.
             * @example [
             *       "4563962633756"
             *     ]
             */
            callsSharedExternally?: string[];
            /**
             * @description List of IDs of calls in which this user is participant (not host)
             * @example [
             *       "45783962636582"
             *     ]
             */
            callsAttended?: string[];
            /**
             * @description List of IDs of calls in which a user gave at least one comment.
             * @example [
             *       "45663345636581"
             *     ]
             */
            callsCommentsGiven?: string[];
            /**
             * @description List of IDs of calls in which a user received at least one comment on the users calls.
             * @example [
             *       "45663962636582"
             *     ]
             */
            callsCommentsReceived?: string[];
            /**
             * @description List of IDs of calls in which someone pressed the "Mark as reviewed".
             * @example [
             *       "45663962636581"
             *     ]
             */
            callsMarkedAsFeedbackGiven?: string[];
            /**
             * @description List of IDs of calls in which someone pressed the "Mark as reviewed" on the users calls.
             * @example [
             *       "45663388836581"
             *     ]
             */
            callsMarkedAsFeedbackReceived?: string[];
            /**
             * @description List of IDs of calls in which the user filled scorecards.
             * @example [
             *       "45663962636582"
             *     ]
             */
            callsScorecardsFilled?: string[];
            /**
             * @description List of IDs of calls in which someone filled a scorecard on the users calls.
             * @example [
             *       "45663962636581"
             *     ]
             */
            callsScorecardsReceived?: string[];
            /**
             * @description The start of the day in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-20T00:00:00-08:00
             */
            fromDate?: string;
            /**
             * @description The end of the day in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-21T00:00:00-08:00
             */
            toDate?: string;
        };
        /** @description A list, in which each item contains one user's activity. */
        UserDayByDayActivity: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            userEmailAddress?: string;
            /** @description Array of daily activity records, one for every day in the date range. */
            userDailyActivityStats?: components["schemas"]["DailyActivityWithDates"][];
        };
        /** @description The body of a successful "Retrieve daily activity for applicable users for a date range" response. */
        UsersDayByDayActivity: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item contains one user's activity. */
            usersDetailedActivities?: components["schemas"]["UserDayByDayActivity"][];
        };
        /** @description Aggregated activity for a user within a time period */
        AggregateActivity: {
            /**
             * Format: int32
             * @description The number of recorded calls this user hosted.
             * @example 20
             */
            callsAsHost?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user gave feedback on.
             * @example 35
             */
            callsGaveFeedback?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user requested feedback on.
             * @example 77
             */
            callsRequestedFeedback?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user received feedback on.
             * @example 67
             */
            callsReceivedFeedback?: number;
            /**
             * Format: int32
             * @description The number of the user's own calls the user listened to.
             * @example 668
             */
            ownCallsListenedTo?: number;
            /**
             * Format: int32
             * @description The number of other users' calls the user listened to.
             * @example 96
             */
            othersCallsListenedTo?: number;
            /**
             * Format: int32
             * @description The number of calls the user shared with others inside the company.
             * @example 478
             */
            callsSharedInternally?: number;
            /**
             * Format: int32
             * @description The number of calls the user shared with others outside the company.
             * @example 75
             */
            callsSharedExternally?: number;
            /**
             * Format: int32
             * @description The number of scorecards the user completed.
             * @example 876
             */
            callsScorecardsFilled?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone filled a scorecard on the user's calls.
             * @example 876
             */
            callsScorecardsReceived?: number;
            /**
             * Format: int32
             * @description The number of calls in which this user is participant (not host).
             * @example 46
             */
            callsAttended?: number;
            /**
             * Format: int32
             * @description The number of calls in which a user gave at least one comment.
             * @example 21
             */
            callsCommentsGiven?: number;
            /**
             * Format: int32
             * @description The number of calls in which a user received at least one comment on the users calls.
             * @example 13
             */
            callsCommentsReceived?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone pressed the "Mark as reviewed".
             * @example 24
             */
            callsMarkedAsFeedbackGiven?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone pressed the “Mark as reviewed” on the users calls.
             * @example 35
             */
            callsMarkedAsFeedbackReceived?: number;
        };
        /** @description A list, in which each item specifies one user's activities. */
        UserActivity: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            userEmailAddress?: string;
            userAggregateActivityStats?: components["schemas"]["AggregateActivity"];
        };
        /** @description The body of a successful "Retrieve aggregated activity for defined users by date" response. */
        CompanyUsersAggregateActivityResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one user's activities. */
            usersAggregateActivityStats?: components["schemas"]["UserActivity"][];
            /**
             * @description The company's defined timezone in Gong.
             * @example US/Pacific
             */
            timeZone?: string;
            /**
             * @description The date and time in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC, when the list of results ends.
             * @example 2019-01-21T00:00:00-08:00
             */
            toDateTime?: string;
            /**
             * @description The date and time in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC, when the list of results starts.
             * @example 2019-01-20T00:00:00-08:00
             */
            fromDateTime?: string;
        };
        /** @description The body of a "Retrieve aggregated activity for defined users by a date range with grouping in time periods" request. */
        RequestWithTimePeriod: {
            /**
             * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
             * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
             */
            cursor?: string;
            filter: components["schemas"]["MultipleUsersWithDates"];
            /**
             * @description Calendar time period for aggregating data. Note: First day of the week is Monday.
             * @example DAY
             * @enum {string}
             */
            aggregationPeriod: "DAY" | "WEEK" | "MONTH" | "QUARTER" | "YEAR";
        };
        /** @description Aggregated activity for a user within a time period */
        AggregateActivityWithDates: {
            /**
             * Format: int32
             * @description The number of recorded calls this user hosted.
             * @example 20
             */
            callsAsHost?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user gave feedback on.
             * @example 35
             */
            callsGaveFeedback?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user requested feedback on.
             * @example 77
             */
            callsRequestedFeedback?: number;
            /**
             * Format: int32
             * @description The number of recorded calls the user received feedback on.
             * @example 67
             */
            callsReceivedFeedback?: number;
            /**
             * Format: int32
             * @description The number of the user's own calls the user listened to.
             * @example 668
             */
            ownCallsListenedTo?: number;
            /**
             * Format: int32
             * @description The number of other users' calls the user listened to.
             * @example 96
             */
            othersCallsListenedTo?: number;
            /**
             * Format: int32
             * @description The number of calls the user shared with others inside the company.
             * @example 478
             */
            callsSharedInternally?: number;
            /**
             * Format: int32
             * @description The number of calls the user shared with others outside the company.
             * @example 75
             */
            callsSharedExternally?: number;
            /**
             * Format: int32
             * @description The number of scorecards the user completed.
             * @example 876
             */
            callsScorecardsFilled?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone filled a scorecard on the user's calls.
             * @example 876
             */
            callsScorecardsReceived?: number;
            /**
             * Format: int32
             * @description The number of calls in which this user is participant (not host).
             * @example 46
             */
            callsAttended?: number;
            /**
             * Format: int32
             * @description The number of calls in which a user gave at least one comment.
             * @example 21
             */
            callsCommentsGiven?: number;
            /**
             * Format: int32
             * @description The number of calls in which a user received at least one comment on the users calls.
             * @example 13
             */
            callsCommentsReceived?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone pressed the "Mark as reviewed".
             * @example 24
             */
            callsMarkedAsFeedbackGiven?: number;
            /**
             * Format: int32
             * @description The number of calls in which someone pressed the “Mark as reviewed” on the users calls.
             * @example 35
             */
            callsMarkedAsFeedbackReceived?: number;
            /**
             * @description The start of the period, or the request filter's fromDate for the first period in the range, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-20T00:00:00-08:00
             */
            fromDate?: string;
            /**
             * @description The end of the period, or the request filter's toDate for the last period in the range, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-21T00:00:00-08:00
             */
            toDate?: string;
        };
        /** @description A list, in which each item contains details of one user's activities. */
        UserAggregateByPeriodActivities: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            userEmailAddress?: string;
            /** @description A list, in which each item contains aggregate user activity for consecutive time periods in the date range. */
            userAggregateActivity?: components["schemas"]["AggregateActivityWithDates"][];
        };
        /** @description The body of a successful "Retrieve aggregated activity for defined users by a date range with grouping in time periods" response. */
        UsersAggregateByPeriodActivity: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item contains details of one user's activities. */
            usersAggregateActivity?: components["schemas"]["UserAggregateByPeriodActivities"][];
        };
        /** @description A list, in which each item provides a workspace metadata. */
        WorkspaceMetadata: {
            /**
             * @description Gong's unique numeric identifier for the workspace (up to 20 digits).
             * @example 623457276584334
             */
            id?: string;
            /**
             * @description The name of the workspace.
             * @example Some Workspace
             */
            name?: string;
            /**
             * @description The description of the workspace.
             * @example This is one of our workspaces
             */
            description?: string;
        };
        /** @description The body of a successful "List all company workspaces" response. */
        WorkspacesResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item provides a workspace metadata. */
            workspaces?: components["schemas"]["WorkspaceMetadata"][];
        };
        /** @description The tracker keywords definition. */
        TrackerLanguageKeyword: {
            /**
             * @description The ISO 639-2/B language code for the language the keywords are in. When set to "mul" (ISO 639-2/B code for multiple languages), the keywords are relevant for all languages.
             * @example ukr
             */
            language?: string;
            /** @description A list of words and phrases in the specified language. */
            keywords?: string[];
            /**
             * @description When true the tracker identifies words in different forms, for example, if the keyword is "organize", "organized" and "organizes" are also included.
             * @example false
             */
            includeRelatedForms?: boolean;
        };
        /** @description The definition of a tracker. */
        KeywordTracker: {
            /**
             * @description The unique identifier of the tracker.
             * @example 6840000929075400007
             */
            trackerId?: string;
            /**
             * @description The name of the tracker.
             * @example Competitors
             */
            trackerName?: string;
            /**
             * @description The id of the workspace the tracker is in.
             * @example 623457276584334
             */
            workspaceId?: string;
            /** @description The words and phrases defined for the tracker. Each languagueKeywords object contains the words and phrases defined in the specified language. */
            languageKeywords?: components["schemas"]["TrackerLanguageKeyword"][];
            /**
             * @description Sets whether to track the keywords when said by people affiliated to a specific company. Options are: "Anyone", "Company", "NonCompany".
             * @example NonCompany
             * @enum {string}
             */
            affiliation?: "Anyone" | "Company" | "NonCompany";
            /**
             * @description When true, only looks for the keywords when they are part of a question.
             * @example false
             */
            partOfQuestion?: boolean;
            /**
             * @description Sets whether the words and phrases are tracked at the beginning, end or anytime in a call. Options are: "Anytime", "First", or "Last". For “First” and “Last” see the saidAtInterval and saidAtUnit fields to see how long to track the keywords for.
             * @example Anytime
             * @enum {string}
             */
            saidAt?: "Anytime" | "First" | "Last";
            /**
             * Format: int32
             * @description Sets the period of time to check if the words or phrases came up in the call (according to the saidAt setting). This can be either minutes or percent depending on the value in the saidAtUnit parameter.
             */
            saidAtInterval?: number;
            /**
             * @description Sets whether the time to look for keywords is in minutes or a percentage of the call duration (according to the saidAt setting).
             * @example minutes
             */
            saidAtUnit?: string;
            /** @description Sets the topics in the call the tracker terms should be picked up in. */
            saidInTopics?: string[];
            /**
             * @deprecated
             * @description Deprecated: Gong's July 2026 document no longer lists it. Sets the parts of the call to look for the keyword trackers in.
             */
            saidInCallParts?: string[];
            /**
             * @description A filter that defines which calls to include when searching for the keyword tracker. The filter is in JSON and is in the URL of the search page. Example: a filter for all outbound calls { "type": "And", "filters": [ { "type": "CallDirection", "terms": ["OUTBOUND"] } ] }
             * @example {"type":"And","filters":[{"type":"CallDirection","terms":["OUTBOUND"]}]}
             */
            filterQuery?: string;
            /**
             * @description Sets the date and time the tracker was created, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T02:30:00-08:00
             */
            created?: string;
            /**
             * @description The Id of the team member who created the tracker. Null when the tracker is built-in.
             * @example 234599484848423
             */
            creatorUserId?: string | null;
            /**
             * @description The date and time the tracker settings were last updated, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T02:30:00-08:00
             */
            updated?: string;
            /**
             * @description The Id of the team member who updated the tracker. Null when the tracker is built-in.
             * @example 234599484848423
             */
            updaterUserId?: string | null;
        };
        /** @description The body of a successful "Retrieve tracker details" response. */
        TrackersResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list of keyword trackers. */
            keywordTrackers?: components["schemas"]["KeywordTracker"][];
        };
        /** @description The answer options in case of multi-select or single-select type question. Null otherwise. */
        ScorecardQuestionOption: {
            /**
             * Format: int32
             * @description The identifier of the option.
             * @example 1
             */
            id?: number;
            /**
             * @description The option’s text.
             * @example The SDR did not mention the product
             */
            text?: string;
        };
        /** @description The questions in the scorecard. */
        ScorecardQuestion: {
            /**
             * Format: int64
             * @description The identifier for the question.
             */
            questionId?: string;
            /**
             * Format: int64
             * @description The identifier for the revision version of the question.
             * @example 4395522475321111
             */
            questionRevisionId?: string;
            /**
             * @description The question's text.
             * @example How do you evaluate the SDR's overall performance in the call?
             */
            questionText?: string;
            /**
             * @description If the question is the main overall question.
             * @example false
             */
            isOverall?: boolean;
            /**
             * @description The type of question.
             * @example RANGE
             */
            questionType?: string;
            /**
             * @description The guide for answering the question.
             * @example Answer is in the small talk
             */
            answerGuide?: string;
            /**
             * Format: int32
             * @description The minimum value that can be selected in the answer. Null for questions with no range.
             * @example 0
             */
            minRange?: number | null;
            /**
             * Format: int32
             * @description The maximum value that can be selected in the answer. Null for questions with no range.
             * @example 50
             */
            maxRange?: number | null;
            /** @description The answer options in case of multi-select or single-select type question. Null otherwise. */
            answerOptions?: components["schemas"]["ScorecardQuestionOption"][] | null;
        };
        /** @description A list, in which each item contains one scorecard. */
        Scorecard: {
            /**
             * Format: int64
             * @description The identifier of the scorecard.
             * @example 6843152929075440
             */
            scorecardId?: string;
            /**
             * @description Scorecard name.
             * @example SDR Call Scorecard
             */
            scorecardName?: string;
            /**
             * Format: int64
             * @description Scorecard workspaceId.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description If the scorecard is enabled or not.
             * @example true
             */
            enabled?: boolean;
            /**
             * Format: int64
             * @description The user Id of the team member that updated the scorecard.
             * @example 234599484848423
             */
            updaterUserId?: string;
            /**
             * Format: date-time
             * @description The date and time when the scorecard was created in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T10:30:00Z
             */
            created?: string;
            /**
             * Format: date-time
             * @description The date and time when the scorecard was updated in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-19T10:30:00Z
             */
            updated?: string;
            /**
             * @description The method used to review the scorecard.
             * @enum {string}
             */
            reviewMethod?: "AUTOMATIC" | "MANUAL";
            /** @description The questions in the scorecard. */
            questions?: components["schemas"]["ScorecardQuestion"][];
        };
        /** @description The body of a successful "Retrieve scorecards details" response. */
        ScorecardsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item contains one scorecard. */
            scorecards?: components["schemas"]["Scorecard"][];
        };
        /** @description The settings of an AI brief. */
        Brief: {
            /**
             * @description The unique identifier of the brief.
             * @example 8467340029583711
             */
            briefId?: string;
            /**
             * @description The name of the brief.
             * @example Account overview
             */
            briefName?: string;
            /**
             * @description The id of the workspace the brief is in.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description The description of the brief.
             * @example A summary of the account's recent conversations, for account reviews.
             */
            description?: string;
            /**
             * @description Indicates whether the brief is published. Options are: "Published", "Not published".
             * @example Published
             * @enum {string}
             */
            status?: "Published" | "Not published";
            /**
             * @description The name of the team member who created the brief.
             * @example Jon Snow
             */
            creator?: string;
            /**
             * @description The id of the team member who created the brief.
             * @example 234599484848423
             */
            creatorUserId?: string;
            /**
             * Format: date-time
             * @description The date and time the brief was created, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T02:30:00-08:00
             */
            created?: string;
            /**
             * Format: date-time
             * @description The date and time the brief was last updated, in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2018-02-17T02:30:00-08:00
             */
            updated?: string;
        };
        /** @description The body of a successful "Retrieve AI brief settings" response. */
        BriefsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list of AI briefs. */
            briefs?: components["schemas"]["Brief"][];
        };
        /** @description Basic details such as sub-folders, title, etc. */
        LibraryFolder: {
            /**
             * @description Gong's unique numeric identifier for a library's folder (up to 20 digits).
             * @example 3843152912968920037
             */
            id?: string;
            /**
             * @description Display name of the folder.
             * @example Sales Onboarding
             */
            name?: string;
            /**
             * @description Gong's unique numeric identifier for library's parent folder (null for root folder).
             * @example 295738305212375930
             */
            parentFolderId?: string | null;
            /**
             * @description Gong's unique numeric identifier for the user who added the folder.
             * @example 234599484848423
             */
            createdBy?: string;
            /**
             * Format: date-time
             * @description Folder's last update time in the ISO-8601 format (e.g., '2020-03-14T05:30:00-08:00').
             * @example 2020-03-14T13:30:00Z
             */
            updated?: string;
        };
        /** @description The body of a successful "Retrieve Library folders" response. */
        LibraryResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item specifies one folder. */
            folders?: components["schemas"]["LibraryFolder"][];
        };
        /** @description Snippet of call */
        Snippet: {
            /**
             * Format: int32
             * @description Call snippet start in seconds relative to the call start time. For example 305 is a snippet that starts after 5 minutes and 5 seconds after the beginning of the call.
             * @example 21
             */
            fromSec?: number;
            /**
             * Format: int32
             * @description Call snippet end in seconds relative to the call start time. For example 900 means that this snippet ends after exactly 15 minutes after the beginning of the call.
             * @example 132
             */
            toSec?: number;
        };
        /** @description Basic details such as id, title, notes, etc. */
        LibraryCall: {
            /**
             * @description Gong's unique numeric identifier of a call (up to 20 digits).
             * @example 7782342274025937895
             */
            id?: string;
            /**
             * @description The title of the call.
             * @example Example call
             */
            title?: string;
            /**
             * @description A note attached to the call in the folder. The note is optional.
             * @example sample note
             */
            note?: string;
            /**
             * @description Gong's unique numeric identifier for the user who added the call to folder.
             * @example 234599484848423
             */
            addedBy?: string;
            /**
             * Format: date-time
             * @description The date and time when the call was added to folder in the ISO-8601 format (e.g., '2020-01-12T14:30:00-08:00').
             * @example 2020-01-12T22:30:00Z
             */
            created?: string;
            /**
             * @description URL of the call.
             * @example https://app.gong.io/call?id=3636865806219496180&highlights=%5B%7B%22to%22%3A+3240%2C+%22from%22%3A+1200%2C+%22type%22%3A+%22LIBRARY%22%7D%5D
             */
            url?: string;
            snippet?: components["schemas"]["Snippet"];
        };
        /** @description The body of a successful "List of calls in a specific folder" response. */
        LibraryFolderListOfCallsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description Gong's unique numeric identifier for a library's folder (up to 20 digits).
             * @example 3843152912968920037
             */
            id?: string;
            /**
             * @description Display name of the folder.
             * @example Sales Onboarding
             */
            name?: string;
            /**
             * @description Gong's unique numeric identifier for the user who added the folder.
             * @example 234599484848423
             */
            createdBy?: string;
            /**
             * Format: date-time
             * @description Folder's last update time in the ISO-8601 format (e.g., '2020-03-14T05:30:00-08:00').
             * @example 2020-03-14T13:30:00Z
             */
            updated?: string;
            /** @description A list, in which each item represents one library call. */
            calls?: components["schemas"]["LibraryCall"][];
        };
        /** @description A list, in which each item specifies one log. */
        LogEntry: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits), if available.
             * @example 234599484848423
             */
            userId?: string;
            /**
             * @description The email address of the user, if available.
             * @example test@test.com
             */
            userEmailAddress?: string;
            /**
             * @description The full name of the user, if available.
             * @example Jon Snow
             */
            userFullName?: string;
            /**
             * @description Gong's unique numeric identifier for the impersonating user (up to 20 digits), if available.
             * @example 234599484848423
             */
            impersonatorUserId?: string;
            /**
             * @description The email address of the impersonating user, if available.
             * @example test@test.com
             */
            impersonatorEmailAddress?: string;
            /**
             * @description The full name of the impersonating user, if available.
             * @example Jon Snow
             */
            impersonatorFullName?: string;
            /**
             * @description Gong's unique numeric identifier for the impersonating user's company id (up to 20 digits), if available.
             * @example 234599484848423
             */
            impersonatorCompanyId?: string;
            /**
             * @description The time in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); when log was created.
             * @example 2018-02-17T02:30:00-08:00
             */
            eventTime?: string;
            /** @description The list of log fields and associated values. This element will be populated dynamically by the log record, depending on the type of log. */
            logRecord?: {
                [key: string]: Record<string, never>;
            };
        };
        /** @description The body of a successful "Retrieve logs data by type and time range" response. */
        LogsResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one log. */
            logEntries?: components["schemas"]["LogEntry"][];
        };
        /** @description A Gong user in the coaching data (a manager or one of the manager's direct reports). */
        CoachingUser: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            id?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            emailAddress?: string;
            /**
             * @description The first name of the Gong user.
             * @example Jon
             */
            firstName?: string;
            /**
             * @description The last name of the Gong user.
             * @example Snow
             */
            lastName?: string;
            /**
             * @description The job title of the Gong user.
             * @example Enterprise Account Executive
             */
            title?: string;
        };
        /** @description The coaching metrics of one of the manager's direct reports. */
        CoachingRepData: {
            report?: components["schemas"]["CoachingUser"];
            /** @description The direct report's coaching metrics, keyed by metric name; each value is a set of strings. */
            metrics?: {
                [key: string]: string[];
            };
        };
        /** @description A list, in which each item specifies one managers coaching data */
        CoachingMetricsData: {
            manager?: components["schemas"]["CoachingUser"];
            /** @description The coaching metrics of each of the manager's direct reports. */
            directReportsMetrics?: components["schemas"]["CoachingRepData"][];
        };
        /** @description The body of a successful "List all coaching metrics" response. */
        CoachingMetrics: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item specifies one managers coaching data */
            coachingData?: components["schemas"]["CoachingMetricsData"][];
        };
        /** @description An access permission (calls, deals, coaching, insights, usage, emails or forecast) with its permission access scope and the team leads that populate the managers-team permission level. */
        AccessWithPermissionLevel: {
            /**
             * @description Permission access scope.
             * @example managers-team
             * @enum {string}
             */
            permissionLevel?: "all" | "managers-team" | "report-to-them" | "own" | "none";
            /**
             * @description List of user IDs to populate the managers-team permission level
             *
             *     You can retrieve the user ids by using the “Users” API.
             * @example [
             *       "295738305212375930"
             *     ]
             */
            teamLeadIds?: string[];
        };
        /** @description Library folder access permission. */
        LibraryFolderAccess: {
            /**
             * @description Library folder permission level - mandatory value.
             * @example specific-folders
             * @enum {string}
             */
            permissionLevel?: "none" | "all" | "specific-folders";
            /**
             * @description List of library folder Ids, if set, "permissionLevel" must not be "none".
             * @example [
             *       "3843152912968920037"
             *     ]
             */
            libraryFolderIds?: string[];
            /**
             * @description A user with this profile can manage public folder, if set, "permissionLevel" must not be "none".
             * @example true
             */
            managePublicFolder?: boolean;
            /**
             * @description A user with this profile can manage streams, if set, "permissionLevel" must not be "none".
             * @example true
             */
            manageStreams?: boolean;
            /**
             * @description A user with this profile can add calls to folders, archive calls, if set, "permissionLevel" must not be "none".
             * @example true
             */
            manageFolderCalls?: boolean;
            /**
             * @description A user with this profile can share folders and streams from Your Library with other team members, if set, "permissionLevel" must not be "none".
             * @example true
             */
            shareFoldersAndStreams?: boolean;
        };
        /** @description All forecast permissions. */
        ForecastPermissions: {
            /** @description User can view forecast submissions. */
            forecastAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description User can edit forecasts submissions. */
            forecastEditSubmissions?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description User can edit forecast Targets. */
            forecastEditTargets?: components["schemas"]["AccessWithPermissionLevel"];
        };
        /** @description Permission profile */
        PermissionProfile: {
            /**
             * @description Unique numeric identifier of the permission profile (up to 20 digits).
             * @example 3843152912968920037
             */
            id?: string;
            /**
             * @description Permission profile name.
             * @example Profile
             */
            name?: string;
            /**
             * @description Permission profile description.
             * @example Description
             */
            description?: string;
            /** @description Calls access permission. */
            callsAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description Library folder access permission. */
            libraryFolderAccess?: components["schemas"]["LibraryFolderAccess"];
            /** @description Deals access permission. */
            dealsAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description All forecast permissions. */
            forecastPermissions?: components["schemas"]["ForecastPermissions"];
            /** @description Coaching access permission. */
            coachingAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description Insights access permission. */
            insightsAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description Usage access permission. */
            usageAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /** @description Emails access permission. */
            emailsAccess?: components["schemas"]["AccessWithPermissionLevel"];
            /**
             * @description User can score calls.
             * @example true
             */
            scoreCalls?: boolean;
            /**
             * @description User can override someone else score.
             * @example true
             */
            overrideScore?: boolean;
            /**
             * @description User can download call media.
             * @example true
             */
            downloadCallMedia?: boolean;
            /**
             * @description User can share calls with customers.
             * @example true
             */
            shareCallsWithCustomers?: boolean;
            /**
             * @description User can manually schedule and upload calls.
             * @example true
             */
            manuallyScheduleAndUploadCalls?: boolean;
            /**
             * @description User can set their own calls as private.
             * @example true
             */
            privateCalls?: boolean;
            /**
             * @description User can delete calls.
             * @example true
             */
            deleteCalls?: boolean;
            /**
             * @description User can trim calls.
             * @example true
             */
            trimCalls?: boolean;
            /**
             * @description User can listen in calls.
             * @example true
             */
            listenInCalls?: boolean;
            /**
             * @description User can delete emails.
             * @example true
             */
            deleteEmails?: boolean;
            /**
             * @description User can view and search calls.
             * @example true
             */
            callsAndSearch?: boolean;
            /**
             * @description User can view library pages.
             * @example true
             */
            library?: boolean;
            /**
             * @description User can view deals pages.
             * @example true
             */
            deals?: boolean;
            /**
             * @description User can create/edit/delete deals boards.
             * @example true
             */
            createEditAndDeleteDealsBoards?: boolean;
            /**
             * @description User can perform inline editing of deals.
             * @example true
             */
            dealsInlineEditing?: boolean;
            /**
             * @description User can view account pages.
             * @example true
             */
            account?: boolean;
            /**
             * @description User can view coaching pages.
             * @example true
             */
            coaching?: boolean;
            /**
             * @description User can view usage pages.
             * @example true
             */
            usage?: boolean;
            /**
             * @description User can view team stats page.
             * @example true
             */
            teamStats?: boolean;
            /**
             * @description User can view initiatives page.
             * @example true
             */
            initiatives?: boolean;
            /**
             * @description User can view market page.
             * @example true
             */
            market?: boolean;
            /**
             * @description User can view activity pages.
             * @example true
             */
            activity?: boolean;
            /**
             * @description User can view forecast pages.
             * @example true
             */
            forecast?: boolean;
            /**
             * @description User can manage forecast boards and upload targets.
             * @example true
             */
            forecastManage?: boolean;
            /**
             * @description User can manage company email templates.
             * @example true
             */
            engageManageCompanyTemplates?: boolean;
            /**
             * @description User can manage company sequences.
             * @example true
             */
            engageManageCompanySequences?: boolean;
            /**
             * @description User can create and manage rulesets.
             * @example true
             */
            engageCreateAndManageRulesets?: boolean;
            /**
             * @description User can snooze flow in to dos for others
             * @example true
             */
            engageSnoozeFlowToDosForOthers?: boolean;
            /**
             * @description User can change crm fields view
             * @example true
             */
            engageAllowCrmFieldsViewChange?: boolean;
            /**
             * @description User can view engage analytics activity page.
             * @example true
             */
            viewEngageAnalyticsActivity?: boolean;
            /**
             * @description User can view engage analytics performance page.
             * @example true
             */
            viewEngageAnalyticsPerformance?: boolean;
            /**
             * @description User can view engage analytics flows page.
             * @example true
             */
            viewEngageAnalyticsFlows?: boolean;
            /**
             * @description User can manage general business settings.
             * @example true
             */
            manageGeneralBusinessSettings?: boolean;
            /**
             * @description User can manage scorecards.
             * @example true
             */
            manageScorecards?: boolean;
            /**
             * @description User can export calls and coaching metrics data to CSV.
             * @example true
             */
            exportCallsAndCoachingDataToCSV?: boolean;
            /**
             * @description User can perform inline editing of crm data.
             * @example true
             */
            crmDataInlineEditing?: boolean;
            /**
             * @description User can perform import of crm data.
             * @example true
             */
            crmDataImport?: boolean;
            /**
             * @description User can view dashboards page.
             * @example true
             */
            viewRevenueAnalytics?: boolean;
            /**
             * @description User can manage revenue analytics.
             * @example true
             */
            manageRevenueAnalytics?: boolean;
            /**
             * @description User can reassign flow to-dos to others
             * @example true
             */
            engageReassignFlowToDosToOthers?: boolean;
            /**
             * @description User can assign flow to-dos to others
             * @example true
             */
            engageAssignFlowToDosToOthers?: boolean;
            /**
             * @description User can export deals data
             * @example true
             */
            dealsDataExport?: boolean;
            /**
             * @description User can access AI Builder
             * @example true
             */
            aiBuilder?: boolean;
            /**
             * @description User can create and manage plays.
             * @example true
             */
            orchestrateCreateAndManagePlays?: boolean;
        };
        /** @description The body of a successful "List all company permission profiles for a given workspace" response. */
        PermissionProfilesResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item specifies a permission profile. */
            profiles?: components["schemas"]["PermissionProfile"][];
        };
        /** @description The body of a successful permission profile response (retrieve, create or update). */
        PermissionProfileResponse: {
            requestId?: components["schemas"]["RequestId"];
            profile?: components["schemas"]["PermissionProfile"];
        };
        /** @description A list, in which each item specifies a user attached to the permission profile. */
        UserSimpleMetadata: {
            /**
             * @description Gong's unique numeric identifier for the user (up to 20 digits).
             * @example 234599484848423
             */
            id?: string;
            /**
             * @description The full name of the Gong user.
             * @example Jon
             */
            fullName?: string;
            /**
             * @description The email address of the Gong user.
             * @example test@test.com
             */
            emailAddress?: string;
        };
        /** @description The body of a successful "List all users attached to a given permission profile" response. */
        PermissionProfileUsersResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item specifies a user attached to the permission profile. */
            users?: components["schemas"]["UserSimpleMetadata"][];
        };
        /** @description Call users access */
        CallUsersAccess: {
            /**
             * @description Gong's unique numeric call ID.
             * @example 7782342274025937895
             */
            callId: string;
            /**
             * @description Array of Gong's unique numeric user IDs.
             * @example [
             *       "234599484848423"
             *     ]
             */
            userIds: string[];
        };
        /** @description The body of a "Give individual users access to calls" request. */
        CallsUsersAccessAddRequest: {
            /** @description A list, in which each item specifies a call and a list of users to be given access to this call. */
            callAccessList?: components["schemas"]["CallUsersAccess"][];
        };
        /** @description The body of a successful response that carries only the request reference. */
        BaseResponse: {
            requestId?: components["schemas"]["RequestId"];
        };
        /** @description The calls whose individual user access is requested. */
        CallsAccessFilter: {
            /**
             * @description Array of Gong's unique numeric call IDs.
             * @example [
             *       "7782342274025937895"
             *     ]
             */
            callIds: string[];
        };
        /** @description The body of a "Retrieve users that have specific individual access to calls" request. */
        CallsAccessFilterRequest: {
            filter: components["schemas"]["CallsAccessFilter"];
        };
        /** @description User access details */
        UserAccessDetails: {
            /**
             * @description Gong's unique numeric user ID.
             * @example 234599484848423
             */
            userId?: string;
        };
        /** @description Call access details */
        CallAccessDetails: {
            /**
             * @description Gong's unique numeric call ID.
             * @example 7782342274025937895
             */
            callId?: string;
            /** @description A list of users having access. */
            users?: components["schemas"]["UserAccessDetails"][];
        };
        /** @description The body of a successful "Retrieve users that have specific individual access to calls" response. */
        CallsAccessDetailsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list, in which each item specifies a call & users with access to this call. */
            callAccessList?: components["schemas"]["CallAccessDetails"][];
        };
        /** @description The body of a "Remove specific individual users access from calls" request. */
        CallsUsersAccessDeleteRequest: {
            /** @description A list, in which each item specifies a call and a list of users to be removed from the call. */
            callAccessList?: components["schemas"]["CallUsersAccess"][];
        };
        /** @description A list of integration objects */
        GenericCrmIntegration: {
            /**
             * Format: int64
             * @description The ID of the integration.
             *
             *     **Note:** Parse the integrationId as Long or BigInt. Parsing the integrationId as an Integer truncates the integrationId to trailing zeros and returns an incorrect ID.
             * @example 5517027188234205
             */
            integrationId?: string;
            /**
             * @description Email address of the person responsible for the integration
             * @example joe.doe@acme.com
             */
            ownerEmail?: string;
            /**
             * @description The name of the integration
             * @example ACME Sandbox
             */
            name?: string;
        };
        /** @description The body of a successful "Get Generic CRM integration details" response. */
        ListGenericCrmIntegrationsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list of integration objects */
            integrations?: components["schemas"]["GenericCrmIntegration"][];
        };
        /** @description The body of a "Register a Generic CRM integration" request. */
        GenericCrmRegistrationRequest: {
            /**
             * @description Email address of the person responsible for the integration
             * @example joe.doe@acme.com
             */
            ownerEmail: string;
            /**
             * @description The name of the integration
             * @example ACME Sandbox
             */
            name: string;
        };
        /** @description The body of a successful response that returns an integration ID. */
        RegisterGenericCrmResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * Format: int64
             * @description Your integration ID to be used in requests to the API. This ensures you are accessing the correct integration.
             *
             *     **Note:** Parse the integrationId as Long or BigInt. Parsing the integrationId as an Integer will truncate the integrationId to trailing zeros and will return an incorrect ID.
             * @example 5517027188234205
             */
            integrationId?: string;
        };
        /** @description The body of a successful response to a request that Gong processes asynchronously. */
        AsyncProcessingResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description The clientRequestId sent in the request - used to monitor the request process
             * @example clientRequest1
             */
            clientRequestId?: string;
        };
        /** @description selectedFields */
        GenericSchemaField: {
            /**
             * @description The unique name of the field in the CRM system
             * @example accountowner
             */
            uniqueName: string;
            /**
             * @description The label to use in the UI for this field
             * @example Account Owner
             */
            label: string;
            /**
             * @description The field type (case-sensitive). Must be one of the types listed above.
             * @example REFERENCE
             * @enum {string}
             */
            type: "DATE" | "DATETIME" | "NUMBER" | "PERCENT" | "CURRENCY" | "ID" | "URL" | "STRING" | "BOOLEAN" | "PHONENUMBER" | "EMAILADDRESS" | "PICKLIST" | "REFERENCE" | "STRINGARRAY";
            /**
             * @description The date and time the schema was last modified.
             *
             *     Valid format: ISO-8601 format without milliseconds e.g., "2020-12-17T13:45:01Z"
             * @example 2020-12-17T13:45:01Z
             */
            lastModified?: string;
            /**
             * @description When true, deletes the field from the schema and its value is removed from all objects. Use with caution
             * @example false
             */
            isDeleted?: boolean;
            /**
             * @description The object type this field refers to. Required for field of type REFERENCE. Must be one of "ACCOUNT", "CONTACT", "DEAL", "LEAD" or "USER"
             * @example USER
             * @enum {string}
             */
            referenceTo?: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD" | "USER";
            /**
             * @description The list of values for the field. Required for PICKLIST fields
             * @example [
             *       "Analyst",
             *       "Competitor",
             *       "Customer",
             *       "Integrator",
             *       "Investor",
             *       "Partner",
             *       "Other"
             *     ]
             */
            orderedValueList?: string[];
        };
        /** @description The body of a successful "List Schema Fields" response. */
        ListSelectedFieldsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description selectedFields */
            objectTypeToSelectedFields?: {
                [key: string]: components["schemas"]["GenericSchemaField"][];
            };
        };
        /** @description The body of an "Upload Object Schema" request, a JSON array of the fields of the object type's schema. */
        UploadSchemaRequest: components["schemas"]["GenericSchemaField"][];
        /** @description The body of a successful "Upload Object Schema" response. */
        SchemaUpdateResponse: {
            requestId?: components["schemas"]["RequestId"];
        };
        /** @description The body of a successful "Get CRM objects" response. */
        GetGenericCrmObjectsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description crmObjects */
            crmObjectsMap?: {
                [key: string]: {
                    [key: string]: unknown;
                } | null;
            };
        };
        /** @description A business user line of a CRM upload (objectType BUSINESS_USER). The CRM business user represents the Gong user in the CRM and is responsible for the relationship with the account and for creating opportunities and closing deals. The CRM user is associated with the Gong user according to the email address. */
        CrmBusinessUserRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate: string;
            /** @description (Default: false) When true, the object is deleted from the database. */
            isDeleted?: boolean;
            /**
             * Format: uri
             * @description The full URL path to view this object in the CRM
             */
            url?: string;
            /** @description The business user's email address. Used to associate the Gong user with the CRM user. Not mandatory when isDeleted = true. */
            emailAddress?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An account line of a CRM upload (objectType ACCOUNT). The account object is an active customer in the CRM. Emails and calls in Gong are associated with this account object. */
        CrmAccountRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate: string;
            /** @description (Default: false) When true, the object is deleted from the database. */
            isDeleted?: boolean;
            /**
             * Format: uri
             * @description A full http URL to browse this object in the CRM
             */
            url?: string;
            /** @description The account name. Default value: "Account_#"+objectId */
            name?: string;
            /** @description The account's domain/s. When an activity can't be associated with a contact, the participants domain is used to associate the activity to an account via the account domain in this field. */
            domains?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description A contact line of a CRM upload (objectType CONTACT). A contact in Gong is the contact associated with the account. Gong uses a contact to match an activity to the correct account. */
        CrmContactRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate: string;
            /** @description (Default: false) When true, the object is deleted from the database. */
            isDeleted?: boolean;
            /**
             * Format: uri
             * @description A full http URL to browse this object in the CRM
             */
            url?: string;
            /** @description The ID of the account associated with the contact in the CRM. Used to associate an activity to an account once the activity has been associated with a contact. */
            accountId?: string;
            /** @description The contact's email address. Used to associate activities to a contact, based on the participants email. */
            emailAddress?: string;
            /** @description The contact's first name */
            firstName?: string;
            /** @description The contact's last name */
            lastName?: string;
            /** @description The contact's title */
            title?: string;
            /** @description The contact's phone number. Used to associate telephony system calls to a contact based on the call participant's phone number. */
            phoneNumber?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A deal line of a CRM upload (objectType DEAL). A deal in Gong is a qualified opportunity or contract in a specific account. */
        CrmDealRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate: string;
            /** @description (Default: false) When true, the object is deleted from the database. */
            isDeleted?: boolean;
            /**
             * Format: uri
             * @description A full http URL to access this object in the CRM
             */
            url?: string;
            /** @description The ID of the account the deal is associated with in the CRM. Note: Deals without an accountId will not appear in Gong */
            accountId?: string;
            /** @description The ID of the deal owner in the CRM. This ID should be the same as the business user objectId so the deal can be associated with the correct Gong user. Note: Deals without an ownerId will not appear in the deal board in Gong. */
            ownerId?: string;
            /** @description The deal name. Default value: Deal_# + objectId */
            name?: string;
            /**
             * Format: date-time
             * @description The date and time the deal was created in the CRM (ISO-8601, without milliseconds).
             */
            createdDate?: string;
            /** @description The date the deal closed or is expected to close. Note: Deals without a closeDate will not appear in the deal board in Gong. */
            closeDate?: string;
            /**
             * @description The deal status. Default value: OPEN
             * @enum {string}
             */
            status?: "WON" | "LOST" | "OPEN";
            /** @description The stage the deal is in. If empty, it will not always be possible to associate activities with deals. Must be the same as one of the values in the objectId field in the stages object */
            stage?: string;
            /** @description The deal amount in the currency unit. Companies set their default currency in the Company Settings page. All amounts should be sent in this currency. If your deal is in a different currency, convert the deal amount to the currency defined in the Company Settings page. Default value: 0 */
            amount?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A lead line of a CRM upload (objectType LEAD). A Lead is a potential customer, who may not yet be associated with an account. If conversations can't be associated with a contact, Gong then checks to see whether there is a relevant lead to associate with the conversation. */
        CrmLeadRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate: string;
            /** @description (Default: false) When true, the object is deleted from the database. */
            isDeleted?: boolean;
            /**
             * Format: uri
             * @description A full http URL to browse this object in the CRM
             */
            url?: string;
            /** @description The lead's email address. Used to associate activities to a lead, based on the participants email. */
            emailAddress?: string;
            /** @description The lead's first name */
            firstName?: string;
            /** @description The lead's last name */
            lastName?: string;
            /** @description The lead's title */
            title?: string;
            /** @description The lead's phone number. Used to associate telephony system calls to a lead based on the call participant's phone number. */
            phoneNumber?: string;
            /** @description The deal ID in the CRM. Relevant if the lead is converted to a deal */
            convertedToDealId?: string;
            /** @description The contact ID in the CRM the lead was converted to. Relevant if the lead is converted to a contact */
            convertedToContactId?: string;
            /** @description The account ID in the CRM the lead was converted to. Relevant if the lead is converted to an account */
            convertedToAccountId?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A stage line of a CRM upload (objectType STAGE). The list of stages the deal can be in, in the CRM. Stages are set to be active or inactive so that if you want to delete them, the stage is still associated with existing deals in that stage but will not be available for new deals. */
        CrmStageRecord: {
            /** @description The CRM unique ID for the object. Note: objectId can have a maximum of 64 characters and can have the following characters: alpha numeric characters and a "-", or a valid email address. No other special characters can be used. */
            objectId: string;
            /**
             * Format: date-time
             * @description The date and time the object was last modified in the CRM (ISO-8601, without milliseconds).
             */
            modifiedDate?: string;
            /** @description The display name for the stage */
            name: string;
            /** @description When true, sets the stage to active in Gong. When false, sets the stage to inactive in Gong. Default value: true */
            isActive?: boolean;
            /**
             * Format: int32
             * @description The order of the stage in the sales process (starting from 1). The stages are displayed according to this order. If two stages have the same sort order they will be displayed one after another. Default value: 1
             */
            sortOrder?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One line of a CRM upload LDJSON file: an object of the type named by the request's `objectType`, with any additional fields defined with POST /v2/crm/entity-schema. */
        CrmObjectRecord: components["schemas"]["CrmBusinessUserRecord"] | components["schemas"]["CrmAccountRecord"] | components["schemas"]["CrmContactRecord"] | components["schemas"]["CrmDealRecord"] | components["schemas"]["CrmLeadRecord"] | components["schemas"]["CrmStageRecord"];
        /** @description The multipart/form-data body of "Upload CRM objects": one LDJSON file part. */
        CrmObjectsUpload: {
            /** @description The LDJSON file with the entity data to upload. A file should only contain objects of one entity type. Records that have multiple updates should be sent in separate files. Each JSON object should be on a separate line. You may attach files up to 200MB in size. */
            dataFile: string;
        };
        /** @description An object that failed processing. */
        LineErrorResponse: {
            /**
             * Format: int32
             * @description Line number of failed object
             * @example 49
             */
            line?: number;
            /**
             * @description Error description
             * @example Mandatory field [objectId] is missing or empty
             */
            description?: string;
        };
        /** @description The body of a successful "Get Request Status" response. */
        RequestStatusResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description Request status
             * @example FAILED
             * @enum {string}
             */
            status?: "PENDING" | "IN_PROGRESS" | "DONE" | "FAILED";
            /** @description The objects that failed processing. The response returns a maximum of 20 errors. */
            errors?: components["schemas"]["LineErrorResponse"][];
            /**
             * Format: int32
             * @description Number of objects that failed parsing
             * @example 3
             */
            totalErrorCount?: number;
            /**
             * Format: int32
             * @description Number of valid objects
             * @example 97
             */
            totalSuccessCount?: number;
        };
        /** @description Set a list of dynamic origins for a company */
        IntegrationTypeSettings: {
            /**
             * @description The integration type in Gong
             * @example EMAIL_COMPOSER
             * @enum {string}
             */
            integrationType: "EMAIL_COMPOSER" | "ACCOUNT_PAGES" | "DIALER";
            /**
             * @description A valid origin that can be used as the iFrame source. Use this to add tenant sub domains as valid for the integration. For example, if you create dynamic domains for your customers eg https://acme.partner.com
             * @example https://acme.partner.com
             */
            allowedOrigin: string;
        };
        /** @description Integration settings metadata */
        IntegrationSettingsRequest: {
            /** @description Set a list of dynamic origins for a company */
            integrationTypeSettings: components["schemas"]["IntegrationTypeSettings"][];
        };
        /**
         * @description Attendees the requesting party should add to the invitation, this should support adding email addresses such as coordinator@gong.io for Gong to schedule the recording of the meeting.
         * @example {
         *       "displayName": "Gong Assistant",
         *       "email": "assistant@gong.io"
         *     }
         */
        MeetingInvitee: {
            /**
             * @description The unique meeting to identify the meeting.
             * @example test@test.com
             */
            email?: string;
            /**
             * @description The name of the person.
             * @example Test User
             */
            displayName?: string;
            /**
             * @description The first name of the person, if available.
             * @example Jon
             */
            firstName?: string;
            /**
             * @description The last name of the person, if available.
             * @example Snow
             */
            lastName?: string;
        };
        /** @description New meeting metadata */
        NewMeetingRequest: {
            /**
             * @description The meeting start time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T02:30:00-08:00
             */
            startTime: string;
            /**
             * @description The meeting end time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-19T02:30:00-08:00
             */
            endTime: string;
            /**
             * @description Title of the event.
             * @example Example call
             */
            title?: string;
            /**
             * @description A list of email addresses of invitees to the event (not including the organizer).
             * @example [
             *       {
             *         "displayName": "Cookie Monster",
             *         "email": "cookie.monster@cookies.com"
             *       }
             *     ]
             */
            invitees: components["schemas"]["MeetingInvitee"][];
            /**
             * @description The ID as it is formed on the external system.
             * @example 7JEHFRGXDDZFEW2FC4U
             */
            externalId?: string;
            /**
             * @description The web conferencing provider to use for this meeting (e.g. 'zoom'). When not specified, the user's default provider is used.
             * @example zoom
             */
            provider?: string;
            /**
             * @description The email address of the user creating the meeting, the Gong consent page link will be used according to the settings of this user.
             * @example test@test.com
             */
            organizerEmail: string;
        };
        /** @description The body of a successful "Create a New Gong Meeting" response. */
        NewMeetingResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description Gong's unique identifier for the meeting (up to 20 digits).
             * @example 7782342274025937895
             */
            meetingId?: string;
            /**
             * @description The Gong URL of the meeting, should be used to enter the meeting.
             * @example https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl
             */
            meetingUrl?: string;
            /**
             * @description Attendees the requesting party should add to the invitation, this should support adding email addresses such as coordinator@gong.io for Gong to schedule the recording of the meeting.
             * @example [
             *       {
             *         "displayName": "Gong Assistant",
             *         "email": "assistant@gong.io"
             *       }
             *     ]
             */
            additionalInvitees?: components["schemas"]["MeetingInvitee"][];
        };
        /** @description Meeting update metadata */
        UpdateMeetingRequest: {
            /**
             * @description The meeting start time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T02:30:00-08:00
             */
            startTime: string;
            /**
             * @description The meeting end time in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-19T02:30:00-08:00
             */
            endTime: string;
            /**
             * @description Title of the event.
             * @example Example call
             */
            title?: string;
            /**
             * @description A list of email addresses of invitees to the event (not including the organizer).
             * @example [
             *       {
             *         "displayName": "Cookie Monster",
             *         "email": "cookie.monster@cookies.com"
             *       }
             *     ]
             */
            invitees: components["schemas"]["MeetingInvitee"][];
            /**
             * @description The ID as it is formed on the external system.
             * @example 7JEHFRGXDDZFEW2FC4U
             */
            externalId?: string;
            /**
             * @description The web conferencing provider to use for this meeting (e.g. 'zoom'). When not specified, the user's default provider is used.
             * @example zoom
             */
            provider?: string;
            /**
             * @description The email address of the user who created the meeting.
             * @example test@test.com
             */
            organizerEmail: string;
        };
        /** @description The body of a successful "Update a Gong Meeting" response. */
        UpdateMeetingResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description The unique meeting identifier of the meeting.
             * @example 7782342274025937895
             */
            meetingId?: string;
        };
        /** @description Meeting update metadata */
        DeleteMeetingRequest: {
            /**
             * @description The email address of the user who created the meeting.
             * @example test@test.com
             */
            organizerEmail?: string;
        };
        /** @description The users whose Gong meeting integration to validate. */
        IntegrationStatusRequest: {
            /**
             * @description String array of emails of users (max 100)
             * @example [
             *       "test@test.com"
             *     ]
             */
            emails?: string[];
        };
        /**
         * User Integration Status
         * @description The integration status for the request users
         */
        UserIntegrationStatus: {
            /**
             * @description The email address meeting organizer
             * @example test@test.com
             */
            email?: string;
            /**
             * @description Whether the user exists in Gong
             * @example true
             */
            exists?: boolean;
            /**
             * @description Whether the integration is connected for the user
             * @example false
             */
            valid?: boolean;
            /**
             * @description The message explaining in case the integration is currently not connected
             * @example The Gong consent page is not enabled in your company. Contact your Gong Admin.
             */
            userFacingError?: string;
            /**
             * @description A URL to place in the application to fix the problem
             * @example https://app.gong.io/company/recording-consent/consent-page
             */
            fixUrl?: string;
            /**
             * @description A URL to the Gong help center where more information can be found about the error
             * @example https://help.gong.io/hc/en-us/articles/360056677792
             */
            helpUrl?: string;
        };
        /** @description The body of a successful "Validate Gong meeting Integration" response. */
        IntegrationStatusResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description The integration status for the request users */
            users?: components["schemas"]["UserIntegrationStatus"][];
        };
        /** @description A person who took part in the event (for example the viewer, the actor or a recipient of the content). */
        Actor: {
            /**
             * @description The email address of the person, if available.
             * @example test@test.com
             */
            email?: string;
            /**
             * @description The name of the person, if available.
             * @example Test User
             */
            name?: string;
            /**
             * @description The title of the person, if available.
             * @example Enterprise Account Executive
             */
            title?: string;
            /** @description A list of links to external systems such as CRM, Telephony System, Case Management, etc. */
            context?: components["schemas"]["PartyUploadContext"][];
        };
        /**
         * Generic Property
         * @description A list of additional properties for the event
         */
        GenericProperty: {
            /** @description Property name. */
            name: string;
            /**
             * @description Property value. Value format should match dataType. If dataType is "number", value should be passed in JSON number format, e.g. 3.14. If dataType is "date", the value should be passed in JSON date format, e.g. 2021-02-17T02:30:00-08:00. If the dataType is "url", the value should be valid URL, e.g. "https://example.com/example?q=v"
             * @example string
             */
            value: string;
            /**
             * @description Property data type.
             * @example string
             * @enum {string}
             */
            dataType: "number" | "string" | "url" | "date";
        };
        /** @description The Gong user who shared the content. */
        Sharer: {
            /**
             * @description The user id in Gong, if available.
             * @example 234599484848423
             */
            id?: string;
            /**
             * @description The email address of the person, if available.
             * @example test@test.com
             */
            email?: string;
            /**
             * @description The name of the person, if available.
             * @example Test User
             */
            name?: string;
        };
        /** @description Content Viewed event */
        ContentViewedEvent: {
            /**
             * @description The unique identifier of the reporting system. It is the same value in all events originating from the same system.
             * @example abc123
             */
            reportingSystem: string;
            /**
             * @description The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);
             * @example 2021-02-17T02:30:00-08:00
             */
            eventTimestamp: string;
            /**
             * @description The original id of the event as designated in the reporting system.
             * @example abc123
             */
            eventId?: string;
            /**
             * @description The id of the content that was viewed in the reporting system.
             * @example doc_123456789
             */
            contentId: string;
            /**
             * @description The url of the content that was viewed in the reporting system. This is the url that is was accessed by the viewer.
             * @example https://example.com/doc_123456789
             */
            contentUrl: string;
            /**
             * @description Human readable title of the content.
             * @example Features & Spec V.1
             */
            contentTitle: string;
            /**
             * @description The name of the action like "Document Viewed" or "Presentation Opened".
             * @example My Title
             */
            viewActionTitle?: string;
            /**
             * @description The id of the share action that corresponds to this view event, in case there can be more than one share per content.
             * @example abc123
             */
            shareId?: string;
            /**
             * @description The link to a page that presents additional information about this event.
             * @example https://example.com/path/to/a/page
             */
            viewInfoUrl?: string;
            viewer?: components["schemas"]["Actor"];
            /** @description A list of references to external systems such as CRM, Telephony System, Case Management, etc. */
            crmContext?: components["schemas"]["CallUploadContext"][];
            /** @description A list of additional properties for the content */
            contentProperties?: components["schemas"]["GenericProperty"][];
            /** @description A list of additional properties for the event */
            eventProperties?: components["schemas"]["GenericProperty"][];
            /** @description "User-Agent" header value for browser based interaction */
            userAgent?: string;
            /** @description The application identification string in case of interaction via mobile application (bundle identifier or package name). */
            mobileAppId?: string;
            /**
             * @description Platform on which the interaction was made
             * @enum {string}
             */
            agentPlatform?: "Windows" | "Linux" | "MacOS" | "iOS" | "Android";
            /**
             * @description Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied.
             * @example 623457276584334
             */
            workspaceId?: string;
            /** @description The ID used for tracking the person who did the event. Must be null if a viewer is sent instead. */
            trackingId?: string;
            /** @description Not described by Gong: by its name, the event's participants from outside the company. */
            nonCompanyParticipants?: components["schemas"]["Actor"][];
            /** @description Not described by Gong: by its name, a link to a page with more information about the event. */
            moreInfoUrl?: string;
            /** @description Not described by Gong for this event; on a custom action it is the name of the action like "Document Viewed" or "Presentation Opened". */
            actionName?: string;
            sharer?: components["schemas"]["Sharer"];
            /** @description Not described by Gong for this event; on a content share it is the subject of share email / message. */
            sharingMessageSubject?: string;
            /** @description Not described by Gong for this event; on a content share it is the share message body. */
            sharingMessageBody?: string;
        };
        /** @description Content Shared Event */
        ContentSharedEvent: {
            /**
             * @description The unique identifier of the reporting system. It is the same value in all events originating from the same system.
             * @example abc123
             */
            reportingSystem: string;
            /**
             * @description The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);
             * @example 2021-02-17T02:30:00-08:00
             */
            eventTimestamp: string;
            /**
             * @description The original id of the event as designated in the reporting system.
             * @example abc123
             */
            eventId?: string;
            /**
             * @description The id of the content that was shared in the reporting system.
             * @example doc_123456789
             */
            contentId: string;
            /**
             * @description The url of the content that was shared in the reporting system. This is the url that is was accessed by the viewer.
             * @example https://example.com/doc_123456789
             */
            contentUrl: string;
            /**
             * @description Human readable title of the content.
             * @example Features & Spec V.1
             */
            contentTitle: string;
            /**
             * @description The id of the share action, in case there can be more than one share per content.
             * @example abc123
             */
            shareId?: string;
            /**
             * @description The link to a page that presents additional information about this event.
             * @example https://example.com/path/to/a/page
             */
            shareInfoUrl?: string;
            /**
             * @description The subject of share email / message.
             * @example Sample Subject
             */
            sharingMessageSubject?: string;
            /**
             * @description The share message body. Can contain HTML and will be cleaned when it is presented.
             * @example <b>Hi</b>
             */
            sharingMessageBody?: string;
            sharer?: components["schemas"]["Sharer"];
            /** @description array of objects with name + email of recipients. Email is required. */
            recipients?: components["schemas"]["Actor"][];
            /** @description A list of references to external systems such as CRM, Telephony System, Case Management, etc. */
            crmContext?: components["schemas"]["CallUploadContext"][];
            /** @description A list of additional properties for the content */
            contentProperties?: components["schemas"]["GenericProperty"][];
            /** @description A list of additional properties for the event */
            eventProperties?: components["schemas"]["GenericProperty"][];
            /**
             * @description Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description The name of the action like "Document Sent" or "Presentation Shared".
             * @example My Title
             */
            actionName?: string;
            /** @description Not described by Gong: by its name, the event's participants from outside the company. */
            nonCompanyParticipants?: components["schemas"]["Actor"][];
            /** @description Not described by Gong: by its name, a link to a page with more information about the event. */
            moreInfoUrl?: string;
            /** @description Not described by Gong for this event; on a content view it is the ID used for tracking the person who did the event, null if a viewer is sent instead. */
            trackingId?: string;
            /** @description Not described by Gong for this event; on a content view it is the application identification string in case of interaction via mobile application (bundle identifier or package name). */
            mobileAppId?: string;
            /** @description Not described by Gong for this event; on a content view it is the platform on which the interaction was made. */
            agentPlatform?: string;
            /** @description Not described by Gong for this event; on a content view it is the "User-Agent" header value for browser based interaction. */
            userAgent?: string;
        };
        /** @description Custom Action Event */
        CustomActionEvent: {
            /**
             * @description The unique identifier of the reporting system. It is the same value in all events originating from the same system.
             * @example abc123
             */
            reportingSystem: string;
            /**
             * @description The date and time when the event happened in the ISO-8601 format (e.g., '2021-08-01T02:30:00+05:00' or '2021-08-01T08:00:00Z', where Z stands for UTC);
             * @example 2021-02-17T02:30:00-08:00
             */
            eventTimestamp: string;
            /**
             * @description The original id of the event as designated in the reporting system.
             * @example abc123
             */
            eventId?: string;
            /**
             * @description The id of the content that was viewed in the reporting system.
             * @example doc_123456789
             */
            contentId?: string;
            /**
             * @description The url of the content that was viewed in the reporting system. This is the url that is was accessed by the viewer.
             * @example https://example.com/doc_123456789
             */
            contentUrl?: string;
            /**
             * @description Human readable title of the content.
             * @example Features & Spec V.1
             */
            contentTitle?: string;
            /**
             * @description The name of the action like "Document Viewed" or "Presentation Opened".
             * @example My Title
             */
            actionName?: string;
            /**
             * @description The link to a page that presents additional information about this event.
             * @example https://example.com/path/to/a/page
             */
            eventInfoUrl?: string;
            actor?: components["schemas"]["Actor"];
            /** @description A list of references to external systems such as CRM, Telephony System, Case Management, etc. */
            crmContext?: components["schemas"]["CallUploadContext"][];
            /** @description A list of additional properties for the content */
            contentProperties?: components["schemas"]["GenericProperty"][];
            /** @description A list of additional properties for the event */
            eventProperties?: components["schemas"]["GenericProperty"][];
            /** @description "User-Agent" header value for browser based interaction */
            userAgent?: string;
            /** @description The application identification string in case of interaction via mobile application (bundle identifier or package name). */
            mobileAppId?: string;
            /**
             * @description Platform on which the interaction was made
             * @enum {string}
             */
            agentPlatform?: "Windows" | "Linux" | "MacOS" | "iOS" | "Android";
            /**
             * @description Optional workspace identifier. If specified, the event will be placed into this workspace, otherwise, the default algorithm for workspace placement will be applied.
             * @example 623457276584334
             */
            workspaceId?: string;
            /** @description Not described by Gong: by its name, the event's participants from outside the company. */
            nonCompanyParticipants?: components["schemas"]["Actor"][];
            /** @description Not described by Gong: by its name, a link to a page with more information about the event. */
            moreInfoUrl?: string;
            /** @description Not described by Gong for this event; on a content share it is the id of the share action, in case there can be more than one share per content. */
            shareId?: string;
            /** @description Not described by Gong for this event; on a content view it is the ID used for tracking the person who did the event, null if a viewer is sent instead. */
            trackingId?: string;
            sharer?: components["schemas"]["Sharer"];
            /** @description Not described by Gong for this event; on a content share it is the subject of share email / message. */
            sharingMessageSubject?: string;
            /** @description Not described by Gong for this event; on a content share it is the share message body. */
            sharingMessageBody?: string;
        };
        /** @description For content where there is a numeric result, such as NPS score, or metrics such as the percentage of video watched */
        NumericContentDetails: {
            /**
             * Format: int32
             * @description The numeric value for the content
             */
            value?: number;
            /**
             * Format: int32
             * @description The lowest value that can be given to the content
             */
            rangeFrom: number;
            /**
             * Format: int32
             * @description The highest value that can be given to the content
             */
            rangeTo: number;
            /**
             * @description The type of numeric value
             * @enum {string}
             */
            numericType?: "PERCENTAGE" | "NPS" | "RATING" | "OTHER";
        };
        /** @description For content where there are a number of steps to complete in the content, such as shipment tracking or course advancement */
        StepContentDetails: {
            /** @description The current step the person is in, in the process */
            value: string;
            /** @description A list of all available steps in the process */
            availableSteps: string[];
        };
        /** @description The objects returned when searching for different content. For example, the companies or products being compared with one another, or 2nd party intent */
        SearchObjectDetails: {
            /** @description The name of the entity the person searched for */
            name: string;
            /**
             * @description The type of the entity the person searched for
             * @enum {string}
             */
            objectType: "VENDOR" | "PRODUCT" | "CATEGORY";
            /** @description The domain of the entity */
            domain: string;
            /** @description The ID of the entity in the partner system */
            objectId?: string;
            /** @description The URL of the entity in the partner system */
            url?: string;
        };
        /** @description Include additional custom data about the event */
        CustomField: {
            /** @description The name of the custom field */
            name: string;
            /** @description The value of the custom field */
            value: string;
            /**
             * @description The data type of the custom field: NUMBER, STRING, DATE (ISO 8601), URL, DURATION (in Seconds). Default value: STRING
             * @enum {string}
             */
            dataType?: "STRING" | "NUMBER" | "DATE" | "URL" | "BOOLEAN" | "DURATION";
        };
        /** @description The content the person looked at */
        Content: {
            /** @description A unique identifier for the content in the partner's system */
            contentId?: string;
            /** @description The title of the content */
            contentTitle: string;
            /** @description A list of tags defined for the content */
            contentLabel?: string[];
            /** @description The URL for the content the person looked at */
            contentUrl?: string;
            /** @description The URL for additional details provided by the website or external app, such as analysis of the content viewed */
            contentAdditionalInfoUrl?: string;
            numericContentDetails?: components["schemas"]["NumericContentDetails"];
            stepContentDetails?: components["schemas"]["StepContentDetails"];
            searchObjectDetails?: components["schemas"]["SearchObjectDetails"];
            /** @description Include additional custom data about the content */
            contentCustomFields?: components["schemas"]["CustomField"][];
        };
        /** @description The person's details in an external system such as the CRM */
        PersonBusinessContext: {
            /**
             * @description The object type in the external system
             * @enum {string}
             */
            objectType: "CONTACT" | "LEAD";
            /** @description The ID of the object in the external system */
            objectId: string;
            /** @description The name of the external system */
            systemName?: string;
        };
        /** @description The location of the person as identified in the partner's source system */
        Location: {
            /** @description The country of the person in ISO 3166. If not available in ISO 3166, then send as string */
            country?: string;
            /** @description The state of the person in ISO 3166-2. If not available in ISO 3166-2, then send as string */
            state?: string;
            /** @description The region of the person in ISO 3166-2. If not available in ISO 3166-2, then send as string */
            region?: string;
            /** @description The city of the person */
            city?: string;
        };
        /** @description The company's details in an external system such as the CRM. If the domain is empty, to enable association, send the crmAccountId or crmOpportunityId */
        CompanyBusinessContext: {
            /**
             * @description The object type in the external system
             * @enum {string}
             */
            objectType: "ACCOUNT" | "OPPORTUNITY";
            /** @description The ID of the business context object */
            objectId: string;
            /** @description The name of the external system */
            systemName?: string;
        };
        /** @description The company the person works in. Should include at least one of the following: domain, crmAccountId, crmOpportunityId (via the companyBusinessContext object) */
        Company: {
            /** @description The company ID in the partner's source system */
            companyId?: string;
            /** @description The name of the company */
            name?: string;
            /** @description The domain of the person's company. Used to associate the person with the company ("acme.com"). Mandatory for anonymous person, when the name, email, phoneNumber and personBusinessContext are empty */
            domain?: string;
            /** @description The company's details in an external system such as the CRM. If the domain is empty, to enable association, send the crmAccountId or crmOpportunityId */
            companyBusinessContexts?: components["schemas"]["CompanyBusinessContext"][];
        };
        /** @description The person who did the event. Must be null if a tracking ID is sent instead. */
        Person: {
            /** @description The name of the person */
            name?: string;
            /** @description The email address of the person. Used for business context association */
            email?: string;
            /** @description The phone number of the person. Used for business context association */
            phoneNumber?: string;
            /** @description A unique person identifier in the partner system. Mandatory for anonymous person, when the name, email, phoneNumber and personBusinessContext are empty */
            personId?: string;
            personBusinessContext?: components["schemas"]["PersonBusinessContext"];
            location?: components["schemas"]["Location"];
            company?: components["schemas"]["Company"];
            /** @description Include additional custom data about the person */
            personCustomFields?: components["schemas"]["CustomField"][];
        };
        /** @description Digital interaction metadata */
        DigitalInteractionRequest: {
            /** @description The provider's unique identifier for the event used for deduplication */
            eventId: string;
            /**
             * Format: date-time
             * @description The date and time of the event in ISO 8601 format
             */
            timestamp: string;
            /** @description The type of the event, explaining the content and action performed. Values may be partner-aligned, for example, "link clicked", "page viewed" */
            eventType: string;
            /** @description When integrating via IPaaS, the name of the technology partner the customer set up a Gong integration with via an IPaaS. When integrating directly with Gong: the name of the company setting up the integration with Gong */
            sourceSystemName?: string;
            /** @description The identifier for the session, useful for tying related events together */
            sessionId?: string;
            /**
             * @description The device used during the event
             * @enum {string}
             */
            device?: "MOBILE" | "PC";
            content: components["schemas"]["Content"];
            person?: components["schemas"]["Person"];
            /** @description Include additional custom data about the event */
            customFields?: components["schemas"]["CustomField"][];
            /** @description The ID used for tracking the person who did the event. Must be null if a person is sent instead. */
            trackingId?: string;
        };
        /** @description The body of a successful "Post a Digital Interaction" response. */
        EventAcceptedResponse: {
            requestId?: components["schemas"]["RequestId"];
        };
        /** @description Reminder filter criteria */
        TasksFilter: {
            /**
             * @description The id of the Gong user who owns the task
             * @example 234599484848423
             */
            userId: string;
            /**
             * @description (Optional) The id of the workspace the tasks are in
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description Defines whether to include tasks that were created as part of a flow, or were created as a one-off task
             * @example [
             *       "MANUAL"
             *     ]
             */
            types: ("FLOW" | "MANUAL")[];
            /**
             * @description Array of actions included in the task (valid options: CALL)
             * @example [
             *       "CALL"
             *     ]
             */
            taskAction: "CALL"[];
            /**
             * @description Only return tasks with this status (valid options: OPEN)
             * @example [
             *       "OPEN"
             *     ]
             */
            status: ("OPEN" | "DONE" | "DISMISSED")[];
        };
        /** @description Get user's tasks */
        ListTasksRequest: {
            filter: components["schemas"]["TasksFilter"];
        };
        /** @description (Optional) associated crm account to task */
        TaskAccount: {
            /**
             * @description The account's CRM id.
             * @example 0013601230sV7grAAC
             */
            crmId?: string;
            /**
             * @description The account's name.
             * @example Acme Inc.
             */
            name?: string;
            /**
             * @description A link to the account's page in the CRM.
             * @example https://acme.my.salesforce.com/0013601230sV7grAAC
             */
            crmUrl?: string;
        };
        /** @description (Optional) associated crm deal to task */
        TaskOpportunity: {
            /**
             * @description The deal's CRM id.
             * @example 0062Q00000qkGmgQBT
             */
            crmId?: string;
            /**
             * @description The deal's name.
             * @example Acme Inc. - New Business
             */
            name?: string;
            /**
             * @description A link to the deal's page in the CRM.
             * @example https://acme.my.salesforce.com/0062Q00000qkGmgQBT
             */
            crmUrl?: string;
            /**
             * @description The deal's status in the CRM.
             * @example Open
             */
            status?: string;
            /**
             * @description The deal's stage in the CRM.
             * @example Negotiation
             */
            stage?: string;
            /**
             * @description The deal's amount, as the CRM holds it.
             * @example 25000
             */
            amount?: string;
            /**
             * @description The deal's probability, as the CRM holds it.
             * @example 60
             */
            probability?: string;
            /**
             * @description The deal's close date, as the CRM holds it.
             * @example 2018-03-31
             */
            closeDate?: string;
        };
        /** @description The flow step the task belongs to. */
        TaskFlowStep: {
            /**
             * Format: int64
             * @description Step id
             * @example 1695493301223591
             */
            id?: string;
            /**
             * @description Step name
             * @example Make a call
             */
            name?: string;
            /**
             * Format: int64
             * @description Step number
             * @example 1
             */
            stepNumber?: number;
        };
        /** @description (Optional) associated flow */
        TaskFlow: {
            /**
             * Format: int64
             * @description Flow id
             * @example 1695493301223590
             */
            id?: string;
            /**
             * @description Flow name
             * @example Personal Flow
             */
            name?: string;
            step?: components["schemas"]["TaskFlowStep"];
        };
        /** @description An email address of the contact. */
        TaskContactEmail: {
            /**
             * @description Email addresses associated with the contact
             * @example test@test.com
             */
            email?: string;
        };
        /** @description A phone number of the contact. */
        TaskContactPhone: {
            /**
             * @description The phone number as entered.
             * @example +1 123-567-8989
             */
            raw?: string;
            /**
             * @description The phone number's extension.
             * @example 123
             */
            extension?: string;
            /**
             * Format: int32
             * @description The phone number's country calling code.
             * @example 1
             */
            countryCode?: number;
            /**
             * @description The phone number in normalized form.
             * @example +11235678989
             */
            normalized?: string;
            /**
             * @description The phone number's label (for example, mobile or work).
             * @example Mobile
             */
            label?: string;
            /**
             * @description True if the phone number is verified, false if not.
             * @example true
             */
            isVerified?: boolean;
        };
        /** @description The contact's details, as held in the CRM. */
        TaskContactData: {
            /**
             * @description The contact's first name
             * @example Jon
             */
            firstName?: string;
            /**
             * @description The contact's last name
             * @example Snow
             */
            lastName?: string;
            /**
             * @description A link to the contact's page in the CRM
             * @example https://acme.my.salesforce.com/a5V1Q00A120DP4CVAW
             */
            crmUrl?: string;
            /**
             * @description The name of the company the contact works for
             * @example GONG
             */
            companyName?: string;
            /**
             * @description Contact affiliation
             * @example Us
             * @enum {string}
             */
            affiliation?: "Us" | "Them" | "Unknown";
            /** @description The contact's email addresses. */
            emails?: components["schemas"]["TaskContactEmail"][];
            /**
             * @description The contact's title
             * @example Enterprise Account Executive
             */
            title?: string;
            /**
             * @description (Optional) The timezone the contact lives in
             * @example US/Pacific
             */
            timezone?: string;
            /** @description The contact's phone numbers. */
            phoneNumbers?: components["schemas"]["TaskContactPhone"][];
            /**
             * @description (Optional) The city the contact lives in
             * @example San Francisco
             */
            city?: string;
            /**
             * @description (Optional) The country the contact lives in
             * @example United States
             */
            country?: string;
            /**
             * @description (Optional) The state the contact lives in
             * @example California
             */
            state?: string;
            /**
             * @description (Optional) The contact's zipcode
             * @example 94105
             */
            zipcode?: string;
            /**
             * @description Contacts opted out channels
             * @example [
             *       "SMS_MESSAGES"
             *     ]
             */
            optOutChannels?: ("CALLS" | "EMAILS" | "SMS_MESSAGES")[];
            /**
             * @description (Optional) A link to the contact's linkedIn profile
             * @example https://www.linkedin.com/in/jon-snow
             */
            linkedinProfile?: string;
        };
        /** @description A contact or lead associated with the task. */
        TaskContact: {
            /**
             * @description The contact's CRM id
             * @example a5V1Q00A120DP4CVAW
             */
            crmId?: string;
            /**
             * @description Sets whether the contact is a lead or contact in the CRM
             * @example LEAD
             * @enum {string}
             */
            type?: "CONTACT" | "LEAD";
            data?: components["schemas"]["TaskContactData"];
        };
        /** @description The reminder priority */
        TaskPriority: {
            /**
             * Format: int64
             * @description Priority ID
             * @example 1
             */
            id?: string;
            /**
             * @description Priority name
             * @example high
             */
            name?: string;
            /**
             * Format: int32
             * @description Priority weight (higher = more important)
             * @example 100
             */
            weight?: number;
        };
        /** @description An Engage task. */
        Task: {
            /**
             * Format: int64
             * @description The id of the task
             * @example 1234361284629351
             */
            id?: string;
            /**
             * Format: int64
             * @description The id of the Gong user who owns the task
             * @example 234599484848423
             */
            userId?: string;
            /**
             * Format: date-time
             * @description Date and time the task was created. In the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T10:30:00Z
             */
            created?: string;
            /**
             * Format: date-time
             * @description Date and time the task was last updated. In the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T10:30:00Z
             */
            updated?: string;
            /**
             * @description The task status
             * @example OPEN
             * @enum {string}
             */
            status?: "OPEN" | "DONE" | "DISMISSED";
            /**
             * @description Describes whether the task was created as part of a flow, or is a one-off task.
             * @example MANUAL
             * @enum {string}
             */
            type?: "FLOW" | "MANUAL";
            /**
             * @description Action included in the task
             * @example [
             *       "CALL"
             *     ]
             */
            actions?: "CALL"[];
            account?: components["schemas"]["TaskAccount"];
            opportunity?: components["schemas"]["TaskOpportunity"];
            /**
             * Format: date-time
             * @description Date and time the task is due to be completed in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-18T08:00:00Z
             */
            dueDate?: string;
            flow?: components["schemas"]["TaskFlow"];
            contact?: components["schemas"]["TaskContact"];
            /** @description (Optional) Array of additional contacts for the task */
            additionalContacts?: components["schemas"]["TaskContact"][];
            /**
             * @description The task title, only included if the task is of type MANUAL
             * @example Call back about pricing
             */
            title?: string;
            priority?: components["schemas"]["TaskPriority"];
        };
        /** @description The body of a successful "List user's tasks" or "Update task" response. */
        TasksResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description The tasks, each with its details (for "Update task", the updated task). */
            tasks?: components["schemas"]["Task"][];
            /**
             * @description The CRM that the tasks' accounts, opportunities and contacts come from.
             * @enum {string}
             */
            crmType?: "SALESFORCE" | "HUBSPOT" | "MICROSOFT_DYNAMICS" | "GENERIC";
        };
        /** @description The task's owner and the values to set. `status`, `dueDate` and `priority` are each optional: send the ones to change. */
        UpdateTaskRequest: {
            /**
             * @description The id of the Gong user who owns the task
             * @example 234599484848423
             */
            userId: string;
            /**
             * @description (Optional) Sets a new status for the task
             * @example OPEN
             * @enum {string}
             */
            status?: "OPEN" | "DONE" | "DISMISSED";
            /**
             * Format: date-time
             * @description (Optional) Sets a new due date and time for the task in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2020-01-12T22:30:00Z
             */
            dueDate?: string;
            /**
             * @description (Optional) Sets a new priority for the task
             * @example MEDIUM
             */
            priority?: string;
        };
        /** @description A list, in which each item specifies one Flow. */
        PublicApiFlow: {
            /**
             * @description The id of the flow
             * @example 1695493301223590792
             */
            id?: string;
            /**
             * @description The name of the flow
             * @example Personal Flow
             */
            name?: string;
            /**
             * @description The id of the folder this flow is under
             * @example 1695493301223573465
             */
            folderId?: string;
            /**
             * @description The name of the folder this flow is under
             * @example 1695493301223573465
             */
            folderName?: string;
            /**
             * @description The flow visibility type
             * @enum {string}
             */
            visibility?: "Company" | "Personal" | "Shared";
            /**
             * @description Creation time of the flow in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T02:30:00-08:00
             */
            creationDate?: string;
            /**
             * @description indicates whether a prospect in this flow can be added to other flows
             * @example true
             */
            exclusive?: boolean;
        };
        /** @description The body of a successful "List Gong Engage flows" response. */
        FlowsResponse: {
            requestId?: components["schemas"]["RequestId"];
            records?: components["schemas"]["Records"];
            /** @description A list, in which each item specifies one Flow. */
            flows?: components["schemas"]["PublicApiFlow"][];
        };
        /** @description Request parameters for retrieving steps of one or more flows. */
        FlowStepsRequest: {
            /**
             * @description List of Engage Flow IDs to retrieve steps for. Maximum 20 flow IDs per request.
             * @example [
             *       "1695493301223590792",
             *       "1695493301223002764"
             *     ]
             */
            flowIds?: string[];
        };
        /** @description One step of a flow. */
        FlowStep: {
            /**
             * @description The unique identifier of the flow step
             * @example 1695493301223590792
             */
            id?: string;
            /**
             * Format: int32
             * @description The order of the step within the flow, starting from 1. It is the step number used in `overrides.steps[].number` when assigning prospects to the flow.
             * @example 1
             */
            stepOrder?: number;
            /**
             * @description The type of action for this step (e.g. AUTO_SEND_EMAIL, CALL)
             * @example AUTO_SEND_EMAIL
             * @enum {string}
             */
            action?: "SEND_EMAIL" | "AUTO_SEND_EMAIL" | "CALL" | "LINKEDIN_CONNECT" | "LINKEDIN_MESSAGE" | "CUSTOM";
            /**
             * @description The email subject for this step
             * @example Following up on our conversation
             */
            subject?: string;
            /**
             * @description The body content of this step
             * @example <div>Hello {{recipient.first_name}}</div>
             */
            body?: string;
            /**
             * @description Whether this step is a reply to a previous email in the thread
             * @example false
             */
            isReply?: boolean;
        };
        /** @description A flow with its steps. */
        FlowWithSteps: {
            /**
             * @description The id of the flow
             * @example 1695493301223590792
             */
            id?: string;
            /**
             * @description The name of the flow
             * @example Personal Flow
             */
            name?: string;
            /**
             * @description The id of the folder this flow is under
             * @example 1695493301223573465
             */
            folderId?: string;
            /**
             * @description The flow visibility type
             * @example Personal
             * @enum {string}
             */
            visibility?: "Company" | "Personal" | "Shared";
            /**
             * @description Creation time of the flow in ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2018-02-17T02:30:00-08:00
             */
            creationDate?: string;
            /**
             * @description Indicates whether a prospect in this flow can be added to other flows
             * @example true
             */
            exclusive?: boolean;
            /**
             * @description The description of the flow
             * @example Follow up with event attendees.
             */
            description?: string;
            /** @description The list of steps for this flow */
            steps?: components["schemas"]["FlowStep"][];
        };
        /** @description The body of a successful "Get flow details and steps for one or more Engage flows" response. */
        FlowStepsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description A list of flows with their steps */
            flows?: components["schemas"]["FlowWithSteps"][];
        };
        /** @description Prospects assigned flows request */
        ProspectsAssignedFlowsRequest: {
            /**
             * @description CRM IDs of the prospects to list assigned flows for. Only open (Pending/Running/Paused) flows are returned for them.
             * @example [
             *       "a5V1Q00A120DP4CVAW"
             *     ]
             */
            crmProspectsIds?: string[];
            /**
             * @description Assigned flow instance IDs. All flows, including finished ones, are returned for them.
             * @example [
             *       "234599484848423"
             *     ]
             */
            flowInstanceIds?: string[];
        };
        /** @description A flow instance that a prospect is assigned to. */
        PublicApiAssignedFlow: {
            /**
             * @description The Gong Engage Flow ID the prospect was assigned to.
             * @example 1695493301223590792
             */
            flowId?: string;
            /**
             * @description The Gong Engage Flow name the prospect was assigned to.
             * @example SDR Flow
             */
            flowName?: string;
            /**
             * @description The CRM ID of the prospect that was assigned to a Gong Engage flow.
             * @example a5V1Q00A120DP4CVAW
             */
            crmProspectId?: string;
            /**
             * @description The newly created flow instance id.
             * @example 1234361284629356
             */
            flowInstanceId?: string;
            /**
             * @description The email address of the Gong user who owns the flow instance tasks.
             * @example test@test.com
             */
            flowInstanceOwnerEmail?: string;
            /**
             * @description The full name of the Gong user who owns the flow instance tasks.
             * @example Test User
             */
            flowInstanceOwnerFullName?: string;
            /**
             * @description The creation date of the flow instance in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-20T00:00:00-08:00
             */
            flowInstanceCreateDate?: string;
            /**
             * @description The status of the flow instance. `Pending`, `Running` and `Paused` are open flow instances; the `Finished` values are returned only when `POST /v2/flows/prospects` is queried by `flowInstanceIds`.
             * @example Running
             * @enum {string}
             */
            flowInstanceStatus?: "Running" | "Pending" | "Paused" | "FinishedNoReply" | "FinishedResponse" | "Finished";
            /**
             * @description The workspace ID this flow belongs to.
             * @example 623457276584334
             */
            workspaceId?: string;
            /**
             * @description Indicates whether a prospect in this flow can be added to other flows
             * @example true
             */
            exclusive?: boolean;
        };
        /** @description The body of a successful "List assigned flows for the given prospects" response. */
        ProspectsFlowsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description The flow instances assigned to the given prospects */
            prospectsAssigned?: components["schemas"]["PublicApiAssignedFlow"][];
        };
        /** @description A step in the flow to override. The step subject and body can be updated. */
        StepContentOverride: {
            /**
             * Format: int32
             * @description The number of the step to update in the flow. The first step in the flow is 1.
             * @example 1
             */
            number: number;
            /**
             * @description The new subject for the step.
             * @example Initial Call with {{account_name}}
             */
            subject?: string;
            /**
             * @description The new body for the step.
             * @example <div>Hello {{recipient.first_name}}</div>
             */
            body?: string;
        };
        /** @description A flow variable to update. Changes to these variables are applied to the entire flow. */
        VariableValueOverride: {
            /**
             * @description The name of the variable you want to update.
             * @example recipient.first_name
             */
            name: string;
            /**
             * @description The new value for the variable.
             * @example Mike
             */
            value: string;
        };
        /** @description Defines the new data for specific steps and variables in the flow (in Beta Phase). */
        AssignOverrides: {
            /** @description The steps in the flow to override. The step subject and body can be updated. */
            steps?: components["schemas"]["StepContentOverride"][];
            /** @description The flow variables to update. Changes to these variables are applied to the entire flow. */
            flowInstanceVariables?: components["schemas"]["VariableValueOverride"][];
            /**
             * @description To assign prospects to the flow regardless of the cool off status.
             * @example true
             */
            coolOffOverride?: boolean;
        };
        /** @description Flow assignment parameters. */
        AssignFlowRequest: {
            /**
             * @description The CRM IDs of the contact or lead that should be assigned to a flow.
             * @example [
             *       "a5V1Q00A120DP4CVAW"
             *     ]
             */
            crmProspectsIds: string[];
            /**
             * @description The Engage Flow ID to assign the contacts to.
             * @example 1695493301223590792
             */
            flowId: string;
            /**
             * @description The email of the Gong user who owns the flow to-dos.
             * @example test@test.com
             */
            flowInstanceOwnerEmail: string;
            overrides?: components["schemas"]["AssignOverrides"];
            /**
             * @description The description for the flow instance (in Beta Phase).
             * @example Your goal with this flow is to <b>schedule a follow-up conversation</b> with event attendees to gather feedback and progress them toward becoming potential customers. The target audience are <b>RevOps</b> who attended the latest event in Stockholm, part of EMEA marketing initiatives.
             */
            flowInstanceDescription?: string;
        };
        /** @description A prospect that could not be assigned to the flow, with the reason. */
        AssignedFlowFailure: {
            /**
             * @description The flow ID to which the assignment failed
             * @example 1695493301223590792
             */
            flowId?: string;
            /**
             * @description The CRM ID of the prospect that failed to get assigned to a Gong Engage flow.
             * @example a5V1Q00A120DP4CVAW
             */
            crmProspectId?: string;
            /**
             * @description The code of the assignment error
             * @example InvalidArgument
             * @enum {string}
             */
            errorCode?: "InvalidArgument" | "InvalidState" | "UnexpectedError";
            /**
             * @description A message describing the assignment error
             * @example Invalid crmId <not-a-crm-id>
             */
            errorMessage?: string;
        };
        /** @description The body of a successful "Assign prospects (contacts or leads) to an Engage flow" response. */
        AssignFlowResponse: {
            requestId?: components["schemas"]["RequestId"];
            /** @description Not described by Gong. The flow instances created for the prospects that were assigned to the flow. */
            prospectsAssigned?: components["schemas"]["PublicApiAssignedFlow"][];
            /** @description Not described by Gong. The prospects that could not be assigned to the flow, with the reason. */
            prospectsNotAssigned?: components["schemas"]["AssignedFlowFailure"][];
        };
        /** @description Unassign flows by CRM Prospect ID request. */
        UnassignProspectFlowsRequest: {
            /**
             * @description The CRM ID of the prospect to unassign.
             * @example a5V1Q00A120DP4CVAW
             */
            crmProspectId: string;
            /**
             * @description The identifier of the flow to unassign the prospect from.
             * @example 1695493301223590792
             */
            flowId?: string;
            /**
             * @description (Optional) The email address of the Gong user requesting to remove prospects from the flow instance. This is not the email of the prospect being removed from the flow.
             * @example test@test.com
             */
            unassignedByUserEmail?: string;
        };
        /** @description The body of a successful "Unassign flows by CRM Prospect ID" or "Unassign flows by Flow Instance ID" response. */
        UnassignFlowsResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description Set of flow instance ids prospects were successfully removed from.
             * @example [
             *       "234599484848423"
             *     ]
             */
            unassignedFlowInstanceIds?: string[];
        };
        /** @description Unassign flows by Flow Instance ID request. */
        UnassignFlowsRequest: {
            /**
             * @description The unique identifiers of the flows that prospects should be removed from.
             * @example [
             *       "234599484848423"
             *     ]
             */
            flowInstanceIds: string[];
            /**
             * @description (Optional) The email address of the Gong user requesting to remove prospects from the flow instance. This is not the email of the prospect being removed from the flow.
             * @example test@test.com
             */
            unassignedByUserEmail?: string;
        };
        /** @description The prospect. */
        FlowAssignmentProspect: {
            /**
             * @description The first name of the prospect. Required if the crmId is not provided.
             * @example Jon
             */
            firstName?: string;
            /**
             * @description The last name of the prospect. Required if the CRM ID is not provided.
             * @example Snow
             */
            lastName?: string;
            /**
             * @description The email of the prospect.
             * @example test@test.com
             */
            email?: string;
            /**
             * @description The job title of the prospect.
             * @example Enterprise Account Executive
             */
            jobTitle?: string;
            /**
             * @description The LinkedIn URL of the prospect.
             * @example https://www.linkedin.com/in/jon-snow/
             */
            linkedInUrl?: string;
            /**
             * @description The CRM ID of the prospect.
             * @example a5V1Q00A120DP4CVAW
             */
            crmId?: string;
            /**
             * @description The CRM ID of the account the prospect belongs to.
             * @example 0011Q00001xsgZkQAI
             */
            accountCrmId?: string;
            /**
             * @description The name of the company the prospect belongs to.
             * @example Northstar Logistics
             */
            companyName?: string;
        };
        /** @description Flow prospects bulk assignment. */
        FlowProspectsBulkAssignmentRequest: {
            /**
             * @description The email of the Gong user who will own the flow instance.
             * @example test@test.com
             */
            flowInstanceOwnerEmail: string;
            /**
             * @description The Flow ID to assign the prospects to.
             * @example 1695493301223590792
             */
            flowId: string;
            /** @description The prospects that should be assigned to the flow. */
            prospects: components["schemas"]["FlowAssignmentProspect"][];
        };
        /** @description The result of assigning one prospect of a bulk assignment. */
        FlowAssignmentResult: {
            prospect?: components["schemas"]["FlowAssignmentProspect"];
            /**
             * @description The status of the flow assignment.
             * @example ASSIGNED
             * @enum {string}
             */
            status?: "CRM_OPERATION_FAILED" | "FLOW_ASSIGNMENT_FAILED" | "ASSIGNED";
            /**
             * @description The CRM ID of the prospect.
             * @example a5V1Q00A120DP4CVAW
             */
            crmId?: string;
            /**
             * @description The newly created flow instance ID.
             * @example 1234361284629356
             */
            flowInstanceId?: string;
            /**
             * @description Error code of a failed flow assignment.
             * @example REQUEST_LIMIT_EXCEEDED
             */
            errorCode?: string;
            /**
             * @description Error message of a failed flow assignment.
             * @example Daily rate of 10K exceeded
             */
            errorMessage?: string;
        };
        /** @description A bulk assignment of prospects to a flow, with its progress and, once processed, the result for each prospect. */
        FlowProspectsBulkAssignmentResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * @description The ID of the bulk assignment. Read its progress and results with `GET /v2/flows/prospects/bulk-assignments/{id}`.
             * @example f47ac10b-58cc-4372-a567-0e02b2c3d479
             */
            id?: string;
            /**
             * @description The status of the bulk assignment:
             *
             *     - `PENDING`: accepted, not processed yet.
             *     - `IN_PROGRESS`: being processed; `processedCount` says how many prospects are done.
             *     - `COMPLETED`: every prospect was processed; `results` holds each prospect's outcome (`successCount` assigned, `failedCount` not).
             *     - `FAILED`: the bulk assignment failed as a whole.
             * @example PENDING
             * @enum {string}
             */
            status?: "PENDING" | "IN_PROGRESS" | "COMPLETED" | "FAILED";
            /**
             * Format: int32
             * @description The total count of prospects to be assigned.
             * @example 50
             */
            totalCount?: number;
            /**
             * Format: int32
             * @description The count of prospects that have been processed.
             * @example 25
             */
            processedCount?: number;
            /**
             * Format: int32
             * @description The count of prospects that were successfully assigned.
             * @example 23
             */
            successCount?: number;
            /**
             * Format: int32
             * @description The count of prospects that failed to be assigned.
             * @example 2
             */
            failedCount?: number;
            /** @description The bulk assignment results. */
            results?: components["schemas"]["FlowAssignmentResult"][];
        };
        /** @description Related email messages. */
        EmailMessage: {
            /**
             * @description The sender's email address.
             * @example test@test.com
             */
            from?: string;
            /**
             * @description Gong's unique 32 character identifier for the email message.
             * @example 223mjfaaqqjuegabiyrmpctvcwwl75oz
             */
            id?: string;
            /**
             * Format: date-time
             * @description The date and time the email message was sent in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-20T00:00:00-08:00
             */
            sentTime?: string;
            /**
             * @description The mailbox from which the email was retrieved.
             * @example test@test.com
             */
            mailbox?: string;
            /**
             * @description Hash code of the email message.
             * @example l3z7w2s7oircdabnkwizmycm6g2uwznc
             */
            messageHash?: string;
        };
        /** @description List of objects within the external system. */
        ExternalSystemObject: {
            /**
             * @description Object Type.
             * @example Task
             * @enum {string}
             */
            objectType?: "Conversation" | "Task";
            /**
             * @description External ID.
             * @example 0013601230sV7grAAC
             */
            externalId?: string;
        };
        /** @description A list of links to external systems such as CRM, Telephony System, Case Management, etc. */
        ExternalSystem: {
            /**
             * @description External system name.
             * @example Salesforce
             * @enum {string}
             */
            system?: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects within the external system. */
            objects?: components["schemas"]["ExternalSystemObject"][];
        };
        /** @description Details of a call referencing the email address. */
        CallReference: {
            /**
             * @description Gong's unique numeric identifier for the call (up to 20 digits).
             * @example 7782342274025937895
             */
            id?: string;
            /**
             * @description Call status
             * @example COMPLETED
             */
            status?: string;
            /** @description A list of links to external systems such as CRM, Telephony System, Case Management, etc. */
            externalSystems?: components["schemas"]["ExternalSystem"][];
        };
        /** @description Related meetings. */
        MeetingReference: {
            /**
             * @description Gong's unique identifier for the meeting.
             * @example 8059707022269524529.sb5gr1tgpt5dd799eh035rb3dk@google.com_2022-06-30T13:00:00Z
             */
            id?: string;
        };
        /** @description List of objects in the external system. */
        CustomerDataObject: {
            /**
             * @description Gong's unique numeric identifier (up to 20 digits) for the Lead or Contact.
             * @example 7782342274025937895
             */
            id?: string;
            /**
             * @description Object Type.
             * @example Contact
             * @enum {string}
             */
            objectType?: "Lead" | "Contact";
            /**
             * @description External ID.
             * @example 0013601230sV7grAAC
             */
            externalId?: string;
            /**
             * @description Crm Mirror ID.
             * @example {"integrationId":"262834820328732","crmObjectType":"CONTACT","crmId":"0031Q00002DFhi4QAD"}
             */
            mirrorId?: string;
            /** @description Object fields. */
            fields?: components["schemas"]["ContextField"][];
        };
        /** @description A list of links to data from external systems (such as CRM, Telephony System, Case Management, etc.) that reference the email address and that Gong stores. */
        CustomerData: {
            /**
             * @description External system name.
             * @example Salesforce
             * @enum {string}
             */
            system?: "Salesforce" | "HubSpot" | "MicrosoftDynamic" | "Generic";
            /** @description List of objects in the external system. */
            objects?: components["schemas"]["CustomerDataObject"][];
        };
        /** @description The body of a successful "Retrieve all references to a phone number" response. */
        PhoneNumberReferences: {
            requestId?: components["schemas"]["RequestId"];
            /** @description Related email messages. */
            emails?: components["schemas"]["EmailMessage"][];
            /** @description Related calls. */
            calls?: components["schemas"]["CallReference"][];
            /** @description Related meetings. */
            meetings?: components["schemas"]["MeetingReference"][];
            /** @description A list of links to data from external systems (such as CRM, Telephony System, Case Management, etc.) that reference the email address and that Gong stores. */
            customerData?: components["schemas"]["CustomerData"][];
            /**
             * @description The supplied phone number.
             * @example +1(425) 555-2671
             */
            suppliedPhoneNumber?: string;
            /**
             * @description Matching phone numbers found.
             * @example [
             *       "+1(425) 555-2671"
             *     ]
             */
            matchingPhoneNumbers?: string[];
            /**
             * @description Related email addresses.
             * @example [
             *       "test@test.com"
             *     ]
             */
            emailAddresses?: string[];
        };
        /** @description A list of customer's engagement (such as viewing external share call) */
        CustomerEngagement: {
            /**
             * @description Event type
             * @example contentViewed
             * @enum {string}
             */
            eventType?: "contentShared" | "contentViewed" | "customEvent" | "digitalInteraction";
            /**
             * Format: date-time
             * @description The date and time the event occurred in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2019-01-20T00:00:00-08:00
             */
            timestamp?: string;
            /**
             * @description Event content id
             * @example 7782342274025937895
             */
            contentId?: string;
            /**
             * @description Event content url
             * @example https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i
             */
            contentUrl?: string;
            /**
             * @description Event reporting system
             * @example https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i
             */
            reportingSystem?: string;
            /**
             * @description Event name
             * @example https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i
             */
            eventName?: string;
            /**
             * @description Source event Id
             * @example https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i
             */
            sourceEventId?: string;
        };
        /** @description The body of a successful "Retrieve all references to an email address" response. */
        EmailAddressReferences: {
            requestId?: components["schemas"]["RequestId"];
            /** @description Related email messages. */
            emails?: components["schemas"]["EmailMessage"][];
            /** @description Related calls. */
            calls?: components["schemas"]["CallReference"][];
            /** @description Related meetings. */
            meetings?: components["schemas"]["MeetingReference"][];
            /** @description A list of links to data from external systems (such as CRM, Telephony System, Case Management, etc.) that reference the email address and that Gong stores. */
            customerData?: components["schemas"]["CustomerData"][];
            /** @description A list of customer's engagement (such as viewing external share call) */
            customerEngagement?: components["schemas"]["CustomerEngagement"][];
        };
        /** @description Details of an email that contains supporting evidence. */
        EmailInfo: {
            /**
             * @description The email Id. This Id can be used to view the email in Gong by adding it to a Gong URL.
             * @example 5gfz1gfshfhqdfgsaghhjvcah
             */
            id?: string;
            /**
             * @description The email subject.
             * @example Acme Legal/Compliance Needs
             */
            title?: string;
            /**
             * Format: date-time
             * @description The date and time the email message was sent in the ISO-8601 format, for example: '2024-01-17T16:20:05-03:00' or '2016-02-16T03:57:04.834+05:30' or '2020-11-20T21:30:07.233692Z', where Z stands for UTC.
             * @example 2024-01-17T16:20:05-03:00
             */
            sentDateTime?: string;
        };
        /** @description Evidence from emails. Includes the relevant emails and the supporting excerpts identified in them. */
        EmailFinding: {
            /** @description Details of the emails that contain supporting evidence. */
            emails?: components["schemas"]["EmailInfo"][];
        };
        /** @description Details of the call that contains supporting evidence. */
        CallInfo: {
            /**
             * @description The call ID.
             * @example 123454809855576620
             */
            id?: string;
            /**
             * @description The call title.
             * @example Gong + Acme Bi-Weekly
             */
            title?: string;
            /**
             * Format: date-time
             * @description The date and time the call was recorded in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
             * @example 2024-06-15T14:30:00Z
             */
            started?: string;
            /**
             * @description Link to the call page in Gong.
             * @example https://gong.app.gong.io/call?id=123454809855576620
             */
            url?: string;
        };
        /** @description Evidence from a call. Includes the relevant call and the supporting excerpts identified in it. */
        CallFinding: {
            call?: components["schemas"]["CallInfo"];
        };
        /** @description A portion of the generated answer, with the calls and emails used to generate it. */
        AnswerSection: {
            /**
             * @description An array of items that make up the answer. Each item contains part of the generated response and metadata describing the calls and emails used as sources.
             * @example [
             *       "Acme has questions about compliance."
             *     ]
             */
            answerItems?: string[];
            /** @description Evidence from emails used. Includes the relevant emails and the supporting excerpts identified. */
            emailFindings?: components["schemas"]["EmailFinding"][];
            /** @description Evidence from calls used to generate this answer item. Includes the relevant calls and supporting excerpts. */
            callFindings?: components["schemas"]["CallFinding"][];
        };
        /** @description The body of a successful "Ask about an entity" response. */
        AskEntityResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * Format: int32
             * @description Number of calls searched to generate the answer.
             * @example 25
             */
            numOfCallsSearched?: number;
            /**
             * Format: int32
             * @description Number of emails searched to generate the answer.
             * @example 252
             */
            numOfEmailsSearched?: number;
            /** @description The generated answer. The answer is composed of one or more answerItems, each representing a portion of the response along with the calls and emails used to generate it. */
            answer?: components["schemas"]["AnswerSection"][];
        };
        /** @description Evidence from calls and emails used to generate this section of the brief. Includes the relevant calls and emails and the supporting excerpts identified in them. Only relevant when briefSectionType is Conversations. */
        ConversationFindings: {
            /** @description Evidence from calls used to generate this section of the brief. Includes the relevant calls and the supporting excerpts identified in them. */
            callFindings?: components["schemas"]["CallFinding"][];
            /** @description Evidence from emails used to generate this section in the brief. Includes the relevant emails and the supporting excerpts identified in them. */
            emailFindings?: components["schemas"]["EmailFinding"][];
        };
        /** @description Evidence from a result of a web search used to generate the brief for this section. */
        WebFinding: {
            /**
             * @description The domain of the website. This domain might be a Gong or a third-party URL that redirects (HTTP 302) to the original website.
             * @example acme.com
             */
            domain?: string;
            /**
             * @description The title of the web page.
             * @example Acme announces new customer service platform
             */
            title?: string;
            /**
             * @description The web page URL.
             * @example https://acme.com/news/new-customer-service-platform
             */
            url?: string;
        };
        /** @description The result of one MCP connection. */
        McpConnectionResult: {
            /**
             * @description The name given to the MCP connection in Gong.
             * @example Sentry
             */
            name?: string;
            /**
             * @description The status of the MCP connection.
             * @example NOT_CONNECTED
             * @enum {string}
             */
            status?: "SUCCESS" | "AUTH_REQUIRED" | "FAILED" | "NOT_CONNECTED" | "NO_MATCHING_TOOLS" | "NO_USER_CONTEXT" | "UNKNOWN";
        };
        /** @description Result returned from MCP connections defined for this brief section. Only relevant when briefSectionType is McpConnection. */
        McpResult: {
            /** @description Connection result for each MCP connection. */
            connections?: components["schemas"]["McpConnectionResult"][];
            /**
             * @description Set of server names that were invoked during the execution.
             * @example [
             *       "Sentry MCP"
             *     ]
             */
            servers?: string[];
            /**
             * @description Overall execution status.
             * @example CONNECTION_ERROR
             * @enum {string}
             */
            mcpStatus?: "SUCCESS" | "FAILURE" | "CONNECTION_ERROR";
            /**
             * @description Overall error message (dropped when status is SUCCESS).
             * @example Failed to establish one or more required connections. Verify the connection and try again.
             */
            errorMessage?: string;
        };
        /** @description One of the sections defined for the brief. */
        BriefSection: {
            /**
             * @description Section title (omitted if null).
             * @example Customer overview
             */
            title?: string;
            /**
             * @description The content displayed for this section.
             * @example [
             *       "Acme is involved in customer service."
             *     ]
             */
            sectionSummary?: string[];
            conversationFindings?: components["schemas"]["ConversationFindings"];
            /**
             * @description The section type. Determines the source of the data, and what type of data is included in the section.
             * @example Conversations
             * @enum {string}
             */
            briefSectionType?: "Conversations" | "Web" | "CrmOrGongData" | "McpConnection";
            /** @description Evidence from results of a web search used to generate the brief for this section. */
            webFindings?: components["schemas"]["WebFinding"][];
            mcpResult?: components["schemas"]["McpResult"];
        };
        /** @description The body of a successful "Generate a brief for a CRM entity" response. */
        GenerateBriefResponse: {
            requestId?: components["schemas"]["RequestId"];
            /**
             * Format: int32
             * @description Number of calls searched to generate the brief.
             * @example 7
             */
            numOfCallsSearched?: number;
            /**
             * Format: int32
             * @description Number of emails searched to generate the brief.
             * @example 102
             */
            numOfEmailsSearched?: number;
            /** @description The sections defined for the brief. */
            briefSections?: components["schemas"]["BriefSection"][];
        };
        /** @description The body of the webhook an automation rule fires for a call, as Gong's "Payload sent to webhooks" page describes it. */
        CallWebhookPayload: {
            /** @description The call's data. Gong says its structure and element definitions are identical to the API's, and its sample is one entry of the `calls` list of `POST /v2/calls/extensive` (metaData, context, parties, content, interaction, collaboration, media). */
            callData: components["schemas"]["CallData"];
            /**
             * @description Whether the webhook was executed as a test (from the rule's page in Gong, "Test now") rather than by a call matching the rule.
             * @example false
             */
            isTest: boolean;
        };
    };
    responses: {
        /** @description Malformed request */
        MalformedRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Access denied */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description API request limit exceeded */
        RateLimitExceeded: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Failed to complete the operation due to an unexpected error */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Access denied */
        AccessDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description This API endpoint is in Limited release - contact your CSM for more information. */
        LimitedRelease: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Payment required: the company's Gong credits for AI operations are spent */
        CreditsExhausted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Number of seconds to wait before making a new request. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
                /**
                 * @description Avatars are synthetic users representing Gong employees (CSMs and support providers) when they access your instance. References to avatars' IDs may be found in the outputs of other API endpoints. This parameter is optional, if not provided avatars will not be included in the results.
                 * @example false
                 */
                includeAvatars?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "users": [
                     *         {
                     *           "id": "234599484848423",
                     *           "emailAddress": "test@test.com",
                     *           "created": "2018-02-17T02:30:00-08:00",
                     *           "active": true,
                     *           "emailAliases": [
                     *             "testAlias@test.com"
                     *           ],
                     *           "trustedEmailAddress": "test@test.com",
                     *           "firstName": "Jon",
                     *           "lastName": "Snow",
                     *           "title": "Enterprise Account Executive",
                     *           "phoneNumber": "+1 123-567-8989",
                     *           "extension": "123",
                     *           "personalMeetingUrls": [
                     *             "https://zoom.us/j/123"
                     *           ],
                     *           "settings": {
                     *             "webConferencesRecorded": true,
                     *             "emailsImported": true,
                     *             "nonRecordedMeetingsImported": true,
                     *             "gongConnectEnabled": true
                     *           },
                     *           "managerId": "563515258458745",
                     *           "meetingConsentPageUrl": "https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl",
                     *           "spokenLanguages": [
                     *             {
                     *               "language": "es-ES",
                     *               "primary": true
                     *             }
                     *           ],
                     *           "conferencingProviders": [
                     *             {
                     *               "provider": "zoom",
                     *               "isDefault": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsersMetadata"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listMultipleUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "createdFromDateTime": "2018-02-17T02:30:00-08:00",
                 *         "createdToDateTime": "2018-02-19T02:30:00-08:00",
                 *         "includeAvatars": false,
                 *         "userIds": [
                 *           "234599484848423"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ListUsersByFilterRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "users": [
                     *         {
                     *           "id": "234599484848423",
                     *           "emailAddress": "test@test.com",
                     *           "created": "2018-02-17T02:30:00-08:00",
                     *           "active": true,
                     *           "emailAliases": [
                     *             "testAlias@test.com"
                     *           ],
                     *           "trustedEmailAddress": "test@test.com",
                     *           "firstName": "Jon",
                     *           "lastName": "Snow",
                     *           "title": "Enterprise Account Executive",
                     *           "phoneNumber": "+1 123-567-8989",
                     *           "extension": "123",
                     *           "personalMeetingUrls": [
                     *             "https://zoom.us/j/123"
                     *           ],
                     *           "settings": {
                     *             "webConferencesRecorded": true,
                     *             "emailsImported": true,
                     *             "nonRecordedMeetingsImported": true,
                     *             "gongConnectEnabled": true
                     *           },
                     *           "managerId": "563515258458745",
                     *           "meetingConsentPageUrl": "https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl",
                     *           "spokenLanguages": [
                     *             {
                     *               "language": "es-ES",
                     *               "primary": true
                     *             }
                     *           ],
                     *           "conferencingProviders": [
                     *             {
                     *               "provider": "zoom",
                     *               "isDefault": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsersMetadata"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No calls found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Gong's unique numeric identifier for the user (up to 20 digits).
                 * @example 234599484848423
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "user": {
                     *         "id": "234599484848423",
                     *         "emailAddress": "test@test.com",
                     *         "created": "2018-02-17T02:30:00-08:00",
                     *         "active": true,
                     *         "emailAliases": [
                     *           "testAlias@test.com"
                     *         ],
                     *         "trustedEmailAddress": "test@test.com",
                     *         "firstName": "Jon",
                     *         "lastName": "Snow",
                     *         "title": "Enterprise Account Executive",
                     *         "phoneNumber": "+1 123-567-8989",
                     *         "extension": "123",
                     *         "personalMeetingUrls": [
                     *           "https://zoom.us/j/123"
                     *         ],
                     *         "settings": {
                     *           "webConferencesRecorded": true,
                     *           "emailsImported": true,
                     *           "nonRecordedMeetingsImported": true,
                     *           "gongConnectEnabled": true
                     *         },
                     *         "managerId": "563515258458745",
                     *         "meetingConsentPageUrl": "https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl",
                     *         "spokenLanguages": [
                     *           {
                     *             "language": "es-ES",
                     *             "primary": true
                     *           }
                     *         ],
                     *         "conferencingProviders": [
                     *           {
                     *             "provider": "zoom",
                     *             "isDefault": true
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description User not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getUserHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Gong's unique numeric identifier for the user (up to 20 digits).
                 * @example 234599484848423
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "userSettingsHistory": [
                     *         {
                     *           "setting": "webConferencesRecorded",
                     *           "value": true,
                     *           "time": "2018-02-19T02:30:00-08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SettingsHistory"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description User not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCalls: {
        parameters: {
            query: {
                /**
                 * @description When paging is needed, provide the cursor from the response of the previous API call to bring the next page.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
                /**
                 * @description From date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -07:00. Returns calls on or after this time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time.
                 * @example 2018-02-18T08:00:00Z
                 */
                fromDateTime: string;
                /**
                 * @description To date and time in ISO-8601. Use UTC (Z) or a timezone offset such as -7:00. Returns calls that started before this date and time. For web-conference calls, the date is the scheduled time, otherwise, it's the actual start time.
                 * @example 2018-02-18T02:30:00-07:00
                 */
                toDateTime: string;
                /**
                 * @description Workspace identifier, if supplied the API only returns calls belonging to this workspace.
                 * @example 623457276584334
                 */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "calls": [
                     *         {
                     *           "id": "7782342274025937895",
                     *           "url": "https://app.gong.io/call?id=7782342274025937895",
                     *           "title": "Example call",
                     *           "scheduled": "2018-02-17T10:30:00Z",
                     *           "started": "2018-02-17T10:30:00Z",
                     *           "duration": 460,
                     *           "primaryUserId": "234599484848423",
                     *           "direction": "Outbound",
                     *           "system": "Outreach",
                     *           "scope": "Internal",
                     *           "media": "Video",
                     *           "language": "eng",
                     *           "workspaceId": "623457276584334",
                     *           "sdrDisposition": "Got the gatekeeper",
                     *           "clientUniqueId": "7JEHFRGXDDZFEW2FC4U",
                     *           "customData": "Conference Call",
                     *           "purpose": "Demo Call",
                     *           "meetingUrl": "https://zoom.us/j/123",
                     *           "isPrivate": false,
                     *           "calendarEventId": "abcde@google.com"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No calls found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    addCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientUniqueId": "123abc",
                 *       "title": "Example call",
                 *       "purpose": "Demo Call",
                 *       "scheduledStart": "2018-02-17T02:30:00-08:00",
                 *       "scheduledEnd": "2018-02-19T02:30:00-08:00",
                 *       "actualStart": "2018-02-17T02:30:00-08:00",
                 *       "duration": 125.8,
                 *       "parties": [
                 *         {
                 *           "phoneNumber": "+1 123-567-8989",
                 *           "emailAddress": "test@test.com",
                 *           "name": "Test User",
                 *           "partyId": "1",
                 *           "userId": "234599484848423"
                 *         },
                 *         {
                 *           "emailAddress": "jane.doe@customer.com",
                 *           "name": "Jane Doe",
                 *           "partyId": "2",
                 *           "context": [
                 *             {
                 *               "system": "Salesforce",
                 *               "objects": [
                 *                 {
                 *                   "objectType": "Contact",
                 *                   "objectId": "0013601230sV7grAAC"
                 *                 }
                 *               ]
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "direction": "Outbound",
                 *       "disposition": "No Answer",
                 *       "context": [
                 *         {
                 *           "system": "Salesforce",
                 *           "objects": [
                 *             {
                 *               "objectType": "Account",
                 *               "objectId": "0013601230sV7grAAC"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "customData": "Optional data",
                 *       "speakersTimeline": {
                 *         "precise": true,
                 *         "speechSegments": [
                 *           {
                 *             "fromTime": 5100,
                 *             "toTime": 24000,
                 *             "partyIds": [
                 *               "1"
                 *             ]
                 *           },
                 *           {
                 *             "fromTime": 24000,
                 *             "toTime": 31500,
                 *             "partyIds": [
                 *               "2"
                 *             ]
                 *           }
                 *         ]
                 *       },
                 *       "meetingUrl": "https://www.conference.com/john.smith",
                 *       "callProviderCode": "clearslide",
                 *       "downloadMediaUrl": "https://upload-server.com/sample-call.mp3",
                 *       "workspaceId": "623457276584334",
                 *       "languageCode": "en-US",
                 *       "flowContext": {
                 *         "taskId": "714366367493425"
                 *       },
                 *       "primaryUser": "234599484848423"
                 *     }
                 */
                "application/json": components["schemas"]["NewCallAddingRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "callId": "7782342274025937895"
                     *     }
                     */
                    "application/json": components["schemas"]["NewCallAddingResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict, e.g. recording is not enabled for the primary user */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Gong's unique numeric identifier for the call (up to 20 digits).
                 * @example 7782342274025937895
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "call": {
                     *         "id": "7782342274025937895",
                     *         "url": "https://app.gong.io/call?id=7782342274025937895",
                     *         "title": "Example call",
                     *         "scheduled": "2018-02-17T10:30:00Z",
                     *         "started": "2018-02-17T10:30:00Z",
                     *         "duration": 460,
                     *         "primaryUserId": "234599484848423",
                     *         "direction": "Outbound",
                     *         "system": "Outreach",
                     *         "scope": "Internal",
                     *         "media": "Video",
                     *         "language": "eng",
                     *         "workspaceId": "623457276584334",
                     *         "sdrDisposition": "Got the gatekeeper",
                     *         "clientUniqueId": "7JEHFRGXDDZFEW2FC4U",
                     *         "customData": "Conference Call",
                     *         "purpose": "Demo Call",
                     *         "meetingUrl": "https://zoom.us/j/123",
                     *         "isPrivate": false,
                     *         "calendarEventId": "abcde@google.com"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SpecificCall"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Call ID was not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    addCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description callId returned from 'Add New Call' request
                 * @example 7782342274025937895
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CallMediaUpload"];
            };
        };
        responses: {
            /** @description Successfully registered the new call recording */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "callId": "7782342274025937895",
                     *       "url": "https://app.gong.io/call?id=7782342274025937895"
                     *     }
                     */
                    "application/json": components["schemas"]["CallMediaResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCallsExtensive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDateTime": "2018-02-17T02:30:00-08:00",
                 *         "toDateTime": "2018-02-19T02:30:00-08:00",
                 *         "workspaceId": "623457276584334",
                 *         "callIds": [
                 *           "7782342274025937895"
                 *         ],
                 *         "primaryUserIds": [
                 *           "234599484848423"
                 *         ]
                 *       },
                 *       "contentSelector": {
                 *         "context": "Extended",
                 *         "contextTiming": [
                 *           "Now",
                 *           "TimeOfCall"
                 *         ],
                 *         "exposedFields": {
                 *           "parties": true,
                 *           "content": {
                 *             "structure": true,
                 *             "topics": true,
                 *             "trackers": true,
                 *             "trackerOccurrences": true,
                 *             "pointsOfInterest": true,
                 *             "brief": true,
                 *             "outline": true,
                 *             "highlights": true,
                 *             "callOutcome": true,
                 *             "keyPoints": true
                 *           },
                 *           "interaction": {
                 *             "speakers": true,
                 *             "video": true,
                 *             "personInteractionStats": true,
                 *             "questions": true
                 *           },
                 *           "collaboration": {
                 *             "publicComments": true
                 *           },
                 *           "media": true
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ListCallsByFilterRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "calls": [
                     *         {
                     *           "metaData": {
                     *             "id": "7782342274025937895",
                     *             "url": "https://app.gong.io/call?id=7782342274025937895",
                     *             "title": "Example call",
                     *             "scheduled": "2018-02-17T10:30:00Z",
                     *             "started": "2018-02-17T10:30:00Z",
                     *             "duration": 460,
                     *             "primaryUserId": "234599484848423",
                     *             "direction": "Outbound",
                     *             "system": "Outreach",
                     *             "scope": "Internal",
                     *             "media": "Video",
                     *             "language": "eng",
                     *             "workspaceId": "623457276584334",
                     *             "sdrDisposition": "Got the gatekeeper",
                     *             "clientUniqueId": "7JEHFRGXDDZFEW2FC4U",
                     *             "customData": "Conference Call",
                     *             "purpose": "Demo Call",
                     *             "meetingUrl": "https://zoom.us/j/123",
                     *             "isPrivate": false,
                     *             "calendarEventId": "abcde@google.com"
                     *           },
                     *           "context": [
                     *             {
                     *               "system": "Salesforce",
                     *               "objects": [
                     *                 {
                     *                   "objectType": "Opportunity",
                     *                   "objectId": "0013601230sV7grAAC",
                     *                   "fields": [
                     *                     {
                     *                       "name": "name",
                     *                       "value": "Gong Inc."
                     *                     }
                     *                   ],
                     *                   "timing": "Now"
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "parties": [
                     *             {
                     *               "id": "56825452554556",
                     *               "emailAddress": "test@test.com",
                     *               "name": "Test User",
                     *               "title": "Enterprise Account Executive",
                     *               "userId": "234599484848423",
                     *               "speakerId": "6432345678555530067",
                     *               "context": [
                     *                 {
                     *                   "system": "Salesforce",
                     *                   "objects": [
                     *                     {
                     *                       "objectType": "Contact",
                     *                       "objectId": "0013601230sV7grAAC",
                     *                       "fields": [
                     *                         {
                     *                           "name": "name",
                     *                           "value": "Gong Inc."
                     *                         }
                     *                       ],
                     *                       "timing": "Now"
                     *                     }
                     *                   ]
                     *                 }
                     *               ],
                     *               "affiliation": "Internal",
                     *               "phoneNumber": "+1 123-567-8989",
                     *               "methods": [
                     *                 "Invitee",
                     *                 "Attendee"
                     *               ]
                     *             }
                     *           ],
                     *           "content": {
                     *             "structure": [
                     *               {
                     *                 "name": "Meeting Setup",
                     *                 "duration": 67
                     *               }
                     *             ],
                     *             "trackers": [
                     *               {
                     *                 "id": "56825452554556",
                     *                 "name": "Competitors",
                     *                 "count": 7,
                     *                 "type": "KEYWORD",
                     *                 "occurrences": [
                     *                   {
                     *                     "startTime": 32.56,
                     *                     "speakerId": "234599484848423"
                     *                   }
                     *                 ],
                     *                 "phrases": [
                     *                   {
                     *                     "count": 5,
                     *                     "occurrences": [
                     *                       {
                     *                         "startTime": 32.56,
                     *                         "speakerId": "234599484848423"
                     *                       }
                     *                     ],
                     *                     "phrase": "Walmart"
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "topics": [
                     *               {
                     *                 "name": "Objections",
                     *                 "duration": 86
                     *               }
                     *             ],
                     *             "pointsOfInterest": {
                     *               "actionItems": [
                     *                 {
                     *                   "snippetStartTime": 26,
                     *                   "snippetEndTime": 26,
                     *                   "speakerID": "56825452554556",
                     *                   "snippet": "And I'll send you an invite with a link that you can use at that time as well."
                     *                 }
                     *               ]
                     *             },
                     *             "brief": "The customer reviewed the demo and asked for a pricing proposal.",
                     *             "outline": [
                     *               {
                     *                 "section": "Introduction",
                     *                 "startTime": 0,
                     *                 "duration": 67,
                     *                 "items": [
                     *                   {
                     *                     "text": "Agenda for the call",
                     *                     "startTime": 12
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "highlights": [
                     *               {
                     *                 "title": "Next steps",
                     *                 "items": [
                     *                   {
                     *                     "text": "Send a pricing proposal",
                     *                     "startTimes": [
                     *                       412.5
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "callOutcome": {
                     *               "id": "MEETING_BOOKED",
                     *               "category": "Answered",
                     *               "name": "Meeting booked"
                     *             },
                     *             "keyPoints": [
                     *               {
                     *                 "text": "The customer needs the integration live by the end of the quarter."
                     *               }
                     *             ]
                     *           },
                     *           "interaction": {
                     *             "speakers": [
                     *               {
                     *                 "id": "56825452554556",
                     *                 "userId": "234599484848423",
                     *                 "talkTime": 145
                     *               }
                     *             ],
                     *             "interactionStats": [
                     *               {
                     *                 "name": "Interactivity",
                     *                 "value": 56
                     *               }
                     *             ],
                     *             "video": [
                     *               {
                     *                 "name": "Browser",
                     *                 "duration": 218
                     *               }
                     *             ],
                     *             "questions": {
                     *               "companyCount": 5,
                     *               "nonCompanyCount": 3
                     *             }
                     *           },
                     *           "collaboration": {
                     *             "publicComments": [
                     *               {
                     *                 "id": "6843152929075440037",
                     *                 "audioStartTime": 26,
                     *                 "audioEndTime": 26,
                     *                 "commenterUserId": "234599484848423",
                     *                 "comment": "new comment",
                     *                 "posted": "2018-02-17T10:30:00Z",
                     *                 "inReplyTo": "792390015966656336",
                     *                 "duringCall": false
                     *               }
                     *             ]
                     *           },
                     *           "media": {
                     *             "audioUrl": "https://storage.gong.io/media/7782342274025937895/audio.mp3",
                     *             "videoUrl": "https://storage.gong.io/media/7782342274025937895/video.mp4"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExtensiveCallsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No calls found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getCallTranscripts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDateTime": "2018-02-17T02:30:00-08:00",
                 *         "toDateTime": "2018-02-19T02:30:00-08:00",
                 *         "workspaceId": "623457276584334",
                 *         "callIds": [
                 *           "7782342274025937895"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ListCallTranscriptsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "callTranscripts": [
                     *         {
                     *           "callId": "7782342274025937895",
                     *           "transcript": [
                     *             {
                     *               "speakerId": "6432345678555530067",
                     *               "topic": "Objections",
                     *               "sentences": [
                     *                 {
                     *                   "start": 460230,
                     *                   "end": 462343,
                     *                   "text": "No wait, I think we should check that out first."
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallTranscripts"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No calls found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCRMCallsManualAssociation: {
        parameters: {
            query?: {
                /**
                 * @description Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
                 * @example 2018-02-18T08:00:00Z
                 */
                fromDateTime?: string;
                /**
                 * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "associations": [
                     *         {
                     *           "callId": "7782342274025937895",
                     *           "userId": "234599484848423",
                     *           "created": "2018-02-17T10:30:00Z",
                     *           "associatedCrmObjects": [
                     *             {
                     *               "accountCrmId": "a5V1Q00A120DP4CVAW",
                     *               "dealCrmId": "0052Q00000qkGmgQBT"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ManualAssociationResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCallOutcomes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "outcomes": [
                     *         {
                     *           "callOutcome": "Meeting booked",
                     *           "displayOrder": 1,
                     *           "connectStatus": "CONNECTED",
                     *           "sentiment": "POSITIVE",
                     *           "todoAction": "COMPLETE",
                     *           "category": "ANSWERED"
                     *         },
                     *         {
                     *           "callOutcome": "Opt out",
                     *           "displayOrder": 2,
                     *           "connectStatus": "CONNECTED",
                     *           "sentiment": "NEGATIVE",
                     *           "todoAction": "COMPLETE_AND_REMOVE",
                     *           "automation": "MARK_AS_OPT_OUT",
                     *           "category": "ANSWERED"
                     *         },
                     *         {
                     *           "callOutcome": "Left voicemail",
                     *           "displayOrder": 3,
                     *           "connectStatus": "NOT_CONNECTED",
                     *           "sentiment": "NEUTRAL",
                     *           "todoAction": "COMPLETE",
                     *           "category": "NOT_ANSWERED"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallOutcomesResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listInteractionStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDate": "2019-01-20",
                 *         "toDate": "2019-01-21",
                 *         "userIds": [
                 *           "234599484848423"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MultipleUsersWithDatesRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "peopleInteractionStats": [
                     *         {
                     *           "userId": "234599484848423",
                     *           "userEmailAddress": "test@test.com",
                     *           "personInteractionStats": [
                     *             {
                     *               "name": "Interactivity",
                     *               "value": 9.23
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "timeZone": "US/Pacific",
                     *       "toDateTime": "2019-01-21T00:00:00-08:00",
                     *       "fromDateTime": "2019-01-20T00:00:00-08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyUsersInteractionStatsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No stats found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listAnsweredScorecards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "callFromDate": "2019-01-20",
                 *         "callToDate": "2019-01-25",
                 *         "reviewFromDate": "2019-01-20",
                 *         "reviewToDate": "2019-01-25",
                 *         "reviewMethod": "MANUAL",
                 *         "reviewedUserIds": [
                 *           "234599484848423"
                 *         ],
                 *         "scorecardIds": [
                 *           "6843152929075440037"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AnsweredScorecardsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "answeredScorecards": [
                     *         {
                     *           "answeredScorecardId": 5631525845874531,
                     *           "scorecardId": 6843152929075440,
                     *           "scorecardName": "SDR Call Scorecard",
                     *           "callId": 7782342274025937,
                     *           "callStartTime": "2018-02-17T10:30:00Z",
                     *           "reviewedUserId": 2345994848484231,
                     *           "reviewerUserId": 5635152584587451,
                     *           "editorUserId": null,
                     *           "reviewMethod": "MANUAL",
                     *           "reviewTime": "2018-02-17T10:30:00Z",
                     *           "visibilityType": "PUBLIC",
                     *           "answers": [
                     *             {
                     *               "questionId": 4395522475321111,
                     *               "questionRevisionId": 4395522475321111,
                     *               "isOverall": true,
                     *               "score": 4,
                     *               "answerText": "Done a great job. Scheduled a follow-up demo.",
                     *               "notApplicable": false,
                     *               "selectedOptions": null
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AnsweredScorecards"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Answered scorecards not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listMultipleUsersDayByDayActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDate": "2019-01-20",
                 *         "toDate": "2019-01-21",
                 *         "userIds": [
                 *           "234599484848423"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MultipleUsersWithDatesRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "usersDetailedActivities": [
                     *         {
                     *           "userId": "234599484848423",
                     *           "userEmailAddress": "test@test.com",
                     *           "userDailyActivityStats": [
                     *             {
                     *               "callsAsHost": [
                     *                 "348056639626337006"
                     *               ],
                     *               "callsGaveFeedback": [
                     *                 "5580564522626337006"
                     *               ],
                     *               "callsRequestedFeedback": [
                     *                 "342556337006"
                     *               ],
                     *               "callsReceivedFeedback": [
                     *                 "342556337006"
                     *               ],
                     *               "ownCallsListenedTo": [
                     *                 "4553256639626337006"
                     *               ],
                     *               "othersCallsListenedTo": [
                     *                 "56305663962633755"
                     *               ],
                     *               "callsSharedInternally": [
                     *                 "37555663966526337006"
                     *               ],
                     *               "callsSharedExternally": [
                     *                 "4563962633756"
                     *               ],
                     *               "callsAttended": [
                     *                 "45783962636582"
                     *               ],
                     *               "callsCommentsGiven": [
                     *                 "45663345636581"
                     *               ],
                     *               "callsCommentsReceived": [
                     *                 "45663962636582"
                     *               ],
                     *               "callsMarkedAsFeedbackGiven": [
                     *                 "45663962636581"
                     *               ],
                     *               "callsMarkedAsFeedbackReceived": [
                     *                 "45663388836581"
                     *               ],
                     *               "callsScorecardsFilled": [
                     *                 "45663962636582"
                     *               ],
                     *               "callsScorecardsReceived": [
                     *                 "45663962636581"
                     *               ],
                     *               "fromDate": "2019-01-20T00:00:00-08:00",
                     *               "toDate": "2019-01-21T00:00:00-08:00"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsersDayByDayActivity"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description User not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listMultipleUsersAggregateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDate": "2019-01-20",
                 *         "toDate": "2019-01-21",
                 *         "userIds": [
                 *           "234599484848423"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MultipleUsersWithDatesRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "usersAggregateActivityStats": [
                     *         {
                     *           "userId": "234599484848423",
                     *           "userEmailAddress": "test@test.com",
                     *           "userAggregateActivityStats": {
                     *             "callsAsHost": 20,
                     *             "callsGaveFeedback": 35,
                     *             "callsRequestedFeedback": 77,
                     *             "callsReceivedFeedback": 67,
                     *             "ownCallsListenedTo": 668,
                     *             "othersCallsListenedTo": 96,
                     *             "callsSharedInternally": 478,
                     *             "callsSharedExternally": 75,
                     *             "callsScorecardsFilled": 876,
                     *             "callsScorecardsReceived": 876,
                     *             "callsAttended": 46,
                     *             "callsCommentsGiven": 21,
                     *             "callsCommentsReceived": 13,
                     *             "callsMarkedAsFeedbackGiven": 24,
                     *             "callsMarkedAsFeedbackReceived": 35
                     *           }
                     *         }
                     *       ],
                     *       "timeZone": "US/Pacific",
                     *       "toDateTime": "2019-01-21T00:00:00-08:00",
                     *       "fromDateTime": "2019-01-20T00:00:00-08:00"
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyUsersAggregateActivityResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description User not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listMultipleUsersAggregateByPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM",
                 *       "filter": {
                 *         "fromDate": "2019-01-20",
                 *         "toDate": "2019-01-21",
                 *         "userIds": [
                 *           "234599484848423"
                 *         ]
                 *       },
                 *       "aggregationPeriod": "DAY"
                 *     }
                 */
                "application/json": components["schemas"]["RequestWithTimePeriod"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "usersAggregateActivity": [
                     *         {
                     *           "userId": "234599484848423",
                     *           "userEmailAddress": "test@test.com",
                     *           "userAggregateActivity": [
                     *             {
                     *               "callsAsHost": 20,
                     *               "callsGaveFeedback": 35,
                     *               "callsRequestedFeedback": 77,
                     *               "callsReceivedFeedback": 67,
                     *               "ownCallsListenedTo": 668,
                     *               "othersCallsListenedTo": 96,
                     *               "callsSharedInternally": 478,
                     *               "callsSharedExternally": 75,
                     *               "callsScorecardsFilled": 876,
                     *               "callsScorecardsReceived": 876,
                     *               "callsAttended": 46,
                     *               "callsCommentsGiven": 21,
                     *               "callsCommentsReceived": 13,
                     *               "callsMarkedAsFeedbackGiven": 24,
                     *               "callsMarkedAsFeedbackReceived": 35,
                     *               "fromDate": "2019-01-20T00:00:00-08:00",
                     *               "toDate": "2019-01-21T00:00:00-08:00"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsersAggregateByPeriodActivity"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description User not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "workspaces": [
                     *         {
                     *           "id": "623457276584334",
                     *           "name": "Some Workspace",
                     *           "description": "This is one of our workspaces"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkspacesResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listTrackers: {
        parameters: {
            query?: {
                /**
                 * @description The ID of the workspace the keyword trackers are in. When empty, all trackers in all workspaces are returned.
                 * @example 623457276584334
                 */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "keywordTrackers": [
                     *         {
                     *           "trackerId": "6840000929075400007",
                     *           "trackerName": "Competitors",
                     *           "workspaceId": "623457276584334",
                     *           "languageKeywords": [
                     *             {
                     *               "language": "ukr",
                     *               "keywords": [
                     *                 "competitor"
                     *               ],
                     *               "includeRelatedForms": false
                     *             }
                     *           ],
                     *           "affiliation": "NonCompany",
                     *           "partOfQuestion": false,
                     *           "saidAt": "Anytime",
                     *           "filterQuery": "{\"type\":\"And\",\"filters\":[{\"type\":\"CallDirection\",\"terms\":[\"OUTBOUND\"]}]}",
                     *           "created": "2018-02-17T02:30:00-08:00",
                     *           "creatorUserId": "234599484848423",
                     *           "updated": "2018-02-17T02:30:00-08:00",
                     *           "updaterUserId": "234599484848423"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TrackersResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Workspace not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listScorecards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "scorecards": [
                     *         {
                     *           "scorecardId": 6843152929075440,
                     *           "scorecardName": "SDR Call Scorecard",
                     *           "workspaceId": 623457276584334,
                     *           "enabled": true,
                     *           "updaterUserId": 234599484848423,
                     *           "created": "2018-02-17T10:30:00Z",
                     *           "updated": "2018-02-19T10:30:00Z",
                     *           "reviewMethod": "MANUAL",
                     *           "questions": [
                     *             {
                     *               "questionId": 6843152929075440,
                     *               "questionRevisionId": 4395522475321111,
                     *               "questionText": "How do you evaluate the SDR's overall performance in the call?",
                     *               "isOverall": false,
                     *               "questionType": "RANGE",
                     *               "answerGuide": "Answer is in the small talk",
                     *               "minRange": 0,
                     *               "maxRange": 50,
                     *               "answerOptions": null
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ScorecardsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Scorecards not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listBriefs: {
        parameters: {
            query?: {
                /**
                 * @description The ID of the workspace the AI briefs are in. When empty, all briefs in all workspaces are returned.
                 * @example 623457276584334
                 */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "briefs": [
                     *         {
                     *           "briefId": "8467340029583711",
                     *           "briefName": "Account overview",
                     *           "workspaceId": "623457276584334",
                     *           "description": "A summary of the account's recent conversations, for account reviews.",
                     *           "status": "Published",
                     *           "creator": "Jon Snow",
                     *           "creatorUserId": "234599484848423",
                     *           "created": "2018-02-17T02:30:00-08:00",
                     *           "updated": "2018-02-17T02:30:00-08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BriefsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Workspace not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getLibraryStructure: {
        parameters: {
            query?: {
                /**
                 * @description Workspace identifier. We will retrieve folders which are related to this specific workspace.
                 * @example 623457276584334
                 */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "folders": [
                     *         {
                     *           "id": "3843152912968920037",
                     *           "name": "Sales Onboarding",
                     *           "parentFolderId": "295738305212375930",
                     *           "createdBy": "234599484848423",
                     *           "updated": "2020-03-14T13:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No folders found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getCallsInSpecificFolder: {
        parameters: {
            query?: {
                /**
                 * @description Gong's unique numeric identifier for the folder (up to 20 digits).
                 * @example 3843152912968920037
                 */
                folderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "id": "3843152912968920037",
                     *       "name": "Sales Onboarding",
                     *       "createdBy": "234599484848423",
                     *       "updated": "2020-03-14T13:30:00Z",
                     *       "calls": [
                     *         {
                     *           "id": "7782342274025937895",
                     *           "title": "Example call",
                     *           "note": "sample note",
                     *           "addedBy": "234599484848423",
                     *           "created": "2020-01-12T22:30:00Z",
                     *           "url": "https://app.gong.io/call?id=3636865806219496180&highlights=%5B%7B%22to%22%3A+3240%2C+%22from%22%3A+1200%2C+%22type%22%3A+%22LIBRARY%22%7D%5D",
                     *           "snippet": {
                     *             "fromSec": 21,
                     *             "toSec": 132
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryFolderListOfCallsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No folders found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listLogs: {
        parameters: {
            query: {
                /**
                 * @description Type of logs requested.
                 * @example AccessLog
                 */
                logType: "AccessLog" | "UserActivityLog" | "UserCallPlay" | "ExternallySharedCallAccess" | "ExternallySharedCallPlay";
                /**
                 * @description The time from which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC).
                 * @example 2018-02-18T02:30:00-07:00
                 */
                fromDateTime: string;
                /**
                 * @description The time until which to retrieve log records, in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified, the logs end with the latest recorded log.
                 * @example 2018-02-19T08:00:00Z
                 */
                toDateTime?: string;
                /**
                 * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "logEntries": [
                     *         {
                     *           "userId": "234599484848423",
                     *           "userEmailAddress": "test@test.com",
                     *           "userFullName": "Jon Snow",
                     *           "impersonatorUserId": "234599484848423",
                     *           "impersonatorEmailAddress": "test@test.com",
                     *           "impersonatorFullName": "Jon Snow",
                     *           "impersonatorCompanyId": "234599484848423",
                     *           "eventTime": "2018-02-17T02:30:00-08:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LogsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description No logs found for the specified period */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCoachingMetrics: {
        parameters: {
            query: {
                /**
                 * @description Gong's unique numeric identifier for the workspace of the coaching metrics.
                 * @example 623457276584334
                 */
                "workspace-id": string;
                /**
                 * @description Gong's unique numeric identifier for the manager (a Gong user) whose coaching metrics are listed.
                 * @example 563515258458745
                 */
                "manager-id": string;
                /**
                 * @description Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
                 * @example 2018-02-18T08:00:00Z
                 */
                from: string;
                /**
                 * @description Association time filter - only the associations made after that time will be listed. The time is in the ISO-8601 format (e.g., '2018-02-18T02:30:00-07:00' or '2018-02-18T08:00:00Z', where Z stands for UTC); if not specified all association events will be listed.
                 * @example 2018-03-18T08:00:00Z
                 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "coachingData": [
                     *         {
                     *           "manager": {
                     *             "id": "563515258458745",
                     *             "emailAddress": "manager@test.com",
                     *             "firstName": "Eddard",
                     *             "lastName": "Stark",
                     *             "title": "Sales Manager"
                     *           },
                     *           "directReportsMetrics": [
                     *             {
                     *               "report": {
                     *                 "id": "234599484848423",
                     *                 "emailAddress": "test@test.com",
                     *                 "firstName": "Jon",
                     *                 "lastName": "Snow",
                     *                 "title": "Enterprise Account Executive"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CoachingMetrics"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listPermissionProfile: {
        parameters: {
            query: {
                /**
                 * @description Workspace identifier, the API will return only the profiles belonging to this workspace.
                 *
                 *     You can retrieve the workspace using the "workspaces" (under "Settings") API.
                 * @example 623457276584334
                 */
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "profiles": [
                     *         {
                     *           "id": "3843152912968920037",
                     *           "name": "Profile",
                     *           "description": "Description",
                     *           "callsAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "libraryFolderAccess": {
                     *             "permissionLevel": "specific-folders",
                     *             "libraryFolderIds": [
                     *               "3843152912968920037"
                     *             ],
                     *             "managePublicFolder": true,
                     *             "manageStreams": true,
                     *             "manageFolderCalls": true,
                     *             "shareFoldersAndStreams": true
                     *           },
                     *           "dealsAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "forecastPermissions": {
                     *             "forecastAccess": {
                     *               "permissionLevel": "managers-team",
                     *               "teamLeadIds": [
                     *                 "295738305212375930"
                     *               ]
                     *             },
                     *             "forecastEditSubmissions": {
                     *               "permissionLevel": "own"
                     *             },
                     *             "forecastEditTargets": {
                     *               "permissionLevel": "none"
                     *             }
                     *           },
                     *           "coachingAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "insightsAccess": {
                     *             "permissionLevel": "all"
                     *           },
                     *           "usageAccess": {
                     *             "permissionLevel": "report-to-them"
                     *           },
                     *           "emailsAccess": {
                     *             "permissionLevel": "own"
                     *           },
                     *           "scoreCalls": true,
                     *           "overrideScore": true,
                     *           "downloadCallMedia": true,
                     *           "shareCallsWithCustomers": true,
                     *           "manuallyScheduleAndUploadCalls": true,
                     *           "privateCalls": true,
                     *           "deleteCalls": true,
                     *           "trimCalls": true,
                     *           "listenInCalls": true,
                     *           "deleteEmails": true,
                     *           "callsAndSearch": true,
                     *           "library": true,
                     *           "deals": true,
                     *           "createEditAndDeleteDealsBoards": true,
                     *           "dealsInlineEditing": true,
                     *           "account": true,
                     *           "coaching": true,
                     *           "usage": true,
                     *           "teamStats": true,
                     *           "initiatives": true,
                     *           "market": true,
                     *           "activity": true,
                     *           "forecast": true,
                     *           "forecastManage": true,
                     *           "engageManageCompanyTemplates": true,
                     *           "engageManageCompanySequences": true,
                     *           "engageCreateAndManageRulesets": true,
                     *           "engageSnoozeFlowToDosForOthers": true,
                     *           "engageAllowCrmFieldsViewChange": true,
                     *           "viewEngageAnalyticsActivity": true,
                     *           "viewEngageAnalyticsPerformance": true,
                     *           "viewEngageAnalyticsFlows": true,
                     *           "manageGeneralBusinessSettings": true,
                     *           "manageScorecards": true,
                     *           "exportCallsAndCoachingDataToCSV": true,
                     *           "crmDataInlineEditing": true,
                     *           "crmDataImport": true,
                     *           "viewRevenueAnalytics": true,
                     *           "manageRevenueAnalytics": true,
                     *           "engageReassignFlowToDosToOthers": true,
                     *           "engageAssignFlowToDosToOthers": true,
                     *           "dealsDataExport": true,
                     *           "aiBuilder": true,
                     *           "orchestrateCreateAndManagePlays": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionProfilesResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getPermissionProfile: {
        parameters: {
            query: {
                /**
                 * @description Permission profile identifier.
                 * @example 3843152912968920037
                 */
                profileId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "profile": {
                     *         "id": "3843152912968920037",
                     *         "name": "Profile",
                     *         "description": "Description",
                     *         "callsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "libraryFolderAccess": {
                     *           "permissionLevel": "specific-folders",
                     *           "libraryFolderIds": [
                     *             "3843152912968920037"
                     *           ],
                     *           "managePublicFolder": true,
                     *           "manageStreams": true,
                     *           "manageFolderCalls": true,
                     *           "shareFoldersAndStreams": true
                     *         },
                     *         "dealsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "forecastPermissions": {
                     *           "forecastAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "forecastEditSubmissions": {
                     *             "permissionLevel": "own"
                     *           },
                     *           "forecastEditTargets": {
                     *             "permissionLevel": "none"
                     *           }
                     *         },
                     *         "coachingAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "insightsAccess": {
                     *           "permissionLevel": "all"
                     *         },
                     *         "usageAccess": {
                     *           "permissionLevel": "report-to-them"
                     *         },
                     *         "emailsAccess": {
                     *           "permissionLevel": "own"
                     *         },
                     *         "scoreCalls": true,
                     *         "overrideScore": true,
                     *         "downloadCallMedia": true,
                     *         "shareCallsWithCustomers": true,
                     *         "manuallyScheduleAndUploadCalls": true,
                     *         "privateCalls": true,
                     *         "deleteCalls": true,
                     *         "trimCalls": true,
                     *         "listenInCalls": true,
                     *         "deleteEmails": true,
                     *         "callsAndSearch": true,
                     *         "library": true,
                     *         "deals": true,
                     *         "createEditAndDeleteDealsBoards": true,
                     *         "dealsInlineEditing": true,
                     *         "account": true,
                     *         "coaching": true,
                     *         "usage": true,
                     *         "teamStats": true,
                     *         "initiatives": true,
                     *         "market": true,
                     *         "activity": true,
                     *         "forecast": true,
                     *         "forecastManage": true,
                     *         "engageManageCompanyTemplates": true,
                     *         "engageManageCompanySequences": true,
                     *         "engageCreateAndManageRulesets": true,
                     *         "engageSnoozeFlowToDosForOthers": true,
                     *         "engageAllowCrmFieldsViewChange": true,
                     *         "viewEngageAnalyticsActivity": true,
                     *         "viewEngageAnalyticsPerformance": true,
                     *         "viewEngageAnalyticsFlows": true,
                     *         "manageGeneralBusinessSettings": true,
                     *         "manageScorecards": true,
                     *         "exportCallsAndCoachingDataToCSV": true,
                     *         "crmDataInlineEditing": true,
                     *         "crmDataImport": true,
                     *         "viewRevenueAnalytics": true,
                     *         "manageRevenueAnalytics": true,
                     *         "engageReassignFlowToDosToOthers": true,
                     *         "engageAssignFlowToDosToOthers": true,
                     *         "dealsDataExport": true,
                     *         "aiBuilder": true,
                     *         "orchestrateCreateAndManagePlays": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionProfileResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    updatePermissionProfile: {
        parameters: {
            query: {
                /**
                 * @description Permission profile identifier.
                 * @example 3843152912968920037
                 */
                profileId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "3843152912968920037",
                 *       "name": "Profile",
                 *       "description": "Description",
                 *       "callsAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "libraryFolderAccess": {
                 *         "permissionLevel": "specific-folders",
                 *         "libraryFolderIds": [
                 *           "3843152912968920037"
                 *         ],
                 *         "managePublicFolder": true,
                 *         "manageStreams": true,
                 *         "manageFolderCalls": true,
                 *         "shareFoldersAndStreams": true
                 *       },
                 *       "dealsAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "forecastPermissions": {
                 *         "forecastAccess": {
                 *           "permissionLevel": "managers-team",
                 *           "teamLeadIds": [
                 *             "295738305212375930"
                 *           ]
                 *         },
                 *         "forecastEditSubmissions": {
                 *           "permissionLevel": "own"
                 *         },
                 *         "forecastEditTargets": {
                 *           "permissionLevel": "none"
                 *         }
                 *       },
                 *       "coachingAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "insightsAccess": {
                 *         "permissionLevel": "all"
                 *       },
                 *       "usageAccess": {
                 *         "permissionLevel": "report-to-them"
                 *       },
                 *       "emailsAccess": {
                 *         "permissionLevel": "own"
                 *       },
                 *       "scoreCalls": true,
                 *       "overrideScore": true,
                 *       "downloadCallMedia": true,
                 *       "shareCallsWithCustomers": true,
                 *       "manuallyScheduleAndUploadCalls": true,
                 *       "privateCalls": true,
                 *       "deleteCalls": true,
                 *       "trimCalls": true,
                 *       "listenInCalls": true,
                 *       "deleteEmails": true,
                 *       "callsAndSearch": true,
                 *       "library": true,
                 *       "deals": true,
                 *       "createEditAndDeleteDealsBoards": true,
                 *       "dealsInlineEditing": true,
                 *       "account": true,
                 *       "coaching": true,
                 *       "usage": true,
                 *       "teamStats": true,
                 *       "initiatives": true,
                 *       "market": true,
                 *       "activity": true,
                 *       "forecast": true,
                 *       "forecastManage": true,
                 *       "engageManageCompanyTemplates": true,
                 *       "engageManageCompanySequences": true,
                 *       "engageCreateAndManageRulesets": true,
                 *       "engageSnoozeFlowToDosForOthers": true,
                 *       "engageAllowCrmFieldsViewChange": true,
                 *       "viewEngageAnalyticsActivity": true,
                 *       "viewEngageAnalyticsPerformance": true,
                 *       "viewEngageAnalyticsFlows": true,
                 *       "manageGeneralBusinessSettings": true,
                 *       "manageScorecards": true,
                 *       "exportCallsAndCoachingDataToCSV": true,
                 *       "crmDataInlineEditing": true,
                 *       "crmDataImport": true,
                 *       "viewRevenueAnalytics": true,
                 *       "manageRevenueAnalytics": true,
                 *       "engageReassignFlowToDosToOthers": true,
                 *       "engageAssignFlowToDosToOthers": true,
                 *       "dealsDataExport": true,
                 *       "aiBuilder": true,
                 *       "orchestrateCreateAndManagePlays": true
                 *     }
                 */
                "application/json": components["schemas"]["PermissionProfile"];
            };
        };
        responses: {
            /** @description Successful response - returns the entire permission profile after applying the changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "profile": {
                     *         "id": "3843152912968920037",
                     *         "name": "Profile",
                     *         "description": "Description",
                     *         "callsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "libraryFolderAccess": {
                     *           "permissionLevel": "specific-folders",
                     *           "libraryFolderIds": [
                     *             "3843152912968920037"
                     *           ],
                     *           "managePublicFolder": true,
                     *           "manageStreams": true,
                     *           "manageFolderCalls": true,
                     *           "shareFoldersAndStreams": true
                     *         },
                     *         "dealsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "forecastPermissions": {
                     *           "forecastAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "forecastEditSubmissions": {
                     *             "permissionLevel": "own"
                     *           },
                     *           "forecastEditTargets": {
                     *             "permissionLevel": "none"
                     *           }
                     *         },
                     *         "coachingAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "insightsAccess": {
                     *           "permissionLevel": "all"
                     *         },
                     *         "usageAccess": {
                     *           "permissionLevel": "report-to-them"
                     *         },
                     *         "emailsAccess": {
                     *           "permissionLevel": "own"
                     *         },
                     *         "scoreCalls": true,
                     *         "overrideScore": true,
                     *         "downloadCallMedia": true,
                     *         "shareCallsWithCustomers": true,
                     *         "manuallyScheduleAndUploadCalls": true,
                     *         "privateCalls": true,
                     *         "deleteCalls": true,
                     *         "trimCalls": true,
                     *         "listenInCalls": true,
                     *         "deleteEmails": true,
                     *         "callsAndSearch": true,
                     *         "library": true,
                     *         "deals": true,
                     *         "createEditAndDeleteDealsBoards": true,
                     *         "dealsInlineEditing": true,
                     *         "account": true,
                     *         "coaching": true,
                     *         "usage": true,
                     *         "teamStats": true,
                     *         "initiatives": true,
                     *         "market": true,
                     *         "activity": true,
                     *         "forecast": true,
                     *         "forecastManage": true,
                     *         "engageManageCompanyTemplates": true,
                     *         "engageManageCompanySequences": true,
                     *         "engageCreateAndManageRulesets": true,
                     *         "engageSnoozeFlowToDosForOthers": true,
                     *         "engageAllowCrmFieldsViewChange": true,
                     *         "viewEngageAnalyticsActivity": true,
                     *         "viewEngageAnalyticsPerformance": true,
                     *         "viewEngageAnalyticsFlows": true,
                     *         "manageGeneralBusinessSettings": true,
                     *         "manageScorecards": true,
                     *         "exportCallsAndCoachingDataToCSV": true,
                     *         "crmDataInlineEditing": true,
                     *         "crmDataImport": true,
                     *         "viewRevenueAnalytics": true,
                     *         "manageRevenueAnalytics": true,
                     *         "engageReassignFlowToDosToOthers": true,
                     *         "engageAssignFlowToDosToOthers": true,
                     *         "dealsDataExport": true,
                     *         "aiBuilder": true,
                     *         "orchestrateCreateAndManagePlays": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionProfileResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    createPermissionProfile: {
        parameters: {
            query: {
                /**
                 * @description Workspace identifier.
                 *
                 *     You can retrieve the workspace using the "workspaces" (under "Settings") API.
                 * @example 623457276584334
                 */
                workspaceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Profile",
                 *       "description": "Description",
                 *       "callsAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "libraryFolderAccess": {
                 *         "permissionLevel": "specific-folders",
                 *         "libraryFolderIds": [
                 *           "3843152912968920037"
                 *         ],
                 *         "managePublicFolder": true,
                 *         "manageStreams": true,
                 *         "manageFolderCalls": true,
                 *         "shareFoldersAndStreams": true
                 *       },
                 *       "dealsAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "forecastPermissions": {
                 *         "forecastAccess": {
                 *           "permissionLevel": "managers-team",
                 *           "teamLeadIds": [
                 *             "295738305212375930"
                 *           ]
                 *         },
                 *         "forecastEditSubmissions": {
                 *           "permissionLevel": "own"
                 *         },
                 *         "forecastEditTargets": {
                 *           "permissionLevel": "none"
                 *         }
                 *       },
                 *       "coachingAccess": {
                 *         "permissionLevel": "managers-team",
                 *         "teamLeadIds": [
                 *           "295738305212375930"
                 *         ]
                 *       },
                 *       "insightsAccess": {
                 *         "permissionLevel": "all"
                 *       },
                 *       "usageAccess": {
                 *         "permissionLevel": "report-to-them"
                 *       },
                 *       "emailsAccess": {
                 *         "permissionLevel": "own"
                 *       },
                 *       "scoreCalls": true,
                 *       "overrideScore": true,
                 *       "downloadCallMedia": true,
                 *       "shareCallsWithCustomers": true,
                 *       "manuallyScheduleAndUploadCalls": true,
                 *       "privateCalls": true,
                 *       "deleteCalls": true,
                 *       "trimCalls": true,
                 *       "listenInCalls": true,
                 *       "deleteEmails": true,
                 *       "callsAndSearch": true,
                 *       "library": true,
                 *       "deals": true,
                 *       "createEditAndDeleteDealsBoards": true,
                 *       "dealsInlineEditing": true,
                 *       "account": true,
                 *       "coaching": true,
                 *       "usage": true,
                 *       "teamStats": true,
                 *       "initiatives": true,
                 *       "market": true,
                 *       "activity": true,
                 *       "forecast": true,
                 *       "forecastManage": true,
                 *       "engageManageCompanyTemplates": true,
                 *       "engageManageCompanySequences": true,
                 *       "engageCreateAndManageRulesets": true,
                 *       "engageSnoozeFlowToDosForOthers": true,
                 *       "engageAllowCrmFieldsViewChange": true,
                 *       "viewEngageAnalyticsActivity": true,
                 *       "viewEngageAnalyticsPerformance": true,
                 *       "viewEngageAnalyticsFlows": true,
                 *       "manageGeneralBusinessSettings": true,
                 *       "manageScorecards": true,
                 *       "exportCallsAndCoachingDataToCSV": true,
                 *       "crmDataInlineEditing": true,
                 *       "crmDataImport": true,
                 *       "viewRevenueAnalytics": true,
                 *       "manageRevenueAnalytics": true,
                 *       "engageReassignFlowToDosToOthers": true,
                 *       "engageAssignFlowToDosToOthers": true,
                 *       "dealsDataExport": true,
                 *       "aiBuilder": true,
                 *       "orchestrateCreateAndManagePlays": true
                 *     }
                 */
                "application/json": components["schemas"]["PermissionProfile"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "profile": {
                     *         "id": "3843152912968920037",
                     *         "name": "Profile",
                     *         "description": "Description",
                     *         "callsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "libraryFolderAccess": {
                     *           "permissionLevel": "specific-folders",
                     *           "libraryFolderIds": [
                     *             "3843152912968920037"
                     *           ],
                     *           "managePublicFolder": true,
                     *           "manageStreams": true,
                     *           "manageFolderCalls": true,
                     *           "shareFoldersAndStreams": true
                     *         },
                     *         "dealsAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "forecastPermissions": {
                     *           "forecastAccess": {
                     *             "permissionLevel": "managers-team",
                     *             "teamLeadIds": [
                     *               "295738305212375930"
                     *             ]
                     *           },
                     *           "forecastEditSubmissions": {
                     *             "permissionLevel": "own"
                     *           },
                     *           "forecastEditTargets": {
                     *             "permissionLevel": "none"
                     *           }
                     *         },
                     *         "coachingAccess": {
                     *           "permissionLevel": "managers-team",
                     *           "teamLeadIds": [
                     *             "295738305212375930"
                     *           ]
                     *         },
                     *         "insightsAccess": {
                     *           "permissionLevel": "all"
                     *         },
                     *         "usageAccess": {
                     *           "permissionLevel": "report-to-them"
                     *         },
                     *         "emailsAccess": {
                     *           "permissionLevel": "own"
                     *         },
                     *         "scoreCalls": true,
                     *         "overrideScore": true,
                     *         "downloadCallMedia": true,
                     *         "shareCallsWithCustomers": true,
                     *         "manuallyScheduleAndUploadCalls": true,
                     *         "privateCalls": true,
                     *         "deleteCalls": true,
                     *         "trimCalls": true,
                     *         "listenInCalls": true,
                     *         "deleteEmails": true,
                     *         "callsAndSearch": true,
                     *         "library": true,
                     *         "deals": true,
                     *         "createEditAndDeleteDealsBoards": true,
                     *         "dealsInlineEditing": true,
                     *         "account": true,
                     *         "coaching": true,
                     *         "usage": true,
                     *         "teamStats": true,
                     *         "initiatives": true,
                     *         "market": true,
                     *         "activity": true,
                     *         "forecast": true,
                     *         "forecastManage": true,
                     *         "engageManageCompanyTemplates": true,
                     *         "engageManageCompanySequences": true,
                     *         "engageCreateAndManageRulesets": true,
                     *         "engageSnoozeFlowToDosForOthers": true,
                     *         "engageAllowCrmFieldsViewChange": true,
                     *         "viewEngageAnalyticsActivity": true,
                     *         "viewEngageAnalyticsPerformance": true,
                     *         "viewEngageAnalyticsFlows": true,
                     *         "manageGeneralBusinessSettings": true,
                     *         "manageScorecards": true,
                     *         "exportCallsAndCoachingDataToCSV": true,
                     *         "crmDataInlineEditing": true,
                     *         "crmDataImport": true,
                     *         "viewRevenueAnalytics": true,
                     *         "manageRevenueAnalytics": true,
                     *         "engageReassignFlowToDosToOthers": true,
                     *         "engageAssignFlowToDosToOthers": true,
                     *         "dealsDataExport": true,
                     *         "aiBuilder": true,
                     *         "orchestrateCreateAndManagePlays": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionProfileResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["UnexpectedError"];
        };
    };
    listPermissionProfileUsers: {
        parameters: {
            query: {
                /**
                 * @description Permission profile identifier.
                 * @example 3843152912968920037
                 */
                profileId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "users": [
                     *         {
                     *           "id": "234599484848423",
                     *           "fullName": "Jon",
                     *           "emailAddress": "test@test.com"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionProfileUsersResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    addUsersAccessToCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callAccessList": [
                 *         {
                 *           "callId": "7782342274025937895",
                 *           "userIds": [
                 *             "234599484848423"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CallsUsersAccessAddRequest"];
            };
        };
        responses: {
            /** @description Successful request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getUsersAccessToCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filter": {
                 *         "callIds": [
                 *           "7782342274025937895"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CallsAccessFilterRequest"];
            };
        };
        responses: {
            /** @description Successful request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "callAccessList": [
                     *         {
                     *           "callId": "7782342274025937895",
                     *           "users": [
                     *             {
                     *               "userId": "234599484848423"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallsAccessDetailsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    deleteUsersAccessToCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callAccessList": [
                 *         {
                 *           "callId": "7782342274025937895",
                 *           "userIds": [
                 *             "234599484848423"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CallsUsersAccessDeleteRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listGenericCrmIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrations": [
                     *         {
                     *           "integrationId": 5517027188234205,
                     *           "ownerEmail": "joe.doe@acme.com",
                     *           "name": "ACME Sandbox"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListGenericCrmIntegrationsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    registerGenericCrmIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ownerEmail": "joe.doe@acme.com",
                 *       "name": "ACME Sandbox"
                 *     }
                 */
                "application/json": components["schemas"]["GenericCrmRegistrationRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrationId": 5517027188234205
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGenericCrmResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - An active integration already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["UnexpectedError"];
        };
    };
    deleteGenericCrmIntegration: {
        parameters: {
            query: {
                /**
                 * @description The ID of the integration to delete
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description A unique identifier generated and sent by you to allow troubleshooting. Valid characters are letters, numbers, dashes and underscores.
                 * @example 1234
                 */
                clientRequestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully registered the delete integration request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "clientRequestId": "1234"
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncProcessingResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Client request id has already been used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            500: components["responses"]["UnexpectedError"];
        };
    };
    listCrmSchemaFields: {
        parameters: {
            query: {
                /**
                 * @description Integration ID generated when creating the integration
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description Type of object to retrieve the schema fields for (case-sensitive).
                 *
                 *     Omitting this parameter returns the schema for all object types.
                 * @example ACCOUNT
                 */
                objectType?: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved crm schema fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "afjkzqkqglog7ueki5",
                     *       "objectTypeToSelectedFields": {
                     *         "ACCOUNT": [
                     *           {
                     *             "uniqueName": "accountTypePicklist",
                     *             "label": "Account Type",
                     *             "type": "PICKLIST",
                     *             "isDeleted": false
                     *           },
                     *           {
                     *             "uniqueName": "accountTypePicklist2",
                     *             "label": "Account Type2",
                     *             "type": "PICKLIST",
                     *             "isDeleted": false
                     *           },
                     *           {
                     *             "uniqueName": "fooBar",
                     *             "label": "Foo Bar",
                     *             "type": "STRING",
                     *             "isDeleted": false
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ListSelectedFieldsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    uploadCrmSchemaField: {
        parameters: {
            query: {
                /**
                 * @description Integration ID generated when creating the integration
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description The object type to set the schema for (case-sensitive)
                 * @example ACCOUNT
                 */
                objectType: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "uniqueName": "orderId",
                 *         "label": "ID",
                 *         "type": "ID",
                 *         "lastModified": "2020-11-11T08:11:34+01:00"
                 *       },
                 *       {
                 *         "uniqueName": "parentAccount",
                 *         "label": "Main Account",
                 *         "type": "REFERENCE",
                 *         "referenceTo": "ACCOUNT",
                 *         "lastModified": "2020-11-11T08:11:34+01:00"
                 *       },
                 *       {
                 *         "uniqueName": "category",
                 *         "label": "Category",
                 *         "type": "PICKLIST",
                 *         "orderedValueList": [
                 *           "Analyst",
                 *           "Competitor",
                 *           "Customer",
                 *           "Integrator",
                 *           "Investor",
                 *           "Partner",
                 *           "Other"
                 *         ],
                 *         "lastModified": "2020-11-11T08:11:34+01:00"
                 *       },
                 *       {
                 *         "uniqueName": "industry",
                 *         "isDeleted": true,
                 *         "label": "Industry",
                 *         "type": "PICKLIST",
                 *         "lastModified": "2020-11-21T08:11:34+01:00"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["UploadSchemaRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["SchemaUpdateResponse"];
                };
            };
            /** @description Successfully uploaded crm schema fields */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["SchemaUpdateResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getCrmObjects: {
        parameters: {
            query: {
                /**
                 * @description Integration ID generated when creating the integration
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description Requested objects type
                 * @example DEAL
                 */
                objectType: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
                /**
                 * @description **Request Body:** The requested objects crm ids (should be sent in the request body)
                 * @example [
                 *       "1234",
                 *       "8765"
                 *     ]
                 */
                objectsCrmIds: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved requested objects data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "crmObjectsMap": {
                     *         "1234": {
                     *           "category": "Analyst",
                     *           "amount": 34.68,
                     *           "closeDate": "2020-05-31"
                     *         },
                     *         "8765": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetGenericCrmObjectsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    uploadCrmData: {
        parameters: {
            query: {
                /**
                 * @description Integration ID generated when creating the integration
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description The object being uploaded. Options are (case-sensitive): ACCOUNT, CONTACT, DEAL, LEAD, BUSINESS_USER, STAGE.
                 * @example DEAL
                 */
                objectType: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD" | "BUSINESS_USER" | "STAGE";
                /**
                 * @description A unique identifier sent by you to allow troubleshooting and to prevent repeated attempts to upload the same list of objects.
                 *     Valid characters: letters, numbers, dashes and underscores.
                 * @example 1234
                 */
                clientRequestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataFile": "{\"objectId\": \"8608553\", \"modifiedDate\": \"2022-02-04T18:24:59Z\", \"url\": \"http://crm.com/deals/8608553\", \"accountId\": \"5ybyh6n6n65\", \"ownerId\": \"5486951\", \"name\": \"Deal name\", \"createdDate\": \"2022-02-04T17:57:23Z\", \"closeDate\": \"2022-09-04\", \"status\": \"OPEN\", \"stage\": \"discovery\", \"amount\": 7000}\n{\"objectId\": \"8608554\", \"modifiedDate\": \"2022-02-04T18:24:59Z\", \"isDeleted\": true}\n"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["CrmObjectsUpload"];
            };
        };
        responses: {
            /**
             * @description Successfully uploaded the crm data.
             *
             *     Important: This API is asynchronous. A 201 response indicates that the file successfully uploaded to Gong and is pending processing. Use the clientRequestId to verify the status of the request by calling the GET /v2/crm/request-status endpoint.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "clientRequestId": "1234"
                     *     }
                     */
                    "application/json": components["schemas"]["AsyncProcessingResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Client request id has already been used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getRequestStatus: {
        parameters: {
            query: {
                /**
                 * @description Integration ID generated when creating the integration
                 * @example 6286478263646
                 */
                integrationId: string;
                /**
                 * @description The client request ID used in the asynchronous endpoint you want to get a status for
                 * @example 1234
                 */
                clientRequestId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Operation successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "status": "FAILED",
                     *       "errors": [
                     *         {
                     *           "line": 49,
                     *           "description": "Mandatory field [objectId] is missing or empty"
                     *         }
                     *       ],
                     *       "totalErrorCount": 3,
                     *       "totalSuccessCount": 97
                     *     }
                     */
                    "application/json": components["schemas"]["RequestStatusResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    integrationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "integrationTypeSettings": [
                 *         {
                 *           "integrationType": "EMAIL_COMPOSER",
                 *           "allowedOrigin": "https://acme.partner.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationSettingsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrationId": 5517027188234205
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGenericCrmResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - Event was already reported in the past. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    addMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startTime": "2018-02-17T02:30:00-08:00",
                 *       "endTime": "2018-02-19T02:30:00-08:00",
                 *       "title": "Example call",
                 *       "invitees": [
                 *         {
                 *           "displayName": "Cookie Monster",
                 *           "email": "cookie.monster@cookies.com"
                 *         }
                 *       ],
                 *       "externalId": "7JEHFRGXDDZFEW2FC4U",
                 *       "provider": "zoom",
                 *       "organizerEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["NewMeetingRequest"];
            };
        };
        responses: {
            /** @description Successful request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "meetingId": "7782342274025937895",
                     *       "meetingUrl": "https://join.gong.io/my-company/jon.snow?tkn=MoNpS9tMNt8BK7EZxQpSJl",
                     *       "additionalInvitees": [
                     *         {
                     *           "displayName": "Gong Assistant",
                     *           "email": "assistant@gong.io"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NewMeetingResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["LimitedRelease"];
            /** @description No Gong user found corresponding to the provided organizer email */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict, e.g. consent page is not enabled in your company */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Gong's unique identifier for the meeting (up to 20 digits).
                 * @example 7782342274025937
                 */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startTime": "2018-02-17T02:30:00-08:00",
                 *       "endTime": "2018-02-19T02:30:00-08:00",
                 *       "title": "Example call",
                 *       "invitees": [
                 *         {
                 *           "displayName": "Cookie Monster",
                 *           "email": "cookie.monster@cookies.com"
                 *         }
                 *       ],
                 *       "externalId": "7JEHFRGXDDZFEW2FC4U",
                 *       "provider": "zoom",
                 *       "organizerEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMeetingRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "meetingId": "7782342274025937895"
                     *     }
                     */
                    "application/json": components["schemas"]["UpdateMeetingResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["LimitedRelease"];
            /** @description No meeting found corresponding to the provided meeting ID */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict, e.g. consent page is not enabled in your company */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Gong's unique identifier for the meeting (up to 20 digits).
                 * @example 7782342274025937
                 */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organizerEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["DeleteMeetingRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "organizerEmail": "test@test.com"
                     *     }
                     */
                    "application/json": components["schemas"]["DeleteMeetingRequest"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["LimitedRelease"];
            /** @description No Gong meeting found corresponding to the provided organizer email */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict, e.g. consent page is not enabled in your company */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    integrationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "test@test.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationStatusRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "users": [
                     *         {
                     *           "email": "test@test.com",
                     *           "exists": true,
                     *           "valid": false,
                     *           "userFacingError": "The Gong consent page is not enabled in your company. Contact your Gong Admin.",
                     *           "fixUrl": "https://app.gong.io/company/recording-consent/consent-page",
                     *           "helpUrl": "https://help.gong.io/hc/en-us/articles/360056677792"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationStatusResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["LimitedRelease"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    contentViewed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportingSystem": "abc123",
                 *       "eventTimestamp": "2021-02-17T02:30:00-08:00",
                 *       "eventId": "abc123",
                 *       "contentId": "doc_123456789",
                 *       "contentUrl": "https://example.com/doc_123456789",
                 *       "contentTitle": "Features & Spec V.1",
                 *       "viewActionTitle": "My Title",
                 *       "shareId": "abc123",
                 *       "viewInfoUrl": "https://example.com/path/to/a/page",
                 *       "viewer": {
                 *         "email": "test@test.com",
                 *         "name": "Test User",
                 *         "title": "Enterprise Account Executive",
                 *         "context": [
                 *           {
                 *             "system": "Salesforce",
                 *             "objects": [
                 *               {
                 *                 "objectType": "Contact",
                 *                 "objectId": "0013601230sV7grAAC"
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       },
                 *       "crmContext": [
                 *         {
                 *           "system": "Salesforce",
                 *           "objects": [
                 *             {
                 *               "objectType": "Account",
                 *               "objectId": "0013601230sV7grAAC"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "contentProperties": [
                 *         {
                 *           "name": "Version",
                 *           "value": "2.0",
                 *           "dataType": "string"
                 *         }
                 *       ],
                 *       "eventProperties": [
                 *         {
                 *           "name": "Pages viewed",
                 *           "value": "12",
                 *           "dataType": "number"
                 *         }
                 *       ],
                 *       "workspaceId": "623457276584334"
                 *     }
                 */
                "application/json": components["schemas"]["ContentViewedEvent"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrationId": 5517027188234205
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGenericCrmResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - Event was already reported in the past. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    contentShared: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportingSystem": "abc123",
                 *       "eventTimestamp": "2021-02-17T02:30:00-08:00",
                 *       "eventId": "abc123",
                 *       "contentId": "doc_123456789",
                 *       "contentUrl": "https://example.com/doc_123456789",
                 *       "contentTitle": "Features & Spec V.1",
                 *       "shareId": "abc123",
                 *       "shareInfoUrl": "https://example.com/path/to/a/page",
                 *       "sharingMessageSubject": "Sample Subject",
                 *       "sharingMessageBody": "<b>Hi</b>",
                 *       "sharer": {
                 *         "id": "234599484848423",
                 *         "email": "test@test.com",
                 *         "name": "Test User"
                 *       },
                 *       "recipients": [
                 *         {
                 *           "email": "jane.smith@example.com",
                 *           "name": "Jane Smith"
                 *         }
                 *       ],
                 *       "crmContext": [
                 *         {
                 *           "system": "Salesforce",
                 *           "objects": [
                 *             {
                 *               "objectType": "Account",
                 *               "objectId": "0013601230sV7grAAC"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "contentProperties": [
                 *         {
                 *           "name": "Version",
                 *           "value": "2.0",
                 *           "dataType": "string"
                 *         }
                 *       ],
                 *       "eventProperties": [
                 *         {
                 *           "name": "Recipients",
                 *           "value": "1",
                 *           "dataType": "number"
                 *         }
                 *       ],
                 *       "workspaceId": "623457276584334",
                 *       "actionName": "My Title"
                 *     }
                 */
                "application/json": components["schemas"]["ContentSharedEvent"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrationId": 5517027188234205
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGenericCrmResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - Event was already reported in the past. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    customAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportingSystem": "abc123",
                 *       "eventTimestamp": "2021-02-17T02:30:00-08:00",
                 *       "eventId": "abc123",
                 *       "contentId": "doc_123456789",
                 *       "contentUrl": "https://example.com/doc_123456789",
                 *       "contentTitle": "Features & Spec V.1",
                 *       "actionName": "My Title",
                 *       "eventInfoUrl": "https://example.com/path/to/a/page",
                 *       "actor": {
                 *         "email": "test@test.com",
                 *         "name": "Test User",
                 *         "title": "Enterprise Account Executive",
                 *         "context": [
                 *           {
                 *             "system": "Salesforce",
                 *             "objects": [
                 *               {
                 *                 "objectType": "Contact",
                 *                 "objectId": "0013601230sV7grAAC"
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       },
                 *       "crmContext": [
                 *         {
                 *           "system": "Salesforce",
                 *           "objects": [
                 *             {
                 *               "objectType": "Account",
                 *               "objectId": "0013601230sV7grAAC"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "contentProperties": [
                 *         {
                 *           "name": "Version",
                 *           "value": "2.0",
                 *           "dataType": "string"
                 *         }
                 *       ],
                 *       "eventProperties": [
                 *         {
                 *           "name": "Pages viewed",
                 *           "value": "12",
                 *           "dataType": "number"
                 *         }
                 *       ],
                 *       "workspaceId": "623457276584334"
                 *     }
                 */
                "application/json": components["schemas"]["CustomActionEvent"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "integrationId": 5517027188234205
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGenericCrmResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - Event was already reported in the past. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    addDigitalInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventId": "evt-20240514-0001",
                 *       "timestamp": "2024-05-14T10:15:00Z",
                 *       "eventType": "signed a contract",
                 *       "sourceSystemName": "Acme Contracts",
                 *       "sessionId": "session-8841",
                 *       "device": "PC",
                 *       "content": {
                 *         "contentId": "contract-123",
                 *         "contentTitle": "Master Services Agreement",
                 *         "contentLabel": [
                 *           "contract"
                 *         ],
                 *         "contentUrl": "https://contracts.example.com/contract-123",
                 *         "contentAdditionalInfoUrl": "https://contracts.example.com/contract-123/activity",
                 *         "numericContentDetails": {
                 *           "value": 100,
                 *           "rangeFrom": 0,
                 *           "rangeTo": 100,
                 *           "numericType": "PERCENTAGE"
                 *         },
                 *         "contentCustomFields": [
                 *           {
                 *             "name": "Version",
                 *             "value": "2.0",
                 *             "dataType": "STRING"
                 *           },
                 *           {
                 *             "name": "Author",
                 *             "value": "Jane Smith",
                 *             "dataType": "STRING"
                 *           }
                 *         ]
                 *       },
                 *       "person": {
                 *         "name": "John Doe",
                 *         "email": "john.doe@xyzcorp.com",
                 *         "personBusinessContext": {
                 *           "objectType": "CONTACT",
                 *           "objectId": "0033600001AbCdEAAV",
                 *           "systemName": "Salesforce"
                 *         },
                 *         "location": {
                 *           "country": "US",
                 *           "state": "US-CA",
                 *           "city": "San Francisco"
                 *         },
                 *         "company": {
                 *           "companyId": "7890",
                 *           "name": "XYZ Corp",
                 *           "domain": "xyzcorp.com",
                 *           "companyBusinessContexts": [
                 *             {
                 *               "objectType": "ACCOUNT",
                 *               "objectId": "0013601230sV7grAAC",
                 *               "systemName": "Salesforce"
                 *             }
                 *           ]
                 *         }
                 *       },
                 *       "customFields": [
                 *         {
                 *           "name": "Signing duration",
                 *           "value": "320",
                 *           "dataType": "DURATION"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DigitalInteractionRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["EventAcceptedResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Conflict - Event was already reported in the past. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filter": {
                 *         "userId": "234599484848423",
                 *         "workspaceId": "623457276584334",
                 *         "types": [
                 *           "FLOW",
                 *           "MANUAL"
                 *         ],
                 *         "taskAction": [
                 *           "CALL"
                 *         ],
                 *         "status": [
                 *           "OPEN"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ListTasksRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "tasks": [
                     *         {
                     *           "id": 1234361284629351,
                     *           "userId": 234599484848423,
                     *           "created": "2018-02-17T10:30:00Z",
                     *           "updated": "2018-02-17T10:30:00Z",
                     *           "status": "OPEN",
                     *           "type": "FLOW",
                     *           "actions": [
                     *             "CALL"
                     *           ],
                     *           "account": {
                     *             "crmId": "0013601230sV7grAAC",
                     *             "name": "Acme Inc.",
                     *             "crmUrl": "https://acme.my.salesforce.com/0013601230sV7grAAC"
                     *           },
                     *           "opportunity": {
                     *             "crmId": "0062Q00000qkGmgQBT",
                     *             "name": "Acme Inc. - New Business",
                     *             "crmUrl": "https://acme.my.salesforce.com/0062Q00000qkGmgQBT",
                     *             "status": "Open",
                     *             "stage": "Negotiation",
                     *             "amount": "25000",
                     *             "probability": "60",
                     *             "closeDate": "2018-03-31"
                     *           },
                     *           "dueDate": "2018-02-18T08:00:00Z",
                     *           "flow": {
                     *             "id": 1695493301223590,
                     *             "name": "Personal Flow",
                     *             "step": {
                     *               "id": 1695493301223591,
                     *               "name": "Make a call",
                     *               "stepNumber": 1
                     *             }
                     *           },
                     *           "contact": {
                     *             "crmId": "a5V1Q00A120DP4CVAW",
                     *             "type": "LEAD",
                     *             "data": {
                     *               "firstName": "Jon",
                     *               "lastName": "Snow",
                     *               "crmUrl": "https://acme.my.salesforce.com/a5V1Q00A120DP4CVAW",
                     *               "companyName": "Acme Inc.",
                     *               "affiliation": "Them",
                     *               "emails": [
                     *                 {
                     *                   "email": "jon.snow@acme.com"
                     *                 }
                     *               ],
                     *               "title": "VP Sales",
                     *               "timezone": "US/Pacific",
                     *               "phoneNumbers": [
                     *                 {
                     *                   "raw": "+1 123-567-8989",
                     *                   "extension": "123",
                     *                   "countryCode": 1,
                     *                   "normalized": "+11235678989",
                     *                   "label": "Mobile",
                     *                   "isVerified": true
                     *                 }
                     *               ],
                     *               "city": "San Francisco",
                     *               "country": "United States",
                     *               "state": "California",
                     *               "zipcode": "94105",
                     *               "optOutChannels": [
                     *                 "SMS_MESSAGES"
                     *               ],
                     *               "linkedinProfile": "https://www.linkedin.com/in/jon-snow"
                     *             }
                     *           },
                     *           "additionalContacts": [
                     *             {
                     *               "crmId": "0035e00000AbCdEEAV",
                     *               "type": "CONTACT",
                     *               "data": {
                     *                 "firstName": "Jane",
                     *                 "lastName": "Doe",
                     *                 "companyName": "Acme Inc.",
                     *                 "affiliation": "Them",
                     *                 "emails": [
                     *                   {
                     *                     "email": "jane.doe@acme.com"
                     *                   }
                     *                 ]
                     *               }
                     *             }
                     *           ],
                     *           "priority": {
                     *             "id": 1,
                     *             "name": "high",
                     *             "weight": 100
                     *           }
                     *         },
                     *         {
                     *           "id": 1234361284629352,
                     *           "userId": 234599484848423,
                     *           "created": "2018-02-17T11:00:00Z",
                     *           "updated": "2018-02-17T11:00:00Z",
                     *           "status": "OPEN",
                     *           "type": "MANUAL",
                     *           "actions": [
                     *             "CALL"
                     *           ],
                     *           "dueDate": "2018-02-19T08:00:00Z",
                     *           "contact": {
                     *             "crmId": "a5V1Q00A120DP4CVAW",
                     *             "type": "LEAD",
                     *             "data": {
                     *               "firstName": "Jon",
                     *               "lastName": "Snow"
                     *             }
                     *           },
                     *           "title": "Call back about pricing"
                     *         }
                     *       ],
                     *       "crmType": "SALESFORCE"
                     *     }
                     */
                    "application/json": components["schemas"]["TasksResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    updateReminder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the task to update (a task's `id` in the "List user's tasks" response).
                 * @example 1234361284629351
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "234599484848423",
                 *       "status": "DONE",
                 *       "dueDate": "2020-01-12T22:30:00Z",
                 *       "priority": "MEDIUM"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "tasks": [
                     *         {
                     *           "id": 1234361284629351,
                     *           "userId": 234599484848423,
                     *           "created": "2018-02-17T10:30:00Z",
                     *           "updated": "2020-01-10T09:15:00Z",
                     *           "status": "DONE",
                     *           "type": "MANUAL",
                     *           "actions": [
                     *             "CALL"
                     *           ],
                     *           "account": {
                     *             "crmId": "0013601230sV7grAAC",
                     *             "name": "Acme Inc.",
                     *             "crmUrl": "https://acme.my.salesforce.com/0013601230sV7grAAC"
                     *           },
                     *           "dueDate": "2020-01-12T22:30:00Z",
                     *           "contact": {
                     *             "crmId": "a5V1Q00A120DP4CVAW",
                     *             "type": "LEAD",
                     *             "data": {
                     *               "firstName": "Jon",
                     *               "lastName": "Snow",
                     *               "companyName": "Acme Inc.",
                     *               "affiliation": "Them",
                     *               "emails": [
                     *                 {
                     *                   "email": "jon.snow@acme.com"
                     *                 }
                     *               ]
                     *             }
                     *           },
                     *           "title": "Call back about pricing",
                     *           "priority": {
                     *             "id": 2,
                     *             "name": "medium",
                     *             "weight": 50
                     *           }
                     *         }
                     *       ],
                     *       "crmType": "SALESFORCE"
                     *     }
                     */
                    "application/json": components["schemas"]["TasksResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            403: components["responses"]["Forbidden"];
            /** @description TaskId not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listFlows: {
        parameters: {
            query: {
                /**
                 * @description Email of the Gong user whose personal flows and flows shared with the user you want to return.
                 * @example test@test.com
                 */
                flowOwnerEmail: string;
                /**
                 * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
                /**
                 * @description Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace.
                 * @example 623457276584334
                 */
                workspaceId?: string;
                /**
                 * @description Optional Folder identifier, if supplied the API will return only the flows belonging to this particular folder.
                 * @example 1695493301223573465
                 */
                folderId?: string;
                /**
                 * @description Optional flag, if supplied the API will return only the most recently assigned flows capped at 20.
                 * @example true
                 */
                mostRecentlyAssigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "flows": [
                     *         {
                     *           "id": "1695493301223590792",
                     *           "name": "Personal Flow",
                     *           "folderId": "1695493301223573465",
                     *           "folderName": "1695493301223573465",
                     *           "visibility": "Personal",
                     *           "creationDate": "2018-02-17T02:30:00-08:00",
                     *           "exclusive": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FlowsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    listFlowsFolders: {
        parameters: {
            query: {
                /**
                 * @description Email of the Gong user whose personal flows folders and flows folders shared with the user you want to return.
                 * @example test@test.com
                 */
                flowFolderOwnerEmail: string;
                /**
                 * @description When paging is needed, provide the value supplied by the previous API call to bring the following page of records.
                 * @example eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM
                 */
                cursor?: string;
                /**
                 * @description Optional folder identifier, if supplied the API will return only this folder and the child folders of this folder.
                 * @example 1695493301223573
                 */
                parentId?: string;
                /**
                 * @description Optional Workspace identifier, if supplied the API will return only the flows belonging to this workspace.
                 * @example 623457276584334
                 */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "records": {
                     *         "totalRecords": 263,
                     *         "currentPageSize": 100,
                     *         "currentPageNumber": 0,
                     *         "cursor": "eyJhbGciOiJIUzI1NiJ9.eyJjYWxsSWQiM1M30.6qKwpOcvnuweTZmFRzYdtjs_YwJphJU4QIwWFM"
                     *       },
                     *       "flows": [
                     *         {
                     *           "id": "1695493301223590792",
                     *           "name": "Personal Flow",
                     *           "folderId": "1695493301223573465",
                     *           "folderName": "1695493301223573465",
                     *           "visibility": "Personal",
                     *           "creationDate": "2018-02-17T02:30:00-08:00",
                     *           "exclusive": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FlowsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getFlowSteps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flowIds": [
                 *         "1695493301223590792",
                 *         "1695493301223002764"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FlowStepsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "flows": [
                     *         {
                     *           "id": "1695493301223590792",
                     *           "name": "Personal Flow",
                     *           "folderId": "1695493301223573465",
                     *           "visibility": "Personal",
                     *           "creationDate": "2018-02-17T02:30:00-08:00",
                     *           "exclusive": true,
                     *           "description": "Follow up with event attendees.",
                     *           "steps": [
                     *             {
                     *               "id": "1695493301223590801",
                     *               "stepOrder": 1,
                     *               "action": "AUTO_SEND_EMAIL",
                     *               "subject": "Following up on our conversation",
                     *               "body": "<div>Hello {{recipient.first_name}}</div>",
                     *               "isReply": false
                     *             },
                     *             {
                     *               "id": "1695493301223590802",
                     *               "stepOrder": 2,
                     *               "action": "CALL",
                     *               "isReply": false
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FlowStepsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description One or more flows not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getFlowsForProspects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "crmProspectsIds": [
                 *         "a5V1Q00A120DP4CVAW"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProspectsAssignedFlowsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "prospectsAssigned": [
                     *         {
                     *           "flowId": "1695493301223590792",
                     *           "flowName": "SDR Flow",
                     *           "crmProspectId": "a5V1Q00A120DP4CVAW",
                     *           "flowInstanceId": "1234361284629356",
                     *           "flowInstanceOwnerEmail": "test@test.com",
                     *           "flowInstanceOwnerFullName": "Test User",
                     *           "flowInstanceCreateDate": "2019-01-20T00:00:00-08:00",
                     *           "flowInstanceStatus": "Running",
                     *           "workspaceId": "623457276584334",
                     *           "exclusive": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectsFlowsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    assignProspects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "crmProspectsIds": [
                 *         "a5V1Q00A120DP4CVAW",
                 *         "00Q5e00000AbCdEEAV"
                 *       ],
                 *       "flowId": "1695493301223590792",
                 *       "flowInstanceOwnerEmail": "test@test.com",
                 *       "overrides": {
                 *         "steps": [
                 *           {
                 *             "number": 1,
                 *             "subject": "Initial Call with {{account_name}}",
                 *             "body": "<div>Hello {{recipient.first_name}}</div>"
                 *           }
                 *         ],
                 *         "flowInstanceVariables": [
                 *           {
                 *             "name": "recipient.first_name",
                 *             "value": "Mike"
                 *           }
                 *         ],
                 *         "coolOffOverride": false
                 *       },
                 *       "flowInstanceDescription": "Your goal with this flow is to <b>schedule a follow-up conversation</b> with event attendees to gather feedback and progress them toward becoming potential customers."
                 *     }
                 */
                "application/json": components["schemas"]["AssignFlowRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "prospectsAssigned": [
                     *         {
                     *           "flowId": "1695493301223590792",
                     *           "flowName": "SDR Flow",
                     *           "crmProspectId": "a5V1Q00A120DP4CVAW",
                     *           "flowInstanceId": "1234361284629356",
                     *           "flowInstanceOwnerEmail": "test@test.com",
                     *           "flowInstanceOwnerFullName": "Test User",
                     *           "flowInstanceCreateDate": "2019-01-20T00:00:00-08:00",
                     *           "flowInstanceStatus": "Running",
                     *           "workspaceId": "623457276584334",
                     *           "exclusive": true
                     *         }
                     *       ],
                     *       "prospectsNotAssigned": [
                     *         {
                     *           "flowId": "1695493301223590792",
                     *           "crmProspectId": "00Q5e00000AbCdEEAV",
                     *           "errorCode": "InvalidArgument",
                     *           "errorMessage": "Invalid crmId 00Q5e00000AbCdEEAV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AssignFlowResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Flow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    assignProspectsCoolOffOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "crmProspectsIds": [
                 *         "a5V1Q00A120DP4CVAW",
                 *         "00Q5e00000AbCdEEAV"
                 *       ],
                 *       "flowId": "1695493301223590792",
                 *       "flowInstanceOwnerEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["AssignFlowRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "prospectsAssigned": [
                     *         {
                     *           "flowId": "1695493301223590792",
                     *           "flowName": "SDR Flow",
                     *           "crmProspectId": "a5V1Q00A120DP4CVAW",
                     *           "flowInstanceId": "1234361284629356",
                     *           "flowInstanceOwnerEmail": "test@test.com",
                     *           "flowInstanceOwnerFullName": "Test User",
                     *           "flowInstanceCreateDate": "2019-01-20T00:00:00-08:00",
                     *           "flowInstanceStatus": "Running",
                     *           "workspaceId": "623457276584334",
                     *           "exclusive": true
                     *         }
                     *       ],
                     *       "prospectsNotAssigned": [
                     *         {
                     *           "flowId": "1695493301223590792",
                     *           "crmProspectId": "00Q5e00000AbCdEEAV",
                     *           "errorCode": "InvalidArgument",
                     *           "errorMessage": "Invalid crmId 00Q5e00000AbCdEEAV"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AssignFlowResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Flow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    unassignProspectFlows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "crmProspectId": "a5V1Q00A120DP4CVAW",
                 *       "flowId": "1695493301223590792",
                 *       "unassignedByUserEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["UnassignProspectFlowsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "unassignedFlowInstanceIds": [
                     *         "234599484848423"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnassignFlowsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    unassignFlows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flowInstanceIds": [
                 *         "234599484848423"
                 *       ],
                 *       "unassignedByUserEmail": "test@test.com"
                 *     }
                 */
                "application/json": components["schemas"]["UnassignFlowsRequest"];
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "unassignedFlowInstanceIds": [
                     *         "234599484848423"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnassignFlowsResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    submitFlowProspectsBulkAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flowInstanceOwnerEmail": "test@test.com",
                 *       "flowId": "1695493301223590792",
                 *       "prospects": [
                 *         {
                 *           "crmId": "a5V1Q00A120DP4CVAW"
                 *         },
                 *         {
                 *           "firstName": "Jon",
                 *           "lastName": "Snow",
                 *           "email": "jon.snow@northstar-logistics.com",
                 *           "jobTitle": "Enterprise Account Executive",
                 *           "linkedInUrl": "https://www.linkedin.com/in/jon-snow/",
                 *           "accountCrmId": "0011Q00001xsgZkQAI",
                 *           "companyName": "Northstar Logistics"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FlowProspectsBulkAssignmentRequest"];
            };
        };
        responses: {
            /** @description Accepted request */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
                     *       "status": "PENDING",
                     *       "totalCount": 2,
                     *       "processedCount": 0,
                     *       "successCount": 0,
                     *       "failedCount": 0,
                     *       "results": []
                     *     }
                     */
                    "application/json": components["schemas"]["FlowProspectsBulkAssignmentResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    getFlowProspectsBulkAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the bulk assignment, as returned by `POST /v2/flows/prospects/bulk-assignments`.
                 * @example f47ac10b-58cc-4372-a567-0e02b2c3d479
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
                     *       "status": "COMPLETED",
                     *       "totalCount": 2,
                     *       "processedCount": 2,
                     *       "successCount": 1,
                     *       "failedCount": 1,
                     *       "results": [
                     *         {
                     *           "prospect": {
                     *             "crmId": "a5V1Q00A120DP4CVAW"
                     *           },
                     *           "status": "ASSIGNED",
                     *           "crmId": "a5V1Q00A120DP4CVAW",
                     *           "flowInstanceId": "1234361284629356"
                     *         },
                     *         {
                     *           "prospect": {
                     *             "firstName": "Jon",
                     *             "lastName": "Snow",
                     *             "email": "jon.snow@northstar-logistics.com",
                     *             "jobTitle": "Enterprise Account Executive",
                     *             "linkedInUrl": "https://www.linkedin.com/in/jon-snow/",
                     *             "accountCrmId": "0011Q00001xsgZkQAI",
                     *             "companyName": "Northstar Logistics"
                     *           },
                     *           "status": "FLOW_ASSIGNMENT_FAILED",
                     *           "errorCode": "REQUEST_LIMIT_EXCEEDED",
                     *           "errorMessage": "Daily rate of 10K exceeded"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FlowProspectsBulkAssignmentResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NotFound */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    findAllReferencesToPhoneNumber: {
        parameters: {
            query: {
                /**
                 * @description The phone number.
                 *
                 *     This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored.
                 *
                 *     The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc.
                 *
                 *     Note: This parameter should be URL-encoded.
                 * @example +1(425) 555-2671
                 */
                phoneNumber: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "emails": [
                     *         {
                     *           "from": "test@test.com",
                     *           "id": "223mjfaaqqjuegabiyrmpctvcwwl75oz",
                     *           "sentTime": "2019-01-20T00:00:00-08:00",
                     *           "mailbox": "test@test.com",
                     *           "messageHash": "l3z7w2s7oircdabnkwizmycm6g2uwznc"
                     *         }
                     *       ],
                     *       "calls": [
                     *         {
                     *           "id": "7782342274025937895",
                     *           "status": "COMPLETED",
                     *           "externalSystems": [
                     *             {
                     *               "system": "Salesforce",
                     *               "objects": [
                     *                 {
                     *                   "objectType": "Task",
                     *                   "externalId": "0013601230sV7grAAC"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "meetings": [
                     *         {
                     *           "id": "8059707022269524529.sb5gr1tgpt5dd799eh035rb3dk@google.com_2022-06-30T13:00:00Z"
                     *         }
                     *       ],
                     *       "customerData": [
                     *         {
                     *           "system": "Salesforce",
                     *           "objects": [
                     *             {
                     *               "id": "7782342274025937895",
                     *               "objectType": "Contact",
                     *               "externalId": "0013601230sV7grAAC",
                     *               "mirrorId": "{\"integrationId\":\"262834820328732\",\"crmObjectType\":\"CONTACT\",\"crmId\":\"0031Q00002DFhi4QAD\"}",
                     *               "fields": [
                     *                 {
                     *                   "name": "name",
                     *                   "value": "Gong Inc."
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "suppliedPhoneNumber": "+1(425) 555-2671",
                     *       "matchingPhoneNumbers": [
                     *         "+1(425) 555-2671"
                     *       ],
                     *       "emailAddresses": [
                     *         "test@test.com"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberReferences"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    findAllReferencesToEmailAddress: {
        parameters: {
            query: {
                /**
                 * @description The email address.
                 * @example test@test.com
                 */
                emailAddress: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "emails": [
                     *         {
                     *           "from": "test@test.com",
                     *           "id": "223mjfaaqqjuegabiyrmpctvcwwl75oz",
                     *           "sentTime": "2019-01-20T00:00:00-08:00",
                     *           "mailbox": "test@test.com",
                     *           "messageHash": "l3z7w2s7oircdabnkwizmycm6g2uwznc"
                     *         }
                     *       ],
                     *       "calls": [
                     *         {
                     *           "id": "7782342274025937895",
                     *           "status": "COMPLETED",
                     *           "externalSystems": [
                     *             {
                     *               "system": "Salesforce",
                     *               "objects": [
                     *                 {
                     *                   "objectType": "Task",
                     *                   "externalId": "0013601230sV7grAAC"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "meetings": [
                     *         {
                     *           "id": "8059707022269524529.sb5gr1tgpt5dd799eh035rb3dk@google.com_2022-06-30T13:00:00Z"
                     *         }
                     *       ],
                     *       "customerData": [
                     *         {
                     *           "system": "Salesforce",
                     *           "objects": [
                     *             {
                     *               "id": "7782342274025937895",
                     *               "objectType": "Contact",
                     *               "externalId": "0013601230sV7grAAC",
                     *               "mirrorId": "{\"integrationId\":\"262834820328732\",\"crmObjectType\":\"CONTACT\",\"crmId\":\"0031Q00002DFhi4QAD\"}",
                     *               "fields": [
                     *                 {
                     *                   "name": "name",
                     *                   "value": "Gong Inc."
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "customerEngagement": [
                     *         {
                     *           "eventType": "contentViewed",
                     *           "timestamp": "2019-01-20T00:00:00-08:00",
                     *           "contentId": "7782342274025937895",
                     *           "contentUrl": "https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i",
                     *           "reportingSystem": "https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i",
                     *           "eventName": "https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i",
                     *           "sourceEventId": "https://app.gong.io/e/c-share/tkn=5vjaxkqnzmp515b220vlzto2i"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EmailAddressReferences"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    purgePhoneNumber: {
        parameters: {
            query: {
                /**
                 * @description The phone number.
                 *
                 *     This number must start with a + (plus) sign followed by the country code, area code, and local phone number. All other non-digits are ignored.
                 *
                 *     The following are examples of permitted phone numbers: +1 425 555 2671, +1-425-555-2671, +1 425 5552671, +14255552671, +1 425 555 26 71, +1(425) 555-2671, etc.
                 *
                 *     Note: This parameter should be URL-encoded.
                 * @example +1(425) 555-2671
                 */
                phoneNumber: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    purgeEmailAddress: {
        parameters: {
            query: {
                /**
                 * @description The email address.
                 * @example test@test.com
                 */
                emailAddress: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw"
                     *     }
                     */
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    askEntity: {
        parameters: {
            query: {
                /**
                 * @description Workspace identifier. The calls and emails used to answer the question must be associated with this workspace.
                 * @example 1237998047883638
                 */
                workspaceId: string;
                /**
                 * @description The object type of the entity in the CRM.
                 * @example ACCOUNT
                 */
                crmEntityType: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
                /**
                 * @description The CRM Id of the entity the question is asked about.
                 * @example 125260001VdfoWBAR
                 */
                crmEntityId: string;
                /**
                 * @description Specifies the time period during which associated calls and emails must have occurred to be used to generate the answer. The calls and emails must be associated with the specified entity.
                 * @example CUSTOM_RANGE
                 */
                timePeriod: "LAST_7DAYS" | "LAST_30DAYS" | "LAST_90DAYS" | "LAST_90_DAYS_SINCE_LAST_ACTIVITY" | "LAST_YEAR_SINCE_LAST_ACTIVITY" | "LAST_YEAR" | "THIS_WEEK" | "THIS_MONTH" | "THIS_YEAR" | "THIS_QUARTER" | "CUSTOM_RANGE" | "ALL_CONVERSATIONS";
                /**
                 * @description Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
                 * @example 2024-01-01T00:00:00Z
                 */
                fromDateTime?: string;
                /**
                 * @description Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the answer. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
                 * @example 2024-12-31T23:59:59Z
                 */
                toDateTime?: string;
                /**
                 * @description The question to answer.
                 * @example What was the last activity on that account?
                 */
                question: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "numOfCallsSearched": 25,
                     *       "numOfEmailsSearched": 252,
                     *       "answer": [
                     *         {
                     *           "answerItems": [
                     *             "Acme has questions about compliance."
                     *           ],
                     *           "emailFindings": [
                     *             {
                     *               "emails": [
                     *                 {
                     *                   "id": "5gfz1gfshfhqdfgsaghhjvcah",
                     *                   "title": "Acme Legal/Compliance Needs",
                     *                   "sentDateTime": "2024-01-17T16:20:05-03:00"
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "callFindings": [
                     *             {
                     *               "call": {
                     *                 "id": "123454809855576620",
                     *                 "title": "Gong + Acme Bi-Weekly",
                     *                 "started": "2024-06-15T14:30:00Z",
                     *                 "url": "https://gong.app.gong.io/call?id=123454809855576620"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AskEntityResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            402: components["responses"]["CreditsExhausted"];
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    generateBrief: {
        parameters: {
            query: {
                /**
                 * @description Workspace identifier. The workspace the brief is defined in.
                 * @example 1237998047883638
                 */
                workspaceId: string;
                /**
                 * @description The name of the brief to generate. Briefs are configured in the Agent Studio > AI Briefer.
                 * @example Account overview
                 */
                briefName: string;
                /**
                 * @description The object type of the entity in the CRM.
                 * @example ACCOUNT
                 */
                crmEntityType: "ACCOUNT" | "CONTACT" | "DEAL" | "LEAD";
                /**
                 * @description The CRM Id of the entity the brief is generated for.
                 * @example 125260001VdfoWBAR
                 */
                crmEntityId: string;
                /**
                 * @description Specifies the time period during which associated calls and emails must have occurred to be used to generate the brief. The calls and emails must be associated with the specified entity.
                 * @example CUSTOM_RANGE
                 */
                timePeriod: "LAST_7DAYS" | "LAST_30DAYS" | "LAST_90DAYS" | "LAST_90_DAYS_SINCE_LAST_ACTIVITY" | "LAST_YEAR_SINCE_LAST_ACTIVITY" | "LAST_YEAR" | "THIS_WEEK" | "THIS_MONTH" | "THIS_YEAR" | "THIS_QUARTER" | "CUSTOM_RANGE" | "ALL_CONVERSATIONS";
                /**
                 * @description Required when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) on or after which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
                 * @example 2024-01-01T00:00:00Z
                 */
                fromDateTime?: string;
                /**
                 * @description Relevant only when `timePeriod` is `CUSTOM_RANGE`. Specifies the date and time (UTC) before which calls (based on call start time) and emails must have occurred to be included when generating the brief. Date and time (in ISO-8601 format: '2024-10-18T08:00:00Z', where Z stands for UTC).
                 * @example 2024-12-31T23:59:59Z
                 */
                toDateTime?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "requestId": "4al018gzaztcr8nbukw",
                     *       "numOfCallsSearched": 7,
                     *       "numOfEmailsSearched": 102,
                     *       "briefSections": [
                     *         {
                     *           "title": "Customer overview",
                     *           "sectionSummary": [
                     *             "Acme is involved in customer service."
                     *           ],
                     *           "briefSectionType": "Conversations",
                     *           "conversationFindings": {
                     *             "callFindings": [
                     *               {
                     *                 "call": {
                     *                   "id": "123454809855576620",
                     *                   "title": "Gong + Acme Bi-Weekly",
                     *                   "started": "2024-06-15T14:30:00Z",
                     *                   "url": "https://gong.app.gong.io/call?id=123454809855576620"
                     *                 }
                     *               }
                     *             ],
                     *             "emailFindings": [
                     *               {
                     *                 "emails": [
                     *                   {
                     *                     "id": "5gfz1gfshfhqdfgsaghhjvcah",
                     *                     "title": "Acme Legal/Compliance Needs",
                     *                     "sentDateTime": "2024-01-17T16:20:05-03:00"
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           }
                     *         },
                     *         {
                     *           "title": "Company news",
                     *           "sectionSummary": [
                     *             "Acme launched a new customer service platform."
                     *           ],
                     *           "briefSectionType": "Web",
                     *           "webFindings": [
                     *             {
                     *               "domain": "acme.com",
                     *               "title": "Acme announces new customer service platform",
                     *               "url": "https://acme.com/news/new-customer-service-platform"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "title": "Open issues",
                     *           "sectionSummary": [],
                     *           "briefSectionType": "McpConnection",
                     *           "mcpResult": {
                     *             "connections": [
                     *               {
                     *                 "name": "Sentry",
                     *                 "status": "NOT_CONNECTED"
                     *               }
                     *             ],
                     *             "servers": [
                     *               "Sentry MCP"
                     *             ],
                     *             "mcpStatus": "CONNECTION_ERROR",
                     *             "errorMessage": "Failed to establish one or more required connections. Verify the connection and try again."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GenerateBriefResponse"];
                };
            };
            400: components["responses"]["MalformedRequest"];
            401: components["responses"]["AccessDenied"];
            402: components["responses"]["CreditsExhausted"];
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["UnexpectedError"];
        };
    };
    callWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callData": {
                 *         "metaData": {
                 *           "id": "5599332235511222",
                 *           "url": "https://app.gong.io/call?id=5599332235511222",
                 *           "title": "Ron/Speedman",
                 *           "scheduled": "2019-10-18T14:00:00-07:00",
                 *           "started": "2019-10-18T14:03:37.041977-07:00",
                 *           "duration": 2159,
                 *           "primaryUserId": "7744111777663220",
                 *           "direction": "Conference",
                 *           "system": "Zoom",
                 *           "scope": "External",
                 *           "media": "Video",
                 *           "language": "eng"
                 *         },
                 *         "context": [
                 *           {
                 *             "system": "Salesforce",
                 *             "objects": [
                 *               {
                 *                 "objectType": "Opportunity",
                 *                 "objectId": "0061Q00000mkU1fQAE",
                 *                 "fields": [
                 *                   {
                 *                     "name": "StageName",
                 *                     "value": "Open Renewal"
                 *                   },
                 *                   {
                 *                     "name": "Amount",
                 *                     "value": 50000
                 *                   },
                 *                   {
                 *                     "name": "CloseDate",
                 *                     "value": "2019-12-30"
                 *                   }
                 *                 ]
                 *               },
                 *               {
                 *                 "objectType": "Account",
                 *                 "objectId": "0011630000vmLBaEEN",
                 *                 "fields": [
                 *                   {
                 *                     "name": "Industry",
                 *                     "value": "Internet Software & Services"
                 *                   },
                 *                   {
                 *                     "name": "Website",
                 *                     "value": "acme.com"
                 *                   }
                 *                 ]
                 *               }
                 *             ]
                 *           }
                 *         ],
                 *         "parties": [
                 *           {
                 *             "id": "3104453225862452",
                 *             "emailAddress": "ron@example.com",
                 *             "name": "Ron",
                 *             "title": "Account Executive",
                 *             "userId": "7744111777663220",
                 *             "speakerId": "4587113920113408",
                 *             "affiliation": "Internal",
                 *             "methods": [
                 *               "Invitee",
                 *               "Attendee"
                 *             ]
                 *           },
                 *           {
                 *             "id": "8245116304715263",
                 *             "emailAddress": "speedman@acme.com",
                 *             "name": "Speedman",
                 *             "speakerId": "2304159823312734",
                 *             "affiliation": "External",
                 *             "methods": [
                 *               "Invitee",
                 *               "Attendee"
                 *             ]
                 *           }
                 *         ],
                 *         "content": {
                 *           "topics": [
                 *             {
                 *               "name": "Pricing",
                 *               "duration": 312
                 *             }
                 *           ],
                 *           "trackers": [
                 *             {
                 *               "id": "56825452554556",
                 *               "name": "Competitors",
                 *               "count": 2,
                 *               "type": "KEYWORD"
                 *             }
                 *           ]
                 *         },
                 *         "interaction": {
                 *           "speakers": [
                 *             {
                 *               "id": "4587113920113408",
                 *               "userId": "7744111777663220",
                 *               "talkTime": 1020
                 *             },
                 *             {
                 *               "id": "2304159823312734",
                 *               "talkTime": 985
                 *             }
                 *           ]
                 *         }
                 *       },
                 *       "isTest": false
                 *     }
                 */
                "application/json": components["schemas"]["CallWebhookPayload"];
            };
        };
        responses: {
            /** @description Acknowledge the webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
