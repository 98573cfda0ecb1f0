/**
 * The user permission names a permission set's `<userPermissions><name>` accepts: the `Permissions<Name>` boolean
 * fields of the PermissionSet object without that prefix (Object Reference, PermissionSet: "One field for each
 * permission ... The number of fields varies depending on the permissions for the organization and license type";
 * "To get a list of available permissions in the SOAP API, use describeSObjects()"). The reference
 * pages list no names; three machine-made copies of the object's describe do, and this list is their union:
 * - the Tooling API WSDL as Salesforce publishes it (forcedotcom/wsdl, npm @salesforce/types 1.9.0, type
 *   PermissionSet in lib/tooling.d.ts): 538 names;
 * - NetCoreForce's model of PermissionSet, generated from an org's describe at API 64.0: 386 names, 64 of them not
 *   in the WSDL (BypassMFAForUiLogins among them, "Waive Multi-Factor Authentication for Exempt Users");
 * - jsforce's standard schema (npm @jsforce/jsforce-node 3.12.0): 208 names, 7 of them in neither other copy
 *   (older ones such as PortalSuperUser and ManageCssUsers);
 * plus ManageTranslation, which exists only where the Translation Workbench is on (SalesforceFoundation/NPSP#3979).
 *
 * Which names an org accepts depends on its edition, licences and features: a deploy names the first one it does
 * not know ("Unknown user permission: AllowUniversalSearch", SFDO-Community/declarative-lookup-rollup-summaries#58).
 * So this list tells a typo from a real name; only the org's describe of PermissionSet says what it accepts.
 * Names found in public code but in none of the copies, and left out: EditReports, EditPublicReports and
 * ManageDashboards (sfpowerkit's dependency table); ApiOnlyUser (a deploy refuses it as "Unknown user permission:
 * ApiOnlyUser"; the name is ApiUserOnly).
 * Sorted by code point.
 */
const NAMES = `
AICreateInsightObjects AIViewInsightObjects AcceptInboundBundling AccessActivation
AccessBankingRelationshipAssistance AccessBankingServiceAgent AccessCMC AccessCdpDataExplorer
AccessCdpProfileExplorer AccessContentBuilder AccessCustomerDataCloudSetup AccessDisputePrompts AccessGeniePlatform
AccessKnowledgeSpace AccessOrchestrationObjects AccessPolicyAgent AccessSegment AccessServiceEinstein AccessSfDrive
AccessToComplaintAgent AccessToComplaintMgmt AccessToDisputeManagement AccessToServiceProcess
AccessWealthAdvisorAgent AccountSwitcherUser ActivateContract ActivateDeactivateNonSetupFlow ActivateOrder
ActivateSystemModeFlows ActivationWrite ActivitiesAccess AddAnalyticsRemoteConnections AddAsgntElmntToNonSetupFlow
AddCollFltrElmntToNonSetupFlow AddCollSrtElmntToNonSetupFlow AddCreaRecElmntToNonSetupFlow
AddDecisionElmntNonSetupFlow AddDelRecElmntToNonSetupFlow AddDirectMessageMembers AddGetRecElmntToNonSetupFlow
AddLoopElmntToNonSetupFlow AddSendToFlowElmntToNonSetupFlow AddSubflowElmntToNonSetupFlow AddToActionableList
AddToCampaign AddTrfmElmntToNonSetupFlow AddUpdtRecElmntToNonSetupFlow AddWaitToNonSetupFlow
AddWaveNotificationRecipients AdvancedCsvDataImportUser AgentforceSalesChatGPT AgentforceServiceAgentUser
AllowAIAccelerator AllowEmailIC AllowLightningLogin AllowUniversalSearch AllowViewEditConvertedLeads
AllowViewKnowledge ApexRestServices ApiEnabled ApiUserOnly AppFrameworkManageApp AppFrameworkManageTemplate
AppFrameworkViewApp ApprovalAdmin ApprovalDesigner AssignPermissionSets AssignTopics AttributionModelUser AuthorApex
AuthorizePayments AutomaticActivityCapture AutonomousAnalyticsPrivacy B2BMarketingAnalyticsUser BotManageBots
BotManageBotsTrainingData BreakGlassLoginAllowed BulkApiHardDelete BulkMacrosAllowed BypassEmailApproval
BypassMFAForUiLogins CMSECEAuthoringAccess CampaignInfluence2 CanAccessCE CanApproveFeedPost
CanApproveUninstalledApps CanDoActAsUser CanEditDataPrepRecipe CanEditPrompts CanExitFlowViaAPI
CanInitiateMessagingSessions CanInsertFeedSystemFields CanManageMaps CanMarketingUserDebugFlow CanQueryForeignTables
CanSendInitialSMSToIndividual CanUpdateEmailMessage CanUseNewDashboardBuilder CanVerifyComment CanViewDataPrepRecipe
CaptureAndReversePayments CdcReportingCreateReports CdcReportingManageFolders CdcReportingViewReports
CdpConnectionManagementUser CdpPerUserConnectionManagement ChangeDashboardColors ChatterComposeUiCodesnippet
ChatterEditOwnPost ChatterEditOwnRecordPost ChatterFileLink ChatterInternalUser ChatterInviteExternalUsers
ChatterOwnGroups ClientSecretRotation CloseConversations CodeBuilderUser CombAuthAndCapPayments ConfigCustomRecs
ConfigureCCTarget ConfigureCommunicationCapping ConfigureDataspaceScope ConnectOrgToEnvironmentHub ConsentApiUpdate
ContactInspectorUser ContentAdministrator ContentHubUser ContentWorkspaces ConvertLeads ConvertProspect
CreateConsent CreateCustomizeDashboards CreateCustomizeFilters CreateCustomizeReports CreateDashboardFolders
CreateEditNonSetupFlow CreateLtngTempFolder CreateLtngTempInPub CreateModActTrigNonSetupFlow
CreateModCadenceNonSetupFlow CreateModCampaignMemberTrigNonSetupFlow CreateModDGTrigNonSetupFlow
CreateModIndRecNonSetupFlow CreateModListTrigNonSetupFlow CreateModRecordQueryFlow CreatePackaging
CreateReportFolders CreateReportInLightning CreateTask CreateTopics CreateUpdateSDDDataset CreateUpdateSDDStory
CreateWorkBadgeDefinition CreateWorkspaces CustomAppsOnFSMobile CustomMobileAppsAccess CustomSidebarOnAllPages
CustomTabBarOnMobile CustomizeApplication DataCleanRoomQueryAccess DataCleanRoomReadAccess DataCleanRoomSetupAccess
DataCleanRoomWriteAccess DataCloudIngestionApi DataExport DebugApex DelegatedPortalUserAdmin DelegatedTwoFactor
DeleteActivatedContract DeleteCrMemoAndInvoice DeleteNonSetupFlow DeleteSalesforceFiles DeleteTopics
DetermineCrmRecordForIndv DigitalLendingAdminUser DigitalLendingEditReadOnly DigitalLendingUser
DigitalLendingWorkbench DistributeFromPersWksp DownloadMaliciousFiles DownloadPackageVersionZips EditActivatedOrders
EditBillingInfo EditBrandTemplates EditCaseComments EditEvent EditHtmlTemplates EditKnowledge EditMyDashboards
EditMyReports EditOppLineItemUnitPrice EditPublicDocuments EditPublicFilters EditPublicTemplates EditReadonlyFields
EditTask EditTopics EinsteinDecidePath EmailAdministration EmailMass EmailSingle EmailTemplateManagement
EmbeddedMessagingAgent EnableBCTransactionPolling EnableCommunityAppLauncher EnableIPFSUpload EnableNotifications
EngagementConfigUser EnhancedSalesMobileExp EnteredJourneyBuilder EventLogReadAccess ExitedJourneyBuilder
ExportReport ExternalClientAppAdmin ExternalClientAppDeveloper ExternalClientAppViewer FSCArcGraphCommunityUser
FSCComprehensiveUserAccess FeedPinning FlowUFLRequired ForceTwoFactor ForwardToBotOrAgent FreezeUsers
GetSmartDataDiscovery GetSmartDataDiscoveryExternal GiveRecognitionBadge GlobalCbPQueryAccess GovernNetworks
GrantOutboundBundling HasUnlimitedErbScoringRequests HasUnlimitedNBAExecutions HeadlessCMSAccess
HeadlessPlatformInteractions HeadlessPublishNudges HideReadByList IdentityConnect IdentityEnabled
ImportCustomObjects ImportLeads ImportPersonal InboundMigrationToolsUser InsightsAppAdmin InsightsAppDashboardEditor
InsightsAppEltEditor InsightsAppUploadUser InsightsAppUser InsightsCreateApplication InstallPackaging
IntegrationIntelligenceUser IntelligentDocumentProcessing IotUser IsotopeAccess IsotopeCToCUser IsotopeLEX
LMEndMessagingSessionUserPerm LMOutboundMessagingUserPerm LeadInspectorUser LearningManager
LifecycleManagementAPIUser LightningConsoleAllowedForUser LightningExperienceUser ListEmailSend
LobbyManagementUserAccess LtngPromoReserved01UserPerm MCPMetadataApi MakePayments ManageAccessPolicies
ManageAgentforceServiceAgent ManageAnalyticSnapshots ManageApiNamedQueries ManageAuthProviders
ManageBusinessHourHolidays ManageC360AConnections ManageCMS ManageCallCenters ManageCases ManageCategories
ManageCdpMlModels ManageCertificates ManageCertificatesExpiration ManageChatterMessages ManageContentPermissions
ManageContentProperties ManageContentTaxonomy ManageContentTypes ManageCoreGovernance ManageCssUsers
ManageCustomDomains ManageCustomPermissions ManageCustomReportTypes ManageCustomerDataOptOut
ManageDashbdsInPubFolders ManageDataAnalyticsGroups ManageDataCategories ManageDataIntegrations
ManageDataMaskPolicies ManageDataspaceScope ManageDevSandboxes ManageDynamicDashboards ManageEmailClientConfig
ManageEncryptionKeys ManageEntitlements ManageExchangeConfig ManageExternalConnections ManageFilesAndAttachments
ManageHealthAssessments ManageHealthCheck ManageHerokuAppLink ManageHubConnections ManageIntegrationConnections
ManageIntegrationPortals ManageInteraction ManageInternalUsers ManageIpAddresses ManageJourneys ManageKnowledge
ManageKnowledgeImportExport ManageLeads ManageLearningReporting ManageLoginAccessPolicies ManageMCEEmails
ManageMaliciousFiles ManageMobile ManageNamedCredentials ManageNetworks ManageOrchInstsAndWorkItems
ManageOrchestrationRuns ManagePackageLicenses ManagePasswordPolicies ManageProfilesPermissionsets ManagePropositions
ManagePvtRptsAndDashbds ManageQuickAttributes ManageRecommendationStrategies ManageReleaseUpdates ManageRemoteAccess
ManageReportsInPubFolders ManageRoles ManageSandboxes ManageSearchPromotionRules ManageSecurityCommandCenter
ManageSessionPermissionSets ManageSharedListViews ManageSharing ManageSlackUserMappings ManageSmartDataDiscovery
ManageSmartDataDiscoveryModel ManageSolutions ManageSubscriptions ManageSurveys ManageSynonyms ManageTemplatedApp
ManageTranslation ManageTrustMeasures ManageTwoFactor ManageUnlistedGroups ManageUsers MassInlineEdit
MeetingEngagementUser MergeTopics MetJourneyBuilderGoal MetadataStudioUser MngBenVerfForAssistiveAgnt
MobileMessagingAgent ModerateChatter ModerateNetworkUsers ModifyAccessAllowPolicies ModifyAccessDenyPolicies
ModifyAllData ModifyAllDataGovClassif ModifyAllDataGovClsfTax ModifyAllDataGovPolicies ModifyAllDataGovTagAssign
ModifyAllDataGovTagPropagation ModifyAllDataGovTags ModifyAllDataGovTax ModifyAllPolicyCenterPolicies
ModifyDataClassification ModifyMetadata ModifyTransactionSecurityPolicies MonitorLoginHistory MustUseSso
NativeWebviewScrolling NewReportBuilder OmnichannelInventoryBasic OmnichannelInventorySync OrgPerformanceAccess
OutboundMigrationToolsUser Packaging2 Packaging2Delete Packaging2PromoteVersion PasswordNeverExpires PaymentsAPIUser
PerformanceAnalysisAccess PersonalizationDecisioningUser PersonalizationIntelUser PersonalizationPlatform
PersonalizedFinanceUserAccess PlatformWebIdeUser PortalSuperUser PreventClassicExperience PrismBackofficeUser
PrismPlaygroundUser PrivacyDataAccess PrmExtIntPrtnrAdminUser ProcessWebStoreUserRgstr PublishPackaging
QrCodeGeneratorMobilePublisherPlayground QueryAllFiles QueryNonVetoedFiles QuipMetricsAccess
QuipUserEngagementMetrics ReassignOrchestrationWorkItems RecordVisibilityAPI RefundPayments
RemoveDirectMessageMembers RemoveFromActionableList ResetPasswords RunFlow RunMyDayUser RunReports SalesConsole
SalesInsightsUser SalesforceIQInbox SalesforceIQInternal SandboxTestingInCommunityApp ScheduleJob ScheduleReports
ScoringFrameworkAdmin ScoringFrameworkUser SegmentIntelligenceUser SelectFilesFromSalesforce SendAnnouncementEmails
SendCustomNotifications SendDistMktgMessageEvent SendMobileAppInAppMessage SendMobileAppMessage
SendMobileAppNewsflashMessage SendSitRequests ShareInternalArticles ShareSmartDataDiscoveryStory
ShowCompanyNameAsUserBadge SimpleCsvDataImportUser SkipIdentityConfirmation SlackAppAdministrator SlackElevate
SlackFromTableau SlackbotUi SmartDataDiscoveryForCommunity SolutionImport StageManagementDesignUser
StdAutomaticActivityCapture StoryOnDSWithPredicate SubmitMacrosAllowed SubscribeDashboardRolesGrps
SubscribeDashboardToOtherUsers SubscribeReportRolesGrps SubscribeReportToOtherUsers SubscribeReportsRunAsUser
SubscribeToLightningDashboards SubscribeToLightningReports SuitesAgentEscalationPerm TableauCreateDashboard
TableauCreateVisualization TableauCreateWorkspace TableauMetricCards TableauShareSnapshot TableauViewDashboard
TableauViewVisualization TableauViewWorkspace TerritoryOperations TraceXdsQueries TransactionSecurityExempt
TransactionalEmailSend TransferAnyCase TransferAnyEntity TransferAnyLead TrgrOnAbandonedBrowse TrgrOnAbandonedPage
TrgrOnAbandonedShoppingCart TrgrOnBackInStock TrgrOnBirthday TrgrOnCustomEvent TrgrOnEmailBounceEngagement
TrgrOnEmailLinkClickEngagement TrgrOnEmailOpenEngagement TrgrOnEmailResponseEngagement TrgrOnEmailSubscription
TrgrOnFirstPurchaseAnniversary TrgrOnFormSubmission TrgrOnLowInventory TrgrOnMngEventPtcpAtnd TrgrOnMngEventPtcpResp
TrgrOnMngEventPtcpRgst TrgrOnMngEventSessPtcpRgst TrgrOnMngEventStatusChg TrgrOnNewProdtInHighEngmtCatg
TrgrOnOrderPlacement TrgrOnOrderReturn TrgrOnOrderShipment TrgrOnOrderStatusChange TrgrOnPaymentTransaction
TrgrOnPriceDrop TrgrOnRcsDeliveredEngagement TrgrOnRcsDlvrFailureEngmt TrgrOnRcsReadEngagement
TrgrOnRcsResponseEngagement TrgrOnRcsSubscription TrgrOnReengagement TrgrOnReferralEventSubmission
TrgrOnReplenishment TrgrOnSmsDeliveryFailureEngagement TrgrOnSmsLinkClickEngagement TrgrOnSmsResponseEngagement
TrgrOnSmsSubscription TrgrOnVisitorConversion TrgrOnVoucherStsChgOtbdEngmt TrgrOnWebCartAbandoned
TrgrOnWhatsAppDeliveredEngagement TrgrOnWhatsAppDlvrFailureEngmt TrgrOnWhatsAppLinkClickEngmt
TrgrOnWhatsAppReadEngagement TrgrOnWhatsAppResponseEngmt TrgrOnWhatsAppSubscription TriggerDataGovAutoTagging
TwoFactorApi UpdateReportTypeReferences UseAnyApiAuth UseAssistantDialog UseCanCancelInProgressChange
UseCreateCreditMemo UseCreateOrderSummary UseEnsureFunds UseMySearch UseOmnichannelInventoryAPIs
UseOrderItemSummaryCancel UseOrderItemSummaryReturn UseQuerySuggestions UseRestrictedTheme UseServicePartReturn
UseSetupWithAgentforce UseSmartDataDiscovery UseSubscriptionEmails UseTeamReassignWizards UseTeamsForEmployee
UseTeamsForItSrvcs UseTemplatedApp UseWebLink UserCanDeployStore UserInteractionInsights UserSlackCapabilities
ViewAccessPolicies ViewAllActivities ViewAllCustomSettings ViewAllData ViewAllDataGovPolicies ViewAllDataGovTags
ViewAllFieldsGlobal ViewAllForeignKeyNames ViewAllNonSetupFlows ViewAllPolicyCenterPolicies ViewAllProfiles
ViewAllUsers ViewAnomalyEvents ViewApiNamedQueries ViewArchivedFiles ViewCaseInteraction ViewClientSecret
ViewContent ViewContentTaxonomy ViewCoreGovernance ViewDataAssessment ViewDataCategories ViewDataGovTab
ViewDataLeakageEvents ViewDeveloperName ViewEncryptedData ViewEventLogFiles ViewHealthAssessments ViewHealthCheck
ViewHelpLink ViewLicenseUtilization ViewMLModels ViewMyTeamsDashboards ViewNonSetupFlow ViewOnlyEmbeddedAppUser
ViewOrchestrationsInAutomApp ViewPayments ViewPlatformEvents ViewPrivateStaticResources ViewProductLimits
ViewPublicCapstoneFolders ViewPublicDashboards ViewPublicReports ViewRecommendations ViewRestrictionAndScopingRules
ViewRoles ViewSecurityCommandCenter ViewSetup ViewSetupAuditTrail ViewShieldApp ViewTrustMeasures ViewUserPII
WaveCommunityUser WaveManagePrivateAssetsUser WaveTabularDownload WaveTrendReports WorkCalibrationUser
WorkDotComUserPerm YourAccountCDAPublishEvents
`;

export const USER_PERMISSIONS: readonly string[] = Object.freeze(NAMES.trim().split(/\s+/));

export const USER_PERMISSION_SOURCES: readonly string[] = [
  'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm',
  'https://developer.salesforce.com/docs/atlas.en-us.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_PermissionSet.htm',
  'https://github.com/forcedotcom/wsdl/blob/main/resources/tooling.wsdl',
  'https://www.npmjs.com/package/@salesforce/types/v/1.9.0',
  'https://github.com/anthonyreilly/NetCoreForce/blob/main/src/NetCoreForce.Models/SfPermissionSet.cs',
  'https://github.com/jsforce/jsforce/blob/main/src/types/standard-schema.ts',
  'https://github.com/SalesforceFoundation/NPSP/pull/3979',
];

/**
 * One user permission needing another in the same permission set. "Some user permissions have dependencies with
 * other user permissions or object permissions. When you save a permission set or profile, Salesforce evaluates
 * whether dependent permissions must be enabled"
 * (https://help.salesforce.com/s/articleView?id=platform.admin_userperms.htm). A deploy or an API write without
 * them fails, for example "Permission ManageUsers depends on permission(s): ViewRoles", and with
 * FIELD_INTEGRITY_EXCEPTION through DML. The org's PermissionDependency table is authoritative (see
 * object-dependencies.ts); entries flagged `unverified` rest on one third-party source or hold only with a feature.
 * User permissions that need object permissions are not listed: "Permission Manage Public Documents depends on
 * permission(s): Create Document, Delete Document, Edit Document, Read Document" (EditPublicDocuments; quoted in
 * AutoRABIT's release notes, and the same pair is in the scrape below).
 */
export type UserPermissionDependency = { permission: string; requires: string; source: string; unverified?: true };

const TOOLING_DOC =
  'https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm';
// A user found that enabling Manage Users "in turn grants" these, and that View Setup "automatically sets" View Roles.
const MANAGE_USERS_SE =
  'https://salesforce.stackexchange.com/questions/413777/minimum-permissions-for-a-salesforce-integration-license-user-to-create-users-an';
// An undated scrape of Setup's dependency dialog, by permission label (labels mapped to names through the describe).
const CLOUDNINJA = 'http://www.sfdccloudninja.com/admin/dependent-perms/';
const NPSP_3979 = 'https://github.com/SalesforceFoundation/NPSP/pull/3979';
const SFPOWERKIT = 'https://github.com/dxatscale/sfpowerkit/blob/main/src/impl/metadata/builder/userPermissionBuilder.ts';

const requiring = (
  permission: string,
  source: string,
  required: readonly string[],
  unverified?: true
): UserPermissionDependency[] =>
  required.map((requires) => ({ permission, requires, source, ...(unverified ? { unverified } : {}) }));

/** Sorted by permission, then by required permission. */
export const USER_PERMISSION_DEPENDENCIES: readonly UserPermissionDependency[] = [
  // "Author Apex requires Modify All Data" (https://www.salesforcehacker.com/2013/01/what-can-modify-all-data-do.html,
  // 2013) and View Setup (the scrape): both old.
  ...requiring('AuthorApex', CLOUDNINJA, ['ModifyAllData', 'ViewSetup'], true),
  ...requiring('CreateCustomizeReports', CLOUDNINJA, ['RunReports']),
  ...requiring('CreateDashboardFolders', CLOUDNINJA, ['CreateCustomizeDashboards']),
  ...requiring('CreateReportFolders', CLOUDNINJA, ['CreateCustomizeReports']),
  // Only where the Translation Workbench is on: "Permission CustomizeApplication depends on permission(s):
  // ManageTranslation".
  ...requiring('CustomizeApplication', NPSP_3979, ['ManageTranslation'], true),
  ...requiring('CustomizeApplication', CLOUDNINJA, ['ViewSetup']),
  ...requiring('EditBrandTemplates', CLOUDNINJA, ['ViewSetup']),
  ...requiring('EditPublicFilters', CLOUDNINJA, ['CreateCustomizeFilters']),
  ...requiring('EditPublicTemplates', CLOUDNINJA, ['ViewSetup']),
  // sfpowerkit adds these when it rewrites profiles; nothing from Salesforce confirms them.
  ...requiring('InstallPackaging', SFPOWERKIT, ['ViewDataLeakageEvents'], true),
  ...requiring('ManageAnalyticSnapshots', CLOUDNINJA, ['ViewSetup']),
  ...requiring('ManageKnowledge', CLOUDNINJA, ['EditKnowledge']),
  ...requiring('ManageKnowledgeImportExport', CLOUDNINJA, ['EditKnowledge']),
  ...requiring('ManageMobile', CLOUDNINJA, ['ViewSetup']),
  ...requiring('ManageReportsInPubFolders', CLOUDNINJA, ['ViewPublicReports']),
  // "Manage Multi-Factor Authentication in User Interface" is DelegatedTwoFactor ("Manage MFA in User Interface").
  ...requiring('ManageUsers', MANAGE_USERS_SE, [
    'AssignPermissionSets',
    'DelegatedTwoFactor',
    'ManageInternalUsers',
    'ManageIpAddresses',
    'ManageLoginAccessPolicies',
    'ManagePasswordPolicies',
    'ManageProfilesPermissionsets',
    'ManageRoles',
    'ManageSharing',
    'ResetPasswords',
    'ViewAllUsers',
  ]),
  // The deploy error itself: "Permission ManageUsers depends on permission(s): ViewRoles".
  ...requiring('ManageUsers', 'https://github.com/jsforce/jsforce/issues/749', ['ViewRoles']),
  ...requiring('ManageUsers', MANAGE_USERS_SE, ['ViewSetup']),
  // The reference's own example: "Modify All Data, which requires View All Data and other permissions". Code that
  // read an org's PermissionDependency reports no edge for ModifyAllData (perhaps a naming mismatch): the sources
  // disagree.
  ...requiring('ModifyAllData', TOOLING_DOC, ['ViewAllData'], true),
  ...requiring('ScheduleReports', SFPOWERKIT, ['RunReports'], true),
  // sfpowerkit's table; code that read an org's PermissionDependency reports no edge at all for ViewAllData.
  ...requiring('ViewAllData', SFPOWERKIT, ['ViewDataLeakageEvents', 'ViewPlatformEvents'], true),
  ...requiring('ViewSetup', MANAGE_USERS_SE, ['ViewRoles']),
];
