# Menu perintah (setMyCommands) dan /help: satu baris per perintah.
command-start = Apa yang dilakukan bot ini
command-help = Daftar perintah
command-predict = Sinyal ML untuk satu pair, mis. /predict BTC 1h
command-risk = Skor risiko 0–100 untuk satu pair, mis. /risk BTC
command-status = Mood bot, kondisi pasar, dan keputusan policy
command-subscribe = Dapatkan alert saat sebuah pair memberi sinyal, mis. /subscribe BTC ETH 1h
command-unsubscribe = Hentikan alert untuk pair tertentu, atau semuanya
command-alerts = Alert di chat ini; bisukan atau aktifkan sinyal, hasil, dan ringkasan harian
command-language = Pilih bahasa bot di chat ini
command-performance = Hasil alert: menang, kena stop, win rate vs titik impas, dan P&L selama 7, 30, dan 90 hari
command-model = Model yang aktif, dengan angka uji walk-forward-nya
command-health = Uptime, bursa, cache candle, dan waktu respons
command-reload = Muat ulang folder model tanpa restart
command-sweep = Jalankan sweep alert dan job hasil sekarang

help-title = Perintah
help-footer = Timeframe: { $timeframes }. Simbol: BTC, ethusdt, SOL/USDT, dan sebagainya.
start-greeting = Halo! Saya menghitung sinyal trading berbasis machine learning untuk pair kripto.
start-try = Coba <code>/predict BTC 1h</code>.
start-disclaimer = <i>Sinyal paper trading, bukan nasihat keuangan.</i>
