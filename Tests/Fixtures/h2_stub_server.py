#!/usr/bin/env python3
"""An HTTPS stub API server that speaks HTTP/2 (hypercorn), for fluidctl's transport tests.
Answers every GET with an empty DatasetList and appends the HTTP version of each request to
--log. Writes its port to --port-file when ready."""
import argparse, asyncio, json, os, socket
from hypercorn.asyncio import serve
from hypercorn.config import Config

parser = argparse.ArgumentParser()
parser.add_argument("--port-file", required=True)
parser.add_argument("--log", required=True)
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
args = parser.parse_args()


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    with open(args.log, "a") as f:
        f.write(json.dumps({"path": scope["path"], "http": scope["http_version"]}) + "\n")
    body = json.dumps({"kind": "DatasetList", "apiVersion": "data.fluid.io/v1alpha1",
                       "metadata": {"resourceVersion": "1"}, "items": []}).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
config = Config()
config.bind = [f"127.0.0.1:{port}"]
config.certfile = args.cert
config.keyfile = args.key
config.alpn_protocols = ["h2", "http/1.1"]
config.accesslog = None
config.errorlog = None


async def main():
    task = asyncio.ensure_future(serve(app, config))
    await asyncio.sleep(0.3)
    with open(args.port_file + ".tmp", "w") as f:
        f.write(str(port))
    os.rename(args.port_file + ".tmp", args.port_file)
    await task

asyncio.run(main())
