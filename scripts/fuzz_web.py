#!/usr/bin/env python3
"""Hostile-input fuzzer for a running Jobsmith server: the web app's forms and links, signed in, and a hostile API corpus.

First a fixed corpus of known-dangerous requests (the defects of issue 10 and their relatives) runs against the web app
and the API; then hypothesis generates cases: a route of the web app (or an API list), and for each of its form fields
and query parameters a hostile value (huge and negative numbers, 1e308, NaN, NUL and other control characters,
megabyte strings, forged cursors and editor action names), the field left out, or sent several times.

A case fails on any 5xx answer, on no answer within the timeout (a hang), or when the server stops answering (a crash).
The last line is "fuzz-web: N passed, M failed". Usage:

    scripts/fuzz_web.py --url http://127.0.0.1:PORT --email E --password P --token T [--cases N] [--seconds S] [--seed S]

scripts/fuzz-web.sh starts a server on a scratch database (SQLite or PostgreSQL), seeds it and runs this.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import re
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

# --- Hostile values ------------------------------------------------------------------------------------------------


def cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


INT64_MAX = "9223372036854775807"
NUMBERS = [
    "0", "-0", "1", "-1", "2", "24", "10000", "10001", INT64_MAX, "9223372036854775808", "-9223372036854775808",
    "18446744073709551616", "99999999999999999999999999999", "400000000000000000", "100000000000000000", "1e17", "1e308",
    "-1e308", "1e309", "1e-400", "NaN", "nan", "-nan", "inf", "-inf", "Infinity", "0x7fffffff", "1.5", "1,000,000",
    "1_000", "١٢٣", "+5", " 7 ", "1" * 400,
]
CONTROL = ["\x00", "a\x00b", "\x01", "\x1b[31mred", "\x7f", "\u0085", "\u009f", "tab\there", "line\r\nbreak", "\u202eevil", "\ufeff"]
MARKUP = [
    "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "{{title}}", "{{#kpis}}x{{/kpis}}", "' OR 1=1 --",
    "../../etc/passwd", "%00", "%", "%zz", "javascript:alert(1)", "//evil.example", "https://user:pw@evil.example",
    "https://acme.example/köln?a=ü|x", "mailto:a@b.example", "a@b", "@", "😀" * 300, "\u0301" * 500,
]
DATES = ["2030-01-01", "9999-12-31", "0000-00-00", "2030-02-30", "99999-01-01", "2030-01-01T00:00:00.000Z", "-1", "tomorrow"]
FORGED = [
    cursor(f"{INT64_MAX}|{uuid.uuid4()}"), cursor(f"-9223372036854775808|{uuid.uuid4()}"), cursor("-1|x"), cursor("1|" + "a" * 36),
    cursor(f"1|{uuid.uuid4()}\x00"), "!!!", "=" * 10, "A" * 5000,
]
ACTIONS = [
    f"down:responsibilities:{INT64_MAX}", "up:responsibilities:-9223372036854775808", "remove:kpis:99999999999999999999",
    f"down:kpis:{INT64_MAX}", f"up:otherSections:{INT64_MAX}", "down:benefits:-1", "add:nothing", "add:kpis", "remove:tools:0",
    f"apply|/title|0|{INT64_MAX}|x", "apply|/summary|-1|0|x", "apply|/responsibilities/0|5|2|x", f"apply|/kpis/{INT64_MAX}/name|0|1|x",
    "apply|/title|0|1|" + "\x00", "down:responsibilities", "save", "check", "",
    "add:locations", f"remove:locations:{INT64_MAX}", "down:locations:0", "add:payByLocation", "remove:payByLocation:-1",
    "add:otherCompensation", "remove:otherCompensation:0",
]
LARGE = ["a" * 100_000, "x" * (1 << 20), ("word " * 60_000)]
CORPUS_VALUES = NUMBERS + CONTROL + MARKUP + DATES + FORGED + ACTIONS


def hostile_value() -> st.SearchStrategy[str]:
    """One form or query value: mostly the crafted list, often arbitrary text, integers or floats, and now and then a
    string of 100 KB to 1 MiB (one in 40, as a whole form of them is refused with 413 before anything else runs)."""
    ordinary = st.one_of(
        st.sampled_from(CORPUS_VALUES),
        st.sampled_from(CORPUS_VALUES),
        st.text(max_size=200),
        st.integers().map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )
    return st.integers(min_value=0, max_value=39).flatmap(lambda n: st.sampled_from(LARGE) if n == 0 else ordinary)


# --- Routes --------------------------------------------------------------------------------------------------------

DOCUMENT_FIELDS = [
    "version", "title", "summary", "responsibilities", "requirements", "niceToHave", "kpis.name", "kpis.description", "reportsTo",
    "collaboratesWith", "leads", "tools", "qualifications", "benefits", "otherSections.heading", "otherSections.body",
    "location.city", "location.region", "location.country", "workplaceType", "employmentType", "salary.min", "salary.max",
    "salary.currency", "salary.period", "action",
    # Every place, remote eligibility, pay zones (indexed) and other compensation.
    "locations.city", "locations.region", "locations.country", "locations.postalCode", "remote.countries", "remote.regions",
    "payByLocation.0.present", "payByLocation.0.name", "payByLocation.0.places", "payByLocation.0.salary.min",
    "payByLocation.0.salary.max", "payByLocation.0.salary.currency", "payByLocation.0.salary.period",
    "payByLocation.1.present", "payByLocation.1.places", "payByLocation.1.salary.min",
    "otherCompensation.kind", "otherCompensation.description",
]


@dataclass
class Route:
    method: str
    path: str
    fields: list[str] = field(default_factory=list)
    api: bool = False


ROUTES = [
    Route("GET", "/", ["q", "status", "cursor", "notice", "n"]),
    Route("GET", "/login", ["next", "notice"]),
    Route("GET", "/library", ["q", "department", "level", "family", "page", "fragment"]),
    Route("POST", "/library/blank"),
    Route("GET", "/library/{slug}"),
    Route("GET", "/compose", ["template"]),
    Route("POST", "/compose", ["template", "title", "team", "location.city", "location.region", "location.country", "workplaceType",
                               "employmentType", "salary.min", "salary.max", "salary.currency", "salary.period"]),
    Route("GET", "/jobs/{id}", ["notice", "n"]),
    Route("GET", "/compliance"),
    Route("GET", "/compliance.csv"),
    Route("POST", "/jobs/{id}", DOCUMENT_FIELDS),
    Route("POST", "/jobs/{id}/check", DOCUMENT_FIELDS),
    Route("GET", "/jobs/{id}/export/{format}"),
    Route("GET", "/jobs/{id}/history", ["after"]),
    Route("GET", "/jobs/{id}/compare", ["from", "to"]),
    Route("GET", "/jobs/{id}/history/{number}"),
    Route("POST", "/jobs/{id}/history/{number}/restore", ["version"]),
    Route("GET", "/jobs/{id}/publish", ["notice"]),
    Route("POST", "/jobs/{id}/publish", ["version", "applyUrl", "applyEmail", "validThrough", "department", "requisitionId", "force"]),
    Route("POST", "/jobs/{id}/unpublish"),
    Route("POST", "/jobs/{id}/delete", ["version"]),
    Route("POST", "/jobs/{id}/undelete"),
    Route("GET", "/import"),
    Route("POST", "/import", ["text", "format"]),
    Route("POST", "/import/check", DOCUMENT_FIELDS),
    Route("POST", "/import/save", DOCUMENT_FIELDS),
    Route("GET", "/settings", ["notice"]),
    Route("POST", "/settings/profile", ["name", "about", "website", "logoUrl", "locations", "defaultWorkplaceType", "benefits",
                                        "eeoStatement", "currency", "period", "employeeCount"]),
    Route("POST", "/settings/tokens", ["name", "role"]),
    Route("POST", "/settings/tokens/{token}/revoke"),
    Route("GET", "/people", ["notice"]),
    Route("POST", "/people/users", ["email", "name", "password", "role"]),
    Route("POST", "/people/{user}/role", ["role"]),
    Route("POST", "/people/{user}/deactivate"),
    Route("POST", "/people/{user}/reactivate"),
    Route("POST", "/people/{user}/transfer-ownership"),
    Route("POST", "/settings/password", ["currentPassword", "newPassword", "newPasswordConfirmation"]),
    Route("GET", "/setup", ["token"]),
    Route("GET", "/boards/{org}", ["location", "department", "workplaceType", "employmentType"]),
    Route("GET", "/boards/{org}/jobs/{posting}"),
    Route("GET", "/boards/{org}/jobs/{posting}/apply"),
    Route("GET", "/api/v1/job-descriptions", ["q", "status", "cursor", "limit"], api=True),
    Route("GET", "/api/v1/postings", ["jobDescriptionId", "status", "cursor", "limit"], api=True),
    Route("GET", "/api/v1/templates", ["q", "department", "level", "cursor", "limit"], api=True),
    Route("GET", "/api/v1/job-descriptions/{id}/versions", ["cursor", "limit"], api=True),
    Route("GET", "/api/v1/job-descriptions/{id}/diff", ["from", "to"], api=True),
    Route("GET", "/api/v1/job-descriptions/{id}", ["format"], api=True),
    Route("GET", "/api/v1/me", [], api=True),
    Route("GET", "/api/v1/users", [], api=True),
    Route("GET", "/api/v1/users/{user}", [], api=True),
    Route("GET", "/api/v1/tokens", [], api=True),
]
PATH_VALUES = {"format": ["md", "html", "txt", "json", "pdf"], "number": ["1", "2", INT64_MAX, "-1", "0", "1e3"]}


# --- The client ----------------------------------------------------------------------------------------------------


class ServerGone(Exception):
    """The server stopped answering: a crash."""


class Client:
    """A signed-in browser (cookies, CSRF token) and an API caller, over plain http.client with a timeout."""

    def __init__(self, url: str, email: str, password: str, token: str, timeout: float):
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port = parsed.hostname or "127.0.0.1", parsed.port or 80
        self.email, self.password, self.token, self.timeout = email, password, token, timeout
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    cookie_value = rest.split(";", 1)[0]
                    if "Max-Age=0" in value:
                        self.cookies.pop(name, None)
                    else:
                        self.cookies[name] = cookie_value
            match = re.search(r'name="_csrf" value="([^"]+)"', text)
            if match:
                self.csrf = match.group(1)
            return response.status, text
        except TimeoutError as error:
            raise TimeoutError(f"no answer within {self.timeout} s") from error
        except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine) as error:
            if not self.alive():
                raise ServerGone(str(error)) from error
            return 0, f"connection closed: {error}"
        finally:
            connection.close()

    def alive(self) -> bool:
        for _ in range(10):
            try:
                connection = http.client.HTTPConnection(self.host, self.port, timeout=5)
                connection.request("GET", "/health/live")
                if connection.getresponse().status == 200:
                    return True
            except OSError:
                time.sleep(0.5)
        return False

    def sign_in(self) -> None:
        self.cookies.clear()
        self.request("GET", "/login")
        status, text = self.post_form("/login", [("email", self.email), ("password", self.password)])
        if status != 303:
            raise SystemExit(f"fuzz-web: could not sign in ({status}): {text[:300]}")
        self.request("GET", "/")

    def post_form(self, path: str, fields: list[tuple[str, str]], csrf: bool = True) -> tuple[int, str]:
        if csrf and not any(name == "_csrf" for name, _ in fields):
            fields = [("_csrf", self.csrf)] + fields
        body = urllib.parse.urlencode(fields).encode()
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def api(self, method: str, path: str, body: bytes | None = None, content_type: str = "application/json",
            extra: dict[str, str] | None = None) -> tuple[int, str]:
        headers = {"Authorization": f"Bearer {self.token}", **(extra or {})}
        if body is not None:
            headers["Content-Type"] = content_type
        saved, self.cookies = self.cookies, {}
        try:
            return self.request(method, path, body, headers)
        finally:
            self.cookies = saved


# --- Fixtures the routes need -------------------------------------------------------------------------------------


@dataclass
class Fixtures:
    job: str
    slug: str
    org: str
    posting: str
    token_id: str
    user_id: str

    @staticmethod
    def discover(client: Client) -> "Fixtures":
        status, text = client.api("GET", "/api/v1/job-descriptions?limit=1")
        items = json.loads(text).get("items", []) if status == 200 else []
        if not items:
            raise SystemExit(f"fuzz-web: the server has no job description to fuzz ({status})")
        job = items[0]["id"]
        _, text = client.api("GET", "/api/v1/templates?limit=1")
        slug = json.loads(text)["items"][0]["slug"]
        _, text = client.api("GET", f"/api/v1/postings?jobDescriptionId={job}")
        postings = json.loads(text).get("items", [])
        posting, org = (postings[0]["id"], postings[0]["url"].split("/boards/")[1].split("/")[0]) if postings else (str(uuid.uuid4()), "none")
        # A token id no token has: revoking the fuzzer's own token would end its API cases. Likewise a user id no user
        # has: deactivating or demoting the fuzzer's own user would end its web cases.
        return Fixtures(job, slug, org, posting, str(uuid.uuid4()), str(uuid.uuid4()))

    def fill(self, path: str, choose) -> str:
        def value(match: re.Match) -> str:
            name = match.group(1)
            fixed = {"id": self.job, "slug": self.slug, "org": self.org, "posting": self.posting, "token": self.token_id, "user": self.user_id}
            if name in PATH_VALUES:
                return urllib.parse.quote(choose(PATH_VALUES[name]), safe="")
            return fixed[name]

        return re.sub(r"\{(\w+)\}", value, path)


# --- Running cases -------------------------------------------------------------------------------------------------


@dataclass
class Tally:
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    def record(self, description: str, status: int, text: str) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1
        if status >= 500:
            self.failures.append(f"{status} for {description}: {text[:300]!r}")
        else:
            self.passed += 1


def run_case(client: Client, tally: Tally, route: Route, path: str, pairs: list[tuple[str, str]], csrf: bool = True) -> None:
    description = f"{route.method} {path} {[(n, v[:80]) for n, v in pairs]}"
    try:
        if route.api:
            query = urllib.parse.urlencode(pairs)
            status, text = client.api("GET", path + ("?" + query if query else ""))
        elif route.method == "GET":
            query = urllib.parse.urlencode(pairs)
            status, text = client.request("GET", path + ("?" + query if query else ""))
        else:
            status, text = client.post_form(path, pairs, csrf=csrf)
    except TimeoutError as error:
        tally.failures.append(f"hang for {description}: {error}")
        return
    tally.record(description, status, text)
    if route.path == "/jobs/{id}/delete":
        client.post_form(f"/jobs/{path.split('/')[2]}/undelete", [])
    if "jobsmith_session" not in client.cookies:
        client.sign_in()


def corpus(client: Client, fixtures: Fixtures, tally: Tally, share: int) -> None:
    """The fixed cases: each crafted value in every field of a route at once (the form's version stays valid unless
    the value is a number, so the document code behind it runs), then the hostile multipart and API requests. With
    `share` N, each route gets every Nth value, shifted per route, so every value still reaches some route."""
    for number, route in enumerate(ROUTES):
        path = fixtures.fill(route.path, lambda values: values[0])
        values = [value for index, value in enumerate(CORPUS_VALUES) if (index + number) % share == 0]
        for value in values if route.fields else CORPUS_VALUES[:1]:
            pairs = [(name, "1" if name == "version" and value not in NUMBERS else value) for name in route.fields]
            run_case(client, tally, route, path, pairs)
    multipart_corpus(client, tally)
    api_corpus(client, fixtures, tally)


def multipart_corpus(client: Client, tally: Tally) -> None:
    """Malformed multipart bodies, which are read before the CSRF check, to the sign-in form and the import."""
    csrf = f'--B\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{client.csrf}\r\n'
    bodies = [
        "--B\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n--B--\r\n",
        "--B\r\n\r\n\r\n--B--", "--B--", "--B", "--B\r\n--B\r\n--B", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--",
        csrf + '--B\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n\x00\xff\r\n--B--',
        csrf + '--B\r\nContent-Disposition: form-data; name="file"; filename="\x00"\r\nContent-Type: \x00\r\n\r\nCook\r\n--B--',
        csrf + '--B\r\nContent-Disposition: form-data; name="text"\r\n\r\n' + "a" * 200_000 + "\r\n--B--",
    ]
    for path in ["/login", "/import", "/compose", "/settings/profile"]:
        for body in bodies:
            for content_type in ["multipart/form-data; boundary=B", "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\""]:
                try:
                    status, text = client.request("POST", path, body.encode("utf-8", "surrogateescape"), {"Content-Type": content_type})
                except TimeoutError as error:
                    tally.failures.append(f"hang for multipart {path} {body[:60]!r}: {error}")
                    continue
                tally.record(f"POST {path} multipart {content_type} {body[:60]!r}", status, text)


def api_corpus(client: Client, fixtures: Fixtures, tally: Tally) -> None:
    """Hostile API requests: bodies, headers and paths the schema-driven fuzzer does not send."""
    job = fixtures.job
    big = 10 ** 400
    bodies = [
        b"{", b"[]", b"null", b'"x"', b"{" * 10_000 + b"}" * 10_000, b"[" * 10_000 + b"]" * 10_000,
        json.dumps({"title": "T", "salary": {"min": 1e308, "max": 1e308, "currency": "USD", "period": "year"}}).encode(),
        ('{"title": "T", "salary": {"min": %d, "max": 1, "currency": "USD", "period": "year"}}' % big).encode(),
        json.dumps({"title": "\u0000"}).encode(), json.dumps({"template": "\u0000"}).encode(), json.dumps({"template": "a" * 100_000}).encode(),
        json.dumps({"title": "T", "responsibilities": ["x"] * 100_000}).encode(),
        json.dumps({"title": "T", "kpis": [{"name": "n", "description": "d"}] * 5000}).encode(),
        json.dumps({"title": "T", "location": {"country": "\u0000\u0000"}}).encode(),
        b'{"title": "T\\ud800"}', b'{"title": "\\u0000"}', b'{"\\u0000": 1}', b"\xff\xfe\x00",
    ]
    for body in bodies:
        for method, path in [("POST", "/api/v1/job-descriptions"), ("PUT", f"/api/v1/job-descriptions/{job}"),
                             ("PATCH", f"/api/v1/job-descriptions/{job}"), ("POST", f"/api/v1/job-descriptions/{job}/publish"),
                             ("POST", "/api/v1/lint"), ("POST", "/api/v1/imports"), ("PUT", "/api/v1/company-profile"),
                             ("POST", "/api/v1/templates")]:
            content_type = "application/merge-patch+json" if method == "PATCH" else "application/json"
            extra = {"If-Match": "*"} if method in ("PUT", "PATCH") and "job-descriptions" in path else {}
            try:
                status, text = client.api(method, path, body, content_type, extra)
            except TimeoutError as error:
                tally.failures.append(f"hang for {method} {path} {body[:80]!r}: {error}")
                continue
            tally.record(f"{method} {path} {body[:80]!r}", status, text)
    for if_match in ['"v' + INT64_MAX + '"', '"v-1"', "*,*,*" * 1000, '"v1"' + "\x00", "W/\"v1\"", ""]:
        status, text = client.api("PATCH", f"/api/v1/job-descriptions/{job}", b"{}", "application/merge-patch+json", {"If-Match": if_match})
        tally.record(f"PATCH If-Match {if_match[:40]!r}", status, text)
    for path in [f"/api/v1/job-descriptions/{job}%00", "/api/v1/templates/%00", "/api/v1/templates/" + "a" * 5000,
                 f"/api/v1/job-descriptions/{job}/versions/{INT64_MAX}", f"/api/v1/job-descriptions/{job}/versions/-1",
                 f"/api/v1/job-descriptions/{job}/diff?from={INT64_MAX}&to=-9223372036854775808", "/api/v1/%2e%2e/%2e%2e/etc/passwd",
                 f"/api/v1/job-descriptions?limit={INT64_MAX}", "/api/v1/templates?cursor=" + INT64_MAX, "/api/v1/templates?q=%00"]:
        status, text = client.api("GET", path)
        tally.record(f"GET {path[:100]}", status, text)


def generated(client: Client, fixtures: Fixtures, tally: Tally, cases: int, deadline: float, seed_value: int) -> int:
    """Hypothesis-generated cases, in batches of 50 with seeds from `seed_value` on, until `cases` have run or the
    deadline has passed; returns how many ran. A case never raises (hypothesis would replay it), so a crash is
    recorded and ends the run at the end of its batch."""
    ran = 0
    gone: list[str] = []

    def batch(size: int, batch_seed: int) -> None:
        @seed(batch_seed)
        @settings(max_examples=size, deadline=None, database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck))
        @given(st.data())
        def case(data: st.DataObject) -> None:
            nonlocal ran
            route = data.draw(st.sampled_from(ROUTES), label="route")
            path = fixtures.fill(route.path, lambda values: data.draw(st.sampled_from(values)))
            pairs: list[tuple[str, str]] = []
            for name in route.fields:
                shape = data.draw(st.sampled_from(["value"] * 6 + ["missing", "repeated", "valid"]))
                if shape == "missing":
                    continue
                if shape == "valid":
                    pairs.append((name, "1" if name in ("version", "page", "from", "to", "n", "limit") else "Cook"))
                    continue
                count = data.draw(st.integers(min_value=2, max_value=5)) if shape == "repeated" else 1
                pairs += [(name, data.draw(hostile_value())) for _ in range(count)]
            if data.draw(st.booleans()) and route.fields:
                pairs.append((data.draw(st.sampled_from(["_csrf", "extra", "\x00", "a" * 300])), data.draw(hostile_value())))
            csrf = data.draw(st.integers(0, 19)) != 0
            if gone:
                return
            try:
                run_case(client, tally, route, path, pairs, csrf=csrf)
            except ServerGone as error:
                gone.append(str(error))
            except Exception as error:  # a fuzzer-side failure (bad encoding, protocol error) still names the case
                tally.failures.append(f"{type(error).__name__} for {route.method} {path}: {error}")
            ran += 1

        case()

    batch_seed = seed_value
    while ran < cases and time.monotonic() < deadline and not gone:
        batch(min(50, cases - ran), batch_seed)
        batch_seed += 1
    if gone:
        raise ServerGone(gone[0])
    return ran


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--token", required=True, help="an API token of the same organization")
    parser.add_argument("--cases", type=int, default=2000, help="generated cases after the fixed corpus (default 2000)")
    parser.add_argument("--seconds", type=float, default=600, help="stop generating this long after the corpus (default 600)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20, help="seconds without an answer that count as a hang")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--corpus-share", type=int, default=1, help="send each route every Nth corpus value (default 1: all)")
    arguments = parser.parse_args()

    client = Client(arguments.url, arguments.email, arguments.password, arguments.token, arguments.timeout)
    client.sign_in()
    fixtures = Fixtures.discover(client)
    tally = Tally()
    started = time.monotonic()
    try:
        if not arguments.skip_corpus:
            corpus(client, fixtures, tally, max(1, arguments.corpus_share))
            print(f"fuzz-web: corpus of {tally.passed + len(tally.failures)} cases in {time.monotonic() - started:.0f} s", flush=True)
        ran = generated(client, fixtures, tally, arguments.cases, time.monotonic() + arguments.seconds, arguments.seed)
        print(f"fuzz-web: {ran} generated cases", flush=True)
    except ServerGone as error:
        tally.failures.append(f"the server stopped answering (crash): {error}")
    statuses = ", ".join(f"{status}: {count}" for status, count in sorted(tally.statuses.items()))
    print(f"fuzz-web: answers by status: {statuses}; {time.monotonic() - started:.0f} s")
    for failure in tally.failures[:50]:
        print("FAILED " + failure)
    print(f"fuzz-web: {tally.passed} passed, {len(tally.failures)} failed")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
