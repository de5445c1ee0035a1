"""Guardian: a calm desktop guide about online luring, sextortion and trafficking recruitment."""

__version__ = "0.1.0"
APP_NAME = "Guardian"
ORG_NAME = "Guardian"
