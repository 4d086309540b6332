"""Pay a process's first-request costs before it serves anyone.

A fresh Django process loads the translation catalogues of a language the first time it uses it,
builds each language's URL resolver the first time it resolves, and compiles each template the
first time it renders: about half a second in all, which the first visitors of every new gunicorn
worker would wait for (and every worker is replaced after ``max_requests``). gunicorn calls
``warm_up`` in its master process once the application is loaded (``preload_app``), so every
worker it forks starts with all of it done.

Nothing here touches the database or the cache: their connections must not be shared with the
forked workers.
"""

import logging
import time

from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.template.loader_tags import ExtendsNode, IncludeNode
from django.urls import get_resolver, reverse
from django.utils import translation

logger = logging.getLogger(__name__)

# The templates of the pages most visitors see first; their includes are compiled with them.
TEMPLATES = (
    "base.html",
    "404.html",
    "500.html",
    "503.html",
    "home/home_page.html",
    "home/standard_page.html",
    "home/news_index_page.html",
    "home/news_page.html",
    "pci_guide/guide_index_page.html",
    "pci_guide/guide_step_page.html",
    "services_directory/directory_page.html",
    "services_directory/service_page.html",
    "services_directory/organization_page.html",
    "services_directory/commune_page.html",
    "site_search/search_page.html",
)


def warm_up() -> float:
    """Load every language's catalogues and URL patterns and compile the main templates; returns the seconds spent."""
    started = time.monotonic()
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Home")  # loads the catalogues of every installed app for this language
            resolver.resolve(reverse("site_search"))  # builds this language's URL patterns
    compiled: set[str] = set()
    for name in TEMPLATES:
        _compile(name, compiled)
    return time.monotonic() - started


def _compile(name: str, compiled: set[str]) -> None:
    """Compile ``name`` and the templates it extends or includes by a constant name."""
    if name in compiled:
        return
    compiled.add(name)
    try:
        template = get_template(name).template
    except TemplateDoesNotExist:
        logger.warning("warm_up: no template %s", name)
        return
    for node in template.nodelist.get_nodes_by_type(ExtendsNode):
        _compile_constant(node.parent_name, compiled)
    for node in template.nodelist.get_nodes_by_type(IncludeNode):
        _compile_constant(node.template, compiled)


def _compile_constant(expression, compiled: set[str]) -> None:
    value = getattr(expression, "var", None)
    if isinstance(value, str):
        _compile(value, compiled)
