"""The figures the hand-built program of program_dataset.py must give, each worked out by hand from the
dataset (the comment beside it says how), never by running the code. Team north, PERIOD (1 July 2024 -
30 June 2025) unless a name says otherwise. Shared by the measures' tests and the server's.

Months of PERIOD, by index: Jul 0, Aug 1, Sep 2, Oct 3, Nov 4, Dec 5, Jan 6, Feb 7, Mar 8, Apr 9, May 10,
Jun 11.
"""

from __future__ import annotations

from decimal import Decimal

# Caseload at 30 June 2025: (case manager, name, open at end, served, standard, maximum, level).
# casey: Ana, Ben (his second episode), Hal (inactive, still open), Ivy (second episode), Jo = 5 open;
#   Cara exited 15 June 2024, before the period: neither open nor served. 5 > maximum 3: above maximum.
# robin: open Fay, Gus, Nia = 3; served also Dev (exited 31 March) and Eli (exited on 30 June, so not
#   open at its end) = 5; Lou is deleted. Capacity 1 (her own) < 3 <= 3: above standard.
# sam: on the roster with nobody: 0, 0, the program's standard 2. pat (supervisor) and olde (inactive)
#   are not listed; dana is team south.
# Max has no case manager: 1 open, 1 served, within the program's standard.
CASELOAD = [
    ("casey", "Casey Morgan", 5, 5, 2, 3, "above_maximum"),
    ("robin", "Robin Lee", 3, 5, 1, 3, "above_standard"),
    ("sam", "Sam Ortiz", 0, 0, 2, 3, "within"),
    ("", "No case manager", 1, 1, 2, 3, "within"),
]

# Not seen in 14 days at 30 June 2025. Expected: open at the end and not inactive: Ana, Ben, Fay, Gus,
# Ivy, Jo, Max, Nia = 8 (Hal is inactive; Dev, Eli, Cara exited). Last contacts: Ana 20 June (10 days),
# Ben 15 Dec 2024 (16 + 31 + 28 + 31 + 30 + 31 + 30 = 197 days), Fay never, Gus 25 June (5), Ivy 17
# June (13: seen), Jo 16 June (14: not seen), Max 25 June (5), Nia 10 June (20).
# Order: never seen first, then the longest unseen.
NOT_SEEN_EXPECTED = 8
NOT_SEEN = [
    ("Fay", None, None),
    ("Ben", "2024-12-15", 197),
    ("Nia", "2025-06-10", 20),
    ("Jo", "2025-06-16", 14),
]
NOT_SEEN_BY_CASE_MANAGER = {"casey": 2, "robin": 2}  # Ben, Jo; Fay, Nia

# Referrals in the period (by their local day): Ana 10 Sep, Ben 5 Aug (his 2022 one is outside), Dev 15
# Jul, Eli 1 Oct, Fay 20 May, Gus 25 Jun, Ivy 5 Jul and 1 Oct, Jo 1 Dec, Nia 1 Mar = 10, of 9 people.
REFERRALS = 10
REFERRED_PARTICIPANTS = 9
BY_DOOR = {
    # Ben Aug, Ana Sep, Eli Oct, Jo Dec
    "Arrest diversion": [0, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0],
    # Dev Jul, Nia Mar, Gus Jun
    "Social contact": [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1],
    # Ivy Jul, Ivy Oct, Fay May
    "Community": [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
}
BY_AGENCY = {
    "City Police": [1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],  # SPD: Dev Jul, Ana Sep, Jo Dec, Nia Mar, Gus Jun
    "Sheriff's Office": [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],  # SO: Ben Aug
    "CAMPUS": [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],  # Eli, a code not on the list: shown as typed
    "Not recorded": [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0],  # Ivy Jul, Ivy Oct, Fay May
}
BY_PRECINCT_TOTALS = {"N1 precinct": 4, "N2 precinct": 3, "Not recorded": 3}  # Ana Dev Gus Jo; Ben Eli Nia
BY_OFFENCE_TOTALS = {"Drug possession": 3, "Theft": 3, "Not recorded": 4}  # Ana Eli Jo; Ben Gus Nia; rest

# Referral to engagement, for the 11 episodes referred in the period: Ana 10->12 Sep (2 days), Ben's
# second 5->12 Aug (7), Dev 15->20 Jul (5), Eli 1 Oct->15 Nov (45), Fay and Gus not engaged, Ivy's two:
# 5->6 Jul (1) and 1->3 Oct (2), Jo 1 Dec (0), Max recorded 20 Oct, engaged 1 Nov (12), Nia 1->3 Mar (2).
# Days 0 1 2 2 2 5 7 12 45: median the 5th, 2; mean 76 / 9; same day 1; 1-7 days: 6; 8-30: 1; over 30: 1.
ENGAGEMENT = dict(
    episodes=11, engaged=9, median_days=2.0, mean_days=76 / 9, same_day=1, within_7=6, within_30=1, longer=1
)
# Warm hand-offs among the 10 referrals: Ana 20 min, Ben 45, Dev 30, Gus 5, Jo 15, Nia 40 = 6; within
# 30: 20, 30, 5, 15 = 4; median of 5 15 20 30 40 45 = (20 + 30) / 2.
HANDOFF = dict(
    referrals=10,
    handed_off=6,
    within_target=4,
    median_minutes=25.0,
    # None of them sent by an officer from the referral page (tests/desk/test_handoff_report.py has some).
    from_officers=0,
    met=0,
    not_located=0,
    declined=0,
    waiting=0,
)
# Intake deadlines (all 10 have one): met Ana, Ben, Dev, Ivy (both), Jo, Nia = 7; missed Eli (engaged 15
# Nov, deadline 31 Oct) and Fay (never engaged, deadline 19 June) = 2; pending Gus (25 July) = 1.
INTAKE = dict(with_deadline=10, met=7, missed=2, pending=1)

# Contacts per month: (participants served that month, contacts, participants seen).
# Served: Jul Dev Hal Ivy; Aug + Ben; Sep Ana Ben Dev Hal (Ivy between episodes); Oct + Eli Ivy Max;
# Dec + Jo; Mar + Nia; Apr - Dev; May + Fay; Jun + Gus.
# Contacts: Jul Dev, Ivy; Aug Ben, Dev; Sep Ana; Oct Ana; Nov Eli; Dec Ben, Jo; Jan Ana (22:00 local on
# the 31st: 1 February in UTC); Feb none (Ana's contact of 10 Feb is deleted); Mar Dev, Nia; Jun Ana,
# Eli, Gus, Ivy, Jo, Max, Nia.
CONTACTS = [
    (3, 2, 2), (4, 2, 2), (4, 1, 1), (7, 1, 1), (7, 1, 1), (8, 2, 2),
    (8, 1, 1), (8, 0, 0), (9, 2, 2), (8, 0, 0), (9, 0, 0), (10, 7, 7),
]  # fmt: skip

# Needs by domain: (opened in the period, met in it, still open). Ana housing (met 1 Mar) and ID (open);
# Ben legal (in progress); Dev income (met 31 Mar); Eli mental health (open); Fay food (open); Ivy
# hygiene (met 20 Jul); Jo ID (met 1 Feb) and SUD treatment recorded 10 July 2025, after the period;
# Cara's food need was opened and met before it.
NEEDS = {
    "housing": (1, 1, 0),
    "food": (1, 0, 1),
    "id_documents": (2, 1, 1),
    "income": (1, 1, 0),
    "legal": (1, 0, 1),
    "mental_health": (1, 0, 1),
    "hygiene": (1, 1, 0),
}  # every other domain (0, 0, 0)

# Housing, once per participant served (11: all of north but Cara). At entry (latest entry on or before
# the episode's entry, else the first after): homeless Ana, Dev, Fay, Hal, Ivy, Jo = 6; temporary Ben
# (friends, 5 Aug, before his 12 Aug entry) and Max (family, 15 Dec: none before his 1 Nov engagement)
# = 2; not recorded Eli, Gus, Nia = 3. Latest by 30 June: homeless Fay, Hal, Ivy, Jo (his 1 Aug 2025
# rental is after the period) = 4; institutional Ben (jail) = 1; temporary Max = 1; permanent Ana, Dev =
# 2; not recorded 3. Housed since entry: Ana, Dev.
HOUSING_PARTICIPANTS = 11
HOUSING = {
    "homeless": (6, 4),
    "institutional": (0, 1),
    "temporary": (2, 1),
    "permanent": (0, 2),
    "unknown": (0, 0),
    "not_recorded": (3, 3),
}
HOUSED_SINCE_ENTRY = 2

# Outcomes: compared Ana (entry 12 Sep, review 12 Mar), Dev (entry, exit 31 Mar), Ivy (her second
# episode's entry 3 Oct, review 3 Apr; her first episode's entry is before that episode), Jo (entry 1
# Dec, review 1 June; the 15 July review is after the period) = 4; entry only: Ben = 1.
# Yes at entry / latest: income 0 / Ana Dev Jo 3; earned 0 / Dev 1; benefits Ivy 1 / Ana Ivy 2;
# insurance Dev 1 / Ana Dev Ivy 3; employed 0 / Dev 1. Mean income: 0.00; (943 + 1200 + 0 + 200) / 4.
OUTCOMES_COMPARED = 4
OUTCOMES_ENTRY_ONLY = 1
OUTCOMES = {
    "income": (0, 3),
    "earned_income": (0, 1),
    "benefits": (1, 2),
    "insurance": (1, 3),
    "employed": (0, 1),
}
MEAN_INCOME = (Decimal("0.00"), Decimal("585.75"))

# Funder counts: (participants, services, units).
# SUD treatment referrals: Ben 1 Sep, Jo 10 Jan (Jo's 15 Feb service is not a referral).
# MAT starts: Ana's first MAT is 1 Nov 2024; Ben's first was 2022, so his 1 Oct 2024 one is no start;
#   services: both.
# Naloxone: Ana 5 Oct (2 kits), Ivy 1 Feb (no units: 1); Ana's 5 July 2025 and Cara's June 2024 are outside.
# Recovery support: Ben 15 Sep, Jo 10 Jan. Lou's naloxone is a deleted participant's.
FUNDERS = {
    "sud_treatment_referrals": (2, 2, 2),
    "mat_starts": (1, 2, 2),
    "naloxone": (2, 2, 3),
    "recovery_support": (2, 2, 2),
}

# Evaluation, 6 months. Cohort engaged in the period: Ana 12 Sep, Ben 12 Aug, Dev 20 Jul, Eli 15 Nov,
# Ivy 6 Jul (her first engagement in it), Jo 1 Dec, Max 1 Nov, Nia 3 Mar = 8. Followed up (engagement
# + 6 months by 30 June): all but Nia (3 Sep) = 7.
# Before / after (arrests, bookings, jail days, open stays):
#   Ana: arrest 10 Sep and booking 1 Apr 23:30 - 2 Apr 00:30 (2 days) / arrest 20 Jan.
#   Ben: arrest 5 Aug / booking 1 Jan 2025, no release: counted to 30 June but within the span after,
#        which ends 12 Feb: 1 Jan - 12 Feb = 43 days, open.
#   Dev, Max: nothing. Eli: arrest and booking 1-5 June 2024 (5 days) / nothing.
#   Ivy: booking 6 Jul 23:30 (the day of engagement) - 7 Jul 00:30: booked before, 1 day before, 1 after.
#   Jo: arrest 1 Dec, the day of engagement: before.
# Sums: before 4 arrests (Ana Ben Eli Jo), 3 bookings (Ana Eli Ivy), 2 + 5 + 1 = 8 days; after 1 arrest
# (Ana), 1 booking (Ben), 43 + 1 = 44 days, 1 open. 2 years: nobody followed up in a one-year period.
EVALUATION_6 = dict(
    engaged=8, followed_up=7, before=(4, 3, 8, 0), after=(1, 1, 44, 1),
    arrested_before=4, arrested_after=1, booked_before=3, booked_after=1,
)  # fmt: skip
EVALUATION_24 = dict(
    engaged=8, followed_up=0, before=(0, 0, 0, 0), after=(0, 0, 0, 0),
    arrested_before=0, arrested_after=0, booked_before=0, booked_after=0,
)  # fmt: skip
# Per participant (6 months): Nia, not followed up: after counts her 10 May arrest, up to 30 June.
PER_PARTICIPANT_6 = {
    "Ana": ("2024-09-12", (1, 1, 2, 0), (1, 0, 0, 0), True),
    "Ben": ("2024-08-12", (1, 0, 0, 0), (0, 1, 43, 1), True),
    "Ivy": ("2024-07-06", (0, 1, 1, 0), (0, 0, 1, 0), True),
    "Nia": ("2025-03-03", (0, 0, 0, 0), (1, 0, 0, 0), False),
}
# LONG (1 July 2022 - 30 June 2025), 2 years: engaged in it, also Cara (12 Jan 2023) and Hal (3 Aug
# 2022) = 10; followed up for 2 years: only they (2025-01-12 and 2024-08-03 by 30 June 2025) = 2.
#   Hal: before (4 Aug 2020 - 3 Aug 2022): arrests 1 Sep 2021, 15 Jan 2022, 1 Aug 2022; booking 15-25 Jan
#        2022 (11 days). After: arrest 1 May 2023, booking 1-2 May 2023 (2 days).
#   Cara: after (13 Jan 2023 - 12 Jan 2025): booking 20 Dec 2024 - 20 Jan 2025, cut at the span's end:
#        20-31 Dec (12) + 1-12 Jan (12) = 24 days.
LONG_EVALUATION_24 = dict(
    engaged=10, followed_up=2, before=(3, 1, 11, 0), after=(1, 2, 26, 0),
    arrested_before=1, arrested_after=1, booked_before=1, booked_after=2,
)  # fmt: skip

# Cost: 6 months, 7 participants, bookings 3 - 1 = 2 avoided, jail days 8 - 44 = -36 (added);
# 2 x 250.00 - 36 x 100.00 = -3,100.00. 2 years: nobody, 0.00.
COST_6 = (7, 2, -36, Decimal("-3100.00"))
COST_24 = (0, 0, 0, Decimal("0.00"))
# Spending in the period (services with an amount): Dev's hotel 300.00 (GRANT), Ana's groceries 40.00 and
# hygiene kit 12.00 (CITY) and Jo's groceries 35.50 (GRANT); Cara's 10.00 was in June 2024.
# (label, services, participants, amount), by amount; the 3 participants are Dev, Ana and Jo, however
# many kinds or funds paid for them (the kinds' rows add up to 4 people).
SPENT = Decimal("387.50")
SPENT_PARTICIPANTS = 3
BY_KIND = [
    ("Hotel or motel", 1, 1, Decimal("300.00")),
    ("Groceries", 2, 2, Decimal("75.50")),
    ("Hygiene", 1, 1, Decimal("12.00")),
]
BY_FUNDING = [("COSSUP grant", 2, 2, Decimal("335.50")), ("City general fund", 2, 1, Decimal("52.00"))]

# Disparity. Arrest counts within the period: FY 2024-25 (the half-year N1 count overlaps it and is
# shorter: dropped; 2023-24 is outside); by precinct N1 and N2, so the jurisdiction-wide row is left out.
# Arrests: Black 300 + 100 = 400, White 400 + 200 = 600, Hispanic 50, Asian 5; total 1,055.
# Police referrals (arrest diversion, social contact) from N1 or N2 in the FY: Ana (Black), Ben (White),
# Dev (Black and White), Eli (White), Gus (none), Jo (White), Nia (Hispanic) = 7; entered by 30 June: all
# but Gus = 6. Kim (S1) is team south.
# (arrests, referrals, enrolments, referral rate per 100 arrests, ratio to White's)
# White: 4 / 600 = 0.667 per 100; Black 2 / 400 = 0.5 -> 0.75; Hispanic 1 / 50 = 2.0 -> 3.0; Asian: 5
# arrests, too few for a rate. No enrolment rate: no group has 11 referrals.
DISPARITY_ARRESTS = 1055
DISPARITY_REFERRALS = 7
DISPARITY_ENROLMENTS = 6
DISPARITY = {
    "black_african_american_african": (400, 2, 2, 0.5, 0.75),
    "white": (600, 4, 4, 2 / 3, 1.0),
    "hispanic_latina_e_o": (50, 1, 1, 2.0, 3.0),
    "asian_asian_american": (5, 0, 0, None, None),
    "american_indian_alaska_native_indigenous": (0, 0, 0, None, None),
    None: (None, 1, 0, None, None),  # Gus: no race recorded
}
