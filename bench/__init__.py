"""perfdesk's speed and memory targets, measured: `scripts/dev.sh bench` prints the table."""
