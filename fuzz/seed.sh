#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/<target>/) with the strings of the parser tests.
set -euo pipefail
cd "$(dirname "$0")"
data=../tests/data
mkdir -p corpus/parse corpus/find_dates corpus/pattern corpus/arithmetic corpus/adjusted
n=0
{ tail -n +2 "$data/parse/real-world.tsv" | cut -f1; tail -n +2 "$data/parse/real-world-pending.tsv" | cut -f1;
  python3 -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"): print(json.loads(line)["text"])' "$data/parser-examples.jsonl"; } |
while IFS= read -r line; do
  n=$((n + 1))
  printf '%s' "$line" > "corpus/parse/seed-$n"
done
cp "$data/news-article.txt" corpus/find_dates/news-article
cp corpus/parse/seed-* corpus/find_dates/ 2>/dev/null || true
for p in '%Y-%m-%d' '%A %-d %B %-Y%E' '%A %-d %B %-Y%E الموافق %{gregorian}%-d %B %-Y%E' '%j %e %b %a %%'; do
  n=$((n + 1)); printf '%s' "$p" > "corpus/pattern/seed-$n"
done
cp ../examples/overrides.sample.txt corpus/adjusted/sample
printf '\x00\x04\xa2\x05\x00\x00\x02\x0e\x10\x27\x00\x00\x00\x00\x00\x00' > corpus/arithmetic/seed-1
echo "seeded: $(ls corpus/parse | wc -l) parse, $(ls corpus/find_dates | wc -l) find_dates"
