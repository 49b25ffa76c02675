"""Packaging beyond what pyproject.toml can say: the top-level `resources/` folder (icons, style sheets,
translations) is installed inside the package as `leaddesk.resources`. pyproject's package discovery
only finds packages under their own names, so the mapped one is added here; everything else about the
build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["leaddesk", "leaddesk.*"]), "leaddesk.resources"],
    package_dir={"leaddesk.resources": "resources"},
)
