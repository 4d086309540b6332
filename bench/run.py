# ruff: noqa: S310, S603, S607 - runs local tools (manage.py, gunicorn, wrk) against the loopback interface only
"""`make bench`: seed a throwaway database, serve it with gunicorn (2 workers, production settings,
DEBUG off) on the loopback interface and measure pages with wrk. Prints figures; asserts nothing.

Environment:
- BENCH_DATABASE: ``sqlite`` (default, a file in a temporary folder) or ``postgres`` (a database
  created on the server of BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres,
  and dropped afterwards);
- BENCH_DATABASE_URL: an existing empty database to seed and keep instead; with BENCH_SEED=0, a
  database seeded before, measured as it is;
- BENCH_MEDIA_ROOT: where the seeded images and documents go (default: the temporary folder); set
  it with BENCH_DATABASE_URL so that a database kept for later runs keeps its files too;
- BENCH_DURATION: seconds per measurement (default 10); BENCH_CONNECTIONS: default "4,32";
- BENCH_ONLY: comma-separated parts of target names to measure, e.g. "directory" (the trivial view
  is always measured);
- BENCH_REDIS_URL: use Redis as the cache instead of each worker's memory.
"""

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
REPORT_LUA = str(Path(__file__).with_name("report.lua"))
RESULTS = ROOT / "bench-results"
LINE = re.compile(
    r"BENCH "
    + r" ".join(
        rf"{name}=(?P<{name}>[\d.]+)"
        for name in ("requests", "seconds", "p50_us", "p95_us", "p99_us", "non2xx", "socket_errors", "timeouts")
    )
)
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
# Issue 3's figure: a directory search with a query and two filters at 4 connections.
DIRECTORY_SEARCH = "Directory search"
DIRECTORY_SEARCH_CONNECTIONS = 4
DIRECTORY_SEARCH_P95_GOAL_MS = 150


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, quiet: bool = False) -> None:
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=output)


def seed(env) -> None:
    """Migrate, load the demo content and the synthetic directory, timing each step.

    The production settings plus the demo app (``demo.settings``), which production does not install.
    """
    env = {**env, "DJANGO_SETTINGS_MODULE": "demo.settings"}
    steps = [
        ("migrate", ["migrate", "--noinput", "-v", "0"]),
        ("demo content", ["load_demo_content"]),
        ("synthetic directory", ["generate_synthetic_directory"]),
        ("synthetic pages", ["generate_synthetic_pages"]),
    ]
    for name, args in steps:
        started = time.monotonic()
        manage(env, *args, quiet=name == "demo content")
        print(f"  {name}: {time.monotonic() - started:.0f} s", flush=True)


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


def resolve_targets(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import django

    django.setup()
    from targets import TRIVIAL, targets

    return TRIVIAL, targets()


class Server:
    def __init__(self, env, page_cache: bool):
        self.port = free_port()
        self.env = {
            **env,
            "PAGE_CACHE_SECONDS": "300" if page_cache else "0",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
        }

    def __enter__(self):
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "portal/gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not become healthy within 120 s")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

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
        "socket_errors": int(numbers["socket_errors"]),
        "timeouts": int(numbers["timeouts"]),
    }


def warm(server: Server, path: str) -> None:
    for _ in range(3):
        with urllib.request.urlopen(server.url(path), timeout=60) as response:
            response.read()


def chosen_targets(targets, trivial_name: str) -> list:
    wanted = [part.strip().lower() for part in os.environ.get("BENCH_ONLY", "").split(",") if part.strip()]
    return [
        target
        for target in targets
        if target.name == trivial_name or not wanted or any(part in target.name.lower() for part in wanted)
    ]


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk")
    duration = int(os.environ.get("BENCH_DURATION", "10"))
    levels = [int(level) for level in os.environ.get("BENCH_CONNECTIONS", "4,32").split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    try:
        with bench_database(workdir) as database_url:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "portal.settings.production",
                "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DATABASE_URL": database_url,
                "REDIS_URL": os.environ.get("BENCH_REDIS_URL", ""),
                "MEDIA_ROOT": os.environ.get("BENCH_MEDIA_ROOT", str(workdir / "media")),
                "SECURE_SSL_REDIRECT": "0",
                "BENCH": "1",
                "GUNICORN_WORKERS": "2",
                "GUNICORN_ACCESS_LOG": "",
                "LOG_LEVEL": "WARNING",
                "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            }
            if os.environ.get("BENCH_SEED", "1") != "0":
                print(f"Seeding {database_url} ...", flush=True)
                seed(env)
            manage(env, "collectstatic", "--noinput", "-v", "0")
            trivial_name, targets = resolve_targets(env)
            rows = measure(env, chosen_targets(targets, trivial_name), trivial_name, levels, duration)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nDatabase: {database_url.split(':', 1)[0]}; load average before the table: {os.getloadavg()[0]:.1f}")
    print_table(rows, trivial_name)
    print_directory_search(rows)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(rows, indent=2))


def measure(env, targets, trivial_name: str, levels: list[int], duration: int) -> list[dict]:
    rows = []
    for page_cache in (True, False):
        mode = "cached" if page_cache else "uncached"
        with Server(env, page_cache) as server:
            chosen = [t for t in targets if t.page or page_cache or t.name == trivial_name]
            # The baseline first, so that every page is compared with a server in the same state.
            chosen.sort(key=lambda t: t.name != trivial_name)
            for target in chosen:
                warm(server, target.path)
                for connections in levels:
                    print(f"  {mode:8} {target.name} at {connections} connections ...", flush=True)
                    result = wrk(server.url(target.path), connections, duration)
                    rows.append(
                        {
                            "target": target.name,
                            "path": target.path,
                            "page": target.page,
                            "mode": mode,
                            "connections": connections,
                            **result,
                        }
                    )
    return rows


ROW = "{:32} {:8} {:>5} {:>9} {:>8} {:>8} {:>8} {:>8} {:>7} {:>10}"


def print_table(rows: list[dict], trivial_name: str) -> None:
    """One line per measurement; "% trivial" compares with the trivial view of the same server and load."""
    trivial = {(r["mode"], r["connections"]): r["rps"] for r in rows if r["target"] == trivial_name}
    header = ROW.format(
        "target", "cache", "conn", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors", "% trivial"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for row in rows:
        base = trivial.get((row["mode"], row["connections"]))
        print(
            ROW.format(
                row["target"][:32],
                row["mode"] if row["page"] else "-",
                row["connections"],
                f"{row['rps']:.0f}",
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['p99_ms']:.1f}",
                row["non2xx"],
                row["socket_errors"] + row["timeouts"],
                f"{100 * row['rps'] / base:.1f}%" if base else "-",
            )
        )


def print_directory_search(rows: list[dict]) -> None:
    """Issue 3's figure, uncached (a search is never cached; both runs are shown)."""
    for row in rows:
        if row["target"].startswith(DIRECTORY_SEARCH) and row["connections"] == DIRECTORY_SEARCH_CONNECTIONS:
            verdict = "met" if row["p95_ms"] < DIRECTORY_SEARCH_P95_GOAL_MS and not row["non2xx"] else "missed"
            print(
                f"{row['target']} ({row['mode']} server), {DIRECTORY_SEARCH_CONNECTIONS} connections: "
                f"p50 {row['p50_ms']:.0f} ms, p95 {row['p95_ms']:.0f} ms, p99 {row['p99_ms']:.0f} ms, "
                f"{row['rps']:.0f} req/s, {row['non2xx']} non-2xx: "
                f"goal p95 < {DIRECTORY_SEARCH_P95_GOAL_MS} ms {verdict}"
            )


if __name__ == "__main__":
    main()
