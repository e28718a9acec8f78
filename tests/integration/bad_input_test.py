#!/usr/bin/env python3
"""The catalogue of bad input (docs/security.md, "Bad input"), sent over real sockets to a running
`ailit serve`: each case gets the answer the catalogue promises, and after every case a good
request on a fresh connection still gets its plan, so nothing else was broken.

    bad_input_test.py AILIT PLUGIN_DIR SOURCE_DIR
"""
import json
import os
import re
import socket
import sys
import time

from harness import Service, check, finish

ailit, plugins, root = (os.path.abspath(a) for a in sys.argv[1:4])

with open(os.path.join(root, "profiles", "small_business_genai.json"), "rb") as f:
    GOOD = f.read()


def raw(port, data, timeout=10, shut=False):
    """Sends bytes as they are and returns (status or None, headers text, body bytes)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        if shut:
            s.shutdown(socket.SHUT_WR)
        return read_response(s)
    finally:
        s.close()


def read_response(s):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return None, "", data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    head = head.decode("latin-1")
    status = int(head.split(" ")[1])
    length = re.search(r"(?im)^content-length:\s*(\d+)", head)
    want = int(length.group(1)) if length else None
    while want is not None and len(body) < want:
        chunk = s.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, head, body


def post(port, body, content_type="application/json", path="/v1/recommendations", extra=b""):
    head = f"POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    head += f"Content-Length: {len(body)}\r\n"
    return raw(port, head.encode() + extra + b"\r\n" + body)


def json_error(status, body, want_status, words=None, pointer=None):
    try:
        doc = json.loads(body)
    except ValueError:
        return False
    text = json.dumps(doc)
    return (status == want_status and isinstance(doc.get("error"), str)
            and (words is None or words in text)
            and (pointer is None or any(d.get("pointer") == pointer for d in doc["details"])))


def still_serves(port, what):
    status, _, body = post(port, GOOD)
    ok = status == 200 and json.loads(body)["organisation"]["name"]
    check(bool(ok), f"after {what}: a good request still gets its plan")


def profile_with(transform):
    doc = json.loads(GOOD)
    transform(doc)
    return json.dumps(doc).encode()


def main():
    s = Service(ailit, "--threads", "4", "--plugins", plugins, "--log-level", "warning")
    try:
        run_cases(s.port)
    finally:
        code = s.stop()
        check(code == 0, f"the service exits 0 after all of it (exit {code})")
    finish("bad-input")


def run_cases(port):
    # --- the body's bytes -------------------------------------------------------------------
    status, _, body = post(port, b'{"organisation": {"name": "\xff\xfe"}}')
    check(json_error(status, body, 400, "UTF-8"), "invalid UTF-8: 400 saying UTF-8")
    still_serves(port, "invalid UTF-8")

    status, _, body = post(port, b"\xef\xbb\xbf" + GOOD)
    check(status == 200, "a UTF-8 byte-order mark is ignored: 200")

    dup = GOOD.replace(b'"organisation": {', b'"organisation": {"name": "A", ', 1)
    status, _, body = post(port, dup)
    check(json_error(status, body, 422, "appears twice", "/organisation/name"),
          "a duplicate key: 422 at its pointer")

    deep = b'{"organisation": ' + b"[" * 40 + b"]" * 40 + b"}"
    status, _, body = post(port, deep)
    check(json_error(status, body, 400, "levels"), "nesting deeper than 32 levels: 400")
    still_serves(port, "deep nesting")

    status, _, body = post(port, profile_with(lambda d: d["organisation"].update(employees=1e309))
                           .replace(b"Infinity", b"1e309"))
    check(json_error(status, body, 400, "too large"), "a number out of range (1e309): 400")
    status, _, body = post(port, GOOD.replace(b'"employees": 8', b'"employees": 8e20', 1))
    check(status == 422, "a number beyond a field's range (8e20 employees): 422")

    for literal in (b"NaN", b"Infinity", b"-Infinity"):
        status, _, body = post(port, b'{"organisation": {"employees": ' + literal + b"}}")
        check(json_error(status, body, 400, "not JSON"), f"{literal.decode()}: 400")

    status, _, body = post(port, profile_with(lambda d: d["organisation"].update(name="x" * 300)))
    check(json_error(status, body, 422, "200", "/organisation/name"),
          "a 300-character name (names hold 200): 422 at its pointer")
    status, _, body = post(port, profile_with(lambda d: d["organisation"].update(name="x" * 5000)))
    check(json_error(status, body, 400, "4,096", "/organisation/name"),
          "a 5,000-byte string (any text holds 4,096 bytes): 400 at its pointer")
    status, _, body = post(port, profile_with(
        lambda d: d["organisation"].update(notes="y" * 300000)))
    check(json_error(status, body, 400, "longer than"), "a 300 KB string: 400")

    systems = [{"id": f"s{i}", "kind": "predictive", "risk_class": "minimal"} for i in range(10000)]
    status, _, body = post(port, profile_with(lambda d: d.update(ai_systems=systems)))
    check(json_error(status, body, 400, "1,000", "/ai_systems"),
          "10,000 AI systems: 400, the list limit at /ai_systems")
    still_serves(port, "10,000 AI systems")

    status, _, body = post(port, b"")
    check(json_error(status, body, 400, "empty"), "an empty body: 400")

    # --- the content type -------------------------------------------------------------------
    status, _, body = post(port, GOOD, content_type=None)
    check(status == 200, "no Content-Type: read as JSON, 200")
    status, _, body = post(port, GOOD, content_type="text/plain")
    check(json_error(status, body, 415), "a wrong Content-Type: 415")

    # --- the body's length ------------------------------------------------------------------
    head = (f"POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(GOOD) + 500}\r\n\r\n").encode()
    status, _, body = raw(port, head + GOOD, shut=True)
    check(json_error(status, body, 400, "ended after"),
          "a body that stops before its Content-Length: 400, not the plan of what arrived")
    still_serves(port, "a body that stopped early")

    head = (b"POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: 20\r\n\r\n")
    status, _, body = raw(port, head + GOOD)
    check(json_error(status, body, 400), "a body larger than declared: the declared bytes, 400")
    still_serves(port, "a body larger than declared")

    big = b" " * (2 << 20)
    status, _, body = post(port, big)
    check(json_error(status, body, 413), "a body over --body-limit: 413")

    # --- the request line and headers -------------------------------------------------------
    status, _, _ = raw(port, b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    check(status == 400, "a request line over 16 KB: 400")
    status, _, _ = raw(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 +
                       b"\r\n\r\n")
    check(status == 400, "a header over 8 KB: 400")
    many = b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    status, _, _ = raw(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    check(status == 400, "more than 100 headers: 400")
    still_serves(port, "oversized request lines and headers")

    # --- slow clients -----------------------------------------------------------------------
    # Two clients send half a request line and then nothing: they hold two of the four threads
    # until the read timeout; health checks and plans go on meanwhile on the others.
    slow = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(2)]
    for s in slow:
        s.sendall(b"POST /v1/recommendations HT")
    time.sleep(0.3)
    status, _, body = raw(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    check(status == 200, "health checks are answered while slow clients hold connections")
    still_serves(port, "slow clients holding connections")
    for s in slow:
        s.close()


main()
