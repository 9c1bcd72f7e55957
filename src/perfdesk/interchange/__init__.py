"""The JSON interchange format (perfdesk-report, version 1): reading and writing reports as JSON."""
