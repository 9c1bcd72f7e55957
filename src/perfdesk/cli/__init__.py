"""perfdesk-cli: headless work on office files, thin over perfdesk.services."""
