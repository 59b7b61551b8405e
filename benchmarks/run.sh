#!/usr/bin/env bash
# Doorbraak benchmarks (not part of ./mvnw verify). Prints figures; docs/performance.md records them.
#   benchmarks/run.sh            all: start, rss, reads, hotswap
#   benchmarks/run.sh start      only one of them (start, vloer, rss, reads, logins, hotswap)
#   benchmarks/run.sh cpu        CPU µs per request (not part of all)
#   benchmarks/run.sh ui         the web app in headless chromium: first load, ms per screen (not part of all;
#                                needs chromium and chromium-driver)
#   OUD=<dist> benchmarks/run.sh paar   restarts of another build and this one in turns (not part of all)
# Needs: Java 17, curl, wrk (apt-get install -y wrk). Builds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WAT=${1:-all}
RUNS=${RUNS:-5}
command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install -y wrk" >&2; exit 1; }

[ -x distribution/target/doorbraak/bin/doorbraak ] || ./mvnw -q install -DskipTests
[ -f benchmarks/target/classpath.txt ] && [ -f benchmarks/target/classes/nl/doorbraak/benchmark/kaal/KaleWhiteboardServlet.class ] \
  && [ -f benchmarks/target/classes/nl/doorbraak/benchmark/Schermen.class ] \
  || ./mvnw -q -f benchmarks/pom.xml package
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

WORK=$(mktemp -d /tmp/doorbraak-bench.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; [ -n "${JPID:-}" ] && kill "$JPID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
vrije_poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# "min … median … max …  (runs: …)" of the figures given
spreiding() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "min %s median %s max %s", a[1], a[int((NR+1)/2)], a[NR]}'
  echo "  (runs: $*)"
}
# waits until URL answers (extra curl options, e.g. -f for a 2xx); stops with the log when PID died first
wacht_op() {
  local url=$1 pid=$2 log=$3; shift 3
  until curl -s "$@" -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.01
  done
}
# starts a fresh copy; sets PID, PORT, CORE_MS (ms from exec until /api/health answers with core and web up, "UP"
# or "STARTEND": what START_MS meant until 2026-12-06) and START_MS (ms to the first 200: ready for users, the
# demo accounts loaded)
start_platform() {
  # -a keeps the times: a jar newer than its bundle in the cache is updated at the start, as after an upgrade
  rm -rf "$WORK/d"; cp -a distribution/target/doorbraak "$WORK/d"; rm -rf "$WORK/d/data"/*
  [ "${1:-}" = "warm" ] && cp -a "$WORK/data-warm/." "$WORK/d/data/"
  PORT=$(vrije_poort)
  local t0; t0=$(now_ms)
  DOORBRAAK_PORT=$PORT "$WORK/d/bin/doorbraak" --demo </dev/null >"$WORK/out.txt" 2>&1 &
  PID=$!
  until curl -s "http://localhost:$PORT/api/health" 2>/dev/null | grep -q '"status":"\(UP\|STARTEND\)"'; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/out.txt"; exit 1; }
    sleep 0.01
  done
  CORE_MS=$(( $(now_ms) - t0 ))
  wacht_op "http://localhost:$PORT/api/health" "$PID" "$WORK/out.txt" -f
  START_MS=$(( $(now_ms) - t0 ))
}
stop_platform() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
wacht_op_demo() {
  for _ in $(seq 1 200); do
    n=$(curl -s -u utrecht-regisseur:demo "http://localhost:$PORT/api/gemeenten/utrecht/casussen?pageSize=1" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
    [ -n "$n" ] && [ "$n" -ge 12 ] && return 0; sleep 0.05
  done; echo "demo-gegevens niet geladen" >&2; exit 1
}

if [ "$WAT" = all ] || [ "$WAT" = start ]; then
  koud=(); warm=(); koud_kern=(); warm_kern=()
  for i in $(seq 1 "$RUNS"); do start_platform; koud+=("$START_MS"); koud_kern+=("$CORE_MS"); wacht_op_demo; stop_platform; done
  # warm: the data directory of an earlier run (the usual restart); of a platform that restarted once before, so it
  # holds the class archive a restart writes when it stops (bin/doorbraak, docs/performance.md "Klassenarchief")
  start_platform; wacht_op_demo; stop_platform; mkdir -p "$WORK/data-warm"; cp -a "$WORK/d/data/." "$WORK/data-warm/"
  start_platform warm; stop_platform; rm -rf "$WORK/data-warm"/*; cp -a "$WORK/d/data/." "$WORK/data-warm/"
  for i in $(seq 1 "$RUNS"); do start_platform warm; warm+=("$START_MS"); warm_kern+=("$CORE_MS"); stop_platform; done
  echo "start.core_up_ms.fresh_data: $(spreiding "${koud_kern[@]}")"
  echo "start.core_up_ms.existing_data: $(spreiding "${warm_kern[@]}")"
  echo "start.first_health_200_ms.fresh_data: $(spreiding "${koud[@]}")"
  echo "start.first_health_200_ms.existing_data: $(spreiding "${warm[@]}")"
fi

# two builds side by side, in turns: OUD=<another built distribution> benchmarks/run.sh paar. Restarts on existing
# data, alternately old and new, so a machine that speeds up or slows down during the run weighs on both alike; ms to
# core up (UP or STARTEND), the process's CPU ms at that moment, and ms to the first 200 (UP: users can work). Small
# differences (a few %) show only this way.
if [ "$WAT" = paar ]; then
  [ -d "${OUD:-}/bin" ] || { echo "OUD=<map van een gebouwde distributie, bijv. een worktree van de vorige landing>/distribution/target/doorbraak" >&2; exit 1; }
  declare -A muur cpu klaar
  for kant in oud nieuw; do
    rm -rf "$WORK/$kant"; cp -a "$([ $kant = oud ] && echo "$OUD" || echo distribution/target/doorbraak)" "$WORK/$kant"
    rm -rf "$WORK/$kant/data"/*
  done
  for ronde in $(seq 0 "$RUNS"); do
    for kant in oud nieuw; do
      PORT=$(vrije_poort); t0=$(now_ms)
      DOORBRAAK_PORT=$PORT "$WORK/$kant/bin/doorbraak" --demo </dev/null >"$WORK/out.txt" 2>&1 &
      PID=$!
      until curl -s "http://localhost:$PORT/api/health" 2>/dev/null | grep -q '"status":"\(UP\|STARTEND\)"'; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/out.txt"; exit 1; }
        sleep 0.01
      done
      t=$(( $(now_ms) - t0 )); c=$(awk '{print ($14+$15)*10}' "/proc/$PID/stat")
      # then to UP (the first 200: users can work, plug-ins started)
      wacht_op "http://localhost:$PORT/api/health" "$PID" "$WORK/out.txt" -f; t200=$(( $(now_ms) - t0 ))
      # round 0 fills data and bundle cache (the first start): not counted
      if [ "$ronde" -gt 0 ]; then muur[$kant]+=" $t"; cpu[$kant]+=" $c"; klaar[$kant]+=" $t200"; fi
      stop_platform
    done
  done
  for kant in oud nieuw; do
    echo "paar.$kant.core_up_ms.existing_data: $(spreiding ${muur[$kant]})"
    echo "paar.$kant.cpu_ms_at_core_up: $(spreiding ${cpu[$kant]})"
    echo "paar.$kant.first_health_200_ms.existing_data: $(spreiding ${klaar[$kant]})"
  done
fi

# the floor: the same launcher and infrastructure (Felix, SCR, ConfigAdmin, FileInstall, EventAdmin, Log, Metatype,
# Gogo, HTTP Jetty 12) without Doorbraak's bundles, H2, Flyway and Jackson; ms to Jetty's first answer (a 404)
if [ "$WAT" = all ] || [ "$WAT" = start ] || [ "$WAT" = vloer ]; then
  vloer=()
  rm -rf "$WORK/v"; cp -a distribution/target/doorbraak "$WORK/v"; rm -rf "$WORK/v/data"/* "$WORK/v/deploy"/* "$WORK/v/config"/*
  (cd "$WORK/v/system" && rm -f nl.doorbraak.* h2-* flyway-* jackson-* gson-* org.osgi.service.jdbc-*)
  for i in $(seq 0 "$RUNS"); do
    PORT=$(vrije_poort); t0=$(now_ms)
    DOORBRAAK_PORT=$PORT "$WORK/v/bin/doorbraak" </dev/null >"$WORK/vloer.txt" 2>&1 &
    PID=$!
    wacht_op "http://localhost:$PORT/" "$PID" "$WORK/vloer.txt"
    # the first run fills the bundle cache; the others are restarts, as existing_data above
    [ "$i" -gt 0 ] && vloer+=("$(( $(now_ms) - t0 ))")
    stop_platform
  done
  # and without OSGi at all: the bare Jetty 12 servlet of the read benchmark, flat class path, same JVM defaults
  # as bin/doorbraak; ms from exec to its first answer
  kaal=()
  echo '{}' > "$WORK/leeg.json"
  for i in $(seq 1 "$RUNS"); do
    KPORT=$(vrije_poort); t0=$(now_ms)
    java -Xss512k -Xms16m -Xmx512m -XX:+UseSerialGC -Xshare:auto -XX:CompileThresholdScaling=3 -cp "$CP" nl.doorbraak.benchmark.KaleJetty "$KPORT" "$WORK/leeg.json" >"$WORK/kaal.txt" 2>&1 &
    JPID=$!
    wacht_op "http://localhost:$KPORT/" "$JPID" "$WORK/kaal.txt"
    kaal+=("$(( $(now_ms) - t0 ))")
    kill "$JPID"; wait "$JPID" 2>/dev/null || true; JPID=
  done
  echo "start.floor_first_http_ms (infrastructure only, existing cache): $(spreiding "${vloer[@]}")"
  echo "start.bare_jetty_first_http_ms (one servlet, no OSGi): $(spreiding "${kaal[@]}")"
fi

if [ "$WAT" = all ] || [ "$WAT" = rss ] || [ "$WAT" = reads ]; then
  start_platform; wacht_op_demo
  ID=$(curl -s -u utrecht-regisseur:demo "http://localhost:$PORT/api/gemeenten/utrecht/casussen?pageSize=1" | sed -n 's/.*"results":\[{"id":"\([^"]*\)".*/\1/p')
  URL="http://localhost:$PORT/api/gemeenten/utrecht/casussen/$ID"
  AUTH="Authorization: Basic $(printf 'utrecht-regisseur:demo' | base64)"
  for _ in $(seq 1 200); do curl -s -o /dev/null -H "$AUTH" "$URL"; done
  if [ "$WAT" != reads ]; then
    echo "rss.after_demo_load_kb: $(awk '/VmRSS/ {print $2}' /proc/$PID/status)  (heap: default JAVA_OPTS of bin/doorbraak)"
    # the same process 3 s later, idle: the JIT's arenas of those 200 reads are freed and given back by then
    sleep 3
    echo "rss.idle_3s_later_kb: $(awk '/VmRSS/ {print $2}' /proc/$PID/status)"
  fi
  if [ "$WAT" != rss ]; then
    curl -s -H "$AUTH" "$URL" > "$WORK/casus.json"
    KPORT=$(vrije_poort)
    java -cp "$CP" nl.doorbraak.benchmark.KaleJetty "$KPORT" "$WORK/casus.json" >"$WORK/kaal.txt" 2>&1 &
    JPID=$!
    until curl -sf -o /dev/null "http://localhost:$KPORT/"; do sleep 0.05; done
    # the same bytes from a servlet on the platform's own whiteboard: what the required infrastructure costs
    cp "$WORK/casus.json" "$WORK/d/data/kaal.json"
    jar cfm "$WORK/kaal.jar" benchmarks/src/main/bundle/MANIFEST.MF -C benchmarks/target/classes nl/doorbraak/benchmark/kaal
    cp "$WORK/kaal.jar" "$WORK/d/deploy/kaal.tmp" && mv "$WORK/d/deploy/kaal.tmp" "$WORK/d/deploy/nl.doorbraak.benchmark.kaal.jar"
    WURL="http://localhost:$PORT/kaal/x"
    for _ in $(seq 1 200); do curl -sf -o /dev/null "$WURL" && break; sleep 0.05; done
    curl -sf -o /dev/null "$WURL" || { echo "de whiteboard-servlet van de benchmark start niet" >&2; exit 1; }
    # warm the JITs, then measure each twice, in turns; C2 keeps compiling Doorbraak's paths for ±30 s under this load
    # (jstat -compiler), far longer than the few classes of a bare servlet
    wrk -t2 -c16 -d"${OPWARMEN:-30}"s -H "$AUTH" "$URL" >/dev/null; wrk -t2 -c16 -d10s "$WURL" >/dev/null
    wrk -t2 -c16 -d10s "http://localhost:$KPORT/x" >/dev/null
    # a Doorbraak route that does login, tenant check and JSON but neither a query nor a verwerking: the most a
    # route of the platform can reach on this machine
    GURL="http://localhost:$PORT/api/gemeenten/utrecht"
    wrk -t2 -c16 -d10s -H "$AUTH" "$GURL" >/dev/null
    d=(); w=(); k=(); g=()
    for i in 1 2; do
      d+=("$(wrk -t2 -c16 -d10s -H "$AUTH" "$URL" | awk '/Requests\/sec/ {print $2}')")
      w+=("$(wrk -t2 -c16 -d10s "$WURL" | awk '/Requests\/sec/ {print $2}')")
      k+=("$(wrk -t2 -c16 -d10s "http://localhost:$KPORT/x" | awk '/Requests\/sec/ {print $2}')")
      g+=("$(wrk -t2 -c16 -d10s -H "$AUTH" "$GURL" | awk '/Requests\/sec/ {print $2}')")
    done
    echo "reads.doorbraak_req_s: ${d[*]}"
    echo "reads.whiteboard_servlet_req_s: ${w[*]}  (same bytes, Felix HTTP whiteboard, no login or database)"
    echo "reads.bare_jetty_req_s: ${k[*]}"
    echo "reads.gemeente_route_req_s: ${g[*]}  (GET /api/gemeenten/utrecht: login, tenant, JSON; no query, no verwerking)"
    python3 -c "d=max(map(float,'${d[*]}'.split())); w=max(map(float,'${w[*]}'.split())); k=max(map(float,'${k[*]}'.split())); g=max(map(float,'${g[*]}'.split())); print(f'reads.ratio: {d/k*100:.0f} % of bare Jetty (best of 2 each, wrk -t2 -c16 -d10s, same machine); whiteboard servlet {w/k*100:.0f} % of bare Jetty; casus read {d/w*100:.0f} % of the whiteboard servlet; gemeente route (no query, no verwerking) {g/k*100:.0f} % of bare Jetty')"
    kill "$JPID"; JPID=
  fi
  stop_platform
fi

# CPU per request: the process's CPU time (utime + stime) over a wrk run divided by the requests it answered; less
# sensitive to a busy machine than req/s, so two builds can be compared in the same minutes (docs/performance.md)
if [ "$WAT" = cpu ]; then
  start_platform; wacht_op_demo
  ID=$(curl -s -u utrecht-regisseur:demo "http://localhost:$PORT/api/gemeenten/utrecht/casussen?pageSize=1" | sed -n 's/.*"results":\[{"id":"\([^"]*\)".*/\1/p')
  AUTH="Authorization: Basic $(printf 'utrecht-regisseur:demo' | base64)"
  cpu_ms() { awk '{print ($14+$15)*10}' "/proc/$PID/stat"; }
  for naam in casus:/api/gemeenten/utrecht/casussen/$ID gemeente:/api/gemeenten/utrecht lijst:/api/gemeenten/utrecht/casussen?pageSize=20; do
    url="http://localhost:$PORT${naam#*:}"
    wrk -t2 -c16 -d"${OPWARMEN:-15}"s -H "$AUTH" "$url" >/dev/null
    uit=()
    for i in 1 2; do
      c0=$(cpu_ms)
      n=$(wrk -t2 -c16 -d10s -H "$AUTH" "$url" | awk '/requests in/ {print $1}')
      c1=$(cpu_ms)
      uit+=("$(( (c1 - c0) * 1000 / n ))")
    done
    echo "cpu.${naam%%:*}_us_per_req: ${uit[*]}"
  done
  stop_platform
fi

# logins: an unknown name and a wrong password must cost the same (docs/accounts.md); ms per POST /api/sessies,
# 20 of each, interleaved; the address limit is raised in this copy so the run itself is not locked out
if [ "$WAT" = all ] || [ "$WAT" = logins ]; then
  start_platform; wacht_op_demo
  printf 'adresMaxPogingen = 100000\n' > "$WORK/d/config/nl.doorbraak.toegang.cfg"; sleep 2
  onbekend=(); verkeerd=(); goed=()
  for i in $(seq 1 20); do
    # a wrong password twice for an account, then the right one (the count starts over, no delay kicks in)
    acc=$(( i % 4 )); naam=(utrecht-regisseur utrecht-beheerder leeuwarden-regisseur eindhoven-regisseur)
    t() { curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' -d "$1" "http://localhost:$PORT/api/sessies" | awk '{printf "%d", $1*1000}'; }
    onbekend+=("$(t "{\"gebruikersnaam\":\"onbekend-$i\",\"wachtwoord\":\"fout-$i\"}")")
    verkeerd+=("$(t "{\"gebruikersnaam\":\"${naam[$acc]}\",\"wachtwoord\":\"fout-$i\"}")")
    goed+=("$(t "{\"gebruikersnaam\":\"${naam[$acc]}\",\"wachtwoord\":\"demo\"}")")
  done
  echo "logins.unknown_user_ms: $(spreiding "${onbekend[@]}")"
  echo "logins.wrong_password_ms: $(spreiding "${verkeerd[@]}")"
  echo "logins.right_password_ms: $(spreiding "${goed[@]}")"
  stop_platform
fi

if [ "$WAT" = all ] || [ "$WAT" = hotswap ]; then
  start_platform; wacht_op_demo
  V1=distribution/target/fixtures/doorbraak-test-plugin-standaard-v1.jar
  cp "$WORK/d/deploy/nl.doorbraak.plugin.standaard.jar" "$WORK/standaard-v2.jar"
  cp "$V1" "$WORK/d/v1.tmp" && mv "$WORK/d/v1.tmp" "$WORK/d/deploy/nl.doorbraak.plugin.standaard.jar"
  for _ in $(seq 1 100); do curl -s -u platformbeheerder:demo "http://localhost:$PORT/api/varianten" | grep -q '"schemaVersie":1' && break; sleep 0.1; done
  java -cp "$CP" nl.doorbraak.benchmark.HotSwapLast "http://localhost:$PORT" "$WORK/d/deploy" "$WORK/standaard-v2.jar" 200 20 utrecht utrecht-regisseur
  stop_platform
fi

# --- the web app (issue 12, point 7): first load < 300 kB compressed, every screen usable < 1 s ---
if [ "$WAT" = ui ]; then
  command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    || { echo "chromium ontbreekt: apt-get install -y chromium chromium-driver" >&2; exit 1; }
  start_platform
  echo "== ui: de webapplicatie in headless chromium (ROUNDS=${ROUNDS:-5} per scherm na het eerste bezoek)"
  ROUNDS=${ROUNDS:-5} java -cp "$CP" nl.doorbraak.benchmark.Schermen "http://localhost:$PORT" bundles/ui/src/main/app/routes.json
  stop_platform
fi
