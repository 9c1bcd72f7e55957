"""Python compiled from forms/*.ui by pyside6-uic (scripts/dev.sh forms); do not edit by hand."""
