"""Real-browser tests: Debian's Chromium driven by Playwright against a real server.

The server runs in its own process on its own SQLite database with the demo content, whatever
database the rest of the suite uses, so what the browser sees is what `make run` shows.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LANGUAGES = ("fr", "de", "lb", "en")

LIST_PAGES = """
import json
from wagtail.models import Page
seen = {}
for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
    key = (type(page).__name__, page.locale.language_code)
    seen.setdefault(key, page.get_url())
print(json.dumps([[name, language, url] for (name, language), url in seen.items()]))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(*args: str, env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """Base URL of a server with the demo content, and one URL per page type and language."""
    workdir = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "true",
    }
    _manage("migrate", "--noinput", "-v", "0", env=env)
    _manage("load_demo_content", env=env)
    pages = json.loads(_manage("shell", "-c", LIST_PAGES, env=env).strip().splitlines()[-1])
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base_url}/fr/", timeout=1)  # noqa: S310 -- our own local server
            break
        except OSError:
            time.sleep(0.2)
    yield {"base_url": base_url, "pages": pages}
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; these tests touch no database.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser, site):
    """A fresh browser tab; console errors and CSP violations are collected in ``page.problems``."""
    context = browser.new_context(base_url=site["base_url"])
    tab = context.new_page()
    tab.problems = []
    tab.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")  # reported with its URL below
            and tab.problems.append(message.text)
        ),
    )
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    tab.on(
        "response", lambda response: response.status >= 400 and tab.problems.append(f"{response.status} {response.url}")
    )
    yield tab
    context.close()


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A and AA violations on the current page (injected without touching the CSP)."""
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }"""
    )
    return result
