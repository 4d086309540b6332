"""Which cached scopes each public model's changes retire (see ``portal.caching`` for the scopes).

``INVALIDATES`` is the one registry: every model whose data reaches public pages names the scopes a
change to it makes stale. ``NOT_PUBLIC`` lists, with the reason, the models of the project that no
public page or cached value shows; a test fails when a model is in neither, so a new model is
classified before it ships.

What counts as a change:
- pages (every page type, under ``wagtailcore.Page``): publishing, unpublishing, moving, deleting a
  live page. Saving a draft or a revision changes nothing public and retires nothing;
- models with draft states (services, organisations): publishing, unpublishing, deleting, and any
  other save than a new draft or the note of a revision;
- models saved inline with a draftable parent (a service's hours): only while the parent is live;
- any other model: every save and delete, except settings made with their defaults on first read
  and bookkeeping saves (``BOOKKEEPING_FIELDS``: a file's size worked out when first asked for).
"""

from __future__ import annotations

from django.apps import apps
from django.core.signals import request_started
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django_tasks.signals import task_finished
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from portal.caching import DIRECTORY, GUIDE, NAVIGATION, PAGES, SCOPES, SEARCH, forget_failed_scopes, invalidate

EVERYTHING = tuple(SCOPES)
PUBLIC_PAGE = (PAGES, NAVIGATION, GUIDE, SEARCH)
DIRECTORY_RECORD = (PAGES, DIRECTORY, SEARCH)

INVALIDATES: dict[str, tuple[str, ...]] = {
    "wagtailcore.Page": PUBLIC_PAGE,
    "wagtailcore.Locale": EVERYTHING,
    "wagtailcore.Site": EVERYTHING,
    # Whatever was cached from public pages and documents (responses, outlines, results) must go at
    # once when one becomes private; the restrictions themselves are never cached.
    "wagtailcore.PageViewRestriction": EVERYTHING,
    "wagtailcore.CollectionViewRestriction": EVERYTHING,
    "home.SiteSettings": (PAGES, NAVIGATION),
    "home.FooterLink": (PAGES, NAVIGATION),
    "home.PortalImage": (PAGES,),
    "home.PortalRendition": (PAGES,),
    "home.PortalDocument": (PAGES, GUIDE, SEARCH),
    "geography.Canton": (PAGES, DIRECTORY, GUIDE),
    "geography.Commune": (PAGES, DIRECTORY, GUIDE),
    "services_directory.Organization": DIRECTORY_RECORD,
    "services_directory.Service": DIRECTORY_RECORD,
    "services_directory.Location": DIRECTORY_RECORD,
    "services_directory.ServiceAtLocation": DIRECTORY_RECORD,
    "services_directory.Schedule": DIRECTORY_RECORD,
    "services_directory.ServiceClosure": DIRECTORY_RECORD,
    "services_directory.Phone": DIRECTORY_RECORD,
    "services_directory.TaxonomyTerm": DIRECTORY_RECORD,
    "services_directory.SpokenLanguage": DIRECTORY_RECORD,
    "events.Event": DIRECTORY_RECORD,
    "events.Occurrence": DIRECTORY_RECORD,
    "pci_guide.GuideDocument": (PAGES, GUIDE, SEARCH),
    "pci_guide.CommuneProgress": (PAGES, GUIDE),
    "pci_guide.ResolutionTemplate": (PAGES,),
    "wagtailsearchpromotions.Query": (SEARCH,),
    "wagtailsearchpromotions.SearchPromotion": (SEARCH,),
    "site_search.SynonymGroup": (SEARCH,),
}

SEARCH_INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"

NOT_PUBLIC: dict[str, str] = {
    "portal.RateEvent": "rate limits and login throttling, never cached",
    "care_requests.OutboxEmail": "emails waiting to be sent",
    "care_requests.AuditEntry": "the helpdesk's audit log",
    "care_requests.MonthlyCount": "the helpdesk's report",
    "care_requests.ContactDelay": "spam protection of the forms",
    "care_requests.ReferenceCounter": "references of care requests",
    "care_requests.CareRequest": "residents' requests, seen by the helpdesk only",
    "care_requests.CareRequestEvent": "history of a care request",
    "care_requests.OrganisationMembership": "staff access rules, never cached",
    "care_requests.CannedReply": "the helpdesk's reply texts",
    "care_requests.ContactFormField": "part of its form page, published with it",
    "feedback.PageFeedback": "residents' answers to “was this page useful?”, seen by editors only",
    "events.EventCapacity": "locks for counting places, never shown",
    "events.SignUp": "residents' sign-ups, seen by the organisers in the admin only",
    "events.SignUpReminder": "which reminders were sent, never shown",
    "events.Attendance": "attendance marked by the organisers, seen in the admin only",
    "wagtailsearchpromotions.QueryDailyHits": "search statistics for editors",
}


def scopes_for(model: type[Model]) -> tuple[str, ...] | None:
    """The scopes a change to ``model`` retires, or None when no public page shows it."""
    if issubclass(model, Page):
        return INVALIDATES["wagtailcore.Page"]
    for klass in model.__mro__:
        meta = getattr(klass, "_meta", None)
        if meta is not None and not meta.abstract and meta.label in INVALIDATES:
            return INVALIDATES[meta.label]
    return None


def _draft_parent_is_hidden(instance: Model) -> bool:
    """True for a row saved inline with a draftable parent that is not live (a draft's hours)."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey) and issubclass(field.related_model, DraftStateMixin):
            parent = getattr(instance, field.name, None)
            return parent is None or not parent.live
    return False


def _page_changed(sender, **kwargs) -> None:
    invalidate(PUBLIC_PAGE)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.live:
        invalidate(PUBLIC_PAGE)


def _record_published(sender, instance, **kwargs) -> None:
    scopes = scopes_for(type(instance))
    if scopes:
        invalidate(scopes)


# Fields whose saves change nothing a visitor sees: a revision being noted, a file's size or hash
# worked out when first asked for.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "file_size",
        "file_hash",
    }
)


def _changes_nothing_public(instance: Model, *, created: bool = False, update_fields=None, **kwargs) -> bool:
    """Bookkeeping saves, and a new draft that is not live yet."""
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return True
    return created and isinstance(instance, DraftStateMixin) and not instance.live


def _record_saved(sender, instance, **kwargs) -> None:
    if kwargs.get("raw") or isinstance(instance, Page) or _changes_nothing_public(instance, **kwargs):
        return
    if kwargs.get("created") and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return  # made with its defaults the first time a page reads it: nothing has changed
    scopes = scopes_for(sender)
    if scopes and not _draft_parent_is_hidden(instance):
        invalidate(scopes)


def _record_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        return
    scopes = scopes_for(sender)
    if scopes:
        invalidate(scopes)


def _task_finished(sender, task_result, **kwargs) -> None:
    """A record reaches the search index in a task after it is published: retire the rankings again
    then, so that a search made in between does not keep the old ranking."""
    if task_result.task.module_path == SEARCH_INDEX_TASK:
        invalidate([SEARCH])


def connect() -> None:
    """Wire the registry to the signals (called once, from the portal app's ``ready``)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid="portal_cache_page_changed")
    post_delete.connect(_page_deleted, dispatch_uid="portal_cache_page_deleted")
    for signal in (published, unpublished):
        signal.connect(_record_published, dispatch_uid="portal_cache_record_published")
    task_finished.connect(_task_finished, dispatch_uid="portal_cache_search_index")
    request_started.connect(forget_failed_scopes, dispatch_uid="portal_cache_forget_failures")
    for label in INVALIDATES:
        model = apps.get_model(label)
        if issubclass(model, Page):
            continue
        post_save.connect(_record_saved, sender=model, dispatch_uid=f"portal_cache_saved_{label}")
        post_delete.connect(_record_deleted, sender=model, dispatch_uid=f"portal_cache_deleted_{label}")
