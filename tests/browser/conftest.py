"""A local static server for the built site and a Playwright page in Debian's chromium."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import ROOT, mkdocs_build, mkdocs_setting

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def base_url(tmp_path_factory):
    """Serve a build of the site made for this address, and return the address.

    Material's instant navigation only takes over links that match the sitemap, whose URLs
    come from site_url; so this build gets the local server's address as its site_url.
    """
    site = tmp_path_factory.mktemp("served") / "site"
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = mkdocs_build(ROOT, site, site_url=url)
    assert result.returncode == 0, result.stdout + result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not (os.path.isfile(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Debian's chromium not found at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing browser is a failure, never a skip
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


def _repo_facts_prefix() -> str:
    """Return the one outside URL the site may call: Material's repository facts (repo_url)."""
    repo = mkdocs_setting("repo_url")
    return "https://api.github.com/repos/" + repo.split("github.com/", 1)[1].strip("/")


@pytest.fixture
def page(browser):
    """A phone-sized page; any request to another host fails the test (tests run offline)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    allowed = _repo_facts_prefix()
    outside = []

    def offline(route):
        if not route.request.url.startswith(allowed):
            outside.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith(("http://127.0.0.1", "data:", "blob:")), offline)
    yield page
    context.close()
    assert outside == [], f"requests to other hosts: {outside}"
