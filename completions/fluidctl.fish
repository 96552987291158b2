function __fluidctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __fluidctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __fluidctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __fluidctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __fluidctl_parse_tokens -S
    set -l unparsed_tokens (__fluidctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'fluidctl'
        __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'get'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'l/selector=' 'field-selector=' 'no-headers' 'show-labels' 'L/label-columns=+' 'w/watch' 'watch-only' 'output-watch-events' 'sort-by=' 'chunk-size=' 'ignore-not-found' 'version' 'h/help'
        case 'describe'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'l/selector=' 'version' 'h/help'
        case 'create'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'dry-run=' 'validate=' 'version' 'h/help'
        case 'apply'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'dry-run=' 'validate=' 'force-conflicts' 'server-side' 'field-manager=' 'version' 'h/help'
        case 'delete'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'l/selector=' 'all' 'wait=' 'timeout=' 'ignore-not-found' 'cascade=' 'dry-run=' 'version' 'h/help'
        case 'patch'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'p/patch=' 'patch-file=' 'type=' 'subresource=' 'l/selector=' 'all' 'dry-run=' 'version' 'h/help'
        case 'label'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'overwrite' 'list' 'l/selector=' 'all' 'resource-version=' 'dry-run=' 'version' 'h/help'
        case 'annotate'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'overwrite' 'list' 'l/selector=' 'all' 'resource-version=' 'dry-run=' 'version' 'h/help'
        case 'dataset'
            __fluidctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'mount=+' 'option=+' 'secret-option=+' 'runtime=' 'replicas=' 'cache=+' 'placement=' 'node-selector=+' 'dry-run=' 'version' 'h/help'
            end
        case 'load'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'path=+' 'metadata' 'schedule=' 'name=' 'wait' 'timeout=' 'version' 'h/help'
        case 'scale'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'replicas=' 'wait' 'timeout=' 'version' 'h/help'
        case 'cache'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
        case 'top'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'l/selector=' 'once' 'interval=' 'readonly' 'no-color' 'version' 'h/help'
        case 'wait'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'for=+' 'all' 'l/selector=' 'timeout=' 'version' 'h/help'
        case 'sim'
            __fluidctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'init'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'clock=' 'speed=' 'scenario=' 'force' 'version' 'h/help'
            case 'status'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'advance'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'pause'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'resume'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'reset'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'run'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'fault'
                __fluidctl_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'node-down'
                    __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
                case 'ufs-down'
                    __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
                case 'ufs-slow'
                    __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'factor=' 'version' 'h/help'
                case 'clear'
                    __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
                end
            case 'ufs'
                __fluidctl_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'set'
                    __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'size=' 'files=' 'bandwidth=' 'per-connection=' 'version' 'h/help'
                end
            case 'serve'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'listen=' 'write-kubeconfig=' 'faults=' 'faults-seed=' 'no-controllers' 'tls' 'tls-cert=' 'tls-key=' 'tls-ca=' 'version' 'h/help'
            case 'attach'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'scenario=' 'speed=' 'interval=' 'state=' 'version' 'h/help'
            end
        case 'crds'
            __fluidctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'install'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'dry-run=' 'wait' 'timeout=' 'version' 'h/help'
            end
        case 'version'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'client' 'version' 'h/help'
        case 'completion'
            __fluidctl_parse_subcommand 1 'version' 'h/help'
        case 'options'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'cluster=' 'user=' 's/server=' 'token=' 'certificate-authority=' 'insecure-skip-tls-verify' 'tls-server-name=' 'request-timeout=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
        case 'help'
            __fluidctl_parse_subcommand -r 1 'version'
        end
    end
end

function __fluidctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __fluidctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __fluidctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __fluidctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__fluidctl_tokens -p)
    if test -z "$(__fluidctl_tokens -t)"
        set -l index (count (__fluidctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'fluidctl' -f
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'get' -d 'Display one or many resources.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'describe' -d 'Show an object in detail: spec, status, conditions, related objects, events, and why it is not ready.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'create' -d 'Create objects from manifests; fails if one already exists.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'apply' -d 'Create or update objects from manifests (server-side apply, field manager fluidctl).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'delete' -d 'Delete objects by kind and name, by selector, or from manifests.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'patch' -d 'Change fields of objects with a merge, JSON or strategic merge patch.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'label' -d 'Add, change or remove labels of objects.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'annotate' -d 'Add, change or remove annotations of objects.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'dataset' -d 'Work with Fluid datasets.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'load' -d 'Preheat a dataset\'s cache: create a DataLoad, and with --wait follow it to the end.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'scale' -d 'Set the number of cache workers of a dataset\'s runtime (through the scale subresource).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'cache' -d 'Show a dataset\'s cache: capacity and usage per worker, node and tier (like \'alluxio fsadmin report capacity\').'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'top' -d 'A live dashboard of datasets, caches, workers, data operations and events (like k9s).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'wait' -d 'Wait until objects reach a phase or condition, or are deleted (driven by watch events).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'sim' -d 'Control the embedded simulated cluster: its clock, scenario and state.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'crds' -d 'Fluid\'s CustomResourceDefinitions, as fluidctl ships them.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'version' -d 'Print the client version, the backend in use and the server version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'completion' -d 'Print a shell completion script (bash, zsh or fish).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'options' -d 'Print the list of flags inherited by all commands.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion get -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion get -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl get" -ge 1' -fka '(__fluidctl_custom_completion ---completion get -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" l selector' -s 'l' -l 'selector' -d 'Label selector (=, ==, !=, in, notin, exists, !exists).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" field-selector' -l 'field-selector' -d 'Field selector (metadata.name, metadata.namespace).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" no-headers' -l 'no-headers' -d 'Do not print table headers.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" show-labels' -l 'show-labels' -d 'Show all labels as the last column.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get"' -s 'L' -l 'label-columns' -d 'Labels to show as columns.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" w watch' -s 'w' -l 'watch' -d 'After listing, watch for changes.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" watch-only' -l 'watch-only' -d 'Watch for changes without listing first.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" output-watch-events' -l 'output-watch-events' -d 'With --watch, print each change as {"type": ..., "object": ...}.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" sort-by' -l 'sort-by' -d 'Sort by a JSONPath ({.status.ufsTotal}); numbers and sizes by value.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" chunk-size' -l 'chunk-size' -d 'Fetch lists in pages of this size (0 disables).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" ignore-not-found' -l 'ignore-not-found' -d 'Treat not found as success.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion describe -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion describe -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl describe" -ge 1' -fka '(__fluidctl_custom_completion ---completion describe -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" l selector' -s 'l' -l 'selector' -d 'Describe every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion create -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion create -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create"' -s 'f' -l 'filename' -d 'Files, directories (recursively) or - for stdin.' -rfa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" dry-run' -l 'dry-run' -d 'none, client (validate locally) or server (validate in the cluster).' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" validate' -l 'validate' -d 'How unknown fields are treated: strict (reject), warn (drop with a warning), ignore.' -rfka 'strict warn ignore true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion apply -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion apply -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply"' -s 'f' -l 'filename' -d 'Files, directories (recursively) or - for stdin.' -rfa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" dry-run' -l 'dry-run' -d 'none, client (validate locally) or server (validate in the cluster).' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" validate' -l 'validate' -d 'How unknown fields are treated: strict (reject), warn (drop with a warning), ignore.' -rfka 'strict warn ignore true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" force-conflicts' -l 'force-conflicts' -d 'Take ownership of fields another field manager owns.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" server-side' -l 'server-side' -d 'Accepted for kubectl\'s habit: fluidctl\'s apply is always server-side.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" field-manager' -l 'field-manager' -d 'The field manager that owns the applied fields.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion delete -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion delete -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl delete" -ge 1' -fka '(__fluidctl_custom_completion ---completion delete -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete"' -s 'f' -l 'filename' -d 'Delete the objects these manifests describe.' -rfa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" l selector' -s 'l' -l 'selector' -d 'Delete every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" all' -l 'all' -d 'Delete every object of the kind in the namespace.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" wait' -l 'wait' -d 'Wait until the objects are gone (true or false).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" timeout' -l 'timeout' -d 'How long to wait (Go duration, for example 30s, 5m).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" ignore-not-found' -l 'ignore-not-found' -d 'Treat a missing object as deleted.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" cascade' -l 'cascade' -d 'background, foreground or orphan (dependents kept).' -rfka 'background foreground orphan true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion patch -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion patch -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl patch" -ge 1' -fka '(__fluidctl_custom_completion ---completion patch -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" p patch' -s 'p' -l 'patch' -d 'The patch, as JSON or YAML.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" patch-file' -l 'patch-file' -d 'Read the patch from this file (- for stdin).' -rfa '(set -l exts \'yaml\' \'yml\' \'json\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" type' -l 'type' -d 'merge, json or strategic (default: merge for custom resources, strategic for built-in kinds).' -rfka 'merge json strategic'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" subresource' -l 'subresource' -d 'Patch this subresource: status or scale.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" l selector' -s 'l' -l 'selector' -d 'Patch every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" all' -l 'all' -d 'Patch every object of the kind in the namespace.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl patch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion label -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion label -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl label" -ge 1' -fka '(__fluidctl_custom_completion ---completion label -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" overwrite' -l 'overwrite' -d 'Change keys that already have a value.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" list' -l 'list' -d 'Print the keys and values of each object instead of changing them.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" l selector' -s 'l' -l 'selector' -d 'Act on every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" all' -l 'all' -d 'Act on every object of the kind in the namespace.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" resource-version' -l 'resource-version' -d 'Change the object only if it is still at this resourceVersion (one object only).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl label" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion annotate -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion annotate -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl annotate" -ge 1' -fka '(__fluidctl_custom_completion ---completion annotate -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" overwrite' -l 'overwrite' -d 'Change keys that already have a value.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" list' -l 'list' -d 'Print the keys and values of each object instead of changing them.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" l selector' -s 'l' -l 'selector' -d 'Act on every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" all' -l 'all' -d 'Act on every object of the kind in the namespace.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" resource-version' -l 'resource-version' -d 'Change the object only if it is still at this resourceVersion (one object only).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl annotate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl dataset" -eq 1' -fa 'create' -d 'Create a Dataset and the cache runtime of the same name in one step (idempotent).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion dataset create -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion dataset create -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'mount' -d 'Data source URL (repeatable): oss://, s3://, hdfs://, https://, pvc://, local://, ...' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'option' -d 'Mount option key=value (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'secret-option' -d 'Mount option from a Secret, key=SECRET:KEY (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" runtime' -l 'runtime' -d 'Cache runtime: alluxio, jindo, juicefs, efc, vineyard, thin.' -rfka 'alluxio jindo juicefs efc vineyard thin'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" replicas' -l 'replicas' -d 'Number of cache workers.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'cache' -d 'Cache tier MEDIUM:QUOTA[:PATH] (repeatable), MEDIUM one of MEM, SSD, HDD.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" placement' -l 'placement' -d 'Worker placement: Exclusive or Shared.' -rfka 'Exclusive Shared'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'node-selector' -d 'Cache only on nodes with this label, k=v (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion load -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion load -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl load" -eq 1' -fka '(__fluidctl_custom_completion ---completion load -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load"' -l 'path' -d 'A path to load, with its cache replicas (repeatable; default: the whole dataset).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" metadata' -l 'metadata' -d 'Load metadata before the data.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" schedule' -l 'schedule' -d 'Run on a cron schedule (policy Cron).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" name' -l 'name' -d 'Name of the DataLoad (default: <dataset>-load-<random>).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" wait' -l 'wait' -d 'Wait until the DataLoad completes or fails.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" timeout' -l 'timeout' -d 'How long --wait waits (Go duration).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion scale -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion scale -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl scale" -eq 1' -fka '(__fluidctl_custom_completion ---completion scale -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" replicas' -l 'replicas' -d 'The number of cache workers.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" wait' -l 'wait' -d 'Wait until that many workers are ready.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" timeout' -l 'timeout' -d 'How long --wait waits (Go duration).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion cache -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion cache -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl cache" -eq 1' -fka '(__fluidctl_custom_completion ---completion cache -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion top -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion top -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" l selector' -s 'l' -l 'selector' -d 'Show only datasets with these labels.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" once' -l 'once' -d 'Print one snapshot and exit.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" interval' -l 'interval' -d 'How often the screen (or a snapshot) is refreshed, 100ms to 1h.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" readonly' -l 'readonly' -d 'Refuse every action (load, scale, delete).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" no-color' -l 'no-color' -d 'No colours (also with NO_COLOR set).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl top" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion wait -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion wait -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl wait" -ge 1' -fka '(__fluidctl_custom_completion ---completion wait -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait"' -l 'for' -d 'phase=P, condition=C[=STATUS], jsonpath={EXPR}[=VALUE], delete or create; repeatable.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" all' -l 'all' -d 'Wait for every object of the kind (in the namespace, or all with -A).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" l selector' -s 'l' -l 'selector' -d 'Wait for the objects of the kind with these labels.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" timeout' -l 'timeout' -d 'How long to wait (Go duration; 0 checks once).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'init' -d 'Start a new embedded cluster (--force discards the current one).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'status' -d 'Show the clock, the scenario and what the cluster holds.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'advance' -d 'Move simulated time forward (Go duration: 30s, 5m, 1h30m).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'pause' -d 'Freeze a wall clock.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'resume' -d 'Let a paused wall clock run again.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'reset' -d 'Discard every object and start again with the same scenario and clock settings.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'run' -d 'Run a scenario\'s workload to completion on a virtual clock and report the time with and without the cache.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'fault' -d 'Inject faults into the embedded cluster: a node down, a UFS down or slow; \'clear\' heals everything.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'ufs' -d 'Declare what a UFS holds and how fast it serves.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'serve' -d 'Serve the embedded cluster as a Kubernetes API server, for kubectl and other clients.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'attach' -d 'Run the simulated Fluid controllers against the current kubeconfig\'s cluster.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim init -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim init -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" clock' -l 'clock' -d 'wall (follows wall time, scaled by --speed) or manual (moves with \'sim advance\').' -rfka 'wall manual'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" speed' -l 'speed' -d 'Simulated seconds per wall second, for a wall clock.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" scenario' -l 'scenario' -d 'A built-in scenario (laptop, gpu-cluster, serverless-model-load) or a scenario file.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" force' -l 'force' -d 'Discard the embedded cluster already at the state path (never anything that is not a fluidctl state).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim status -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim status -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim advance -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim advance -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim pause -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim pause -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim resume -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim resume -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim reset -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim reset -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim run -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim run -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim fault" -eq 1' -fa 'node-down' -d 'Take a node down: its kubelet stops reporting and it is tainted node.kubernetes.io/unreachable.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim fault" -eq 1' -fa 'ufs-down' -d 'Make every UFS URL under a prefix unreachable.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim fault" -eq 1' -fa 'ufs-slow' -d 'Divide the bandwidth of every UFS URL under a prefix.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim fault" -eq 1' -fa 'clear' -d 'Heal every fault: nodes up, UFS reachable at full speed.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim fault node-down -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim fault node-down -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim fault node-down" -eq 1' -fka '(__fluidctl_custom_completion ---completion sim fault node-down -- positional@0 (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault node-down" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim fault ufs-down -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim fault ufs-down -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-down" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim fault ufs-slow -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim fault ufs-slow -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" factor' -l 'factor' -d 'How many times slower (greater than 1).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault ufs-slow" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim fault clear -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim fault clear -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim fault clear" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim ufs" -eq 1' -fa 'set' -d 'Declare a UFS endpoint: size, file count and bandwidth.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim ufs set -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim ufs set -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" size' -l 'size' -d 'Total size (quantity: 3Ti, 500Gi, 30e9).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" files' -l 'files' -d 'Number of files (1200, 1.2M).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" bandwidth' -l 'bandwidth' -d 'Aggregate egress (10Gbps, 1.25GB/s).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" per-connection' -l 'per-connection' -d 'Per-connection limit (0: none).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim ufs set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim serve -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim serve -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" listen' -l 'listen' -d 'Address and port to listen on (port 0 picks a free one).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" write-kubeconfig' -l 'write-kubeconfig' -d 'Write a kubeconfig for this server to PATH (mode 0600) once it listens.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" faults' -l 'faults' -d 'Inject faults for testing clients, e.g. 429:0.1,500:0.05,drop-watch:0.1,gone:0.05.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" faults-seed' -l 'faults-seed' -d 'Seed for the fault rolls.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" no-controllers' -l 'no-controllers' -d 'Serve the API only, with no simulated Fluid (a stand-in for a cluster that has Fluid\'s CRDs but not Fluid, for \'sim attach\').'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" tls' -l 'tls' -d 'Serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost, made now (by openssl).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" tls-cert' -l 'tls-cert' -d 'Serve HTTPS with this PEM certificate chain (needs --tls-key).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" tls-key' -l 'tls-key' -d 'The PEM private key of --tls-cert.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" tls-ca' -l 'tls-ca' -d 'The CA that signed --tls-cert, for the written kubeconfig (default: the certificate itself).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion sim attach -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion sim attach -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" scenario' -l 'scenario' -d 'The world model: a built-in scenario (laptop, gpu-cluster, serverless-model-load) or a scenario file.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" speed' -l 'speed' -d 'Simulated seconds per wall second (above 1, the times Fluid writes run ahead of the cluster\'s clock).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" interval' -l 'interval' -d 'How often to synchronise with the cluster (for example 500ms, 2s).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" state' -l 'state' -d 'Where the local model lives (default: a fresh temporary file).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim attach" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl crds" -eq 1' -fa 'install' -d 'Install (or update) the data.fluid.io CRDs in the cluster, by server-side apply.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion crds install -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion crds install -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" dry-run' -l 'dry-run' -d 'none, client (print only) or server (validate on the server).' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" wait' -l 'wait' -d 'Wait until the API server has established every CRD.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" timeout' -l 'timeout' -d 'How long --wait waits (for example 60s).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl crds install" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion version -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion version -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" client' -l 'client' -d 'Print the client version only.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl completion" -eq 1' -fka 'bash zsh fish'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl completion" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" context' -l 'context' -d 'The kubeconfig context to use.' -rfka '(__fluidctl_custom_completion ---completion options -- --context (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka '(__fluidctl_custom_completion ---completion options -- --namespace (count (__fluidctl_tokens -pc)) (__fluidctl_tokens -tC))'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" cluster' -l 'cluster' -d 'The kubeconfig cluster to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" user' -l 'user' -d 'The kubeconfig user to use instead of the context\'s.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" s server' -s 's' -l 'server' -d 'The address and port of the Kubernetes API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" token' -l 'token' -d 'Bearer token for authentication to the API server.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" certificate-authority' -l 'certificate-authority' -d 'Path to a CA certificate file for the API server.' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" insecure-skip-tls-verify' -l 'insecure-skip-tls-verify' -d 'Do not verify the server\'s certificate (connections are then open to interception).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" tls-server-name' -l 'tls-server-name' -d 'Server name for certificate validation instead of the server\'s host.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" request-timeout' -l 'request-timeout' -d 'How long to wait for a single request (1s, 2m; 0 waits forever).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rF
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE, custom-columns=SPEC, custom-columns-file=FILE.' -rfka 'table wide json yaml name jsonpath= custom-columns= custom-columns-file='
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl options" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl help" version' -l 'version' -d 'Show the version.'