"""Submission-ready output: pure functions from a domain report to .xlsx and .pdf, sharing one layout."""
