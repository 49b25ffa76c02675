"""One invented participant's story, told as records: a referral, an engagement, then months of casework
(contacts, DAP notes, services, legal events, housing, tasks). synthetic.py deals out the caseload and
hands each story its seeded RNG, case manager and colleagues."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from leaddesk.demo import casework_details, hmis_consents, note_text
from leaddesk.demo import episodes as ep
from leaddesk.demo import phrases as ph
from leaddesk.demo.bundle import CaseManager, ParticipantBundle, synthetic_id
from leaddesk.demo.consent_terms import CJ_CONSENT, CONSENTS, consent_scope
from leaddesk.demo.phrases import DOOR_WEIGHTS, GOAL_WEIGHTS, SEX_WEIGHTS, STATUS_WEIGHTS, TEAM_SERVICES, pick
from leaddesk.demo.places import AGENCIES, COMMUNITY_REFERRERS, PROVIDERS
from leaddesk.domain import (
    Addendum,
    CaseNote,
    Consent,
    Contact,
    CriterionAnswer,
    EligibilityScreening,
    Enrollment,
    HousingStatus,
    LegalEvent,
    Need,
    Participant,
    PlanGoal,
    ProgressEntry,
    Referral,
    Service,
    Task,
)
from leaddesk.domain.eligibility import DEFAULT_CRITERIA, CriterionKind, decide
from leaddesk.domain.enums import (
    ConsentKind,
    EligibilityDecision,
    GoalStatus,
    NeedDomain,
    NeedStatus,
    ReferralDoor,
    Sex,
    Urgency,
)
from leaddesk.domain.enums import LegalEventKind as Legal
from leaddesk.domain.enums import ParticipantStatus as Status
from leaddesk.domain.enums import ProsecutorCoordination as Coordination
from leaddesk.domain.episodes import participant_fields

HISTORY_DAYS = 3 * 365
OPEN_STATUSES = (Status.ACTIVE, Status.ENGAGED, Status.REFERRED)


class Story:
    """One participant's invented history: a referral, an engagement, then months of casework."""

    def __init__(self, rng: random.Random, *, cm: CaseManager, partners: list[str], today: date) -> None:
        self.rng, self.cm, self.partners, self.today = rng, cm, partners, today
        self.horizon = datetime.combine(today, time(), UTC) - timedelta(minutes=1)
        self.yesterday = today - timedelta(days=1)

    def at(self, day: date) -> datetime:
        """A moment in outreach hours on `day`, never past the end of yesterday."""
        minute = self.rng.randint(15 * 60, 23 * 60 + 50)
        return self.cap(datetime.combine(day, time(minute // 60, minute % 60), UTC))

    def cap(self, moment: datetime) -> datetime:
        return min(moment, self.horizon)

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def meta(self, at: datetime, updated: datetime | None = None) -> dict[str, object]:
        return {"id": synthetic_id(self.rng, at), "participant_id": self.pid, "created_at": at,
                "updated_at": max(at, updated or at), "created_by": self.cm.name}

    def tell(self, mean_notes: float) -> ParticipantBundle:
        rng, today = self.rng, self.today
        self.status = status = pick(rng, STATUS_WEIGHTS)
        back = rng.randint(1, 28) if status is Status.REFERRED else rng.randint(45, HISTORY_DAYS)
        self.start = today - timedelta(days=back)
        self.engaged = None
        if status is not Status.REFERRED:
            delay = 0 if rng.random() < 0.35 else rng.randint(1, 28)
            self.engaged = min(self.yesterday, self.start + timedelta(days=delay))
        first_day = self.engaged or self.start
        self.end = self.yesterday
        if status is Status.EXITED:
            self.end = self.day_between(first_day + timedelta(days=30), self.yesterday)
        elif status in (Status.IN_THE_WIND, Status.INACTIVE):
            gone = rng.randint(45, 240) if status is Status.IN_THE_WIND else rng.randint(21, 90)
            self.end = today - timedelta(days=gone)
        self.end = max(first_day, min(self.end, self.yesterday))
        self.tenure = (self.end - self.start).days / HISTORY_DAYS
        participant, enrollments = self.participant()
        referral = self.referral()
        self.needs = self.needs_list()
        legal = self.legal_events(referral)
        contacts, notes, addenda, services = self.casework(self.note_count(mean_notes))
        bundle = ParticipantBundle(
            participant=participant, referral=referral, enrollments=enrollments,
            screening=self.screening(referral),
            consents=self.consents(), needs=self.needs, goals=self.goals(), contacts=contacts,
            notes=notes, addenda=addenda, services=services, legal_events=legal, outcomes=[],
            housing=self.housing(), tasks=self.tasks(),
        )
        filled = casework_details.fill(bundle, today=self.today, horizon=self.horizon)
        return hmis_consents.with_hmis_consent(filled, horizon=self.horizon)

    def note_count(self, mean: float) -> int:
        rng = self.rng
        if self.status is Status.REFERRED:
            wanted = min(mean, rng.uniform(1, 4))  # a few outreach attempts before intake
        else:
            # Longer in the program, more notes; the gamma spread gives a few very busy files.
            wanted = min(mean * 6 + 1, mean * rng.gammavariate(2.0, 0.5) * (0.5 + self.tenure) / 0.75)
        return int(wanted) + (rng.random() < wanted % 1)

    def participant(self) -> tuple[Participant, list[Enrollment]]:
        rng = self.rng
        sex = pick(rng, SEX_WEIGHTS)
        first = rng.choice({Sex.MALE: ph.MALE_FIRST, Sex.FEMALE: ph.FEMALE_FIRST}.get(sex, ph.NEUTRAL_FIRST))
        last, nick = ph.invented_surname(rng), rng.choice(ph.NICKNAMES)
        preferred = nick if rng.random() < 0.2 else ""
        gender = {Sex.MALE: "man", Sex.FEMALE: "woman"}.get(sex, "")
        if rng.random() < 0.06:
            gender = rng.choice(ph.OTHER_GENDERS)
        age_days = int(rng.triangular(18, 72, 38) * 365.25) + rng.randint(0, 360)
        created = self.at(self.start)
        self.pid, self.full_name = synthetic_id(rng, created), f"{first} {last}"
        self.ctx = ph.Slots(rng, first=preferred or first, team=self.cm.team_id, partners=self.partners)
        exited = self.status is Status.EXITED
        aliases = [nick, f"{first[:3]} {last[0]}."][: rng.choice((0, 0, 0, 1, 1, 2))]
        born, races, phone = self.start - timedelta(days=age_days), ph.races(rng), ph.phone(rng)
        reason, detail = rng.choice(ph.EXIT_REASONS) if exited else (None, "")
        line = ep.Timeline(status=self.status, start=self.start, engaged=self.engaged, end=self.end,
                           exit_reason=reason, exit_detail=detail)
        hmis, episodes = ep.history(self.pid, created_by=self.cm.name, line=line, horizon=self.horizon)
        now = participant_fields(episodes[-1])
        person = Participant(
            id=self.pid, created_at=created, created_by=self.cm.name,
            updated_at=self.at(self.end) if exited else created, first_name=first, last_name=last,
            preferred_name=preferred, aliases=aliases,
            date_of_birth=born if hmis.dob_data_quality.has_date else None,
            dob_data_quality=hmis.dob_data_quality, sex=sex, gender=gender, race_ethnicity=races,
            additional_race_ethnicity=hmis.additional_race_ethnicity, veteran_status=hmis.veteran_status,
            disabling_condition=hmis.disabling_condition, phone=phone,
            usual_locations=f"{self.ctx['place']}; evenings at {self.ctx['shelter']}",
            team_id=self.cm.team_id, case_manager=self.cm.username, **now,
        )
        return person, episodes

    def referral(self) -> Referral:
        rng = self.rng
        self.door = door = pick(rng, DOOR_WEIGHTS)
        self.referred_at = referred = self.at(self.start)
        police = door is not ReferralDoor.COMMUNITY
        handoff = None
        if rng.random() < (0.85 if police else 0.2):
            # The toolkit's ideal is a warm hand-off within 30 minutes; most make it, some don't.
            late = rng.random() < 0.3
            handoff = referred + timedelta(minutes=rng.randint(31, 240) if late else rng.randint(5, 30))
        return Referral(
            **self.meta(referred), door=door, referred_at=referred, place=str(self.ctx["place"]),
            referring_officer=ph.officer(rng) if police else "",
            referring_agency=rng.choice(AGENCIES if police else COMMUNITY_REFERRERS),
            offence=rng.choice(ph.REFERRAL_REASONS[door.value]), warm_handoff_at=handoff,
            sent_to_prosecutor_on=min(self.yesterday, self.start + timedelta(days=rng.randint(0, 3)))
            if door is ReferralDoor.ARREST_DIVERSION else None,
            intake_deadline=self.start + timedelta(days=30),  # California: intake within 30 days
        )

    def screening(self, referral: Referral) -> EligibilityScreening:
        rng = self.rng
        pending = self.status is Status.REFERRED and rng.random() < 0.4
        answers = [
            CriterionAnswer(key=c.key, answer=None if pending and rng.random() < 0.5
                            else c.kind is CriterionKind.REQUIRED)
            for c in DEFAULT_CRITERIA
        ]
        decision = decide(DEFAULT_CRITERIA, answers)
        decided = self.cap(referral.referred_at + timedelta(hours=rng.randint(1, 72)))
        # In arrest diversion the prosecutor's liaison has the last word (Santa Fe's practice).
        decider = ph.liaison(rng) if self.door is ReferralDoor.ARREST_DIVERSION else self.cm.name
        done = decision is not EligibilityDecision.PENDING
        return EligibilityScreening(
            **self.meta(referral.referred_at, decided if done else None), answers=answers, decision=decision,
            decided_by=decider if done else "", decided_at=decided if done else None,
            notes=f"Screened at hand-off. {referral.offence}".strip(),
        )

    def consents(self) -> list[Consent]:
        rng = self.rng
        if self.engaged is None and rng.random() < 0.5:
            return []
        signed = self.engaged or self.start
        out = []
        for discloser, info, recipient, purpose in rng.sample(CONSENTS, rng.randint(1, 3)):
            revoked = self.day_between(signed, self.yesterday) if rng.random() < 0.04 else None
            out.append(Consent(
                **self.meta(self.at(signed)), discloser=discloser.format_map(self.ctx), information=info,
                recipient=recipient.format_map(self.ctx), purpose=purpose, signed_by=self.full_name,
                signed_on=signed, expires_on=signed + timedelta(days=365), revoked_on=revoked,
                **consent_scope(recipient),
            ))
        if self.door is ReferralDoor.ARREST_DIVERSION:
            discloser, info, recipient, purpose = CJ_CONSENT
            out.append(Consent(  # 42 CFR 2.35: may be irrevocable for a period
                **self.meta(self.at(signed)), kind=ConsentKind.CRIMINAL_JUSTICE, information=info,
                discloser=discloser.format_map(self.ctx), recipient=recipient,
                purpose=purpose.format_map(self.ctx), signed_by=self.full_name, signed_on=signed,
                expiry_event=f"Final disposition of case {self.ctx['case']} or exit from LEAD",
                irrevocable_until=signed + timedelta(days=180), **consent_scope(recipient),
            ))
        return out

    def needs_list(self) -> list[Need]:
        rng = self.rng
        # The participant's own order: weighted by how common each need is, not by what staff think.
        order = sorted(NeedDomain, key=lambda d: -(rng.random() ** (1.0 / ph.NEED_WEIGHTS[d])))
        needs = []
        for rank, domain in enumerate(order[: rng.randint(3, 7)], start=1):
            met = rng.random() < self.tenure * (1.5 if self.status is Status.EXITED else 0.8)
            status = NeedStatus.NO_LONGER_NEEDED if met and rng.random() < 0.2 else NeedStatus.MET if met \
                else rng.choice((NeedStatus.OPEN, NeedStatus.IN_PROGRESS))
            urgency = rng.choices(tuple(Urgency), (15, 40, 30, 15 if rank <= 2 else 3))[0]
            needs.append(Need(
                **self.meta(self.at(self.engaged or self.start), self.at(self.end) if met else None),
                domain=domain, description=ph.NEED_TEXT[domain.value], rank=rank, urgency=urgency,
                status=status,
            ))
        return needs

    def goals(self) -> list[PlanGoal]:
        rng = self.rng
        if self.engaged is None:
            return []
        out = []
        for need in self.needs[: rng.randint(1, 4)]:
            d = need.domain.value
            made = min(self.end, self.engaged + timedelta(days=rng.randint(0, 14)))
            days = sorted(self.day_between(made, self.end) for _ in range(rng.randint(0, 4)))
            status = GoalStatus.ACHIEVED if need.status is NeedStatus.MET else pick(rng, GOAL_WEIGHTS)
            out.append(PlanGoal(
                **self.meta(self.at(made), self.at(days[-1]) if days else None), goal=rng.choice(ph.GOALS[d]),
                domain=need.domain, steps=rng.sample(ph.STEPS[d], min(len(ph.STEPS[d]), rng.randint(1, 3))),
                target_date=made + timedelta(days=rng.randint(30, 180)), status=status,
                progress=[ProgressEntry(on=day, text=rng.choice(ph.PROGRESS)) for day in days],
            ))
        return out

    def casework(self, count: int) -> tuple[list[Contact], list[CaseNote], list[Addendum], list[Service]]:
        rng, ctx, cm = self.rng, self.ctx, self.cm.name
        moments = sorted(max(self.referred_at, self.at(self.day_between(self.start, self.end)))
                         for _ in range(count))
        need_topics = [t for n in self.needs for t in ph.TOPICS_BY_NEED[n.domain]]
        out: tuple[list[Contact], list[CaseNote], list[Addendum], list[Service]] = ([], [], [], [])
        contacts, notes, addenda, services = out
        lost = self.status in (Status.REFERRED, Status.IN_THE_WIND)
        for i, moment in enumerate(moments):
            if lost and (i >= count - 3 or self.engaged is None) and rng.random() < 0.5:
                topics = ["outreach"]
            elif rng.random() < 0.7:
                mixed = 1 + (rng.random() < 0.35)
                topics = list(dict.fromkeys(rng.choice(need_topics) for _ in range(mixed)))
            else:
                topics = [rng.choice(ph.GENERAL_TOPICS)]
            ctx.next_note(moment=moment, topic=topics[0])
            contact_id, opener, minutes = None, "none", 0
            if topics[0] not in ph.COLLATERAL_TOPICS or rng.random() < 0.7:
                kind = ph.contact_kind(rng, topics[0])
                minutes = rng.randint(*ph.MINUTES[kind])
                staff = [cm, str(ctx["partner"])] if rng.random() < 0.25 and ctx["partner"] != cm else [cm]
                outcome = ph.OUTCOMES.get(topics[0]) or rng.choice(ph.CONTACT_OUTCOMES)
                contact = Contact(**self.meta(moment), occurred_at=moment, minutes=minutes, kind=kind,
                                  place=ph.contact_place(kind, ctx), staff_present=staff, outcome=outcome)
                contacts.append(contact)
                contact_id, opener = contact.id, "outreach" if topics[0] == "outreach" else kind.value
            # Written up after the encounter, often back at the office; signed later still.
            late = timedelta(minutes=minutes + rng.randint(5, 240))
            created = min(self.cap(moment + late), self.horizon - timedelta(minutes=9))
            data, assessment, plan = note_text.compose(rng, topics=topics, ctx=ctx, opener=opener)
            draft = i >= count - 2 and self.status in OPEN_STATUSES and rng.random() < 0.4
            signed = None
            if not draft and rng.random() >= 0.015:
                signed = self.cap(created + timedelta(minutes=rng.randint(10, 36 * 60)))
            note = CaseNote(
                **self.meta(created, signed), contact_id=contact_id, data=data, assessment=assessment,
                plan=plan, sensitive_sud=topics[0] in ("mat", "detox") and rng.random() < 0.5,
                signed_by=cm if signed else "", signed_at=signed,
            )
            notes.append(note)
            if signed and rng.random() < 0.03:
                at = self.cap(signed + timedelta(minutes=rng.randint(60, 10 * 24 * 60)))
                if at > signed:
                    addenda.append(Addendum(**self.meta(at), note_id=note.id, signed_by=cm, signed_at=at,
                                            text=rng.choice(ph.ADDENDA).format_map(ctx)))
            if topics[0] in ph.SERVICE_FOR and (topics[0] == "naloxone" or rng.random() < 0.2):
                services.append(self.service(topics[0], created))
        addenda.sort(key=lambda a: a.signed_at)
        return out

    def service(self, topic: str, created: datetime) -> Service:
        rng = self.rng
        kind, providers = ph.SERVICE_FOR[topic]
        made_by_team = kind in TEAM_SERVICES
        referral = not made_by_team and rng.random() < 0.7
        return Service(
            **self.meta(created), delivered_on=created.date(), kind=kind, is_referral=referral,
            provider=rng.choice(PROVIDERS[providers]),
            outcome=rng.choice(ph.REFERRAL_OUTCOMES) if referral else "Delivered",
        )

    def legal_events(self, referral: Referral) -> list[LegalEvent]:
        rng, out = self.rng, []

        def add(kind: Legal, when: datetime, case: str, text: str, *, coordination: Coordination,
                noted: datetime | None = None) -> None:
            out.append(LegalEvent(
                **self.meta(noted or min(when, self.horizon)), kind=kind, occurred_at=when, case_number=case,
                court=str(self.ctx["court"]), description=text, prosecutor_coordination=coordination,
            ))

        if self.door is ReferralDoor.ARREST_DIVERSION:
            self.ctx["case"] = case = ph.case_number(rng, self.start)
            add(Legal.ARREST, referral.referred_at, case, referral.offence,
                coordination=Coordination.SENT_TO_PROSECUTOR)
            if rng.random() < 0.55:
                day = min(self.yesterday, self.start + timedelta(days=rng.randint(10, 60)))
                add(Legal.CHARGE_DECLINED, self.at(day), case, "Diverted to LEAD",
                    coordination=Coordination.DECLINED_TO_FILE)
        # Anyone with a legal need has a case on file from early on, so notes can cite its number.
        if rng.random() < 0.4 or any(n.domain is NeedDomain.LEGAL for n in self.needs):
            day = self.day_between(self.start, min(self.end, self.start + timedelta(days=90)))
            case = ph.case_number(rng, day)
            self.ctx["case"] = self.ctx["case"] or case
            add(rng.choice((Legal.CITATION, Legal.CHARGE_FILED)), self.at(day), case, rng.choice(ph.OFFENCES),
                coordination=Coordination.TO_COORDINATE)
            if self.status in OPEN_STATUSES and rng.random() < 0.6:
                court = datetime.combine(self.today + timedelta(days=rng.randint(3, 60)), time(16, 30), UTC)
            else:
                court = self.at(min(self.yesterday, day + timedelta(days=rng.randint(20, 60))))
            add(Legal.COURT_DATE, court, case, rng.choice(ph.HEARINGS),
                coordination=rng.choice((Coordination.TO_COORDINATE, Coordination.COORDINATED)),
                noted=self.at(day))
        if self.status is Status.IN_THE_WIND and rng.random() < 0.6:
            day = min(self.yesterday, self.end + timedelta(days=rng.randint(10, 40)))
            add(Legal.WARRANT, self.at(day), str(self.ctx["case"]) or ph.case_number(rng, day),
                "Bench warrant for failure to appear", coordination=Coordination.TO_COORDINATE)
        if rng.random() < 0.15:
            booked = self.day_between(self.start, self.end)
            released = min(self.yesterday, booked + timedelta(days=rng.randint(1, 20)))
            add(Legal.BOOKING, self.at(booked), "", "Booked on a non-diverted charge",
                coordination=Coordination.NOT_NEEDED)
            add(Legal.RELEASE, self.at(released), "", "Released; met at the door",
                coordination=Coordination.NOT_NEEDED)
        return sorted(out, key=lambda e: e.occurred_at)

    def housing(self) -> list[HousingStatus]:
        rng = self.rng
        situation = pick(rng, ph.FIRST_HOME)
        # About one move a season at most: a short stay in the program has a short history.
        moves = min(rng.randint(0, 4), (self.end - self.start).days // 60)
        changes = sorted({self.day_between(self.start + timedelta(days=1), self.end) for _ in range(moves)})
        out = []
        for effective in [self.start, *changes]:
            if effective != self.start:
                situation = rng.choice([s for s in ph.LATER_HOMES if s is not situation])
            out.append(HousingStatus(
                **self.meta(self.at(effective)), effective_on=effective, situation=situation,
                notes=rng.choice(ph.HOUSING_NOTES).format_map(self.ctx),
            ))
        return out

    def tasks(self) -> list[Task]:
        rng, out = self.rng, []
        still_open = self.status in OPEN_STATUSES
        last_due = self.today + timedelta(days=45) if still_open else self.end + timedelta(days=14)
        for _ in range(rng.randint(1, 3) if self.engaged is None else rng.randint(2, 7)):
            due = self.day_between(self.start, last_due)
            made = max(self.at(self.start), self.at(min(self.yesterday, due - timedelta(rng.randint(3, 21)))))
            done = rng.random() < (0.8 if due < self.today else 0.1) or not still_open
            done_at = None
            if done:
                done_at = max(made, self.at(min(self.yesterday, due + timedelta(rng.randint(-5, 3)))))
            title = rng.choice(ph.TASK_TITLES[rng.choice(self.needs).domain.value]).format_map(self.ctx)
            out.append(Task(**self.meta(made, done_at), title=title, due_on=due, assignee=self.cm.name,
                            done=done, done_at=done_at))
        return sorted(out, key=lambda t: t.created_at)
