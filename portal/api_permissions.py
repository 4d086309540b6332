"""Who may read the admin's JSON APIs built on Django REST framework (``DEFAULT_PERMISSION_CLASSES``)."""

from rest_framework.permissions import BasePermission

SNIPPET_API_VIEWS = {"wagtail_localize:snippets_api_listing", "wagtail_localize:snippets_api_detail"}
SNIPPET_ACTIONS = ["add", "change", "delete", "view"]


class SnippetAPIPermission(BasePermission):
    """wagtail-localize's snippet API (``/admin/localize/api/snippets/<app>/<model>/``, which its translation
    editor reads) sets no permission of its own: it would list every snippet model to every admin user, CIG
    staff memberships and canned replies included. It answers only those who may see the model in the
    snippets admin. Every other view keeps Django REST framework's default (allowed; the admin's URLs
    already ask for a signed-in admin user)."""

    def has_permission(self, request, view) -> bool:
        if request.resolver_match is None or request.resolver_match.view_name not in SNIPPET_API_VIEWS:
            return True
        policy = view.get_model().snippet_viewset.permission_policy
        return policy.user_has_any_permission(request.user, SNIPPET_ACTIONS)
