"""The main window: navigation, header, menus and actions, view options (text size, theme) and quick exit."""
