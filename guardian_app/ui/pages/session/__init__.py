"""The counselor's session page, split by job: the page itself, the agreed actions, the family view, the words
of the summary it prints."""

from guardian_app.ui.pages.session.page import SessionPage

__all__ = ["SessionPage"]
