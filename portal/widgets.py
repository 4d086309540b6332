"""Form widgets rendered in Python rather than through Django's widget templates.

Django renders a select by including one template per option: for the directory's list of 100
communes that is a few milliseconds of every search, more than the search itself. The HTML is the
same as Django's own widgets give.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def _option(option: dict) -> str:
    attrs = option["attrs"]
    if not attrs:
        extra = ""
    elif attrs == {"selected": True}:
        extra = " selected"
    else:
        extra = flatatt(attrs)
    value, label = conditional_escape(option["value"]), conditional_escape(option["label"])
    return f'<option value="{value}"{extra}>{label}</option>'


class QuickSelect(forms.Select):
    """A single-choice select, as ``forms.Select`` renders it, without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], flatatt(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('<optgroup label="{}">', group_name))
            parts += [_option(option) for option in options]
            if group_name:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("\n".join(parts))  # noqa: S308 -- every value in the parts is escaped
