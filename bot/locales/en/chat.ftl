# Errors, bad input, access, alert settings and the chat's language.

## What went wrong (bot/userErrors.ts)
error-unknown-symbol-suggest = Unknown symbol <b>{ $symbol }</b>. Did you mean { $suggestions }?
error-unknown-symbol = Unknown symbol <b>{ $symbol }</b>. Check the spelling — for example <code>/predict BTC 1h</code>.
error-invalid-symbol = "{ $input }" is not a symbol. Type a coin like BTC or a pair like ETH/USDT.
error-unknown-timeframe = Unknown timeframe "{ $input }". Use one of { $timeframes }.
error-bad-candles = The exchange's { $symbol } { $timeframe } candles look wrong right now ({ $reason }), so there is no signal from them. Please try again in a few minutes.
error-market-data = Market data is unavailable right now. Please try again in a minute.
error-not-enough-candles = There is not enough { $timeframe } history for this pair yet. Try a shorter timeframe.
error-model-output = The model gave an answer that does not add up for this pair, so there is no signal. Try another timeframe.
error-model-unavailable = No model is available for this timeframe right now. Try another timeframe.
error-risk-unavailable = Risk scores are unavailable right now. /predict still works.
error-generic = Sorry, something went wrong on our side. Please try again later.

## What a user typed cannot be served (the parsers' BadInputError)
input-too-long = That is too long for a command. Type { $usage } — for example { $example }.
input-which-pair = Which pair? Type { $usage } — for example { $example }.
input-which-pairs = Which pairs? Type { $usage } — for example { $example }.
input-too-many-words = Too many words after /{ $command }: "{ $input }". Type { $usage } — for example { $example }.
input-which-timeframe-why = Which timeframe should I explain? Type for example { $example }.
input-unknown-timeframe = Unknown timeframe "{ $input }". Use one of { $timeframes } — for example { $example }.
input-not-symbol = "{ $input }" is not a symbol: { $reason }. Type a coin like BTC or a pair like ETH/USDT — for example { $example }.
input-not-symbols = "{ $input }" is not a symbol: { $reason }. Type coins like BTC ETH or pairs like SOL/USDT — for example { $example }.
input-risk-no-timeframe = Risk is always read on { $timeframe } candles, so it takes no timeframe. Type { $example }.
input-one-timeframe-at-most = /{ $command } takes one timeframe at most — for example { $example }, or <code>/{ $command }</code> alone.
input-one-timeframe-per-command = One timeframe per command, please: you typed { $typed }. Send /{ $command } once for each — for example { $example }.
input-unsubscribe-all-alone = To stop every alert, type <code>/unsubscribe all</code> on its own.
input-name-pairs = Name the pairs to follow — for example { $example }.
input-too-many-pairs = Up to { $max } pairs per command, please; you named { $count }. Send the rest in another /{ $command }.
input-status-takes-nothing = /status takes nothing after it — type <code>/status</code> alone. For one pair, type <code>/predict SYMBOL</code> or <code>/risk SYMBOL</code>.
input-reload-takes-nothing = /reload takes nothing after it — type <code>/reload</code> alone to re-read the models folder.

## Who may do what
slow-down = Slow down a little — try again in { $seconds } s.
access-admins-only = This command is for admins.
access-private-bot = Sorry, this is a private bot and it does not serve this chat. If you know its owner, send them your chat id: <code>{ $chatId }</code>.
access-private-bot-short = Sorry, this is a private bot.
group-admins-only-alerts = Only this group's admins can change its alerts.
group-admins-only-language = Only this group's admins can change its language.
fallback-unknown-command = Unknown command "{ $command }". /help lists the commands.
fallback-hint = Send a command — for example <code>/predict BTC 1h</code>. /help lists them all.
button-inactive = This button is no longer active.

## /subscribe and /unsubscribe
subscribe-added = Subscribed to { $list }.
subscribe-already = Already subscribed to { $list }.
subscribe-over-limit = Not added, as a chat can follow at most { $max }: { $list }. Remove some with /unsubscribe first.
subscribe-unknown-suggest = Unknown symbol <b>{ $symbol }</b>: did you mean { $suggestions }?
subscribe-unknown = Unknown symbol <b>{ $symbol }</b>: check the spelling, e.g. BTC or ETH/USDT.
subscribe-signals-muted = Signal messages are muted in this chat: unmute them in /alerts.
subscribe-will-notify = You will get a message when a closed candle gives a signal. /alerts lists them.
unsubscribe-all = Stopped every alert in this chat ({ $count } removed).
unsubscribe-none = This chat had no alerts.
unsubscribe-removed = Unsubscribed from { $list }.
unsubscribe-missed = This chat was not subscribed to { $symbols }. /alerts lists its alerts.
unsubscribe-missed-on = This chat was not subscribed to { $symbols } on { $timeframe }. /alerts lists its alerts.

## /alerts and its mute buttons
alerts-title = Alerts in this chat
alerts-none = No alerts yet. Subscribe with <code>/subscribe BTC ETH 1h</code>.
alerts-kind-signals = Signals
alerts-kind-outcomes = Outcomes
alerts-kind-digest = Daily digest
alerts-kind-on = { $kind }: on
alerts-kind-muted = { $kind }: muted
alerts-hint = Tap a button to mute or unmute a kind of message. /unsubscribe SYMBOL or /unsubscribe all stops alerts.
alerts-mute = Mute { $kind }
alerts-unmute = Unmute { $kind }
alerts-muted-now = { $kind } muted.
alerts-on-again = { $kind } on again.
alerts-button-outdated = This button is out of date. Send /alerts again.

## /language
language-choose = <b>Language</b>
    This chat reads the bot in { $language }. Tap a button to change it.
language-chosen = This chat now reads the bot in { $language }.
