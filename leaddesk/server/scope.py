"""Which records a user may see and write: the participants of their teams, or everything for an admin."""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.sync.protocol import Role


@dataclass(frozen=True, slots=True)
class Scope:
    everything: bool
    teams: frozenset[str]

    @classmethod
    def of(cls, *, role: Role, teams: frozenset[str]) -> Scope:
        # Supervisors see their teams like case managers do; only admins see every team.
        return cls(everything=role is Role.ADMIN, teams=teams)

    def covers(self, team: str) -> bool:
        return self.everything or team in self.teams
