"""`python -m leaddesk.packaging build [--out DIR]`: the installable bundle (see __init__.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from leaddesk.packaging.build import ROOT, BuildError, appimage_note, build


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m leaddesk.packaging", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("build", help="build the one-folder bundle and its .tar.gz")
    command.add_argument(
        "--out", type=Path, default=ROOT / "dist", help="where the folder and archive go (default: dist/)"
    )
    args = parser.parse_args(argv)
    try:
        built = build(out=args.out.resolve())
    except BuildError as exc:
        print(f"Build failed: {exc}", file=sys.stderr)
        return 1
    print(built.describe())
    print(appimage_note())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
