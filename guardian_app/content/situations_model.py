"""What a parent is facing, as Get help now offers it ("Someone is threatening my child"): plain typed objects.

Part of the content model (``model.py`` holds the other kinds and :class:`Content`); Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SituationStep:
    """One first thing to do in a situation, with where to act (a link target, see ``links.py``)."""

    id: str
    text: str
    link: str  # e.g. "guide:someone-is-threatening-my-child#stop-contact"


@dataclass(frozen=True)
class RegionLeads:
    """A situation's services in one region, most fitting first, and a plain sentence for what is missing."""

    region: str
    resources: tuple[str, ...] = ()  # Resource ids
    fallback: str = ""


@dataclass(frozen=True)
class HelpSituation:
    """What a parent is facing ("Someone is threatening my child"): its lines per region, steps and signs."""

    id: str
    title: str
    description: str
    steps: tuple[SituationStep, ...]
    leads: tuple[RegionLeads, ...]  # one per region, in REGIONS order
    guide: str = ""  # Guide id
    signs: tuple[str, ...] = ()  # Sign ids that point to this situation
    starters: tuple[str, ...] = ()  # Starter ids
    keywords: tuple[str, ...] = ()  # other words people search with (never shown)

    def leads_for(self, region_id: str) -> RegionLeads:
        return next((leads for leads in self.leads if leads.region == region_id), RegionLeads(region_id))
