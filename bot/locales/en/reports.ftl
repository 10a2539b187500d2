# The replies that report: /risk, /status, /model, /health, /performance, the daily digest, /sweep, /reload.
# Numbers, prices and dates come preformatted; $count-like numbers only choose a plural.

## Shared
days-period = { $count ->
    [one] { $n } day
   *[other] { $n } days
}
# $kind: the ordinal plural category of the rank in the reader's language (one, two, few, other).
percentile-rank = { $kind ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
} percentile
disclaimer-paper-signals = <i>Paper-trading signals, not financial advice.</i>
disclaimer-paper-trading = <i>Paper trading, not financial advice.</i>

## /risk
risk-title = { $mark } <b>{ $symbol } · risk { $score }/100 · { $level }</b>
risk-level-low = low
risk-level-medium = medium
risk-level-high = high
risk-level-extreme = extreme
risk-factor-volatility = Volatility
risk-factor-swings = Price swings
risk-factor-volume_volatility = Volume volatility
risk-factor-trend_strength = Trend strength
risk-value-volatility = { $value } a day
risk-value-swings = { $value } hourly range
risk-value-volume_volatility = { $value } variation
risk-value-trend_strength = ADX { $value }
risk-factor-line = <b>{ $label }</b>: { $value } · sub-score { $subScore }/100 · weight { $weight }% · { $percentile } of its last { $period }
risk-warning-unusual = ⚠️ { $label } in the top { $top }% of this pair's last { $period }.
risk-warning-short-history = ℹ️ Only { $period } of history for this pair, so its own percentiles are rough.
risk-footer = <i>Sub-scores are percentiles against { $pairs } pairs' { $timeframe } history ({ $from } to { $to }). Read at the { $timeframe } candle of { $time }. Not financial advice.</i>

## /status
status-mood = { $mark } <b>Mood: { $score }/100 · { $label }</b>
mood-tense = tense
mood-cautious = cautious
mood-steady = steady
mood-upbeat = upbeat
status-analysis = { $symbol } is { $state } (volatility { $volatility } a day, { $volatilityPercentile } of its last { $period }) on { $volume } volume ({ $quoteVolume } { $quote } in 24h, { $volumePercentile }).
volatility-calm = calm
volatility-usual = moving as usual
volatility-turbulent = turbulent
volume-thin = thin
volume-usual = usual
volume-heavy = heavy
status-record-none = <i>Paper-trading record: not started yet — alerts will fill it (P&amp;L, win rate, trades in the last hour). Until then the mood reads the market only.</i>
status-record = Paper trading, last { $days } days: { $closed } closed, win rate { $winRate }, P&amp;L { $pnl } · { $opened } opened in the last hour.
status-policy-title = <b>Policy · { $pair }</b>
status-price = Price: <code>{ $price }</code> ({ $timeframe } close of { $time })
status-policy-missing = Policy model not loaded yet, so there is no { $calls } call.
status-policy-failed = The policy could not read the market just now, so there is no { $calls } call; try again shortly.

## The policy, in /status and /model
side-short = short
side-flat = flat
side-long = long
policy-stay-flat = stay flat
policy-keep = keep the { $side }
policy-open = open a { $side }
policy-close = close the { $side }
policy-call = Call: <b>{ $action }</b> { $probability } — { $meaning } (paper position: { $position }) · { $others }
policy-figures = { $policy } (Sharpe { $policySharpe }) vs buy-and-hold { $hold } (Sharpe { $holdSharpe }), always flat { $flat }
policy-sharpes = Sharpe { $policy } vs { $hold }
policy-verdict-beats = On data it never saw, this policy beat simply holding ({ $sharpes }) and staying flat — one test block, so evidence, not proof.
policy-worse-holding = simply holding ({ $sharpes })
policy-worse-flat = staying flat ({ $return } vs 0%)
policy-verdict-worse = On data it never saw, this policy did worse than { $worse }: treat its call as an experiment.
policy-verdict-worse-both = On data it never saw, this policy did worse than { $first } and than { $second }: treat its call as an experiment.
policy-no-record = no record of its own on data it never saw (trained before the policy kept a test block apart): treat its call as an experiment.
policy-test-block = on its test block { $from } → { $to }, after fees: { $figures }
policy-own-record = Own record: { $figures }
policy-model-line = Model <code>{ $version }</code> ({ $timeframe }) · { $figures }

## /model
models-title = <b>Models</b> · { $loaded } loaded, { $refused } refused
models-none = No model is loaded, so /predict cannot answer.
models-refused-title = <b>Refused</b>
models-pooled = pooled
models-for = for { $symbol }
models-card-line = { $scope } · feature set { $featureSet } · sha256 <code>{ $sha }</code>
models-policy-title = <b>{ $timeframe } policy</b> · <code>{ $version }</code>
models-policy-line = feature set { $featureSet } · sha256 <code>{ $sha }</code>
models-walk-forward = Walk-forward: { $parts }
models-walk-forward-none = Walk-forward: no numbers in its metadata
models-log-loss = log-loss { $logLoss }
models-log-loss-baseline = log-loss { $logLoss } vs { $baseline } baseline
models-balanced-accuracy = balanced accuracy { $share }
models-hit-rate = hit rate { $share }
models-hit-rate-of = hit rate { $share } of { $count } signals
models-all-calls = All calls: { $stats }
models-at-threshold = At the alert threshold { $threshold }: { $stats }
models-footer = <i>Walk-forward: tested on data after the training period, never a random split. Baseline: always predicting the class shares. Win rate: wins (TP1 before the stop) / (wins + stops) of the LONG/SHORT calls, against the break-even win rate after fees; mean net: every call after fees, with a 95% interval by day. Older cards give a hit rate: calls that reached TP1 before the stop, of all calls.</i>

## /health
health-title = <b>Health</b>
health-uptime = Uptime: { $elapsed }
health-exchange-reachable = ✅ Exchange: reachable, answered in { $ms } ms
health-exchange-unreachable = ⚠️ Exchange: unreachable ({ $why })
health-exchange-timeout = no answer within { $ms } ms
health-exchange-failed = the request failed
health-cache-empty = Candle cache: empty
health-cache = Candle cache: oldest entry { $age } old
health-answers = Answer times: p50 ≈ { $p50 } ms · p95 ≈ { $p95 } ms over { $count } updates since start
health-answers-none = Answer times: none recorded yet
elapsed-seconds = { $s }s
elapsed-minutes = { $m }m { $s }s
elapsed-hours = { $h }h { $m }m
elapsed-days = { $d }d { $h }h

## /performance
performance-title = 📊 <b>Performance</b> · { $scope }
performance-scope-all = alerts on every timeframe
performance-scope-timeframe = { $timeframe } alerts
performance-rules = <i>Each alert is a paper trade of one unit: a win closes at TP1 (reached before the stop), a stop at the stop (a candle touching both counts as the stop), and one that reaches neither expires at the horizon's last close. Win rate = wins / (wins + stops), against the break-even win rate after { $fee } fees per side. Mean net: every resolved trade after fees, with a 95% interval by day.</i>
performance-window = <b>Last { $days } days</b>
performance-no-signals = No alert signals.
performance-totals = Signals { $signals } · resolved { $resolved } · P&amp;L { $pnl }
performance-totals-counts = Signals { $signals } · resolved { $resolved } · { $counts } · P&amp;L { $pnl }
performance-by-timeframe = By timeframe:
performance-by-confidence = By confidence:
performance-only-pair = Only pair resolved: { $pair }
performance-best-worst = Best { $best } · worst { $worst }
performance-mood = Mood { $last }
performance-mood-moves = Mood { $first } → { $last } (low { $low }, high { $high }, { $changes })
performance-changes = { $count ->
    [one] { $n } change
   *[other] { $n } changes
}

## The daily digest
digest-title = 📰 <b>Daily digest</b> · the 24 h to { $time }
digest-no-alerts = No alerts on your pairs.
digest-alerts = <b>Alerts</b>: { $count }
digest-more = … and { $count } more
digest-no-outcomes = No outcomes resolved.
digest-outcomes = <b>Outcomes</b>: { $resolved } resolved · { $winRate } · P&amp;L { $pnl } after fees
digest-footer = <i>Paper trading, not financial advice. /alerts mutes the digest.</i>

## /sweep (admins)
sweep-title = 🧹 <b>Sweep done</b>
sweep-timeframe = <b>{ $timeframe }</b>: { $pairs } pairs · { $alerts } new alerts · { $failed } failed
sweep-alert = • { $symbol } { $direction } { $confidence } → { $chats } chats
sweep-outcomes = <b>Outcomes</b>: { $resolved } resolved · { $open } still open · { $failed } failed

## /reload (admins)
reload-refused = ⛔ <b>Reload refused</b>: the models loaded before keep serving.
reload-still-serving = Still serving:
reload-done = ✅ <b>Models reloaded.</b> Now serving:
reload-refused-files = Refused (they were not serving before either):
reload-none = • none
