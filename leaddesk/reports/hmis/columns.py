"""HUD's HMIS CSV FY2026 (HMIS CSV Format Specifications FY2026, effective 1 October 2025): every file
of the format and its columns in HUD's order, with HUD's type for each (S = a string of at most that many
characters, I = integer, D = date YYYY-MM-DD, T = date and time YYYY-MM-DD HH:MM:SS, M = money, two
decimals), and the CSVVersion an export declares.

Sources (public; tests/hmis/data/README.md has the commits, and tests/hmis/test_columns.py checks these
lists against its copies):
- the FY2024 v1.4 columns: HUD-Data-Lab/DataLab `SupplementalTables/CSV_Columns.csv` (HUD's
  machine-readable FY2024 specification), cross-checked with abtassociates/eva `public-resources/columns.csv`;
- the FY2026 changes, on which two independent implementations agree: HUD-Data-Lab/DataLab
  `FY2026_mapping.R` and greenriver/hmis-warehouse `drivers/hud_twenty_twenty_four_to_twenty_twenty_six/`
  (Client: the nine gender columns leave, `Sex` (4.21) follows `DOBDataQuality`, `HispanicLatinaeo` is
  now `HispanicLatinao`; Enrollment: sexual orientation and translation assistance leave,
  `MentalHealthConsultation` follows `ThresholdScore`; Disabilities: `TCellCount`, `TCellSource`, as
  abtassociates/eva's FY26 test data has them; `CSVVersion` "2026 v1.0").
- Not applied, for want of a second source: a `Services.InformationDate` column that one version of the
  greenriver converter adds and its own FY2026 Services fixture does not have.
Every other file is FY2024's, as the greenriver converter copies them unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

CSV_VERSION = "2026 v1.0"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: str  # S, I, D, T or M
    length: int | None = None  # for S: the most characters HUD allows

    @property
    def is_text(self) -> bool:
        return self.kind == "S"


def _columns(spec: str) -> tuple[Column, ...]:
    made = []
    for part in spec.split():
        name, kind = part.split(":")
        made.append(Column(name, kind[0], int(kind[1:]) if kind[1:] else None))
    return tuple(made)


# File name (without .csv) -> "Column:Type ..." in HUD's order. The files follow HUD's own order.
_SPEC = {
    "Export": (
        "ExportID:S32 SourceType:I SourceID:S32 SourceName:S50 SourceContactFirst:S50 "
        "SourceContactLast:S50 SourceContactPhone:S10 SourceContactExtension:S5 SourceContactEmail:S320 "
        "ExportDate:T ExportStartDate:D ExportEndDate:D SoftwareName:S50 SoftwareVersion:S50 "
        "CSVVersion:S50 ExportPeriodType:I ExportDirective:I HashStatus:I ImplementationID:S200"
    ),
    "Organization": (
        "OrganizationID:S32 OrganizationName:S200 VictimServiceProvider:I OrganizationCommonName:S200 "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "User": (
        "UserID:S32 UserFirstName:S50 UserLastName:S50 UserPhone:S10 UserExtension:S5 UserEmail:S320 "
        "DateCreated:T DateUpdated:T DateDeleted:T ExportID:S32"
    ),
    "Project": (
        "ProjectID:S32 OrganizationID:S32 ProjectName:S200 ProjectCommonName:S200 OperatingStartDate:D "
        "OperatingEndDate:D ContinuumProject:I ProjectType:I HousingType:I RRHSubType:I "
        "ResidentialAffiliation:I TargetPopulation:I HOPWAMedAssistedLivingFac:I PITCount:I DateCreated:T "
        "DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Funder": (
        "FunderID:S32 ProjectID:S32 Funder:I OtherFunder:S50 GrantID:S100 StartDate:D EndDate:D "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "ProjectCoC": (
        "ProjectCoCID:S32 ProjectID:S32 CoCCode:S6 Geocode:S6 Address1:S100 Address2:S100 City:S50 "
        "State:S2 ZIP:S5 GeographyType:I DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T "
        "ExportID:S32"
    ),
    "Inventory": (
        "InventoryID:S32 ProjectID:S32 CoCCode:S6 HouseholdType:I Availability:I UnitInventory:I "
        "BedInventory:I CHVetBedInventory:I YouthVetBedInventory:I VetBedInventory:I "
        "CHYouthBedInventory:I YouthBedInventory:I CHBedInventory:I OtherBedInventory:I ESBedType:I "
        "InventoryStartDate:D InventoryEndDate:D DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T "
        "ExportID:S32"
    ),
    "Affiliation": (
        "AffiliationID:S32 ProjectID:S32 ResProjectID:S32 DateCreated:T DateUpdated:T UserID:S32 "
        "DateDeleted:T ExportID:S32"
    ),
    "HMISParticipation": (
        "HMISParticipationID:S32 ProjectID:S32 HMISParticipationType:I HMISParticipationStatusStartDate:D "
        "HMISParticipationStatusEndDate:D DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T "
        "ExportID:S32"
    ),
    "CEParticipation": (
        "CEParticipationID:S32 ProjectID:S32 AccessPoint:I PreventionAssessment:I CrisisAssessment:I "
        "HousingAssessment:I DirectServices:I ReceivesReferrals:I CEParticipationStatusStartDate:D "
        "CEParticipationStatusEndDate:D DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Client": (
        "PersonalID:S32 FirstName:S50 MiddleName:S50 LastName:S50 NameSuffix:S50 NameDataQuality:I SSN:S9 "
        "SSNDataQuality:I DOB:D DOBDataQuality:I Sex:I AmIndAKNative:I Asian:I BlackAfAmerican:I "
        "HispanicLatinao:I MidEastNAfrican:I NativeHIPacific:I White:I RaceNone:I "
        "AdditionalRaceEthnicity:S100 VeteranStatus:I YearEnteredService:I YearSeparated:I WorldWarII:I "
        "KoreanWar:I VietnamWar:I DesertStorm:I AfghanistanOEF:I IraqOIF:I IraqOND:I OtherTheater:I "
        "MilitaryBranch:I DischargeStatus:I DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T "
        "ExportID:S32"
    ),
    "Enrollment": (
        "EnrollmentID:S32 PersonalID:S32 ProjectID:S32 EntryDate:D HouseholdID:S32 RelationshipToHoH:I "
        "EnrollmentCoC:S6 LivingSituation:I RentalSubsidyType:I LengthOfStay:I LOSUnderThreshold:I "
        "PreviousStreetESSH:I DateToStreetESSH:D TimesHomelessPastThreeYears:I "
        "MonthsHomelessPastThreeYears:I DisablingCondition:I DateOfEngagement:D MoveInDate:D "
        "DateOfPATHStatus:D ClientEnrolledInPATH:I ReasonNotEnrolled:I PercentAMI:I ReferralSource:I "
        "CountOutreachReferralApproaches:I DateOfBCPStatus:D EligibleForRHY:I ReasonNoServices:I "
        "RunawayYouth:I FormerWardChildWelfare:I ChildWelfareYears:I ChildWelfareMonths:I "
        "FormerWardJuvenileJustice:I JuvenileJusticeYears:I JuvenileJusticeMonths:I UnemploymentFam:I "
        "MentalHealthDisorderFam:I PhysicalDisabilityFam:I AlcoholDrugUseDisorderFam:I "
        "InsufficientIncome:I IncarceratedParent:I VAMCStation:S5 TargetScreenReqd:I TimeToHousingLoss:I "
        "AnnualPercentAMI:I LiteralHomelessHistory:I ClientLeaseholder:I HOHLeaseholder:I SubsidyAtRisk:I "
        "EvictionHistory:I CriminalRecord:I IncarceratedAdult:I PrisonDischarge:I SexOffender:I "
        "DisabledHoH:I CurrentPregnant:I SingleParent:I DependentUnder6:I HH5Plus:I CoCPrioritized:I "
        "HPScreeningScore:I ThresholdScore:I MentalHealthConsultation:I DateCreated:T DateUpdated:T "
        "UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Exit": (
        "ExitID:S32 EnrollmentID:S32 PersonalID:S32 ExitDate:D Destination:I DestinationSubsidyType:I "
        "OtherDestination:S50 HousingAssessment:I SubsidyInformation:I ProjectCompletionStatus:I "
        "EarlyExitReason:I ExchangeForSex:I ExchangeForSexPastThreeMonths:I CountOfExchangeForSex:I "
        "AskedOrForcedToExchangeForSex:I AskedOrForcedToExchangeForSexPastThreeMonths:I "
        "WorkplaceViolenceThreats:I WorkplacePromiseDifference:I CoercedToContinueWork:I "
        "LaborExploitPastThreeMonths:I CounselingReceived:I IndividualCounseling:I FamilyCounseling:I "
        "GroupCounseling:I SessionCountAtExit:I PostExitCounselingPlan:I SessionsInPlan:I "
        "DestinationSafeClient:I DestinationSafeWorker:I PosAdultConnections:I PosPeerConnections:I "
        "PosCommunityConnections:I AftercareDate:D AftercareProvided:I EmailSocialMedia:I Telephone:I "
        "InPersonIndividual:I InPersonGroup:I CMExitReason:I DateCreated:T DateUpdated:T UserID:S32 "
        "DateDeleted:T ExportID:S32"
    ),
    "IncomeBenefits": (
        "IncomeBenefitsID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D IncomeFromAnySource:I "
        "TotalMonthlyIncome:M Earned:I EarnedAmount:M Unemployment:I UnemploymentAmount:M SSI:I "
        "SSIAmount:M SSDI:I SSDIAmount:M VADisabilityService:I VADisabilityServiceAmount:M "
        "VADisabilityNonService:I VADisabilityNonServiceAmount:M PrivateDisability:I "
        "PrivateDisabilityAmount:M WorkersComp:I WorkersCompAmount:M TANF:I TANFAmount:M GA:I GAAmount:M "
        "SocSecRetirement:I SocSecRetirementAmount:M Pension:I PensionAmount:M ChildSupport:I "
        "ChildSupportAmount:M Alimony:I AlimonyAmount:M OtherIncomeSource:I OtherIncomeAmount:M "
        "OtherIncomeSourceIdentify:S50 BenefitsFromAnySource:I SNAP:I WIC:I TANFChildCare:I "
        "TANFTransportation:I OtherTANF:I OtherBenefitsSource:I OtherBenefitsSourceIdentify:S50 "
        "InsuranceFromAnySource:I Medicaid:I NoMedicaidReason:I Medicare:I NoMedicareReason:I SCHIP:I "
        "NoSCHIPReason:I VHAServices:I NoVHAReason:I EmployerProvided:I NoEmployerProvidedReason:I "
        "COBRA:I NoCOBRAReason:I PrivatePay:I NoPrivatePayReason:I StateHealthIns:I "
        "NoStateHealthInsReason:I IndianHealthServices:I NoIndianHealthServicesReason:I OtherInsurance:I "
        "OtherInsuranceIdentify:S50 ADAP:I NoADAPReason:I RyanWhiteMedDent:I NoRyanWhiteReason:I "
        "ConnectionWithSOAR:I DataCollectionStage:I DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T "
        "ExportID:S32"
    ),
    "HealthAndDV": (
        "HealthAndDVID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D DomesticViolenceSurvivor:I "
        "WhenOccurred:I CurrentlyFleeing:I GeneralHealthStatus:I DentalHealthStatus:I "
        "MentalHealthStatus:I PregnancyStatus:I DueDate:D DataCollectionStage:I DateCreated:T "
        "DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "EmploymentEducation": (
        "EmploymentEducationID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D LastGradeCompleted:I "
        "SchoolStatus:I Employed:I EmploymentType:I NotEmployedReason:I DataCollectionStage:I "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Disabilities": (
        "DisabilitiesID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D DisabilityType:I "
        "DisabilityResponse:I IndefiniteAndImpairs:I TCellCountAvailable:I TCellCount:I TCellSource:I "
        "ViralLoadAvailable:I ViralLoad:I ViralLoadSource:I AntiRetroviral:I DataCollectionStage:I "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Services": (
        "ServicesID:S32 EnrollmentID:S32 PersonalID:S32 DateProvided:D RecordType:I TypeProvided:I "
        "OtherTypeProvided:S50 MovingOnOtherType:S50 SubTypeProvided:I FAAmount:M FAStartDate:D "
        "FAEndDate:D ReferralOutcome:I DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "CurrentLivingSituation": (
        "CurrentLivingSitID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D "
        "CurrentLivingSituation:I CLSSubsidyType:I VerifiedBy:S100 LeaveSituation14Days:I "
        "SubsequentResidence:I ResourcesToObtain:I LeaseOwn60Day:I MovedTwoOrMore:I LocationDetails:S250 "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "YouthEducationStatus": (
        "YouthEducationStatusID:S32 EnrollmentID:S32 PersonalID:S32 InformationDate:D "
        "CurrentSchoolAttend:I MostRecentEdStatus:I CurrentEdStatus:I DataCollectionStage:I DateCreated:T "
        "DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "Assessment": (
        "AssessmentID:S32 EnrollmentID:S32 PersonalID:S32 AssessmentDate:D AssessmentLocation:S250 "
        "AssessmentType:I AssessmentLevel:I PrioritizationStatus:I DateCreated:T DateUpdated:T UserID:S32 "
        "DateDeleted:T ExportID:S32"
    ),
    "AssessmentQuestions": (
        "AssessmentQuestionID:S32 AssessmentID:S32 EnrollmentID:S32 PersonalID:S32 "
        "AssessmentQuestionGroup:S250 AssessmentQuestionOrder:I AssessmentQuestion:S250 "
        "AssessmentAnswer:S500 DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
    "AssessmentResults": (
        "AssessmentResultID:S32 AssessmentID:S32 EnrollmentID:S32 PersonalID:S32 "
        "AssessmentResultType:S250 AssessmentResult:S250 DateCreated:T DateUpdated:T UserID:S32 "
        "DateDeleted:T ExportID:S32"
    ),
    "Event": (
        "EventID:S32 EnrollmentID:S32 PersonalID:S32 EventDate:D Event:I ProbSolDivRRResult:I "
        "ReferralCaseManageAfter:I LocationCrisisOrPHHousing:S250 ReferralResult:I ResultDate:D "
        "DateCreated:T DateUpdated:T UserID:S32 DateDeleted:T ExportID:S32"
    ),
}
FILES: MappingProxyType[str, tuple[Column, ...]] = MappingProxyType(
    {name: _columns(spec) for name, spec in _SPEC.items()}
)


def header(file: str) -> tuple[str, ...]:
    return tuple(c.name for c in FILES[file])
