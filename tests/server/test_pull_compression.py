"""Pull pages on the wire: Zstandard for a client that asks for it (as the app's httpx does once
`zstandard` is installed), gzip for one that asks only for gzip, nothing for one that asks for neither or
refuses zstd; whichever way, the page is the same JSON to the byte."""

from __future__ import annotations

import gzip

import httpx
import pytest
import zstandard

from leaddesk.domain import CaseNote, Participant
from leaddesk.server.api.compression import accepts_zstd
from leaddesk.sync.client import SyncClient


@pytest.fixture
def busy_page(office, laptop) -> dict[str, str]:
    """A page big enough to be compressed: a participant and 40 notes."""
    person = Participant(first_name="Rue", last_name="Vale", team_id="north")
    notes = [CaseNote(participant_id=person.id, data=f"Met at the day centre, visit {n}.") for n in range(40)]
    assert set(laptop.statuses(laptop.create(person), *(laptop.create(n) for n in notes))) == {"applied"}
    return {"Authorization": f"Bearer {laptop.token}"}


def test_a_client_asking_for_zstd_gets_the_same_page_smaller_and_one_asking_for_gzip_gets_gzip(
    office, busy_page: dict[str, str]
) -> None:
    plain = httpx.get(
        f"{office.url}/v1/pull",
        params={"cursor": 0, "shared_stamps": "true"},
        headers={**busy_page, "Accept-Encoding": "identity"},
    )
    assert "content-encoding" not in plain.headers
    page = plain.content
    assert page.count(b'"entity":"note"') == 40

    with httpx.Client(base_url=office.url) as http:
        for asked, encoding, undo in [
            ("gzip, deflate, br, zstd", "zstd", lambda b: zstandard.ZstdDecompressor().decompress(b)),
            ("zstd;q=1.0", "zstd", lambda b: zstandard.ZstdDecompressor().decompress(b)),
            ("gzip, zstd;q=0", "gzip", gzip.decompress),
            ("gzip", "gzip", gzip.decompress),
        ]:
            with http.stream(
                "GET", "/v1/pull", params={"cursor": 0, "shared_stamps": "true"},
                headers={**busy_page, "Accept-Encoding": asked},
            ) as response:  # fmt: skip
                wire = b"".join(response.iter_raw())
            assert response.headers["content-encoding"] == encoding, asked
            assert undo(wire) == page, asked
            assert len(wire) < len(page) / 3, asked


class Watching(httpx.HTTPTransport):
    """The app's own transport, noting how each answer came encoded."""

    def __init__(self) -> None:
        super().__init__()
        self.encodings: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.encodings.append(response.headers.get("content-encoding"))
        return response


def test_the_app_s_client_asks_for_zstd_and_reads_the_page(office, laptop, busy_page) -> None:
    watching = Watching()
    with SyncClient(office.url, token=laptop.token, transport=watching) as client:
        page = client.pull(0, 100)
    assert sum(r.entity == "note" for r in page.records) == 40
    assert watching.encodings == ["zstd"]


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("zstd", True),
        ("gzip, deflate, zstd", True),
        ("ZSTD ; q=0.5", True),
        ("zstd;q=0", False),
        ("zstd;q=0.0", False),
        ("zstd;q=nonsense", False),
        ("gzip", False),
        ("", False),
        (None, False),
        ("zstd-like", False),
    ],
)
def test_accept_encoding_is_read_as_http_says(header: str | None, accepted: bool) -> None:
    assert accepts_zstd(header) is accepted
