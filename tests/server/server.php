<?php
/*
 * The test server became the sandbox; this name still starts it (same options, see
 * sandbox/README.md).
 */
require __DIR__ . '/../../sandbox/sandbox.php';
