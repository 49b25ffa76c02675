"""Pure computations of program measures over domain values, for the app (the user's scope) and the
server (the whole program) alike, and their writers. Imports `domain` only (DESIGN.md §1): the caller
hands it the values. A new report or measure goes here; its screen goes in `ui`, its query in `desk`."""
