#!/usr/bin/env bash
# The build and the search index at two sizes, side by side in one run (issue 20): for each number of
# pages per language (default 1,000 and 10,000, that is 2,000 and 20,000 pages) the wall and processor
# time and peak memory of `guide build --no-pdf` (median of the runs), then the index's bytes and the
# bytes a query downloads (bench/search-bench.mjs).
#   bench/scale.sh [runs] [pages-per-language …]       e.g. bench/scale.sh 3 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
work="bench/out"
mkdir -p "$work"

dotnet build -c Release -v quiet -nologo bench/Guide.Bench/Guide.Bench.csproj >/dev/null
# The native executable, as docs/hosting.md publishes it for large sites (needs clang: apt-get install clang zlib1g-dev).
dotnet publish -c Release -r linux-x64 -v quiet -nologo -o "$work/guide" src/Guide/Guide.csproj >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  dotnet bench/Guide.Bench/bin/Release/net10.0/Guide.Bench.dll corpus "$work/scale-$n/input" "$n"
  build=("$work/guide/guide" build --input "$work/scale-$n/input" --output "$work/scale-$n/site" --no-pdf)
  "${build[@]}" >/dev/null   # warm-up: file cache, and the recycled output folder a rebuild finds
  : > "$work/scale-$n.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" "${build[@]}" 2>&1 >/dev/null | tail -1 >> "$work/scale-$n.txt"
  done
  wall=$(cut -d' ' -f1 "$work/scale-$n.txt" | median)
  cpu=$(awk '{print $2+$3}' "$work/scale-$n.txt" | median)
  peak=$(cut -d' ' -f4 "$work/scale-$n.txt" | median)
  printf '%d pages: build median %.2f s wall, %.2f s processor (user+sys), peak %.0f MB (%d runs)\n' \
    "$((2 * n))" "$wall" "$cpu" "$(echo "$peak/1024" | bc -l)" "$runs"
  node bench/search-bench.mjs "$work/scale-$n/site"/assets/search/index.*.js
done
