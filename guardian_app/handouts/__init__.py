"""Qt-free HTML for what Guardian prints: the conversation plan, the session summary, the record of events."""
