"""Where perfdesk keeps its own files: settings, backups and sample working copies."""

from perfdesk.storage.backups import data_folder

__all__ = ["data_folder"]
