#!/usr/bin/env bash
# Sitemaps over a 1-million-article archive: the index, a page of 50,000 deep in it, and the News
# sitemap, timed uncached against the production jar (read cache off), with the plans PostgreSQL
# chose. Rows are minimal (slug, headline, times): sitemaps read nothing else.
#   bench/sitemaps.sh            # 1,000,000 articles
#   ARTICLES=200000 bench/sitemaps.sh
# Needs the PostgreSQL on 127.0.0.1:5432 (database newsdesk_sitemap_bench, recreated).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000000}
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
DB=newsdesk_sitemap_bench
APP_PORT=18095
WORK=$(mktemp -d)
APP_PID=""
trap 'kill $APP_PID 2>/dev/null || true' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] && [ "${REBUILD:-1}" = 0 ] || ./mvnw -q -B package -DskipTests
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
start_app() {
    NEWSDESK_CACHE_ENABLED=false NEWSDESK_ARTICLES_STORED_ANSWERS=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
    NEWSDESK_SECRET="$(openssl rand -base64 48)" NEWSDESK_MAIL_DELIVER=false QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_LOG_LEVEL=WARN \
        java -XX:MaxRAMPercentage=50 -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf "localhost:$APP_PORT/q/health/ready" >/dev/null && return; sleep 0.5; done
    cat "$WORK/app.log"; exit 1
}
start_app # migrates
kill $APP_PID; wait $APP_PID 2>/dev/null || true
echo "Loading $ARTICLES articles..."
# Triggers off for the load (content events, translation groups): an archive that grew over years.
# Ids are time-ordered like the service's UUIDv7: the hex of the creation time, then random bits.
time psql "$PG/$DB" -q <<SQL
SET session_replication_role = replica;
INSERT INTO article (id, slug, headline, status, published_at, first_published_at, created_at, updated_at)
SELECT CAST(lpad(to_hex(CAST(extract(epoch FROM t) * 1000 AS bigint)), 12, '0') || '7'
            || substr(md5(g::text), 1, 3) || '8' || substr(md5(g::text), 4, 15) AS uuid),
       'story-' || g, 'Story number ' || g, CASE WHEN g % 50 = 0 THEN 'draft' ELSE 'published' END,
       t, t, t, t + interval '1 hour'
FROM generate_series(1, $ARTICLES) g,
     LATERAL (SELECT now() - interval '3650 days' * (1 - g::float / $ARTICLES) AS t) ts;
SQL
psql "$PG/$DB" -qc "VACUUM ANALYZE article"
start_app
API="http://127.0.0.1:$APP_PORT/api/v1/sitemaps"
time_it() { # path -> "seconds bytes" of the best of three, after one warm-up
    curl -s -o /dev/null "$API$1"
    for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$API$1"; done | sort -n | head -1
}
INDEX=$(curl -s "$API/index.xml")
PAGES=$(grep -o '<loc>[^<]*</loc>' <<<"$INDEX" | wc -l)
MIDDLE=$(grep -o 'after=[0-9a-f-]*' <<<"$INDEX" | sed -n "$(( PAGES / 2 ))p")
echo "| sitemap read, $ARTICLES articles, uncached | best of 3 (s) | bytes |"
echo "| --- | --- | --- |"
echo "| index.xml ($PAGES pages) | $(time_it /index.xml | sed 's/ / | /') |"
echo "| articles.xml, first page | $(time_it /articles.xml | sed 's/ / | /') |"
echo "| articles.xml?$MIDDLE | $(time_it "/articles.xml?$MIDDLE" | sed 's/ / | /') |"
echo "| news.xml | $(time_it /news.xml | sed 's/ / | /') |"
echo
psql "$PG/$DB" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id FROM (SELECT a.id, row_number() OVER (ORDER BY a.id) AS n
    FROM article a WHERE a.status IN ('published', 'scheduled') AND a.published_at <= now()) p
    WHERE p.n % 50000 = 0 ORDER BY p.id" | grep -E "Execution Time|Index Only|Heap Fetches"
