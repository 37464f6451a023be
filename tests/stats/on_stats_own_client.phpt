--TEST--
on_stats: a hook that holds its own Client (use (&$instance)) is collected by gc_collect_cycles() with the Client, its chain nodes and what the hook holds; an async call in flight keeps it alive until it is done
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/server.inc';

/** Says when the garbage it is part of is freed. */
final class Sentinel
{
    public function __construct(private string $name) {}
    public function __destruct() { echo "{$this->name} freed\n"; }
}

$server = wxps_test_server();
$json = ['appid' => 'wx1', 'service_id' => '1'];

// One merchant job in a long-running worker: a client whose hook refers to the client itself.
function job(array $server, array $json, string $name): void
{
    $sentinel = new Sentinel($name);
    $instance = null;
    $instance = wxps_test_client($server, ['on_stats' => function (array $stats) use (&$instance, $sentinel) {
        echo "stats {$stats['status']} via ", get_class($instance), "\n";
    }]);
    $instance->v3->payscore->serviceorder->_out_order_no_->pay->post(['out_order_no' => "OWN-$name", 'json' => $json]);
    $instance['v3/payscore/serviceorder']->get(['query' => ['out_order_no' => "OWN-$name", 'appid' => 'wx1', 'service_id' => '1']]);
}

job($server, $json, 'first');
echo "after the job\n";
$collected = gc_collect_cycles();
echo 'collected: ', $collected > 0 ? 'yes' : 'no', "\n";

// The same, a thousand times: memory comes back, nothing piles up until the request ends.
job($server, $json, 'warm');
gc_collect_cycles();
$before = memory_get_usage();
ob_start();
for ($i = 0; $i < 200; $i++) {
    job($server, $json, "loop");
    if ($i % 50 === 49) {
        gc_collect_cycles();
    }
}
$out = ob_get_clean();
gc_collect_cycles();
echo 'loop: ', substr_count($out, 'loop freed'), " freed, growth < 64 KiB: ", var_export(memory_get_usage() - $before < 65536, true), "\n";

// An async call in flight holds the hook: collecting while it waits frees nothing it needs.
$sentinel = new Sentinel('async');
$instance = null;
$instance = wxps_test_client($server, ['on_stats' => function (array $stats) use (&$instance, $sentinel) {
    echo "async stats {$stats['status']}\n";
}]);
$promise = $instance->v3->payscore->serviceorder->_out_order_no_->pay->postAsync(['out_order_no' => 'OWN-ASYNC', 'json' => $json]);
unset($instance, $sentinel);
gc_collect_cycles();
echo "waiting\n";
echo $promise->wait()->getStatusCode(), "\n";
unset($promise);
$collected = gc_collect_cycles();
echo 'collected: ', $collected > 0 ? 'yes' : 'no', "\n";
echo "end\n";
?>
--EXPECT--
stats 200 via WxPayScore\Client
stats 200 via WxPayScore\Client
after the job
first freed
collected: yes
stats 200 via WxPayScore\Client
stats 200 via WxPayScore\Client
warm freed
loop: 200 freed, growth < 64 KiB: true
waiting
async stats 200
200
async freed
collected: yes
end
