#!/usr/bin/env bash
# Load test of `yusuan serve` on 127.0.0.1 (docs/web.md): wrk with 20 connections for DURATION seconds (default 15) on
# the findings page of a stored corpus PDF, then on upload (each request a new text disclosure, read, audited and
# stored). Prints requests/s and the p99 latency of each. Installs wrk from Debian's packages when missing (as root).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${DURATION:-15}"
pdf="${PDF:-$root/../shared/corpus/budget-2024-putuo-wanli.pdf}"
[[ -f "$pdf" ]] || pdf="$root/examples/example-budget-2025.txt"
if ! command -v wrk >/dev/null; then
  [[ "$(id -u)" = 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || true
  command -v wrk >/dev/null || { echo "load.sh: wrk 未安装（apt-get install wrk）" >&2; exit 2; }
fi
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/yusuan" import "$pdf" --db "$work/yusuan.duckdb" >/dev/null
hash="$("$root/yusuan" query "SELECT hash FROM documents" --format csv --db "$work/yusuan.duckdb" | tail -1 | tr -d '\r')"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
"$root/yusuan" serve --db "$work/yusuan.duckdb" --urls "$url" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$url/" -o /dev/null && break; sleep 0.2; done
findings="$(curl -s "$url/documents/$hash" | grep -o '<li class="finding ' | wc -l)"
echo "findings page: /documents/$hash ($findings findings), 20 connections, ${duration}s"
wrk -t2 -c20 -d"${duration}s" --latency "$url/documents/$hash" | tee "$work/findings.txt" | grep -E 'Requests/sec|99%|Non-2xx|Socket errors' || true
# Upload: the page's anti-forgery token and its cookie.
page="$(curl -s -c "$work/jar" "$url/")"
export TOKEN="$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')"
export COOKIE="$(sed 's/^#HttpOnly_//' "$work/jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')"
export EXAMPLE="$root/examples/example-budget-2025.txt"
echo "upload: a new text disclosure per request, 20 connections, ${duration}s"
wrk -t2 -c20 -d"${duration}s" --latency -s "$root/bench/web/upload.lua" "$url" | tee "$work/upload.txt" | grep -E 'Requests/sec|99%|Non-2xx|non-200|Socket errors' || true
# While serve holds the store, import is refused with a message that says where to upload instead.
"$root/yusuan" import "$EXAMPLE" --db "$work/yusuan.duckdb" 2>&1 | head -1 || true
kill "$server"; wait "$server" 2>/dev/null || true
echo "documents in the store after the upload run: $("$root/yusuan" query "SELECT COUNT(*) FROM documents" --format csv --db "$work/yusuan.duckdb" | tail -1 | tr -d '\r')"
