"""A private record of events: what tiplines and police ask for, written down while it is fresh.

Qt-free. Guardian stores only words here, never pictures: an image of a child in a sexual situation must
never be copied or kept by mistake, so the record says *what* was screenshotted and *where* the screenshots
are kept. Saved to disk only with consent, like a session (see ``guardian_app.storage``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ENTRY_FIELDS: tuple[str, ...] = (
    "date", "time", "platform", "child_account", "username", "other_names", "profile_link", "what_happened",
    "payment_amount", "payment_method", "payment_when", "transaction_numbers",
    "screenshots", "screenshots_where", "reported_to", "report_number",
)


@dataclass
class EventEntry:
    """One thing that happened. Every field is free text: people rarely know exact times or amounts."""

    date: str = ""  # ISO "2026-03-14" when picked from the calendar; free text otherwise
    time: str = ""  # as remembered, e.g. "about 9 pm"
    platform: str = ""  # the app, game or website
    child_account: str = ""  # the child's own account name on that app (tiplines ask which account was targeted)
    username: str = ""  # the other person's username or handle
    other_names: str = ""  # other names, accounts or phone numbers the person used
    profile_link: str = ""  # link to their profile, copied as text (never opened by Guardian)
    what_happened: str = ""  # what was asked for or threatened
    payment_amount: str = ""
    payment_method: str = ""  # gift card, e-transfer, crypto...
    payment_when: str = ""
    transaction_numbers: str = ""  # payment or gift-card transaction numbers, receipt or card numbers
    screenshots: str = ""  # what was screenshotted
    screenshots_where: str = ""  # where the screenshots are kept (Guardian never stores images)
    reported_to: str = ""  # police service, Cybertip.ca, the platform...
    report_number: str = ""  # reference numbers of reports made (police, tipline, platform)

    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in ENTRY_FIELDS)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventEntry:
        """Unknown keys are ignored and missing ones left empty, so older or newer saves still open."""
        return cls(**{name: str(data.get(name, "") or "") for name in ENTRY_FIELDS})


@dataclass
class EventRecord:
    """A labelled list of entries, oldest first as the person adds them."""

    label: str = ""
    entries: list[EventEntry] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.label.strip() and all(entry.is_empty() for entry in self.entries)

    def clear(self) -> None:
        self.label = ""
        self.entries.clear()

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "label": self.label, "entries": [asdict(entry) for entry in self.entries]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        raw_entries = data.get("entries") or []
        entries = [EventEntry.from_dict(item) for item in raw_entries if isinstance(item, dict)]
        return cls(label=str(data.get("label", "") or ""), entries=entries)


assert tuple(f.name for f in fields(EventEntry)) == ENTRY_FIELDS  # one list of fields, kept in step
