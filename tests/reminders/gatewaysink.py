"""An SMS gateway for the reminder tests: HTTP on 127.0.0.1, each POST written to a folder as JSON.

Prints its port on stdout, then serves until stdin closes. Answers every request with --status.
"""
import argparse
import http.server
import json
import os
import sys
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--folder", required=True)
parser.add_argument("--status", type=int, default=200)
args = parser.parse_args()
count = 0
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        with lock:
            count += 1
            name = os.path.join(args.folder, "%06d.json" % count)
        record = {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                  "body": body.decode("utf-8")}
        with open(name + ".part", "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.rename(name + ".part", name)
        answer = b'{"status": "queued"}'
        self.send_response(args.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *unused):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
server.shutdown()
