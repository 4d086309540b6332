"""The search-terms report (what residents search for) for everyone who may promote search results.

Wagtail's own report is for superusers only, although the editors who promote results are the ones
who need it. This is Wagtail's report under its own address, open to holders of
``wagtailsearchpromotions.change_searchpromotion`` (Editors and Moderators, by migration); the
Reports menu links here instead of to Wagtail's.
"""

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

PERMISSION = "wagtailsearchpromotions.change_searchpromotion"


class EditorsSearchTermsReportView(SearchTermsReportView):
    index_url_name = "portal_search_terms"
    index_results_url_name = "portal_search_terms_results"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        # Wagtail's SearchTermsReportView.dispatch only adds its superuser check.
        return ReportView.dispatch(self, request, *args, **kwargs)
