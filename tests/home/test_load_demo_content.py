import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision


@pytest.mark.django_db
class LoadDemoContentTests:
    def test_runs_and_a_second_run_changes_nothing(self, django_capture_on_commit_callbacks, settings):
        settings.DEBUG = True
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo_content", verbosity=0)
        pages, revisions = Page.objects.count(), Revision.objects.count()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo_content", verbosity=0)
        assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
