#!/usr/bin/env bash
# Regenerates the published results: every built-in baseline and real memory layer, the MCP
# server-memory and the Python stdio example, in isolated and cumulative mode over corpus/, then
# results/LEADERBOARD.md and results/index.html from the results store.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "leaderboard: bench --all over corpus/ (baselines and real memory layers, isolated and cumulative)" >&2
node bin/threadline.js bench --all
for config in examples/configs/server-memory.json examples/configs/python-keyword-memory.json; do
  adapter=$([[ $config == *server-memory* ]] && echo mcp || echo stdio)
  for mode in isolated cumulative; do
    echo "leaderboard: $adapter ($(basename "$config")) $mode" >&2
    node bin/threadline.js run corpus --adapter "$adapter" --adapter-config "$config" --mode "$mode" > /dev/null
  done
done
echo "leaderboard: writing results/LEADERBOARD.md and results/index.html" >&2
node bin/threadline.js leaderboard
