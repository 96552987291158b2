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
args = parser.parse_args()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def do_GET(self):
        subject = ""
        if hasattr(self.connection, "getpeercert"):
            cert = self.connection.getpeercert()
            if cert:
                subject = ",".join("=".join(x) for rdn in cert.get("subject", ()) for x in rdn)
        with open(args.log, "a") as f:
            f.write(json.dumps({"path": self.path, "authorization": self.headers.get("Authorization", ""),
                                "client": subject, "userAgent": self.headers.get("User-Agent", "")}) + "\n")
        if self.path.startswith("/version"):
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
