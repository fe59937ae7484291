#!/usr/bin/env python3
"""Reliability scenarios against a real jobsmith server (started and stopped here), on SQLite or PostgreSQL.

  writers   100 concurrent writers change one description with If-Match: every acknowledged change is in the
            history, with no gaps and nothing extra.
  crash     kill -9 while concurrent clients create and update descriptions; after a restart every acknowledged
            write is there.
  sigterm   SIGTERM under load: every request in flight finishes, requests on open connections are answered or the
            connection is closed cleanly (never reset), idle keep-alive connections are closed cleanly, exit 0.
  rolling   two instances behind nginx (deploy/nginx/jobsmith.conf), restarted one at a time under load: 0 failed
            requests.

Each scenario prints its figures and exits non-zero when a promise is broken. Only 127.0.0.1 is ever contacted.
"""

import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `jobsmith serve` process on a given port and database."""

    def __init__(self, binary, database_args, port, log_path, extra=()):
        self.binary, self.database_args, self.port, self.log_path = binary, database_args, port, log_path
        self.extra = list(extra)
        self.process = None

    def start(self, timeout=60):
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            # The scenarios' load is far beyond any per-minute rate limit; they test durability, not the limits.
            [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "warning",
             "--rate-limit", "0", "--address-rate-limit", "0"]
            + self.extra + self.database_args,
            stdout=log, stderr=log)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"reliability: the server exited with {self.process.returncode} on start; see {self.log_path}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/health/ready")
                if connection.getresponse().status == 200:
                    connection.close()
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"reliability: the server did not become ready within {timeout} s")

    def signal(self, number):
        self.process.send_signal(number)

    def wait(self, timeout=60):
        return self.process.wait(timeout=timeout)


class Client:
    """A keep-alive HTTP/1.1 connection with the organization's API token."""

    def __init__(self, port, token, timeout=30):
        self.port, self.token, self.timeout = port, token, timeout
        self.connection = None

    def request(self, method, path, body=None, headers=None, content_type="application/json"):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        all_headers = {"Authorization": f"Bearer {self.token}"}
        if body is not None:
            all_headers["Content-Type"] = content_type
        all_headers.update(headers or {})
        try:
            self.connection.request(method, path, body=None if body is None else json.dumps(body), headers=all_headers)
            response = self.connection.getresponse()
            data = response.read()
        except Exception:
            self.close()
            raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, response.getheader("ETag"), (json.loads(data) if data.startswith(b"{") else data)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def create_description(client, title):
    status, etag, body = client.request("POST", "/api/v1/job-descriptions",
                                        {"title": title, "responsibilities": ["Build and run the APIs our customers use"]})
    if status != 201:
        raise AssertionError(f"create answered {status}: {body}")
    return body["id"], etag


def patch(client, description_id, etag, summary):
    return client.request("PATCH", f"/api/v1/job-descriptions/{description_id}", {"summary": summary},
                          {"If-Match": etag}, content_type="application/merge-patch+json")


def all_versions(client, description_id):
    versions, cursor = [], None
    while True:
        path = f"/api/v1/job-descriptions/{description_id}/versions?limit=100" + (f"&cursor={cursor}" if cursor else "")
        status, _, body = client.request("GET", path)
        if status != 200:
            raise AssertionError(f"versions answered {status}: {body}")
        versions += [item["version"] for item in body["items"]]
        cursor = body.get("nextCursor")
        if not cursor:
            return sorted(versions)


def version_document(client, description_id, number):
    status, _, body = client.request("GET", f"/api/v1/job-descriptions/{description_id}/versions/{number}")
    if status != 200:
        raise AssertionError(f"version {number} answered {status}")
    return body["document"]


def scenario_writers(server, token, writers, changes):
    """Each writer reads the ETag and changes the summary with If-Match until `changes` of its writes are acknowledged."""
    setup = Client(server.port, token)
    description_id, _ = create_description(setup, "Backend Developer")
    acknowledged, conflicts, failures = [], [0], []
    lock = threading.Lock()
    start = threading.Barrier(writers)

    def writer(number):
        client = Client(server.port, token)
        start.wait()
        done = 0
        while done < changes:
            try:
                status, etag, _ = client.request("GET", f"/api/v1/job-descriptions/{description_id}")
                summary = f"Writer {number}, change {done + 1}."
                status, _, body = patch(client, description_id, etag, summary)
            except Exception as error:
                with lock:
                    failures.append(repr(error))
                return
            if status == 200:
                with lock:
                    acknowledged.append((body["version"], summary))
                done += 1
            elif status == 412:
                with lock:
                    conflicts[0] += 1
                # Back off a little, as a real client would, instead of re-reading at once with 99 others.
                time.sleep(random.uniform(0.005, 0.05))
            else:
                with lock:
                    failures.append(f"PATCH answered {status}: {body}")
                return
        client.close()

    began = time.time()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - began
    versions = all_versions(setup, description_id)
    expected = list(range(1, len(acknowledged) + 2))
    problems = list(failures)
    if versions != expected:
        problems.append(f"the history holds versions {versions[:5]}…{versions[-5:]} ({len(versions)}), "
                        f"expected 1…{len(acknowledged) + 1}")
    if len({v for v, _ in acknowledged}) != len(acknowledged):
        problems.append("two acknowledged writes were given the same version")
    for number, summary in acknowledged:
        if version_document(setup, description_id, number).get("summary") != summary:
            problems.append(f"version {number} does not hold the acknowledged change {summary!r}")
    print(f"writers: {writers} writers, {len(acknowledged)} acknowledged changes, {conflicts[0]} answered 412 and "
          f"retried, history of {len(versions)} versions, {elapsed:.1f} s")
    return problems


def scenario_crash(server, token, clients, operations, kill_after):
    """Clients create descriptions and change them; the server is killed with SIGKILL after `kill_after` acknowledged
    writes; after a restart every acknowledged write must be there."""
    created, changed = {}, {}  # id -> title; id -> (version, summary), the last acknowledged change
    lock = threading.Lock()
    count = [0]
    killed = threading.Event()

    def worker(number):
        client = Client(server.port, token, timeout=10)
        sequence = 0
        while not killed.is_set() and count[0] < operations:
            sequence += 1
            title = f"Support Engineer {number}-{sequence}"
            try:
                description_id, etag = create_description(client, title)
                with lock:
                    created[description_id] = title
                    count[0] += 1
                for change in range(2):
                    summary = f"Change {change + 1} by client {number}."
                    status, etag, body = patch(client, description_id, etag, summary)
                    if status != 200:
                        raise AssertionError(f"PATCH answered {status}")
                    with lock:
                        changed[description_id] = (body["version"], summary)
                        count[0] += 1
            except (OSError, http.client.HTTPException):
                client.close()
                if killed.is_set():
                    return
                time.sleep(0.05)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    while count[0] < kill_after:
        time.sleep(0.01)
    server.signal(signal.SIGKILL)
    killed.set()
    server.wait()
    for thread in threads:
        thread.join()
    acknowledged = count[0]
    server.start()
    check = Client(server.port, token)
    problems = []
    for description_id, title in created.items():
        status, _, body = check.request("GET", f"/api/v1/job-descriptions/{description_id}")
        if status != 200:
            problems.append(f"acknowledged create {description_id} answers {status} after the restart")
            continue
        if body["title"] != title:
            problems.append(f"{description_id} lost its title")
        if description_id in changed:
            version, summary = changed[description_id]
            if body["version"] < version:
                problems.append(f"{description_id} is at version {body['version']}, version {version} was acknowledged")
            elif version_document(check, description_id, version).get("summary") != summary:
                problems.append(f"{description_id} version {version} lost the acknowledged change")
    print(f"crash: SIGKILL after {acknowledged} acknowledged writes ({len(created)} creates, "
          f"{sum(v for v, _ in changed.values()) - len(changed)} updates) from {clients} clients; "
          f"{len(problems)} missing after the restart")
    return problems


def scenario_sigterm(server, token, clients, idle):
    """SIGTERM while clients keep sending on keep-alive connections and other connections sit idle."""
    setup = Client(server.port, token)
    description_id, _ = create_description(setup, "Product Designer")
    idle_sockets = []
    for _ in range(idle):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", "/health/live")
        connection.getresponse().read()
        idle_sockets.append(connection.sock)
    signalled = threading.Event()
    stop = threading.Event()
    lock = threading.Lock()
    results = {"answered": 0, "after_signal": 0, "closed_cleanly": 0, "refused": 0, "late_lost": 0}
    problems = []

    def worker():
        client = Client(server.port, token, timeout=30)
        while not stop.is_set():
            sent_after_signal = signalled.is_set()
            reused = client.connection is not None
            # A connection first opened after SIGTERM, while the server says it is going (Connection: close, readiness
            # 503): once the grace period ends it may be refused, or reset if the kernel had just accepted it.
            late = sent_after_signal and not reused
            try:
                status, _, _ = client.request("GET", f"/api/v1/job-descriptions/{description_id}")
                with lock:
                    results["answered"] += 1
                    results["after_signal"] += sent_after_signal
                if status != 200:
                    with lock:
                        problems.append(f"a request answered {status}")
            except ConnectionRefusedError:
                with lock:
                    results["refused"] += 1
                if sent_after_signal:
                    return
                time.sleep(0.01)
            except (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead, BrokenPipeError) as error:
                with lock:
                    if late:
                        results["late_lost"] += 1
                    elif reused and sent_after_signal and not isinstance(error, ConnectionResetError):
                        # Closed cleanly before any answer began: what every HTTP client retries on a new connection.
                        results["closed_cleanly"] += 1
                    else:
                        problems.append(f"a request on a connection open at SIGTERM failed: {error!r}")
                        return
            except OSError as error:
                with lock:
                    problems.append(f"a request failed: {error!r}")
                return

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    signalled.set()
    server.signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        problems.append("the server did not exit within 60 s of SIGTERM")
        server.signal(signal.SIGKILL)
        code = server.wait()
    stop.set()
    for thread in threads:
        thread.join()
    if code != 0:
        problems.append(f"the server exited with {code}")
    idle_clean = 0
    for sock in idle_sockets:
        try:
            sock.settimeout(5)
            if sock.recv(1) == b"":
                idle_clean += 1
            else:
                problems.append("an idle connection received bytes instead of a clean close")
        except ConnectionResetError:
            problems.append("an idle keep-alive connection was reset instead of closed")
        except socket.timeout:
            problems.append("an idle keep-alive connection was left open after the server exited")
        finally:
            sock.close()
    print(f"sigterm: {results['answered']} answered ({results['after_signal']} sent after SIGTERM), "
          f"{results['closed_cleanly']} closed cleanly before an answer, {results['refused']} refused once the "
          f"server stopped listening, {results['late_lost']} on connections opened after SIGTERM cut off as it stopped; "
          f"{idle_clean}/{idle} idle connections closed cleanly; exit code {code}")
    return problems


def scenario_rolling(servers, proxy_port, token, clients, seconds):
    """Load through nginx while each instance is stopped with SIGTERM and started again, one at a time."""
    setup = Client(proxy_port, token)
    description_id, _ = create_description(setup, "Site Reliability Engineer")
    stop = threading.Event()
    lock = threading.Lock()
    tally = {"ok": 0, "failed": 0}
    problems = []

    def worker(number):
        client = Client(proxy_port, token, timeout=30)
        while not stop.is_set():
            try:
                if random.random() < 0.2:
                    status, etag, _ = client.request("GET", f"/api/v1/job-descriptions/{description_id}")
                    if status == 200:
                        status, _, _ = patch(client, description_id, etag, f"Load from client {number}.")
                        status = 200 if status in (200, 412) else status
                else:
                    status, _, _ = client.request("GET", f"/api/v1/job-descriptions/{description_id}")
            except (OSError, http.client.HTTPException) as error:
                status = repr(error)
            with lock:
                if status == 200:
                    tally["ok"] += 1
                else:
                    tally["failed"] += 1
                    if len(problems) < 10:
                        problems.append(f"a request through nginx failed: {status}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(1)
    restarts = 0
    deadline = time.time() + seconds
    while time.time() < deadline or restarts < 2 * len(servers):
        for server in servers:
            server.signal(signal.SIGTERM)
            code = server.wait(timeout=60)
            if code != 0:
                problems.append(f"an instance exited with {code}")
            server.start()
            restarts += 1
            time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join()
    print(f"rolling: {restarts} restarts of {len(servers)} instances under load from {clients} clients: "
          f"{tally['ok']} requests answered, {tally['failed']} failed")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=["writers", "crash", "sigterm", "rolling"])
    parser.add_argument("--bin", required=True, help="the jobsmith binary")
    parser.add_argument("--database-url", help="PostgreSQL; otherwise a scratch SQLite data directory")
    parser.add_argument("--token", required=True)
    parser.add_argument("--data-dir")
    parser.add_argument("--log", default=os.path.join(tempfile.gettempdir(), "jobsmith-reliability.log"))
    parser.add_argument("--nginx-port", type=int, help="rolling: the port nginx listens on")
    parser.add_argument("--ports", help="rolling: the instances' ports, comma-separated, as nginx expects them")
    parser.add_argument("--seconds", type=float, default=10)
    arguments = parser.parse_args()
    database = ["--database-url", arguments.database_url] if arguments.database_url else ["--data-dir", arguments.data_dir]

    if arguments.scenario == "rolling":
        servers = [Server(arguments.bin, database, int(port), arguments.log) for port in arguments.ports.split(",")]
        for server in servers:
            server.start()
        try:
            problems = scenario_rolling(servers, arguments.nginx_port, arguments.token, 16, arguments.seconds)
        finally:
            for server in servers:
                if server.process.poll() is None:
                    server.signal(signal.SIGTERM)
                    server.wait()
    else:
        server = Server(arguments.bin, database, free_port(), arguments.log)
        server.start()
        try:
            if arguments.scenario == "writers":
                problems = scenario_writers(server, arguments.token, writers=100, changes=1)
            elif arguments.scenario == "crash":
                problems = scenario_crash(server, arguments.token, clients=16, operations=1000, kill_after=600)
            else:
                problems = scenario_sigterm(server, arguments.token, clients=16, idle=20)
        finally:
            if server.process.poll() is None:
                server.signal(signal.SIGTERM)
                server.wait()
    for problem in problems:
        print(f"  FAIL {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
