<?php

declare(strict_types=1);

namespace WeChatPay;

use GuzzleHttp\Client;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\RequestException;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Promise\PromiseInterface;
use GuzzleHttp\UriTemplate\UriTemplate;
use InvalidArgumentException;
use LogicException;
use Psr\Http\Message\MessageInterface;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

/**
 * The SDK's driver: two Guzzle clients built per instance (APIv2 XML and APIv3 JSON, each on
 * its own HandlerStack), the APIv3 one with a signer before prepare_body and a verifier before
 * http_errors; a call expands the URI template and goes through Guzzle's request().
 */
final class ClientDecorator
{
    public const VERSION = '1.4.0-model';
    private const MAXIMUM_CLOCK_OFFSET = 300;

    private static array $defaults = [
        'base_uri' => 'https://api.mch.weixin.qq.com/',
        'headers' => [
            'Accept' => 'application/json, text/plain, application/x-gzip, application/pdf, image/png, image/*;q=0.5',
            'Content-Type' => 'application/json; charset=utf-8',
        ],
    ];

    private Client $v2;
    private Client $v3;

    public function __construct(array $config = [])
    {
        $this->v2 = self::xmlBased($config);
        $this->v3 = self::jsonBased($config);
    }

    public function request(string $method, string $uri, array $options = []): ResponseInterface
    {
        [$protocol, $pathname] = self::prepare($uri);
        return $this->select($protocol)->request($method, self::withUriTemplate($pathname, $options), $options);
    }

    public function requestAsync(string $method, string $uri, array $options = []): PromiseInterface
    {
        [$protocol, $pathname] = self::prepare($uri);
        return $this->select($protocol)->requestAsync($method, self::withUriTemplate($pathname, $options), $options);
    }

    public function select(?string $protocol = null): ClientInterface
    {
        return $protocol && strcasecmp('v2', $protocol) === 0 ? $this->v2 : $this->v3;
    }

    private static function prepare(string $uri): array
    {
        return [strncasecmp('v2/', $uri, 3) === 0 ? 'v2' : 'v3', preg_replace('#^v2/#i', '', $uri)];
    }

    private static function withUriTemplate(string $template, array $variables = []): string
    {
        if (preg_match('#{(?:[^/]+)}#', $template) === 0) {
            return $template;
        }
        static $uriTemplate;
        $uriTemplate ??= new UriTemplate();
        return $uriTemplate->expand($template, $variables);
    }

    private static function withDefaults(array ...$config): array
    {
        return array_replace_recursive(self::$defaults, ['headers' => self::userAgent()], ...$config);
    }

    private static function userAgent(): array
    {
        $value = ['wechatpay-php/' . self::VERSION, 'GuzzleHttp/' . ClientInterface::MAJOR_VERSION];
        if (function_exists('curl_version')) {
            $value[] = 'curl/' . curl_version()['version'];
        }
        $value[] = sprintf('(%s/%s) PHP/%s', PHP_OS, php_uname('r'), PHP_VERSION);
        return ['User-Agent' => implode(' ', $value)];
    }

    /** The message body as a string, the stream rewound for whoever reads it next. */
    private static function body(MessageInterface $message): string
    {
        $stream = $message->getBody();
        if (!$stream->isSeekable()) {
            return '';
        }
        $body = (string) $stream;
        $stream->rewind();
        return $body;
    }

    private static function xmlBased(array $config): Client
    {
        $stack = HandlerStack::create();
        // APIv2 is not benchmarked: these stand where the SDK's XML transformers sit, so building a client costs the same.
        $stack->before('prepare_body', static fn (callable $handler) => static function (RequestInterface $request, array $options = []) {
            throw new LogicException('APIv2 is outside the benchmark model');
        }, 'transform_request');
        $stack->before('http_errors', static fn (callable $handler) => static fn (RequestInterface $request, array $options = []) => $handler($request, $options), 'transform_response');
        $config['handler'] = $stack;
        $config['headers'] = array_replace_recursive(['Accept' => 'text/xml, text/plain, application/x-gzip', 'Content-Type' => 'text/xml; charset=utf-8'], $config['headers'] ?? []);
        unset($config['mchid'], $config['serial'], $config['privateKey'], $config['certs'], $config['secret'], $config['merchant']);
        return new Client(self::withDefaults($config));
    }

    private static function jsonBased(array $config): Client
    {
        foreach (['mchid', 'serial'] as $key) {
            if (!isset($config[$key]) || !is_string($config[$key])) {
                throw new InvalidArgumentException("The $key is mandatory");
            }
        }
        if (!isset($config['privateKey']) || !(is_string($config['privateKey']) || is_object($config['privateKey']))) {
            throw new InvalidArgumentException('The privateKey is mandatory');
        }
        if (!isset($config['certs']) || !is_array($config['certs']) || !$config['certs']) {
            throw new InvalidArgumentException('The certs is mandatory');
        }
        if (array_key_exists($config['serial'], $config['certs'])) {
            throw new InvalidArgumentException('The certs must not hold the merchant serial');
        }
        $stack = HandlerStack::create();
        $stack->before('prepare_body', Middleware::mapRequest(self::signer($config['mchid'], $config['serial'], $config['privateKey'])), 'signer');
        $stack->before('http_errors', self::verifier($config['certs']), 'verifier');
        $config['handler'] = $stack;
        unset($config['mchid'], $config['serial'], $config['privateKey'], $config['certs'], $config['secret'], $config['merchant']);
        return new Client(self::withDefaults($config));
    }

    private static function signer(string $mchid, string $serial, $privateKey): callable
    {
        return static function (RequestInterface $request) use ($mchid, $serial, $privateKey): RequestInterface {
            $nonce = Formatter::nonce();
            $timestamp = (string) Formatter::timestamp();
            $signature = Crypto\Rsa::sign(Formatter::request(
                $request->getMethod(), $request->getRequestTarget(), $timestamp, $nonce, self::body($request)
            ), $privateKey);
            return $request->withHeader('Authorization', Formatter::authorization($mchid, $nonce, $signature, $timestamp, $serial));
        };
    }

    private static function verifier(array $certs): callable
    {
        $assert = static function (ResponseInterface $response, RequestInterface $request) use ($certs): ResponseInterface {
            $path = $request->getUri()->getPath();
            // The two download paths WeChat Pay does not sign.
            if (strcasecmp($path, '/v3/billdownload/file') === 0
                || (strncasecmp($path, '/v3/merchant-service/images/', 28) === 0 && strcasecmp($path, '/v3/merchant-service/images/upload') !== 0)) {
                return $response;
            }
            foreach (['Wechatpay-Nonce', 'Wechatpay-Serial', 'Wechatpay-Signature', 'Wechatpay-Timestamp'] as $name) {
                if (!$response->hasHeader($name)) {
                    throw new RequestException("The response has no $name header", $request, $response);
                }
            }
            [$nonce] = $response->getHeader('Wechatpay-Nonce');
            [$serial] = $response->getHeader('Wechatpay-Serial');
            [$signature] = $response->getHeader('Wechatpay-Signature');
            [$timestamp] = $response->getHeader('Wechatpay-Timestamp');
            if (abs(Formatter::timestamp() - (int) $timestamp) > self::MAXIMUM_CLOCK_OFFSET) {
                throw new RequestException('The response timestamp is out of the window', $request, $response);
            }
            if (!array_key_exists($serial, $certs)) {
                throw new RequestException("Unknown platform serial $serial", $request, $response);
            }
            $verified = false;
            try {
                $verified = Crypto\Rsa::verify(Formatter::response($timestamp, $nonce, self::body($response)), $signature, $certs[$serial]);
            } catch (\Exception $e) {
            }
            if (!$verified) {
                throw new RequestException('The response signature does not verify', $request, $response);
            }
            return $response;
        };
        return static fn (callable $handler) => static fn (RequestInterface $request, array $options = []): PromiseInterface
            => $handler($request, $options)->then(static fn (ResponseInterface $response) => $assert($response, $request));
    }
}
