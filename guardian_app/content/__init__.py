"""Guardian's Qt-free content engine: load, validate and merge the YAML under ``content/`` into typed objects."""
