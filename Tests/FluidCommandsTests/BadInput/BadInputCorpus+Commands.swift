/// Flags, names, file kinds, state files, kubeconfigs and environments.
extension BadInputCorpus {
  static func run(_ name: String, _ line: [String], code: Int32 = 64, _ message: String) -> BadInputCase {
    BadInputCase(name: name, args: line, code: code, message: message)
  }

  static var flagCases: [BadInputCase] {
    let replicas = "expected a whole number from 0 to 2147483647"
    let duration = "use a positive Go duration such as 30s, 5m or 1h30m"
    return [
      run("autoscale --cron without a size", ["autoscale", "d1", "--cron", "0 8 * * *"], "invalid --cron \"0 8 * * *\": use SCHEDULE=SIZE"),
      run("autoscale --cron of four fields", ["autoscale", "d1", "--cron", "0 8 * *=2"], "the schedule must be five cron fields"),
      run("autoscale --cron of a bad minute", ["autoscale", "d1", "--cron", "61 8 * * *=2"], "the schedule must be five cron fields"),
      run("autoscale --cron size 2^31", ["autoscale", "d1", "--cron", "0 8 * * *=2147483648"], "must be from 0 to 2147483647"),
      run("autoscale --min without --max", ["autoscale", "d1", "--min", "2", "--cron", "0 8 * * *=2"], "--max is required"),
      run("plan without a size", ["plan", "--pods", "10", "--deadline", "3m"], "give --size (or --from dataset/NAME)"),
      run("plan --pods 0", ["plan", "--size", "1G", "--pods", "0", "--deadline", "3m"], "--pods must be from 1 to 1000, not 0"),
      run("plan --pods 2^64", ["plan", "--size", "1G", "--pods", "18446744073709551616", "--deadline", "3m"], "--pods must be from 1 to 1000"),
      run("plan --size=-1G", ["plan", "--size=-1G", "--pods", "1", "--deadline", "3m"], "--size must be a size from 1 byte to 1Ei"),
      run("plan --size 9Ei", ["plan", "--size", "9Ei", "--pods", "1", "--deadline", "3m"], "--size must be a size from 1 byte to 1Ei"),
      run("plan --deadline 0", ["plan", "--size", "1G", "--pods", "1", "--deadline", "0"], "--deadline must be more than 0"),
      run("plan --deadline 1e400s", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1e400s"], "--deadline must be a duration"),
      run("plan --ufs-bandwidth fast", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--ufs-bandwidth", "fast"], "--ufs-bandwidth must be a bandwidth"),
      run("plan --ufs-bandwidth 0", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--ufs-bandwidth", "0Gbps"], "--ufs-bandwidth must be a bandwidth"),
      run("plan --read-fraction 2", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--read-fraction", "2"], "--read-fraction must be more than 0 and at most 1"),
      run("plan --read-fraction nan", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--read-fraction", "nan"], "--read-fraction must be more than 0 and at most 1"),
      run("plan --workers past --cache-nodes", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--cache-nodes", "4", "--workers", "2,8"], "--workers must be from 1 to 4, not 8"),
      run("plan --tiers NVME", ["plan", "--size", "1G", "--pods", "1", "--deadline", "1m", "--tiers", "NVME"], "--tiers takes MEM, SSD and HDD"),
      run("plan --from of a pod", ["plan", "--from", "pod/x", "--pods", "1", "--deadline", "1m"], "--from takes dataset/NAME"),
      run("plan --from a missing dataset", ["plan", "--from", "dataset/nope", "--pods", "1", "--deadline", "1m"], code: 3, "datasets.data.fluid.io \"nope\" not found"),
      BadInputCase(
        name: "sim run --chart-file over an existing file", args: ["sim", "run", "serverless-model-load", "--chart-file", "$DIR/mine.svg"],
        files: ["mine.svg": "<svg/>"], code: 64, message: "already exists: choose a new file for --chart-file"),
      run("scale --replicas -1", ["scale", "d1", "--replicas", "-1"], replicas),
      run("scale --replicas 2^31", ["scale", "d1", "--replicas", "2147483648"], replicas),
      run("scale --replicas 2^64", ["scale", "d1", "--replicas", "18446744073709551616"], replicas),
      run("scale --replicas 1.5", ["scale", "d1", "--replicas", "1.5"], replicas),
      run("scale --replicas 1e3", ["scale", "d1", "--replicas", "1e3"], replicas),
      run("scale --replicas abc", ["scale", "d1", "--replicas", "abc"], replicas),
      run("scale --replicas past the simulator's limit", ["scale", "d1", "--replicas", "10001"], "must be no more than 10000"),
      run("scale --timeout 1e400s", ["scale", "d1", "--replicas", "2", "--wait", "--timeout", "1e400s"], "invalid duration \"1e400s\" for --timeout"),
      run("scale --timeout past Go's range", ["scale", "d1", "--replicas", "2", "--wait", "--timeout", "9999999999h"], "invalid duration \"9999999999h\" for --timeout"),
      run("dataset create --replicas -1", ["dataset", "create", "d2", "--mount", "s3://b/", "--replicas", "-1"], replicas),
      run("dataset create --replicas 99999999999", ["dataset", "create", "d2", "--mount", "s3://b/", "--replicas", "99999999999"], replicas),
      run("dataset create --cache MEM:8Ei", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM:8Ei"], "must be above 0 and less than 8Ei"),
      run("dataset create --cache MEM:1e400", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM:1e400"], "must be above 0 and less than 8Ei"),
      run("dataset create --cache MEM:-1Gi", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM:-1Gi"], "must be above 0 and less than 8Ei"),
      run("dataset create --cache MEM:0", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM:0"], "must be above 0 and less than 8Ei"),
      run("dataset create --cache MEM:2Ei", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM:2Ei"], "must be no more than 1Ei"),
      run("dataset create --cache without quota", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "MEM"], "expected MEDIUM:QUOTA[:PATH]"),
      run("dataset create --cache relative path", ["dataset", "create", "d2", "--mount", "s3://b/", "--cache", "SSD:1Gi:cache"], "must be absolute"),
      run("dataset create with an upper-case name", ["dataset", "create", "D2", "--mount", "s3://b/"], "invalid dataset name \"D2\""),
      run("dataset create with a name of 64 characters", ["dataset", "create", String(repeating: "a", count: 64), "--mount", "s3://b/"], "invalid dataset name"),
      run("dataset create --mount without scheme", ["dataset", "create", "d2", "--mount", "bucket"], "invalid mount \"bucket\""),
      run("load --path /:0", ["load", "d1", "--path", "/:0"], "must be from 1 to 2147483647, not 0"),
      run("load --path /:-1", ["load", "d1", "--path", "/:-1"], "must be from 1 to 2147483647, not -1"),
      run("load --path /:1000000000", ["load", "d1", "--path", "/:1000000000"], "must be no more than 1000"),
      run("load --path /:2^64", ["load", "d1", "--path", "/:18446744073709551616"], "must be from 1 to 2147483647"),
      run("load --path /:abc", ["load", "d1", "--path", "/:abc"], "must be a whole number from 1 to 2147483647"),
      run("load --path without /", ["load", "d1", "--path", "train"], "paths start with /"),
      run("load of a dataset that does not exist", ["load", "nosuch"], code: 3, "datasets.data.fluid.io \"nosuch\" not found"),
      run("sim advance 1e400h", ["sim", "advance", "1e400h"], duration),
      run("sim advance 99999999999h", ["sim", "advance", "99999999999h"], duration),
      run("sim advance 2562047h", ["sim", "advance", "2562047h"], "move the clock at most 100000h"),
      run("sim advance 0s", ["sim", "advance", "0s"], duration),
      run("sim advance abc", ["sim", "advance", "abc"], duration),
      run("sim advance 5", ["sim", "advance", "5"], duration),
      run("sim init --speed 0", ["sim", "init", "--force", "--speed", "0"], "--speed must be a number above 0 and at most 1000000"),
      run("sim init --speed nan", ["sim", "init", "--force", "--speed", "nan"], "--speed must be a number above 0 and at most 1000000"),
      run("sim init --speed inf", ["sim", "init", "--force", "--speed", "inf"], "--speed must be a number above 0 and at most 1000000"),
      run("sim init --speed 1e308", ["sim", "init", "--force", "--speed", "1e308"], "--speed must be a number above 0 and at most 1000000"),
      run("sim init --speed -1", ["sim", "init", "--force", "--speed=-1"], "--speed must be a number above 0 and at most 1000000"),
      run("sim init --clock sundial", ["sim", "init", "--force", "--clock", "sundial"], "The value 'sundial' is invalid for '--clock <clock>'"),
      run("sim init --scenario missing", ["sim", "init", "--force", "--scenario", "/nonexistent.yaml"], "unknown scenario \"/nonexistent.yaml\""),
      run("sim ufs set --size 9Ei", ["sim", "ufs", "set", "s3://b/", "--size", "9Ei"], "must be from 0 to 1Ei"),
      run("sim ufs set --size -1Gi", ["sim", "ufs", "set", "s3://b/", "--size=-1Gi"], "must be from 0 to 1Ei"),
      run("sim ufs set --size 10Gx", ["sim", "ufs", "set", "s3://b/", "--size", "10Gx"], "invalid --size \"10Gx\""),
      run("sim ufs set --files 1e30K", ["sim", "ufs", "set", "s3://b/", "--size", "1Gi", "--files", "1e30K"], "use a count from 0 to 1T"),
      run("sim ufs set --files -5", ["sim", "ufs", "set", "s3://b/", "--size", "1Gi", "--files=-5"], "use a count from 0 to 1T"),
      run("sim ufs set --bandwidth 1e300Gbps", ["sim", "ufs", "set", "s3://b/", "--size", "1Gi", "--bandwidth", "1e300Gbps"], "use a rate up to 1Pbps"),
      run("sim ufs set --bandwidth fast", ["sim", "ufs", "set", "s3://b/", "--size", "1Gi", "--bandwidth", "fast"], "use a rate up to 1Pbps"),
      run("sim ufs set without scheme", ["sim", "ufs", "set", "bucket", "--size", "1Gi"], "invalid URL \"bucket\""),
      run("sim fault ufs-slow --factor 0", ["sim", "fault", "ufs-slow", "s3://b/", "--factor", "0"], "--factor must be 1 or more"),
      run("sim fault ufs-slow --factor 1e400", ["sim", "fault", "ufs-slow", "s3://b/", "--factor", "1e400"], "--factor must be 1 or more"),
      run("sim fault node-down of no node", ["sim", "fault", "node-down", "nosuch"], code: 3, "nodes \"nosuch\" not found"),
      run("sim serve --listen port 99999", ["sim", "serve", "--listen", "127.0.0.1:99999"], "--listen must be HOST:PORT"),
      run("sim serve --faults rate 2", ["sim", "serve", "--faults", "500:2"], "invalid fault \"500:2\""),
      run("get --request-timeout 1e400s", ["get", "datasets", "--request-timeout", "1e400s"], "invalid duration \"1e400s\" for --request-timeout"),
      run("get -o bogus", ["get", "datasets", "-o", "bogus"], "unable to match a printer suitable for the output format \"bogus\""),
      run("get -o jsonpath unclosed", ["get", "datasets", "-o", "jsonpath={.items["], "error parsing jsonpath"),
      run("get -l unclosed", ["get", "datasets", "-l", "a in ("], "unable to parse requirement"),
      run("get -l bad key", ["get", "datasets", "-l", "a b=x"], "error:"),
      run("get -v 2^64", ["get", "datasets", "-v", "18446744073709551616"], "is invalid for '-v <level>'"),
      run("wait --for bogus", ["wait", "dataset/d1", "--for", "bogus"], "unrecognized condition: \"bogus\""),
      run("wait --timeout abc", ["wait", "dataset/d1", "--for", "phase=Bound", "--timeout", "abc"], "invalid duration \"abc\" for --timeout"),
      run("an unknown command", ["frobnicate"], "unknown command \"frobnicate\" for \"fluidctl\""),
      run("an unknown flag", ["get", "datasets", "--frobnicate"], "Unknown option '--frobnicate'"),
    ]
  }

  static var nameCases: [BadInputCase] {
    [
      run("get of a name with escapes", ["get", "dataset", "\u{1b}]0;pwned\u{07}x"], code: 3, "datasets.data.fluid.io \"\\x1b]0;pwned\\x07x\" not found"),
      run("describe of an upper-case name", ["describe", "dataset", "UPPER"], code: 3, "datasets.data.fluid.io \"UPPER\" not found"),
      run("delete of an empty name", ["delete", "dataset", ""], "resource name may not be empty"),
      run("get of an empty name", ["get", "dataset", ""], "resource name may not be empty"),
      run("get of KIND/ without name", ["get", "dataset/"], "there is no need to specify a resource type"),
      run("get of an unknown kind", ["get", "nosuchkind"], code: 3, "the server doesn't have a resource type \"nosuchkind\""),
      run("scale of an unknown runtime", ["scale", "alluxioruntime/nosuch", "--replicas", "1"], code: 3, "not found"),
      run("cache of an unknown dataset", ["cache", "nosuch"], code: 3, "datasets.data.fluid.io \"nosuch\" not found"),
      run("get of a dataset in an invalid namespace", ["get", "dataset", "d1", "-n", "Bad_NS"], code: 3, "datasets.data.fluid.io \"d1\" not found"),
    ]
  }

  static var fileCases: [BadInputCase] {
    [
      run("-f of a missing path", ["apply", "-f", "$DIR/missing.yaml"], "the path \"$DIR/missing.yaml\" does not exist"),
      BadInputCase(name: "-f of an empty file", args: ["apply", "-f", "$DIR/empty.yaml"], files: ["empty.yaml": ""], code: 64, message: "no objects passed to apply"),
      BadInputCase(name: "-f of a folder of no manifests", args: ["apply", "-f", "$DIR/notes"], files: ["notes/readme.txt": "hello"], code: 64, message: "recognized file extensions are [.json .yaml .yml]"),
      BadInputCase(name: "-f of a binary file", args: ["apply", "-f", "$DIR/x.yaml"], binaryFiles: ["x.yaml": [0x7f, 0x45, 0x4c, 0x46, 0xff, 0x00]], code: 64, message: "not UTF-8 text"),
      BadInputCase(name: "-f - of garbage", args: ["apply", "-f", "-"], stdin: "{{{", code: 64, message: "error parsing STDIN"),
      BadInputCase(name: "-f - of nothing", args: ["apply", "-f", "-"], stdin: "", code: 64, message: "no objects passed to apply"),
      BadInputCase(
        name: "-f of a folder with one bad file", args: ["apply", "-f", "$DIR/m"],
        files: ["m/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\n", "m/b.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n"],
        code: 64, message: "error parsing"),
      run("delete -f of a missing path", ["delete", "-f", "$DIR/missing.yaml"], "the path \"$DIR/missing.yaml\" does not exist"),
    ]
  }

  static var stateFileCases: [BadInputCase] {
    let foreign = "$DIR/notes.txt"
    return [
      BadInputCase(
        name: "--sim-state of a text file", args: ["--sim-state", foreign, "get", "datasets"], files: ["notes.txt": "my notes\n"], code: 64,
        message: "notes.txt is not a fluidctl state (not an SQLite database)", statePath: foreign),
      BadInputCase(
        name: "sim init over a text file", args: ["--sim-state", foreign, "sim", "init", "--force"], files: ["notes.txt": "my notes\n"], code: 64,
        message: "notes.txt is not a fluidctl state", statePath: foreign),
      BadInputCase(
        name: "FLUIDCTL_SIM_STATE of a text file", args: ["get", "datasets"], files: ["notes.txt": "my notes\n"], environment: ["FLUIDCTL_SIM_STATE": foreign], code: 64,
        message: "notes.txt is not a fluidctl state", statePath: foreign),
      BadInputCase(
        name: "--sim-state of a folder", args: ["--sim-state", "$DIR/folder", "get", "datasets"], files: ["folder/x": ""], code: 64,
        message: "folder is not a regular file"),
      BadInputCase(
        name: "--sim-state under a file", args: ["--sim-state", "$DIR/notes.txt/s.db", "get", "datasets"], files: ["notes.txt": "my notes\n"], code: 1,
        message: "cannot create the folder $DIR/notes.txt for the embedded cluster state: Not a directory", statePath: foreign),
      BadInputCase(name: "sim init over the state without --force", args: ["sim", "init"], code: 64, message: "already holds an embedded cluster; pass --force"),
      BadInputCase(name: "sim init --clock manual over the state", args: ["sim", "init", "--clock", "manual"], code: 64, message: "pass --force to discard it"),
    ]
  }

  static var configurationCases: [BadInputCase] {
    let kubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: \"http://127.0.0.1:1\"}\ncontexts:\n- name: ctx\n  context: {cluster: c, user: u}\ncurrent-context: ctx\nusers:\n- name: u\n  user: {}\n"
    return [
      run("--kubeconfig of a missing file", ["--kubeconfig", "$DIR/nope", "dataset", "create", "x", "--mount", "s3://b/"], "stat $DIR/nope: no such file or directory"),
      BadInputCase(
        name: "KUBECONFIG of a missing file", args: ["dataset", "create", "x", "--mount", "s3://b/"], environment: ["KUBECONFIG": "$DIR/nope", "FLUIDCTL_SIM_STATE": nil],
        code: 64, message: "KUBECONFIG names no file that exists ($DIR/nope)"),
      BadInputCase(
        name: "KUBECONFIG of two missing files", args: ["get", "datasets"], environment: ["KUBECONFIG": "$DIR/a:$DIR/b", "FLUIDCTL_SIM_STATE": nil],
        code: 64, message: "KUBECONFIG names no file that exists ($DIR/a:$DIR/b)"),
      BadInputCase(
        name: "KUBECONFIG of a malformed file", args: ["get", "datasets"], files: ["kc": "clusters: [\n"], environment: ["KUBECONFIG": "$DIR/kc", "FLUIDCTL_SIM_STATE": nil],
        code: 64, message: "error loading config file"),
      BadInputCase(
        name: "--context that the kubeconfig lacks", args: ["--kubeconfig", "$DIR/kc", "--context", "nosuch", "get", "datasets"], files: ["kc": kubeconfig],
        code: 64, message: "context was not found for specified context: nosuch"),
      BadInputCase(
        name: "--context without a kubeconfig beats FLUIDCTL_SIM_STATE", args: ["--context", "prod", "dataset", "create", "x", "--mount", "s3://b/"],
        code: 64, message: "context was not found for specified context: prod"),
      BadInputCase(
        name: "--server beats FLUIDCTL_SIM_STATE", args: ["--server", "http://127.0.0.1:1", "dataset", "create", "x", "--mount", "s3://b/"],
        code: 7, message: "The connection to the server 127.0.0.1:1 was refused"),
      BadInputCase(
        name: "--kubeconfig beats FLUIDCTL_SIM_STATE", args: ["--kubeconfig", "$DIR/kc", "dataset", "create", "x", "--mount", "s3://b/"], files: ["kc": kubeconfig],
        code: 7, message: "The connection to the server 127.0.0.1:1 was refused"),
      BadInputCase(
        name: "KUBECONFIG with one file missing merges the other", args: ["get", "datasets"], files: ["kc": kubeconfig],
        environment: ["KUBECONFIG": "$DIR/nope:$DIR/kc", "FLUIDCTL_SIM_STATE": nil], code: 7, message: "The connection to the server 127.0.0.1:1 was refused"),
      BadInputCase(
        name: "--server with a bad URL", args: ["--server", "ht!tp://x", "get", "datasets"], code: 64, message: "invalid server URL \"ht!tp://x\""),
      BadInputCase(
        name: "--request-timeout negative", args: ["--server", "http://127.0.0.1:1", "get", "datasets", "--request-timeout=-5s"], code: 64, message: "invalid --request-timeout \"-5s\""),
    ]
  }
}
