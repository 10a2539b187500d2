# /predict SYMBOL TIMEFRAME, /predict SYMBOL, bagian "Kenapa?", chart, alert dan hasilnya.
# Angka, harga, tanggal dan persen sudah diformat; variabel seperti $n hanya memilih bentuk jamak.

direction-long = LONG
direction-short = SHORT
direction-no-trade = TANPA POSISI
predict-disclaimer = <i>Sinyal paper trading, bukan nasihat keuangan.</i>

## /predict SYMBOL TIMEFRAME
predict-call = { $emoji } <b>{ $direction }</b> · keyakinan { $confidence }
predict-probabilities = Probabilitas: { $list }
predict-valid-until = Berlaku sampai { $time }
predict-based-on = Berdasarkan candle { $timeframe } { $time }
predict-model = Model <code>{ $version }</code>
predict-model-unmeasured = { $model } · win rate belum diukur
predict-walk-forward = Walk-forward, { $scope }: { $stats }
predict-scope-band = sinyal { $band }
predict-scope-all = semua sinyalnya
predict-on-calls = { $stats } dari { $calls }
predict-legacy-hit-rate = hit rate { $rate } (walk-forward, { $scope })
predict-legacy-calls-unknown = sinyal
predict-legacy-calls = { $count } sinyal
predict-legacy-scope-band = { $calls } { $band }
predict-legacy-scope-all = semua { $calls }
predict-band-below = dengan keyakinan di bawah { $below }
predict-band-from = dengan keyakinan { $from } atau lebih
predict-band-between = dengan keyakinan { $from }–{ $below }
predict-last-close = Close terakhir: <code>{ $price }</code>
predict-no-levels = Tanpa posisi: model tidak melihat peluang di sini, jadi tidak ada level.
predict-entry = Entry: <code>{ $price }</code>
predict-stop-loss = Stop loss: <code>{ $price }</code>
predict-time-to-tp1 = Perkiraan waktu ke TP1: { $eta }
predict-eta-unknown = tidak diketahui

## Tombol di bawah jawaban /predict
predict-button-why = Kenapa?
predict-button-all-timeframes = Semua timeframe
predict-button-stale = Tombol ini sudah kedaluwarsa. Kirim /predict lagi.

## /predict SYMBOL: semua timeframe
summary-title = { $symbol } · semua timeframe
summary-unavailable-no-model = belum ada model
summary-unavailable-not-enough-history = riwayat data belum cukup
summary-confluence-none = Belum ada timeframe yang punya prediksi saat ini.
summary-confluence-mixed = Campuran: { $counts }
summary-confluence-one = Hanya satu timeframe yang punya prediksi, dan condong { $direction }
summary-confluence-one-no-trade = Hanya satu timeframe yang punya prediksi, dan tidak melihat peluang trade
summary-confluence-all = Semua { $of } timeframe condong { $direction }
summary-confluence-all-no-trade = Semua { $of } timeframe tidak melihat peluang trade
summary-confluence-some = { $agreeing } dari { $of } timeframe condong { $direction }
summary-confluence-some-no-trade = { $agreeing } dari { $of } timeframe tidak melihat peluang trade
summary-last-close = Close terakhir ({ $timeframe }): <code>{ $price }</code>
summary-tap = Ketuk timeframe untuk melihat entry, stop loss, dan target.

## Bagian "Kenapa?"
why-indicator-rsi = RSI
why-indicator-macd = MACD
why-indicator-volume = Volume
why-indicator-volatility = Volatilitas
why-indicator-market = Pasar
why-zone-overbought = overbought
why-zone-oversold = oversold
why-zone-neutral = netral
why-level-high = tinggi
why-level-low = rendah
why-level-normal = normal
why-move-up = naik { $sigma }
why-move-down = turun { $sigma }
why-momentum-zero = di nol
why-momentum = { $side } dan { $slope } (momentum { $way } { $trend })
why-momentum-positive = positif
why-momentum-negative = negatif
why-momentum-rising = naik
why-momentum-falling = turun
why-momentum-upward = naik
why-momentum-downward = turun
why-momentum-building = menguat
why-momentum-fading = melemah
why-reading-rsi = { $value } ({ $zone })
why-reading-macd = histogram { $momentum }
why-reading-volume = { $z } terhadap rata-rata 20 candle ({ $level })
why-reading-volatility = ATR { $atr } dari harga, { $ratio }× mediannya dalam { $window } candle terakhir ({ $level })
why-reading-market = BTC { $btc } dan keranjang koin { $basket } dalam 16 candle, { $breadth } koin di keranjang naik dalam 20 candle
why-points = { $change } poin
why-points-under = di bawah { $min } poin
why-push-toward = mendorong ke { $call } ({ $points })
why-push-against = melawan { $call } ({ $points })
why-push-little = pengaruhnya kecil ({ $points })
why-behind = Pendukung sinyal { $call }: { $names }.
why-behind-none = Tidak ada yang mendorong ke { $call } sebesar { $min } poin atau lebih: sinyal ini bertumpu pada fitur lain, atau pada gabungan indikator ini.
why-against = Yang melawan: { $names }.
why-title = Kenapa { $call } di { $symbol } · { $timeframe }?
why-intro = Bacaan indikator di candle { $timeframe } terakhir, dan seberapa jauh masing-masing menggeser keputusan model:
why-method = Cara mengukurnya: model dijalankan ulang dengan tiap indikator ditahan di level netral selama { $window } candle yang dilihatnya (RSI di 50, MACD di 0, volume di rata-ratanya, volatilitas di mediannya, pasar datar); dorongan adalah seberapa jauh hal itu menggeser probabilitas { $call }, dalam poin persentase. Model juga melihat fitur moving average, Bollinger, range, candle, dan jam harian yang tidak dirinci di sini. Ini bacaan yang dilihat model dan seberapa besar model bersandar padanya, bukan bukti apa yang akan menggerakkan harga.

## Statistik sinyal, sama di semua tempat
stats-no-win-or-stop = belum ada win atau stop
stats-win-rate = win rate { $rate }
stats-win-rate-vs-breakeven = win rate { $rate } vs titik impas { $breakeven }
stats-mean-net-none = rata-rata bersih –
stats-mean-net = rata-rata bersih { $mean }
stats-mean-net-ci = rata-rata bersih { $mean } (CI 95% { $low }…{ $high })
stats-calls =
    { $n ->
       *[other] { $count } sinyal
    }
stats-results =
    { $nWins ->
       *[other] { $wins } win
    }, { $nStops ->
       *[other] { $stops } stop
    }, { $expired } kedaluwarsa
stats-line = { $winRate } · { $meanNet } dari { $calls }

## Chart
chart-caption = { $title } · sinyal paper trading, bukan nasihat keuangan
chart-subtitle = { $count } candle { $timeframe } hingga { $time }

## Alert dan hasilnya
signal-new-buy = Sinyal beli baru
signal-new-sell = Sinyal jual baru
outcome-tp1 = ✅ TP1 tercapai
outcome-tp2 = ✅ TP1 tercapai (harga lanjut sampai TP2)
outcome-tp3 = 🎯 TP1 tercapai (harga lanjut sampai TP3)
outcome-sl = 🛑 Kena stop loss
outcome-expired = ⌛ Kedaluwarsa
outcome-exit-stop = ditutup di stop loss
outcome-exit-tp1 = ditutup di TP1
outcome-exit-expiry = ditutup di harga close terakhir horizonnya
outcome-candles =
    { $n ->
       *[other] { $count } candle
    }
outcome-paper-trade = Paper trade { $exit } <code>{ $price }</code> setelah { $candles }: <b>{ $return }</b> setelah biaya.

## Seberapa jarang alert datang (/subscribe, /alerts)
rarity-no-model = Belum ada model { $timeframe } yang dimuat, jadi alert { $timeframe } tidak akan datang sampai ada; /model menjelaskan sebabnya.
rarity-bar = Alert { $timeframe } butuh keyakinan model ≥ { $threshold } ({ $source })
rarity-source-card = ambang di kartu modelnya
rarity-source-default = default bot; kartunya tidak menyebut ambang
rarity-got-there = mencapainya
rarity-reached = mencapai { $from }
rarity-unsplit = rentang di kartu tidak terbagi di { $threshold }
rarity-share-tiny = di bawah { $min }
rarity-counts = { $reached } dari { $total }
rarity-share = { $share } sinyal { $got } ({ $counts })
rarity-too-few = terlalu sedikit sinyal untuk diandalkan
rarity-tp1-hit = TP1 kena { $rate }
rarity-bar-only = { $bar }.
rarity-none-reached = { $bar }: dalam uji walk-forward, tak satu pun dari { $total } sinyal { $got }{ $unsplit }.
rarity-with-stats = { $bar }: dalam uji walk-forward, { $share }; { $stats }{ $few }.
rarity-with-hits = { $bar }: dalam uji walk-forward, { $share }{ $hit }.
