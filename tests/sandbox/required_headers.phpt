--TEST--
Sandbox wire: a call without Accept or User-Agent, or with a JSON body but no Content-Type: application/json, is 400 INVALID_REQUEST; an unsigned one is still 401 first; control paths need none
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['lenient' => false]);
$query = '/v3/payscore/serviceorder?out_order_no=NEVER-1&service_id=500001&appid=wxd678efh567hg6787';
$body = json_encode(wxps_t_order('HEADERS-1'));
$show = function (array $answer) {
    $json = json_decode($answer['body'], true);
    return $answer['status'] . ' ' . ($json['code'] ?? '') . ' ' . ($json['message'] ?? '');
};
echo 'all headers: ', $show(wxps_t_call($server, 'GET', $query)), "\n";
echo 'no Accept: ', $show(wxps_t_call($server, 'GET', $query, ['Accept' => null])), "\n";
echo 'no User-Agent: ', $show(wxps_t_call($server, 'GET', $query, ['User-Agent' => null])), "\n";
echo 'Accept */*: ', $show(wxps_t_call($server, 'GET', $query, ['Accept' => '*/*'])), "\n";
// PHP's http wrapper adds a Content-Type of its own to a POST: this one goes over a plain socket.
$socket = stream_socket_client("tcp://127.0.0.1:$server[port]");
fwrite($socket, "POST /v3/payscore/serviceorder HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nUser-Agent: raw\r\nConnection: close\r\n"
    . 'Authorization: ' . wxps_t_authorization($server, 'POST', '/v3/payscore/serviceorder', $body) . "\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
[$head, $raw] = explode("\r\n\r\n", stream_get_contents($socket), 2);
echo 'body, no Content-Type: ', $show(['status' => (int) explode(' ', $head)[1], 'body' => $raw]), "\n";
echo 'body as a form: ', $show(wxps_t_call($server, 'POST', '/v3/payscore/serviceorder', ['Content-Type' => 'application/x-www-form-urlencoded'], $body)), "\n";
echo 'body as JSON, charset: ', $show(wxps_t_call($server, 'POST', '/v3/payscore/serviceorder', ['Content-Type' => 'application/json; charset=utf-8'], $body)), "\n";
[$status] = wxps_test_control($server, 'GET', '/_sandbox/health');
echo 'control without them: ', $status, "\n";
[$status, $error] = wxps_test_control($server, 'GET', $query);
echo 'unsigned without them: ', $status, ' ', $error['code'], "\n";
// The extension sends all three on every call.
$instance = wxps_test_client($server);
echo 'the extension: ', wxps_t(fn() => $instance->v3->payscore->serviceorder->post(['json' => wxps_t_order('HEADERS-2')])), "\n";
?>
--EXPECT--
all headers: 404 ORDER_NOT_EXIST order NEVER-1 does not exist
no Accept: 400 INVALID_REQUEST the Accept header is required
no User-Agent: 400 INVALID_REQUEST the User-Agent header is required
Accept */*: 404 ORDER_NOT_EXIST order NEVER-1 does not exist
body, no Content-Type: 400 INVALID_REQUEST a request with a JSON body needs Content-Type: application/json
body as a form: 400 INVALID_REQUEST a request with a JSON body needs Content-Type: application/json (not application/x-www-form-urlencoded)
body as JSON, charset: 200  
control without them: 200
unsigned without them: 401 SIGN_ERROR
the extension: 200
