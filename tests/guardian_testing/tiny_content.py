"""A tiny hand-made Content for the checklist, timeline and luring-page tests (no YAML, no loader)."""

from __future__ import annotations

from guardian_app.content.model import Content, Level, Section, Sign, SignCategory, Stage


def tiny_content() -> Content:
    """Three stages, two categories, five signs (one urgent), and the sections the two pages show."""
    stages = (
        Stage("first-contact", 1, "First contact", "Someone reaches out online.", ("Makes a fake profile.",),
              ("A new online friend.",), ("Check privacy settings together.",), "first-contact.svg"),
        Stage("trust", 3, "Building trust", "They become a close friend.", ("Says only they understand.",),
              ("Talks about a special friend.",), ("Ask about their friends.", "Stay close.")),
        Stage("blackmail", 7, "Threats", "They threaten to share pictures.", ("Demands money.",),
              ("Fear of the phone.",), ("Do not pay.", "Save the messages.")),
    )
    levels = (
        Level("watch", "Keep an eye on it", "Keep watching and keep talking."),
        Level("concern", "Take a closer look", "Talk with your child soon."),
        Level("urgent", "Act now", "Act today and contact a help service."),
    )
    categories = (
        SignCategory("online", "Online behaviour", "How they go online."),
        SignCategory("fear", "Threats and fear", "Someone is scaring them."),
        SignCategory("empty", "Nothing here"),
    )
    signs = (
        Sign("more-time", "online", "Spends more time online", "Someone new may take their time.",
             ("first-contact",), "watch", situations=("everyday",), help_groups=("parent-support",)),
        Sign("new-friend", "online", "Has a new online friend", "Friends online can be fake.",
             ("first-contact", "trust"), "concern"),
        Sign("gifts", "online", "Gets gifts from someone online", "Gifts build a debt.", ("trust",),
             "concern",
             help_groups=("report",)),
        Sign("scared", "fear", "Seems scared of their phone", "Someone may be scaring them.",
             ("blackmail",), "concern"),
        Sign("threatened", "fear", "Someone threatens to share pictures", "This is sextortion.",
             ("blackmail",), "urgent", guides=("someone-is-threatening-my-child",), help_groups=("report",)),
    )
    sections = (
        Section("signs-caveats", "Before you start", ("One sign on its own proves nothing.",)),
        Section("signs-not-a-diagnosis", "This is not a test", ("This list is not a test.",)),
        Section("signs-urgent-banner", "This needs action now", (
            "You marked a sign that needs action today.",)),
        Section("luring-intro", "How online luring works", ("It often follows a pattern.",)),
        Section("luring-not-your-fault", "What to tell your child", ("This is not your fault.",)),
    )
    return Content("en", sections=sections, stages=stages, levels=levels, categories=categories, signs=signs)
