# ruff: noqa: S310, S603, S607 - runs local tools (manage.py, gunicorn, redis-server, wrk) on the loopback interface only
"""`make bench`: measure the portal as it is deployed, against a bare Django view in the same run.

Seeds a throwaway database, starts its own redis-server on a free loopback port, and serves with
gunicorn (``portal/gunicorn.conf.py``, 2 workers) and the production settings (DEBUG off, Redis,
whitenoise): first the floor (``bench/floor.py``: Django with no middleware), then the portal with
the page cache on and off, then the floor again to show the drift. wrk measures each target of
``bench/targets.py`` at 4 and 32 connections; the SQL queries of each uncached page are counted in
this process with Django's test client against the same database and Redis. Then the sign-up drill
(``bench/signups.py``): 200 residents send the sign-up form of one 20-place course at once, to a
server of 4 workers. Prints one table, the drill's figures and the goals met or missed, writes them
to bench/last-run.md, and stops everything it started (gunicorn, redis-server, the temporary
folder, the PostgreSQL database) even on Ctrl-C or error.

Environment:
- BENCH_QUICK=1: a smoke run (1,000 services instead of 10,000, 3 s per measurement instead of 8; the
  5,000 synthetic events either way);
- BENCH_DATABASE: ``sqlite`` (default, a file in a temporary folder) or ``postgres`` (a database
  created on the server of BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres,
  and dropped afterwards);
- BENCH_DATABASE_URL: an existing empty database to seed and keep instead; with BENCH_SEED=0, a
  database seeded before, measured as it is (BENCH_MEDIA_ROOT then keeps its files);
- BENCH_DURATION: seconds per measurement (default 8, 3 in the quick run);
- BENCH_ONLY: comma-separated parts of target names to measure, e.g. "directory"; "events" measures
  the "What's on" page and runs the sign-up drill, "sign-up" runs the drill alone.
"""

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import CONNECTIONS, FLOOR, drift, print_report, write_markdown  # noqa: E402
from bench.signups import signup_drill  # noqa: E402
from bench.targets import ENDPOINT, PAGE, SEARCH, TRIVIAL  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
GUNICORN_CONFIG = "portal/gunicorn.conf.py"
REPORT_LUA = str(Path(__file__).with_name("report.lua"))
MARKDOWN = Path(__file__).with_name("last-run.md")
LINE = re.compile(
    r"BENCH "
    + r" ".join(
        rf"{name}=(?P<{name}>[\d.]+)"
        for name in ("requests", "seconds", "p50_us", "p95_us", "p99_us", "non2xx", "socket_errors", "timeouts")
    )
)
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
FLOOR_PATH = "/"
SIGNUP_DRILL = "Events: sign-up drill"
DRILL_WORKERS = 4
# Synthetic content: (services, organisations, places, pages per language, events).
FULL_SIZE = (10_000, 3_000, 12_000, 2_000, 5_000)
QUICK_SIZE = (1_000, 300, 1_200, 200, 5_000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def manage(env, *args, quiet: bool = False) -> None:
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=output)


def seed(env, size: tuple[int, int, int, int, int]) -> None:
    """Migrate, load the demo content and the synthetic directory, pages and events, timing each step.

    The production settings plus the demo app (``demo.settings``), which production does not install.
    """
    env = {**env, "DJANGO_SETTINGS_MODULE": "demo.settings"}
    services, organizations, locations, pages, events = size
    steps = [
        ("migrate", ["migrate", "--noinput", "-v", "0"]),
        ("demo content", ["load_demo_content"]),
        (
            "synthetic directory",
            [
                "generate_synthetic_directory",
                f"--services={services}",
                f"--organizations={organizations}",
                f"--locations={locations}",
            ],
        ),
        ("synthetic pages", ["generate_synthetic_pages", f"--per-language={pages}"]),
        ("synthetic events", ["generate_synthetic_events", f"--events={events}"]),
    ]
    for name, args in steps:
        started = time.monotonic()
        manage(env, *args, quiet=name == "demo content")
        print(f"  {name}: {time.monotonic() - started:.0f} s", flush=True)


def redis_start(workdir: Path, port: int) -> subprocess.Popen:
    """A redis-server on 127.0.0.1:``port`` without persistence, answering once this returns."""
    import redis

    with open(workdir / "redis.log", "ab") as log:
        process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=workdir,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            return process
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                raise RuntimeError(f"redis-server did not start:\n{tail(workdir / 'redis.log')}") from None
            time.sleep(0.2)


@contextmanager
def redis_server(workdir: Path):
    """A redis-server of our own on a free loopback port, without persistence; yields its URL."""
    port = free_port()
    process = redis_start(workdir, port)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


@contextmanager
def bench_database(workdir: Path):
    """The database URL to seed: a SQLite file, a throwaway PostgreSQL database, or BENCH_DATABASE_URL."""
    if os.environ.get("BENCH_DATABASE_URL"):
        yield os.environ["BENCH_DATABASE_URL"]
        return
    kind = os.environ.get("BENCH_DATABASE", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{workdir / 'bench.sqlite3'}"
        return
    if kind not in ("postgres", "postgresql"):
        sys.exit(f"BENCH_DATABASE must be sqlite or postgres, not {kind!r}")
    import psycopg
    from psycopg import sql

    server = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    name = f"portal_bench_{secrets.token_hex(4)}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class Server:
    """gunicorn with the portal's configuration, serving ``app`` with the environment ``env``."""

    def __init__(self, label: str, env: dict, workdir: Path, *, app: str | None = None, ready_path: str):
        self.label = label
        self.port = free_port()
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.app = app
        self.ready_path = ready_path
        self.log = workdir / f"gunicorn-{label}.log"

    def __enter__(self):
        command = [GUNICORN, "-c", GUNICORN_CONFIG, "--no-control-socket", *([self.app] if self.app else [])]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait_until_ready()
        except BaseException:
            stop(self.process)
            raise
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + 120
        while self.process.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url(self.ready_path), timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn ({self.label}) did not answer on {self.ready_path}:\n{tail(self.log)}")

    def __exit__(self, *exc):
        stop(self.process)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def wrk(url: str, connections: int, duration: int) -> dict:
    threads = min(2, connections)
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", REPORT_LUA, url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    match = LINE.search(output)
    if match is None:
        raise RuntimeError(f"Unexpected wrk output:\n{output}")
    numbers = {name: float(value) for name, value in match.groupdict().items()}
    return {
        "rps": numbers["requests"] / numbers["seconds"],
        "p50_ms": numbers["p50_us"] / 1000,
        "p95_ms": numbers["p95_us"] / 1000,
        "p99_ms": numbers["p99_us"] / 1000,
        "non2xx": int(numbers["non2xx"]),
        "errors": int(numbers["socket_errors"] + numbers["timeouts"]),
    }


def warm(server: Server, path: str) -> None:
    for _ in range(3):
        try:
            with urllib.request.urlopen(server.url(path), timeout=60) as response:
                response.read()
        except urllib.error.HTTPError as error:
            print(f"    warning: {path} answered {error.code}", flush=True)
            return


def measure_target(server: Server, name: str, path: str, kind: str, mode: str, duration: int) -> list[dict]:
    warm(server, path)
    rows = []
    for connections in CONNECTIONS:
        print(f"  {mode:8} {name} at {connections} connections ...", flush=True)
        result = wrk(server.url(path), connections, duration)
        rows.append({"name": name, "path": path, "kind": kind, "mode": mode, "connections": connections, **result})
    return rows


def measure(env: dict, workdir: Path, targets: list, duration: int) -> list[dict]:
    """The floor, the portal with the page cache on (cached pages, searches, endpoints) and off, the floor again."""
    floor_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.floor"}
    floor_app = "django.core.wsgi:get_wsgi_application()"
    rows = []
    with Server("floor-first", floor_env, workdir, app=floor_app, ready_path=FLOOR_PATH) as server:
        rows += measure_target(server, f"{FLOOR} (first)", FLOOR_PATH, ENDPOINT, "-", duration)
    with Server("cached", {**env, "PAGE_CACHE_SECONDS": "300"}, workdir, ready_path="/healthz") as server:
        for target in targets:
            mode = {PAGE: "cached", SEARCH: "uncached", ENDPOINT: "-"}[target.kind]
            rows += measure_target(server, target.name, target.path, target.kind, mode, duration)
    with Server("uncached", {**env, "PAGE_CACHE_SECONDS": "0"}, workdir, ready_path="/healthz") as server:
        for target in targets:
            if target.kind == PAGE:
                rows += measure_target(server, target.name, target.path, target.kind, "uncached", duration)
    with Server("floor-last", floor_env, workdir, app=floor_app, ready_path=FLOOR_PATH) as server:
        rows += measure_target(server, f"{FLOOR} (last)", FLOOR_PATH, ENDPOINT, "-", duration)
    return rows


def setup_django(env: dict):
    """Django in this process, on the bench's database and Redis, with the page cache off (to count queries)."""
    os.environ.update({**env, "PAGE_CACHE_SECONDS": "0"})
    import django

    django.setup()


def count_queries(rows: list[dict]) -> None:
    """Adds ``queries`` to each uncached row: the SQL queries of one request, after one that warms the caches
    (as wrk's requests find them). Counted through the whole middleware stack with Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counted: dict[str, int | None] = {}
    for row in rows:
        if row["mode"] != "uncached":
            continue
        path = row["path"]
        if path not in counted:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            counted[path] = len(queries) if response.status_code == 200 else None
        row["queries"] = counted[path]


def chosen(name: str) -> bool:
    wanted = [part.strip().lower() for part in os.environ.get("BENCH_ONLY", "").split(",") if part.strip()]
    return not wanted or any(part in name.lower() for part in wanted)


def chosen_targets(targets) -> list:
    return [t for t in targets if t.name == TRIVIAL or chosen(t.name)]


def run_signup_drill(env: dict, workdir: Path):
    """The sign-up drill on a server of its own, with the production rate limit and spam guard."""
    from django.conf import settings

    print(f"  {SIGNUP_DRILL}: {DRILL_WORKERS} workers ...", flush=True)
    with Server("sign-ups", {**env, "GUNICORN_WORKERS": str(DRILL_WORKERS)}, workdir, ready_path="/healthz") as server:
        wait = settings.CARE_REQUEST_MIN_FILL_SECONDS
        drill = signup_drill(server.port, workers=DRILL_WORKERS, min_fill_seconds=wait)
    if drill.errors:
        print(f"gunicorn's log ends with:\n{tail(server.log)}", flush=True)
    return drill


def stop_on_signal(number, frame):
    """SIGTERM and SIGHUP unwind like Ctrl-C, so that every server and database is cleaned up."""
    raise KeyboardInterrupt


def main() -> None:
    for tool, package in (("wrk", "wrk"), ("redis-server", "redis-server")):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install -y {package}")
    # Ctrl-C too when started in the background, where a shell makes processes ignore it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGHUP, stop_on_signal)
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    duration = int(os.environ.get("BENCH_DURATION", "3" if quick else "8"))
    load = os.getloadavg()[0]
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="portal-bench-")))
        redis_url = stack.enter_context(redis_server(workdir))
        database_url = stack.enter_context(bench_database(workdir))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "MEDIA_ROOT": os.environ.get("BENCH_MEDIA_ROOT", str(workdir / "media")),
            "GUNICORN_WORKERS": "2",
            "GUNICORN_ACCESS_LOG": "",
            "LOG_LEVEL": "WARNING",
        }
        if os.environ.get("BENCH_SEED", "1") != "0":
            print(f"Seeding {database_url} ...", flush=True)
            # Renditions and search indexing run at once rather than waiting for a task worker.
            seed(
                {**env, "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
                QUICK_SIZE if quick else FULL_SIZE,
            )
        manage(env, "collectstatic", "--noinput", "-v", "0")
        setup_django(env)
        from django.db import connections

        stack.callback(connections.close_all)
        from bench.targets import targets

        rows = measure(env, workdir, chosen_targets(targets()), duration)
        count_queries(rows)
        drill = run_signup_drill(env, workdir) if chosen(SIGNUP_DRILL) else None
    size = QUICK_SIZE if quick else FULL_SIZE
    heading = (
        f"{datetime.now():%Y-%m-%d %H:%M}, {database_url.split(':', 1)[0]}, {'quick' if quick else 'full'} run "
        f"({size[0]:,} services, {duration} s per measurement), load average {load:.1f} before; {drift(rows)}"
    )
    print_report(rows, heading)
    drill_lines = drill.lines() if drill else []
    print("\n" + "\n".join(drill_lines) if drill_lines else "")
    write_markdown(rows, heading, MARKDOWN, drill_lines)
    print(f"\nThe table is in {MARKDOWN.relative_to(ROOT)}.")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit("\nStopped; every server, database and temporary file of the run is removed.")
