"""Who a parent calls is not a pack's to change: verified contact facts, and numbers shown as they are dialled.

Guardian's built-in numbers, text codes, chat and web addresses come from a fact-check (``DEVELOPERS.md``,
rule 1). A content pack may add its own services and reword names and texts, but:

* :func:`changed_facts`: a pack that changes the number dialled or texted, the chat or web address of a
  resource already loaded, or a region's emergency number (or which resource is its emergency service),
  gets one error per change, so the whole pack is ignored, unless :func:`pack_may_change_facts` says the pack
  is trusted for more (no pack is today; a signed pack may be one day);
* :func:`check_displays`: every resource, built-in or not, shows the number it dials, digit for digit (a
  card that reads 1-833-900-1010 must never call another number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from guardian_app.content.model import ContentIssue
from guardian_app.content.raw_item import RawItem
from guardian_app.content.value_checks import shorten

# (path into a resource's values, what it is called in a message)
_RESOURCE_FACTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("phone", "dial"), "phone number"),
    (("text", "number"), "text number"),
    (("text", "keyword"), "text keyword"),
    (("chat",), "chat address"),
    (("web",), "web address"),
)
_REGION_FACTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("emergency_number",), "emergency number"),
    (("emergency",), "emergency service"),
    (("primary",), "main help line"),
    (("leads",), "lines shown first"),
)
_FACTS = {"resources": _RESOURCE_FACTS, "regions": _REGION_FACTS}
# A number as people write it: digits grouped by spaces, hyphens, dots or brackets ("1-833-900-1010",
# "0808 800 5000", "(613) 555-0123"); letters end it ("1-800-THE-LOST" gives "1-800").
_NUMBER_RUN = re.compile(r"\+?\(?\d(?:(?:[ \u00a0\u202f.\-]|\) ?)?\d)*")
# Country codes of Guardian's regions: "+44 800 1111" may be written "0800 1111", "+61 1800..." as "1800...".
_COUNTRY_CODES = ("1", "44", "61")


def pack_may_change_facts(pack: Path) -> bool:
    """Whether ``pack`` is trusted to change verified contact facts. No pack is, today.

    The one place a future check (an organisation's signature, say) would say yes.
    """
    del pack
    return False


def _value(values: dict[str, object], path: tuple[str, ...]) -> str:
    value: object = values
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return str(value) if value else ""


def changed_facts(base: dict[str, dict[str, RawItem]],
                  pack: dict[str, dict[str, RawItem]]) -> list[ContentIssue]:
    """One error for each verified fact of ``base`` that the pack's facts change (or leave out)."""
    issues: list[ContentIssue] = []
    for kind, facts in _FACTS.items():
        known = base.get(kind, {})
        for item_id, item in pack.get(kind, {}).items():
            original = known.get(item_id)
            if original is None:
                continue  # the pack's own service: only its displays are checked
            for path, words in facts:
                before, after = _value(original.values, path), _value(item.values, path)
                if before != after:
                    issues.append(ContentIssue(item.path, item.line, item.column, (
                        f"{item.where}.{'.'.join(path)}: this pack changes the {words} of '{item_id}'"
                        f" from '{shorten(before) or 'none'}' to '{shorten(after) or 'none'}'; a pack may not change"
                        " verified contact details, so the whole pack is ignored")))
    return issues


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def same_number(dialled: str, written: str) -> bool:
    """Whether ``written`` (a run of digits as people write it) is the number ``dialled``."""
    dial, shown = _digits(dialled), _digits(written)
    if dial == shown:
        return True
    if not dialled.startswith("+"):
        return False
    national = shown[1:] if shown.startswith("0") else shown
    return any(dial == code + national or dial == code + shown for code in _COUNTRY_CODES)


def display_agrees(dialled: str, display: str) -> bool:
    """Whether every number written in ``display`` is ``dialled`` (or the start of it, as in 1-800-THE-LOST),
    and at least one is the whole of it."""
    runs = [run.strip() for run in _NUMBER_RUN.findall(display)]
    whole = [_digits(run) for run in runs if same_number(dialled, run)]
    if not whole:
        return False
    return all(any(full.startswith(_digits(run)) for full in whole) for run in runs)


def _displays(item: RawItem) -> Iterator[tuple[str, str, str, str]]:
    """(field, number, display field, display) for each way a resource shows a number."""
    phone = item.values.get("phone")
    if isinstance(phone, dict):
        yield "phone.dial", str(phone.get("dial", "")), "phone.display", str(phone.get("display", ""))
    text = item.values.get("text")
    if isinstance(text, dict) and text.get("display"):
        yield "text.number", str(text.get("number", "")), "text.display", str(text["display"])


def check_displays(facts: dict[str, dict[str, RawItem]], rejected: set[tuple[str, str]]) -> list[ContentIssue]:
    """One error for each resource whose display is not the number it dials; such resources are left out."""
    issues: list[ContentIssue] = []
    resources = facts.get("resources", {})
    for item_id, item in list(resources.items()):
        for number_field, number, display_field, display in _displays(item):
            if not display_agrees(number, display):
                issues.append(ContentIssue(item.path, item.line, item.column, (
                    f"{item.where}.{display_field}: '{shorten(display)}' is not the number in {number_field}"
                    f" ('{shorten(number)}');"
                    " what people read must be what Guardian dials, digit for digit")))
                del resources[item_id]
                rejected.add(("resources", item_id))
                break
    return issues
