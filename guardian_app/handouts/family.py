"""The family safety plan and the page for the child, as HTML for printing and PDF (Qt-free).

:class:`FamilyPlan` is what a family fills in on the "Our family safety plan" page. It lives in memory only;
the page saves it only when the user chose to keep answers on this computer (``to_dict``/``from_dict``).

Two handouts come from it, in the subset of HTML Qt's rich text understands:

* :func:`build_family_plan_html`: one page for the family (trusted adults, code word, promise, house rules,
  what to do if someone asks for pictures or threatens you, the region's help lines, a place to sign);
* :func:`build_child_page_html`: the page written to the young person, in short sentences (not in trouble,
  what to do, how to tell an adult, where to call or text, how to get a picture taken down in the region).

Every content string is escaped here. The handouts' own words arrive in :class:`FamilyLabels` so the pages can
translate them; the English defaults keep this module testable without Qt.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from guardian_app.content.model import Content, Resource
from guardian_app.content.practice_model import FamilyText
from guardian_app.handouts.plan import help_resources

FAMILY_TEXT_IDS = ("plan-intro", "plan-trusted-adults", "plan-code-word", "plan-promise", "plan-house-rules",
                   "plan-if-asked", "plan-help-lines")
CHILD_TEXT_IDS = ("child-not-in-trouble", "child-if-someone-asks", "child-if-threatened",
                  "child-tell-an-adult", "child-call-or-text", "child-take-down")
TAKE_DOWN_TEXT_ID = "child-take-down"
YOUTH_LINES_TEXT_ID = "child-call-or-text"


@dataclass
class FamilyPlan:
    """What the family wrote. Plain strings and lists, so it is simple to save when the user asks."""

    region: str = "CA"
    age_band: str = "10-12"
    family_name: str = ""
    trusted_at_home: list[str] = field(default_factory=list)
    trusted_outside: list[str] = field(default_factory=list)
    code_word: str = ""
    promise: bool = True
    house_rules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FamilyPlan:
        """A plan from saved data; unknown keys and wrong types are ignored, never a crash."""
        plan = cls()
        for item in fields(cls):
            value = data.get(item.name)
            default = getattr(plan, item.name)
            if isinstance(default, list) and isinstance(value, list):
                setattr(plan, item.name, [str(entry) for entry in value if str(entry).strip()])
            elif type(value) is type(default) and isinstance(value, bool | str):
                setattr(plan, item.name, value)
        return plan


@dataclass(frozen=True)
class FamilyLabels:
    """The handouts' own words; the pages pass translated ones."""

    family_title: str = "Our family safety plan"
    family_of: str = "The {name} family"
    at_home: str = "At home:"
    outside: str = "Outside our home:"
    not_filled: str = "(to fill in together)"
    signatures: str = "We made this plan together. Signed:"
    child_title: str = "For you"
    your_adults: str = "Adults you can go to"
    code_word: str = "Our code word: {word}"
    emergency: str = "If someone is in danger right now, call {number}."
    child_emergency: str = "If you are in danger right now, call {number}."
    call: str = "Call {number}"
    text_keyword: str = "Text {keyword} to {number}"
    text_plain: str = "Text {number}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def region_resources(content: Content, text: FamilyText | None, region_id: str) -> tuple[Resource, ...]:
    """The resources a family text names that serve ``region_id``, in the text's order."""
    if text is None:
        return ()
    found = (content.resource(resource_id) for resource_id in text.resources)
    return tuple(res for res in found if res is not None and region_id in res.regions and not res.subregion)


def take_down_routes(content: Content, region_id: str) -> tuple[Resource, ...]:
    return region_resources(content, content.family_text(TAKE_DOWN_TEXT_ID), region_id)


def youth_lines(content: Content, region_id: str) -> tuple[Resource, ...]:
    return region_resources(content, content.family_text(YOUTH_LINES_TEXT_ID), region_id)


def _text_html(text: FamilyText | None, heading: str = "h2") -> str:
    if text is None:
        return ""
    parts = [f"<{heading}>{_e(text.title)}</{heading}>"]
    parts += [f"<p>{_e(paragraph)}</p>" for paragraph in text.paragraphs]
    if text.steps:
        parts.append("<ol>" + "".join(f"<li>{_e(step)}</li>" for step in text.steps) + "</ol>")
    return "".join(parts)


def _names(names: Sequence[str], labels: FamilyLabels) -> str:
    shown = [name for name in names if name.strip()]
    return _e(", ".join(shown)) if shown else f'<span class="muted">{_e(labels.not_filled)}</span>'


def _emergency_number(content: Content, region_id: str) -> str:
    region = content.region(region_id)
    if region is None:
        return ""
    emergency = content.resource(region.emergency)
    return emergency.phone.display if emergency and emergency.phone else region.emergency_number


def _web_display(url: str) -> str:
    """A web address as people say it: no https://, no www., no trailing slash."""
    shown = url.removeprefix("https://").removeprefix("http://")
    return shown.removeprefix("www.").rstrip("/")


def _resource_html(resource: Resource, labels: FamilyLabels) -> str:
    lines = [f"<b>{_e(resource.name)}</b>"]
    if resource.phone:
        lines.append(_e(labels.call.format(number=resource.phone.display)))
    if resource.text:
        shown = resource.text.display or resource.text.number
        wording = labels.text_keyword if resource.text.keyword else labels.text_plain
        lines.append(_e(wording.format(keyword=resource.text.keyword, number=shown)))
    if resource.web:
        lines.append(_e(_web_display(resource.web)))
    if resource.hours:
        lines.append(f'<span class="muted">{_e(resource.hours)}</span>')
    return f'<p style="margin-bottom: 8px;">{"<br/>".join(lines)}</p>'


def _resources_html(resources: Sequence[Resource], labels: FamilyLabels) -> str:
    return "".join(_resource_html(resource, labels) for resource in resources)


def build_family_plan_html(content: Content, plan: FamilyPlan, labels: FamilyLabels | None = None) -> str:
    """The family's page: who to go to, the code word, the promise, the rules, what to do, help lines."""
    labels = labels or FamilyLabels()
    texts = {text_id: content.family_text(text_id) for text_id in FAMILY_TEXT_IDS}
    parts = ["<html><body>", f"<h1>{_e(labels.family_title)}</h1>"]
    if plan.family_name.strip():
        parts.append(f"<p><b>{_e(labels.family_of.format(name=plan.family_name.strip()))}</b></p>")
    intro = texts["plan-intro"]
    if intro is not None:
        parts += [f"<p>{_e(paragraph)}</p>" for paragraph in intro.paragraphs]
    adults = texts["plan-trusted-adults"]
    if adults is not None:
        parts.append(f"<h2>{_e(adults.title)}</h2>")
        parts.append(f"<p><b>{_e(labels.at_home)}</b> {_names(plan.trusted_at_home, labels)}<br/>"
                     f"<b>{_e(labels.outside)}</b> {_names(plan.trusted_outside, labels)}</p>")
    code = texts["plan-code-word"]
    if code is not None:
        parts.append(f"<h2>{_e(code.title)}</h2>")
        parts.append(f"<p><b>{_names([plan.code_word], labels)}</b></p>")
    promise = texts["plan-promise"]
    if plan.promise and promise is not None:
        parts.append(f"<h2>{_e(promise.title)}</h2>")
        parts += [f'<p class="important">{_e(paragraph)}</p>' for paragraph in promise.paragraphs]
    rules = texts["plan-house-rules"]
    if rules is not None and any(rule.strip() for rule in plan.house_rules):
        parts.append(f"<h2>{_e(rules.title)}</h2>")
        parts.append("<ul>" + "".join(f"<li>{_e(rule)}</li>" for rule in plan.house_rules if rule.strip())
                     + "</ul>")
    parts.append(_text_html(texts["plan-if-asked"]))
    lines = texts["plan-help-lines"]
    if lines is not None:
        parts.append(f"<h2>{_e(lines.title)}</h2>")
        emergency = content.region(plan.region)
        emergency_id = emergency.emergency if emergency else ""
        shown = [res for res in help_resources(content, plan.region) if res.id != emergency_id]
        shown += [res for res in take_down_routes(content, plan.region) if res not in shown]
        parts.append(_resources_html(shown, labels))
        number = _emergency_number(content, plan.region)
        if number:
            parts.append(f'<p class="important">{_e(labels.emergency.format(number=number))}</p>')
    parts.append(f"<p>{_e(labels.signatures)}</p>")
    parts.append("<p>______________________ &nbsp; ______________________ &nbsp; ______________________</p>")
    parts.append("</body></html>")
    return "".join(parts)


def build_child_page_html(content: Content, region_id: str, plan: FamilyPlan | None = None,
                          labels: FamilyLabels | None = None) -> str:
    """The page for the young person, in their words; with a plan, their trusted adults and code word too."""
    labels = labels or FamilyLabels()
    texts = {text_id: content.family_text(text_id) for text_id in CHILD_TEXT_IDS}
    parts = ["<html><body>", f"<h1>{_e(labels.child_title)}</h1>"]
    parts.append(_text_html(texts["child-not-in-trouble"]))
    parts.append(_text_html(texts["child-if-someone-asks"]))
    parts.append(_text_html(texts["child-if-threatened"]))
    parts.append(_text_html(texts["child-tell-an-adult"]))
    if plan is not None and (plan.trusted_at_home or plan.trusted_outside or plan.code_word.strip()):
        parts.append(f"<h2>{_e(labels.your_adults)}</h2>")
        everyone = [*plan.trusted_at_home, *plan.trusted_outside]
        if any(name.strip() for name in everyone):
            parts.append(f"<p>{_names(everyone, labels)}</p>")
        if plan.code_word.strip():
            parts.append(f"<p><b>{_e(labels.code_word.format(word=plan.code_word.strip()))}</b></p>")
    for text_id, resources in (("child-call-or-text", youth_lines(content, region_id)),
                               ("child-take-down", take_down_routes(content, region_id))):
        text = texts[text_id]
        if text is not None and resources:
            parts.append(_text_html(text))
            parts.append(_resources_html(resources, labels))
    number = _emergency_number(content, region_id)
    if number:
        parts.append(f'<p class="important">{_e(labels.child_emergency.format(number=number))}</p>')
    parts.append("</body></html>")
    return "".join(parts)
