"""Talk with your child: the starters page, its cards and the conversation plan."""
