"""Helpers shared by tests (hand-made content, French typography checks); fixtures live in conftest.py."""
