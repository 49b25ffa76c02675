"""The referral page's screens: sign in, sign in with a link, the officer's list, the referral form, and
a page that says why something was refused. Every value goes in through html.py, which escapes it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from leaddesk.domain.enums import ParticipantStatus, ReferralDoor
from leaddesk.domain.officer_feedback import OfficerStatus
from leaddesk.domain.program import ProgramSettings
from leaddesk.server.officer_referrals import ListedReferral
from leaddesk.server.officers import Officer
from leaddesk.server.refer.fields import error_summary, hidden, radios, select, text_input
from leaddesk.server.refer.form import DOORS, LIMITS
from leaddesk.server.refer.html import Child, Html, document, tag

SITE = "LEAD referrals"
CSRF_FIELD = "csrf_token"
DOOR_WORDS = {
    ReferralDoor.ARREST_DIVERSION: "Arrest diversion",
    ReferralDoor.SOCIAL_CONTACT: "Social contact",
    ReferralDoor.COMMUNITY: "Community referral",
}
STATUS_WORDS = {
    OfficerStatus.RECEIVED: "Received",
    OfficerStatus.MET: "Met",
    OfficerStatus.ENGAGED: "Engaged",
    OfficerStatus.CLOSED: "Closed",
    OfficerStatus.NOT_LOCATED: "Could not locate",
    OfficerStatus.DECLINED: "Declined",
}
PROGRAM_STATUS_WORDS = {
    ParticipantStatus.REFERRED: "referred",
    ParticipantStatus.ENGAGED: "engaged",
    ParticipantStatus.ACTIVE: "active",
    ParticipantStatus.INACTIVE: "inactive",
    ParticipantStatus.IN_THE_WIND: "not seen for a while",
    ParticipantStatus.EXITED: "left the program",
}


def _page(title: str, *content: Child, officer: Officer | None = None, csrf: str = "") -> Html:
    header = [tag("p", SITE, class_="site")]
    if officer is not None:
        header.append(
            tag("form", hidden(CSRF_FIELD, csrf), tag("button", "Sign out", type="submit", class_="link"),
                tag("span", f"Signed in as {officer.user.display_name}", class_="who"),
                method="post", action="/refer/sign-out", class_="signed-in")
        )  # fmt: skip
    return document(
        title=f"{title} – {SITE}",
        body=[tag("header", header), tag("main", tag("h1", title), *content, id="main")],
    )


CARRY = "carry_"  # a referral's field carried through a sign-in, so a session that ended loses nothing


def sign_in_page(
    *, csrf: str, username: str = "", error: str | None = None, carried: Mapping[str, str] | None = None
) -> Html:
    """The sign-in form; `carried` is a referral typed when the session had ended, sent on after it."""
    problems = {"username": error} if error else {}
    kept = [hidden(f"{CARRY}{name}", value) for name, value in (carried or {}).items()]
    return _page(
        "Sign in",
        tag("p", "Your session had ended, so the referral was not sent yet. Sign in again: what you typed "
            "is kept, and shown to you to send.", class_="notice", role="alert") if carried else None,
        error_summary(problems, title="You are not signed in"),
        tag(
            "form",
            hidden(CSRF_FIELD, csrf),
            kept,
            text_input("username", "User name", value=username, autocomplete="username", required=True,
                       error=error),
            text_input("password", "Password", value="", kind="password", autocomplete="current-password",
                       required=True),
            tag("button", "Sign in", type="submit"),
            method="post", action="/refer/sign-in", novalidate=True,
        ),
        tag("p", "No password? Ask the LEAD program for a sign-in link.", class_="hint"),
    )  # fmt: skip


def link_page(*, csrf: str, token: str, error: str | None = None) -> Html:
    """A sign-in link's page: the link is spent by the button, not by opening it (a preview of the link
    in a messaging app would otherwise spend it)."""
    if error:
        return _page("Sign-in link", tag("p", error, class_="notice", role="alert"),
                     tag("p", tag("a", "Sign in with a password", href="/refer/sign-in")))  # fmt: skip
    return _page(
        "Sign in with your link",
        tag("p", "This link signs you in once. It stops working when used or after its time runs out."),
        tag("form", hidden(CSRF_FIELD, csrf), tag("button", "Sign in", type="submit"),
            method="post", action=f"/refer/link/{token}"),
    )  # fmt: skip


def message_page(title: str, sentence: str, *, back: str = "/refer/") -> Html:
    return _page(
        title, tag("p", sentence, class_="notice", role="alert"), tag("p", tag("a", "Back", href=back))
    )


def _when(at: datetime) -> Html:
    """The time in the server's zone; the page's script shows it in the phone's own."""
    return tag("time", at.astimezone().strftime("%d %b %Y, %H:%M"), datetime=at.isoformat())


def _referral_item(listed: ListedReferral) -> Html:
    said = listed.feedback
    details: list[Child] = [
        tag("dt", "Referred"), tag("dd", _when(listed.referred_at)),
        tag("dt", "Where"), tag("dd", listed.place),
        tag("dt", "Door"), tag("dd", DOOR_WORDS[listed.door]),
    ]  # fmt: skip
    if said.program_status is not None:
        details += [tag("dt", "In the program"), tag("dd", PROGRAM_STATUS_WORDS[said.program_status])]
    if said.case_manager:
        details += [tag("dt", "Case manager"), tag("dd", said.case_manager)]
    return tag(
        "li",
        tag("h2", listed.person_name, " ",
            tag("span", STATUS_WORDS[said.status], class_=f"status status-{said.status.value}")),
        tag("dl", details),
        class_="referral",
    )  # fmt: skip


def list_page(
    *, officer: Officer, csrf: str, referrals: Sequence[ListedReferral], sent: bool = False
) -> Html:
    notice = (
        tag("p", "Referral sent. The on-call team has it and will contact you for the hand-off.",
            class_="notice success", role="status")
        if sent else None
    )  # fmt: skip
    listing = (
        tag("ol", [_referral_item(r) for r in referrals], class_="referrals")
        if referrals
        else tag("p", "You have not sent a referral yet.")
    )
    return _page(
        "Your referrals",
        notice,
        tag("p", tag("a", "New referral", href="/refer/new", class_="button")),
        tag("p", "Received: the team has it. Met: a case manager met the person. Engaged: the person is "
            "taking part in LEAD. Closed: the hand-off did not go ahead.", class_="hint"),
        listing,
        officer=officer,
        csrf=csrf,
    )  # fmt: skip


def form_page(
    *,
    officer: Officer,
    csrf: str,
    settings: ProgramSettings,
    values: Mapping[str, str],
    errors: Mapping[str, str],
    problem: str | None = None,
) -> Html:
    """The referral form, with what was typed and every problem beside its field."""
    v, e = values.get, errors.get
    categories = [("", "None")] + [(c.code, c.label) for c in settings.offence_categories if not c.retired]
    fields: list[Child] = [
        hidden(CSRF_FIELD, csrf),
        hidden("utc_offset", v("utc_offset", "")),
        radios("door", "How did the person come to you?", options=[(d.value, DOOR_WORDS[d]) for d in DOORS],
               value=v("door", ""), error=e("door")),
        text_input("referred_at", "Date and time", value=v("referred_at", ""), kind="datetime-local",
                   error=e("referred_at"), required=True, hint="When you made the referral."),
        text_input("place", "Where", value=v("place", ""), error=e("place"), required=True,
                   hint="An address, an intersection or a landmark.", max_length=LIMITS["place"]),
        text_input("observed", "What you observed", value=v("observed", ""), error=e("observed"),
                   multiline=True, required=True, max_length=LIMITS["observed"]),
        select("offence_category", "Offence category", options=categories, value=v("offence_category", ""),
               error=e("offence_category"), hint="For an arrest diversion, the offence it diverts.")
        if len(categories) > 1 else None,
        tag("fieldset",
            tag("legend", "The person"),
            text_input("first_name", "First name", value=v("first_name", ""), error=e("first_name"),
                       hint="The name they gave, if that is all you have.", max_length=LIMITS["first_name"]),
            text_input("last_name", "Last name", value=v("last_name", ""), error=e("last_name"),
                       max_length=LIMITS["last_name"]),
            text_input("alias", "Another name they use", value=v("alias", ""), error=e("alias"),
                       max_length=LIMITS["alias"]),
            text_input("person_description", "How to recognise and find them",
                       value=v("person_description", ""), error=e("person_description"), multiline=True,
                       max_length=LIMITS["person_description"],
                       hint="Clothing, build, where they said they will be."),
            class_="group"),
        radios("agreed_to_meet", "Did they agree to meet a case manager?",
               options=[("yes", "Yes"), ("no", "No"), ("not_asked", "Not asked")],
               value=v("agreed_to_meet", ""), error=e("agreed_to_meet")),
        text_input("officer_contact", "How the case manager reaches you", value=v("officer_contact", ""),
                   error=e("officer_contact"), required=True, autocomplete="tel",
                   hint="A phone or radio call sign for the hand-off.", max_length=LIMITS["officer_contact"]),
        tag("button", "Send referral", type="submit"),
    ]  # fmt: skip
    return _page(
        "New referral",
        tag("p", problem, class_="notice", role="alert") if problem else None,
        error_summary(errors),
        tag("form", fields, method="post", action="/refer/new", novalidate=True),
        tag("p", tag("a", "Back to your referrals", href="/refer/")),
        officer=officer,
        csrf=csrf,
    )
