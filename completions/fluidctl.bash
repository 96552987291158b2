#!/bin/bash

__fluidctl_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__fluidctl_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__fluidctl_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__fluidctl_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_fluidctl() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    get|describe|create|apply|delete|diff|patch|label|annotate|logs|dataset|load|scale|autoscale|plan|cache|top|wait|sim|crds|version|completion|options|help)
        # Offer subcommand argument completions
        "_fluidctl_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'get describe create apply delete diff patch label annotate logs dataset load scale autoscale plan cache top wait sim crds version completion options help' -- "${cur}"))
        ;;
    esac
}

_fluidctl_get() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --no-headers --show-labels -w --watch --watch-only --output-watch-events --ignore-not-found --version -h --help)
    repeating_options=(-L --label-columns)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --field-selector --sort-by --chunk-size)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion get -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion get -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--field-selector')
        return
        ;;
    '-L'|'--label-columns')
        return
        ;;
    '--sort-by')
        return
        ;;
    '--chunk-size')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion get -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_describe() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion describe -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion describe -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion describe -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_create() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=(-f --filename)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --dry-run --validate)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion create -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion create -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-f'|'--filename')
        __fluidctl_add_completions -o plusdirs -fX '!*.@(yaml|yml|json)'
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    '--validate')
        __fluidctl_add_completions -W 'strict'$'\n''warn'$'\n''ignore'$'\n''true'$'\n''false'
        return
        ;;
    esac
}

_fluidctl_apply() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --force-conflicts --server-side --prune --all --version -h --help)
    repeating_options=(-f --filename --prune-allowlist)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --dry-run --validate --field-manager -l --selector)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion apply -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion apply -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-f'|'--filename')
        __fluidctl_add_completions -o plusdirs -fX '!*.@(yaml|yml|json)'
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    '--validate')
        __fluidctl_add_completions -W 'strict'$'\n''warn'$'\n''ignore'$'\n''true'$'\n''false'
        return
        ;;
    '--field-manager')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--prune-allowlist')
        return
        ;;
    esac
}

_fluidctl_delete() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --all --ignore-not-found --version -h --help)
    repeating_options=(-f --filename)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --wait --timeout --cascade --dry-run)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion delete -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion delete -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-f'|'--filename')
        __fluidctl_add_completions -o plusdirs -fX '!*.@(yaml|yml|json)'
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--wait')
        return
        ;;
    '--timeout')
        return
        ;;
    '--cascade')
        __fluidctl_add_completions -W 'background'$'\n''foreground'$'\n''orphan'$'\n''true'$'\n''false'
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion delete -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_diff() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --force-conflicts --server-side --version -h --help)
    repeating_options=(-f --filename)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --field-manager)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion diff -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion diff -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-f'|'--filename')
        __fluidctl_add_completions -o plusdirs -fX '!*.@(yaml|yml|json)'
        return
        ;;
    '--field-manager')
        return
        ;;
    esac
}

_fluidctl_patch() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -p --patch --patch-file --type --subresource -l --selector --dry-run)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion patch -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion patch -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-p'|'--patch')
        return
        ;;
    '--patch-file')
        __fluidctl_add_completions -o plusdirs -fX '!*.@(yaml|yml|json)'
        return
        ;;
    '--type')
        __fluidctl_add_completions -W 'merge'$'\n''json'$'\n''strategic'
        return
        ;;
    '--subresource')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion patch -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_label() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --overwrite --list --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --resource-version --dry-run)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion label -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion label -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--resource-version')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion label -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_annotate() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --overwrite --list --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --resource-version --dry-run)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion annotate -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion annotate -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--resource-version')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion annotate -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_logs() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim -f --follow --timestamps --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --tail -c --container --since --pod-running-timeout)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion logs -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion logs -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--tail')
        return
        ;;
    '-c'|'--container')
        return
        ;;
    '--since')
        return
        ;;
    '--pod-running-timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion logs -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_dataset() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create)
        # Offer subcommand argument completions
        "_fluidctl_dataset_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create' -- "${cur}"))
        ;;
    esac
}

_fluidctl_dataset_create() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=(--mount --option --secret-option --cache --node-selector)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --runtime --runtime-class --replicas --placement --dry-run)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion dataset create -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion dataset create -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--mount')
        return
        ;;
    '--option')
        return
        ;;
    '--secret-option')
        return
        ;;
    '--runtime')
        __fluidctl_add_completions -W 'alluxio'$'\n''jindo'$'\n''juicefs'$'\n''efc'$'\n''vineyard'$'\n''thin'$'\n''cacheruntime'
        return
        ;;
    '--runtime-class')
        return
        ;;
    '--replicas')
        return
        ;;
    '--cache')
        return
        ;;
    '--placement')
        __fluidctl_add_completions -W 'Exclusive'$'\n''Shared'
        return
        ;;
    '--node-selector')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac
}

_fluidctl_load() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --metadata --wait --version -h --help)
    repeating_options=(--path --run-after-key --node-selector --node-affinity --toleration)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --schedule --name --policy --run-after --run-after-affinity --timeout)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion load -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion load -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--path')
        return
        ;;
    '--schedule')
        return
        ;;
    '--name')
        return
        ;;
    '--policy')
        __fluidctl_add_completions -W 'once'$'\n''cron'$'\n''onevent'
        return
        ;;
    '--run-after')
        return
        ;;
    '--run-after-affinity')
        __fluidctl_add_completions -W 'require'$'\n''prefer'
        return
        ;;
    '--run-after-key')
        return
        ;;
    '--node-selector')
        return
        ;;
    '--node-affinity')
        return
        ;;
    '--toleration')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion load -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_scale() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --replicas --timeout)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion scale -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion scale -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--replicas')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion scale -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_autoscale() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=(--metric --cron)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --min --max --cpu-percent --name --dry-run)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion autoscale -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion autoscale -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--min')
        return
        ;;
    '--max')
        return
        ;;
    '--metric')
        return
        ;;
    '--cpu-percent')
        return
        ;;
    '--cron')
        return
        ;;
    '--name')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion autoscale -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_plan() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --from --size --files --ufs-bandwidth --pods --deadline --burst-at --read-fraction --reads --cache-nodes --worker-nic --app-nic --node-memory --node-ssd --workers --tiers)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion plan -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion plan -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--from')
        return
        ;;
    '--size')
        return
        ;;
    '--files')
        return
        ;;
    '--ufs-bandwidth')
        return
        ;;
    '--pods')
        return
        ;;
    '--deadline')
        return
        ;;
    '--burst-at')
        return
        ;;
    '--read-fraction')
        return
        ;;
    '--reads')
        return
        ;;
    '--cache-nodes')
        return
        ;;
    '--worker-nic')
        return
        ;;
    '--app-nic')
        return
        ;;
    '--node-memory')
        return
        ;;
    '--node-ssd')
        return
        ;;
    '--workers')
        return
        ;;
    '--tiers')
        return
        ;;
    esac
}

_fluidctl_cache() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion cache -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion cache -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion cache -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_top() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --once --readonly --no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --interval)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion top -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion top -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--interval')
        return
        ;;
    esac
}

_fluidctl_wait() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --all --version -h --help)
    repeating_options=(--for)
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v -l --selector --timeout)
    __fluidctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion wait -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion wait -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--for')
        return
        ;;
    '-l'|'--selector')
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion wait -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_sim() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    init|status|advance|pause|resume|reset|run|fault|ufs|serve|attach)
        # Offer subcommand argument completions
        "_fluidctl_sim_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'init status advance pause resume reset run fault ufs serve attach' -- "${cur}"))
        ;;
    esac
}

_fluidctl_sim_init() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --clock --speed --scenario)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim init -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim init -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--clock')
        __fluidctl_add_completions -W 'wall'$'\n''manual'
        return
        ;;
    '--speed')
        return
        ;;
    '--scenario')
        return
        ;;
    esac
}

_fluidctl_sim_status() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim status -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim status -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_advance() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim advance -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim advance -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_pause() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim pause -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim pause -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_resume() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim resume -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim resume -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_reset() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim reset -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim reset -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_run() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --chart --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --chart-file)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim run -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim run -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--chart-file')
        return
        ;;
    esac
}

_fluidctl_sim_fault() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    node-down|ufs-down|ufs-slow|clear)
        # Offer subcommand argument completions
        "_fluidctl_sim_fault_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'node-down ufs-down ufs-slow clear' -- "${cur}"))
        ;;
    esac
}

_fluidctl_sim_fault_node-down() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault node-down -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault node-down -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault node-down -- positional@0 "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_fluidctl_sim_fault_ufs-down() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault ufs-down -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault ufs-down -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_fault_ufs-slow() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --factor)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault ufs-slow -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault ufs-slow -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--factor')
        return
        ;;
    esac
}

_fluidctl_sim_fault_clear() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault clear -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim fault clear -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_sim_ufs() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    set)
        # Offer subcommand argument completions
        "_fluidctl_sim_ufs_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'set' -- "${cur}"))
        ;;
    esac
}

_fluidctl_sim_ufs_set() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --size --files --bandwidth --per-connection)
    __fluidctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim ufs set -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim ufs set -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--size')
        return
        ;;
    '--files')
        return
        ;;
    '--bandwidth')
        return
        ;;
    '--per-connection')
        return
        ;;
    esac
}

_fluidctl_sim_serve() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --no-controllers --tls --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --listen --write-kubeconfig --faults --faults-seed --tls-cert --tls-key --tls-ca)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim serve -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim serve -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--listen')
        return
        ;;
    '--write-kubeconfig')
        return
        ;;
    '--faults')
        return
        ;;
    '--faults-seed')
        return
        ;;
    '--tls-cert')
        return
        ;;
    '--tls-key')
        return
        ;;
    '--tls-ca')
        return
        ;;
    esac
}

_fluidctl_sim_attach() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --scenario --speed --interval --state)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim attach -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion sim attach -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--scenario')
        return
        ;;
    '--speed')
        return
        ;;
    '--interval')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_fluidctl_crds() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    install)
        # Offer subcommand argument completions
        "_fluidctl_crds_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'install' -- "${cur}"))
        ;;
    esac
}

_fluidctl_crds_install() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v --dry-run --timeout)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion crds install -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion crds install -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    '--dry-run')
        __fluidctl_add_completions -W 'none'$'\n''client'$'\n''server'
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_fluidctl_version() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --client --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion version -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion version -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_completion() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __fluidctl_add_completions -W 'bash'$'\n''zsh'$'\n''fish'
        return
        ;;
    esac
}

_fluidctl_options() {
    repeating_flags=()
    non_repeating_flags=(--insecure-skip-tls-verify -A --all-namespaces --sim --version -h --help)
    repeating_options=()
    non_repeating_options=(--kubeconfig --context -n --namespace --cluster --user -s --server --token --certificate-authority --tls-server-name --request-timeout --sim-state -o --output -v --v)
    __fluidctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kubeconfig')
        __fluidctl_add_completions -f
        return
        ;;
    '--context')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion options -- --context "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '-n'|'--namespace')
        __fluidctl_add_completions -W "$(__fluidctl_custom_complete ---completion options -- --namespace "${COMP_CWORD}" "$(__fluidctl_cursor_index_in_current_word)")"
        return
        ;;
    '--cluster')
        return
        ;;
    '--user')
        return
        ;;
    '-s'|'--server')
        return
        ;;
    '--token')
        return
        ;;
    '--certificate-authority')
        __fluidctl_add_completions -f
        return
        ;;
    '--tls-server-name')
        return
        ;;
    '--request-timeout')
        return
        ;;
    '--sim-state')
        __fluidctl_add_completions -f
        return
        ;;
    '-o'|'--output')
        __fluidctl_add_completions -W 'table'$'\n''wide'$'\n''json'$'\n''yaml'$'\n''name'$'\n''jsonpath='$'\n''custom-columns='$'\n''custom-columns-file='
        return
        ;;
    '-v'|'--v')
        return
        ;;
    esac
}

_fluidctl_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __fluidctl_offer_flags_options -1
}

complete -o filenames -F _fluidctl fluidctl