"""HUD's HMIS codes for the values we keep in our own words (FY2026 HMIS Data Standards, effective
2025-10-01; HMIS CSV FY2026). Enums whose values already are the HMIS codes (`LivingSituation`,
`Destination`, `NoYesReason`, `DobDataQuality`, `ProjectType`) need no table here."""

from __future__ import annotations

from types import MappingProxyType

from leaddesk.domain.enums import RaceEthnicity, Sex

# 4.21 Sex (Client.csv `Sex`, after DOBDataQuality).
SEX_CODES = MappingProxyType(
    {
        Sex.FEMALE: 0,
        Sex.MALE: 1,
        Sex.DOESNT_KNOW: 8,
        Sex.PREFERS_NOT_TO_ANSWER: 9,
        Sex.NOT_COLLECTED: 99,
    }
)

# 3.04 Race and Ethnicity: Client.csv has a yes/no column per answer; "doesn't know" and "prefers not to
# answer" go in `RaceNone` as 8 and 9 (99 when nothing was recorded). FY2026 names the Hispanic/Latina/e/o
# column `HispanicLatinao` (FY2024: `HispanicLatinaeo`); tests/hmis/data/README.md names the sources.
RACE_COLUMNS = MappingProxyType(
    {
        RaceEthnicity.AMERICAN_INDIAN_ALASKA_NATIVE_INDIGENOUS: "AmIndAKNative",
        RaceEthnicity.ASIAN_ASIAN_AMERICAN: "Asian",
        RaceEthnicity.BLACK_AFRICAN_AMERICAN_AFRICAN: "BlackAfAmerican",
        RaceEthnicity.HISPANIC_LATINA_E_O: "HispanicLatinao",
        RaceEthnicity.MIDDLE_EASTERN_NORTH_AFRICAN: "MidEastNAfrican",
        RaceEthnicity.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: "NativeHIPacific",
        RaceEthnicity.WHITE: "White",
    }
)
RACE_NONE_CODES = MappingProxyType({RaceEthnicity.DOESNT_KNOW: 8, RaceEthnicity.PREFERS_NOT_TO_ANSWER: 9})
RACE_NOT_COLLECTED = 99

# 3.04.A Additional Race and Ethnicity Detail: text of at most 100 characters in the CSV.
ADDITIONAL_RACE_ETHNICITY_MAX = 100
