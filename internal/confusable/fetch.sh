#!/bin/sh
# fetch.sh puts the Unicode 15.0.0 data files that the generators of this
# module read into one directory (the first argument, by default
# $TMPDIR/vgt-unicode-15.0.0), taken from Debian 12's packages through apt,
# since unicode.org cannot be reached from where this package is built:
#
#   - confusables.txt (UTS #39, Unicode 15.0.0): verbatim, with Unicode's
#     header, in ICU 72.1's source tree (icu/source/data/unidata/), which is
#     the orig tarball of Debian's source package icu 72.1-3+deb12u1. Reading
#     a source package needs a deb-src entry; a private source list, made from the
#     system's own entries under a work directory, leaves the system's apt configuration untouched.
#   - ScriptExtensions.txt and PropertyValueAliases.txt (UCD 15.0.0): in
#     Debian's binary package unicode-data 15.0.0-1, under /usr/share/unicode.
#
# Each file is checked against the SHA-256 it had when the tables were
# generated. Then run go generate in internal/confusable and
# internal/safetext. Needs apt-get, dpkg-deb, tar and sha256sum; run
# apt-get update once first.
set -eu

dir=${1:-${TMPDIR:-/tmp}/vgt-unicode-15.0.0}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

apt-get download unicode-data=15.0.0-1
dpkg-deb -x unicode-data_15.0.0-1_all.deb ucd
cp ucd/usr/share/unicode/ScriptExtensions.txt ucd/usr/share/unicode/PropertyValueAliases.txt "$dir"/

mkdir -p apt/parts apt/lists/partial apt/cache/archives/partial
# The same mirrors as the system's own entries, for source packages.
for f in /etc/apt/sources.list.d/*.sources; do
	[ -e "$f" ] && sed 's/^Types:.*/Types: deb-src/' "$f" >"apt/parts/$(basename "$f")"
done
if [ -e /etc/apt/sources.list ]; then
	sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list >apt/parts/sources.list
fi
aptopts="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$work/apt/parts -o Dir::State::Lists=$work/apt/lists -o Dir::Cache=$work/apt/cache"
# shellcheck disable=SC2086 # aptopts is a list of options.
apt-get $aptopts update
# shellcheck disable=SC2086
apt-get $aptopts source --download-only icu=72.1-3+deb12u1
tar -xzf icu_72.1.orig.tar.gz -O icu/source/data/unidata/confusables.txt >"$dir"/confusables.txt

cd "$dir"
sha256sum -c <<'SUMS'
2b10130885c3370b101c52d7baedc452ab7f0e257b86c1e52ee657ecfc29ce64  confusables.txt
7e07313d9d0bee42220c476b64485995130ae30917bbcf7780b602d677d7e33f  ScriptExtensions.txt
13a7666843abea5c6b7eb8c057c57ab9bb2ba96cfc936e204224dd67d71cafad  PropertyValueAliases.txt
SUMS
echo "Unicode data in $dir"
