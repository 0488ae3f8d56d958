#!/usr/bin/env bash
# The load benchmark: builds the project, starts the app on a fresh embedded PostgreSQL (durable, as users run
# it), seeds a portfolio through the API, runs the scenarios with wrk (and the raw PostgreSQL ceiling with
# pgbench) at each client level, and writes the figures: the results section of docs/performance.md, and
# infra/benchmark/target/report/ (index.html with per-second charts, results.json, raw wrk/pgbench output).
# Stops the app and its database again, also after a failure. --help lists the options.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

usage() {
    cat <<'EOF'
Usage: infra/benchmark/run.sh [options]

  --short               the quick check before a pipeline change: small portfolio, 1 and 16 clients,
                        2 s warm-up and 5 s counted per level, no rebuild, docs left alone (measuring
                        takes about two minutes; building, starting and seeding today's app as long again)
  --scenarios=LIST      comma-separated, from: raw-insert, open-case, case-detail, operators-day,
                        projection-lag, rebuild (default: all; --short: all but rebuild)
  --clients=N,N,...     client levels (default 1,4,16; --short: 1,16)
  --warmup=DURATION     uncounted warm-up per level, e.g. 10s (default 10s; --short: 2s)
  --duration=DURATION   counted time per level, e.g. 30s, 1m (default 30s; --short: 5s)
  --portfolio=SIZE      full (thousands of entities) or small (default full; --short: small)
  --output=FILE         Markdown file whose results section is rewritten (default docs/performance.md;
                        --short: none)
  --no-docs             rewrite no Markdown file
  --lag-fraction=F      pace of the projection-lag run, as a fraction of the open-case peak (default 0.5)
  --rebuild-events=N    events the rebuild scenario generates before replaying (default 1000000)
  --no-build            use the jars already built
  --help                this text

Environment: PORT (app HTTP port, default 8080), VIVANTA_EMBEDDED_DB_PORT (default 54329).
Needs wrk, pgbench (apt packages wrk, postgresql-client; installed if missing and run as root) and jcmd.
EOF
}

scenarios="raw-insert,open-case,case-detail,operators-day,projection-lag,rebuild"
clients="1,4,16"
warmup="10s"
duration="30s"
portfolio="full"
output="docs/performance.md"
lag_fraction="0.5"
rebuild_events="1000000"
build=true
mode="full"
declare -A given=()
for arg in "$@"; do
    case "$arg" in
        --short) mode="short" ;;
        --scenarios=*) scenarios="${arg#*=}"; given[scenarios]=1 ;;
        --clients=*) clients="${arg#*=}"; given[clients]=1 ;;
        --warmup=*) warmup="${arg#*=}"; given[warmup]=1 ;;
        --duration=*) duration="${arg#*=}"; given[duration]=1 ;;
        --portfolio=*) portfolio="${arg#*=}"; given[portfolio]=1 ;;
        --output=*) output="${arg#*=}"; given[output]=1 ;;
        --no-docs) output=""; given[output]=1 ;;
        --lag-fraction=*) lag_fraction="${arg#*=}" ;;
        --rebuild-events=*) rebuild_events="${arg#*=}" ;;
        --no-build) build=false ;;
        --help|-h) usage; exit 0 ;;
        *) echo "Unknown option: $arg (--help lists the options)" >&2; exit 2 ;;
    esac
done
# --short changes the defaults only; options given explicitly still win.
if [[ "$mode" == "short" ]]; then
    [[ -n "${given[scenarios]:-}" ]] || scenarios="raw-insert,open-case,case-detail,operators-day,projection-lag"
    [[ -n "${given[clients]:-}" ]] || clients="1,16"
    [[ -n "${given[warmup]:-}" ]] || warmup="2s"
    [[ -n "${given[duration]:-}" ]] || duration="5s"
    [[ -n "${given[portfolio]:-}" ]] || portfolio="small"
    [[ -n "${given[output]:-}" ]] || output=""
fi
# How long to wait for the app to go quiet before a level, and after seeding (its backlog of projections and AI runs).
quiet_timeout=$([[ "$mode" == "short" ]] && echo "5s" || echo "30s")
settle_timeout=$([[ "$mode" == "short" ]] && echo "20s" || echo "120s")

for scenario in ${scenarios//,/ }; do
    case "$scenario" in
        raw-insert|open-case|case-detail|operators-day|projection-lag|rebuild) ;;
        *) echo "Unknown scenario: $scenario (--help lists them)" >&2; exit 2 ;;
    esac
done
# The load scenarios go to the Java harness; rebuild is a scenario of its own, run after them.
load_scenarios="$(tr ',' '\n' <<<"$scenarios" | grep -vx rebuild | paste -sd, - || true)"
run_rebuild=false
if tr ',' '\n' <<<"$scenarios" | grep -qx rebuild; then
    run_rebuild=true
fi

require_command() {
    local command="$1" package="$2"
    if command -v "$command" >/dev/null; then
        return
    fi
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing $package (for $command)..." >&2
        apt-get install -y -q "$package" >/dev/null
    else
        echo "$command is missing: install the $package package." >&2
        exit 1
    fi
}
require_command wrk wrk
require_command pgbench postgresql-client
require_command jcmd openjdk-17-jdk-headless
require_command jar openjdk-17-jdk-headless

export PORT="${PORT:-8080}"
export VIVANTA_EMBEDDED_DB_PORT="${VIVANTA_EMBEDDED_DB_PORT:-54329}"
base_url="http://localhost:${PORT}"
db_url="jdbc:postgresql://localhost:${VIVANTA_EMBEDDED_DB_PORT}/postgres"
health_url="${base_url}/actuator/health"
# A fresh app initialises its database and migrates it; on a busy shared machine that takes minutes.
startup_timeout_seconds=600
shutdown_timeout_seconds=30
benchmark_jar="infra/benchmark/target/vivanta-benchmark.jar"
report_dir="infra/benchmark/target/report"
work_dir="infra/benchmark/target/run"

if curl -s -o /dev/null "$health_url"; then
    echo "Something already answers on port ${PORT}; stop it or set PORT, so the benchmark measures a fresh app." >&2
    exit 1
fi

if [[ "$build" == true ]]; then
    echo "Building..." >&2
    mvn -q -B -DskipTests package
fi
git_commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs/performance.md' || echo '-dirty')"

# A fresh home means a fresh embedded database: earlier runs' events must not change the figures.
vivanta_home="$(mktemp -d -t vivanta-benchmark.XXXXXX)"
app_log="${vivanta_home}/app.log"
app_pid=""

stop_app() {
    local status=$?
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        echo "Stopping the app (pid ${app_pid})..." >&2
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq "$shutdown_timeout_seconds"); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 1
        done
        kill -KILL "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    # The app stops its PostgreSQL on a clean shutdown; after a crash or a kill the server would linger.
    local postmaster_pid_file="${vivanta_home}/pgdata/postmaster.pid"
    if [[ -f "$postmaster_pid_file" ]]; then
        local postgres_pid
        postgres_pid="$(head -n 1 "$postmaster_pid_file")"
        if kill -0 "$postgres_pid" 2>/dev/null; then
            echo "Stopping the embedded PostgreSQL (pid ${postgres_pid})..." >&2
            kill -INT "$postgres_pid" 2>/dev/null || true
            for _ in $(seq "$shutdown_timeout_seconds"); do
                kill -0 "$postgres_pid" 2>/dev/null || break
                sleep 1
            done
        fi
    fi
    if [[ -f "$app_log" && -d "$report_dir" ]]; then
        cp "$app_log" "$report_dir/raw/app.log" 2>/dev/null || true
    fi
    if [[ $status -ne 0 && -f "$app_log" ]]; then
        echo "Failed (exit ${status}). Last lines of the app log:" >&2
        tail -n 40 "$app_log" >&2
    fi
    rm -rf "$vivanta_home"
    exit "$status"
}
trap stop_app EXIT

rm -rf "$report_dir" "$work_dir"
mkdir -p "$report_dir/raw" "$work_dir"
run_started=$SECONDS

# track_commit_timestamp lets the projection-lag scenario read when each event and each read-model row committed.
echo "Starting the app (home ${vivanta_home}, database port ${VIVANTA_EMBEDDED_DB_PORT})..." >&2
VIVANTA_HOME="$vivanta_home" java -jar infra/app/target/vivanta-ops.jar \
    '--vivanta.embedded-db.server-settings[track_commit_timestamp]=on' >"$app_log" 2>&1 &
app_pid=$!

deadline=$((SECONDS + startup_timeout_seconds))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$health_url" || true)" == "200" ]]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The app exited during startup." >&2
        exit 1
    fi
    if ((SECONDS >= deadline)); then
        echo "The app did not report healthy at ${health_url} within ${startup_timeout_seconds}s." >&2
        exit 1
    fi
    sleep 1
done
echo "The app is up (pid ${app_pid})." >&2

java -jar "$benchmark_jar" seed --base-url="$base_url" --portfolio="$portfolio" \
    --seed-file="$work_dir/seed.lua" --summary-file="$report_dir/portfolio.json"

# Even without load scenarios, measure records the machine and settings the report needs (and lets the app
# settle after seeding). A failed scenario still leaves the figures measured before it: report those, then fail.
status=0
java -jar "$benchmark_jar" measure --base-url="$base_url" --db-url="$db_url" --app-pid="$app_pid" \
    --postmaster-pid-file="$vivanta_home/pgdata/postmaster.pid" --seed-file="$work_dir/seed.lua" \
    --lua-dir=infra/benchmark/src/main/lua --report-dir="$report_dir" \
    --portfolio-summary="$report_dir/portfolio.json" --git-commit="$git_commit" --mode="$mode" \
    --scenarios="$load_scenarios" --clients="$clients" --warmup="$warmup" --duration="$duration" \
    --lag-fraction="$lag_fraction" --quiet-timeout="$quiet_timeout" --settle-timeout="$settle_timeout" \
    || status=$?

rebuild_class="com.vivanta.ops.benchmark.rebuild.RebuildScenario"
rebuild_json="$report_dir/rebuild.json"
rebuild_note="Not run (not among --scenarios)."
if [[ "$run_rebuild" == true && $status -eq 0 ]]; then
    if jar tf "$benchmark_jar" | grep -qx "${rebuild_class//.//}.class"; then
        echo "Scenario rebuild (${rebuild_events} events):" >&2
        java -cp "$benchmark_jar" "$rebuild_class" --base-url="$base_url" --db-url="$db_url" --app-pid="$app_pid" \
            --events="$rebuild_events" --projections=case-view,audit-log,workflow-timeline --output="$rebuild_json" \
            || { status=$?; rebuild_note="Failed (exit ${status}); see the run's output."; }
    else
        rebuild_note="Not run: this build has no ${rebuild_class} yet."
        echo "$rebuild_note" >&2
    fi
fi

markdown_option=()
if [[ -n "$output" ]]; then
    markdown_option=(--markdown="$output")
fi
if [[ -f "$report_dir/results.json" ]]; then
    java -jar "$benchmark_jar" report --results="$report_dir/results.json" --html="$report_dir/index.html" \
        --rebuild="$rebuild_json" --rebuild-note="$rebuild_note" "${markdown_option[@]}"
fi
echo "Benchmark finished in $(( (SECONDS - run_started) / 60 )) min $(( (SECONDS - run_started) % 60 )) s;" \
     "report in ${report_dir}/index.html" >&2
exit "$status"
