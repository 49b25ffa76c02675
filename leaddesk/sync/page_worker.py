"""A helper process that reads pull pages and makes their records ready to insert, for a new laptop's
first sync (sync/pages.py starts two): the pure Python work of every record (reading the page, the value
rule, the model's rules, encoding the row) runs beside the app's process, which only writes.

Started as `python -m leaddesk.sync.page_worker`, or in the packaged bundle as its executable with
HELPER_ARGUMENT (leaddesk/packaging/entry.py). It reads pages from stdin and answers each on stdout,
one frame each way (an 8-byte length, then the bytes), until stdin closes: so it ends with the app, however
the app ends. It holds no key and opens no database; it sees the pages' JSON, which the app's process
holds anyway, and sends back plain values with `marshal` (lists, texts, numbers), never objects.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from operator import attrgetter
from typing import IO, Any

from pydantic import ValidationError

from leaddesk.domain.values import texts_clean_in
from leaddesk.storage.pulled import prepare_new
from leaddesk.sync.protocol import PullResponse

LENGTH = 8  # bytes of a frame's length, big-endian
HELPER_ARGUMENT = "--page-helper"  # the bundle's executable, started with it alone, runs main()


def prepare_page(body: bytes) -> tuple[Any, ...]:
    """What the app's process needs of one page: ("page", cursor, has_more, removals as (seq,
    participant id), the number of records, and the records as storage/pulled.prepare_new makes them).
    The records are prepared only for a page that removes no one: one that does is applied in the app's
    process, in seq order with its removals. ("unread",) for a body that is not a pull page: the app's
    process reads it again to say why, as it would without helpers."""
    try:
        page = PullResponse.model_validate_json(body)
    except ValidationError:
        return ("unread",)
    removals = [(r.seq, r.participant_id) for r in page.removals]
    if removals:
        return ("page", page.cursor, page.has_more, removals, len(page.records), [])
    # Nearly every page holds no escape that could spell a refused character: then no text of its
    # records needs checking on its own (the rest of the rule for synced values still runs).
    records = prepare_new(sorted(page.records, key=attrgetter("seq")), texts_checked=texts_clean_in(body))
    return ("page", page.cursor, page.has_more, removals, len(page.records), records)


def read_frame(stream: IO[bytes]) -> bytes | None:
    """The next frame's bytes; None at the end of the stream (or a frame cut short by it)."""
    head = stream.read(LENGTH)
    if len(head) < LENGTH:
        return None
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    return data if len(data) == size else None


def write_frame(stream: IO[bytes], data: bytes) -> None:
    stream.write(len(data).to_bytes(LENGTH, "big"))
    stream.write(data)
    stream.flush()


def main() -> int:
    # The answers get stdout's pipe to themselves: anything else printed goes to stderr.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    pages = sys.stdin.buffer
    # A page makes hundreds of thousands of objects and drops them all; the cycle collector walking
    # them as they come was an eighth of a helper's time. What was imported is set aside for good, and
    # each page's cycles (few) are collected once it has been answered.
    gc.freeze()
    gc.disable()
    while (body := read_frame(pages)) is not None:
        try:
            reply = marshal.dumps(prepare_page(body))
        except Exception as exc:  # a bug here must not stop the sync: the app reads the page itself
            reply = marshal.dumps(("failed", type(exc).__name__))
        write_frame(answers, reply)
        del reply
        gc.collect()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
