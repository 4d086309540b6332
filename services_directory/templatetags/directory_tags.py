"""The directory's listing cards and search form fields, rendered in Python.

A results page shows twenty cards. Through the template engine they took about a quarter of a
directory search: each card resolves some forty variables and tags. Here they take a few
hundredths of a millisecond each, escaped with the standard library's ``html.escape`` (what
Django's ``escape`` calls, without its lazy-string checks). The markup and the sentences are the
ones the template had: the same message ids, so the catalogues translate them. The form's eight
fields went the same way, for the same reason (an include each).
"""

from __future__ import annotations

from html import escape

from django import template
from django.forms import BoundField, CheckboxInput
from django.template.defaultfilters import floatformat
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext

from ..cards import Listing
from ..hours import OpeningStatus

register = template.Library()


def _time(moment) -> str:
    return localtime(moment).strftime("%H:%M")


class _Cards:
    """Renders cards in the active language; the fixed sentences are translated once per list."""

    def __init__(self):
        self.closed_now = escape(gettext("Closed now"))
        self.closed_now_today = escape(gettext("Closed now. Today:"))
        self.free = escape(gettext("Free of charge"))
        self.temporarily_closed = escape(gettext("Temporarily closed"))

    def status(self, status: OpeningStatus) -> str:
        if status.is_open:
            text = gettext("Open now, until %(time)s") % {"time": _time(status.closes_at)}
            return f'<li class="directory-open">{escape(text)}</li>'
        if status.today:
            hours = ", ".join(f"{_time(opening.start)}–{_time(opening.end)}" for opening in status.today)
            return f"<li>{self.closed_now_today} {hours}</li>"
        if status.closed_today_because:
            text = gettext("Closed today (%(reason)s)") % {"reason": status.closed_today_because}
            return f"<li>{escape(text)}</li>"
        if status.next_opening:
            return f"<li>{self.closed_now}</li>"
        return ""

    def card(self, listing: Listing) -> str:
        """One ``<li>`` card: the service's name linking to its page, its organisation, categories,
        communes (and distance), whether it is open now, free or temporarily closed, and a call link."""
        card = listing.card
        facts = []
        if card.communes:
            where = ", ".join(card.communes)
            if listing.distance is not None:
                where += " · " + gettext("%(km)s km away") % {"km": floatformat(listing.distance, 1)}
            facts.append(f"<li>{escape(where)}</li>")
        facts.append(self.status(listing.status))
        if card.is_free:
            facts.append(f"<li>{self.free}</li>")
        if card.temporarily_closed:
            facts.append(f'<li class="directory-closed">{self.temporarily_closed}</li>')
        parts = [
            '<li class="card directory-card">',
            f'<h3 class="card__title"><a href="{escape(listing.url)}">{escape(card.name)}</a></h3>',
            f'<p class="directory-card__org">{escape(card.organization_name)}</p>',
        ]
        if card.category_names:
            parts.append(f'<p class="directory-card__tags">{escape(", ".join(card.category_names))}</p>')
        parts.append(f'<ul class="directory-card__facts">{"".join(facts)}</ul>')
        if card.phone_number:
            call = escape(gettext("Call %(number)s") % {"number": card.phone_number})
            parts.append(f'<p class="directory-card__call"><a href="tel:{escape(card.phone_uri)}">{call}</a></p>')
        parts.append("</li>")
        return "\n".join(parts)


@register.simple_tag
def service_cards(listings: list[Listing]) -> SafeString:
    """The ``<li>`` cards of ``listings``, for a ``<ul>`` or ``<ol>``."""
    cards = _Cards()
    return mark_safe("\n".join(cards.card(listing) for listing in listings))  # noqa: S308 -- every value is escaped


@register.simple_tag
def search_field(field: BoundField) -> SafeString:
    """A field of the search form in its ``div.field``: a checkbox inside its label; any other field
    after its label, help text and errors, which the widget names in ``aria-describedby``."""
    css = "field field--error" if field.errors else "field"
    label = conditional_escape(field.label)
    if isinstance(field.field.widget, CheckboxInput):
        html = f'<div class="{css}"><label class="directory-check">{field} {label}</label></div>'
        return mark_safe(html)  # noqa: S308 -- the widget renders escaped, the label is escaped
    parts = [f'<div class="{css}">', f'<label for="{escape(field.id_for_label)}">{label}</label>']
    if field.help_text:
        help_id = escape(f"{field.auto_id}_helptext")
        parts.append(f'<p class="field__help" id="{help_id}">{conditional_escape(field.help_text)}</p>')
    parts += [
        f'<p class="field__error" id="{escape(field.auto_id)}_error">{conditional_escape(error)}</p>'
        for error in field.errors
    ]
    parts += [str(field), "</div>"]
    return mark_safe("\n".join(parts))  # noqa: S308 -- every value is escaped or rendered by the widget
