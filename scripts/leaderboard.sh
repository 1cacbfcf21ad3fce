#!/usr/bin/env bash
# Regenerates the published results: every built-in baseline and real memory layer, the MCP
# server-memory and the Python stdio example, in isolated and cumulative mode over corpus/, each
# with the persistence probe (P1); then results/LEADERBOARD.md, results/index.html, one drill-down
# page per row under results/runs/, and the screenshots under results/screenshots/. The only writer
# of results/ (--publish); a plain `npm run bench` writes to the git-ignored .threadline/.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "leaderboard: bench --all over corpus/ (baselines and real memory layers, isolated and cumulative, with probes)" >&2
node bin/threadline.js bench corpus --all --publish -q
for config in examples/configs/server-memory.json examples/configs/python-keyword-memory.json; do
  adapter=$([[ $config == *server-memory* ]] && echo mcp || echo stdio)
  for mode in isolated cumulative; do
    echo "leaderboard: $adapter ($(basename "$config")) $mode" >&2
    node bin/threadline.js run corpus --adapter "$adapter" --adapter-config "$config" --mode "$mode" --probe persistence -q > /dev/null
  done
done
echo "leaderboard: writing results/LEADERBOARD.md, results/index.html, drill-downs and screenshots" >&2
rm -rf results/runs
node bin/threadline.js leaderboard corpus --publish
node --import tsx scripts/screenshots.ts results
