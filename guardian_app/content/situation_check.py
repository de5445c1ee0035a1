"""Build situations ("What is happening?") from their checked values, and check them against resources.

Checks made once every file is merged (so a situation may name a resource of any file):

- every lead of a region must serve that region (a UK service is never a lead in Canada);
- every region must have at least one lead that serves the whole region (a Quebec-only line alone does not
  count), unless the situation gives a plain ``fallback`` sentence for that region, which the app shows;
- a region's default leads (``regions[].leads`` in ``resources.yaml``) must serve that region.
"""

from __future__ import annotations

from collections.abc import Mapping

from guardian_app.content import situations_model
from guardian_app.content.model import REGIONS, ContentIssue
from guardian_app.content.validator import RawItem, Ref

KIND = "help_situations"


def build_help_situation(values: Mapping[str, object]) -> situations_model.HelpSituation:
    """A :class:`~situations_model.HelpSituation` from one item's checked values."""
    leads = values.get("leads")
    fallbacks = values.get("fallback")
    lead_map = leads if isinstance(leads, dict) else {}
    fallback_map = fallbacks if isinstance(fallbacks, dict) else {}
    steps = tuple(situations_model.SituationStep(**step) for step in values["steps"])  # type: ignore[attr-defined]
    return situations_model.HelpSituation(
        id=str(values["id"]),
        title=str(values["title"]),
        description=str(values["description"]),
        steps=steps,
        leads=tuple(situations_model.RegionLeads(region, tuple(lead_map.get(region, ())),
                                                 str(fallback_map.get(region, "")))
                    for region in REGIONS),
        guide=str(values.get("guide", "")),
        signs=tuple(values.get("signs", ())),  # type: ignore[arg-type]
        starters=tuple(values.get("starters", ())),  # type: ignore[arg-type]
        keywords=tuple(values.get("keywords", ())),  # type: ignore[arg-type]
    )


def _lead_refs(item: RawItem, path: str) -> list[Ref]:
    """The resource references written under ``path`` of the item (e.g. "leads.CA")."""
    prefix = f"{item.where}.{path}["
    return [ref for ref in item.refs if ref.target == "resources" and ref.where.startswith(prefix)]


def _serves(resource: RawItem, region: str) -> bool:
    return region in tuple(resource.values.get("regions", ()))  # type: ignore[arg-type]


def _whole_region(resource: RawItem) -> bool:
    return not resource.values.get("subregion")


def _check_leads(item: RawItem, refs: list[Ref], region: str, resources: Mapping[str, RawItem],
                 issues: list[ContentIssue]) -> None:
    for ref in refs:
        resource = resources.get(ref.value)
        if resource is not None and not _serves(resource, region):
            served = ", ".join(tuple(resource.values.get("regions", ())))  # type: ignore[arg-type]
            issues.append(ContentIssue(item.path, ref.line, ref.column,
                                       f"{ref.where}: '{ref.value}' does not serve {region} (it serves {served})"))


def check_situations(merged: Mapping[str, Mapping[str, RawItem]]) -> list[ContentIssue]:
    """Errors for situations and regions whose leads do not fit their region, or leave a region with none."""
    issues: list[ContentIssue] = []
    resources = merged.get("resources", {})
    region_names = {region_id: str(item.values.get("name", region_id))
                    for region_id, item in merged.get("regions", {}).items()}
    for item in merged.get(KIND, {}).values():
        fallbacks = item.values.get("fallback")
        fallback_map = fallbacks if isinstance(fallbacks, dict) else {}
        for region in REGIONS:
            refs = _lead_refs(item, f"leads.{region}")
            _check_leads(item, refs, region, resources, issues)
            covered = any(_whole_region(resources[ref.value]) and _serves(resources[ref.value], region)
                          for ref in refs if ref.value in resources)
            if not covered and not fallback_map.get(region):
                name = region_names.get(region, region)
                issues.append(ContentIssue(
                    item.path, item.line, item.column,
                    f"{item.where}: situation '{item.id}' has no service for the whole of {name}; add one under"
                    f" leads.{region}, or a plain sentence under fallback.{region} saying what to do instead"))
    for region_id, item in merged.get("regions", {}).items():
        _check_leads(item, _lead_refs(item, "leads"), region_id, resources, issues)
    return issues
