#!/usr/bin/env bash
# Builds the same synthetic bilingual corpus with our generator and with Hugo (Debian's `hugo`),
# alternating runs, and prints the median wall time and peak memory of each and their ratio.
#   bench/compare-hugo.sh [pages-per-language] [runs]       e.g. bench/compare-hugo.sh 1000 7
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
runs="${2:-5}"
work="bench/out"
mkdir -p "$work"

dotnet build -c Release -v quiet -nologo bench/Guide.Bench/Guide.Bench.csproj >/dev/null
# The native executable, as docs/hosting.md publishes it for large sites (needs clang: apt-get install clang zlib1g-dev).
dotnet publish -c Release -r linux-x64 -v quiet -nologo -o "$work/guide" src/Guide/Guide.csproj >/dev/null
dotnet bench/Guide.Bench/bin/Release/net10.0/Guide.Bench.dll corpus "$work/corpus/input" "$pages"
echo "corpus: $pages pages per language, $(du -sh "$work/corpus/input" | cut -f1) of Markdown"

ours=("$work/guide/guide" build --input "$work/corpus/input" --output "$work/ours" --no-pdf)
have_hugo=0
if command -v hugo >/dev/null; then
  have_hugo=1
  rm -rf "$work/hugo-site" && cp -r bench/hugo "$work/hugo-site"
  # Hugo's section page is _index.md (its index.md would make a leaf bundle that hides the other pages),
  # so Hugo gets a copy of the corpus with that one convention changed, links included.
  rm -rf "$work/hugo-content" && cp -r "$work/corpus/input" "$work/hugo-content"
  find "$work/hugo-content" -name index.md -execdir mv index.md _index.md \;
  find "$work/hugo-content" -name '*.md' -exec sed -i 's#/index\.md)#/_index.md)#g' {} +
  sed -i "s#CORPUS#$(pwd)/$work/hugo-content#" "$work/hugo-site/hugo.toml"
  theirs=(hugo --quiet --source "$work/hugo-site" --destination "$(pwd)/$work/hugo-out")
else
  echo "hugo is not installed (apt-get install hugo): timing our generator alone"
fi

# One timed run: prints "seconds peak-KB".
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"${ours[@]}" >/dev/null   # warm-up: file cache and first JIT
[ "$have_hugo" = 1 ] && "${theirs[@]}" >/dev/null
: > "$work/ours.txt"; : > "$work/hugo.txt"
for _ in $(seq "$runs"); do
  measure "${ours[@]}" >> "$work/ours.txt"
  [ "$have_hugo" = 1 ] && measure "${theirs[@]}" >> "$work/hugo.txt"
done

ours_s=$(cut -d' ' -f1 "$work/ours.txt" | median); ours_mb=$(cut -d' ' -f2 "$work/ours.txt" | median)
printf 'ours: median %.2f s wall, peak %.0f MB (%d runs)\n' "$ours_s" "$(echo "$ours_mb/1024" | bc -l)" "$runs"
if [ "$have_hugo" = 1 ]; then
  hugo_s=$(cut -d' ' -f1 "$work/hugo.txt" | median); hugo_mb=$(cut -d' ' -f2 "$work/hugo.txt" | median)
  printf 'hugo: median %.2f s wall, peak %.0f MB (%d runs)\n' "$hugo_s" "$(echo "$hugo_mb/1024" | bc -l)" "$runs"
  printf 'ratio ours/hugo: %.2f\n' "$(echo "$ours_s/$hugo_s" | bc -l)"
fi
