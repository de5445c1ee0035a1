"""Record of events HTML: escaped, only the fields that were filled in."""

from guardian_app.family.record import EventEntry, EventRecord
from guardian_app.handouts.record import record_html


def test_record_html_lists_only_filled_fields() -> None:
    record = EventRecord("R", [EventEntry(platform="A & B", report_number="42"), EventEntry()])
    html = record_html(record, date="2026-05-01")
    assert "A &amp; B" in html and "42" in html
    assert "Entry 1" in html and "Entry 2" not in html
    assert "Payment amount" not in html
