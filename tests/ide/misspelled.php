<?php

declare(strict_types=1);

/*
 * Mistakes PHPStan must report with the stubs of ide/. scripts/ide-check.sh expects an error on
 * each line marked "// error: WORD" (WORD in its message or tip) and on no other line.
 */

// Seed 001's call with the json field service_id misspelled.
function wxps_ide_misspelled_field(WxPayScore\Client $instance): void
{
    $instance->v3->payscore->serviceorder->_out_order_no_->pay->post([ // error: servce_id
        'out_order_no' => '1234323JKHDFE1243252',
        'json' => [
            'appid' => 'wxd678efh567hg6787',
            'servce_id' => '500001',
        ],
    ]);
}

// A misspelled segment (sendPendingmessage).
function wxps_ide_misspelled_segment(WxPayScore\Client $instance): void
{
    $instance->v3->payscore->serviceorder->_out_order_no_->sendPendingmesage->post([ // error: sendPendingmesage
        'out_order_no' => '1234323JKHDFE1243252',
    ]);
}

// The path variable forgotten.
function wxps_ide_missing_path_variable(WxPayScore\Client $instance): void
{
    $instance->v3->payscore->serviceorder->_out_order_no_->sync->post([ // error: out_order_no
        'json' => [
            'appid' => 'wxd678efh567hg6787',
            'service_id' => '500001',
            'type' => 'Order_Paid',
            'detail' => ['paid_time' => '20091225091210'],
        ],
    ]);
}
