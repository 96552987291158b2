#!/usr/bin/env python3
"""The official Kubernetes Python client against `fluidctl sim serve` (an independent peer).
Prints one line per check; the test compares the whole output."""
import json, sys
from kubernetes import client, config, watch

config.load_kube_config(config_file=sys.argv[1])
api = client.CustomObjectsApi()
g, v, ns = "data.fluid.io", "v1alpha1", "default"
ds = {"apiVersion": f"{g}/{v}", "kind": "Dataset", "metadata": {"name": "py"},
      "spec": {"mounts": [{"mountPoint": "oss://bucket/py", "name": "py"}]}}
start = api.list_namespaced_custom_object(g, v, ns, "datasets")
api.create_namespaced_custom_object(g, v, ns, "datasets", ds)
got = api.get_namespaced_custom_object(g, v, ns, "datasets", "py")
print("get", got["metadata"]["name"], bool(got["metadata"]["uid"]), got["kind"])
listed = api.list_namespaced_custom_object(g, v, ns, "datasets", label_selector="!nope")
print("list", [i["metadata"]["name"] for i in listed["items"]])
api.patch_namespaced_custom_object(g, v, ns, "datasets", "py", {"metadata": {"labels": {"peer": "python"}}})
print("labels", api.get_namespaced_custom_object(g, v, ns, "datasets", "py")["metadata"]["labels"])
rt = {"apiVersion": f"{g}/{v}", "kind": "AlluxioRuntime", "metadata": {"name": "py"}, "spec": {"replicas": 1}}
api.create_namespaced_custom_object(g, v, ns, "alluxioruntimes", rt)
api.patch_namespaced_custom_object_scale(g, v, ns, "alluxioruntimes", "py", {"spec": {"replicas": 3}})
print("scale", api.get_namespaced_custom_object_scale(g, v, ns, "alluxioruntimes", "py")["spec"]["replicas"])
w = watch.Watch()
seen = []
for e in w.stream(api.list_namespaced_custom_object, g, v, ns, "datasets",
                  resource_version=start["metadata"]["resourceVersion"], timeout_seconds=10):
    seen.append(e["type"] + " " + e["object"]["metadata"]["name"])
    if len(seen) == 1:
        w.stop()
print("watch", seen)
try:
    api.get_namespaced_custom_object(g, v, ns, "datasets", "nope")
except client.ApiException as ex:
    body = json.loads(ex.body)
    print("error", ex.status, body["reason"], body["message"])
core = client.CoreV1Api()
print("namespace", core.read_namespace("default").metadata.name)
# Typed reads of core kinds (the client requires nodeInfo's IDs and containers' imageID).
nodes = core.list_node().items
print("nodes", len(nodes), all(n.status.node_info.boot_id for n in nodes))
pods = [p for p in core.list_namespaced_pod("default").items if p.metadata.name.startswith("demo-")]
print("pods", sorted(p.metadata.name for p in pods),
      all(c.image_id.startswith("sim://sha256:") for p in pods for c in (p.status.container_statuses or []) if c.ready))
api.delete_namespaced_custom_object(g, v, ns, "alluxioruntimes", "py")
# Gone at once, or terminating while Fluid's finalizer does its work (the controllers race us).
try:
    left = api.get_namespaced_custom_object(g, v, ns, "alluxioruntimes", "py")
    print("deleting", "deletionTimestamp" in left["metadata"])
except client.ApiException as ex:
    print("deleting", ex.status == 404)
