"""What a family's session holds in memory: ticked signs, notes, the conversation plan.

Qt-free. Nothing here touches the disk; saving (only with consent) lives in ``guardian_app.storage``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AgreedAction:
    """One thing agreed in the session: who does what, by when (free text, e.g. "Friday")."""

    who: str = ""
    what: str = ""
    when: str = ""

    def is_empty(self) -> bool:
        return not (self.who.strip() or self.what.strip() or self.when.strip())


@dataclass
class Session:
    """The in-memory answers of one family or one counseling session.

    Attributes:
        label: an optional free label chosen by the counselor (never required, never a name by default).
        ticked_signs: ids of warning signs ticked, in the order they were ticked.
        sign_notes: private notes per sign id.
        notes: general private notes.
        plan: ids of conversation starters chosen for "My conversation plan", in order.
        actions: what was agreed, typed in the session (who does what by when).
        next_meeting: when the family and the counselor meet again (free text, e.g. "Tuesday 14 May, 4 pm").
        family_plan: "Our family safety plan" as plain data (``handouts.family.FamilyPlan.to_dict``), empty
            until someone fills it in; saved with the session, so only with the same consent.
    """

    label: str = ""
    ticked_signs: list[str] = field(default_factory=list)
    sign_notes: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    plan: list[str] = field(default_factory=list)
    family_plan: dict[str, object] = field(default_factory=dict)
    actions: list[AgreedAction] = field(default_factory=list)
    next_meeting: str = ""

    def is_empty(self) -> bool:
        return not (self.label or self.ticked_signs or self.sign_notes or self.notes or self.plan
                    or self.agreed_actions() or self.next_meeting.strip() or self.family_plan)

    def agreed_actions(self) -> list[AgreedAction]:
        """The agreed actions with something typed in them, in order."""
        return [action for action in self.actions if not action.is_empty()]

    def clear(self) -> None:
        """Forget everything (quick exit, End session)."""
        self.label = ""
        self.ticked_signs.clear()
        self.sign_notes.clear()
        self.notes = ""
        self.plan.clear()
        self.actions.clear()
        self.next_meeting = ""
        self.family_plan.clear()

    def set_ticked(self, sign_id: str, ticked: bool) -> bool:
        """Tick or untick a sign; returns whether anything changed."""
        if ticked and sign_id not in self.ticked_signs:
            self.ticked_signs.append(sign_id)
            return True
        if not ticked and sign_id in self.ticked_signs:
            self.ticked_signs.remove(sign_id)
            return True
        return False

    def set_in_plan(self, starter_id: str, in_plan: bool) -> bool:
        """Add a starter to the plan or remove it; returns whether anything changed."""
        if in_plan and starter_id not in self.plan:
            self.plan.append(starter_id)
            return True
        if not in_plan and starter_id in self.plan:
            self.plan.remove(starter_id)
            return True
        return False


# --- saving (added for guardian_app.storage) ---------------------------------------------------------------

SESSION_FORMAT_VERSION = 1


def session_to_dict(session: Session) -> dict[str, object]:
    """The session as plain JSON-ready data, for saving with consent."""
    return {
        "version": SESSION_FORMAT_VERSION,
        "label": session.label,
        "ticked_signs": list(session.ticked_signs),
        "sign_notes": {key: value for key, value in session.sign_notes.items() if value},
        "notes": session.notes,
        "plan": list(session.plan),
        "actions": [{"who": a.who, "what": a.what, "when": a.when} for a in session.agreed_actions()],
        "next_meeting": session.next_meeting,
        "family_plan": dict(session.family_plan),
    }


def session_from_dict(data: dict[str, object]) -> Session:
    """A session from saved data; anything missing or of the wrong type is left empty, never a crash."""

    def strings(value: object) -> list[str]:
        return [str(item) for item in value] if isinstance(value, list) else []

    notes = data.get("sign_notes")
    actions = data.get("actions")
    agreed = [AgreedAction(str(item.get("who") or ""), str(item.get("what") or ""), str(item.get("when") or ""))
              for item in (actions if isinstance(actions, list) else []) if isinstance(item, dict)]
    family_plan = data.get("family_plan")
    return Session(
        label=str(data.get("label") or ""),
        ticked_signs=strings(data.get("ticked_signs")),
        sign_notes={str(k): str(v) for k, v in notes.items()} if isinstance(notes, dict) else {},
        notes=str(data.get("notes") or ""),
        plan=strings(data.get("plan")),
        actions=agreed,
        next_meeting=str(data.get("next_meeting") or ""),
        family_plan={str(k): v for k, v in family_plan.items()} if isinstance(family_plan, dict) else {},
    )
