"""User-facing text of the core and CLI in Traditional Chinese and English."""
