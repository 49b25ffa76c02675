"""The form parts the referral page is made of, each accessible as the GOV.UK Design System shows: a
label for every control, radio groups in a fieldset with a legend, hints and errors tied to their
control by aria-describedby, invalid controls marked, and an error summary whose links go to the fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from leaddesk.server.refer.html import Html, join, tag


def field_id(name: str) -> str:
    return f"f-{name}"


def _described(name: str, *, hint: str | None, error: str | None) -> str | None:
    ids = [f"{field_id(name)}-hint" if hint else "", f"{field_id(name)}-error" if error else ""]
    return " ".join(i for i in ids if i) or None


def _hint_and_error(name: str, *, hint: str | None, error: str | None) -> Html:
    return join(
        tag("p", hint, id=f"{field_id(name)}-hint", class_="hint") if hint else None,
        tag("p", tag("span", "Error: ", class_="visually-hidden"), error, id=f"{field_id(name)}-error",
            class_="field-error") if error else None,
    )  # fmt: skip


def error_summary(errors: Mapping[str, str], *, title: str = "There is a problem") -> Html | None:
    """The problems at the top of the page, each a link to its field; focused when the page loads."""
    if not errors:
        return None
    items = [tag("li", tag("a", message, href=f"#{field_id(name)}")) for name, message in errors.items()]
    return tag(
        "div",
        tag("h2", title, id="error-summary-title"),
        tag("ul", items),
        class_="error-summary",
        role="alert",
        tabindex=-1,
        aria_labelledby="error-summary-title",
        data_focus=True,
    )


def text_input(
    name: str,
    label: str,
    *,
    value: str,
    error: str | None = None,
    hint: str | None = None,
    kind: str = "text",
    multiline: bool = False,
    autocomplete: str | None = None,
    required: bool = False,
    max_length: int | None = None,
) -> Html:
    control_attrs = {
        "id": field_id(name),
        "name": name,
        "aria_describedby": _described(name, hint=hint, error=error),
        "aria_invalid": "true" if error else None,
        "autocomplete": autocomplete,
        "required": required,
        "maxlength": max_length,
    }
    control = (
        tag("textarea", value, rows=4, **control_attrs)
        if multiline
        else tag("input", type=kind, value=value, **control_attrs)
    )
    return tag(
        "div",
        tag("label", label, for_=field_id(name)),
        _hint_and_error(name, hint=hint, error=error),
        control,
        class_="field field-error-state" if error else "field",
    )


def radios(
    name: str,
    legend: str,
    *,
    options: Sequence[tuple[str, str]],
    value: str,
    error: str | None = None,
    hint: str | None = None,
) -> Html:
    """A radio group; the first radio carries the group's id, so the error summary's link reaches it."""
    choices = [
        tag(
            "div",
            tag("input", type="radio", name=name, value=code, checked=code == value,
                id=field_id(name) if i == 0 else f"{field_id(name)}-{code}",
                aria_describedby=_described(name, hint=hint, error=error) if i == 0 else None),
            tag("label", words, for_=field_id(name) if i == 0 else f"{field_id(name)}-{code}"),
            class_="choice",
        )
        for i, (code, words) in enumerate(options)
    ]  # fmt: skip
    return tag(
        "fieldset",
        tag("legend", legend),
        _hint_and_error(name, hint=hint, error=error),
        choices,
        class_="field field-error-state" if error else "field",
        aria_invalid="true" if error else None,
    )


def select(
    name: str,
    label: str,
    *,
    options: Sequence[tuple[str, str]],
    value: str,
    error: str | None = None,
    hint: str | None = None,
) -> Html:
    choices = [tag("option", words, value=code, selected=code == value) for code, words in options]
    return tag(
        "div",
        tag("label", label, for_=field_id(name)),
        _hint_and_error(name, hint=hint, error=error),
        tag("select", choices, id=field_id(name), name=name,
            aria_describedby=_described(name, hint=hint, error=error),
            aria_invalid="true" if error else None),
        class_="field field-error-state" if error else "field",
    )  # fmt: skip


def hidden(name: str, value: str) -> Html:
    return tag("input", type="hidden", name=name, value=value)
