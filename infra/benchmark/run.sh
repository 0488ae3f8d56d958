#!/usr/bin/env bash
# Builds the project, starts the app on a fresh embedded PostgreSQL, runs the benchmark against it and stops
# the app again. Arguments go to the benchmark and win over the ones set here, e.g.
#   infra/benchmark/run.sh --duration=3s --warmup=1s --output=/tmp/perf.md
# Relative paths (such as the default --output=docs/performance.md) are taken from the repository root.
# Environment: PORT (app HTTP port, default 8080), VIVANTA_EMBEDDED_DB_PORT (default 54329).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

export PORT="${PORT:-8080}"
export VIVANTA_EMBEDDED_DB_PORT="${VIVANTA_EMBEDDED_DB_PORT:-54329}"
health_url="http://localhost:${PORT}/actuator/health"
startup_timeout_seconds=120
shutdown_timeout_seconds=30

if curl -s -o /dev/null "$health_url"; then
    echo "Something already answers on port ${PORT}; stop it or set PORT, so the benchmark measures a fresh app." >&2
    exit 1
fi

echo "Building..." >&2
mvn -q -B -DskipTests package

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
    if [[ $status -ne 0 && -f "$app_log" ]]; then
        echo "Failed (exit ${status}). Last lines of the app log:" >&2
        tail -n 40 "$app_log" >&2
    fi
    rm -rf "$vivanta_home"
    exit "$status"
}
trap stop_app EXIT

echo "Starting the app (home ${vivanta_home}, database port ${VIVANTA_EMBEDDED_DB_PORT})..." >&2
VIVANTA_HOME="$vivanta_home" java -jar infra/app/target/vivanta-ops.jar >"$app_log" 2>&1 &
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
echo "The app is up." >&2

java -jar infra/benchmark/target/vivanta-benchmark.jar \
    "--base-url=http://localhost:${PORT}" \
    "--db-url=jdbc:postgresql://localhost:${VIVANTA_EMBEDDED_DB_PORT}/postgres" \
    "$@"
