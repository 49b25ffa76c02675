"""The evaluation measure of the UW LEAD evaluations: arrests, bookings and jail days in the 6 months and
the 2 years before engagement against the same span after it, per participant and for the cohort, with
how many participants have been followed long enough to compare."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from leaddesk.domain import LegalEvent
from leaddesk.domain.enums import LegalEventKind
from leaddesk.reports.data import Period, Scope, add_months

WINDOWS = (6, 24)  # months: the UW evaluations' 6 months and 2 years


@dataclass(frozen=True)
class Counts:
    arrests: int = 0
    bookings: int = 0
    jail_days: int = 0
    open_stays: int = 0  # bookings in custody in the span with no release recorded (days counted to the end)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.arrests + other.arrests,
            self.bookings + other.bookings,
            self.jail_days + other.jail_days,
            self.open_stays + other.open_stays,
        )


@dataclass(frozen=True)
class Window:
    months: int
    before: Counts
    after: Counts  # up to the period's end when not followed up yet
    followed_up: bool  # the whole span after engagement lies within the period


@dataclass(frozen=True)
class ParticipantEvaluation:
    participant_id: str  # identified: the program's own screens only
    engaged_on: date
    windows: tuple[Window, ...]  # one per WINDOWS


@dataclass(frozen=True)
class CohortWindow:
    months: int
    engaged: int  # participants engaged in the period
    followed_up: int  # of them, those with the whole span after engagement within the period
    before: Counts  # sums over the followed-up participants
    after: Counts
    arrested_before: int  # followed-up participants with at least one arrest before
    arrested_after: int
    booked_before: int
    booked_after: int


@dataclass(frozen=True)
class EvaluationReport:
    participants: tuple[ParticipantEvaluation, ...]
    cohort: tuple[CohortWindow, ...]  # one per WINDOWS


def spans(engaged_on: date, months: int) -> tuple[Period, Period]:
    """The span before engagement, `months` calendar months up to and including its day (so the arrest
    a same-day diversion began with counts as before), and the span after, from the next day on for
    as many months."""
    before = Period(add_months(engaged_on, -months) + timedelta(days=1), engaged_on)
    after = Period(engaged_on + timedelta(days=1), add_months(engaged_on, months))
    return before, after


def counts_in(scope: Scope, events: list[LegalEvent], span: Period) -> Counts:
    """Arrests and bookings made on a day of `span`, and the days in custody that fall in it, never
    past the period's end. A stay's days are the calendar days from the booking's to the release's,
    both included, as domain/casework.py `jail_days` counts them; a booking with no release recorded
    is counted up to the period's end, and counted as open."""
    end = scope.period.end
    last = min(span.end, end)
    arrests = bookings = days = still_open = 0
    for event in events:
        day = scope.day(event.occurred_at)
        if day > last:
            continue
        if event.kind is LegalEventKind.ARREST and day >= span.start:
            arrests += 1
        if event.kind is not LegalEventKind.BOOKING:
            continue
        bookings += day >= span.start
        released = end if event.released_at is None else scope.day(event.released_at)
        overlap = (min(released, last) - max(day, span.start)).days + 1
        if overlap > 0:
            days += overlap
            still_open += event.released_at is None
    return Counts(arrests, bookings, days, still_open)


def first_engagement(scope: Scope, participant_id: str) -> date | None:
    """The first date of engagement in the period among the participant's episodes (a returned
    participant's is their new episode's)."""
    dates = [
        e.engagement_date
        for e in scope.episodes[participant_id]
        if e.engagement_date is not None and e.engagement_date in scope.period
    ]
    return min(dates) if dates else None


def evaluation(scope: Scope) -> EvaluationReport:
    """Arrests, bookings and jail days before and after engagement. The cohort is every participant
    engaged in the period, once, from their first date of engagement in it (for a participant who
    returned, the engagement of the episode in the period, not their first ever). For 6 months and for
    2 years: the span of that many calendar months up to and including the day of engagement (so the
    arrest a same-day diversion began with counts as before), and the span of as many months from the
    next day on. A participant is followed up when the whole span after engagement ends by
    the period's last day; only they are compared in the cohort figures (their sums, and how many had
    at least one arrest or booking), so before and after cover the same length of time. Events after
    the period's end are not counted. Jail days are the calendar days in custody within each span; a
    booking with no release recorded is counted to the period's end and reported as open. The figures
    compare the same people before and after; they are not a comparison with people outside LEAD."""
    out: list[ParticipantEvaluation] = []
    for pid in scope.participants:
        engaged = first_engagement(scope, pid)
        if engaged is None:
            continue
        events = scope.of(LegalEvent, pid)
        windows = []
        for months in WINDOWS:
            before, after = spans(engaged, months)
            windows.append(
                Window(
                    months=months,
                    before=counts_in(scope, events, before),
                    after=counts_in(scope, events, after),
                    followed_up=after.end <= scope.period.end,
                )
            )
        out.append(ParticipantEvaluation(pid, engaged, tuple(windows)))
    out.sort(key=lambda p: (p.engaged_on, p.participant_id))
    return EvaluationReport(
        participants=tuple(out), cohort=tuple(_cohort(out, i) for i in range(len(WINDOWS)))
    )


def _cohort(people: list[ParticipantEvaluation], index: int) -> CohortWindow:
    followed = [p.windows[index] for p in people if p.windows[index].followed_up]
    before = sum((w.before for w in followed), Counts())
    after = sum((w.after for w in followed), Counts())
    return CohortWindow(
        months=WINDOWS[index],
        engaged=len(people),
        followed_up=len(followed),
        before=before,
        after=after,
        arrested_before=sum(1 for w in followed if w.before.arrests),
        arrested_after=sum(1 for w in followed if w.after.arrests),
        booked_before=sum(1 for w in followed if w.before.bookings),
        booked_after=sum(1 for w in followed if w.after.bookings),
    )
