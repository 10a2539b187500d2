# The command menu (setMyCommands) and /help: one line per command.
command-start = What this bot does
command-help = List the commands
command-predict = ML signal for a pair, e.g. /predict BTC 1h
command-risk = Risk score 0–100 for a pair, e.g. /risk BTC
command-status = The bot's mood, the market and the policy's call
command-subscribe = Get an alert when a pair gives a signal, e.g. /subscribe BTC ETH 1h
command-unsubscribe = Stop alerts for pairs, or all of them
command-alerts = This chat's alerts; mute or unmute signals, outcomes, the daily digest
command-language = Choose the language this chat reads the bot in
command-performance = How the alerts turned out: wins, stops, win rate vs break-even and P&L over 7, 30 and 90 days
command-model = The models that serve, with their walk-forward numbers
command-health = Uptime, exchange, candle cache and answer times
command-reload = Re-read the models folder without a restart
command-sweep = Run the alert sweep and the outcome job now

help-title = Commands
help-footer = Timeframes: { $timeframes }. Symbols: BTC, ethusdt, SOL/USDT and so on.
start-greeting = Hi! I compute machine-learning trading signals for crypto pairs.
start-try = Try <code>/predict BTC 1h</code>.
start-disclaimer = <i>Paper-trading signals, not financial advice.</i>
