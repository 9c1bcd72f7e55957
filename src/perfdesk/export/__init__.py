"""Submission-ready output: pure functions from a domain report to each format in export.formats, from one layout."""
