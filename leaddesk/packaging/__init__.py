"""Building the installable bundle: `python -m leaddesk.packaging build [--out DIR]` makes the
self-contained one-folder app (desktop app and office server, SQLCipher, the Qt plugins it needs,
resources and compiled translations) and its .tar.gz. Run from a checkout; the app never imports this.

Why PyInstaller. It is well kept (releases every few weeks, following each Python and Qt), its hooks
(with pyinstaller-hooks-contrib) know PySide6's libraries, plugins and translations, and its one-folder
mode starts as fast as an installed Python app: nothing is unpacked at each start, as its one-file mode
and AppImage-style self-extraction would do. Considered and not chosen: Nuitka (compiles to C: a
C toolchain and a build of many minutes per change, for start-up speed we already have), briefcase
(an app-store style packager built around its own project layout and templates fetched from the
network at build time, which this machine cannot reach), pyside6-deploy (a wrapper around Nuitka,
configured for one entry point: the office server in the same folder would need a second build).
"""
