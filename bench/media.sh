#!/usr/bin/env bash
# Media benchmarks (issue 12), written into the media section of docs/BENCHMARKS.md:
#   1. the whole rendition set of a 24-megapixel JPEG (ladder in JPEG and WebP, three crops in both,
#      placeholder) by Newsdesk's renderer, with its peak heap, beside libvips (`vips` from Debian)
#      making the same files from the same photo in the same run;
#   2. a ~200 KB rendition served by the service from the file store, beside nginx serving the
#      same file (wrk, loopback);
#   3. public article reads while 20 large photos are uploaded at once, against a baseline, with
#      the service's heap capped (MEDIA_HEAP, 768m) to show its memory stays bounded.
#   bench/media.sh                     # builds the jar first
#   SKIP_BUILD=1 DURATION=10s bench/media.sh
# Needs PostgreSQL on 127.0.0.1:5432 (database newsdesk_media_bench, recreated) and root or sudo once
# for `apt-get install wrk nginx-light libvips-tools ffmpeg`.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
RUNS=${RUNS:-5}
HEAP=${MEDIA_HEAP:-768m}
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
APP_PORT=18090
NGINX_PORT=18091
WORK=$(mktemp -d)
APP_PID=""
trap 'kill $APP_PID 2>/dev/null || true; nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true' EXIT

for tool in wrk nginx vips ffmpeg psql curl python3; do
    command -v "$tool" >/dev/null || { apt-get install -y wrk nginx-light libvips-tools ffmpeg postgresql-client curl >/dev/null; break; }
done
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B package -DskipTests
CP="target/quarkus-app/lib/main/*:target/classes"

photo() { # file seed: a 6000 x 4000 JPEG with a photo's entropy (a test pattern under grain), ~10 MB
    ffmpeg -loglevel error -y -f lavfi -i "testsrc2=s=6000x4000,noise=alls=28:allf=u:all_seed=$2" \
        -frames:v 1 -q:v 3 "$1"
}
photo "$WORK/photo.jpg" 1
PHOTO_BYTES=$(stat -c %s "$WORK/photo.jpg")
echo "photo: 6000 x 4000, $PHOTO_BYTES bytes"

# --- 1. Renditions: Newsdesk's renderer and libvips, the same set from the same file ---------------
NEWSDESK_RENDER=$(java -Xmx512m -cp "$CP" bench/RenderBench.java "$WORK/photo.jpg" "$RUNS")
echo "newsdesk: $NEWSDESK_RENDER"
vips_set() { # in out-dir: what Newsdesk makes, with vips's shrink-on-load thumbnailer
    local in=$1 out=$2
    for w in 320 640 960 1280 1920 2560; do
        vips thumbnail "$in" "$out/w$w.jpg[Q=82,strip]" "$w"
        vips thumbnail "$in" "$out/w$w.webp[Q=80,strip]" "$w"
    done
    for crop in "1200 675" "1200 900" "1200 1200"; do
        set -- $crop
        vips thumbnail "$in" "$out/c$1x$2.jpg[Q=82,strip]" "$1" --height "$2" --crop centre
        vips thumbnail "$in" "$out/c$1x$2.webp[Q=80,strip]" "$1" --height "$2" --crop centre
    done
}
export -f vips_set
mkdir -p "$WORK/vips"
vips_set "$WORK/photo.jpg" "$WORK/vips" # warm the page cache
VIPS_TIMES=()
VIPS_RSS=0
for _ in $(seq 1 "$RUNS"); do
    read -r secs rss < <(/usr/bin/time -f "%e %M" bash -c 'vips_set "$0" "$1"' "$WORK/photo.jpg" "$WORK/vips" 2>&1 >/dev/null | tail -1)
    VIPS_TIMES+=("$(python3 -c "print(int(float('$secs') * 1000))")")
    [ "$rss" -gt "$VIPS_RSS" ] && VIPS_RSS=$rss
done
VIPS_MEDIAN=$(printf '%s\n' "${VIPS_TIMES[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
VIPS_FILES=$(ls "$WORK/vips" | wc -l)
VIPS_BYTES=$(du -cb "$WORK"/vips/* | tail -1 | cut -f1)
echo "vips: median ${VIPS_MEDIAN} ms (${VIPS_TIMES[*]}), $VIPS_FILES files, $VIPS_BYTES bytes, max RSS $((VIPS_RSS / 1024)) MiB"

# --- The service, on the file store --------------------------------------------------------------
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS newsdesk_media_bench" -c "CREATE DATABASE newsdesk_media_bench"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
ADMIN=bench-admin@newsdesk.localhost
PASSWORD=$(openssl rand -hex 16)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/newsdesk_media_bench" QUARKUS_DATASOURCE_USERNAME=postgres \
SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
NEWSDESK_SECRET=$(openssl rand -base64 48) NEWSDESK_ADMIN_EMAIL=$ADMIN NEWSDESK_ADMIN_PASSWORD=$PASSWORD \
NEWSDESK_MEDIA_DIR="$WORK/media" NEWSDESK_API_PUBLIC_URL="http://127.0.0.1:$APP_PORT" \
QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_LOG_LEVEL=WARN QUARKUS_LOG_CATEGORY__COM_NEWSDESK__LEVEL=INFO \
    java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
API="http://127.0.0.1:$APP_PORT"
TOKEN=$(curl -sf "$API/api/v1/admin/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$ADMIN\", \"password\": \"$PASSWORD\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
AUTH="Authorization: Bearer $TOKEN"
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
upload() { curl -sf "$API/api/v1/admin/media" -H "$AUTH" -F "file=@$1" -F "alt=Bench photo"; }
wait_ready() { # id
    for _ in $(seq 1 1200); do
        status=$(curl -sf "$API/api/v1/admin/media/$1" -H "$AUTH" | json 'd["renditionStatus"]')
        [ "$status" != pending ] && { echo "$status"; return; }
        sleep 0.25
    done
    echo timeout
}

# --- 2. A ~200 KB rendition from the file store, beside nginx -------------------------------------
ID=$(upload "$WORK/photo.jpg" | json 'd["id"]')
[ "$(wait_ready "$ID")" = ready ]
ITEM=$(curl -sf "$API/api/v1/admin/media/$ID" -H "$AUTH")
read -r FILE_URL FILE_BYTES < <(echo "$ITEM" | json '" ".join(str(x) for x in min(((r["url"], r["bytes"]) for r in d["renditions"]), key=lambda r: abs(r[1] - 200000)))')
FILE_PATH=${FILE_URL#"$API"}
mkdir -p "$WORK/www"
chmod 755 "$WORK" "$WORK/www" # nginx's workers run as www-data: mktemp -d makes the folder private
cp "$WORK/media/public/${FILE_PATH#/api/v1/media/files/}" "$WORK/www/rendition.bin"
chmod 644 "$WORK/www/rendition.bin"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; default_type image/jpeg; etag on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files \$uri =404; } } }
NGINX
nginx -c "$WORK/nginx.conf"
cat > "$WORK/wrk.py" <<'PY'
import re, sys
out = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
def ms(label):
    m = re.search(label + r"\s+([\d.]+)(us|ms|s)\b", out)
    v = float(m.group(1))
    return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print("%.0f %.2f %.2f %s" % (rps, ms("50%"), ms("99%"), bad.group(1) if bad else 0))
PY
bench() { # url -> "rps p50 p99 errors"
    wrk -t2 -c"$CONNECTIONS" -d"${ROW_WARMUP:-10s}" "$1" >/dev/null # the JIT warms up first
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | python3 "$WORK/wrk.py"
}
read -r FILE_RPS FILE_P50 FILE_P99 FILE_BAD < <(bench "$API$FILE_PATH")
read -r NGINX_RPS NGINX_P50 NGINX_P99 NGINX_BAD < <(bench "http://127.0.0.1:$NGINX_PORT/rendition.bin")
echo "file: newsdesk $FILE_RPS/s vs nginx $NGINX_RPS/s ($FILE_BYTES bytes)"

# --- 3. Public reads while 20 large photos are uploaded at once ----------------------------------
curl -sf "$API/api/v1/admin/sections" -H "$AUTH" -H 'Content-Type: application/json' -d '{"slug": "news", "name": "News"}' >/dev/null
curl -sf "$API/api/v1/admin/authors" -H "$AUTH" -H 'Content-Type: application/json' -d '{"slug": "bench", "name": "Bench Writer"}' >/dev/null
ARTICLE=$(curl -sf "$API/api/v1/admin/articles" -H "$AUTH" -H 'Content-Type: application/json' -d "{\"headline\": \"Parade on the square\",
  \"authors\": [\"bench\"], \"section\": \"news\", \"leadImage\": {\"mediaId\": \"$ID\"},
  \"body\": [{\"type\": \"paragraph\", \"text\": \"Soldiers marched across the square at dawn.\"}]}" | json 'd["id"]')
curl -sf -X POST "$API/api/v1/admin/articles/$ARTICLE/publish" -H "$AUTH" >/dev/null
SLUG=$(curl -sf "$API/api/v1/admin/articles/$ARTICLE" -H "$AUTH" | json 'd["slug"]')
READ="$API/api/v1/articles/$SLUG"
read -r BASE_RPS BASE_P50 BASE_P99 BASE_BAD < <(bench "$READ")
for i in $(seq 1 20); do photo "$WORK/upload-$i.jpg" $((i + 100)); done
RSS_MAX=0
( while kill -0 $APP_PID 2>/dev/null; do ps -o rss= -p $APP_PID; sleep 0.2; done ) > "$WORK/rss.txt" &
RSS_PID=$!
START=$(date +%s.%N)
UPLOADS=()
for i in $(seq 1 20); do
    curl -s -o "$WORK/upload-$i.json" -w '%{http_code}\n' "$API/api/v1/admin/media" -H "$AUTH" \
        -F "file=@$WORK/upload-$i.jpg" > "$WORK/upload-$i.code" &
    UPLOADS+=($!)
done
read -r LOAD_RPS LOAD_P50 LOAD_P99 LOAD_BAD < <(bench "$READ")
wait "${UPLOADS[@]}" || true
CODES=$(cat "$WORK"/upload-*.code | sort | uniq -c | tr -s ' ' | tr '\n' ';')
READY=0
for i in $(seq 1 20); do
    id=$(json 'd.get("id", "")' < "$WORK/upload-$i.json" 2>/dev/null || true)
    [ -n "$id" ] && [ "$(wait_ready "$id")" = ready ] && READY=$((READY + 1))
done
ALL_DONE=$(python3 -c "import time; print(round(time.time() - $START, 1))")
kill $RSS_PID 2>/dev/null || true
RSS_MAX=$(sort -n "$WORK/rss.txt" | tail -1)
HEAP_MAX=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
UP=$(curl -sf -o /dev/null -w '%{http_code}' "$API/q/health/ready" || echo down)
echo "reads: $BASE_RPS/s alone, $LOAD_RPS/s during 20 uploads; uploads $CODES ready $READY/20 in ${ALL_DONE}s; RSS $((RSS_MAX / 1024)) MiB"

NEWSDESK_MEDIAN=$(sed -E 's/.*median_ms=([0-9]+).*/\1/' <<< "$NEWSDESK_RENDER")
NEWSDESK_HEAP=$(sed -E 's/.*peak_heap_mib=([0-9]+).*/\1/' <<< "$NEWSDESK_RENDER")
NEWSDESK_FILES=$(sed -E 's/.*files=([0-9]+).*/\1/' <<< "$NEWSDESK_RENDER")
NEWSDESK_BYTES=$(sed -E 's/.*[^_]bytes=([0-9]+).*/\1/' <<< "$NEWSDESK_RENDER")
SECTION="$WORK/section.md"
cat > "$SECTION" <<MD
<!-- media:start -->
## Media (bench/media.sh, $(date -u +%Y-%m-%dT%H:%MZ))

Machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1); $(vips --version).
The photo: 6000 x 4000 (24 MP), $PHOTO_BYTES bytes, made by ffmpeg (a test pattern under grain, so it
compresses like a photo). The read cache does not apply to files (media are never kept in it), so
there is one figure for cache on and off.

| renditions of a 24 MP JPEG (6 widths + 3 crops, JPEG and WebP) | median of $RUNS | files | bytes | peak memory |
| --- | --- | --- | --- | --- |
| Newsdesk (Java, one thread, placeholder included) | $NEWSDESK_MEDIAN ms | $NEWSDESK_FILES | $NEWSDESK_BYTES | heap $NEWSDESK_HEAP MiB (-Xmx512m) |
| libvips $(vips --version | sed 's/^vips-//') (\`vips thumbnail\` per file: one decode each, shrink-on-load; no placeholder) | $VIPS_MEDIAN ms | $VIPS_FILES | $VIPS_BYTES | RSS $((VIPS_RSS / 1024)) MiB |

Target: at most 2,500 ms for Newsdesk's set.

| a $FILE_BYTES-byte rendition, $CONNECTIONS connections, $DURATION | requests/s | p50 ms | p99 ms | errors |
| --- | --- | --- | --- | --- |
| Newsdesk, file store | $FILE_RPS | $FILE_P50 | $FILE_P99 | $FILE_BAD |
| nginx, same file (sendfile) | $NGINX_RPS | $NGINX_P50 | $NGINX_P99 | $NGINX_BAD |

Newsdesk at $(python3 -c "print(round(100 * $FILE_RPS / $NGINX_RPS))") % of nginx (target: at least 50 %).

| public article read, $CONNECTIONS connections, $DURATION | requests/s | p50 ms | p99 ms | errors |
| --- | --- | --- | --- | --- |
| alone | $BASE_RPS | $BASE_P50 | $BASE_P99 | $BASE_BAD |
| while 20 photos of ~$((PHOTO_BYTES / 1000000)) MB are uploaded at once | $LOAD_RPS | $LOAD_P50 | $LOAD_P99 | $LOAD_BAD |

Reads kept $(python3 -c "print(round(100 * $LOAD_RPS / $BASE_RPS))") % of their throughput (target: at least 50 %). Uploads answered: $CODES
renditions ready for $READY of 20, all done ${ALL_DONE} s after the uploads began. The service ran with
-Xmx$HEAP: peak RSS $((RSS_MAX / 1024)) MiB, largest heap before a GC ${HEAP_MAX:-?} MiB, health after: $UP.
<!-- media:end -->
MD
python3 - "$SECTION" <<'PY'
import re, sys
section = open(sys.argv[1]).read().strip()
doc = open("docs/BENCHMARKS.md").read()
if "<!-- media:start -->" in doc:
    doc = re.sub(r"<!-- media:start -->.*?<!-- media:end -->", lambda m: section, doc, flags=re.S)
else:
    doc = doc.rstrip() + "\n\n" + section + "\n"
open("docs/BENCHMARKS.md", "w").write(doc)
PY
cat "$SECTION"
