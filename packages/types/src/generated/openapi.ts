// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with `pnpm generate`.

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A Gong request reference Id, generated for this request. Can be used for troubleshooting purposes.
         * @example 4al018gzaztcr8nbukw
         */
        RequestId: string;
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
        };
        /** @description The body of a successful "Retrieve user" response. */
        UserResponse: {
            requestId?: components["schemas"]["RequestId"];
            user?: components["schemas"]["UserMetadata"];
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
        AccessDenied: {
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
}
