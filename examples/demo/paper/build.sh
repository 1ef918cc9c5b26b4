#!/bin/sh
# Builds the demo paper (examples/demo/paper.pdf) from paper.tex with pdflatex.
# Twice, so that cross-references resolve; in a temp dir, so that no aux files land in the tree.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pass in 1 2; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" "$here/paper.tex" >"$tmp/pass$pass.out" ||
    { tail -n 30 "$tmp/pass$pass.out" >&2; exit 1; }
done
cp "$tmp/paper.pdf" "$here/../paper.pdf"
echo "wrote $(cd "$here/.." && pwd)/paper.pdf"
