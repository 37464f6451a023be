<?php
/*
 * A small HTTP CONNECT proxy on loopback for the egress tests: it logs each CONNECT (one JSON
 * line), then pipes bytes both ways, so TLS stays end to end between client and server.
 *   php proxy.php --port-file=FILE --log=FILE [--mode=tunnel|refuse|drop]
 * refuse: answers every CONNECT with 403; drop: closes the connection once the CONNECT is read.
 * Targets other than 127.0.0.1 are refused: tests only ever talk to this machine.
 */
declare(strict_types=1);

$options = getopt('', ['port-file:', 'log:', 'mode::']);
$mode = $options['mode'] ?? 'tunnel';
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
if ($server === false) {
    fwrite(STDERR, "proxy: $error\n");
    exit(1);
}
$port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
file_put_contents($options['port-file'] . '.tmp', (string) $port);
rename($options['port-file'] . '.tmp', $options['port-file']);
$parent = posix_getppid();

$clients = [];  // id => ['sock' => resource, 'head' => string, 'peer' => ?resource]
$deadline = time() + 300; // a proxy left behind stops by itself
while (time() < $deadline && posix_getppid() === $parent) {
    $read = [$server];
    foreach ($clients as $c) {
        $read[] = $c['sock'];
        if ($c['peer']) {
            $read[] = $c['peer'];
        }
    }
    $write = $except = null;
    if (@stream_select($read, $write, $except, 1) < 1) {
        continue;
    }
    foreach ($read as $sock) {
        if ($sock === $server) {
            $conn = @stream_socket_accept($server, 0);
            if ($conn) {
                $clients[(int) $conn] = ['sock' => $conn, 'head' => '', 'peer' => null];
            }
            continue;
        }
        foreach ($clients as $id => $c) {
            if ($sock !== $c['sock'] && $sock !== $c['peer']) {
                continue;
            }
            $data = fread($sock, 65536);
            if ($data === '' || $data === false) {
                fclose($c['sock']);
                if ($c['peer']) {
                    fclose($c['peer']);
                }
                unset($clients[$id]);
                break;
            }
            if ($c['peer']) {
                fwrite($sock === $c['sock'] ? $c['peer'] : $c['sock'], $data);
                break;
            }
            $clients[$id]['head'] .= $data;
            if (!str_contains($clients[$id]['head'], "\r\n\r\n")) {
                break;
            }
            [$line] = explode("\r\n", $clients[$id]['head']);
            $target = preg_match('#^CONNECT (127\.0\.0\.1:\d+) HTTP/1\.[01]$#', $line, $m) ? $m[1] : null;
            file_put_contents($options['log'], json_encode(['request' => $line, 'mode' => $mode]) . "\n", FILE_APPEND);
            $peer = $target !== null && $mode === 'tunnel' ? @stream_socket_client("tcp://$target", $errno, $error, 5) : false;
            if ($mode === 'drop') {
                fclose($c['sock']);
                unset($clients[$id]);
                break;
            }
            if (!$peer) {
                fwrite($c['sock'], "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                fclose($c['sock']);
                unset($clients[$id]);
                break;
            }
            fwrite($c['sock'], "HTTP/1.1 200 Connection established\r\n\r\n");
            $clients[$id]['peer'] = $peer;
            break;
        }
    }
}
