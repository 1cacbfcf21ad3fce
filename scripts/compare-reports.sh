#!/usr/bin/env bash
# Byte-compares what two builds of threadline report from the same results databases: the JSON
# export of every run (which carries its summary) and its drill-down page. Used to show that a
# change to how reports are computed changes no published figure:
#
#   git archive <old-commit> | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
#   scripts/compare-reports.sh /tmp/old/bin/threadline.js bin/threadline.js runs-a.db runs-b.db
#
# Prints one line per run and format (IDENTICAL or DIFFERENT); exits 1 when any differs.
set -u
old=$1 new=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for db in "$@"; do
  while read -r id _status adapter mode _rest; do
    for format in json html; do
      node "$old" report "$id" --format "$format" --db "$db" --out "$out/old.$format" 2>/dev/null
      node "$new" report "$id" --format "$format" --db "$db" --out "$out/new.$format" 2>/dev/null
      if cmp -s "$out/old.$format" "$out/new.$format"; then verdict=IDENTICAL; else verdict=DIFFERENT status=1; fi
      echo "$(basename "$db") $id $adapter $mode $format $(wc -c <"$out/new.$format") bytes $verdict"
    done
  done < <(node "$new" report --list --db "$db")
done
exit $status
