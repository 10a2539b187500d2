# Error, input yang salah, akses, pengaturan alert, dan bahasa chat.

## Apa yang salah (bot/userErrors.ts)
error-unknown-symbol-suggest = Simbol <b>{ $symbol }</b> tidak dikenal. Maksudnya { $suggestions }?
error-unknown-symbol = Simbol <b>{ $symbol }</b> tidak dikenal. Cek ejaannya — contoh <code>/predict BTC 1h</code>.
error-invalid-symbol = "{ $input }" bukan simbol. Ketik koin seperti BTC atau pair seperti ETH/USDT.
error-unknown-timeframe = Timeframe "{ $input }" tidak dikenal. Pakai salah satu dari { $timeframes }.
error-bad-candles = Candle { $symbol } { $timeframe } dari bursa sedang tidak wajar ({ $reason }), jadi tidak ada sinyal dari situ. Coba lagi beberapa menit lagi.
error-market-data = Data pasar sedang tidak tersedia. Coba lagi sebentar lagi.
error-not-enough-candles = Riwayat { $timeframe } untuk pair ini belum cukup. Coba timeframe yang lebih pendek.
error-model-output = Jawaban model untuk pair ini tidak masuk akal, jadi tidak ada sinyal. Coba timeframe lain.
error-model-unavailable = Belum ada model untuk timeframe ini. Coba timeframe lain.
error-risk-unavailable = Skor risiko sedang tidak tersedia. /predict tetap bisa dipakai.
error-generic = Maaf, ada masalah di sisi kami. Coba lagi nanti.

## Input yang tidak bisa dilayani (BadInputError dari parser)
input-too-long = Terlalu panjang untuk sebuah perintah. Ketik { $usage } — contoh { $example }.
input-which-pair = Pair yang mana? Ketik { $usage } — contoh { $example }.
input-which-pairs = Pair yang mana saja? Ketik { $usage } — contoh { $example }.
input-too-many-words = Terlalu banyak kata setelah /{ $command }: "{ $input }". Ketik { $usage } — contoh { $example }.
input-which-timeframe-why = Timeframe mana yang perlu dijelaskan? Ketik misalnya { $example }.
input-unknown-timeframe = Timeframe "{ $input }" tidak dikenal. Pakai salah satu dari { $timeframes } — contoh { $example }.
input-not-symbol = "{ $input }" bukan simbol: { $reason }. Ketik koin seperti BTC atau pair seperti ETH/USDT — contoh { $example }.
input-not-symbols = "{ $input }" bukan simbol: { $reason }. Ketik koin seperti BTC ETH atau pair seperti SOL/USDT — contoh { $example }.
input-risk-no-timeframe = Risiko selalu dibaca dari candle { $timeframe }, jadi tidak perlu timeframe. Ketik { $example }.
input-one-timeframe-at-most = /{ $command } menerima paling banyak satu timeframe — contoh { $example }, atau <code>/{ $command }</code> saja.
input-one-timeframe-per-command = Satu timeframe per perintah ya: kamu mengetik { $typed }. Kirim /{ $command } sekali untuk tiap timeframe — contoh { $example }.
input-unsubscribe-all-alone = Untuk menghentikan semua alert, ketik <code>/unsubscribe all</code> saja.
input-name-pairs = Sebutkan pair yang mau diikuti — contoh { $example }.
input-too-many-pairs = Maksimal { $max } pair per perintah; kamu menyebut { $count }. Kirim sisanya lewat /{ $command } berikutnya.
input-status-takes-nothing = /status tidak butuh apa-apa setelahnya — ketik <code>/status</code> saja. Untuk satu pair, ketik <code>/predict SYMBOL</code> atau <code>/risk SYMBOL</code>.
input-reload-takes-nothing = /reload tidak butuh apa-apa setelahnya — ketik <code>/reload</code> saja untuk memuat ulang folder model.

## Siapa boleh apa
slow-down = Pelan-pelan dulu — coba lagi dalam { $seconds } detik.
access-admins-only = Perintah ini khusus admin.
access-private-bot = Maaf, ini bot privat dan tidak melayani chat ini. Kalau kamu kenal pemiliknya, kirimkan ID chat kamu: <code>{ $chatId }</code>.
access-private-bot-short = Maaf, ini bot privat.
group-admins-only-alerts = Hanya admin grup ini yang bisa mengubah alert-nya.
group-admins-only-language = Hanya admin grup ini yang bisa mengubah bahasanya.
fallback-unknown-command = Perintah "{ $command }" tidak dikenal. /help menampilkan daftar perintah.
fallback-hint = Kirim sebuah perintah — contoh <code>/predict BTC 1h</code>. /help menampilkan semuanya.
button-inactive = Tombol ini sudah tidak aktif.

## /subscribe dan /unsubscribe
subscribe-added = Berlangganan { $list }.
subscribe-already = Sudah berlangganan { $list }.
subscribe-over-limit = Tidak ditambahkan, karena satu chat maksimal mengikuti { $max }: { $list }. Hapus beberapa dulu dengan /unsubscribe.
subscribe-unknown-suggest = Simbol <b>{ $symbol }</b> tidak dikenal: maksudnya { $suggestions }?
subscribe-unknown = Simbol <b>{ $symbol }</b> tidak dikenal: cek ejaannya, mis. BTC atau ETH/USDT.
subscribe-signals-muted = Pesan sinyal dibisukan di chat ini: aktifkan lagi di /alerts.
subscribe-will-notify = Kamu akan dapat pesan saat candle yang sudah close memberi sinyal. /alerts menampilkan daftarnya.
unsubscribe-all = Semua alert di chat ini dihentikan ({ $count } dihapus).
unsubscribe-none = Chat ini tidak punya alert.
unsubscribe-removed = Berhenti berlangganan { $list }.
unsubscribe-missed = Chat ini tidak berlangganan { $symbols }. /alerts menampilkan alert-nya.
unsubscribe-missed-on = Chat ini tidak berlangganan { $symbols } di { $timeframe }. /alerts menampilkan alert-nya.

## /alerts dan tombol bisukan
alerts-title = Alert di chat ini
alerts-none = Belum ada alert. Berlangganan dengan <code>/subscribe BTC ETH 1h</code>.
alerts-kind-signals = Sinyal
alerts-kind-outcomes = Hasil
alerts-kind-digest = Ringkasan harian
alerts-kind-on = { $kind }: aktif
alerts-kind-muted = { $kind }: dibisukan
alerts-hint = Ketuk tombol untuk membisukan atau mengaktifkan satu jenis pesan. /unsubscribe SYMBOL atau /unsubscribe all menghentikan alert.
alerts-mute = Bisukan { $kind }
alerts-unmute = Aktifkan { $kind }
alerts-muted-now = { $kind } dibisukan.
alerts-on-again = { $kind } aktif lagi.
alerts-button-outdated = Tombol ini sudah kedaluwarsa. Kirim /alerts lagi.

## /language
language-choose = <b>Bahasa</b>
    Chat ini membaca bot dalam { $language }. Ketuk tombol untuk menggantinya.
language-chosen = Chat ini sekarang membaca bot dalam { $language }.
