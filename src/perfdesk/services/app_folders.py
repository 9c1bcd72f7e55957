"""Where perfdesk keeps its own files: settings, backups and sample working copies."""

from perfdesk.storage.data_folder import data_folder
from perfdesk.storage.path_digest import path_digest

__all__ = ["data_folder", "path_digest"]
