#!/usr/bin/env bash
# The GitHub Action's check step (action.yml runs it; tests/test_check_ci.py runs it in a real
# git repository). Inputs arrive as environment variables, never pasted into the script:
#   READOUTDIFF_PATH     a folder, or two files "OLD NEW"; one existing path is taken as
#                        written (my readouts), two paths with spaces are quoted shell-style:
#                        "my readouts/2021 june.txt" 'new one.txt'
#   READOUTDIFF_RULES, READOUTDIFF_LEXICON, READOUTDIFF_JUNIT   files, each optional
#   READOUTDIFF_NO_MINING  "true" to track lexicon formulas only
#   READOUTDIFF_SINCE    a git commit: check every readout of the folder added or changed since
#                        it (check DIR --since REF), not only the folder's newest pair
# It prints annotations (--format github), appends a Markdown summary to $GITHUB_STEP_SUMMARY,
# writes counts to $GITHUB_OUTPUT and exits with readoutdiff's status; a run that cannot start
# (exit 2) is an error annotation and a summary section as well as the line in the log.
set -euo pipefail

# A path input that names an existing file or folder as written is that one path, spaces and
# all ("my readouts"); otherwise it is split as a shell would, quotes kept together, without
# running anything in it ('"old one.txt" "new one.txt"'). An unquoted input that is no path
# whole nor in words is named whole ("my readoutz", not its first word "my").
split='
import os, shlex, sys
given = sys.argv[1]
try:
    paths = [given] if os.path.exists(given) else shlex.split(given)
except ValueError as error:
    sys.exit(f"readoutdiff: error: the path input: {error}; quote each path once")
quoted = chr(34) in given or chr(39) in given
if len(paths) > 1 and not quoted and not any(map(os.path.exists, paths)):
    words = ", ".join(paths)
    sys.exit(f"readoutdiff: error: {given}: no such file or folder (nor {words}); check the path input")
print("\n".join(paths))
'
json="$(mktemp)" err="$(mktemp)"
trap 'rm -f "$json" "$err"' EXIT

# A run that cannot start (exit 2: a missing folder, a bad rules file, a badly quoted path)
# says why where a reviewer looks, not only in the log: an error annotation and the summary.
could_not_run() {
  local line
  line="$(tail -n 1 "$err")"
  printf '::error title=readoutdiff check could not run::%s\n' "${line//%/%25}"
  if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    printf '## readoutdiff check could not run\n\n```text\n%s\n```\n' "$line" >> "$GITHUB_STEP_SUMMARY"
  fi
}

listed="$(python3 -c "$split" "${READOUTDIFF_PATH:-readouts}" 2> "$err")" || {
  cat "$err" >&2
  could_not_run
  exit 2
}
mapfile -t paths <<< "$listed"
args=()
[[ -n "${READOUTDIFF_RULES:-}" ]] && args+=(--rules "$READOUTDIFF_RULES")
[[ -n "${READOUTDIFF_LEXICON:-}" ]] && args+=(--lexicon "$READOUTDIFF_LEXICON")
[[ -n "${READOUTDIFF_JUNIT:-}" ]] && args+=(--junit "$READOUTDIFF_JUNIT")
[[ "${READOUTDIFF_NO_MINING:-false}" == "true" ]] && args+=(--no-mining)
[[ -n "${READOUTDIFF_SINCE:-}" ]] && args+=(--since "$READOUTDIFF_SINCE")
[[ -n "${GITHUB_STEP_SUMMARY:-}" ]] && args+=(--summary "$GITHUB_STEP_SUMMARY")
status=0
readoutdiff check "${paths[@]}" "${args[@]}" --format github --json "$json" 2> "$err" || status=$?
cat "$err" >&2
if [[ "$status" == 2 ]]; then
  could_not_run
fi

if [[ -s "$json" && -n "${GITHUB_OUTPUT:-}" ]]; then
  python3 - "$json" >> "$GITHUB_OUTPUT" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
print(f"result={'failed' if data['failed'] else 'passed'}")
if data["schema"] == "readoutdiff-checks/1":  # --since: one check per readout added or changed
    print(f"checked={len(data['checks'])}")
    for severity, count in data["counts"].items():
        print(f"{severity}s={count}")
    compared = [check for check in data["checks"] if check.get("compared") is not False]
    if compared:
        print(f"similarity={min(check['similarity'] for check in compared):.4f}")
    for group in ("formulas", "passages") if compared else ():
        for status in compared[0][group]:
            print(f"{group}-{status}={sum(check[group][status] for check in compared)}")
    sys.exit()
if data.get("compared") is False:  # a folder's first readout: nothing to compare yet
    sys.exit()
print(f"similarity={data['similarity']:.4f}")
for severity, count in data["counts"].items():
    print(f"{severity}s={count}")
for group in ("formulas", "passages"):
    for status, count in data[group].items():
        print(f"{group}-{status}={count}")
PY
elif [[ "$status" == 0 && -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "result=passed" >> "$GITHUB_OUTPUT"  # a folder's first readout: nothing to compare yet
fi
exit "$status"
