"""The text of the synthetic DAP notes: openers by place, sentences by topic (data, assessment, plan),
the asides real notes carry, and their composition. Everything is invented; templates use str.format
slots filled from a participant's `phrases.Slots`."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

OPENERS: Mapping[str, Sequence[str]] = {
    "street": ("Met {first} at {place}.", "Found {first} at {place} after checking {park}.",
               "Outreach with {partner}; {first} was at {place}.", "Saw {first} at {place} around {clock}."),
    "shelter": ("Met {first} at {shelter}.", "{first} was in the day room at {shelter}."),
    "office": ("{first} came by the LEAD office.", "{first} dropped in at the office to charge the phone."),
    "phone": ("Phone call with {first}.", "{first} called the office line."),
    "court": ("Met {first} at {court} before the hearing.", "Went to {court} with {first}."),
    "jail": ("Visited {first} at {jail}.", "Jail visit at {jail}; {first} was booked {n} days ago."),
    "hospital": ("Visited {first} at {hospital}.", "{first} is admitted at {hospital}; visited at bedside."),
    "outreach": ("Street outreach with {partner}.", "Outreach round at {clock}."),
    "none": ("Case conference with the Operational Work Group about {first}.",
             "Collateral call with {provider} about {first}.", "Admin note for {first}."),
}
# topic -> (data, assessment, plan); several topics are mixed in a note.
TOPICS: Mapping[str, tuple[Sequence[str], Sequence[str], Sequence[str]]] = {
    "housing": (
        ("Talked about housing; {first} wants somewhere with a door that locks.",
         "Did the coordinated entry assessment together; score came back {n}.",
         "{first} toured the Sedgewin tiny home village and liked it.",
         "Housing authority letter says the application is missing a verification form."),
        ("Housing is still the top priority {first} named.", "Sleeping outside is wearing {first} down."),
        ("Get the homelessness verification signed and turned in by {when}.",
         "Follow up with coordinated entry about a housing match."),
    ),
    "shelter": (
        ("Called around for shelter beds; {shelter} had one bed for tonight.",
         "{first} lost the bed at {shelter} after missing curfew.",
         "{first} says the shelter is too loud to sleep but is going back tonight."),
        ("Shelter is a stopgap; {first} is open to it when a bed is reserved.",),
        ("Check bed availability each morning and text {first}.", "Ask {shelter} about a reserved bed."),
    ),
    "mat": (
        ("{first} restarted buprenorphine at {clinic} and is on day {n}.",
         "Talked about methadone; {first} worries about daily dosing and the shelter schedule.",
         "{first} missed two methadone doses and needs a new dosing plan.",
         "Picked up the Suboxone prescription with {first}; no problems at the pharmacy."),
        ("MAT is going well; cravings are lower per {first}.", "Dosing is fragile without stable transport."),
        ("Bus pass to {clinic} for the week.", "Check in with the {clinic} counsellor by {when}."),
    ),
    "naloxone": (
        ("Gave {first} two naloxone kits and went over rescue breathing.",
         "{first} used naloxone on a friend last night; the friend survived.",
         "Handed out fentanyl test strips and naloxone at the camp."),
        ("{first} is a likely first responder at the camp; keeping kits stocked matters.",),
        ("Restock naloxone next visit.",),
    ),
    "detox": (
        ("Called {detox} at 7 am for a bed; on the wait list.", "{first} left detox after two days."),
        ("{first} is ambivalent about detox but willing to keep calling.",),
        ("Call {detox} again tomorrow morning with {first}.",),
    ),
    "court": (
        ("{first} has court on case {case} on {when}.", "At court: the hearing was continued to {when}.",
         "Talked with the public defender about case {case}; the prosecutor is aware of LEAD participation."),
        ("{first} is worried about court but wants to show up.", "Court dates are the main legal risk."),
        ("Remind {first} the day before court and meet at {court}.", "Update the prosecutor liaison."),
    ),
    "warrant": (
        ("{first} thinks there is a warrant from a missed court date.",
         "Checked with the public defender: bench warrant on case {case}."),
        ("The warrant keeps {first} from going to appointments.",),
        ("Walk-in warrant quash calendar with {first} on {when}.",),
    ),
    "id": (
        ("Ordered a birth certificate from Vital Records for {first}.",
         "Went to DOL; {first} got the temporary ID paper.",
         "{first} lost the ID again when the tent was swept."),
        ("ID is the key that opens housing and benefits for {first}.",),
        ("Pick up the ID card when it arrives at the office.", "Keep a copy of the ID in the office file."),
    ),
    "benefits": (
        ("Helped {first} apply for SNAP; interview set for {when}.", "Medicaid renewal filed for {first}.",
         "{first} got the EBT card back and bought groceries."),
        ("Benefits are stabilising; food is less of a daily problem.",),
        ("Check benefits status on {when}.",),
    ),
    "ssi": (
        ("Started the SSI application with legal aid; {first} signed the release for medical records.",
         "SSI denied at first level; legal aid will appeal."),
        ("SSI would give {first} steady income for housing.",),
        ("Gather records from {hospital} for the SSI file.",),
    ),
    "mental_health": (
        ("{first} was talking fast and had not slept; said the voices were loud.",
         "{first} went to the intake at Halloway Behavioral Health.", "{first} ran out of meds a week ago."),
        ("Mental health is affecting everything else this week.", "{first} seemed calmer than last time."),
        ("Get the prescription refilled and walk {first} to the pharmacy.",),
    ),
    "medical": (
        ("{first}'s leg wound looks red and swollen.",
         "{first} was discharged from {hospital} with antibiotics.",
         "Wound care at the mobile medical van; dressing changed."),
        ("The wound needs regular care or it will land {first} back in hospital.",),
        ("Wound care appointment {when}.",),
    ),
    "jail": (
        ("{first} was booked on a new charge; talked with the jail social worker.",
         "{first} is expecting release on {when}."),
        ("Release planning matters: {first} will need a bed and meds on the way out.",),
        ("Meet {first} at release from {jail} with a bus pass.",),
    ),
    "food": (("Brought sandwiches and water; {first} had not eaten since yesterday.",),
             ("Food is a daily struggle.",), ("Sign up for the Saint Oriel meal program.",)),
    "phone": (("{first}'s phone was stolen; applied for a Lifeline phone.", "Gave {first} a charger."),
              ("Without a phone, appointments get missed.",), ("Pick up the Lifeline phone by {when}.",)),
    "hygiene": (("Shower and laundry at {shelter}.",), ("Feeling cleaner helps {first}'s mood.",),
                ("Keep the shower slot on {weekday}s.",)),
    "transport": (("Gave {first} a day pass for the bus.",), ("Transport is a barrier to appointments.",),
                  ("Reduced fare card appointment on {when}.",)),
    "clothing": (("Got {first} boots and a coat at the clothing closet.",), ("Ready for the cold nights.",),
                 ("Nothing further on clothing.",)),
    "outreach": (("Looked for {first} at {place} and {park}; not located.",
                  "Checked {place}; {first} was not there. Left word with {shelter} staff."),
                 ("{first} has not been seen in a while; others say {first} is still around.",),
                 ("Try {park} again on {weekday}.",)),
    "check_in": (("Brief check-in; {first} said things are about the same.", "{first} was in good spirits."),
                 ("No new acute needs.", "{first} is stable this week."), ("Check in again next week.",)),
    "other": (("{first} talked about family and wants to call a sister.",), ("Family contact could help.",),
              ("Help {first} make the call from the office.",)),
}
# Asides that real notes carry whatever the topic; they also widen the vocabulary search sees.
EXTRAS: tuple[Sequence[str], Sequence[str], Sequence[str]] = (
    ("Offered water and socks.", "{first} asked about the drop-in hours.", "{first} had a dog along.",
     "Gave a bus pass for tomorrow.", "{first} said they are using less this week.", "Talked about family.",
     "Shared the harm reduction van schedule.", "Charged {first}'s phone in the van.",
     "{first} seemed tired but engaged.", "It was raining; {first} was soaked through."),
    ("No immediate safety concerns.", "Engagement is steady.", "{first} is following through on the plan.",
     "Overdose risk stays high with the current supply.", "Trust is building.", "More guarded than usual."),
    ("Next contact within the week.", "Bring a hygiene kit next time.", "Raise at the next OWG meeting.",
     "Update the intervention plan at the next visit.", "Check {park} on outreach rounds.",
     "Text a reminder the day before."),
)


def compose(
    rng: random.Random, *, topics: Sequence[str], ctx: Mapping[str, object], opener: str
) -> tuple[str, str, str]:
    """Data, assessment and plan for one DAP note: an opener, then a sentence or two per topic."""
    data = [rng.choice(OPENERS[opener])]
    assessment: list[str] = []
    plan: list[str] = []
    for topic in topics:
        d, a, p = TOPICS[topic]
        data.append(rng.choice(d))
        if rng.random() < 0.35 and len(d) > 1:
            data.append(rng.choice(d))
        assessment.append(rng.choice(a))
        plan.append(rng.choice(p))
    for section, extras in zip((data, assessment, plan), EXTRAS, strict=True):
        if rng.random() < 0.5:
            section.append(rng.choice(extras))
    return (
        " ".join(dict.fromkeys(data)).format_map(ctx),
        " ".join(dict.fromkeys(assessment)).format_map(ctx),
        " ".join(dict.fromkeys(plan)).format_map(ctx),
    )
