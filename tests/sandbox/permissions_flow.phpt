--TEST--
Sandbox authorizations: pre-authorize, the user grants it (PAYSCORE.USER_OPEN_SERVICE), query by code and openid, terminate
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$receiver = wxps_test_receiver();
$permissions = $instance->v3->payscore->permissions;
$token = $permissions->post(['json' => WXPS_T_IDS + ['authorization_code' => 'AUTH1', 'notify_url' => $receiver['url']]])['apply_permissions_token'];
echo 'token: ', strlen($token) > 20 ? 'yes' : 'no', "\n";
$byCode = fn() => $permissions->authorizationCode->_authorization_code_->get(['authorization_code' => 'AUTH1', 'query' => ['service_id' => '500001']])->toArray();
echo 'before: ', $byCode()['authorization_state'], "\n";

[$status, $granted] = wxps_test_control($server, 'POST', '/_sandbox/permissions/AUTH1/authorize', ['openid' => 'oUSER9']);
echo "user grants: $status ", $granted['authorization']['authorization_state'], "\n";
$got = wxps_test_receive($receiver);
$event = json_decode($got['body'], true);
$resource = wxps_t_decrypt($server, $got['body']);
echo wxps_t_verify($server, $got['headers'], $got['body']), ' ', $event['event_type'], ' ', $resource['user_service_status'], ' ', $resource['openid'], ' ', $resource['authorization_code'], "\n";

$record = $byCode();
echo 'by code: ', $record['authorization_state'], ' ', $record['openid'], ' ', preg_match('/^\d{14}$/', $record['authorization_success_time']), "\n";
echo 'by openid: ', $permissions->openid->_openid_->get(['openid' => 'oUSER9', 'query' => WXPS_T_IDS])['authorization_state'], "\n";
echo 'service state: ', $instance->v3->payscore->userServiceState->get(['query' => WXPS_T_IDS + ['openid' => 'oUSER9']])['use_service_state'], "\n";

$terminate = fn() => $permissions->authorizationCode->_authorization_code_->terminate->post(['authorization_code' => 'AUTH1', 'json' => ['service_id' => '500001', 'reason' => '用户注销']]);
echo 'terminate: ', wxps_t($terminate), "\n";
echo 'after: ', $byCode()['authorization_state'], ' ', isset($byCode()['cancel_authorization_time']) ? 'cancel time set' : '', "\n";
echo 'terminate again: ', wxps_t($terminate), "\n";
echo 'service state: ', $instance->v3->payscore->userServiceState->get(['query' => WXPS_T_IDS + ['openid' => 'oUSER9']])['use_service_state'], "\n";
echo 'unknown code: ', wxps_t(fn() => $permissions->authorizationCode->_authorization_code_->get(['authorization_code' => 'NONE', 'query' => ['service_id' => '500001']])), "\n";
?>
--EXPECT--
token: yes
before: UNAVAILABLE
user grants: 200 AVAILABLE
verified PAYSCORE.USER_OPEN_SERVICE USER_OPEN_SERVICE oUSER9 AUTH1
by code: AVAILABLE oUSER9 1
by openid: AVAILABLE
service state: AVAILABLE
terminate: 204
after: UNAVAILABLE cancel time set
terminate again: 400 INVALID_REQUEST
service state: UNAVAILABLE
unknown code: 404 RESOURCE_NOT_EXISTS
