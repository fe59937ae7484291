"""The first five minutes of a new user: set up, find a template, compose, fix a finding, save, publish, look back.

The tests run in order on one browser page; each leaves the page where the next one starts.
"""

import re

from playwright.sync_api import expect

from conftest import ARTIFACTS, screenshot

STATE = {}


def test_first_run_setup(page, base_url, setup_link):
    page.goto(setup_link)
    expect(page.get_by_role("heading", name="Set up Jobsmith")).to_be_visible()
    screenshot(page, "01-setup")
    page.get_by_label("Organization name").fill("Acme Robotics")
    page.get_by_label("Your name").fill("Ada Lovelace")
    page.get_by_label("Email").fill("ada@acme.test")
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Password again").fill("correct horse battery")
    page.get_by_role("button", name="Create organization and sign in").click()
    expect(page).to_have_url(re.compile(r"/\?notice=welcome$"))
    expect(page.get_by_role("heading", name="No job descriptions yet")).to_be_visible()
    screenshot(page, "02-empty-dashboard")
    # The link is single-use.
    response = page.request.get(setup_link)
    assert response.status == 404


def test_keyboard_reaches_the_skip_link_first(page):
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"


def test_library_search_as_you_type(page, base_url):
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Library").click()
    expect(page.get_by_role("heading", name="Template library")).to_be_visible()
    page.get_by_label("Search templates").press_sequentially("backend", delay=40)
    results = page.locator("#library-results")
    expect(results.get_by_role("link", name="Backend Developer", exact=True)).to_be_visible()
    expect(results).not_to_contain_text("Registered Nurse")
    expect(page).to_have_url(re.compile(r"/library\?q=backend$"))
    screenshot(page, "03-library")
    results.get_by_role("link", name="Backend Developer", exact=True).click()
    expect(page.get_by_role("heading", name="Backend Developer", level=1)).to_be_visible()
    screenshot(page, "04-template-preview")


def test_compose_backend_developer(page):
    page.get_by_role("link", name="Use this template").click()
    expect(page.get_by_label("Template")).to_have_value("backend-developer")
    page.get_by_label("City").fill("Denver")
    page.get_by_label("State or region").fill("CO")
    page.get_by_label("Country code").fill("US")
    page.get_by_label("Work mode").select_option("hybrid")
    page.get_by_label("From").fill("110000")
    page.get_by_label("To").fill("140000")
    page.get_by_label("Currency").fill("USD")
    screenshot(page, "05-compose")
    page.get_by_role("button", name="Create draft and open the editor").click()
    expect(page).to_have_url(re.compile(r"/jobs/[0-9a-f-]{36}\?notice=created$"))
    STATE["job"] = re.search(r"/jobs/([0-9a-f-]{36})", page.url).group(1)
    expect(page.get_by_role("heading", name="Backend Developer", level=1)).to_be_visible()
    expect(page.locator("#preview")).to_contain_text("Denver")


def test_edit_a_responsibility_and_apply_a_suggestion(page):
    field = page.locator("#f-responsibilities-0")
    field.fill("Be a rockstar ninja who ships reliable APIs")
    findings = page.locator('.field-findings[data-for="f-responsibilities-0"]')
    expect(findings).to_contain_text("rockstar")
    expect(findings.locator("mark").first).to_have_text("rockstar")
    expect(page.locator("#quality")).to_contain_text("rockstar")
    expect(page.locator("#preview")).to_contain_text("Be a rockstar ninja")
    page.locator("#f-responsibilities").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -120)")
    screenshot(page, "06-editor-finding", full_page=False)
    findings.get_by_role("button", name=re.compile("Replace “rockstar”")).click()
    expect(field).to_have_value("Be a skilled ninja who ships reliable APIs")
    findings.get_by_role("button", name=re.compile("Replace “ninja”")).click()
    expect(field).to_have_value("Be a skilled expert who ships reliable APIs")
    expect(findings).not_to_contain_text("rockstar")
    expect(page.locator("#preview")).to_contain_text("Be a skilled expert")
    assert not page.script_errors, page.script_errors


def test_reorder_and_add_items_in_place(page):
    section = page.locator("#f-responsibilities")
    second = page.locator("#f-responsibilities-1").input_value()
    section.get_by_role("button", name="Move Responsibility 2 up").click()
    expect(page.locator("#f-responsibilities-0")).to_have_value(second)
    expect(page.locator("#f-responsibilities-1")).to_have_value("Be a skilled expert who ships reliable APIs")
    count = section.locator("textarea").count()
    section.get_by_role("button", name="Add Responsibility").click()
    expect(section.locator("textarea")).to_have_count(count + 1)
    expect(page.locator(f"#f-responsibilities-{count}")).to_be_focused()
    page.locator(f"#f-responsibilities-{count}").fill("Keep the on-call runbooks current")


def test_save(page):
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page).to_have_url(re.compile(r"\?notice=saved&n=2$"))
    expect(page.get_by_role("status").first).to_contain_text("Saved as version 2.")
    expect(page.locator("#f-responsibilities-1")).to_have_value("Be a skilled expert who ships reliable APIs")
    screenshot(page, "07-editor-saved")


def test_publish_and_open_the_public_page(page, base_url):
    page.goto(base_url + "/jobs/" + STATE["job"])
    page.get_by_role("navigation", name="This job description").get_by_role("link", name="Publish").click()
    expect(page.get_by_role("heading", name="Publish", exact=True)).to_be_visible()
    expect(page.locator(".meta .badge")).to_have_text("Not published")
    page.get_by_label("Apply email").fill("jobs@acme.test")
    screenshot(page, "08-publish")
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page).to_have_url(re.compile(r"/publish\?notice=published$"))
    expect(page.get_by_role("heading", name="On your public board")).to_be_visible()
    page.get_by_role("link", name="Open the public page").click()
    expect(page).to_have_url(re.compile(r"/boards/acme-robotics/jobs/[0-9a-f-]{36}$"))
    expect(page.get_by_role("heading", name="Backend Developer", level=1)).to_be_visible()
    assert "JobPosting" in page.locator('script[type="application/ld+json"]').first.text_content()
    screenshot(page, "09-public-page")
    STATE["public"] = page.url
    page.go_back()
    page.reload()
    expect(page.locator(".stats")).to_contain_text("1 views")


def test_history_and_diff(page, base_url):
    page.goto(base_url + "/jobs/" + STATE["job"] + "/history")
    expect(page.get_by_role("link", name="Version 2", exact=True)).to_be_visible()
    expect(page.locator("table.versions")).to_contain_text("Ada Lovelace")
    page.get_by_role("button", name="Show changes").click()
    expect(page.locator(".diff-view")).to_contain_text("Be a skilled expert who ships reliable APIs")
    expect(page.locator(".diff-view")).to_contain_text("Keep the on-call runbooks current")
    screenshot(page, "10-history-diff")


def test_dashboard_lists_the_draft(page, base_url):
    page.goto(base_url + "/")
    row = page.locator("table.jobs tbody tr").first
    expect(row).to_contain_text("Backend Developer")
    expect(row).to_contain_text("Published")
    expect(row).to_contain_text("by Ada Lovelace")
    screenshot(page, "11-dashboard", full_page=False)
    download_link = row.get_by_text("Export")
    download_link.click()
    with page.expect_download() as download:
        row.get_by_role("link", name="Markdown").click()
    assert download.value.suggested_filename == "backend-developer-v2.md"


def test_places_and_pay_zones_without_javascript(browser, base_url, page):
    # The form works with plain posts: a context without JavaScript adds a place and a pay zone and saves.
    cookies = page.context.cookies()
    plain = browser.new_context(java_script_enabled=False)
    plain.add_cookies(cookies)
    editor = plain.new_page()
    editor.goto(base_url + "/jobs/" + STATE["job"])
    editor.get_by_role("button", name="Add place").click()
    editor.get_by_label("Place 2: city").fill("Seattle")
    editor.get_by_label("Place 2: state or region").fill("WA")
    editor.get_by_label("Place 2: country code").fill("US")
    editor.get_by_label("Countries they may live in").fill("US")
    editor.get_by_role("button", name="Add pay zone").click()
    editor.get_by_label("Zone 1: name").fill("Zone A")
    editor.get_by_label("Seattle, WA, US").check()
    editor.get_by_label("Zone 1: salary from").fill("140000")
    editor.get_by_label("Zone 1: salary to").fill("170000")
    editor.get_by_label("Zone 1: currency").fill("USD")
    editor.get_by_role("button", name="Add other compensation").click()
    editor.get_by_label("Pay 1: kind").select_option("bonus")
    editor.get_by_label("Pay 1: description").fill("Annual bonus of up to 10%")
    screenshot(editor, "11b-places-and-pay")
    editor.get_by_role("button", name="Save", exact=True).click()
    expect(editor).to_have_url(re.compile(r"\?notice=saved&n=3$"))
    expect(editor.get_by_label("Place 2: city")).to_have_value("Seattle")
    expect(editor.get_by_label("Seattle, WA, US")).to_be_checked()
    editor.goto(base_url + "/compliance")
    expect(editor.get_by_role("heading", name="Compliance report")).to_be_visible()
    plain.close()


def test_import_reviews_before_saving(page, base_url):
    page.goto(base_url + "/import")
    page.get_by_label("Paste the text").fill(
        "Office Manager\n\nAbout the role\nKeep our office running.\n\nResponsibilities\n- Order supplies\n- Welcome visitors\n"
    )
    page.get_by_role("button", name="Read it").click()
    expect(page.get_by_role("heading", name="Review the import")).to_be_visible()
    expect(page.locator("#f-responsibilities-1")).to_have_value("Welcome visitors")
    screenshot(page, "12-import-review")
    page.get_by_role("button", name="Save as a new draft").click()
    expect(page).to_have_url(re.compile(r"\?notice=imported$"))


def test_settings_profile_and_token(page, base_url):
    page.goto(base_url + "/settings")
    page.get_by_label("Employee count").fill("120")
    page.get_by_label("Benefits").fill("Health insurance\nLearning budget")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("status").first).to_contain_text("Company profile saved.")
    page.get_by_label("New token name").fill("ATS sync")
    page.get_by_role("button", name="Create token").click()
    token = page.get_by_label("Token", exact=True).input_value()
    assert token.startswith("jsm_")
    response = page.request.get(base_url + "/api/v1/job-descriptions", headers={"Authorization": f"Bearer {token}"})
    assert response.status == 200
    screenshot(page, "13-settings")


def test_library_filters_and_empty_state_on_a_phone(browser, base_url, page):
    cookies = page.context.cookies()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone.add_cookies(cookies)
    mobile = phone.new_page()
    mobile.goto(base_url + "/library")
    results = mobile.locator("#library-results")
    mobile.get_by_label("Search templates").press_sequentially("nurse", delay=40)
    expect(mobile).to_have_url(re.compile(r"/library\?q=nurse$"))
    # The options count what choosing them gives for the text typed.
    family = mobile.locator("#family option[value=nursing]")
    expect(family).to_have_text(re.compile(r"^Nursing \(\d+\)$"))
    nursing = int(re.search(r"\((\d+)\)", family.text_content()).group(1))
    mobile.get_by_label("Job family").select_option("nursing")
    expect(mobile).to_have_url(re.compile(r"/library\?q=nurse&family=nursing$"))
    expect(results.locator(".result-count")).to_have_text(f"{nursing} templates")
    expect(results.get_by_role("link", name="Registered Nurse", exact=True)).to_be_visible()
    expect(results).not_to_contain_text("School Counselor")
    mobile.get_by_label("Level").select_option("mid")
    expect(mobile).to_have_url(re.compile(r"/library\?q=nurse&level=mid&family=nursing$"))
    expect(mobile.locator("#level option[value=mid]")).to_have_text(re.compile(r"^Mid \(\d+\)$"))
    mid = int(re.search(r"\((\d+)\)", mobile.locator("#level option[value=mid]").text_content()).group(1))
    expect(results.locator(".result-count")).to_have_text(f"{mid} templates" if mid != 1 else "1 template")
    width = mobile.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the filtered library scrolls sideways on a phone ({width}px)"
    screenshot(mobile, "14a-phone-library-filters")

    # Nothing matches: the nearest roles and a blank start, still within the screen.
    mobile.get_by_label("Level").select_option("")
    mobile.get_by_label("Job family").select_option("")
    search = mobile.get_by_label("Search templates")
    search.fill("")
    search.press_sequentially("electrision", delay=40)
    expect(results).to_contain_text("No template matches this search")
    expect(results.get_by_role("heading", name="Roles with a similar title")).to_be_visible()
    expect(results.get_by_role("link", name=re.compile("Electrician"))).not_to_have_count(0)
    width = mobile.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the library's empty state scrolls sideways on a phone ({width}px)"
    screenshot(mobile, "14b-phone-library-empty")
    results.get_by_role("button", name="Start from a blank description").click()
    expect(mobile).to_have_url(re.compile(r"/jobs/[0-9a-f-]{36}\?notice=created$"))
    expect(mobile.get_by_label("Job title", exact=True)).to_have_value("Untitled job description")
    phone.close()

    # Without JavaScript the same filters are a plain GET form, kept in the address.
    plain = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    plain.add_cookies(cookies)
    form = plain.new_page()
    form.goto(base_url + "/library")
    form.get_by_label("Search templates").fill("registered nurse")
    form.get_by_label("Department").select_option("retail")
    form.get_by_role("button", name="Search").click()
    expect(form).to_have_url(re.compile(r"/library\?q=registered\+nurse&department=retail&level=&family=$"))
    expect(form.get_by_role("heading", name="Matches without the filters")).to_be_visible()
    expect(form.get_by_role("link", name="Registered Nurse", exact=True)).to_be_visible()
    plain.close()


def test_phone_layout(browser, base_url, page):
    cookies = page.context.cookies()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone.add_cookies(cookies)
    mobile = phone.new_page()
    mobile.goto(base_url + "/jobs/" + STATE["job"])
    expect(mobile.get_by_role("heading", name="Backend Developer", level=1)).to_be_visible()
    width = mobile.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the editor scrolls sideways on a phone ({width}px)"
    mobile.screenshot(path=str(ARTIFACTS / "14-phone-editor.png"), full_page=True)
    # Tables scroll inside their frame; the page itself never scrolls sideways.
    for path in ["/", "/compliance", "/people", "/settings", "/library", "/jobs/" + STATE["job"] + "/history"]:
        mobile.goto(base_url + path)
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways on a phone ({width}px)"
    phone.close()


def test_error_pages_and_sign_out(page, base_url):
    response = page.goto(base_url + "/jobs/00000000-0000-0000-0000-000000000000")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in to Jobsmith")).to_be_visible()
    page.goto(base_url + "/")
    expect(page).to_have_url(re.compile(r"/login"))
