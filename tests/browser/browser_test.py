#!/usr/bin/env python3
"""Browser test of the ailit web page (GET /), driven through plain WebDriver HTTP calls.

Usage: browser_test.py AILIT_BINARY OUT_DIR

Starts `AILIT_BINARY serve --port 0` and Debian's chromedriver (packages chromium and
chromium-driver), then in headless Chromium: fills the form for a small municipality (one AI
system, two staff groups), picks English, submits, and checks that the plan appears grouped by
year and step with the English measure titles of GET /v1/measures?lang=en; switches to Dutch and
checks the Dutch titles; enters an invalid number of employees and checks that the service's
error is shown at that field; corrects it and checks the plan returns. Screenshots go to
OUT_DIR/plan.png and OUT_DIR/error.png, the server's and chromedriver's logs to OUT_DIR too.

Prints one "ok: ..." line per passed check and "FAIL: ..." for a failed one; exits 0 when all
passed, 1 otherwise (also when chromium or chromedriver is missing). Only the standard library.
"""
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

WAIT = 20.0              # seconds: the bound of every wait
CHROMIUM = '/usr/bin/chromium'
ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'


class Failure(Exception):
    def __init__(self, message, reported=False):
        super().__init__(message)
        self.reported = reported  # already printed as a FAIL line


class Checks:
    def __init__(self):
        self.failed = 0

    def ok(self, cond, what, detail=''):
        if cond:
            print('ok: ' + what, flush=True)
        else:
            self.failed += 1
            print('FAIL: ' + what + (': ' + detail if detail else ''), flush=True)
        return cond

    def must(self, cond, what, detail=''):
        if not self.ok(cond, what, detail):
            raise Failure(what, reported=True)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def http(method, url, body=None, headers=None, timeout=WAIT):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None and 'Content-Type' not in (headers or {}):
        req.add_header('Content-Type', 'application/json')
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def wait_for(what, fn, timeout=WAIT, interval=0.2):
    """Calls fn until it returns something truthy; raises Failure after timeout seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = fn()
            if value:
                return value
        except (OSError, Failure, ValueError) as e:  # not up yet, or a transient WebDriver error
            last_error = e
        time.sleep(interval)
    raise Failure('timed out after %gs waiting for %s%s' % (timeout, what, ' (%s)' % last_error if last_error else ''))


class WebDriver:
    """The few W3C WebDriver commands the test needs, over plain HTTP and JSON."""

    def __init__(self, port):
        self.base = 'http://127.0.0.1:%d' % port
        self.sid = None

    def call(self, method, path, body=None):
        url = self.base + (('/session/' + self.sid) if self.sid and not path.startswith('/session') else '') + path
        status, _, raw = http(method, url, body if body is not None else ({} if method == 'POST' else None), timeout=60)
        try:
            value = json.loads(raw or b'{}').get('value')
        except ValueError:
            raise Failure('WebDriver %s %s: not JSON (HTTP %d)' % (method, path, status))
        if status != 200:
            msg = value.get('message', '') if isinstance(value, dict) else str(value)
            raise Failure('WebDriver %s %s: HTTP %d %s' % (method, path, status, msg.splitlines()[0] if msg else ''))
        return value

    def start(self, args):
        caps = {'capabilities': {'alwaysMatch': {
            'browserName': 'chrome',
            'goog:chromeOptions': {'binary': CHROMIUM, 'args': args},
            'goog:loggingPrefs': {'performance': 'ALL'},
        }}}
        value = self.call('POST', '/session', caps)
        self.sid = value['sessionId']

    def quit(self):
        if self.sid:
            try:
                self.call('DELETE', '')
            finally:
                self.sid = None

    def get(self, url):
        self.call('POST', '/url', {'url': url})

    def find(self, css):
        return self.call('POST', '/element', {'using': 'css selector', 'value': css})[ELEMENT]

    def find_all(self, css):
        return [e[ELEMENT] for e in self.call('POST', '/elements', {'using': 'css selector', 'value': css})]

    def click(self, css):
        self.js('var e = document.querySelector(arguments[0]); e.scrollIntoView({block: "center"});', css)
        self.call('POST', '/element/%s/click' % self.find(css))

    def type(self, css, text, clear=True):
        el = self.find(css)
        if clear:
            self.call('POST', '/element/%s/clear' % el)
        self.call('POST', '/element/%s/value' % el, {'text': text})

    def select(self, css, value):
        self.click('%s option[value="%s"]' % (css, value))

    def js(self, script, *args):
        return self.call('POST', '/execute/sync', {'script': script, 'args': list(args)})

    def screenshot(self, path):
        png = base64.b64decode(self.call('GET', '/screenshot'))
        with open(path, 'wb') as f:
            f.write(png)
        return len(png)

    def performance_log(self):
        try:
            return self.call('POST', '/se/log', {'type': 'performance'})
        except Failure:
            return None


def start_server(binary, out_dir):
    log = open(os.path.join(out_dir, 'server.log'), 'wb')
    proc = subprocess.Popen([binary, 'serve', '--port', '0'], stdout=subprocess.PIPE, stderr=log,
                            start_new_session=True)
    first = {}

    def read_first_line():
        first['line'] = proc.stdout.readline().decode('utf-8', 'replace').strip()
        for _ in proc.stdout:  # keep the pipe drained
            pass

    threading.Thread(target=read_first_line, daemon=True).start()
    line = wait_for('the server\'s first line on standard output', lambda: first.get('line') is not None and first,
                    timeout=WAIT)['line']
    prefix = 'ailit serve: listening on http://'
    if not line.startswith(prefix):
        raise Failure('server printed %r, not "%sHOST:PORT" (see server.log)' % (line, prefix))
    hostport = line[len(prefix):]
    host, _, port = hostport.rpartition(':')
    return proc, host.strip('[]'), int(port)


def stop(proc, name):
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the process and what it started (chromium under chromedriver)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        print('note: %s did not stop on SIGTERM within 10 s; killing it' % name, flush=True)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


# --- what the test does in the page ------------------------------------------------------------

PLAN_TITLES_JS = """
return Array.from(document.querySelectorAll('#plan article.measure .measure-title')).map(e => e.textContent);
"""


def wait_plan(wd, lang):
    return wait_for('the plan in %s' % lang, lambda: wd.js(
        "var p = document.getElementById('plan');"
        "return !p.hidden && p.dataset.state === 'ready' && p.dataset.lang === arguments[0]"
        " && document.querySelectorAll('#plan article.measure').length > 0;", lang))


def run(binary, out_dir, checks):
    server = driver_proc = None
    wd = None
    try:
        server, host, port = start_server(binary, out_dir)
        base = 'http://%s:%d' % ('127.0.0.1' if host in ('0.0.0.0', '::', '') else host, port)
        checks.ok(True, 'server started: %s' % base)

        status, headers, page = http('GET', base + '/')
        checks.must(status == 200 and headers.get('Content-Type', '').startswith('text/html'),
                    'GET / is an HTML page', 'HTTP %d %s' % (status, headers.get('Content-Type')))
        for path, ctype in (('/app.js', 'text/javascript'), ('/style.css', 'text/css')):
            status, headers, _ = http('GET', base + path)
            checks.ok(status == 200 and headers.get('Content-Type', '').startswith(ctype),
                      'GET %s is %s' % (path, ctype), 'HTTP %d %s' % (status, headers.get('Content-Type')))

        titles = {}
        for lang in ('en', 'nl'):
            status, _, raw = http('GET', base + '/v1/measures?lang=' + lang)
            checks.must(status == 200, 'GET /v1/measures?lang=%s' % lang, 'HTTP %d' % status)
            titles[lang] = {m['title'] for m in json.loads(raw)['measures']}
        only_en = titles['en'] - titles['nl']
        only_nl = titles['nl'] - titles['en']

        driver_port = free_port()
        driver_log = open(os.path.join(out_dir, 'chromedriver.log'), 'wb')
        driver_proc = subprocess.Popen(['chromedriver', '--port=%d' % driver_port], stdout=driver_log,
                                       stderr=subprocess.STDOUT, start_new_session=True)
        wd = WebDriver(driver_port)
        wait_for('chromedriver', lambda: http('GET', wd.base + '/status', timeout=2)[0] == 200)
        wd.start(['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                  '--disable-background-networking', '--window-size=1280,2000'])
        checks.ok(True, 'chromium session started')

        wd.get(base + '/')
        wait_for('the form to be built', lambda: wd.js("return document.documentElement.dataset.ready === '1';"))
        checks.ok(wd.js("return document.documentElement.lang") == 'nl', 'the page opens in Dutch')

        schema = json.loads(http('GET', base + '/v1/schema/profile')[2])
        risk_enum = schema['$defs']['risk_class']['enum']
        options = wd.js("return Array.from(document.querySelectorAll("
                        "'[data-pointer=\"/ai_systems/0/risk_class\"] option')).map(o => o.value);")
        checks.ok(options == risk_enum, 'the risk class list comes from GET /v1/schema/profile',
                  '%s != %s' % (options, risk_enum))

        # --- a small municipality: one AI system, two staff groups --------------------------------
        org = '#org-fields'
        wd.type(org + ' [data-field="name"]', 'Gemeente Klein-Oosterveld')
        wd.type(org + ' [data-field="sector"]', 'municipality')
        wd.type(org + ' [data-field="employees"]', '85')
        wd.select(org + ' [data-field="kind"]', 'public')
        wd.select('#gov-fields [data-field="genai_guidelines"]', 'draft')

        sys0 = '[data-pointer="/ai_systems/0"]'
        wd.type(sys0 + ' [data-field="name"]', 'Chatbot op de website')
        wd.select(sys0 + ' [data-field="kind"]', 'generative')
        wd.select(sys0 + ' [data-field="risk_class"]', 'limited')
        wd.select(sys0 + ' [data-field="personal_data"]', 'personal')
        wd.click(sys0 + ' [data-field="affected"] input[value="citizens"]')
        wd.click(sys0 + ' [data-field="external_facing"]')

        st0 = '[data-pointer="/staff_groups/0"]'
        wd.type(st0 + ' [data-field="name"]', 'Klantcontact')
        wd.select(st0 + ' [data-field="role"]', 'operator')
        wd.type(st0 + ' [data-field="headcount"]', '8')
        wd.click('#add-staff')
        st1 = '[data-pointer="/staff_groups/1"]'
        wait_for('a second staff group row', lambda: wd.find_all(st1))
        wd.type(st1 + ' [data-field="name"]', 'College en directie')
        wd.select(st1 + ' [data-field="role"]', 'board')
        wd.type(st1 + ' [data-field="headcount"]', '5')
        # the system is used by the first group
        wd.click(sys0 + ' [data-field="used_by"] .check:first-child input')
        ids = wd.js("return [document.querySelector('%s [data-field=\"id\"]').value,"
                    " document.querySelector('%s [data-field=\"id\"]').value];" % (st0, st1))
        checks.ok(ids == ['klantcontact', 'college_en_directie'], 'staff group codes are made from the names', str(ids))
        checks.ok(len(wd.find_all('#staff-rows > .row')) == 2 and len(wd.find_all('#system-rows > .row')) == 1,
                  'the form holds 1 AI system and 2 staff groups')

        # --- English -------------------------------------------------------------------------------
        wd.click('label[for="lang-en"]')
        wait_for('the page in English', lambda: wd.js("return document.documentElement.lang === 'en';"))
        checks.ok(wd.js("return document.getElementById('submit').textContent") == 'Create action plan',
                  'the switch turns the page into English')
        wd.click('#submit')
        wait_plan(wd, 'en')
        shown = wd.js(PLAN_TITLES_JS)
        unknown = [x for x in shown if x not in titles['en']]
        checks.ok(len(shown) >= 3 and not unknown,
                  'the plan shows %d measures, all with English catalogue titles' % len(shown),
                  'not English catalogue titles: %s' % unknown[:3])
        checks.ok(any(x in only_en for x in shown), 'the titles are English, not Dutch')
        grouping = wd.js("""
            return Array.from(document.querySelectorAll('#plan section.year')).map(y => ({
              year: y.dataset.year, title: y.querySelector('.year-title').textContent,
              steps: Array.from(y.querySelectorAll('section.step')).map(s => s.dataset.step + '|' + s.querySelector('.step-title').textContent)}));""")
        years = [g['year'] for g in grouping]
        checks.ok(years and years[0] == '1' and grouping[0]['title'] == 'Year 1',
                  'the plan is grouped by year (%s)' % ', '.join(g['title'] for g in grouping), str(grouping)[:200])
        steps1 = grouping[0]['steps'] if grouping else []
        checks.ok([s.split('|')[0] for s in steps1] == ['identify', 'set_goals', 'execute', 'evaluate']
                  and steps1[0].endswith('Identify'),
                  'each year is grouped by step (identify, set goals, execute, evaluate)', str(steps1))
        why = wd.js("return Array.from(document.querySelectorAll('#plan .because-item')).length;")
        checks.ok(why >= len(shown), 'every measure says why it is there (%d reasons)' % why)
        pre = wd.js("return document.querySelectorAll('#plan .precondition').length;")
        checks.ok(pre == 4, 'the four preconditions are shown', str(pre))
        score = wd.js("return document.querySelector('#plan .score-main .score-number').textContent;")
        checks.ok(score.isdigit(), 'the overall score is shown (%s)' % score)
        names = wd.js("return Array.from(document.querySelectorAll('#plan .chip')).map(e => e.textContent);")
        checks.ok('Klantcontact' in names, 'targets are shown with the staff group names')
        wd.js("document.getElementById('plan').scrollIntoView({block: 'start'});")
        size = wd.screenshot(os.path.join(out_dir, 'plan.png'))
        checks.ok(size > 10000, 'screenshot saved: %s (%d bytes)' % (os.path.join(out_dir, 'plan.png'), size))

        # --- Dutch: the switch requests the plan again ------------------------------------------
        wd.click('label[for="lang-nl"]')
        wait_plan(wd, 'nl')
        shown_nl = wd.js(PLAN_TITLES_JS)
        unknown = [x for x in shown_nl if x not in titles['nl']]
        checks.ok(len(shown_nl) == len(shown) and not unknown and any(x in only_nl for x in shown_nl),
                  'after switching to Dutch the plan shows the Dutch titles',
                  'not Dutch catalogue titles: %s' % unknown[:3])
        checks.ok(wd.js("return document.querySelector('#plan .year-title').textContent;") == 'Jaar 1',
                  'the grouping is in Dutch too (Jaar 1)')

        # --- a validation error is shown at its field ---------------------------------------------
        wd.type(org + ' [data-field="employees"]', '-5')
        wd.click('#submit')
        err_css = '[data-error-for="/organisation/employees"]'
        wait_for('the error at the employees field', lambda: wd.find_all(err_css))
        info = wd.js("""
            var err = document.querySelector(arguments[0]);
            var input = document.querySelector('#profile-form [data-pointer="/organisation/employees"]');
            var r = err.getBoundingClientRect();
            return {text: err.textContent, sameField: err.closest('.field') === input.closest('.field'),
                    described: (input.getAttribute('aria-describedby') || '').split(' ').indexOf(err.id) >= 0,
                    invalid: input.getAttribute('aria-invalid'), visible: r.width > 0 && r.height > 0,
                    summary: !document.getElementById('top-errors').hidden,
                    planHidden: document.getElementById('plan').hidden};""", err_css)
        checks.ok(info['text'].strip() != '' and info['visible'],
                  'the service\'s message is shown: "%s"' % info['text'].replace('Error: ', '').replace('Fout: ', ''))
        checks.ok(info['sameField'] and info['described'] and info['invalid'] == 'true',
                  'the message sits next to the employees field (same field, aria-describedby, aria-invalid)', str(info))
        checks.ok(info['summary'] and info['planHidden'], 'a summary is shown at the top and the old plan is hidden')
        wd.js("document.querySelector('#profile-form [data-pointer=\"/organisation/employees\"]')"
              ".scrollIntoView({block: 'center'});")
        size = wd.screenshot(os.path.join(out_dir, 'error.png'))
        checks.ok(size > 10000, 'screenshot saved: %s (%d bytes)' % (os.path.join(out_dir, 'error.png'), size))

        # --- corrected, the plan comes back -------------------------------------------------------
        wd.type(org + ' [data-field="employees"]', '85')
        wd.click('#submit')
        wait_plan(wd, 'nl')
        checks.ok(not wd.find_all('.field-error'), 'after the correction the error is gone and the plan is back')

        # --- nothing outside the server's origin was requested ------------------------------------
        log = wd.performance_log()
        if log is None:
            checks.ok(True, 'no performance log from chromedriver; skipped the request check')
        else:
            urls = set()
            for entry in log:
                msg = json.loads(entry.get('message', '{}')).get('message', {})
                if msg.get('method') == 'Network.requestWillBeSent':
                    urls.add(msg['params']['request']['url'])
            foreign = sorted(u for u in urls if not (u.startswith(base + '/') or u.startswith(('data:', 'blob:'))))
            checks.ok(urls and not foreign, 'the page made %d requests, all to %s' % (len(urls), base),
                      'foreign: %s' % foreign[:5])
    except Exception as e:  # noqa: BLE001 - every failure is reported, then the processes stopped
        if not getattr(e, 'reported', False):
            checks.ok(False, str(e) if isinstance(e, Failure) else '%s: %s' % (type(e).__name__, e))
        if wd is not None and wd.sid:
            try:
                wd.screenshot(os.path.join(out_dir, 'failure.png'))
                print('note: screenshot of the failure: %s' % os.path.join(out_dir, 'failure.png'))
            except Failure:
                pass
    finally:
        if wd is not None:
            try:
                wd.quit()
            except Failure:
                pass
        stop(driver_proc, 'chromedriver')
        stop(server, 'ailit serve')


def main(argv):
    if len(argv) != 3:
        print('usage: browser_test.py AILIT_BINARY OUT_DIR', file=sys.stderr)
        return 2
    binary, out_dir = argv[1], argv[2]
    checks = Checks()
    missing = [name for name, path in (('chromium', CHROMIUM), ('chromedriver', shutil.which('chromedriver')))
               if not path or not os.access(path, os.X_OK)]
    if missing:
        print('FAIL: %s not found; install the Debian packages chromium and chromium-driver '
              '(apt-get install -y chromium chromium-driver)' % ' and '.join(missing))
        return 1
    if not os.access(binary, os.X_OK):
        print('FAIL: %s is not an executable ailit binary' % binary)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    run(binary, out_dir, checks)
    if checks.failed:
        print('FAIL: %d check(s) failed' % checks.failed)
        return 1
    print('ok: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
