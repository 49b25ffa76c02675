"""HTML built from parts that escape everything they are given: text and attribute values are always
escaped, and only what this module made (`Html`) goes into a page as it is. So no value an officer, a
case manager or an attacker typed can become markup (no XSS), without a template engine to trust."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TypeAlias

Attr: TypeAlias = str | int | bool | None


class Html(str):
    """Markup made here: safe to put into a page as it is."""

    __slots__ = ()


Child: TypeAlias = "Html | str | int | Iterable[Child] | None"
_VOID = frozenset({"br", "input", "link", "meta", "hr", "img"})


def text(value: str | int) -> Html:
    return Html(escape(str(value), quote=True))


def _children(children: Iterable[Child]) -> str:
    out: list[str] = []
    for child in children:
        if child is None:
            continue
        if isinstance(child, Html):
            out.append(child)
        elif isinstance(child, str | int):
            out.append(text(child))
        else:
            out.append(_children(child))
    return "".join(out)


def _attributes(attrs: dict[str, Attr]) -> str:
    out: list[str] = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")  # class_ -> class, aria_describedby -> aria-describedby
        out.append(f" {name}" if value is True else f' {name}="{escape(str(value), quote=True)}"')
    return "".join(out)


def tag(element: str, /, *children: Child, **attrs: Attr) -> Html:
    """<element attrs>children</element>, every child and attribute value escaped unless it is Html."""
    opening = f"<{element}{_attributes(attrs)}>"
    if element in _VOID:
        return Html(opening)
    return Html(f"{opening}{_children(children)}</{element}>")


def join(*parts: Child) -> Html:
    return Html(_children(parts))


def document(*, title: str, body: Iterable[Child], lang: str = "en") -> Html:
    """A whole page: readable on a phone (viewport, one column), the style sheet and script of the page."""
    head = tag(
        "head",
        tag("meta", charset="utf-8"),
        tag("meta", name="viewport", content="width=device-width, initial-scale=1"),
        tag("meta", name="robots", content="noindex, nofollow"),
        tag("title", title),
        tag("link", rel="stylesheet", href="/refer/static/refer.css"),
        tag("script", src="/refer/static/refer.js", defer=True),
    )
    return Html("<!DOCTYPE html>\n" + tag("html", head, tag("body", *body), lang=lang))
