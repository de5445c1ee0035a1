"""What a family brings to a session, Qt-free: the counselor session and the record of events."""
