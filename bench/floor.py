"""The floor of `make bench`: Django with no middleware, no apps and no database, one view.

This module is at once the settings (``DJANGO_SETTINGS_MODULE=bench.floor``) and the URLconf.
gunicorn serves it with the portal's own configuration (``portal/gunicorn.conf.py``), so every page
of the portal can be compared with the most a Django process can serve on this machine.
"""

import os

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
ROOT_URLCONF = __name__


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("", floor)]
