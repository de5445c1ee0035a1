"""Which help lines Get help now shows, in which order, for a region and what is happening (Qt-free).

With no situation chosen, the region's default leads come first (``regions[].leads``: what fits a parent
worried about luring or sextortion). With a situation, its leads for the region come first, then its
fallback sentence. Every other line of the region follows by group (report, remove images, support...), and
each group says whether the region has a line of that kind at all, or only one for part of the region
(Quebec). A general link to a group never lands on a part-of-region line outside that part.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardian_app.content.model import Content, HelpSituation, Resource, ResourceGroup


@dataclass(frozen=True)
class GroupLines:
    """One kind of line in a region: the lines not already shown first, and what the region has of it."""

    group: ResourceGroup
    resources: tuple[Resource, ...]  # in file order, without the leads shown above
    count: int  # every line of this kind in the region, leads included
    whole_region: bool  # at least one of them serves the whole region (not only Quebec)

    @property
    def missing(self) -> bool:
        """The region has no line of this kind."""
        return self.count == 0

    @property
    def part_of_region_only(self) -> bool:
        """The region's only lines of this kind serve part of it (e.g. Quebec)."""
        return self.count > 0 and not self.whole_region


@dataclass(frozen=True)
class HelpLines:
    """What Get help now shows for a region: the leads, a sentence for what is missing, then every group."""

    situation: HelpSituation | None
    leads: tuple[Resource, ...]
    fallback: str
    groups: tuple[GroupLines, ...]


def default_leads(content: Content, region_id: str) -> tuple[Resource, ...]:
    """The lines shown first with no situation chosen: the region's leads, else its primary line."""
    region = content.region(region_id)
    if region is None:
        return ()
    ids = region.leads or (region.primary,)
    return _resources(content, ids, region_id)


def _resources(content: Content, ids: tuple[str, ...], region_id: str) -> tuple[Resource, ...]:
    found = (content.resource(resource_id) for resource_id in dict.fromkeys(ids))
    return tuple(resource for resource in found if resource is not None and region_id in resource.regions)


def help_lines(content: Content, region_id: str, situation_id: str = "") -> HelpLines:
    """The lines for ``region_id``, the chosen situation's first (``situation_id`` '' for none)."""
    situation = content.help_situation(situation_id) if situation_id else None
    if situation is not None:
        region_leads = situation.leads_for(region_id)
        leads = _resources(content, region_leads.resources, region_id)
        fallback = region_leads.fallback
    else:
        leads, fallback = default_leads(content, region_id), ""
    lead_ids = {resource.id for resource in leads}
    groups = []
    for group in sorted(content.groups, key=lambda item: item.order):
        every = content.resources_for(region_id, group.id)
        groups.append(GroupLines(
            group,
            tuple(resource for resource in every if resource.id not in lead_ids),
            len(every),
            any(not resource.subregion for resource in every),
        ))
    return HelpLines(situation, leads, fallback, tuple(groups))


def general_target(content: Content, region_id: str, group_id: str) -> Resource | None:
    """The line a general link to ``group_id`` may land on: the first that serves the whole region, or None.

    A line for part of a region (Quebec) is never the target of a general link: outside that part it would
    send a parent to a service that cannot help them."""
    return next((resource for resource in content.resources_for(region_id, group_id) if not resource.subregion),
                None)
