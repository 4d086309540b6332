"""Form widgets rendered in Python rather than through Django's widget templates.

Django renders a widget by including a template, and a select by including one more per option:
for the directory's list of 100 communes that was a few milliseconds of every search, more than
the search itself. The HTML is the same as Django's own widgets give (tests compare them).
"""

from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeData, SafeString, mark_safe


def _text(value) -> str:
    """``value`` escaped as the template engine would: safe strings are left alone."""
    return value if isinstance(value, SafeData) else escape(str(value))


class QuickSelect(forms.Select):
    """A single-choice select, as ``forms.Select`` renders it, without a template per option."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        # Widget.get_context, not Select's: the options are walked here rather than built as dicts.
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        wanted = set(widget["value"])
        has_selected = False

        def option(option_value, label) -> str:
            nonlocal has_selected
            if option_value is None:
                option_value = ""
            selected = not has_selected and str(option_value) in wanted
            has_selected |= selected
            extra = " selected" if selected else ""
            return f'<option value="{_text(option_value)}"{extra}>{_text(label)}</option>'

        parts = [f'<select name="{_text(widget["name"])}"{flatatt(widget["attrs"])}>']
        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):
                parts.append(f'<optgroup label="{_text(option_value)}">')
                parts += [option(*choice) for choice in label]
                parts.append("</optgroup>")
            else:
                parts.append(option(option_value, label))
        parts.append("</select>")
        return mark_safe("\n".join(parts))  # noqa: S308 -- every value in the parts is escaped


class QuickInputMixin:
    """An ``<input>`` as Django's ``input.html`` renders it, without the template."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        value_attr = "" if widget["value"] is None else f' value="{_text(widget["value"])}"'
        attrs = flatatt(widget["attrs"])
        html = f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{value_attr}{attrs}>'
        return mark_safe(html)  # noqa: S308 -- every value is escaped


class QuickTextInput(QuickInputMixin, forms.TextInput):
    pass


class QuickCheckboxInput(QuickInputMixin, forms.CheckboxInput):
    pass
