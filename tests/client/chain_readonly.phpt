--TEST--
Chaining: a Client cannot be changed: no set or unset, no clone, no serialization, no second construct
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';
$instance = new WxPayScore\Client(wxps_test_config(wxps_test_offline()));
$tries = [
    'set' => fn() => $instance->v3 = 1,
    'unset' => function () use ($instance) { unset($instance->v3); },
    'offsetSet' => fn() => $instance['v3'] = 1,
    'offsetUnset' => function () use ($instance) { unset($instance['v3']); },
    'clone' => fn() => clone $instance,
    'serialize' => fn() => serialize($instance),
    'construct twice' => fn() => $instance->__construct(wxps_test_config(wxps_test_offline())),
];
foreach ($tries as $what => $try) {
    try {
        $try();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
set: WxPayScore\Exception\InvalidArgumentException: cannot set "v3": a Client is read-only
unset: WxPayScore\Exception\InvalidArgumentException: cannot unset "v3": a Client is read-only
offsetSet: WxPayScore\Exception\InvalidArgumentException: a Client is read-only
offsetUnset: WxPayScore\Exception\InvalidArgumentException: a Client is read-only
clone: Error: Trying to clone an uncloneable object of class WxPayScore\Client
serialize: Exception: Serialization of 'WxPayScore\Client' is not allowed
construct twice: WxPayScore\Exception\InvalidArgumentException: a Client is constructed once
