"""The HMIS FY2026 code lists of the columns an export fills, as HUD's CSV specification gives them
(list numbers as the specification names them). Sources: HUD-Data-Lab/DataLab
`SupplementalTables/CSV_Columns.csv` (which list each column takes) and abtassociates/eva
`public-resources/HUDSpecs.csv` (the lists' values), brought to FY2026 where the FY2026 data standards
changed them: 4.21 Sex (new), 3.12 with the FY2024 three-digit living situations (101, 116, ...), which
FY2026 keeps."""

from __future__ import annotations

NO_YES_MISSING = {0, 1, 99}  # 1.7
NO_YES_REASONS = {0, 1, 8, 9, 99}  # 1.8
NO_YES = {0, 1}  # 1.10
DESTINATIONS = {  # 3.12.1 (FY2024 onward)
    101,
    116,
    118,
    215,
    206,
    207,
    225,
    204,
    205,
    302,
    329,
    314,
    332,
    312,
    313,
    327,
    336,
    335,
    422,
    423,
    426,
    410,
    435,
    421,
    411,
    30,
    17,
    24,
    8,
    9,
    99,
}
LIVING_SITUATIONS = DESTINATIONS - {30, 24, 327, 426}  # 3.917.1 prior / 4.12 current: no exit-only codes
SUBSIDY_TYPES = {419, 420, 428, 431, 433, 434, 436, 437, 438, 439, 440}  # 3.12.A
DATA_COLLECTION_STAGES = {1, 2, 3, 5}  # 5.03.1 (6, post-exit, is never in the CSV)
DISABILITY_TYPES = {5, 6, 7, 8, 9, 10}  # 1.3
SUD_RESPONSES = {0, 1, 2, 3, 8, 9, 99}  # 4.10.2

CODES: dict[tuple[str, str], set[int]] = {
    ("Export", "SourceType"): {1, 2, 3, 4},  # 1.9
    ("Export", "ExportPeriodType"): {1, 2, 3, 4},  # 1.1
    ("Export", "ExportDirective"): {1, 2, 3},  # 1.2
    ("Export", "HashStatus"): {1, 2, 3, 4},  # 1.5
    ("Organization", "VictimServiceProvider"): NO_YES,
    ("Project", "ContinuumProject"): NO_YES,
    ("Project", "ProjectType"): {0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14},  # 2.02.6
    ("Project", "ResidentialAffiliation"): NO_YES,
    ("Project", "TargetPopulation"): {1, 3, 4},  # 2.02.7
    ("Funder", "Funder"): set(range(1, 56)),  # 2.06.1
    ("ProjectCoC", "GeographyType"): {1, 2, 3, 99},  # 2.03.4
    ("HMISParticipation", "HMISParticipationType"): {0, 1, 2},  # 2.08.1
    ("Client", "NameDataQuality"): {1, 2, 8, 9, 99},  # 3.01.5
    ("Client", "SSNDataQuality"): {1, 2, 8, 9, 99},  # 3.02.2
    ("Client", "DOBDataQuality"): {1, 2, 8, 9, 99},  # 3.03.2
    ("Client", "Sex"): {0, 1, 8, 9, 99},  # 4.21 (FY2026)
    **{
        ("Client", race): NO_YES
        for race in (
            "AmIndAKNative",
            "Asian",
            "BlackAfAmerican",
            "HispanicLatinao",
            "MidEastNAfrican",
            "NativeHIPacific",
            "White",
        )
    },
    ("Client", "RaceNone"): {8, 9, 99},  # 1.6
    ("Client", "VeteranStatus"): NO_YES_REASONS,
    ("Enrollment", "RelationshipToHoH"): {1, 2, 3, 4, 5, 99},  # 3.15.1
    ("Enrollment", "LivingSituation"): LIVING_SITUATIONS,
    ("Enrollment", "RentalSubsidyType"): SUBSIDY_TYPES,
    ("Enrollment", "LengthOfStay"): {2, 3, 4, 5, 8, 9, 10, 11, 99},  # 3.917.2
    ("Enrollment", "TimesHomelessPastThreeYears"): {1, 2, 3, 4, 8, 9, 99},  # 3.917.4
    ("Enrollment", "MonthsHomelessPastThreeYears"): {8, 9, 99, *range(101, 114)},  # 3.917.5
    ("Enrollment", "DisablingCondition"): NO_YES_REASONS,
    ("Exit", "Destination"): DESTINATIONS,
    ("Exit", "DestinationSubsidyType"): SUBSIDY_TYPES,
    ("CurrentLivingSituation", "CurrentLivingSituation"): LIVING_SITUATIONS,
    ("CurrentLivingSituation", "CLSSubsidyType"): SUBSIDY_TYPES,
    ("Services", "RecordType"): {141, 142, 143, 144, 151, 152, 161, 200, 210, 300},  # 1.4
    ("IncomeBenefits", "IncomeFromAnySource"): NO_YES_REASONS,
    ("IncomeBenefits", "BenefitsFromAnySource"): NO_YES_REASONS,
    ("IncomeBenefits", "InsuranceFromAnySource"): NO_YES_REASONS,
    ("IncomeBenefits", "DataCollectionStage"): DATA_COLLECTION_STAGES,
    ("HealthAndDV", "DomesticViolenceSurvivor"): NO_YES_REASONS,
    ("HealthAndDV", "DataCollectionStage"): DATA_COLLECTION_STAGES,
    ("EmploymentEducation", "Employed"): NO_YES_REASONS,
    ("EmploymentEducation", "EmploymentType"): {1, 2, 3, 8, 9, 99},  # R6.A
    ("EmploymentEducation", "NotEmployedReason"): {1, 2, 3, 8, 9, 99},  # R6.B
    ("EmploymentEducation", "DataCollectionStage"): DATA_COLLECTION_STAGES,
    ("Disabilities", "DisabilityType"): DISABILITY_TYPES,
    ("Disabilities", "IndefiniteAndImpairs"): NO_YES_REASONS,
    ("Disabilities", "DataCollectionStage"): DATA_COLLECTION_STAGES,
}
INCOME_SOURCES = (
    "Earned", "Unemployment", "SSI", "SSDI", "VADisabilityService", "VADisabilityNonService",
    "PrivateDisability", "WorkersComp", "TANF", "GA", "SocSecRetirement", "Pension", "ChildSupport",
    "Alimony", "OtherIncomeSource",
    "SNAP", "WIC", "TANFChildCare", "TANFTransportation", "OtherTANF", "OtherBenefitsSource", "Medicaid",
    "Medicare", "SCHIP", "VHAServices", "EmployerProvided", "COBRA", "PrivatePay", "StateHealthIns",
    "IndianHealthServices", "OtherInsurance",
)  # fmt: skip
CODES.update({("IncomeBenefits", column): NO_YES_MISSING for column in INCOME_SOURCES})
# Services.TypeProvided by RecordType: P1.2 (141), P2.2 (161).
TYPE_PROVIDED = {141: {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14}, 161: set(range(1, 12))}
