# Balasan laporan: /risk, /status, /model, /health, /performance, ringkasan harian, /sweep, /reload.
# Angka, harga, dan tanggal sudah diformat; angka seperti $count hanya memilih bentuk jamak.

## Bersama
days-period = { $count ->
   *[other] { $n } hari
}
# $kind: kategori ordinal peringkat (selalu other dalam bahasa Indonesia).
percentile-rank = { $kind ->
   *[other] persentil ke-{ $n }
}
disclaimer-paper-signals = <i>Sinyal paper trading, bukan nasihat keuangan.</i>
disclaimer-paper-trading = <i>Paper trading, bukan nasihat keuangan.</i>

## /risk
risk-title = { $mark } <b>{ $symbol } · risiko { $score }/100 · { $level }</b>
risk-level-low = rendah
risk-level-medium = sedang
risk-level-high = tinggi
risk-level-extreme = ekstrem
risk-factor-volatility = Volatilitas
risk-factor-swings = Ayunan harga
risk-factor-volume_volatility = Volatilitas volume
risk-factor-trend_strength = Kekuatan tren
risk-value-volatility = { $value } per hari
risk-value-swings = rentang per jam { $value }
risk-value-volume_volatility = variasi { $value }
risk-value-trend_strength = ADX { $value }
risk-factor-line = <b>{ $label }</b>: { $value } · sub-skor { $subScore }/100 · bobot { $weight }% · { $percentile } dari { $period } terakhir
risk-warning-unusual = ⚠️ { $label } masuk { $top }% tertinggi dalam { $period } terakhir pair ini.
risk-warning-short-history = ℹ️ Riwayat pair ini baru { $period }, jadi persentilnya sendiri masih kasar.
risk-footer = <i>Sub-skor adalah persentil terhadap riwayat { $timeframe } dari { $pairs } pair ({ $from } s.d. { $to }). Dibaca pada candle { $timeframe } { $time }. Bukan nasihat keuangan.</i>

## /status
status-mood = { $mark } <b>Mood: { $score }/100 · { $label }</b>
mood-tense = tegang
mood-cautious = waspada
mood-steady = stabil
mood-upbeat = optimis
status-analysis = { $symbol } sedang { $state } (volatilitas { $volatility } per hari, { $volatilityPercentile } dari { $period } terakhir) dengan volume { $volume } ({ $quoteVolume } { $quote } dalam 24 jam, { $volumePercentile }).
volatility-calm = tenang
volatility-usual = bergerak seperti biasa
volatility-turbulent = bergejolak
volume-thin = tipis
volume-usual = normal
volume-heavy = besar
status-record-none = <i>Catatan paper trading: belum dimulai — alert akan mengisinya (P&amp;L, win rate, trade dalam satu jam terakhir). Sampai saat itu mood hanya membaca pasar.</i>
status-record = Paper trading, { $days } hari terakhir: { $closed } ditutup, win rate { $winRate }, P&amp;L { $pnl } · { $opened } dibuka dalam satu jam terakhir.
status-policy-title = <b>Policy · { $pair }</b>
status-price = Harga: <code>{ $price }</code> (close { $timeframe } pada { $time })
status-policy-missing = Model policy belum dimuat, jadi belum ada keputusan { $calls }.
status-policy-failed = Policy tidak bisa membaca pasar barusan, jadi belum ada keputusan { $calls }; coba lagi sebentar lagi.

## Policy, di /status dan /model
side-short = short
side-flat = flat
side-long = long
policy-stay-flat = tetap flat
policy-keep = pertahankan posisi { $side }
policy-open = buka posisi { $side }
policy-close = tutup posisi { $side }
policy-call = Keputusan: <b>{ $action }</b> { $probability } — { $meaning } (posisi paper: { $position }) · { $others }
policy-figures = { $policy } (Sharpe { $policySharpe }) vs buy-and-hold { $hold } (Sharpe { $holdSharpe }), selalu flat { $flat }
policy-sharpes = Sharpe { $policy } vs { $hold }
policy-verdict-beats = Pada data yang belum pernah dilihatnya, policy ini mengalahkan sekadar hold ({ $sharpes }) dan tetap flat — baru satu blok uji, jadi ini bukti awal, bukan jaminan.
policy-worse-holding = sekadar hold ({ $sharpes })
policy-worse-flat = tetap flat ({ $return } vs 0%)
policy-verdict-worse = Pada data yang belum pernah dilihatnya, policy ini lebih buruk daripada { $worse }: anggap keputusannya sebagai eksperimen.
policy-verdict-worse-both = Pada data yang belum pernah dilihatnya, policy ini lebih buruk daripada { $first } dan daripada { $second }: anggap keputusannya sebagai eksperimen.
policy-no-record = belum punya catatan sendiri pada data yang belum pernah dilihatnya (dilatih sebelum policy menyisihkan blok uji): anggap keputusannya sebagai eksperimen.
policy-test-block = pada blok ujinya { $from } → { $to }, setelah biaya: { $figures }
policy-own-record = Catatan sendiri: { $figures }
policy-model-line = Model <code>{ $version }</code> ({ $timeframe }) · { $figures }

## /model
models-title = <b>Model</b> · { $loaded } dimuat, { $refused } ditolak
models-none = Belum ada model yang dimuat, jadi /predict tidak bisa menjawab.
models-refused-title = <b>Ditolak</b>
models-pooled = gabungan
models-for = untuk { $symbol }
models-card-line = { $scope } · feature set { $featureSet } · sha256 <code>{ $sha }</code>
models-policy-title = <b>Policy { $timeframe }</b> · <code>{ $version }</code>
models-policy-line = feature set { $featureSet } · sha256 <code>{ $sha }</code>
models-walk-forward = Walk-forward: { $parts }
models-walk-forward-none = Walk-forward: tidak ada angka di metadatanya
models-log-loss = log-loss { $logLoss }
models-log-loss-baseline = log-loss { $logLoss } vs baseline { $baseline }
models-balanced-accuracy = balanced accuracy { $share }
models-hit-rate = hit rate { $share }
models-hit-rate-of = hit rate { $share } dari { $count } sinyal
models-all-calls = Semua sinyal: { $stats }
models-at-threshold = Pada ambang alert { $threshold }: { $stats }
models-footer = <i>Walk-forward: diuji pada data setelah periode training, tidak pernah dengan split acak. Baseline: selalu menebak proporsi tiap kelas. Win rate: menang (TP1 sebelum stop) / (menang + stop) dari sinyal LONG/SHORT, dibandingkan win rate titik impas setelah biaya; mean net: setiap sinyal setelah biaya, dengan interval 95% per hari. Kartu lama memberi hit rate: sinyal yang mencapai TP1 sebelum stop, dari semua sinyal.</i>

## /health
health-title = <b>Kesehatan</b>
health-uptime = Uptime: { $elapsed }
health-exchange-reachable = ✅ Bursa: terhubung, menjawab dalam { $ms } ms
health-exchange-unreachable = ⚠️ Bursa: tidak terhubung ({ $why })
health-exchange-timeout = tidak ada jawaban dalam { $ms } ms
health-exchange-failed = permintaan gagal
health-cache-empty = Cache candle: kosong
health-cache = Cache candle: entri tertua berumur { $age }
health-answers = Waktu respons: p50 ≈ { $p50 } ms · p95 ≈ { $p95 } ms dari { $count } update sejak start
health-answers-none = Waktu respons: belum ada yang tercatat
elapsed-seconds = { $s } dtk
elapsed-minutes = { $m } mnt { $s } dtk
elapsed-hours = { $h } jam { $m } mnt
elapsed-days = { $d } hari { $h } jam

## /performance
performance-title = 📊 <b>Performa</b> · { $scope }
performance-scope-all = alert di semua timeframe
performance-scope-timeframe = alert { $timeframe }
performance-rules = <i>Setiap alert adalah paper trade satu unit: menang ditutup di TP1 (tercapai sebelum stop), stop ditutup di stop (candle yang menyentuh keduanya dihitung stop), dan yang tidak mencapai keduanya kedaluwarsa di close terakhir horizonnya. Win rate = menang / (menang + stop), dibandingkan win rate titik impas setelah biaya { $fee } per sisi. Mean net: setiap trade yang selesai setelah biaya, dengan interval 95% per hari.</i>
performance-window = <b>{ $days } hari terakhir</b>
performance-no-signals = Tidak ada sinyal alert.
performance-totals = Sinyal { $signals } · selesai { $resolved } · P&amp;L { $pnl }
performance-totals-counts = Sinyal { $signals } · selesai { $resolved } · { $counts } · P&amp;L { $pnl }
performance-by-timeframe = Per timeframe:
performance-by-confidence = Per tingkat keyakinan:
performance-only-pair = Satu-satunya pair yang selesai: { $pair }
performance-best-worst = Terbaik { $best } · terburuk { $worst }
performance-mood = Mood { $last }
performance-mood-moves = Mood { $first } → { $last } (terendah { $low }, tertinggi { $high }, { $changes })
performance-changes = { $count ->
   *[other] { $n } perubahan
}

## Ringkasan harian
digest-title = 📰 <b>Ringkasan harian</b> · 24 jam hingga { $time }
digest-no-alerts = Tidak ada alert untuk pair kamu.
digest-alerts = <b>Alert</b>: { $count }
digest-more = … dan { $count } lainnya
digest-no-outcomes = Belum ada hasil yang selesai.
digest-outcomes = <b>Hasil</b>: { $resolved } selesai · { $winRate } · P&amp;L { $pnl } setelah biaya
digest-footer = <i>Paper trading, bukan nasihat keuangan. Bisukan ringkasan ini lewat /alerts.</i>

## /sweep (admin)
sweep-title = 🧹 <b>Sweep selesai</b>
sweep-timeframe = <b>{ $timeframe }</b>: { $pairs } pair · { $alerts } alert baru · { $failed } gagal
sweep-alert = • { $symbol } { $direction } { $confidence } → { $chats } chat
sweep-outcomes = <b>Hasil</b>: { $resolved } selesai · { $open } masih terbuka · { $failed } gagal

## /reload (admin)
reload-refused = ⛔ <b>Reload ditolak</b>: model yang dimuat sebelumnya tetap melayani.
reload-still-serving = Masih melayani:
reload-done = ✅ <b>Model dimuat ulang.</b> Sekarang melayani:
reload-refused-files = Ditolak (sebelumnya juga tidak melayani):
reload-none = • tidak ada
