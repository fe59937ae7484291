"""Fixtures for the end-to-end suite: a running Jobsmith server (started by scripts/e2e.sh) and a headless Chromium."""

import os
import pathlib

import pytest
from playwright.sync_api import sync_playwright

ARTIFACTS = pathlib.Path(os.environ.get("JOBSMITH_E2E_ARTIFACTS", "e2e-artifacts"))


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("JOBSMITH_E2E_URL")
    if not url:
        pytest.exit("JOBSMITH_E2E_URL is not set: run the suite with scripts/e2e.sh", returncode=2)
    return url.rstrip("/")


@pytest.fixture(scope="session")
def setup_link():
    link = os.environ.get("JOBSMITH_E2E_SETUP_LINK")
    if not link:
        pytest.exit("JOBSMITH_E2E_SETUP_LINK is not set: run the suite with scripts/e2e.sh", returncode=2)
    return link


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        # Debian's Chromium; Playwright's own browser download is not used.
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("JOBSMITH_E2E_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="en-US")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.script_errors = errors
    yield page
    context.close()


def screenshot(page, name, full_page=True):
    """Saves a screenshot of the current screen as e2e-artifacts/NAME.png: the whole page, or what the window shows."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)
