"""The app's icons, style sheets and translations. Installed as the package data `leaddesk.resources`
(see setup.py), so an installed copy finds them just as a checkout does; code reaches them through
`leaddesk.ui.resources`, never by a path of its own."""
