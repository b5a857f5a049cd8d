#!/bin/sh
# The performance suite (issue 15): builds what the README installs — release, Swift runtime linked
# statically, not position-independent (README "Install on a team server" says why) — and prints
# one table of every figure beside the floor or the program a user would use instead, measured in
# the same run. Arguments go to `stationdesk-bench suite`
# (--talents N, --entries N, --runs N, --seed S, --only cli,tui,bulk,verify,store).
# Never part of `swift test`. Run it on a machine as quiet as you can get; it prints the load.
set -e
cd "$(dirname "$0")/.."
if ! command -v task >/dev/null 2>&1; then
    echo "note: installing Taskwarrior for the comparison (apt-get install taskwarrior)" >&2
    (apt-get install -y -qq taskwarrior >/dev/null 2>&1 || sudo -n apt-get install -y -qq taskwarrior >/dev/null 2>&1) \
        || echo "note: Taskwarrior could not be installed; its columns stay empty" >&2
fi
command -v vd >/dev/null 2>&1 || echo "note: VisiData (pip install visidata) is not installed; its column stays empty" >&2
# The two products only: the test-support target imports XCTest, which a release build lacks.
for product in stationdesk stationdesk-bench; do
    swift build -c release --static-swift-stdlib -Xlinker -no-pie --scratch-path .build-release --product "$product"
done
exec .build-release/release/stationdesk-bench suite "$@"
