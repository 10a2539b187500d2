# /predict SYMBOL TIMEFRAME, /predict SYMBOL, the "Why?" section, the chart, the alerts and their outcomes.
# Numbers, prices, dates and percents come preformatted; $n-like variables only pick the plural form.

direction-long = LONG
direction-short = SHORT
direction-no-trade = NO TRADE
predict-disclaimer = <i>Paper-trading signal, not financial advice.</i>

## /predict SYMBOL TIMEFRAME
predict-call = { $emoji } <b>{ $direction }</b> · confidence { $confidence }
predict-probabilities = Probabilities: { $list }
predict-valid-until = Valid until { $time }
predict-based-on = Based on the { $timeframe } candle of { $time }
predict-model = Model <code>{ $version }</code>
predict-model-unmeasured = { $model } · win rate not measured yet
predict-walk-forward = Walk-forward, { $scope }: { $stats }
predict-scope-band = calls { $band }
predict-scope-all = all its calls
predict-on-calls = { $stats } on { $calls }
predict-legacy-hit-rate = hit rate { $rate } (walk-forward, { $scope })
predict-legacy-calls-unknown = calls
predict-legacy-calls = { $count } calls
predict-legacy-scope-band = { $calls } { $band }
predict-legacy-scope-all = all its { $calls }
predict-band-below = below { $below } confidence
predict-band-from = at { $from } confidence or more
predict-band-between = at { $from }–{ $below } confidence
predict-last-close = Last close: <code>{ $price }</code>
predict-no-levels = No trade: the model sees no edge here, so there are no levels.
predict-entry = Entry: <code>{ $price }</code>
predict-stop-loss = Stop-loss: <code>{ $price }</code>
predict-time-to-tp1 = Time to TP1: { $eta }
predict-eta-unknown = unknown

## Buttons under a /predict answer
predict-button-why = Why?
predict-button-all-timeframes = All timeframes
predict-button-stale = This button is out of date. Send /predict again.

## /predict SYMBOL: every timeframe
summary-title = { $symbol } · all timeframes
summary-unavailable-no-model = no model
summary-unavailable-not-enough-history = not enough history
summary-confluence-none = No timeframe has a call right now.
summary-confluence-mixed = Mixed: { $counts }
summary-confluence-one = Only one timeframe has a call, and it leans { $direction }
summary-confluence-one-no-trade = Only one timeframe has a call, and it sees no trade
summary-confluence-all = All { $of } timeframes lean { $direction }
summary-confluence-all-no-trade = All { $of } timeframes see no trade
summary-confluence-some = { $agreeing } of { $of } timeframes lean { $direction }
summary-confluence-some-no-trade = { $agreeing } of { $of } timeframes see no trade
summary-last-close = Last close ({ $timeframe }): <code>{ $price }</code>
summary-tap = Tap a timeframe for entry, stop-loss and targets.

## The "Why?" section
why-indicator-rsi = RSI
why-indicator-macd = MACD
why-indicator-volume = Volume
why-indicator-volatility = Volatility
why-indicator-market = Market
why-zone-overbought = overbought
why-zone-oversold = oversold
why-zone-neutral = neutral
why-level-high = high
why-level-low = low
why-level-normal = normal
why-move-up = up { $sigma }
why-move-down = down { $sigma }
why-momentum-zero = at zero
why-momentum = { $side } and { $slope } ({ $way } momentum { $trend })
why-momentum-positive = positive
why-momentum-negative = negative
why-momentum-rising = rising
why-momentum-falling = falling
why-momentum-upward = upward
why-momentum-downward = downward
why-momentum-building = building
why-momentum-fading = fading
why-reading-rsi = { $value } ({ $zone })
why-reading-macd = histogram { $momentum }
why-reading-volume = { $z } against its 20-candle average ({ $level })
why-reading-volatility = ATR { $atr } of price, { $ratio }× its median of the last { $window } candles ({ $level })
why-reading-market = BTC { $btc } and the basket { $basket } over 16 candles, { $breadth } of the basket up over 20
why-points = { $change } points
why-points-under = under { $min } points
why-push-toward = pushed toward { $call } ({ $points })
why-push-against = pushed against { $call } ({ $points })
why-push-little = little effect ({ $points })
why-behind = Behind the { $call } call: { $names }.
why-behind-none = None of these pushed toward { $call } by { $min } points or more: the call rests on the other features, or on these together.
why-against = Against it: { $names }.
why-title = Why { $call } on { $symbol } · { $timeframe }?
why-intro = What the indicators read on the last { $timeframe } candle, and how each moved the model's call:
why-method = How this is measured: the model was run again with each indicator held at a neutral level over the { $window } candles it saw (RSI at 50, MACD at 0, volume at its average, volatility at its median, a flat market); a push is how far that moved the probability of { $call }, in percentage points. The model also sees moving-average, Bollinger, range, candle and time-of-day features, not broken out here. These are the readings the model saw and how it leaned on them, not proof of what will move the price.

## Statistics of calls, the same on every surface
stats-no-win-or-stop = no win or stop yet
stats-win-rate = win rate { $rate }
stats-win-rate-vs-breakeven = win rate { $rate } vs break-even { $breakeven }
stats-mean-net-none = mean net –
stats-mean-net = mean net { $mean }
stats-mean-net-ci = mean net { $mean } (95% CI { $low }…{ $high })
stats-calls =
    { $n ->
        [one] { $count } call
       *[other] { $count } calls
    }
stats-results =
    { $nWins ->
        [one] { $wins } win
       *[other] { $wins } wins
    }, { $nStops ->
        [one] { $stops } stop
       *[other] { $stops } stops
    }, { $expired } expired
stats-line = { $winRate } · { $meanNet } on { $calls }

## The chart
chart-caption = { $title } · paper-trading signal, not financial advice
chart-subtitle = { $count } × { $timeframe } candles to { $time }

## Alerts and their outcomes
signal-new-buy = New buy signal
signal-new-sell = New sell signal
outcome-tp1 = ✅ TP1 reached
outcome-tp2 = ✅ TP1 reached (the price ran on to TP2)
outcome-tp3 = 🎯 TP1 reached (the price ran on to TP3)
outcome-sl = 🛑 Stopped out
outcome-expired = ⌛ Expired
outcome-exit-stop = closed at the stop
outcome-exit-tp1 = closed at TP1
outcome-exit-expiry = closed at the last close of the horizon
outcome-candles =
    { $n ->
        [one] { $count } candle
       *[other] { $count } candles
    }
outcome-paper-trade = Paper trade { $exit } <code>{ $price }</code> after { $candles }: <b>{ $return }</b> after fees.

## How rare alerts are (/subscribe, /alerts)
rarity-no-model = No { $timeframe } model is loaded, so no { $timeframe } alerts come until one is; /model says why.
rarity-bar = { $timeframe } alerts need the model ≥ { $threshold } sure ({ $source })
rarity-source-card = its card's threshold
rarity-source-default = the bot's default; its card names none
rarity-got-there = got there
rarity-reached = reached { $from }
rarity-unsplit = the card's bands do not split at { $threshold }
rarity-share-tiny = under { $min }
rarity-counts = { $reached } of { $total }
rarity-share = { $share } of calls { $got } ({ $counts })
rarity-too-few = too few calls to rely on
rarity-tp1-hit = TP1 hit { $rate }
rarity-bar-only = { $bar }.
rarity-none-reached = { $bar }: in walk-forward tests none of { $total } calls { $got }{ $unsplit }.
rarity-with-stats = { $bar }: in walk-forward tests { $share }; { $stats }{ $few }.
rarity-with-hits = { $bar }: in walk-forward tests { $share }{ $hit }.
