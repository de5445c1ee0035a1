"""The record of events as HTML, ready for ``guardian_app.ui.printing``.

Qt-free. Every string the family typed is escaped here, once; the page's own words arrive translated in
:class:`RecordLabels`. Screenshots are never part of it: the family keeps them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from guardian_app.family.record import ENTRY_FIELDS, EventRecord
from guardian_app.handouts.markup import document, paragraphs


@dataclass(frozen=True)
class RecordLabels:
    """Translated words of the record-of-events page; ``fields`` maps each entry field to its label."""

    title: str = "Record of events"
    date_line: str = "Printed: {date}"
    label_line: str = "Label: {label}"
    intro: str = ("A private record of what happened, to help the police or a tipline. Screenshots are kept "
                  "by the family, not in Guardian.")
    entry_heading: str = "Entry {number}"
    no_entries: str = "No entries yet."
    fields: dict[str, str] = field(default_factory=lambda: {name: name.replace("_", " ").capitalize()
                                                            for name in ENTRY_FIELDS})



def record_html(record: EventRecord, *, labels: RecordLabels | None = None,
                date: dt.date | str | None = None) -> str:
    """The record of events, one block per entry, empty fields left out."""
    labels = labels or RecordLabels()
    when = date if isinstance(date, str) else (date or dt.date.today()).isoformat()
    body = [f"<h1>{escape(labels.title)}</h1>",
            f"<p class=\"muted\">{escape(labels.date_line.format(date=when))}</p>"]
    if record.label.strip():
        body.append(f"<p>{escape(labels.label_line.format(label=record.label.strip()))}</p>")
    body.append(f"<p>{escape(labels.intro)}</p>")
    entries = [entry for entry in record.entries if not entry.is_empty()]
    if not entries:
        body.append(f"<p>{escape(labels.no_entries)}</p>")
    for number, entry in enumerate(entries, start=1):
        body.append(f"<h2>{escape(labels.entry_heading.format(number=number))}</h2>")
        rows = []
        for name in ENTRY_FIELDS:
            value = getattr(entry, name).strip()
            if value:
                rows.append(f"<tr><td width=\"32%\" valign=\"top\"><b>{escape(labels.fields.get(name, name))}"
                            f"</b></td><td valign=\"top\">{paragraphs(value)}</td></tr>")
        body.append("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">" + "".join(rows) + "</table>")
    return document(labels.title, body)
