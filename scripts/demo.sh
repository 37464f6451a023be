#!/bin/sh
# The main job: build the extension if needed, then make the documented Pay Score calls
# against the local test server (started and stopped by the script itself).
set -u
cd "$(dirname "$0")/.."
. scripts/lib.sh
wxps_install_deps && wxps_build || exit 1
exec php -d extension="$PWD/modules/wxpayscore.so" examples/seed_calls.php
