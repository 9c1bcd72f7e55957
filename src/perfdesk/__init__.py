"""perfdesk: the annual 提升服務效能 report of BSMI's offices, written offline and merged by headquarters."""

__version__ = "0.1.0"
