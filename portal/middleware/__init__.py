"""The portal's own middleware: security headers, database outages, admin sessions, the page cache."""
