#!/usr/bin/env bash
# Sourced by .ci/run before `dotnet test`: the scale-out tests against real membership servers
# (tests/TextInsight.Orleans.Tests/Servers) need redis-server and PostgreSQL's initdb/pg_ctl. Install the Debian
# packages when missing and make those tests required (they fail instead of skipping). The tests start the servers
# themselves on 127.0.0.1 with temporary data folders and stop them; no system service is started or left running
# (Debian's policy-rc.d or a container without init keeps the packages' own services down; they are stopped below
# in case they did start).
ci_cluster_missing=()
command -v redis-server >/dev/null 2>&1 || ci_cluster_missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || ci_cluster_missing+=(postgresql)
if [ ${#ci_cluster_missing[@]} -gt 0 ]; then
  echo "ci: installing ${ci_cluster_missing[*]} for the Redis and PostgreSQL cluster tests"
  ci_sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then ci_sudo="sudo"; fi
  $ci_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $ci_sudo apt-get install -y -qq "${ci_cluster_missing[@]}" >/dev/null
  for ci_service in redis-server postgresql; do
    $ci_sudo service "$ci_service" stop >/dev/null 2>&1 || true
  done
fi
export TEXTINSIGHT_REQUIRE_CLUSTER_SERVERS=1

# The Compose file of docs/SCALE-OUT.md, validated by a Compose client against the Compose schema (no Docker engine is
# needed for `config`): `docker compose` where it exists, else Debian's `docker-compose` (installed when missing), else,
# where that cannot be installed, a YAML parse. A file the client rejects fails CI.
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  echo "ci: installing docker-compose (Debian) to validate deploy/compose.yaml"
  ci_sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then ci_sudo="sudo"; fi
  { $ci_sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $ci_sudo apt-get install -y -qq --no-install-recommends docker-compose >/dev/null; } \
    || echo "ci: docker-compose could not be installed"
fi
# (A failing command before && does not stop a `set -e` script: each check says so and exits.)
ci_compose_invalid() { echo "ci: deploy/compose.yaml is invalid ($1)" >&2; exit 1; }
if docker compose version >/dev/null 2>&1; then
  docker compose -f deploy/compose.yaml config --quiet || ci_compose_invalid "docker compose config"
  echo "ci: deploy/compose.yaml is valid (docker compose config)"
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f deploy/compose.yaml --profile postgres config --quiet || ci_compose_invalid "docker-compose config"
  echo "ci: deploy/compose.yaml is valid (docker-compose config)"
elif python3 -c "import yaml" >/dev/null 2>&1; then
  python3 -c "import yaml, sys; d = yaml.safe_load(open('deploy/compose.yaml')); assert {'redis', 'silo', 'analyze', 'postgres', 'silo-pg', 'analyze-pg'} <= set(d['services'])" \
    || ci_compose_invalid "YAML parse"
  echo "ci: deploy/compose.yaml parses (no Compose client here to run 'docker compose config')"
else
  echo "ci: deploy/compose.yaml not checked: neither a Compose client nor python3-yaml is installed"
fi
