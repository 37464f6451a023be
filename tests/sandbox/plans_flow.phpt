--TEST--
Sandbox records: a Pay Score plan is created, read back and stopped once; sign plans answer with their package; unknown ones are 404 in strict mode
--EXTENSIONS--
wxpayscore
--FILE--
<?php
require __DIR__ . '/../utils/sandbox.inc';
$server = wxps_test_server(['strict' => true]);
$instance = wxps_test_client($server);
$plans = $instance->v3->payscore->plan->payscorePlans;
$plan = WXPS_T_IDS + [
    'plan_name' => '月卡', 'plan_duration' => 30, 'deduction_quantity' => 1, 'total_original_price' => 3000,
    'total_actual_price' => 2500, 'merchant_plan_no' => 'PLAN1',
    'plan_detail_list' => [['plan_detail_name' => '第1期', 'original_price' => 3000, 'actual_price' => 2500]],
];
$created = $plans->post(['json' => $plan])->toArray();
echo 'create: ', $created['plan_state'], ' ', $created['merchant_plan_no'], ' ', $created['plan_name'], ' ', strlen($created['plan_id']) > 0 ? 'plan_id' : '-', "\n";
echo 'again, other body: ', wxps_t(fn() => $plans->post(['json' => ['plan_name' => '年卡'] + $plan])), "\n";
$get = fn() => $plans->merchantPlanNo->_merchant_plan_no_->get(['merchant_plan_no' => 'PLAN1'])->toArray();
echo 'get: ', $get()['plan_state'], ' ', $get()['total_actual_price'], "\n";
$stop = fn() => $plans->merchantPlanNo->_merchant_plan_no_->stop->post(['merchant_plan_no' => 'PLAN1']);
echo 'stop: ', wxps_t($stop), ' ', $get()['plan_state'], ' ', $get()['stop_mchid'], "\n";
echo 'stop again: ', wxps_t($stop), "\n";
echo 'unknown: ', wxps_t(fn() => $plans->merchantPlanNo->_merchant_plan_no_->get(['merchant_plan_no' => 'NONE'])), "\n";

$signPlans = $instance->v3->payscore->signPlan->userSignPlans;
$signed = $signPlans->post(['json' => WXPS_T_IDS + [
    'plan_id' => $created['plan_id'], 'openid' => 'oUSER4', 'merchant_sign_plan_no' => 'SIGN1', 'notify_url' => WXPS_T_NOWHERE,
    'sign_plan_detail' => [['plan_detail_no' => 1, 'merchant_plan_detail_no' => 'D1']],
]])->toArray();
echo 'sign plan: ', $signed['sign_plan']['merchant_sign_plan_no'], ' ', $signed['sign_plan']['sign_state'], ' ', strlen($signed['package']) > 20 ? 'package' : '-', "\n";
echo 'stop sign plan: ', wxps_t(fn() => $signPlans->merchantSignPlanNo->_merchant_sign_plan_no_->stop->post(['merchant_sign_plan_no' => 'SIGN1', 'json' => ['stop_reason' => '退订']])), ' ';
echo $signPlans->merchantSignPlanNo->_merchant_sign_plan_no_->get(['merchant_sign_plan_no' => 'SIGN1'])['cancel_sign_type'], "\n";
?>
--EXPECT--
create: NORMAL PLAN1 月卡 plan_id
again, other body: 400 RESOURCE_ALREADY_EXISTS
get: NORMAL 2500
stop: 200 STOPPED 1900000001
stop again: 400 INVALID_REQUEST
unknown: 404 RESOURCE_NOT_EXISTS
sign plan: SIGN1 UNSIGNED package
stop sign plan: 200 MCH_CANCEL
