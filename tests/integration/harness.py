"""What the integration tests that start their own `ailit serve` share: recording checks, and
starting the service on a free loopback port."""
import re
import subprocess
import sys
import tempfile

failures = []


def check(condition, what):
    """Prints ok/FAIL for one promise and remembers the failures for finish()."""
    print(("ok: " if condition else "FAIL: ") + what, flush=True)
    if not condition:
        failures.append(what)


def finish(what):
    """Exits 1 when any check failed, else says all of `what` passed."""
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"all {what} checks passed")


class Service:
    """`ailit serve --port 0 ARGS...`; stderr (the access log) is kept for the test to read."""

    def __init__(self, ailit, *args):
        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen([ailit, "serve", "--port", "0", *args],
                                        stdout=subprocess.PIPE, stderr=self.stderr)
        line = self.process.stdout.readline().decode()
        match = re.search(r"listening on http://[^:]+:(\d+)", line)
        if not match:
            raise SystemExit(f"FAIL: the server did not start: {line!r}")
        self.port = int(match.group(1))

    def log(self):
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")

    def stop(self, sig=None):
        """Sends SIGTERM (or `sig`) and returns the exit status."""
        import signal
        if self.process.poll() is None:
            self.process.send_signal(sig or signal.SIGTERM)
        return self.process.wait(timeout=60)
