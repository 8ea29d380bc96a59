#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The bash completion of ama: commands, a command's options, format values.
# Where bash-completion is not installed, its two helpers the script
# uses are stood in for, so the script itself is still tested.
AMA=$1
COMPLETION=$2
if [ -r /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
else
    _init_completion() {
        words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}
    }
    _filedir() { COMPREPLY=($(compgen -f -- "$cur")); }
fi
set -u
. "$COMPLETION"
dir=$(dirname "$AMA")
PATH="$dir:$PATH"
fail=0
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _ama
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
check() {
    local want=$1 got=$2
    if [[ " $got " != *" $want "* ]]; then
        echo "not ok: expected '$want' in: $got"
        fail=1
    else
        echo "ok: $want"
    fi
}
got=$(complete_line ama "")
for c in import validate show report track appraise ics convert help; do check "$c" "$got"; done
got=$(complete_line ama tr)
[ "$got" = "track " ] || { echo "not ok: 'tr' completes to '$got'"; fail=1; }
got=$(complete_line ama track --)
for o in --as-of --officer --outstanding --by-officer; do check "$o" "$got"; done
got=$(complete_line ama report --format "")
for f in html markdown csv tsv; do check "$f" "$got"; done
got=$(complete_line ama import --format "")
check moderngov "$got"
exit $fail
