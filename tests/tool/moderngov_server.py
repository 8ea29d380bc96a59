# SPDX-License-Identifier: LGPL-2.1-or-later
"""A ModernGov web service on 127.0.0.1 for the tests: replays the real
responses in tests/data/moderngov and misbehaves on purpose when the
path starts with a mode ("/e500/mgWebService.asmx/GetMeeting?...").

    with ModernGovServer() as server:
        server.base              # http://127.0.0.1:PORT
        server.url("truncated")  # http://127.0.0.1:PORT/truncated
        server.requests          # [(path?query, user-agent), ...]

Nothing but 127.0.0.1 is ever listened on or reached."""
import http.server
import os
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data", "moderngov")


def fixture(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


def answer_for(method, query):
    """The body a good server gives, or None for 404."""
    if method == "GetCommittees":
        return fixture("committees.xml")
    if method == "GetMeetings" and query.get("lCommitteeId") == ["144"]:
        return fixture("meetings.xml")
    if method == "GetMeeting":
        meeting = query.get("lMeetingId", [""])[0]
        return {"4967": fixture("meeting_with_minutes.xml"),
                "4966": fixture("meeting_cancelled.xml")}.get(meeting)
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, body, content_type="text/xml; charset=utf-8", length=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self):
        server = self.server.owner
        parsed = urllib.parse.urlsplit(self.path)
        with server.lock:
            server.requests.append((self.path, self.headers.get("User-Agent")))
        parts = parsed.path.strip("/").split("/")
        mode = parts[0] if len(parts) == 3 else None
        method = parts[-1]
        query = urllib.parse.parse_qs(parsed.query)
        body = answer_for(method, query)

        # Misbehaviour on GetMeeting only, so the lists still come.
        if mode == "down" and method == "GetMeetings":
            return self.send_body(500, b"<html><body>Server Error</body></html>", "text/html")
        if mode and method == "GetMeeting":
            if mode == "e500" and query.get("lMeetingId") == ["4966"]:
                return self.send_body(500, b"<html><body>Server Error</body></html>", "text/html")
            if mode == "html":
                return self.send_body(200, b"<!DOCTYPE html><html><body><p>Sign in<br></p></body></html>",
                                      "text/html")
            if mode == "truncated":
                self.send_body(200, body[:300], length=len(body))
                self.close_connection = True
                return
            if mode == "huge":
                self.send_body(200, body[:100], length=2 * 1024 * 1024 * 1024)
                self.close_connection = True
                return
            if mode == "hang":
                time.sleep(4)
        if body is None:
            return self.send_body(404, b"<html><body>Not Found</body></html>", "text/html")
        self.send_body(200, body)


class ModernGovServer:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.httpd.owner = self
        self.base = "http://127.0.0.1:%d" % self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, mode=None):
        return self.base + ("/" + mode if mode else "")

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
