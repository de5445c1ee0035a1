"""Saving, only with consent: the storage state of a window, the Session menu actions and their dialogs."""
