"""Guardian's Qt widgets: the main window, one module per page, and shared UI helpers."""
