"""Data built once for a whole test class, as ``TestCase.setUpTestData`` builds it, for pytest fixtures.

A class-scoped fixture builds the data inside ``rolled_back_after``; each test then runs in its own
savepoint inside that transaction (pytest-django's ``db``), so what a test writes is undone before
the next one, and the whole lot is rolled back once the class is done. A function-scoped fixture
hands each test ``fresh`` copies, so changes a test makes to the objects themselves stay its own.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model


@contextmanager
def rolled_back_after(django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def fresh(data):
    """``data`` (a model instance, or dicts and lists of them) read again from the database."""
    if isinstance(data, Model):
        return type(data)._default_manager.get(pk=data.pk)
    if isinstance(data, dict):
        return {key: fresh(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(fresh(value) for value in data)
    return data
