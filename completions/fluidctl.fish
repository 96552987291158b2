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
        __fluidctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'get'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'l/selector=' 'field-selector=' 'no-headers' 'show-labels' 'L/label-columns=+' 'w/watch' 'chunk-size=' 'ignore-not-found' 'request-timeout=' 'version' 'h/help'
        case 'describe'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'l/selector=' 'version' 'h/help'
        case 'create'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'dry-run=' 'validate=' 'version' 'h/help'
        case 'apply'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'dry-run=' 'validate=' 'force-conflicts' 'version' 'h/help'
        case 'delete'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'f/filename=+' 'l/selector=' 'all' 'wait=' 'timeout=' 'ignore-not-found' 'cascade=' 'dry-run=' 'version' 'h/help'
        case 'dataset'
            __fluidctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'mount=+' 'option=+' 'secret-option=+' 'runtime=' 'replicas=' 'cache=+' 'placement=' 'node-selector=+' 'dry-run=' 'version' 'h/help'
            end
        case 'load'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'path=+' 'metadata' 'schedule=' 'name=' 'wait' 'timeout=' 'version' 'h/help'
        case 'scale'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'replicas=' 'wait' 'timeout=' 'version' 'h/help'
        case 'cache'
            __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
        case 'wait'
            __fluidctl_parse_subcommand -r 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'for=' 'timeout=' 'version' 'h/help'
        case 'sim'
            __fluidctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'init'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'clock=' 'speed=' 'scenario=' 'version' 'h/help'
            case 'status'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'advance'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'pause'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'resume'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'reset'
                __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            case 'run'
                __fluidctl_parse_subcommand 1 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'version' 'h/help'
            end
        case 'version'
            __fluidctl_parse_subcommand 0 'kubeconfig=' 'context=' 'n/namespace=' 'A/all-namespaces' 'sim' 'sim-state=' 'o/output=' 'v/v=' 'client' 'version' 'h/help'
        case 'completion'
            __fluidctl_parse_subcommand 1 'version' 'h/help'
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
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'get' -d 'Display one or many resources.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'describe' -d 'Show an object in detail: spec, status, conditions, related objects, events, and why it is not ready.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'create' -d 'Create objects from manifests; fails if one already exists.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'apply' -d 'Create or update objects from manifests (server-side apply, field manager fluidctl).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'delete' -d 'Delete objects by kind and name, by selector, or from manifests.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'dataset' -d 'Work with Fluid datasets.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'load' -d 'Preheat a dataset\'s cache: create a DataLoad, and with --wait follow it to the end.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'scale' -d 'Set the number of cache workers of a dataset\'s runtime (through the scale subresource).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'cache' -d 'Show a dataset\'s cache: capacity and usage per worker, node and tier (like \'alluxio fsadmin report capacity\').'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'wait' -d 'Wait until objects reach a phase or condition, or are deleted (driven by watch events).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'sim' -d 'Control the embedded simulated cluster: its clock, scenario and state.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'version' -d 'Print the client version, the backend in use and the server version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'completion' -d 'Print a shell completion script (bash, zsh or fish).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" l selector' -s 'l' -l 'selector' -d 'Label selector (=, ==, !=, in, notin, exists, !exists).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" field-selector' -l 'field-selector' -d 'Field selector (metadata.name, metadata.namespace).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" no-headers' -l 'no-headers' -d 'Do not print table headers.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" show-labels' -l 'show-labels' -d 'Show all labels as the last column.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get"' -s 'L' -l 'label-columns' -d 'Labels to show as columns.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" w watch' -s 'w' -l 'watch' -d 'After listing, watch for changes.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" chunk-size' -l 'chunk-size' -d 'Fetch lists in pages of this size (0 disables).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" ignore-not-found' -l 'ignore-not-found' -d 'Treat not found as success.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" request-timeout' -l 'request-timeout' -d 'Give up after this long (for example 30s); 0 waits forever.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" l selector' -s 'l' -l 'selector' -d 'Describe every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl describe" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create"' -s 'f' -l 'filename' -d 'Files, directories (recursively) or - for stdin.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" dry-run' -l 'dry-run' -d 'none, client (validate locally) or server (validate in the cluster).' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" validate' -l 'validate' -d 'How unknown fields are treated: strict (reject), warn (drop with a warning), ignore.' -rfka 'strict warn ignore true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply"' -s 'f' -l 'filename' -d 'Files, directories (recursively) or - for stdin.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" dry-run' -l 'dry-run' -d 'none, client (validate locally) or server (validate in the cluster).' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" validate' -l 'validate' -d 'How unknown fields are treated: strict (reject), warn (drop with a warning), ignore.' -rfka 'strict warn ignore true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" force-conflicts' -l 'force-conflicts' -d 'Take ownership of fields another field manager owns.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl apply" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete"' -s 'f' -l 'filename' -d 'Delete the objects these manifests describe.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" l selector' -s 'l' -l 'selector' -d 'Delete every object matching this label selector.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" all' -l 'all' -d 'Delete every object of the kind in the namespace.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" wait' -l 'wait' -d 'Wait until the objects are gone (true or false).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" timeout' -l 'timeout' -d 'How long to wait (Go duration, for example 30s, 5m).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" ignore-not-found' -l 'ignore-not-found' -d 'Treat a missing object as deleted.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" cascade' -l 'cascade' -d 'background, foreground or orphan (dependents kept).' -rfka 'background foreground orphan true false'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl dataset" -eq 1' -fa 'create' -d 'Create a Dataset and the cache runtime of the same name in one step (idempotent).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'mount' -d 'Data source URL (repeatable): oss://, s3://, hdfs://, https://, pvc://, local://, ...' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'option' -d 'Mount option key=value (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'secret-option' -d 'Mount option from a Secret, key=SECRET:KEY (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" runtime' -l 'runtime' -d 'Cache runtime: alluxio, jindo, juicefs, efc, vineyard or thin.' -rfka 'alluxio jindo juicefs efc vineyard thin'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" replicas' -l 'replicas' -d 'Number of cache workers.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'cache' -d 'Cache tier MEDIUM:QUOTA[:PATH] (repeatable), MEDIUM one of MEM, SSD, HDD.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" placement' -l 'placement' -d 'Worker placement: Exclusive or Shared.' -rfka 'Exclusive Shared'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create"' -l 'node-selector' -d 'Cache only on nodes with this label, k=v (repeatable).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" dry-run' -l 'dry-run' -d 'none, client or server.' -rfka 'none client server'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl dataset create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load"' -l 'path' -d 'A path to load, with its cache replicas (repeatable; default: the whole dataset).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" metadata' -l 'metadata' -d 'Load metadata before the data.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" schedule' -l 'schedule' -d 'Run on a cron schedule (policy Cron).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" name' -l 'name' -d 'Name of the DataLoad (default: <dataset>-load-<random>).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" wait' -l 'wait' -d 'Wait until the DataLoad completes or fails.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" timeout' -l 'timeout' -d 'How long --wait waits (Go duration).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl load" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" replicas' -l 'replicas' -d 'The number of cache workers.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" wait' -l 'wait' -d 'Wait until that many workers are ready.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" timeout' -l 'timeout' -d 'How long --wait waits (Go duration).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl scale" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl cache" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" for' -l 'for' -d 'phase=P, condition=C[=STATUS], jsonpath={EXPR}[=VALUE], delete or create.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" timeout' -l 'timeout' -d 'How long to wait (Go duration; 0 checks once).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl wait" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'init' -d 'Start a new embedded cluster (the current one is discarded).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'status' -d 'Show the clock, the scenario and what the cluster holds.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'advance' -d 'Move simulated time forward (Go duration: 30s, 5m, 1h30m).'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'pause' -d 'Freeze a wall clock.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'resume' -d 'Let a paused wall clock run again.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'reset' -d 'Discard every object and start again with the same scenario and clock settings.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_positional "fluidctl sim" -eq 1' -fa 'run' -d 'Run a scenario\'s workload to completion on a virtual clock and report the time with and without the cache.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" clock' -l 'clock' -d 'wall (follows wall time, scaled by --speed) or manual (moves with \'sim advance\').' -rfka 'wall manual'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" speed' -l 'speed' -d 'Simulated seconds per wall second, for a wall clock.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" scenario' -l 'scenario' -d 'A built-in scenario (laptop, gpu-cluster, serverless-model-load) or a scenario file.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim reset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl sim run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" kubeconfig' -l 'kubeconfig' -d 'Path to the kubeconfig file to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" context' -l 'context' -d 'The kubeconfig context to use.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" n namespace' -s 'n' -l 'namespace' -d 'The namespace for this request.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" A all-namespaces' -s 'A' -l 'all-namespaces' -d 'List or watch objects across all namespaces.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" sim' -l 'sim' -d 'Use the embedded simulated cluster even when a kubeconfig is found.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" sim-state' -l 'sim-state' -d 'State database of the embedded cluster (or FLUIDCTL_SIM_STATE).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" o output' -s 'o' -l 'output' -d 'Output format: table, wide, json, yaml, name, jsonpath=TEMPLATE.' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" v v' -s 'v' -l 'v' -d 'Log level for diagnostics on stderr (6 shows each request).' -rfka ''
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" client' -l 'client' -d 'Print the client version only.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl completion" version' -l 'version' -d 'Show the version.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'fluidctl' -n '__fluidctl_should_offer_completions_for_flags_or_options "fluidctl help" version' -l 'version' -d 'Show the version.'