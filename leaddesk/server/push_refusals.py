"""Why the server refuses one change of a push, in the words the laptop shows its user: each refused
change goes back with its reason while the rest of the batch goes on."""

from __future__ import annotations

from pydantic import ValidationError

from leaddesk.sync.protocol import Change


class Rejected(Exception):
    """One change refused; the reason goes back to the device and the rest of the batch goes on."""


def not_in_your_teams(change: Change) -> str:
    """One refusal for a record that is not on the server and for one of a team the device's user is not
    in: the same words either way, so guessing ids tells a device nothing."""
    return f"the server has no {change.entity} {change.record_id} in one of your teams to {change.op}"


def no_participant(participant_id: str) -> str:
    return f"participant_id: the server has no participant {participant_id} in one of your teams"


def breaks_a_rule_across_fields(error: ValidationError) -> bool:
    """Only whole-record rules failed (a model validator's errors have no field location): each field is
    fine on its own, so a merge of two valid changes can be what broke it."""
    return all(not problem["loc"] for problem in error.errors())


def reason_of(error: ValidationError) -> str:
    """The first problem, led by the field it is about (a model-wide rule names its field itself)."""
    first = error.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {message}" if where else message
