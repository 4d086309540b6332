"""Each kind of background work has its queue, so that one worker stuck on a slow service holds up no other."""

from django.conf import settings
from modelsearch.tasks import insert_or_update_object_task

from care_requests.notifications import deliver_emails
from home.renditions import image_renditions_create
from portal.caching import retry_invalidation


class TaskQueuesTests:
    def test_mail_and_renditions_leave_the_default_queue_to_search_indexing(self):
        assert deliver_emails.queue_name == "mail"
        assert image_renditions_create.queue_name == "renditions"
        assert insert_or_update_object_task.queue_name == "default"
        assert retry_invalidation.queue_name == "default"

    def test_every_queue_a_task_uses_is_declared(self):
        queues = set(settings.TASKS["default"]["QUEUES"])
        assert queues == {"default", "mail", "renditions"}
