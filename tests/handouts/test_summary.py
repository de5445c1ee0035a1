"""The take-home action plan: escaped, private notes only when asked, nothing identifying but the label."""

from __future__ import annotations

from guardian_app.family.record import EventEntry, EventRecord
from guardian_app.family.session import Session, session_from_dict, session_to_dict
from guardian_app.handouts.action_plan import action_plan_html


def test_summary_escapes_and_leaves_private_notes_out_by_default(content_en) -> None:  # type: ignore[no-untyped-def]
    sign = content_en.signs[0]
    session = Session(label="<script>x</script>", ticked_signs=[sign.id, "no-such-sign"],
                      sign_notes={sign.id: "secret note"}, notes="secret general",
                      plan=[content_en.starters[0].id])
    html = action_plan_html(session, content_en, "CA", date="2026-05-01")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "2026-05-01" in html
    assert "secret" not in html
    assert "not a screening tool" in html
    with_notes = action_plan_html(session, content_en, "CA", include_notes=True)
    assert "secret note" in with_notes and "secret general" in with_notes


def test_empty_summary_has_no_label_line(content_en) -> None:  # type: ignore[no-untyped-def]
    html = action_plan_html(Session(), content_en, "CA")
    assert "Label:" not in html


def test_session_and_record_dicts_round_trip_and_tolerate_junk() -> None:
    session = Session("L", ["a"], {"a": "n"}, "notes", ["s"])
    assert session_from_dict(session_to_dict(session)) == session
    assert session_from_dict({"ticked_signs": "oops", "sign_notes": [1], "label": None}) == Session()
    record = EventRecord("x", [EventEntry(date="2026-01-01", username="u")])
    assert EventRecord.from_dict(record.to_dict()) == record
    assert EventRecord.from_dict({"entries": ["junk", {"platform": "P", "extra": 1}]}).entries == [
        EventEntry(platform="P")]
