"""The right-hand editors: one per kind of node, each over a Designer form."""
