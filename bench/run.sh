#!/usr/bin/env bash
# Benchmark of the public read paths, with nginx serving the very same bytes as the ceiling.
#   bench/run.sh                      # 100,000 articles, 10 s per row, 32 connections
#   ARTICLES=5000 DURATION=5s bench/run.sh
#   REUSE_CORPUS=1 bench/run.sh       # keep the database of the last run (loading takes minutes)
# Builds the production jar, starts it against the PostgreSQL on 127.0.0.1:5432 (database
# newsdesk_bench, recreated), loads a generated corpus, runs wrk (loopback only, bounded), and
# writes docs/BENCHMARKS.md. Needs root or sudo once for `apt-get install wrk nginx-light`.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
APP_PORT=18080
NGINX_PORT=18081
WORK=$(mktemp -d)
SINK_PID=""
trap 'kill $APP_PID $SINK_PID 2>/dev/null || true; nginx -s stop -c "$WORK/nginx.conf" 2>/dev/null || true' EXIT

for tool in wrk nginx psql pgbench openssl curl; do
    command -v "$tool" >/dev/null || { apt-get install -y wrk nginx-light postgresql-client openssl curl >/dev/null; break; }
done
# Postfix's smtp-sink, a test SMTP server written in C for load tests; Postfix itself stays
# unconfigured and off ("No configuration").
if ! command -v smtp-sink >/dev/null && [ ! -x /usr/sbin/smtp-sink ]; then
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y postfix >/dev/null
fi

./mvnw -q -B package -DskipTests
LOAD=1
if [ "${REUSE_CORPUS:-0}" = 1 ] && psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM article" 2>/dev/null | grep -qv '^0$'; then
    LOAD=0
    ARTICLES=$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM article")
else
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS newsdesk_bench" -c "CREATE DATABASE newsdesk_bench"
fi
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

# The outbox of a reused database holds earlier runs' mail (pgbench's is never delivered by them):
# the counts below are of mail queued or sent from here on.
SINCE=$(psql "$PG/postgres" -Atc "SELECT now()")
# An SMTP server that accepts and discards mail, so sign-ups are delivered as in production. It
# stands in for a relay on another machine, so it should take as little of this one as it can:
# smtp-sink costs about 0.12 ms of CPU a message, where a Python sink took 0.45 to 0.55 ms.
SMTP_PORT=12525
/usr/sbin/smtp-sink -c $([ "$(id -u)" = 0 ] && echo "-u nobody") 127.0.0.1:$SMTP_PORT 256 > "$WORK/sink.out" 2>&1 &
SINK_PID=$!
sleep 1
# Another sink (an earlier run's) on the port would take the mail and keep the count.
kill -0 "$SINK_PID" 2>/dev/null || { cat "$WORK/sink.out"; echo "the SMTP sink could not start on $SMTP_PORT" >&2; exit 1; }
# One secret for both starts: cursors signed by the first instance stay valid for the second.
SECRET=$(openssl rand -base64 48)
start_app() { # [cache enabled: true|false]
    # Sign-ups all come from 127.0.0.1 here: the per-network limit is off, the per-address one stays.
    NEWSDESK_CACHE_ENABLED=${1:-true} QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT NEWSDESK_NEWSLETTERS_SUBSCRIBES_PER_CLIENT=0 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/newsdesk_bench" QUARKUS_DATASOURCE_USERNAME=postgres \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
    NEWSDESK_SECRET="$SECRET" \
    QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_LOG_LEVEL=WARN \
        java -XX:MaxRAMPercentage=50 -Xlog:gc:file="$WORK/gc-${1:-true}.log" -jar target/quarkus-app/quarkus-run.jar \
        > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && return; sleep 0.5; done
    cat "$WORK/app.log"; exit 1
}
start_app # runs the migrations
if [ "$LOAD" = 1 ]; then
    echo "Loading $ARTICLES articles..."
    time psql "$PG/newsdesk_bench" -q -v articles="$ARTICLES" -f bench/corpus.sql
fi

# The PostgreSQL of our machines runs with autovacuum off: without a vacuum, what earlier runs left
# behind (an outbox of 64,000 rows had 112,000 dead ones) slows the queries down. Vacuumed here, as
# autovacuum would have done in production.
AUTOVACUUM=$(psql "$PG/newsdesk_bench" -Atc "SHOW autovacuum")
psql "$PG/newsdesk_bench" -qc "VACUUM ANALYZE"
API="http://127.0.0.1:$APP_PORT"
SLUG=$(psql "$PG/newsdesk_bench" -Atc "SELECT slug FROM article ORDER BY published_at DESC OFFSET 10 LIMIT 1")
CURSOR=""
for _ in $(seq 1 50); do # 50 pages of 20: the cursor at depth 1,000
    CURSOR=$(curl -s "$API/api/v1/feed${CURSOR:+?cursor=$CURSOR}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["meta"]["nextCursor"])')
done
ETAG=$(curl -s -o /dev/null -D - "$API/api/v1/articles/$SLUG" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')

# Two words of one topic: about 1,700 of 100,000 articles match, as a topical query would.
SEARCH="/api/v1/search?q=grid%20blackout"
declare -a NAMES=("sections (the floor)" "article by slug" "feed page 1 (20)" "feed at depth 1,000" "conditional GET (304)"
                  "search, two words" "front page")
declare -a PATHS=("/api/v1/sections" "/api/v1/articles/$SLUG" "/api/v1/feed" "/api/v1/feed?cursor=$CURSOR" "/api/v1/articles/$SLUG"
                  "$SEARCH" "/api/v1/front-page")
CONDITIONAL=4
mkdir -p "$WORK/www"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json; etag on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files \$uri =404; } } }
NGINX
for i in "${!PATHS[@]}"; do curl -s "$API${PATHS[$i]}" -o "$WORK/www/row$i"; done
nginx -c "$WORK/nginx.conf"

# Each row runs at the measured concurrency before it is measured: the first seconds at 32
# connections after the warm-up rounds at 4 compile more code and grow the heap, and measured a p99
# of 39 ms where the next 10 s measured 6 ms (2 s of this warm-up were not enough).
ROW_WARMUP=${ROW_WARMUP:-10s}
run() { # url [header] -> "rps p50 p99 errors"; warms up for ROW_WARMUP first
    local threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
    # FROM tells a script that walks a list where to start: the warm-up and the run take different parts.
    FROM=0 wrk -t"$threads" -c"$CONNECTIONS" -d"$ROW_WARMUP" ${2:+-H "$2"} ${WRK_SCRIPT:+-s "$WRK_SCRIPT"} "$1" >/dev/null
    local out; out=$(FROM=0.5 wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-H "$2"} ${WRK_SCRIPT:+-s "$WRK_SCRIPT"} "$1")
    local rps p50 p99 bad
    rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    bad=$(awk '/Non-2xx|Socket errors/{print}' <<<"$out" | tr '\n' ' ')
    echo "$rps|$p50|$p99|${bad:-none}"
}
NGINX_ETAG=$(curl -s -o /dev/null -D - "http://127.0.0.1:$NGINX_PORT/row$CONDITIONAL" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
# Peak memory of the service: resident (the kernel's high-water mark) and heap in use (the largest
# "before" of the GC log's pauses), read once at the end of each phase so nothing samples during a run.
peak_memory() { # pid gc-log -> "heapMiB rssMiB"
    local rss heap
    rss=$(awk '/VmHWM/{printf "%d", $2/1024}' "/proc/$1/status")
    heap=$(grep -o '[0-9]*M->[0-9]*M' "$2" | awk -F'M->' '$1>h{h=$1} END{print h+0}')
    echo "$heap $rss"
}
# A fresh JVM compiles its hot paths under load, and on two cores shared with wrk and PostgreSQL the
# compiler gets little time: the uncached sections read went from 3,200 to 14,000 req/s over the
# first two minutes. So every row (and the slug long tail, when given) is run in rounds of
# ${WARMUP:-5s} until no row's rate moves more than 10 % from the round before, at most
# ${WARMUP_ROUNDS:-12} rounds; only then is anything measured. The rounds use 4 connections, which
# leaves the compiler a share of the cores: warm in 3 rounds, where 32 connections took over 6.
steady() { # previous current -> true when current is within 10 % of previous
    awk -v a="$1" -v b="$2" 'BEGIN{exit !(b > 0 && (a-b)/b < 0.1 && (b-a)/b < 0.1)}'
}
warm_up() { # [slugs]
    local round prev=() now=() all_steady
    for round in $(seq 1 "${WARMUP_ROUNDS:-12}"); do
        now=()
        for i in "${!PATHS[@]}"; do
            now+=("$(wrk -t2 -c"${WARMUP_CONNECTIONS:-4}" -d"${WARMUP:-5s}" "$API${PATHS[$i]}" | awk '/Requests\/sec/{print $2}')")
        done
        [ -n "${1:-}" ] && now+=("$(wrk -t2 -c"${WARMUP_CONNECTIONS:-4}" -d"${WARMUP:-5s}" -s "$WORK/slugs.lua" "$API" | awk '/Requests\/sec/{print $2}')")
        echo "warm-up round $round: ${now[*]}" >&2
        all_steady=0
        if [ ${#prev[@]} -gt 0 ]; then
            all_steady=1
            for i in "${!now[@]}"; do
                steady "${prev[$i]}" "${now[$i]}" || all_steady=0
            done
        fi
        prev=("${now[@]}")
        WARM_ROUNDS=$round
        [ "$all_steady" = 1 ] && return
    done
    echo "not steady after $WARM_ROUNDS rounds: measuring anyway" >&2
    WARM_ROUNDS="$WARM_ROUNDS (not steady)"
}
warm_up
WARM_ON=$WARM_ROUNDS
declare -a ON_RPS ON_P50 ON_P99 ON_BAD
for i in "${!PATHS[@]}"; do
    header=""; [ "$i" = "$CONDITIONAL" ] && header="If-None-Match: $ETAG"
    curl -s "$API${PATHS[$i]}" >/dev/null # warm
    IFS='|' read -r ON_RPS[$i] ON_P50[$i] ON_P99[$i] ON_BAD[$i] <<<"$(run "$API${PATHS[$i]}" "$header")"
done
read -r HEAP_ON RSS_ON <<<"$(peak_memory "$APP_PID" "$WORK/gc-true.log")"

# The same rows with the read cache off: what every request costs when it finds nothing in memory,
# as most requests for a news archive's long tail do.
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
start_app false
ETAG_OFF=$(curl -s -o /dev/null -D - "$API/api/v1/articles/$SLUG" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
psql "$PG/newsdesk_bench" -Atc "SELECT slug FROM article WHERE status = 'published' ORDER BY random() LIMIT 1000" > "$WORK/slugs.txt"
cat > "$WORK/slugs.lua" <<LUA
local slugs = {}
for line in io.lines("$WORK/slugs.txt") do slugs[#slugs + 1] = line end
local n = 0
request = function()
    n = n + 1
    return wrk.format(nil, "/api/v1/articles/" .. slugs[(n % #slugs) + 1])
end
LUA
warm_up slugs
WARM_OFF=$WARM_ROUNDS
# The warm-up filled the tables of kept answers. Autovacuum would analyze them as they grow, and
# that replans the statements each connection prepared while they were nearly empty (with a plan
# made then, every lookup scanned the whole table); this machine runs without it, so do it here.
psql "$PG/newsdesk_bench" -qc "ANALYZE article_answer, article_summary_answer"
ROWS=""
for i in "${!PATHS[@]}"; do
    header=""; nheader=""
    if [ "$i" = "$CONDITIONAL" ]; then header="If-None-Match: $ETAG_OFF"; nheader="If-None-Match: $NGINX_ETAG"; fi
    curl -s "$API${PATHS[$i]}" >/dev/null # warm
    IFS='|' read -r orps op50 op99 obad <<<"$(run "$API${PATHS[$i]}" "$header")"
    IFS='|' read -r nrps np50 np99 nbad <<<"$(run "http://127.0.0.1:$NGINX_PORT/row$i" "$nheader")"
    ROWS+="| ${NAMES[$i]} | ${ON_RPS[$i]} | ${ON_P50[$i]} | ${ON_P99[$i]} | $orps | $op50 | $op99 | $nrps | $np99 | ${ON_BAD[$i]} / $obad |"$'\n'
done
IFS='|' read -r trps tp50 tp99 tbad <<<"$(WRK_SCRIPT="$WORK/slugs.lua" run "$API")"
ROWS+="| article, 1,000 slugs in turn (the long tail) | | | | $trps | $tp50 | $tp99 | | | $tbad |"$'\n'
# The first reader of each article: articles no one has read yet, so every request looks an answer
# up, builds it and keeps it; most of these rows are not in memory yet, as in an archive's long
# tail. Each wrk thread walks its own quarter of them, the warm-up in the first half and the
# measured run in the second: no slug comes twice.
psql "$PG/newsdesk_bench" -Atc "SELECT slug FROM article a WHERE status IN ('published', 'scheduled')
    AND published_at <= now() AND NOT EXISTS (SELECT 1 FROM article_answer s WHERE s.article_id = a.id)
    ORDER BY random()" > "$WORK/all-slugs.txt"
KEPT_BEFORE=$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM article_answer")
cat > "$WORK/first.lua" <<LUA
local slugs = {}
for line in io.lines("$WORK/all-slugs.txt") do slugs[#slugs + 1] = line end
local threads = 0
setup = function(thread)
    thread:set("part", threads)
    threads = threads + 1
end
local n = 0
init = function(args)
    n = math.floor(#slugs * (tonumber(os.getenv("FROM") or "0") + part / 4))
end
request = function()
    n = n + 1
    return wrk.format(nil, "/api/v1/articles/" .. slugs[(n % #slugs) + 1])
end
LUA
IFS='|' read -r frps fp50 fp99 fbad <<<"$(WRK_SCRIPT="$WORK/first.lua" run "$API")"
KEPT=$(( $(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM article_answer") - KEPT_BEFORE ))
ROWS+="| article, first reader of each of $(wc -l < "$WORK/all-slugs.txt") (builds and keeps its answer) | | | | $frps | $fp50 | $fp99 | | | $fbad |"$'\n'
read -r HEAP_OFF RSS_OFF <<<"$(peak_memory "$APP_PID" "$WORK/gc-false.log")"

# Ghost (../shared/bench-peers/ghost, installed and seeded with 1,000 posts) in the same run, when given.
GHOST_ROWS=""
if [ -n "${GHOST_PEERS:-}" ]; then
    "$GHOST_PEERS/ghost/start.sh" >/dev/null
    GHOST_KEY=$(cat "${GHOST_DIR:-/opt/peers/ghost}/content-api-key.txt")
    GHOST_SLUG=$(curl -s "http://127.0.0.1:2368/ghost/api/content/posts/?key=$GHOST_KEY&limit=1&fields=slug" \
        | python3 -c 'import sys,json; print(json.load(sys.stdin)["posts"][0]["slug"])')
    for g in "post by slug with tags and authors|/ghost/api/content/posts/slug/$GHOST_SLUG/?key=$GHOST_KEY&include=tags,authors" \
             "list of 20 with tags and authors|/ghost/api/content/posts/?key=$GHOST_KEY&limit=20&include=tags,authors"; do
        IFS='|' read -r gname gpath <<<"$g"
        IFS='|' read -r grps gp50 gp99 gbad <<<"$(run "http://127.0.0.1:2368$gpath")"
        gbytes=$(curl -s "http://127.0.0.1:2368$gpath" | wc -c)
        GHOST_ROWS+="| $gname | $grps | $gp50 | $gp99 | $gbytes | $gbad |"$'\n'
    done
    "$GHOST_PEERS/ghost/stop.sh" >/dev/null
fi
# Search is never kept in the read cache: every request ranks.
IFS='|' read -r u1rps u1p50 u1p99 u1bad <<<"$(CONNECTIONS=1 run "$API$SEARCH")"
IFS='|' read -r ucrps ucp50 ucp99 ucbad <<<"$(run "$API$SEARCH")"

# Sign-ups: distinct addresses, each a durable transaction (subscriber, subscription, hashed
# confirmation token, outbox mail) committed with synchronous_commit on, while the outbox worker
# delivers the confirmation mails to the SMTP sink.
psql "$PG/newsdesk_bench" -qc "INSERT INTO newsletter (id, slug, name, cadence, sender_name)
    VALUES (gen_random_uuid(), 'bench-daily', 'Bench Daily', 'daily', 'Bench Daily') ON CONFLICT (slug) DO NOTHING"
SYNC=$(psql "$PG/newsdesk_bench" -Atc "SHOW synchronous_commit")
psql "$PG/newsdesk_bench" -qc "VACUUM ANALYZE mail_outbox, subscription, subscriber, subscription_confirmation, rate_limit_counter"
cat > "$WORK/subscribe.lua" <<'LUA'
local threads = 0
setup = function(thread)
    threads = threads + 1
    thread:set("tid", threads)
end
local counter, prefix = 0, ""
init = function(args)
    prefix = args[1] .. "-" .. tid
end
request = function()
    counter = counter + 1
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
        '{"email": "reader-' .. prefix .. '-' .. counter .. '@bench.example", "source": "bench"}')
end
LUA
SUBSCRIBE="$API/api/v1/newsletters/bench-daily/subscriptions"
RUN_ID=$(date +%s) # addresses new to this run, also on a reused corpus
rows() { psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM subscription WHERE source = 'bench'"; }
# The sign-up path is compiled in rounds too, as the reads were (2 s of warm-up measured 458 a
# second where the warm service does over 700).
PREV=0
for round in $(seq 1 "${WARMUP_ROUNDS:-12}"); do
    NOW=$(wrk -t2 -c"${WARMUP_CONNECTIONS:-4}" -d"${WARMUP:-5s}" -s "$WORK/subscribe.lua" "$SUBSCRIBE" -- "warm-$round-$RUN_ID" \
        | awk '/Requests\/sec/{print $2}')
    echo "sign-up warm-up round $round: $NOW" >&2
    steady "$PREV" "$NOW" && break
    PREV=$NOW
done
WARM_SIGNUPS=$round
wrk -t2 -c"$CONNECTIONS" -d2s -s "$WORK/subscribe.lua" "$SUBSCRIBE" -- "warm-$RUN_ID" >/dev/null
sleep 1
BEFORE=$(rows)
SUB_OUT=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/subscribe.lua" "$SUBSCRIBE" -- "run-$RUN_ID")
sleep 2
AFTER=$(rows)
SUB_RPS=$(awk '/Requests\/sec/{print $2}' <<<"$SUB_OUT")
SUB_P50=$(awk '$1=="50%"{print $2}' <<<"$SUB_OUT"); SUB_P99=$(awk '$1=="99%"{print $2}' <<<"$SUB_OUT")
SUB_REQUESTS=$(awk '/requests in/{print $1}' <<<"$SUB_OUT")
SUB_BAD=$(awk '/Non-2xx|Socket errors/{print}' <<<"$SUB_OUT" | tr '\n' ' ')
# An exact count: 500 sign-ups one after another, every answer read, against the rows they made.
BEFORE_EXACT=$(rows)
ACCEPTED=0
for i in $(seq 1 500); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\": \"exact-$i-$RANDOM@bench.example\", \"source\": \"bench\"}" "$SUBSCRIBE")
    [ "$code" = 202 ] && ACCEPTED=$((ACCEPTED + 1))
done
EXACT_ROWS=$(( $(rows) - BEFORE_EXACT ))
for second in $(seq 1 60); do # let the outbox drain
    [ "$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")" = 0 ] && break
    # Still draining after 20 s: where the delivery thread waits, for whoever reads the log.
    if [ "$second" = 20 ]; then jcmd "$APP_PID" Thread.print 2>/dev/null | grep -A 25 '"newsdesk-outbox"' >&2 || true; fi
    sleep 1
done
UNSENT=$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")
QUEUED=$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM mail_outbox WHERE created_at >= '$SINCE'")
SENT=$(psql "$PG/newsdesk_bench" -Atc "SELECT count(*) FROM mail_outbox WHERE sent_at >= '$SINCE'")
kill $SINK_PID; wait $SINK_PID 2>/dev/null || true; SINK_PID=""
# The service stops first: its outbox worker would otherwise claim pgbench's mails and share the cores.
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
# -c prints its counters after each message, on one line rewritten with carriage returns.
DELIVERED=$(tr '\r' '\n' < "$WORK/sink.out" | grep -o 'mesg=[0-9]*' | tail -1 | cut -d= -f2)
DELIVERED=${DELIVERED:-?}
# The ceiling of this disk and PostgreSQL for the same statement without the service: pgbench
# sends it (bench/signup.pgbench, captured from the service with log_statement = all).
PGB_TPS=$(pgbench -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" -f bench/signup.pgbench "$PG/newsdesk_bench" 2>&1 \
    | awk '/^tps/{printf "%.0f", $3}')
PGB_SHARE=$(awk -v s="$SUB_RPS" -v p="${PGB_TPS:-0}" 'BEGIN { if (p > 0) printf "%d", 100 * s / p; else print "?" }')
psql "$PG/newsdesk_bench" -qc "DELETE FROM mail_outbox WHERE recipient = 'pgb@example.org'"

mkdir -p docs
# bench/media.sh writes its own section; keep it.
MEDIA_SECTION=$(sed -n '/<!-- media:start -->/,/<!-- media:end -->/p' docs/BENCHMARKS.md 2>/dev/null || true)
# So do bench/live.sh and bench/sitemaps.sh (recorded by hand from their output).
STANDARDS_SECTION=$(sed -n '/<!-- standards:start -->/,/<!-- standards:end -->/p' docs/BENCHMARKS.md 2>/dev/null || true)
cat > docs/BENCHMARKS.md <<MD
# Benchmarks

Run: $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(uname -r); wrk and the
service on the same machine. Corpus: $ARTICLES generated articles (200-2,000 words each) on
PostgreSQL $(psql "$PG/postgres" -Atc "SHOW server_version") (autovacuum $AUTOVACUUM; the script runs VACUUM ANALYZE before the reads and before the sign-ups). wrk -t2 -c$CONNECTIONS -d$DURATION; nginx serves the very bytes of each row's
response as a static file, as this machine's ceiling. The service runs as in production: first with
the read cache on (1 s TTL; emptied by writes), so most answers come from memory, then restarted with
\`NEWSDESK_CACHE_ENABLED=false\`, so every request runs its queries. After each start the rows are run
in rounds of ${WARMUP:-5s} each at ${WARMUP_CONNECTIONS:-4} connections until no row's rate moves more than 10 % from the round before (the JIT
compiler's warm-up: $WARM_ON rounds with the cache on, $WARM_OFF with it off), and each row runs for
$ROW_WARMUP more at $CONNECTIONS connections before it is measured. With the cache off, a reader's article still comes from its stored
answer (\`article_answer\`, kept by its first reader, served while nothing it shows has changed); the
row "first reader of each" asks for articles no one has read yet, so each request builds and keeps
one ($KEPT answers were kept during that row, warm-up included), and most of them are read from
disk. The tables of kept answers are analyzed after the warm-up, as autovacuum would. \`GHOST_PEERS=../shared/bench-peers bench/run.sh\` adds Ghost. Reproduce with \`bench/run.sh\` (\`ARTICLES=5000 DURATION=5s bench/run.sh\` for a quick run).

| row | cache on req/s | p50 | p99 | cache off req/s | p50 | p99 | nginx req/s | p99 | errors (on / off) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
$ROWS
Memory of the service (peaks of each phase, from the GC log and the kernel): cache on, peak heap in use ${HEAP_ON} MiB, peak resident
${RSS_ON} MiB; cache off, ${HEAP_OFF} MiB and ${RSS_OFF} MiB (\`-XX:MaxRAMPercentage=50\`).
${GHOST_ROWS:+
Ghost 5 (Content API, SQLite, 1,000 posts, \`../shared/bench-peers/ghost\`) in the same run:

| Ghost | req/s | p50 | p99 | bytes | errors |
| --- | ---: | ---: | ---: | ---: | --- |
$GHOST_ROWS}
Search (\`$SEARCH\`, never cached) beyond the table:

| search | req/s | p50 | p99 | errors |
| --- | ---: | ---: | ---: | --- |
| one connection | $u1rps | $u1p50 | $u1p99 | $u1bad |
| $CONNECTIONS connections | $ucrps | $ucp50 | $ucp99 | $ucbad |

## Newsletter sign-up

\`POST /api/v1/newsletters/bench-daily/subscriptions\` with a new address each time (after $WARM_SIGNUPS warm-up rounds), wrk -t2
-c$CONNECTIONS -d$DURATION; PostgreSQL synchronous_commit is \`$SYNC\`. Each 202 is one committed
transaction of one statement (\`newsletter_sign_up\`, after the per-network limit, which is off
here: every address comes from 127.0.0.1): subscriber, subscription with consent, hashed
confirmation token, rate-limit counter and the confirmation mail in the outbox, which the
service's worker delivered to an SMTP sink (Postfix's smtp-sink) during the run.

| sign-ups | req/s | p50 | p99 | errors |
| --- | ---: | ---: | ---: | --- |
| $CONNECTIONS connections | $SUB_RPS | $SUB_P50 | $SUB_P99 | ${SUB_BAD:-none} |
| pgbench, the same statement, $CONNECTIONS clients (the ceiling) | ${PGB_TPS:-?} | | | |

- The service reaches ${PGB_SHARE} % of what PostgreSQL on this disk commits for the same statement.

- wrk counted $SUB_REQUESTS answers; the run added $((AFTER - BEFORE)) subscriptions (wrk does not
  count the requests still in flight when it stops, at most one per connection).
- 500 sign-ups one at a time, every answer read: $ACCEPTED answered 202, $EXACT_ROWS subscriptions added.
- Outbox: $QUEUED confirmation mails queued during the run (warm-ups included), $SENT recorded as
  sent during it (earlier runs' leftovers included), $UNSENT unsent a minute after the load
  stopped; the SMTP sink received $DELIVERED.
MD
[ -z "$MEDIA_SECTION" ] || printf '\n%s\n' "$MEDIA_SECTION" >> docs/BENCHMARKS.md
[ -z "$STANDARDS_SECTION" ] || printf '\n%s\n' "$STANDARDS_SECTION" >> docs/BENCHMARKS.md
cat docs/BENCHMARKS.md
