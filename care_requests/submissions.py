"""The admin's list of an editor-built form's submissions (Wagtail's), with a CSV export that opens cleanly."""

from wagtail.contrib.forms.views import SubmissionsListView

from portal.spreadsheets import SafeCsvExportMixin


class ContactSubmissionsListView(SafeCsvExportMixin, SubmissionsListView):
    """What visitors typed is neutralised in the CSV export (``portal.spreadsheets``); the XLSX is typed as text."""
