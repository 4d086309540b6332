"""Translations go through moderation like any other change.

wagtail-localize keeps a translator's work as translated segments and writes it into the page or
record only when it publishes. Here a complete translation becomes a draft revision of the target
(its published version stays as it is) and enters the target's workflow; the moderators' approval
publishes it. A translation with untranslated segments cannot be submitted, so nothing goes live
with source-language text in it through this route.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.db import transaction
from django.db.models import Model
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationLog


class TranslationNotReady(Exception):
    """The translation cannot be submitted; the message says why, in the editor's language."""


@dataclass(frozen=True)
class WorkflowAction:
    label: str
    url: str
    name: str


@dataclass(frozen=True)
class TranslationReview:
    """What the translation editor shows about a translation's moderation."""

    translation: Translation
    instance: Model
    total_segments: int
    translated_segments: int
    workflow_state: WorkflowState | None
    can_submit: bool
    actions: tuple[WorkflowAction, ...]

    @property
    def untranslated_segments(self) -> int:
        return self.total_segments - self.translated_segments

    @property
    def submit_url(self) -> str:
        return reverse("translation_submit", args=[self.translation.pk])


def user_can_edit(user, instance: Model) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return instance.snippet_viewset.permission_policy.user_has_permission_for_instance(user, "change", instance)


def translation_review(*, translation: Translation, user) -> TranslationReview | None:
    """The moderation state of ``translation`` as ``user`` may act on it; None when it is not moderated."""
    instance = translation.get_target_instance()
    if not isinstance(instance, DraftStateMixin) or instance.get_workflow() is None:
        return None
    total, translated = translation.get_progress()
    workflow_state = instance.current_workflow_state
    return TranslationReview(
        translation=translation,
        instance=instance,
        total_segments=total,
        translated_segments=translated,
        workflow_state=workflow_state,
        can_submit=workflow_state is None
        and _has_changes_to_submit(translation, instance)
        and user_can_edit(user, instance)
        and not _locked_for(user, instance),
        actions=_workflow_actions(instance, user, workflow_state),
    )


def _has_changes_to_submit(translation: Translation, instance) -> bool:
    """Whether the translation holds anything its published version does not: nothing to submit once
    a moderator has published it, until a text is translated again."""
    live_revision = instance.live_revision if instance.live else None
    if live_revision is None or instance.has_unpublished_changes:
        return True
    return StringTranslation.objects.filter(
        locale=translation.target_locale,
        context__object=translation.source.object,
        updated_at__gt=live_revision.created_at,
    ).exists()


def translation_submit_for_moderation(*, translation: Translation, user) -> WorkflowState:
    """Save the translation as a draft revision of its target and start the target's workflow.

    Raises TranslationNotReady when a segment is untranslated, the target is already in moderation,
    or nothing moderates it.
    """
    total, translated = translation.get_progress()
    if translated < total:
        raise TranslationNotReady(
            _("%(count)s of %(total)s texts are not translated yet. Translate them before submitting.")
            % {"count": total - translated, "total": total}
        )
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=False)
    workflow = draft.get_workflow()
    if workflow is None:
        raise TranslationNotReady(_("No moderation applies to this content."))
    if draft.workflow_in_progress:
        raise TranslationNotReady(_("This translation is already waiting for moderation."))
    if isinstance(draft, Page):
        draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    with transaction.atomic():
        revision = draft.save_revision(user=user, log_action=True)
        # As wagtail-localize logs its own saves: which revision holds this translation of the source.
        TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
        return workflow.start(draft, user)


def _locked_for(user, instance: Model) -> bool:
    lock = instance.get_lock() if hasattr(instance, "get_lock") else None
    return bool(lock and lock.for_user(user))


def _workflow_actions(instance: Model, user, workflow_state: WorkflowState | None) -> tuple[WorkflowAction, ...]:
    """The current task's actions this user may take, each once (approving with a comment needs the full editor)."""
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None:
        return ()
    if isinstance(instance, Page):
        url_name, pk = "wagtailadmin_pages:workflow_action", instance.pk
    else:
        url_name, pk = instance.snippet_viewset.get_url_name("workflow_action"), quote(instance.pk)
    actions = {}
    for name, label, _needs_data in task_state.task.specific.get_actions(instance, user):
        actions.setdefault(
            name, WorkflowAction(label=label, name=name, url=reverse(url_name, args=[pk, name, task_state.pk]))
        )
    return tuple(actions.values())


def edit_url(user, instance: Model) -> str:
    return AdminURLFinder(user).get_edit_url(instance)
