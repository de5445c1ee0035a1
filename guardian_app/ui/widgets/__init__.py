"""Widgets shared by several pages: labels, buttons, layouts, panels, resource cards, the stage timeline, search."""
