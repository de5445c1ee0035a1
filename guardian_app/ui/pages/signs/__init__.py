"""Warning signs: the checklist page, its model, urgent banner, summary strip and detail panel."""
