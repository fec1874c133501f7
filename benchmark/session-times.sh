#!/usr/bin/env bash
# The machine times of the session's commands, measured as the room lives them: in a fresh clone (the
# typing clone), while both apps of a second clone serve and a headless browser shows their pages.
# Writes benchmark/session-times.tsv, which Steps.java reads for the plan. Linux, a JDK, git, curl;
# Chromium if installed. Usage, from the repo root: benchmark/session-times.sh [runs, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
ROOT=$PWD
WORK=$(mktemp -d)
OUT=$ROOT/benchmark/session-times.tsv
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill -- -"$p" 2>/dev/null || true; done; pkill -f "$WORK/" || true; rm -rf "$WORK"' EXIT

git clone -q "$ROOT" "$WORK/typing"
git clone -q "$ROOT" "$WORK/load"

# The load: both apps of the second clone, on ports of their own, and a browser on their pages.
(cd "$WORK/load" && ./mvnw -q -o compile >/dev/null)
for app in mvc-version:7101 clean-version:7102; do
  setsid env PORT="${app#*:}" bash -c "cd '$WORK/load' && exec ./mvnw -q -o -pl ${app%:*} -am compile exec:exec -Dexec.async=false" \
    >"$WORK/${app%:*}.log" 2>&1 &
  PIDS+=($!)
  until curl -sf "http://127.0.0.1:${app#*:}/health" >/dev/null; do sleep 0.5; done # one at a time: one target/
done
if command -v chromium >/dev/null; then # open on both apps' lists, as on the projector; it stays until the end
  setsid chromium --headless --no-sandbox --disable-gpu --remote-debugging-port=9229 --user-data-dir="$WORK/browser" \
    http://127.0.0.1:7101/ui/users http://127.0.0.1:7102/ui/users >/dev/null 2>&1 &
  PIDS+=($!)
fi

cd "$WORK/typing"
CHECKPOINT="java workshop-checks/src/main/java/workshop/checks/Checkpoint.java"
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Starts a command in the background and waits until its output says every app it starts serves.
APP=
start() { # command, number of apps
  local began; began=$(now)
  setsid bash -c "exec $1" >"$WORK/app.log" 2>&1 &
  APP=$!
  until [ "$(grep -c ' serves http' "$WORK/app.log")" -ge "$2" ]; do sleep 0.1; done
  elapsed "$began"
}
# mvc-version, started in the background by exec:exec, leaves Maven's process group: stop it by its class path.
stop() {
  kill -- -"$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true
  pkill -f "$WORK/typing/.*workshop.App" || true
  while pgrep -f "$WORK/typing/.*workshop.App" >/dev/null; do sleep 0.2; done
}
timed() { local began; began=$(now); bash -c "$1" >"$WORK/run.log" 2>&1 || true; elapsed "$began"; }
at() { git checkout -q -- mvc-version && git clean -qfd mvc-version saved 2>/dev/null || true; [ "$1" = 3 ] || $CHECKPOINT "$1" >/dev/null; }

declare -A TIMES
add() { TIMES[$1]="${TIMES[$1]:-} $2"; }

START_BOTH="./mvnw -q compile exec:exec"
START_ONE="./mvnw -q -pl mvc-version -am compile exec:exec -Dexec.async=false"
CONTRACT="./mvnw -pl shared-test-suite test -Dcontract.baseUrl=http://127.0.0.1:7001"
LIVE_LOOP="./mvnw -q -pl mvc-version -am test -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dgroups=step1"
MODEL_TEST="./mvnw -q -pl mvc-version -am test -Dtest=UserTest -Dsurefire.failIfNoSpecifiedTests=false"
USE_CASE_TESTS="./mvnw -q -pl mvc-version -am test -Dtest='UserServiceTest,UnitOfWorkTest' -Dsurefire.failIfNoSpecifiedTests=false"
ARCHITECTURE_TEST="./mvnw -q -pl clean-version -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false"

./mvnw -q -o compile >/dev/null # the room ran the README's commands at home
for run in $(seq "$RUNS"); do
  echo "run $run of $RUNS" >&2
  at 3
  add start-both "$(start "$START_BOTH" 2)"; stop
  add checkpoint "$(timed "$CHECKPOINT 1")"
  at 3
  touch mvc-version/src/main/java/workshop/controller/UserActions.java # as an editor's save does
  add live-loop "$(timed "$LIVE_LOOP")"
  add start-one "$(start "$START_ONE" 1)"
  add step1-contract "$(timed "$CONTRACT -Dgroups=step1")"
  add step2-contract "$(timed "$CONTRACT -Dgroups=step1,step2")"
  add whole-contract "$(timed "$CONTRACT")"
  stop
  at 4
  add model-test "$(timed "$MODEL_TEST")"
  at 6
  add use-case-tests "$(timed "$USE_CASE_TESTS")"
  add architecture-test "$(timed "$ARCHITECTURE_TEST")"
done

{
  echo "# key	command	what it does	seconds of each run: $(nproc) cores, $(date -u +%Y-%m-%d), both apps of a second clone and a headless browser running"
  printf 'start-both\t%s\tstart both apps, until both serve\t%s\n' "$START_BOTH" "${TIMES[start-both]# }"
  printf 'checkpoint\t%s\tgo to the start of a step\t%s\n' "$CHECKPOINT N" "${TIMES[checkpoint]# }"
  printf 'start-one\t%s\tstart or restart mvc-version, until it serves\t%s\n' "$START_ONE" "${TIMES[start-one]# }"
  printf 'live-loop\t%s\tfrom a save to the step'"'"'s contract result, no app to restart\t%s\n' "$LIVE_LOOP" "${TIMES[live-loop]# }"
  printf 'step1-contract\t%s\tstep 1'"'"'s contract against the running app\t%s\n' "$CONTRACT -Dgroups=step1" "${TIMES[step1-contract]# }"
  printf 'step2-contract\t%s\tsteps 1 and 2'"'"'s contract against the running app\t%s\n' "$CONTRACT -Dgroups=step1,step2" "${TIMES[step2-contract]# }"
  printf 'whole-contract\t%s\tthe whole contract against the running app\t%s\n' "$CONTRACT" "${TIMES[whole-contract]# }"
  printf 'model-test\t%s\tstep 3'"'"'s unit test\t%s\n' "$MODEL_TEST" "${TIMES[model-test]# }"
  printf 'use-case-tests\t%s\tstep 5'"'"'s unit tests\t%s\n' "$USE_CASE_TESTS" "${TIMES[use-case-tests]# }"
  printf 'architecture-test\t%s\tthe dependency rule\t%s\n' "$ARCHITECTURE_TEST" "${TIMES[architecture-test]# }"
} >"$OUT"
cat "$OUT"
