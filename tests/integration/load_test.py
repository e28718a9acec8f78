#!/usr/bin/env python3
"""The service under load (docs/security.md, "Load, reload and shutdown"), over real sockets:

1. 256 clients on their own keep-alive connections send plans for 8 seconds, each profile with
   its own organisation name; every answer must be the plan of the request it answers (name,
   sector and a decision id never seen before) or a clean refusal (no answer at all on that
   connection), never a partial or foreign one; health checks and a well-behaved client are
   answered meanwhile.
2. 32 slow clients each hold a connection open, trickling a request a byte a second, while
   well-behaved clients and health checks are still answered; the service disconnects each
   once it has taken longer than --request-timeout to send its request.
3. Under load, three reloads (SIGHUP and POST /v1/admin/reload) and then SIGTERM: every request
   sent gets a complete answer or a clean refusal, and the service exits 0.

    load_test.py AILIT PLUGIN_DIR SOURCE_DIR
"""
import http.client
import json
import os
import signal
import socket
import sys
import threading
import time

from harness import Service, check, finish

ailit, plugins, root = (os.path.abspath(a) for a in sys.argv[1:4])
lock = threading.Lock()

with open(os.path.join(root, "profiles", "small_business_genai.json")) as f:
    TEMPLATE = json.load(f)
SECTORS = ["municipality", "hospital", "education", "consultancy", "retail"]


def profile_for(client, n):
    doc = json.loads(json.dumps(TEMPLATE))
    doc["organisation"]["name"] = f"client {client} request {n}"
    doc["organisation"]["sector"] = SECTORS[(client + n) % len(SECTORS)]
    return doc


def Server(*extra):
    return Service(ailit, "--plugins", plugins, "--log-level", "warning", *extra)


class Tally:
    """What the clients saw: answers checked against their own request, and refusals."""

    def __init__(self):
        self.ok = 0
        self.refused = 0
        self.wrong = []
        self.decisions = set()

    def answer(self, doc, status, body):
        if status != 200:
            with lock:
                self.wrong.append(f"status {status}: {body[:120]!r}")
            return
        try:
            plan = json.loads(body)
        except ValueError:
            with lock:
                self.wrong.append(f"a 200 that is not JSON ({len(body)} bytes)")
            return
        mine = (plan["organisation"]["name"] == doc["organisation"]["name"]
                and plan["organisation"]["sector"] == doc["organisation"]["sector"])
        with lock:
            if not mine:
                self.wrong.append(f"{doc['organisation']['name']} got the plan of "
                                  f"{plan['organisation']['name']}")
            elif plan["decision_id"] in self.decisions:
                self.wrong.append(f"decision id {plan['decision_id']} answered twice")
            else:
                self.decisions.add(plan["decision_id"])
                self.ok += 1

    def refusal(self):
        with lock:
            self.refused += 1


def client(port, number, until, tally):
    """Plans on one keep-alive connection; a refused or dropped connection is reopened."""
    n = 0
    conn = None
    while time.monotonic() < until:
        doc = profile_for(number, n)
        n += 1
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("POST", "/v1/recommendations", body=json.dumps(doc),
                         headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            tally.answer(doc, response.status, response.read())
        except http.client.IncompleteRead as e:
            with lock:  # an answer cut short is not a clean refusal
                tally.wrong.append(f"a partial answer ({len(e.partial)} bytes)")
            conn.close()
            conn = None
        except (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine,
                socket.timeout, OSError):
            tally.refusal()  # nothing was answered on this connection: sent again on a new one
            if conn is not None:
                conn.close()
            conn = None
            time.sleep(0.05)
    if conn is not None:
        conn.close()


def timed_get(port, path, timeout=30):
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, time.monotonic() - start
    except OSError:
        return None, time.monotonic() - start
    finally:
        conn.close()


def watch_health(port, until, results):
    # At least three checks, however long the clients took to start.
    while time.monotonic() < until or len(results) < 3:
        results.append(timed_get(port, "/healthz"))
        time.sleep(0.25)


def run_clients(port, count, seconds, tally, during=None):
    until = time.monotonic() + seconds
    health = []
    threads = [threading.Thread(target=watch_health, args=(port, until, health))]
    threads += [threading.Thread(target=client, args=(port, i, until, tally)) for i in range(count)]
    for t in threads:
        t.start()
    if during:
        during()
    for t in threads:
        t.join()
    return health


def test_many_connections():
    # A thread per connection is Poco's model: a service meant for 256 clients at once gets
    # threads for them (docs/security.md); a thread it does not have is a connection queued.
    s = Server("--threads", "288", "--queue", "512")
    try:
        tally = Tally()
        health = run_clients(s.port, 256, 8, tally)
        check(not tally.wrong, f"256 connections: every answer is its own request's plan "
                               f"({tally.ok} plans, {len(tally.wrong)} wrong: {tally.wrong[:3]})")
        check(tally.ok >= 256, f"256 connections: {tally.ok} plans answered, "
                               f"{tally.refused} refusals")
        slowest = max(t for _, t in health)
        check(health and all(st == 200 for st, _ in health) and slowest < 5,
              f"health checks answered throughout ({len(health)}, slowest {slowest:.2f} s)")
    finally:
        check(s.stop() == 0, "the service exits 0 after 256 connections")


def test_slow_clients():
    s = Server("--threads", "48", "--queue", "512", "--request-timeout", "3")
    slow = []
    stop = threading.Event()

    def trickle(sock):
        request = b"POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n"
        for byte in request:
            if stop.is_set():
                return
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return
            stop.wait(1)

    try:
        for _ in range(32):
            sock = socket.create_connection(("127.0.0.1", s.port), timeout=30)
            slow.append(sock)
            threading.Thread(target=trickle, args=(sock,), daemon=True).start()
        time.sleep(1)
        tally = Tally()
        health = run_clients(s.port, 4, 5, tally)
        check(not tally.wrong and tally.ok > 0,
              f"with 32 slow clients, well-behaved clients get their plans ({tally.ok})")
        slowest = max(t for _, t in health)
        check(all(st == 200 for st, _ in health) and slowest < 5,
              f"with 32 slow clients, health checks are answered (slowest {slowest:.2f} s)")
        # Started over 7 s ago with a 3 s request timeout: each must have been disconnected.
        closed = 0
        for sock in slow:
            sock.settimeout(2)
            try:
                closed += sock.recv(1024) == b""
            except OSError:
                closed += 1  # reset: disconnected too
        check(closed == len(slow), f"the service disconnected every slow client "
                                   f"({closed} of {len(slow)}) after --request-timeout")
        metrics = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        metrics.request("GET", "/metrics")
        text = metrics.getresponse().read().decode()
        metrics.close()
        check("ailit_http_timed_out_connections_total 32" in text,
              "the 32 disconnected slow clients are counted in /metrics")
    finally:
        stop.set()
        for sock in slow:
            sock.close()
        check(s.stop() == 0, "the service exits 0 after the slow clients")


def test_reload_and_shutdown_under_load():
    s = Server("--threads", "16", "--queue", "256")
    tally = Tally()

    def reloads():
        time.sleep(1)
        s.process.send_signal(signal.SIGHUP)
        time.sleep(1)
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
        conn.request("POST", "/v1/admin/reload")
        status = conn.getresponse().status
        conn.close()
        check(status == 200, "an admin reload under load succeeds")
        time.sleep(1)
        s.process.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        s.process.send_signal(signal.SIGTERM)

    run_clients(s.port, 64, 6, tally, during=reloads)
    code = s.process.wait(timeout=60)
    check(code == 0, f"SIGTERM under load exits 0 (exit {code})")
    if code != 0:
        s.stderr.seek(0)
        print(s.stderr.read().decode(errors="replace")[-3000:])
    check(not tally.wrong, f"through reloads and shutdown every answer is complete and its own "
                           f"({tally.ok} plans, {tally.refused} connections refused or closed, "
                           f"wrong: {tally.wrong[:3]})")
    check(tally.ok > 64, f"plans were answered during the reloads ({tally.ok})")


def main():
    test_many_connections()
    test_slow_clients()
    test_reload_and_shutdown_under_load()
    finish("load")


main()
