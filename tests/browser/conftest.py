"""Real-browser tests: Debian's Chromium driven by Playwright against a real server.

The server runs in its own process on its own SQLite database with the demo content, whatever
database the rest of the suite uses, so what the browser sees is what `make run` shows.
"""

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

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
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
SEED = "from tests.browser.seed import seed; seed()"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(command: list[str], *, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """Start a server on a free port and wait until it answers (whatever the status)."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, *command, f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base_url}/fr/", timeout=2)  # noqa: S310 -- our own local server
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            time.sleep(0.2)
    return server, base_url


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=10)


_PREPARATION = pytest.StashKey[tuple]()


def start_site_preparation(config) -> None:
    """Migrate, load the demo content and seed the browser site's database in the background.

    Called once the tests are collected, when browser tests are among them: the preparation takes
    minutes and needs no database of the rest of the suite, so it runs on the other core while the
    other tests run (the browser tests come last, see ``tests/conftest.py``).
    """
    workdir = Path(tempfile.mkdtemp(prefix="portal-browser-site-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "SERVE_MEDIA": "true",
    }
    manage = f"{shlex.quote(sys.executable)} manage.py"
    script = (
        f"{manage} migrate --noinput -v 0 && {manage} load_demo_content > /dev/null"
        f" && {manage} shell -c {shlex.quote(SEED)} > {shlex.quote(str(workdir / 'facts.json'))}"
    )
    log = (workdir / "preparation.log").open("w")
    process = subprocess.Popen(["/bin/bash", "-c", script], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    config.stash[_PREPARATION] = (process, workdir, env)


@pytest.fixture(scope="session")
def site(request):
    """A server with the demo content, the people of ``seed.py`` and one URL per page type and language.

    Also gives the seed's facts (password, contact form URLs) and the folder where emails are written.
    """
    if _PREPARATION not in request.config.stash:
        start_site_preparation(request.config)
    process, workdir, env = request.config.stash[_PREPARATION]
    if process.wait() != 0:
        pytest.fail("preparing the browser site failed:\n" + (workdir / "preparation.log").read_text()[-3000:])
    facts = json.loads((workdir / "facts.json").read_text().strip().splitlines()[-1])
    server, base_url = _serve(["manage.py", "runserver", "--noreload"], env=env)
    yield {**facts, "base_url": base_url, "env": env, "mail_dir": workdir / "mail"}
    _stop(server)
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def unavailable_site(site):
    """The same site served by gunicorn with its database unreachable (nothing listens on port 1)."""
    env = {**site["env"], "DATABASE_URL": "postgres://postgres@127.0.0.1:1/portal"}
    server, base_url = _serve(["-m", "gunicorn", "--workers", "1", "portal.wsgi:application", "--bind"], env=env)
    yield base_url
    _stop(server)


def page_url(site, page_type: str, language: str) -> str:
    """The URL of the first live page of that type in that language."""
    return next(url for name, lang, url in site["pages"] if (name, lang) == (page_type, language))


def translated(language: str, message: str, **values) -> str:
    """An interface message as the site shows it in ``language`` (from the same catalogues)."""
    with translation.override(language):
        return gettext(message) % values if values else gettext(message)


def sent_emails(site) -> list[EmailMessage]:
    """Every email the server has sent so far (Django's file backend: messages separated by a line of dashes)."""
    messages = []
    for path in sorted(site["mail_dir"].glob("*.log")):
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if raw.strip():
                messages.append(BytesParser(policy=policy.default).parsebytes(raw.lstrip()))
    return messages


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


def open_tab(context):
    """A tab of ``context``; console errors, CSP violations and 4xx/5xx responses are collected in ``problems``."""
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
    return tab


@pytest.fixture
def page(browser, site):
    """A fresh browser tab for an anonymous visitor (see ``open_tab``)."""
    context = browser.new_context(base_url=site["base_url"])
    yield open_tab(context)
    context.close()


@pytest.fixture
def sign_in(browser, site):
    """``sign_in(username)`` gives a tab of a new browser session signed in to the admin as that person."""
    contexts = []

    def signed_in_tab(username: str):
        context = browser.new_context(base_url=site["base_url"])
        contexts.append(context)
        tab = open_tab(context)
        tab.goto("/admin/login/")
        tab.fill("#id_username", username)
        tab.fill("#id_password", site["password"])
        tab.locator("main button[type=submit]").click()
        tab.wait_for_url("**/admin/")
        return tab

    yield signed_in_tab
    for context in contexts:
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
