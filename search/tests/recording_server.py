"""A loopback HTTP endpoint that answers like Elasticsearch 8 and records every request."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class RecordingHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = None
        if raw:
            text = raw.decode()
            try:
                body = json.loads(text)
            except ValueError:  # bulk requests are newline-delimited JSON
                body = [json.loads(line) for line in text.splitlines() if line.strip()]
        self.server.requests.append({"method": self.command, "path": self.path, "body": body})
        status, payload = self.reply(self.command, self.path.split("?")[0])
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Type", "application/vnd.elasticsearch+json; compatible-with=8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

    def reply(self, method, path):
        if path == "/":
            return 200, {"version": {"number": "8.19.3", "build_flavor": "default"}, "tagline": "You Know, for Search"}
        if path.endswith("/_search"):
            return 200, {"took": 1, "timed_out": False, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
        if path.endswith("/_count"):
            return 200, {"count": 0}
        if "/_doc/" in path:
            return 201, {"_id": path.rsplit("/", 1)[-1], "result": "created", "_version": 1}
        if path.endswith("/_bulk"):
            return 200, {"took": 1, "errors": False, "items": []}
        if method == "HEAD":
            return 404, {}
        return 200, {"acknowledged": True}


class RecordingServer:
    """Start with ``with RecordingServer() as server:``; ``server.url``, ``server.requests``."""

    def __enter__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), RecordingHandler)
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def requests(self):
        return self.httpd.requests

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
