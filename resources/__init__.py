"""Data files shipped with perfdesk: sample reports, the framework template, translations, fonts."""
