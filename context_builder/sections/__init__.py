"""The sections of a person's context, each a small function of the same inputs.

The stable part changes only when the person's profile, AI settings, facts or medication
list change (it is the cacheable prefix of every prompt); the dynamic part is rebuilt as the
conversation moves. Order here is the order in the prompt.
"""

from __future__ import annotations

from collections.abc import Callable

from context_builder.sections.base import Inputs, Section
from context_builder.sections.frameworks import frameworks
from context_builder.sections.identity import identity
from context_builder.sections.incident import incident, register_incident_source
from context_builder.sections.knowledge import knowledge
from context_builder.sections.medications import medications
from context_builder.sections.moods import moods
from context_builder.sections.now import now
from context_builder.sections.personality import personality
from context_builder.sections.session import session

SectionFunction = Callable[[Inputs], Section]

STABLE_SECTIONS: tuple[SectionFunction, ...] = (
    identity,
    personality,
    frameworks,
    medications,
    knowledge,
)
DYNAMIC_SECTIONS: tuple[SectionFunction, ...] = (now, incident, session, moods)

__all__ = [
    "DYNAMIC_SECTIONS",
    "STABLE_SECTIONS",
    "Inputs",
    "Section",
    "SectionFunction",
    "register_incident_source",
]
