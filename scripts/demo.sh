#!/bin/sh
# The main job: build the extension if needed, then walk a Pay Score order from creation to
# payment against the local sandbox (examples/walkthrough.php starts and stops the sandbox and
# a notification receiver itself).
#   scripts/demo.sh           the walk-through
#   scripts/demo.sh --seeds   the documented seed calls, one by one (examples/seed_calls.php),
#                             against a --lenient sandbox: they call pay on orders never created
#   scripts/demo.sh --rotation  a platform certificate rotation mid-run (examples/certificate_rotation.php)
set -u
cd "$(dirname "$0")/.."
. scripts/lib.sh
wxps_install_deps && wxps_build || exit 1
script=examples/walkthrough.php
case "${1:-}" in
--seeds) script=examples/seed_calls.php ;;
--rotation) script=examples/certificate_rotation.php ;;
esac
exec php -d extension="$PWD/modules/wxpayscore.so" "$script"
