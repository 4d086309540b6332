# ruff: noqa: S310, S603, S607 - runs local servers (gunicorn, redis-server, PostgreSQL) on the loopback interface only
"""`make drill`: break what the portal depends on, one thing at a time, and count what visitors notice.

Starts everything on 127.0.0.1 and on free ports, in a temporary folder: a PostgreSQL instance of its
own (initdb and pg_ctl; as root, run as the ``postgres`` user), a redis-server of its own, an SMTP
sink in this process (aiosmtpd) that can refuse or hang, two gunicorn app servers with the production
settings (``bench/run.py``'s helpers) and one task worker per queue. Each row of the table breaks one
thing while visitors submit care requests (form, check, send) and read pages, repairs it, runs
``send_pending_emails`` as cron would, and waits for the emails. Columns:

- requests: HTTP requests made during the row; 500s: answers 500 and above other than 503 (errors,
  gunicorn timeouts); 503 page: the translated "briefly unavailable" page of a database outage;
  no answer: connections cut without a response (the request a killed worker was serving);
- lost: submissions confirmed to the visitor (redirect to "sent") that are not in the database, or
  whose emails never reached the SMTP sink by the end of the row;
- duplicate emails: messages the sink received more than once;
- p99, worst: the 99th percentile and the slowest request of the row, in seconds.

The app servers run without the care form's rate limit, except in the proxy row, which starts two more
with the production limit behind "a proxy on 127.0.0.1" (X-Forwarded-For); its expected 429 is no 5xx.

Prints one table; stops everything it started, even on Ctrl-C or error. Takes about 6 to 10 minutes.
DRILL_ONLY=comma-separated parts of row names runs only those rows (setup still takes ~2 minutes).
"""

import email
import glob
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import PYTHON, Server, free_port, manage, redis_start, stop, stop_on_signal, tail  # noqa: E402

PROXY_ROW = "proxy rate limit, many clients"
RATE_LIMIT = 20  # CARE_REQUEST_RATE_LIMIT in the proxy row only; the other rows run without a limit
LEASE_SECONDS = 15  # CARE_REQUEST_EMAIL_LEASE_SECONDS: how long a killed worker's email waits
EMAIL_TIMEOUT = 5
SETTLE_SECONDS = 45


# -- PostgreSQL of our own ------------------------------------------------------------------------


class Postgres:
    """A throwaway PostgreSQL cluster on a free loopback port, that the drill may stop and freeze."""

    def __init__(self, workdir: Path):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")) or [shutil.which("pg_ctl") or ""]
        if not found[-1]:
            raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
        self.bin = Path(found[-1]).parent
        self.port = free_port()
        self.home = workdir / "postgres"
        self.data = self.home / "data"
        self.as_postgres = os.geteuid() == 0
        self.home.mkdir()
        if self.as_postgres:
            workdir.chmod(0o755)
            shutil.chown(self.home, "postgres", "postgres")

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.bin / program), *arguments]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.start()

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.home} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.home / "log"), "-w", "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def _pids(self) -> list[int]:
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in glob.glob("/proc/[0-9]*/stat"):
            with suppress(OSError, IndexError, ValueError):
                if int(Path(stat).read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                    children.append(int(Path(stat).parent.name))
        return [postmaster, *children]

    def freeze(self) -> None:
        """Every process of the cluster stops answering (SIGSTOP), as on a hung host."""
        self.frozen = self._pids()
        for pid in self.frozen:
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in getattr(self, "frozen", []):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.frozen = []

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def query(self, sql: str, *parameters) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url("portal"), autocommit=True, connect_timeout=5) as connection:
            return connection.execute(sql, parameters).fetchall()

    def close(self) -> None:
        self.thaw()
        if (self.data / "postmaster.pid").exists():
            with suppress(subprocess.CalledProcessError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")


# -- an SMTP server that can refuse or hang -------------------------------------------------------


class MailSink:
    """Keeps every message it receives; ``refuse()`` closes the port, ``hang()`` accepts and never answers."""

    def __init__(self):
        self.port = free_port()
        self.messages: list[tuple[tuple[str, ...], str]] = []
        self.controller = self.silent = None
        self.slow_seconds = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.slow_seconds:
            import asyncio

            await asyncio.sleep(self.slow_seconds)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((tuple(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 Message accepted for delivery"

    def accept(self) -> None:
        from aiosmtpd.controller import Controller

        self._close()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def refuse(self) -> None:
        self._close()

    def hang(self) -> None:
        self._close()
        self.silent = socket.socket()
        self.silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.silent.bind(("127.0.0.1", self.port))
        self.silent.listen(128)  # connections complete in the backlog; no greeting ever comes

    def _close(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        if self.silent is not None:
            self.silent.close()
            self.silent = None

    def received(self, references: set[str]) -> tuple[int, int]:
        """(distinct messages, duplicates) among those naming one of ``references``."""
        keys = []
        for recipients, content in list(self.messages):
            if any(reference in content for reference in references):
                message = email.message_from_string(content)
                keys.append((recipients, message["Subject"], message.get_payload()))
        return len(set(keys)), len(keys) - len(set(keys))


# -- visitors ------------------------------------------------------------------------------------


@dataclass
class Tally:
    requests: int = 0
    errors: int = 0  # 500 and above, except the 503 page
    unavailable: int = 0  # the translated 503 page of a database outage
    cut: int = 0  # no answer at all: the connection was cut
    refused: int = 0  # 429: the rate limit answered, as it should past the limit
    worst: float = 0.0
    seconds: list[float] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)  # markers of submissions the visitor saw confirmed
    prefixes: list[str] = field(default_factory=list)  # of every submission's marker
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, status: int, seconds: float) -> None:
        with self.lock:
            self.requests += 1
            self.errors += status >= 500 and status != 503
            self.unavailable += status == 503
            self.cut += status == 0
            self.refused += status == 429
            self.worst = max(self.worst, seconds)
            self.seconds.append(seconds)

    def p99(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0


def fetch(
    port: int, method: str, path: str, tally: Tally, *, form=None, cookie="", forwarded_for=""
) -> tuple[int, dict, str]:
    """One request; ``forwarded_for`` is the X-Forwarded-For header a reverse proxy on 127.0.0.1 would add."""
    body = urllib.parse.urlencode(form) if form is not None else None
    headers = {"Host": "127.0.0.1", "Cookie": cookie}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        status, headers, text = response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    except OSError:
        status, headers, text = 0, {}, ""
    finally:
        connection.close()
    tally.count(status, time.monotonic() - started)
    return status, headers, text


def submit(port: int, page: str, marker: str, tally: Tally, *, forwarded_for: str = "") -> tuple[int, str]:
    """A visitor fills in the care request form, checks the answers and sends them; returns the last answer."""
    status, headers, text = fetch(port, "GET", page, tally, forwarded_for=forwarded_for)
    csrf = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|form-started)" value="([^"]+)"', text))
    if status != 200 or not csrf or len(fields) != 2:
        return status, text
    cookie = f"csrftoken={csrf.group(1)}"
    answers = {
        **fields,
        "requester_role": "self",
        "name": "Drill Visitor",
        "address": "1 rue de la Gare",
        "commune": "Schifflange",
        "phone": "+352 621 000 000",
        "email": "visitor@example.lu",
        "contact_language": "fr",
        "help_kind": "shopping",
        "description": marker,
        "availability": "Matin",
        "consent": "on",
        "your-website": "",
        "action": "check",
    }
    status, _, text = fetch(port, "POST", page, tally, form=answers, cookie=cookie, forwarded_for=forwarded_for)
    payload = re.search(r'name="payload" value="([^"]+)"', text)
    if status != 200 or not payload:
        return status, text
    send = {"csrfmiddlewaretoken": fields["csrfmiddlewaretoken"], "payload": payload.group(1), "action": "send"}
    status, headers, text = fetch(port, "POST", page, tally, form=send, cookie=cookie, forwarded_for=forwarded_for)
    if status == 302 and headers.get("Location", "").rstrip("/").endswith("sent"):
        with tally.lock:
            tally.confirmed.append(marker)
    return status, text


# -- the drill ------------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    requests: int | str = "-"
    errors: int | str = "-"
    unavailable: int | str = "-"
    cut: int | str = "-"
    lost: int | str = "-"
    duplicates: int | str = "-"
    p99: float | str = "-"
    worst: float | str = "-"
    note: str = ""


class Drill:
    def __init__(self, stack: ExitStack, workdir: Path):
        self.stack, self.workdir = stack, workdir
        self.markers = 0
        self.pg = Postgres(workdir)
        stack.callback(self.pg.close)
        self.pg.init()
        self.pg_run("CREATE DATABASE portal")
        self.redis_port = free_port()
        self.redis = redis_start(workdir, self.redis_port)
        stack.callback(lambda: self.redis and self.redis_stop())
        self.sink = MailSink()
        self.sink.accept()
        stack.callback(self.sink.refuse)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": self.pg.url("portal"),
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "MEDIA_ROOT": str(workdir / "media"),
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESS_LOG": "",
            "LOG_LEVEL": "ERROR",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.sink.port),
            "EMAIL_TIMEOUT": str(EMAIL_TIMEOUT),
            "HELPDESK_EMAIL": "helpdesk@portal.example.lu",
            "CARE_REQUEST_MIN_FILL_SECONDS": "0",
            "CARE_REQUEST_RATE_LIMIT": "1000000",
            "CARE_REQUEST_EMAIL_LEASE_SECONDS": str(LEASE_SECONDS),
        }
        self.workers: dict[str, subprocess.Popen] = {}
        stack.callback(lambda: [stop(process) for process in self.workers.values()])

    def pg_run(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.pg.url("postgres"), autocommit=True) as connection:
            connection.execute(statement)

    def redis_stop(self) -> None:
        if self.redis.poll() is None:
            os.kill(self.redis.pid, signal.SIGCONT)
        stop(self.redis)

    def seed(self) -> None:
        started = time.monotonic()
        seeding = {**self.env, "DJANGO_SETTINGS_MODULE": "demo.settings"}
        seeding["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
        manage(seeding, "migrate", "--noinput", "-v", "0")
        manage(seeding, "load_demo_content", quiet=True)
        manage(self.env, "collectstatic", "--noinput", "-v", "0")
        print(f"  seeded in {time.monotonic() - started:.0f} s", flush=True)
        self.page = subprocess.run(
            [PYTHON, "manage.py", "shell", "-v", "0", "-c", PAGE_URL],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    def start_worker(self, queue: str) -> None:
        log = open(self.workdir / f"worker-{queue}.log", "ab")  # noqa: SIM115 -- the worker's lifetime
        self.stack.callback(log.close)
        command = [PYTHON, "manage.py", "db_worker", "--queue-name", queue, "--interval", "1", "--no-startup-delay"]
        self.workers[queue] = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def start(self) -> None:
        self.servers = [
            self.stack.enter_context(Server(name, self.env, self.workdir, ready_path="/healthz/ready"))
            for name in ("app-1", "app-2")
        ]
        for queue in ("default", "mail", "renditions"):
            self.start_worker(queue)

    # -- traffic and accounting

    def prefix(self, tally: Tally) -> str:
        """A new prefix for the markers (descriptions) of this traffic's submissions."""
        prefix = f"drill-{self.markers}-"
        self.markers += 1
        tally.prefixes.append(prefix)
        return prefix

    def traffic(self, tally: Tally, *, submissions: int, reads: int = 0, concurrency: int = 4) -> None:
        prefix = self.prefix(tally)
        jobs = []
        for n in range(submissions):
            port = self.servers[n % 2].port
            jobs.append(lambda port=port, n=n: submit(port, self.page, f"{prefix}{n}", tally))
        for n in range(reads):
            port = self.servers[n % 2].port
            jobs.append(lambda port=port, n=n: fetch(port, "GET", ("/fr/", self.page)[n % 2], tally))
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for future in [pool.submit(job) for job in jobs]:
                future.result()

    def send_pending(self) -> str:
        return subprocess.run(
            [PYTHON, "manage.py", "send_pending_emails", "--ignore-schedule"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()

    def settle(self, tally: Tally, name: str, note: str = "") -> Row:
        """Run the retry command as cron would and wait for the emails; then count what was lost."""
        deadline = time.monotonic() + SETTLE_SECONDS
        references: dict[str, str] = {}
        while True:
            stored = self.pg.query(
                "SELECT r.description, r.reference, count(e.id), count(e.id) FILTER (WHERE e.status = 'sent') "
                "FROM care_requests_carerequest r LEFT JOIN care_requests_outboxemail e ON e.request_id = r.id "
                "WHERE r.description = ANY(%s) GROUP BY r.description, r.reference",
                tally.confirmed,
            )
            references = {description: reference for description, reference, _, _ in stored}
            expected = sum(emails for _, _, emails, _ in stored)
            distinct, duplicates = self.sink.received(set(references.values()))
            if distinct >= expected or time.monotonic() > deadline:
                break
            self.send_pending()
            time.sleep(2)
        missing = [marker for marker in tally.confirmed if marker not in references]
        unsent = [description for description, _, emails, sent in stored if sent < emails]
        notes = [note] if note else []
        all_stored = sum(
            self.pg.query("SELECT count(*) FROM care_requests_carerequest WHERE description LIKE %s", f"{prefix}%")[0][
                0
            ]
            for prefix in tally.prefixes
        )
        if all_stored > len(references):
            notes.append(f"{all_stored - len(references)} stored although the visitor saw an error")
        if expected > distinct:
            notes.append(f"{expected - distinct} email(s) not received")
        lost = len(missing) + len(unsent)
        return Row(
            name,
            tally.requests,
            tally.errors,
            tally.unavailable,
            tally.cut,
            lost,
            duplicates,
            round(tally.p99(), 1),
            round(tally.worst, 1),
            "; ".join(notes),
        )

    # -- the rows

    def row_baseline(self) -> Row:
        tally = Tally()
        self.traffic(tally, submissions=6, reads=12)
        return self.settle(tally, "nothing broken")

    def row_redis_refused(self) -> Row:
        stop(self.redis)
        tally = Tally()
        try:
            self.traffic(tally, submissions=6, reads=12)
        finally:
            self.redis = redis_start(self.workdir, self.redis_port)
        return self.settle(tally, "Redis refused (stopped)")

    def row_redis_hung(self) -> Row:
        os.kill(self.redis.pid, signal.SIGSTOP)
        tally = Tally()
        try:
            self.traffic(tally, submissions=6, reads=12)
        finally:
            os.kill(self.redis.pid, signal.SIGCONT)
        return self.settle(tally, "Redis hung (SIGSTOP)")

    def row_postgres_stopped(self) -> Row:
        self.pg.stop()
        tally = Tally()
        try:
            self.traffic(tally, submissions=4, reads=8)
        finally:
            self.pg.start()
        down = tally.requests
        self.traffic(tally, submissions=4, reads=4)
        return self.settle(tally, "PostgreSQL stopped", f"{down} requests while down, then 4 submissions after")

    def row_postgres_hung(self) -> Row:
        self.pg.freeze()
        tally = Tally()
        try:
            self.traffic(tally, submissions=3, reads=6)
        finally:
            self.pg.thaw()
        down = tally.requests
        self.traffic(tally, submissions=3, reads=3)
        return self.settle(tally, "PostgreSQL hung (SIGSTOP)", f"{down} requests while hung, then 3 submissions")

    def row_smtp(self, mode: str) -> Row:
        getattr(self.sink, mode)()
        tally = Tally()
        try:
            self.traffic(tally, submissions=5, reads=5)
            time.sleep(EMAIL_TIMEOUT + 1)  # the mail worker meets the outage
        finally:
            self.sink.accept()
        return self.settle(tally, f"SMTP {'refused' if mode == 'refuse' else 'hung'}", "emails sent after repair")

    def row_kill_web_worker(self) -> Row:
        tally = Tally()
        server = self.servers[0]
        victim = threading.Timer(0.5, lambda: kill_a_child(server.process.pid))
        victim.start()
        self.traffic(tally, submissions=12, concurrency=6)
        victim.join()
        note = f"{len(tally.confirmed)}/12 confirmed"
        return self.settle(tally, "kill -9 web worker mid-submission", note)

    def row_kill_task_worker(self) -> Row:
        tally = Tally()
        self.sink.slow_seconds = 3.0
        try:
            self.traffic(tally, submissions=3)
            deadline = time.monotonic() + 20
            held = []
            while time.monotonic() < deadline and not held:
                held = self.pg.query(
                    "SELECT 1 FROM care_requests_outboxemail WHERE status = 'pending' AND claimed_until > now()"
                )
                time.sleep(0.2)
            self.workers["mail"].kill()
            self.workers["mail"].wait()
        finally:
            self.sink.slow_seconds = 0
        self.start_worker("mail")
        time.sleep(LEASE_SECONDS)
        note = (
            f"killed while sending; its email waited for the lease ({LEASE_SECONDS} s)"
            if held
            else "the worker held no email when killed"
        )
        return self.settle(tally, "kill -9 task worker mid-task", note)

    def row_concurrent(self) -> Row:
        tally = Tally()
        self.traffic(tally, submissions=50, concurrency=50)
        note = f"{len(tally.confirmed)}/50 confirmed"
        return self.settle(tally, "50 concurrent care-request submissions", note)

    def row_backup_restore(self) -> Row:
        dump, media = self.workdir / "portal.dump", self.workdir / "media.tar.gz"
        started = time.monotonic()
        manage(self.env, "backup_database", "--output", str(dump), "--media", str(media), quiet=True)
        self.pg_run("CREATE DATABASE portal_restored")
        restored_env = {**self.env, "DATABASE_URL": self.pg.url("portal_restored")}
        restored_env["MEDIA_ROOT"] = str(self.workdir / "restored-media")
        manage(restored_env, "restore_database", str(dump), "--media", str(media), "--noinput", quiet=True)
        counting = "SELECT (SELECT count(*) FROM care_requests_carerequest), (SELECT count(*) FROM wagtailcore_page)"
        before = self.pg.query(counting)[0]
        import psycopg

        with psycopg.connect(self.pg.url("portal_restored"), autocommit=True) as connection:
            after = connection.execute(counting).fetchone()
        note = f"{before[0]} requests and {before[1]} pages backed up, {after[0]} and {after[1]} restored"
        seconds = round(time.monotonic() - started, 1)
        return Row("backup and restore", lost=before[0] - after[0], worst=seconds, note=note)

    def row_proxy_rate_limit(self) -> Row:
        """Behind a reverse proxy on 127.0.0.1, the care form's limit counts each visitor's address.

        Two more app servers run with the production limit (the drill's own run without one); every
        request carries the X-Forwarded-For header nginx adds. The one busy address also writes a
        forged entry of its own, which the proxy keeps on the left and the portal must ignore.
        """
        limited = {
            **self.env,
            "CARE_REQUEST_RATE_LIMIT": str(RATE_LIMIT),
            "CARE_REQUEST_RATE_WINDOW_SECONDS": "3600",
            "TRUSTED_PROXIES": "127.0.0.1,::1",
        }
        tally = Tally()
        prefix = self.prefix(tally)
        clients = [f"198.51.100.{n + 1}" for n in range(25)]
        busy = "203.0.113.7"
        with ExitStack() as servers:
            ports = [
                servers.enter_context(Server(label, limited, self.workdir, ready_path="/healthz/ready")).port
                for label in ("app-1-limited", "app-2-limited")
            ]

            def visit(n: int, forwarded_for: str) -> tuple[int, str]:
                return submit(ports[n % 2], self.page, f"{prefix}{n}", tally, forwarded_for=forwarded_for)

            with ThreadPoolExecutor(max_workers=4) as pool:
                many = sum(status == 302 for status, _ in pool.map(visit, range(25), clients))
            newcomer, _ = visit(25, "192.0.2.1")
            forged = [f"10.0.0.{n}, {busy}" for n in range(RATE_LIMIT)]
            with ThreadPoolExecutor(max_workers=4) as pool:
                allowed = sum(status == 302 for status, _ in pool.map(visit, range(26, 26 + RATE_LIMIT), forged))
            over, text = visit(26 + RATE_LIMIT, f"10.0.0.{RATE_LIMIT}, {busy}")
            kept = f"{prefix}{26 + RATE_LIMIT}<"  # the description, still in its textarea
            after, _ = visit(27 + RATE_LIMIT, "192.0.2.2")
        notes = [
            f"{many}/25 clients confirmed",
            f"new resident {'confirmed' if newcomer == 302 else newcomer}",
            f"{allowed}/{RATE_LIMIT} from one address confirmed",
            f"{RATE_LIMIT + 1}st from one address: {over}{' (answers kept)' if kept in text else ''}",
            f"then a new resident {'confirmed' if after == 302 else after}",
        ]
        if tally.refused != 1:
            notes.append(f"{tally.refused} answers 429 (1 expected)")
        return self.settle(tally, PROXY_ROW, "; ".join(notes))


def kill_a_child(parent: int) -> None:
    """kill -9 one gunicorn worker of the master ``parent`` (the master starts another)."""
    for stat in glob.glob("/proc/[0-9]*/stat"):
        with suppress(OSError, IndexError, ValueError):
            if int(Path(stat).read_text().rsplit(")", 1)[1].split()[1]) == parent:
                os.kill(int(Path(stat).parent.name), signal.SIGKILL)
                return


PAGE_URL = """
from care_requests.models import CareRequestPage
print(CareRequestPage.objects.live().filter(locale__language_code="fr").first().url)
"""


def print_table(rows: list[Row]) -> None:
    header = ("row", "requests", "500s", "503 page", "no answer", "lost", "dup. emails", "p99 s", "worst s", "note")
    table = [header] + [
        (r.name, *map(str, (r.requests, r.errors, r.unavailable, r.cut, r.lost, r.duplicates, r.p99, r.worst)), r.note)
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header) - 1)]
    for n, line in enumerate(table):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)) + "  " + line[-1])
        if n == 0:
            print("  ".join("-" * width for width in widths) + "  ----")


def main() -> None:
    if shutil.which("redis-server") is None:
        sys.exit("redis-server is missing: apt-get install -y redis-server")
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGHUP, stop_on_signal)
    wanted = [part.strip().lower() for part in os.environ.get("DRILL_ONLY", "").split(",") if part.strip()]
    began = time.monotonic()
    rows: list[Row] = []
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-drill-")))
        print("Starting PostgreSQL, Redis and the SMTP sink, seeding ...", flush=True)
        drill = Drill(stack, workdir)
        drill.seed()
        drill.start()
        scenarios = [
            ("nothing broken", drill.row_baseline),
            ("Redis refused", drill.row_redis_refused),
            ("Redis hung", drill.row_redis_hung),
            ("PostgreSQL stopped", drill.row_postgres_stopped),
            ("PostgreSQL hung", drill.row_postgres_hung),
            ("SMTP refused", lambda: drill.row_smtp("refuse")),
            ("SMTP hung", lambda: drill.row_smtp("hang")),
            ("kill -9 web worker", drill.row_kill_web_worker),
            ("kill -9 task worker", drill.row_kill_task_worker),
            ("50 concurrent", drill.row_concurrent),
            ("backup and restore", drill.row_backup_restore),
            (PROXY_ROW, drill.row_proxy_rate_limit),
        ]
        for name, scenario in scenarios:
            if wanted and not any(part in name.lower() for part in wanted):
                continue
            print(f"  {name} ...", flush=True)
            try:
                rows.append(scenario())
            except Exception as error:  # noqa: BLE001 -- one failed row must not hide the others
                rows.append(Row(name, note=f"DRILL ERROR: {type(error).__name__}: {error}"[:200]))
                print(tail(workdir / "gunicorn-app-1.log", 10), flush=True)
    print(f"\nDrill finished in {time.monotonic() - began:.0f} s (traffic to 127.0.0.1 only).\n")
    print_table(rows)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("\nStopped; every server, database and temporary file of the drill is removed.")
