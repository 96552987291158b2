#!/usr/bin/env python3
"""A stand-in API server for fluidctl's TLS and authentication tests (loopback only).

Answers GET requests with an empty list (or a version for /version), adds a Warning header,
and appends one JSON line per request to --log: the path, the Authorization header and the
client certificate's subject. With --cert/--key it speaks TLS; with --client-ca it requires
a client certificate signed by that CA. Writes the bound port to --port-file when ready.
"""
import argparse, json, ssl, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port-file", required=True)
parser.add_argument("--log", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--client-ca")
parser.add_argument("--delay", type=float, default=0, help="seconds to wait before answering")
parser.add_argument("--drop-first", type=int, default=0, help="close the connection without an answer this many times")
parser.add_argument("--no-fluid", action="store_true", help="serve no data.fluid.io kinds (404 page not found)")
parser.add_argument("--watch-events", type=int, default=0,
                    help="answer watches with this many MODIFIED events of dataset 'bench', then DELETED")
args = parser.parse_args()


def dataset(generation):
    return {"apiVersion": "data.fluid.io/v1alpha1", "kind": "Dataset",
            "metadata": {"name": "bench", "namespace": "default", "uid": "u-1", "resourceVersion": str(10 + generation),
                         "labels": {"generation": str(generation)}},
            "spec": {"mounts": [{"mountPoint": "oss://bucket/data", "name": "data"}]},
            "status": {"phase": "Bound", "conditions": []}}


WATCH_BODY = b"".join(
    json.dumps({"type": "MODIFIED", "object": dataset(i)}).encode() + b"\n" for i in range(args.watch_events)
) + json.dumps({"type": "DELETED", "object": dataset(args.watch_events)}).encode() + b"\n"


dropped = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def do_GET(self):
        if args.delay:
            import time
            time.sleep(args.delay)
        subject = ""
        if hasattr(self.connection, "getpeercert"):
            cert = self.connection.getpeercert()
            if cert:
                subject = ",".join("=".join(x) for rdn in cert.get("subject", ()) for x in rdn)
        with open(args.log, "a") as f:
            f.write(json.dumps({"path": self.path, "authorization": self.headers.get("Authorization", ""),
                                "client": subject, "userAgent": self.headers.get("User-Agent", ""),
                                "port": str(self.client_address[1])}) + "\n")
        global dropped
        if dropped < args.drop_first:
            dropped += 1
            self.close_connection = True
            return
        if args.no_fluid and self.path.startswith("/apis/data.fluid.io/"):
            data = b"404 page not found\n"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if "watch=1" in self.path and args.watch_events:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(WATCH_BODY)
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path.split("?")[0].endswith("/datasets/bench"):
            body = dataset(0)
        elif self.path.startswith("/version"):
            body = {"major": "1", "minor": "32", "gitVersion": "v1.32.0-stub", "platform": "linux/amd64"}
        else:
            body = {"kind": "DatasetList", "apiVersion": "data.fluid.io/v1alpha1", "metadata": {"resourceVersion": "7"}, "items": []}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Warning", '299 - "stub server says hello"')
        self.end_headers()
        self.wfile.write(data)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
if args.cert:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    if args.client_ca:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(args.client_ca)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
with open(args.port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(args.port_file + ".tmp", args.port_file)
server.serve_forever()
