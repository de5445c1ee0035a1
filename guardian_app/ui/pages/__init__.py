"""One module per page (a busy page is a small package), and the page contract in ``page.py``."""
