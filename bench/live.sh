#!/usr/bin/env bash
# Live coverage under load, on one instance of the production jar:
#   1. STREAMS (2,000) server-sent-event streams of one live article; ENTRIES entries posted one
#      after another; how long each took to reach every stream (bench/live-sse.mjs);
#   2. polling an unchanged live page with If-None-Match (304), next to the article's own 304 and
#      nginx answering 304 for the same bytes, with the read cache on and off.
#   bench/live.sh                        # 2,000 streams, 30 entries
#   STREAMS=500 ENTRIES=10 bench/live.sh
# Needs the PostgreSQL on 127.0.0.1:5432 (database newsdesk_live_bench, recreated), Node.js, wrk
# and nginx (apt-get install wrk nginx-light). Prints the results as Markdown rows.
set -euo pipefail
cd "$(dirname "$0")/.."
STREAMS=${STREAMS:-2000}
ENTRIES=${ENTRIES:-30}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
APP_PORT=18090
NGINX_PORT=18091
WORK=$(mktemp -d)
APP_PID=""
trap 'kill $APP_PID 2>/dev/null || true; nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true' EXIT

[ -f target/quarkus-app/quarkus-run.jar ] && [ "${REBUILD:-1}" = 0 ] || ./mvnw -q -B package -DskipTests
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS newsdesk_live_bench" -c "CREATE DATABASE newsdesk_live_bench"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
PASSWORD=$(openssl rand -hex 16)
start_app() { # cache enabled: true|false
    NEWSDESK_CACHE_ENABLED=$1 NEWSDESK_ADMIN_EMAIL=bench@newsdesk.localhost NEWSDESK_ADMIN_PASSWORD="$PASSWORD" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/newsdesk_live_bench" QUARKUS_DATASOURCE_USERNAME=postgres \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
    NEWSDESK_SECRET="$(openssl rand -base64 48)" NEWSDESK_MAIL_DELIVER=false \
    QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_LOG_LEVEL=WARN \
        java -XX:MaxRAMPercentage=50 -jar target/quarkus-app/quarkus-run.jar > "$WORK/app-$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && return; sleep 0.5; done
    cat "$WORK/app-$1.log"; exit 1
}
API="http://127.0.0.1:$APP_PORT"
start_app true
TOKEN=$(curl -sf "$API/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\": \"bench@newsdesk.localhost\", \"password\": \"$PASSWORD\"}" | jq -r .accessToken)
post() { curl -sf "$API$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
post /api/v1/admin/sections '{"slug": "news", "name": "News"}' >/dev/null
post /api/v1/admin/authors '{"slug": "olena-petrenko", "name": "Olena Petrenko"}' >/dev/null
ARTICLE=$(post /api/v1/admin/articles '{"headline": "Blackout live", "live": true, "section": "news",
    "authors": ["olena-petrenko"], "body": [{"type": "paragraph", "text": "Live updates."}]}' | jq -r .id)
curl -sf -XPOST "$API/api/v1/admin/articles/$ARTICLE/publish" -H "Authorization: Bearer $TOKEN" >/dev/null
for i in $(seq 1 50); do post "/api/v1/admin/articles/$ARTICLE/entries" "{\"headline\": \"Entry $i\"}" >/dev/null; done

echo "== $STREAMS streams, $ENTRIES entries"
SSE=$(node bench/live-sse.mjs "$API" blackout-live "$ARTICLE" "$TOKEN" "$STREAMS" "$ENTRIES" 500)
echo "$SSE"
RSS=$(awk '/VmHWM/{printf "%d", $2/1024}' "/proc/$APP_PID/status")

run() { # url etag -> "rps|p50|p99|errors"
    wrk -t2 -c"$CONNECTIONS" -d5s -H "If-None-Match: $2" "$1" >/dev/null
    local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "If-None-Match: $2" "$1")
    local bad; bad=$(awk '/Non-2xx|Socket errors/{print}' <<<"$out" | tr '\n' ' ')
    echo "$(awk '/Requests\/sec/{print $2}' <<<"$out")|$(awk '$1=="50%"{print $2}' <<<"$out")|$(awk '$1=="99%"{print $2}' <<<"$out")|${bad:-none}"
}
etag() { curl -s -o /dev/null -D - "$1" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r'; }
SINCE=$(curl -sf "$API/api/v1/articles/blackout-live/entries" | jq -r .meta.since)
POLL="$API/api/v1/articles/blackout-live/entries?since=$SINCE"
mkdir -p "$WORK/www"
curl -s "$POLL" -o "$WORK/www/poll"
chmod 755 "$WORK" "$WORK/www" # nginx's workers run as www-data: mktemp -d makes the folder private
chmod 644 "$WORK/www/poll"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json; etag on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files \$uri =404; } } }
NGINX
nginx -c "$WORK/nginx.conf"
ROWS=""
for cache in true false; do
    if [ "$cache" = false ]; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; start_app false; fi
    r=$(run "$POLL" "$(etag "$POLL")")
    ROWS+="| unchanged live poll (since=), 304 | $cache | ${r//|/ | } |"$'\n'
    r=$(run "$API/api/v1/articles/blackout-live" "$(etag "$API/api/v1/articles/blackout-live")")
    ROWS+="| article by slug, 304 | $cache | ${r//|/ | } |"$'\n'
done
r=$(run "http://127.0.0.1:$NGINX_PORT/poll" "$(etag "http://127.0.0.1:$NGINX_PORT/poll")")
ROWS+="| nginx, same bytes, 304 | - | ${r//|/ | } |"$'\n'
echo
echo "Streams: $SSE (peak RSS of the service: ${RSS} MiB)"
echo
echo "| conditional GET | read cache | req/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s' "$ROWS"
