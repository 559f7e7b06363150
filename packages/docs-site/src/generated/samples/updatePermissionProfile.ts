// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Update permission profile: PUT /v2/permission-profile
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, profile } = await gong.permissions.updateProfile({
    id: "3843152912968920037",
    name: "Profile",
    description: "Description",
    callsAccess: {
      permissionLevel: "managers-team",
      teamLeadIds: [
        "295738305212375930"
      ]
    },
    libraryFolderAccess: {
      permissionLevel: "specific-folders",
      libraryFolderIds: [
        "3843152912968920037"
      ],
      managePublicFolder: true,
      manageStreams: true,
      manageFolderCalls: true,
      shareFoldersAndStreams: true
    },
    dealsAccess: {
      permissionLevel: "managers-team",
      teamLeadIds: [
        "295738305212375930"
      ]
    },
    forecastPermissions: {
      forecastAccess: {
        permissionLevel: "managers-team",
        teamLeadIds: [
          "295738305212375930"
        ]
      },
      forecastEditSubmissions: {
        permissionLevel: "own"
      },
      forecastEditTargets: {
        permissionLevel: "none"
      }
    },
    coachingAccess: {
      permissionLevel: "managers-team",
      teamLeadIds: [
        "295738305212375930"
      ]
    },
    insightsAccess: {
      permissionLevel: "all"
    },
    usageAccess: {
      permissionLevel: "report-to-them"
    },
    emailsAccess: {
      permissionLevel: "own"
    },
    scoreCalls: true,
    overrideScore: true,
    downloadCallMedia: true,
    shareCallsWithCustomers: true,
    manuallyScheduleAndUploadCalls: true,
    privateCalls: true,
    deleteCalls: true,
    trimCalls: true,
    listenInCalls: true,
    deleteEmails: true,
    callsAndSearch: true,
    library: true,
    deals: true,
    createEditAndDeleteDealsBoards: true,
    dealsInlineEditing: true,
    account: true,
    coaching: true,
    usage: true,
    teamStats: true,
    initiatives: true,
    market: true,
    activity: true,
    forecast: true,
    forecastManage: true,
    engageManageCompanyTemplates: true,
    engageManageCompanySequences: true,
    engageCreateAndManageRulesets: true,
    engageSnoozeFlowToDosForOthers: true,
    engageAllowCrmFieldsViewChange: true,
    viewEngageAnalyticsActivity: true,
    viewEngageAnalyticsPerformance: true,
    viewEngageAnalyticsFlows: true,
    manageGeneralBusinessSettings: true,
    manageScorecards: true,
    exportCallsAndCoachingDataToCSV: true,
    crmDataInlineEditing: true,
    crmDataImport: true,
    viewRevenueAnalytics: true,
    manageRevenueAnalytics: true,
    engageReassignFlowToDosToOthers: true,
    engageAssignFlowToDosToOthers: true,
    dealsDataExport: true,
    aiBuilder: true,
    orchestrateCreateAndManagePlays: true
  }, { profileId: "3843152912968920037" });
  console.log(requestId, profile);
} catch (error) {
  throw error;
}
