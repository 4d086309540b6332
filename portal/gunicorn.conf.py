"""gunicorn settings: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`. Every value can come from the environment."""

import logging
import os
import sys

wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Workers fork from a master that has already imported Django, so starting or recycling one is
# instant; code changes then need a restart, not a HUP.
preload_app = True
# Recycle workers now and then so that a slow leak never grows into an outage.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
# Spread the recycling so that the workers are not replaced at the same moment.
max_requests_jitter = max_requests // 2
# The reverse proxy on the same host sets X-Forwarded-Proto; trust it only from there.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
# The workers' heartbeat files, in memory rather than on a possibly slow disk.
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None


def when_ready(server):
    """In the master, once the application is loaded: pay the first-request costs (catalogues, URL
    patterns, templates) once, so that every worker forked from here, including those that replace
    recycled ones, serves its first visitor as fast as its thousandth. Another Django application
    served with this configuration (the benchmark's bare view) has nothing of the portal's to load."""
    from django.conf import settings

    if preload_app and "portal" in settings.INSTALLED_APPS:
        from portal.warmup import warm_up

        server.log.info("Warmed up in %.2f s", warm_up())


def worker_exit(server, worker):
    """A worker that ends normally (recycled after ``max_requests``, or stopped) closes its database
    connections and leaves at once. Letting the interpreter tear itself down frees every object of
    a heap it shares copy-on-write with the master: that took 0.8 s here, during which the worker
    was gone and not yet replaced, and visitors waited (p99 853 ms against 71 ms, measured with
    workers recycled every 3,000 requests). A worker ending with an error keeps its exit status."""
    ending = sys.exc_info()[1]
    if not isinstance(ending, SystemExit) or ending.code not in (0, None):
        return
    from django.db import connections

    connections.close_all()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
