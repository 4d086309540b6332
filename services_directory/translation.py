"""Keeping the facts of a service identical in every language.

wagtail-localize copies synchronised fields when a translation is created or updated, from the
snapshot of the source it took at that time. So that a change of category, service area or
hours reaches every language without waiting for a translator, publishing the source-language
service refreshes that snapshot and pushes the facts to the existing translations at once (as a
new published revision of each translation, or a draft revision if the translation is not live).
Texts are untouched: they stay with the translators.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import TranslationSource

from .models import Service


def _is_source(service: Service) -> bool:
    sources = TranslationSource.objects.filter(
        object_id=service.translation_key,
        specific_content_type=ContentType.objects.get_for_model(Service),
    ).values_list("locale_id", flat=True)
    source_locales = set(sources)
    if source_locales:
        return service.locale_id in source_locales
    return service.locale_id == Locale.get_default().pk


def _copy_facts(source: Service, target: Service) -> None:
    copy_synchronised_fields(source, target)
    # wagtail-localize leaves a many-to-many untouched when the source has no value: clear it too.
    for field in Service._meta.get_fields():
        if isinstance(field, ParentalManyToManyField):
            setattr(target, field.name, list(getattr(source, field.name).all()))


@transaction.atomic
def service_translations_sync_facts(*, service: Service, user=None) -> list[Service]:
    """Give every translation of the source-language ``service`` its facts; returns the translations."""
    if not _is_source(service):
        return []
    for source in TranslationSource.objects.filter(object_id=service.translation_key, locale_id=service.locale_id):
        source.update_from_db()
    translations = []
    for translation in Service.objects.filter(translation_key=service.translation_key).exclude(pk=service.pk):
        _copy_facts(service, translation)
        revision = translation.save_revision(user=user, clean=False)
        if translation.live:
            revision.publish(user=user, skip_permission_checks=True)
        else:
            translation.save()
        translations.append(translation)
    return translations


def push_facts_on_publish(sender, instance, **kwargs) -> None:
    """``published`` signal receiver: a published source-language service shares its facts."""
    if isinstance(instance, Service):
        service_translations_sync_facts(service=instance, user=kwargs.get("user"))
