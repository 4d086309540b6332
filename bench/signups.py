# ruff: noqa: S310 - requests go to the bench's own server on the loopback interface only
"""The sign-up drill of `make bench` (issue 18): many residents sign up for one course at the same moment.

Each visitor does what a browser does: opens the public sign-up form of one course (keeping the
CSRF cookie, the CSRF token and the signed ``form-started`` time), waits as long as the spam guard
asks (``CARE_REQUEST_MIN_FILL_SECONDS``), then sends the form; all visitors send at once, each from
a thread of its own. They come "through a reverse proxy on 127.0.0.1", each with its own address in
``X-Forwarded-For``, so the production rate limit per address stays on and counts each one once.
Every visitor then opens the confirmation it was sent to and reads its reference there.

Counted afterwards in the database: the places confirmed, the sign-ups on the waiting list, the
rows, and the visitors lost: those who sent the form and were not shown a reference that a row holds.
"""

from __future__ import annotations

import http.client
import re
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

VISITORS = 200
PLACES = 20
LANGUAGE = "pt"
REFERENCE = re.compile(r"<strong>(EV-[\d-]+)</strong>")
GUARDS = re.compile(r'name="(csrfmiddlewaretoken|form-started)" value="([^"]+)"')


@dataclass
class Visit:
    """What one visitor saw."""

    form_status: int = 0
    send_status: int = 0
    send_seconds: float = 0.0
    answered_at: float = 0.0  # time.monotonic() when the answer to the form came
    reference: str = ""


@dataclass
class SignUpDrill:
    visitors: int
    capacity: int
    workers: int
    seconds: float = 0.0
    visits: list[Visit] = field(default_factory=list)
    confirmed_places: int = 0
    waiting: int = 0
    rows: int = 0
    lost: int = 0  # visitors who sent the form without a confirmation whose reference is in the database

    @property
    def errors(self) -> int:
        """Visitors who met an answer of 500 or above, or no answer at all (then they sent nothing more)."""
        return sum(any(status >= 500 or status == 0 for status in (v.form_status, v.send_status)) for v in self.visits)

    @property
    def answers(self) -> str:
        """How many times each status answered the form (0: no answer), e.g. "302 x 200"."""
        counts = Counter(v.send_status for v in self.visits)
        return ", ".join(f"{status} x {n}" for status, n in sorted(counts.items()))

    @property
    def confirmations(self) -> int:
        return sum(bool(v.reference) for v in self.visits)

    def percentile(self, share: float) -> float:
        ordered = sorted(v.send_seconds for v in self.visits)
        return 1000 * ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0

    def met(self) -> bool:
        waiting = self.visitors - self.capacity
        return (
            self.confirmed_places == self.capacity
            and self.waiting == waiting
            and self.rows == self.visitors
            and self.confirmations == self.visitors
            and self.lost == 0
            and self.errors == 0
        )

    def lines(self) -> list[str]:
        return [
            f"Sign-up drill: {self.visitors} residents send the sign-up form of one {self.capacity}-place course "
            f"at the same moment ({self.workers} gunicorn workers, production rate limit and spam guard on)",
            f"  sent in {self.seconds:.1f} s; answer to the form: p50 {self.percentile(0.5):.0f} ms, "
            f"p95 {self.percentile(0.95):.0f} ms, p99 {self.percentile(0.99):.0f} ms",
            f"  answers to the form: {self.answers}; confirmations with a reference: {self.confirmations}; "
            f"visitors who met a 5xx or no answer: {self.errors}",
            f"  in the database: {self.confirmed_places} places confirmed, {self.waiting} on the waiting list, "
            f"{self.rows} sign-ups in all, {self.lost} lost",
            f"{'met' if self.met() else 'MISSED':>12}  exactly {self.capacity} places and "
            f"{self.visitors - self.capacity} on the waiting list, none lost, no 5xx",
        ]


def _request(port: int, method: str, path: str, *, forwarded_for: str, cookie: str = "", form=None):
    headers = {"Host": "127.0.0.1", "X-Forwarded-For": forwarded_for}
    if cookie:
        headers["Cookie"] = cookie
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return (
            response.status,
            response.getheader("Set-Cookie", ""),
            response.getheader("Location", ""),
            (response.read().decode("utf-8", "replace")),
        )
    except OSError:
        return 0, "", "", ""
    finally:
        connection.close()


def _visitor(port: int, path: str, number: int, start_sending: threading.Event, opened: threading.Barrier) -> Visit:
    visit = Visit()
    address = f"10.18.{number // 250}.{number % 250 + 1}"
    status, cookies, _location, text = _request(port, "GET", path, forwarded_for=address)
    visit.form_status = status
    csrf = re.search(r"csrftoken=([^;]+)", cookies)
    guards = dict(GUARDS.findall(text))
    opened.wait()
    if status != 200 or csrf is None or len(guards) != 2:
        return visit
    form = {
        **guards,
        "name": f"Visitante {number}",
        "phone": "",
        "email": f"visitante{number}@example.lu",
        "language": LANGUAGE,
        "places": "1",
        "needs": "",
        "your-website": "",
    }
    start_sending.wait()
    started = time.monotonic()
    cookie = f"csrftoken={csrf.group(1)}"
    status, _cookies, location, _text = _request(port, "POST", path, forwarded_for=address, cookie=cookie, form=form)
    visit.answered_at = time.monotonic()
    visit.send_seconds = visit.answered_at - started
    visit.send_status = status
    if status == 302 and location:
        _status, _cookies, _location, text = _request(port, "GET", location, forwarded_for=address)
        found = REFERENCE.search(text)
        visit.reference = found.group(1) if found else ""
    return visit


def drill_course():
    """A live synthetic course of 20 places that needs a sign-up and has none yet."""
    from demo.synthetic.events import synthetic_events

    return (
        synthetic_events()
        .filter(live=True, kind="course", capacity=PLACES, signup_required=True, signups__isnull=True)
        .order_by("pk")
        .first()
    )


def signup_drill(port: int, *, workers: int, min_fill_seconds: float, visitors: int = VISITORS) -> SignUpDrill:
    """Sends ``visitors`` sign-ups at once to the server on ``port``; counts what came of them."""
    from django.db.models import Sum
    from django.urls import reverse
    from django.utils import translation

    from events.models import SignUp, SignUpStatus

    course = drill_course()
    if course is None:
        raise RuntimeError(f"No synthetic course of {PLACES} places to sign up for: is the bench seeded?")
    with translation.override(LANGUAGE):
        path = reverse("events:signup", args=[course.pk])
    drill = SignUpDrill(visitors=visitors, capacity=course.capacity, workers=workers)
    start_sending = threading.Event()
    opened = threading.Barrier(visitors + 1)
    with ThreadPoolExecutor(max_workers=visitors) as pool:
        futures = [pool.submit(_visitor, port, path, n, start_sending, opened) for n in range(visitors)]
        opened.wait()
        time.sleep(min_fill_seconds + 0.5)  # as long as the last visitor to open the form has to wait
        started = time.monotonic()
        start_sending.set()
        drill.visits = [future.result() for future in futures]
    drill.seconds = max(visit.answered_at for visit in drill.visits) - started
    signups = SignUp.objects.filter(event_key=course.translation_key)
    drill.rows = signups.count()
    drill.confirmed_places = (
        signups.filter(status=SignUpStatus.CONFIRMED).aggregate(places=Sum("places"))["places"] or 0
    )
    drill.waiting = signups.filter(status=SignUpStatus.WAITING).count()
    stored = set(signups.values_list("reference", flat=True))
    drill.lost = sum(1 for visit in drill.visits if visit.reference not in stored)
    return drill
