"""Error pages: in the visitor's language, and the 500 page without touching the database."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return HttpResponseServerError(loader.render_to_string("500.html", request=None))
