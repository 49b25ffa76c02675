"""Word and phrase tables for the synthetic caseload: names, places, organisations, weights, and the
per-participant slots that note templates (note_text.py) are filled from.

Every name, place and organisation here is invented: the city is "Bellmoor", the county "Kestrel County".
Surnames are built from syllables so that no generated full name belongs to a real person; places carry
no house numbers. Templates use str.format slots filled from a per-participant context.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TypeVar

from leaddesk.demo.places import (
    CITY,
    CLINICS,
    COURTS,
    DETOX,
    HOSPITALS,
    JAILS,
    PARKS,
    PROVIDERS,
    SHELTERS,
    STREET_PLACES,
    STREETS,
)
from leaddesk.domain.enums import (
    ContactKind,
    ExitReason,
    GoalStatus,
    NeedDomain,
    RaceEthnicity,
    ReferralDoor,
    ServiceKind,
    Sex,
)
from leaddesk.domain.enums import LivingSituation as Living
from leaddesk.domain.enums import ParticipantStatus as Status

T = TypeVar("T")


def pick(rng: random.Random, weights: tuple[Sequence[T], Sequence[float]]) -> T:
    """One of weights[0], drawn with the relative weights in weights[1]."""
    return rng.choices(weights[0], weights[1])[0]


FEMALE_FIRST = (
    "Tamsin", "Renna", "Marisol", "Brisa", "Nadia", "Imani", "Wren", "Jessa", "Delphine", "Suvi", "Anouk",
    "Carmela", "Ines", "Mireya", "Kaija", "Latrice", "Noelani", "Soraya", "Yesenia", "Leilani", "Odette",
    "Vesna", "Willa", "Yara", "Bettina", "Dalia", "Ione", "Fenna", "Marguerite", "Shaniece", "Lupita",
)
MALE_FIRST = (
    "Dariel", "Oskar", "Keandre", "Cormac", "Ezra", "Teodoro", "Rafe", "Malik", "Tobiah", "Zeke", "Roshan",
    "Beau", "Dashiell", "Emrys", "Thaddeus", "Ambrose", "Cyrus", "Jovan", "Reuben", "Tariq", "Xavi",
    "Zoltan", "Corwin", "Efrain", "Gideon", "Jubal", "Lonzo", "Anselm", "Desmond", "Marcel", "Hollis",
)
NEUTRAL_FIRST = (
    "Lio", "Shay", "Quincy", "Sable", "Fen", "Rory", "Sasha", "Jules", "Arden", "Tenny", "Oakley",
)
SURNAME_HEADS = (
    "Vel", "Quandt", "Ost", "Bram", "Dro", "Kel", "Thav", "Yor", "Zan", "Pell", "Corv", "Lun", "Merr",
    "Tib", "Fen", "Gal", "Hask", "Ivr", "Jor", "Kast", "Lor", "Mav", "Nev", "Orl", "Pry", "Quill", "Rav",
    "Sel", "Tor", "Ull", "Varr", "Wyn", "Xan", "Yel", "Zor", "Brev", "Cald", "Esk", "Oltr", "Skarr",
)
SURNAME_TAILS = (
    "more", "ane", "ovar", "enby", "isk", "aro", "ette", "inder", "ow", "ast", "ery", "ioli", "auer",
    "quist", "ado", "enko", "ani", "essa", "mire", "ucci", "elli", "orne", "ival", "oza", "avi", "eck",
    "und", "ewin", "akis", "anov",
)
SURNAME_SECONDS = ("Oro", "Vane", "Ilse", "Ebro", "Astel", "Morrow", "Quen", "Daro", "Sorel", "Tay")
STAFF_FIRST = FEMALE_FIRST + MALE_FIRST + NEUTRAL_FIRST
OTHER_GENDERS = ("non-binary", "two-spirit", "transgender woman", "questioning")
R = RaceEthnicity
RACE_WEIGHTS = (
    (R.AMERICAN_INDIAN_ALASKA_NATIVE_INDIGENOUS, R.ASIAN_ASIAN_AMERICAN, R.BLACK_AFRICAN_AMERICAN_AFRICAN,
     R.HISPANIC_LATINA_E_O, R.MIDDLE_EASTERN_NORTH_AFRICAN, R.NATIVE_HAWAIIAN_PACIFIC_ISLANDER, R.WHITE,
     R.DOESNT_KNOW, R.PREFERS_NOT_TO_ANSWER), (6, 3, 28, 14, 1, 2, 40, 3, 3),
)
AREA_CODES = ("360", "253", "509")  # paired with 555-0100..0199, which is set aside for fiction everywhere
NICKNAMES = (
    "Tiny", "Red", "Doc", "Sunny", "Birdie", "Preacher", "Lefty", "Cookie", "Skip", "Junebug", "Boots",
    "Sparrow", "Moose", "Slim", "Dolly", "Ace", "Pockets", "Spider", "Mama J", "Country",
)
# Why an episode ended (a reason from the program's list) and the case manager's words for it; one per
# reason at most, and never blame: participants "cannot fail out".
EXIT_REASONS = (
    (ExitReason.COMPLETED_PLAN, "Housed and stable; no longer needs intensive case management"),
    (ExitReason.MOVED_AWAY, "Moved out of county to live with family"),
    (ExitReason.INCARCERATED_LONG_TERM, "Serving a sentence over 90 days on a non-diverted case"),
    (ExitReason.NO_CONTACT, "No contact for six months despite outreach at usual spots"),
    (ExitReason.IN_TREATMENT, "In long-term residential treatment out of county"),
    (ExitReason.OTHER, "Connected to ongoing care elsewhere; closed by mutual agreement"),
    (ExitReason.DIED, ""),
)
# 3.04.A Additional Race and Ethnicity Detail, in a participant's own words.
RACE_DETAILS = (
    "Mexican American", "Filipino", "Somali", "Coast Salish", "Puerto Rican", "Irish and Black",
    "Vietnamese", "Ethiopian", "Samoan", "Guatemalan",
)

OFFENCES = (
    "Possession of a controlled substance (under 3 g)",
    "Possession of drug paraphernalia",
    "Shoplifting under $950 (subsistence)",
    "Criminal trespass, second degree",
    "Loitering related to sex work",
    "Delivery of a small quantity for subsistence",
    "Obstructing transit (sleeping on the platform)",
)
SOCIAL_CONTACT_REASONS = (
    "Known to officers; repeated overdose calls at the same camp",
    "Probable cause for possession; officer chose a social-contact referral instead",
    "Frequent 911 calls from businesses; no offence charged",
)
COMMUNITY_REASONS = ("", "Staff worried about frequent overdoses nearby", "Asked for help at the front desk")
REFERRAL_REASONS: Mapping[str, Sequence[str]] = {
    "arrest_diversion": OFFENCES, "social_contact": SOCIAL_CONTACT_REASONS, "community": COMMUNITY_REASONS,
}
REFERRAL_OUTCOMES = ("Referral made; intake pending", "Attended intake", "Did not attend; will retry")
FIRST_HOME = (
    (Living.PLACE_NOT_MEANT_FOR_HABITATION, Living.EMERGENCY_SHELTER, Living.FRIENDS_TEMPORARY,
     Living.HOTEL_MOTEL_NO_VOUCHER), (55, 25, 12, 8),
)
LATER_HOMES = (
    Living.EMERGENCY_SHELTER, Living.PLACE_NOT_MEANT_FOR_HABITATION, Living.SUD_TREATMENT_FACILITY,
    Living.TRANSITIONAL_HOUSING, Living.JAIL_PRISON_DETENTION, Living.HOTEL_MOTEL_NO_VOUCHER,
    Living.RENTAL_WITH_SUBSIDY, Living.FAMILY_TEMPORARY,
)
CONTACT_OUTCOMES = ("Engaged; talked through next steps", "Brief check-in", "Engaged; long conversation")

# Things a person says they want, in their own words, per need domain.
GOALS: Mapping[str, Sequence[str]] = {
    "housing": ("I want to be inside before winter.", "I want my own place where I can keep my dog.",
                "I want a room with a door that locks so I can sleep."),
    "id_documents": ("I want to get my ID back so I can apply for housing.",
                     "I need my birth certificate so I can get everything else."),
    "benefits": ("I want my food stamps turned back on.", "I want to get my medical card working again."),
    "income": ("I want SSI so I'm not hustling every day.", "I want some kind of steady money coming in."),
    "sud_treatment": ("I want to cut down so I'm not dope sick every morning.", "I want to try detox again."),
    "mat": ("I want to get back on Suboxone and stay on it.",
            "I want to start methadone without losing my shelter bed."),
    "mental_health": ("I want to see someone about my nerves who isn't going to lock me up.",
                      "I want my meds refilled so the voices stay quiet."),
    "physical_health": ("I want someone to look at my leg before it gets worse.", "I want my teeth fixed."),
    "legal": ("I want my warrant cleared so I can stop looking over my shoulder.",
              "I want to get my court stuff done and over with."),
    "phone": ("I need a phone that works so my case manager can reach me.",),
    "food": ("I want to eat more than once a day.",),
    "hygiene": ("I want a place to shower regularly.",),
    "transport": ("I want a bus pass so I can get to my appointments.",),
    "clothing": ("I need boots and a real coat.",),
    "other": ("I want to see my kids again.", "I want to get my dog back from the shelter."),
}
STEPS: Mapping[str, Sequence[str]] = {
    "housing": ("Complete coordinated entry assessment", "Get homelessness verification letter",
                "Tour Sedgewin Tiny Home Village", "Turn in housing application"),
    "id_documents": ("Order birth certificate from Vital Records", "Get state ID at DOL",
                     "Replace Social Security card"),
    "benefits": ("Apply for SNAP", "Renew Medicaid", "Update mailing address to the LEAD office"),
    "income": ("Start SSI application with legal aid", "Gather medical records for SSI"),
    "sud_treatment": ("Call detox every morning for a bed", "Meet the recovery coach", "Go to intake"),
    "mat": ("Get bupe induction at the bridge clinic", "Pick up methadone dose daily",
            "Keep naloxone on hand"),
    "mental_health": ("Intake at Halloway Behavioral Health", "Get meds refilled", "See the prescriber"),
    "physical_health": ("Wound care appointment", "Get a primary care doctor", "Dental referral"),
    "legal": ("Meet the public defender", "Quash the warrant", "Show up to court with case manager"),
    "phone": ("Apply for a Lifeline phone", "Keep the phone charged at the office"),
    "food": ("Sign up for the meal program",), "hygiene": ("Get shower schedule at the drop-in",),
    "transport": ("Apply for the reduced fare card",), "clothing": ("Visit the clothing closet",),
    "other": ("Call family", "Talk with the animal shelter"),
}
PROGRESS = (
    "Made the call together from the office.", "Paperwork turned in; waiting to hear back.",
    "Missed the appointment; rescheduled.", "Got a letter back; next step is set.",
    "Said this still matters most right now.", "Done — celebrated with coffee.",
)
NEED_TEXT: Mapping[str, str] = {
    "housing": "Sleeping outside; wants shelter or housing", "food": "Eating irregularly",
    "hygiene": "No regular access to showers or laundry", "id_documents": "No state ID or birth certificate",
    "benefits": "SNAP and Medicaid lapsed", "income": "No income; possible SSI eligibility",
    "sud_treatment": "Daily fentanyl use; open to treatment", "mat": "Wants buprenorphine or methadone",
    "mental_health": "Untreated depression and anxiety", "physical_health": "Leg wound, needs wound care",
    "legal": "Open case and possible warrant", "phone": "No working phone", "transport": "No bus fare",
    "clothing": "Needs boots and a coat", "other": "Wants contact with family",
}
TASK_TITLES: Mapping[str, Sequence[str]] = {
    "housing": ("Follow up with coordinated entry", "Get homelessness verification letter signed"),
    "id_documents": ("Take {first} to DOL for state ID", "Pick up birth certificate from Vital Records"),
    "benefits": ("Check SNAP application status", "Renew Medicaid with {first}"),
    "income": ("Follow up on SSI application", "Request medical records for SSI"),
    "sud_treatment": ("Call detox about a bed", "Confirm intake time at {clinic}"),
    "mat": ("Confirm bupe refill at {clinic}", "Bring naloxone kits for {first}"),
    "mental_health": ("Schedule intake at Halloway Behavioral Health",),
    "physical_health": ("Wound care follow-up at Ostend Community Health",),
    "legal": ("Remind {first} about court", "Call public defender about case {case}"),
    "phone": ("Lifeline phone application",), "food": ("Food bank card",), "hygiene": ("Shower schedule",),
    "transport": ("Reduced fare card appointment",), "clothing": ("Clothing closet visit",),
    "other": ("Call {first}'s sister back",),
}
ADDENDA = (
    "Correction: the appointment is at {clinic} on {when}, not the date written above.",
    "Late entry: {first} also asked about replacing the ID; added to the plan.",
    "Clarification: the naloxone kit was given to {first}, not to the shelter staff.",
    "Correction to the place of contact: this was at {shelter}, not outside.",
    "Addendum after supervision: consent on file covers sharing dates with {clinic}.",
)

OUTCOMES: Mapping[str, str] = {
    "outreach": "Not located", "check_in": "Brief check-in", "court": "Attended court together",
    "jail": "Jail visit; release planning", "mat": "MAT follow-up", "naloxone": "Naloxone distributed",
}


D = NeedDomain
# How often each need comes up (relative), and the note topics that speak to it.
NEED_WEIGHTS: Mapping[NeedDomain, float] = {
    D.HOUSING: 10, D.FOOD: 4, D.HYGIENE: 3, D.ID_DOCUMENTS: 7, D.BENEFITS: 6, D.INCOME: 4,
    D.SUD_TREATMENT: 5, D.MAT: 6, D.MENTAL_HEALTH: 5, D.PHYSICAL_HEALTH: 4, D.LEGAL: 5, D.PHONE: 4,
    D.TRANSPORT: 3, D.CLOTHING: 2, D.OTHER: 1,
}
TOPICS_BY_NEED: Mapping[NeedDomain, tuple[str, ...]] = {
    D.HOUSING: ("housing", "shelter"), D.FOOD: ("food",), D.HYGIENE: ("hygiene",), D.ID_DOCUMENTS: ("id",),
    D.BENEFITS: ("benefits",), D.INCOME: ("ssi",), D.SUD_TREATMENT: ("detox", "naloxone"),
    D.MAT: ("mat", "naloxone"), D.MENTAL_HEALTH: ("mental_health",), D.PHYSICAL_HEALTH: ("medical",),
    D.LEGAL: ("court", "warrant", "jail"), D.PHONE: ("phone",), D.TRANSPORT: ("transport",),
    D.CLOTHING: ("clothing",), D.OTHER: ("other",),
}
# Topics a note can cover with no encounter behind it: a call with a provider, a case conference.
COLLATERAL_TOPICS = frozenset(
    {"housing", "mat", "court", "warrant", "id", "benefits", "ssi", "mental_health"}
)
HEARINGS = ("Arraignment", "Pre-trial hearing", "Review hearing")
GENERAL_TOPICS = ("check_in", "naloxone", "outreach", "shelter", "food", "check_in")
SERVICE_FOR: Mapping[str, tuple[ServiceKind, str]] = {
    "housing": (ServiceKind.HOUSING, "housing"), "shelter": (ServiceKind.BASIC_NEEDS, "general"),
    "mat": (ServiceKind.MAT, "sud"), "naloxone": (ServiceKind.NALOXONE, "general"),
    "detox": (ServiceKind.SUD_TREATMENT, "sud"), "court": (ServiceKind.SYSTEM_NAVIGATION, "legal"),
    "warrant": (ServiceKind.CIVIL_LEGAL, "legal"), "id": (ServiceKind.SYSTEM_NAVIGATION, "id"),
    "benefits": (ServiceKind.SYSTEM_NAVIGATION, "benefits"), "ssi": (ServiceKind.CIVIL_LEGAL, "legal"),
    "mental_health": (ServiceKind.MENTAL_HEALTH, "mental_health"),
    "medical": (ServiceKind.MEDICAL, "medical"),
    "jail": (ServiceKind.CASE_MANAGEMENT, "general"), "food": (ServiceKind.GROCERIES, "food"),
    "phone": (ServiceKind.PHONE, "general"), "hygiene": (ServiceKind.HYGIENE, "general"),
    "transport": (ServiceKind.TRANSPORT, "general"), "clothing": (ServiceKind.CLOTHING, "general"),
    "check_in": (ServiceKind.CASE_MANAGEMENT, "general"),
    "other": (ServiceKind.PSYCHOLOGICAL_COUNSELING, "mental_health"),
}
_KIND_FOR = {"court": ContactKind.COURT, "jail": ContactKind.JAIL, "shelter": ContactKind.SHELTER,
             "hygiene": ContactKind.SHELTER}
_OTHER_KINDS = (
    (ContactKind.STREET, ContactKind.OFFICE, ContactKind.PHONE, ContactKind.SHELTER, ContactKind.HOSPITAL),
    (55, 15, 15, 12, 3),
)
MINUTES = {
    ContactKind.STREET: (10, 60), ContactKind.OFFICE: (20, 90), ContactKind.PHONE: (5, 20),
    ContactKind.COURT: (30, 180), ContactKind.JAIL: (20, 60), ContactKind.HOSPITAL: (30, 120),
    ContactKind.SHELTER: (15, 60),
}
_PLACE_SLOT = {ContactKind.STREET: "place", ContactKind.COURT: "court", ContactKind.JAIL: "jail",
               ContactKind.HOSPITAL: "hospital", ContactKind.SHELTER: "shelter"}


def invented_surname(rng: random.Random) -> str:
    name = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
    return f"{name}-{rng.choice(SURNAME_SECONDS)}" if rng.random() < 0.08 else name


def races(rng: random.Random) -> list[RaceEthnicity]:
    """One answer, or two for about one in ten; "doesn't know" and "prefers not to answer" stand alone
    (HMIS 3.04), so beside a race they give way to it."""
    picked = [pick(rng, RACE_WEIGHTS) for _ in range(1 + (rng.random() < 0.1))]
    alone = {RaceEthnicity.DOESNT_KNOW, RaceEthnicity.PREFERS_NOT_TO_ANSWER}
    return list(dict.fromkeys(r for r in picked if r not in alone)) or picked[:1]


def phone(rng: random.Random) -> str:
    """Many participants have no working phone; the rest get a number from the fictional range."""
    return f"({rng.choice(AREA_CODES)}) 555-01{rng.randint(0, 99):02d}" if rng.random() < 0.55 else ""


def officer(rng: random.Random) -> str:
    return f"Ofc. {rng.choice('ABDEHJKLMRST')}. {invented_surname(rng)} #{rng.randint(1000, 9999)}"


def liaison(rng: random.Random) -> str:
    return f"DPA {rng.choice(NEUTRAL_FIRST)} {invented_surname(rng)} (prosecutor liaison)"


def case_number(rng: random.Random, day: date) -> str:
    return f"{day:%y}-{rng.choice(('CR', 'CT', 'MI'))}-{rng.randint(100, 99999):05d}"


class Slots(dict[str, object]):
    """What templates fill in for one participant: the places they frequent stay fixed; the per-note
    slots (a date, a place, a partner…) are drawn only when a chosen template asks for them, which
    keeps 250,000 notes from paying for slots they never use."""

    PER_NOTE = ("place", "when", "weekday", "clock", "n", "partner", "provider")

    def __init__(self, rng: random.Random, *, first: str, team: str, partners: Sequence[str]) -> None:
        super().__init__(
            first=first, shelter=rng.choice(SHELTERS), clinic=rng.choice(CLINICS),
            hospital=rng.choice(HOSPITALS), court=rng.choice(COURTS), jail=rng.choice(JAILS),
            detox=rng.choice(DETOX), park=rng.choice(PARKS), street=rng.choice(STREETS),
            street2=rng.choice(STREETS), case="", team=f"{CITY} LEAD team ({team})",
            office=f"LEAD office, {team} hub",
        )
        self.rng, self.partners, self.moment, self.topic = rng, partners, datetime.min, ""
        self["place"] = rng.choice(STREET_PLACES).format_map(self)  # where they are usually found

    def next_note(self, *, moment: datetime, topic: str) -> None:
        for key in self.PER_NOTE:
            self.pop(key, None)
        self.moment, self.topic = moment, topic

    def __missing__(self, key: str) -> object:
        rng, moment = self.rng, self.moment
        value: object
        if key == "place":
            value = rng.choice(STREET_PLACES).format_map(self)
        elif key == "when":
            later = date.fromordinal(moment.toordinal() + rng.randint(1, 21))
            value = f"{later:%a %b} {later.day}"  # not strftime's %-d: Windows has none
        elif key == "weekday":
            value = f"{moment:%A}"
        elif key == "clock":
            value = f"{(moment.hour - 1) % 12 + 1}:{moment:%M}"
        elif key == "n":
            value = rng.randint(2, 40)
        elif key == "partner":
            value = rng.choice(self.partners)
        elif key == "provider":
            kind = SERVICE_FOR[self.topic][1] if self.topic in SERVICE_FOR else "general"
            value = rng.choice(PROVIDERS[kind])
        else:
            raise KeyError(key)
        self[key] = value
        return value


def contact_kind(rng: random.Random, topic: str) -> ContactKind:
    if topic == "medical" and rng.random() < 0.4:
        return ContactKind.HOSPITAL
    return _KIND_FOR.get(topic) or pick(rng, _OTHER_KINDS)


def contact_place(kind: ContactKind, ctx: Mapping[str, object]) -> str:
    if kind is ContactKind.PHONE:
        return "Phone"
    return str(ctx[_PLACE_SLOT.get(kind, "office")])


HOUSING_NOTES = (
    "Per {first}", "Confirmed with {shelter} staff", "Seen there on outreach", "Per provider", "",
)

# Most of a caseload is engaged or active; LEAD participants "cannot fail out", but some drift away.
STATUS_WEIGHTS = (
    (Status.REFERRED, Status.ENGAGED, Status.ACTIVE, Status.INACTIVE, Status.IN_THE_WIND, Status.EXITED),
    (8, 22, 38, 10, 9, 13),
)
DOOR_WEIGHTS = (
    (ReferralDoor.ARREST_DIVERSION, ReferralDoor.SOCIAL_CONTACT, ReferralDoor.COMMUNITY), (40, 42, 18)
)
SEX_WEIGHTS = ((Sex.MALE, Sex.FEMALE, Sex.DOESNT_KNOW, Sex.PREFERS_NOT_TO_ANSWER), (60, 35, 2, 3))
# What the team hands out itself (issue 13 split "basic needs" into what funders count apart).
TEAM_SERVICES = frozenset({
    ServiceKind.NALOXONE, ServiceKind.CASE_MANAGEMENT, ServiceKind.BASIC_NEEDS, ServiceKind.GROCERIES,
    ServiceKind.PHONE, ServiceKind.HYGIENE, ServiceKind.TRANSPORT, ServiceKind.CLOTHING,
})
GOAL_WEIGHTS = ((GoalStatus.ACTIVE, GoalStatus.ON_HOLD, GoalStatus.SET_ASIDE), (80, 15, 5))
