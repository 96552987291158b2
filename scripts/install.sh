#!/usr/bin/env bash
# Installs fluidctl: a stripped release binary, its manual pages, its completion scripts where
# bash, zsh and fish look for them, and the kubectl plugin names (kubectl-fluid and
# kubectl_complete-fluid, links to the binary).
#
#   scripts/install.sh [--prefix DIR] [--binary FILE]     install (default prefix /usr/local)
#   scripts/install.sh [--prefix DIR] --uninstall         remove exactly what was installed
#
# --binary installs an already built fluidctl instead of building one (it is stripped on copy).
# What was installed is listed in PREFIX/share/fluidctl/install-manifest; --uninstall removes
# those files and nothing else. A file that is in the way and not fluidctl's own (not in the
# manifest) is never overwritten: the install stops before writing anything.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
binary=""
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "error: --prefix needs a directory" >&2; exit 64; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --binary) [ $# -ge 2 ] || { echo "error: --binary needs a file" >&2; exit 64; }; binary="$2"; shift 2 ;;
    --binary=*) binary="${1#--binary=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done
[ -n "$prefix" ] || { echo "error: --prefix must not be empty" >&2; exit 64; }
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
manifest="$prefix/share/fluidctl/install-manifest"

if [ "$uninstall" = 1 ]; then
  [ -f "$manifest" ] || { echo "error: nothing to uninstall: $manifest does not exist" >&2; exit 1; }
  dirs=()
  while IFS= read -r f; do
    case "$f" in
      "") ;;
      dir:*) dirs+=("${f#dir:}") ;;
      *) if [ -e "$f" ] || [ -L "$f" ]; then rm -f -- "$f" && echo "removed $f"; fi ;;
    esac
  done < "$manifest"
  rm -f -- "$manifest" && echo "removed $manifest"
  # Folders the install created, deepest first, when nothing else has been put in them.
  for ((i = ${#dirs[@]} - 1; i >= 0; i--)); do
    rmdir -- "${dirs[i]}" 2>/dev/null && echo "removed ${dirs[i]}/"
  done
  exit 0
fi

# What goes where: "source destination" (a source of @link names the binary, as a symlink).
bin="$prefix/bin"
targets=(
  "@binary $bin/fluidctl"
  "@link $bin/kubectl-fluid"
  "@link $bin/kubectl_complete-fluid"
  "completions/fluidctl.bash $prefix/share/bash-completion/completions/fluidctl"
  "completions/_fluidctl $prefix/share/zsh/site-functions/_fluidctl"
  "completions/fluidctl.fish $prefix/share/fish/vendor_completions.d/fluidctl.fish"
)
for page in man/*.1; do targets+=("$page $prefix/share/man/man1/$(basename "$page")"); done

# Refuse before writing anything if a destination exists and is not one of ours.
owned=""
[ -f "$manifest" ] && owned="$(cat "$manifest")"
for t in "${targets[@]}"; do
  dest="${t#* }"
  if { [ -e "$dest" ] || [ -L "$dest" ]; } && ! grep -qxF -- "$dest" <<<"$owned"; then
    echo "error: $dest exists and was not installed by fluidctl; remove it or choose another --prefix" >&2
    exit 1
  fi
done

if [ -z "$binary" ]; then
  binary="$(./scripts/build.sh)"
fi
[ -x "$binary" ] || { echo "error: $binary is not an executable" >&2; exit 1; }

# Folders this install creates are remembered (with those of earlier installs) for --uninstall.
created="$(grep '^dir:' <<<"$owned" || true)"
for d in "$bin" "$prefix/share/fluidctl" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"; do
  made="$(mkdir -pv -- "$d" | sed -n "s/^mkdir: created directory '\(.*\)'$/dir:\1/p")"
  [ -n "$made" ] && created="$created"$'\n'"$made"
done
# Each file is written beside its destination and renamed over it: no half-written file.
new_manifest="$(mktemp "$prefix/share/fluidctl/.manifest.XXXXXX")"
trap 'rm -f "$new_manifest"' EXIT
grep -v '^$' <<<"$created" > "$new_manifest" || true
for t in "${targets[@]}"; do
  src="${t%% *}"
  dest="${t#* }"
  case "$src" in
    @binary)
      tmp="$(mktemp "$bin/.fluidctl.XXXXXX")"
      strip -o "$tmp" "$binary"
      chmod 0755 "$tmp"
      mv -f "$tmp" "$dest"
      echo "installed $dest ($(du -h "$dest" | cut -f1), stripped)" ;;
    @link)
      ln -sfn fluidctl "$dest"
      echo "installed $dest -> fluidctl" ;;
    *)
      tmp="$(mktemp "$(dirname "$dest")/.fluidctl.XXXXXX")"
      cp "$src" "$tmp"
      chmod 0644 "$tmp"
      mv -f "$tmp" "$dest"
      echo "installed $dest" ;;
  esac
  echo "$dest" >> "$new_manifest"
done
chmod 0644 "$new_manifest"
mv -f "$new_manifest" "$manifest"
trap - EXIT
echo "installed $manifest (scripts/install.sh --prefix $prefix --uninstall removes all of the above)"
case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on PATH" >&2 ;; esac
