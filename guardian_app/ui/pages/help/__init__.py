"""Get help now: the region's main line, large, and every service grouped by need."""
