"""Import in the admin: upload a file, see what would change, confirm.

The same rules as ``manage.py import_directory``: every bad row is named, nothing is written
while any row is invalid, and a file imported twice changes nothing. Between preview and
confirmation the uploaded file is kept in the session, with a fingerprint so an old preview can't
be confirmed against another file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .importers import CREATED, UNCHANGED, UPDATED, directory_import

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SESSION_KEY = "services_directory_import"
TEMPLATE_FILE = Path(__file__).resolve().parent / "import_template.csv"
REQUIRED_PERMISSIONS = [
    f"services_directory.{action}_{model}"
    for model in ("service", "organization")
    for action in ("add", "change", "publish")
] + ["services_directory.add_location", "services_directory.change_location"]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File to import"),
        help_text=_("The CSV template (UTF-8) or HSDS 3.0 JSON, at most 5 MB."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if not upload.name.lower().endswith((".csv", ".json", ".txt")):
            raise forms.ValidationError(_("Choose a .csv or .json file."))
        return upload


def _fingerprint(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class DirectoryImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "services_directory/admin/import.html"
    page_title = _("Import the directory")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(REQUIRED_PERMISSIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        content = upload.read()
        report = directory_import(name=upload.name, content=content, user=request.user, dry_run=True)
        if not report.problems:
            request.session[SESSION_KEY] = {
                "name": upload.name,
                "content": content.decode("utf-8-sig"),
                "fingerprint": _fingerprint(content),
            }
        return self.render_to_response(
            self.get_context_data(form=ImportForm(), report=report, file_name=upload.name, **self.summary(report))
        )

    def confirm(self, request):
        stored = request.session.pop(SESSION_KEY, None)
        if not stored or stored["fingerprint"] != request.POST.get("fingerprint"):
            messages.error(request, _("The preview has expired. Upload the file again."))
            return redirect("services_directory_import:index")
        content = stored["content"].encode("utf-8")
        report = directory_import(name=stored["name"], content=content, user=request.user)
        if report.problems:
            return self.render_to_response(self.get_context_data(form=ImportForm(), report=report))
        outcome = report.outcome
        messages.success(
            request,
            _("Import done: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
            % {
                "created": sum(outcome.count(kind, CREATED) for kind in ("organisation", "place", "service")),
                "updated": sum(outcome.count(kind, UPDATED) for kind in ("organisation", "place", "service")),
                "unchanged": sum(outcome.count(kind, UNCHANGED) for kind in ("organisation", "place", "service")),
            },
        )
        return redirect("wagtailsnippets_services_directory_service:list")

    def summary(self, report) -> dict:
        labels = {CREATED: _("new"), UPDATED: _("changed")}
        kinds = {"organisation": _("organisation"), "place": _("place"), "service": _("service")}
        changes = [
            {
                "kind": kinds[change.kind],
                "external_id": change.external_id,
                "name": change.name,
                "action": labels[change.action],
                "fields": ", ".join(change.fields),
            }
            for change in report.outcome.changes
            if change.action != UNCHANGED
        ]
        return {
            "changes": changes,
            "unchanged_count": len(report.outcome.changes) - len(changes),
            "fingerprint": self.request.session.get(SESSION_KEY, {}).get("fingerprint", ""),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(template_url=reverse("services_directory_import:template"), **kwargs)


def import_template(request):
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied
    return FileResponse(TEMPLATE_FILE.open("rb"), as_attachment=True, filename="directory_import_template.csv")


class _PermittedMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perms(REQUIRED_PERMISSIONS)


class DirectoryImportViewSet(ViewSet):
    name = "services_directory_import"
    url_prefix = "directory-import"
    icon = "upload"
    menu_label = _("Import")
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            path("", DirectoryImportView.as_view(), name="index"),
            path("template.csv", import_template, name="template"),
        ]

    def get_menu_item(self, order=None):
        return _PermittedMenuItem(
            label=self.menu_label, url=self.menu_url, name=self.menu_name, icon_name=self.menu_icon, order=order or 900
        )
