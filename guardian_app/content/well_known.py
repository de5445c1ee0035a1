"""Ids of content items that the app itself points to (a button or a link goes to them by id).

One place for each, so a renamed item is renamed here once; the shipped-content tests check that every id
here exists in both languages.
"""

from __future__ import annotations

THREAT_GUIDE_ID = "someone-is-threatening-my-child"
"""The guide "Someone is threatening my child" (home page, urgent banner, talk page, guide page default)."""
