"""The helpdesk in the Wagtail admin: queue, request page, export, report, people's rights, audit log."""
