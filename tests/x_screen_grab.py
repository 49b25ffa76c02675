"""Grab the whole screen of the X display $DISPLAY into a PNG, as a separate X client (what `xwd -root` or
ImageMagick's `import -window root` do, with the Qt the tests have already): the X server's own pixels,
whatever drew them. It waits until something is drawn and the picture holds still (two grabs alike), so
a window caught half painted is never the answer.

    python tests/x_screen_grab.py OUT.png [SECONDS]     exit 0 when saved, 1 when nothing settled in time
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QGuiApplication, QImage

DRAWN_COLOURS = 20  # the empty root window is one colour; a window has its text, icons and edges
STEP = 16


def drawn(image: QImage) -> bool:
    seen: set[int] = set()
    for y in range(0, image.height(), STEP):
        for x in range(0, image.width(), STEP):
            seen.add(image.pixel(x, y))
            if len(seen) > DRAWN_COLOURS:
                return True
    return False


def main(out: str, seconds: float) -> int:
    app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
    deadline = time.monotonic() + seconds
    last = QImage()
    while time.monotonic() < deadline:
        image = app.primaryScreen().grabWindow(0).toImage()
        if drawn(image) and image == last:
            return 0 if image.save(out) else 1
        last = image
        time.sleep(0.2)  # between two looks at the screen; the deadline bounds the wait
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 30.0))
