"""nbutils."""
