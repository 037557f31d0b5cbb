package messages

// japanese is the Japanese catalog.
var japanese = Catalog{
	Lang:      "ja",
	Name:      "日本語",
	LangNames: map[string]string{"en": "英語"},

	Who: map[Who]string{
		UserPC:      "ユーザーの PC",
		Helpdesk:    "ヘルプデスク",
		ServerOwner: "サーバー / 証明書の管理者",
	},
	Flags:        jaFlags,
	FirstChecks:  jaFirstChecks,
	Resolutions:  jaResolutions,
	ZeroCode:     jaZeroCode,
	Win32Misread: jaWin32Misread,
	Families:     jaFamilies,
	NearMisses:   jaNearMisses,
	Warnings:     jaWarnings,
	Errors:       jaErrors,
	UI:           jaUI,
	Cert:         jaCert, // in cert_ja.go
}

// Places and commands that several Japanese steps share.
const (
	jaWhereProxySettings = "Outlook: ファイル > アカウント設定 > アカウント設定 > (Exchange アカウント) > 変更 > 詳細設定 > 接続 > Exchange プロキシ設定"
	jaWhereBrowser       = "ユーザーの PC: Microsoft Edge または Google Chrome"
	jaWherePS            = "ユーザーの PC: Windows PowerShell"
	jaWhereAdminPS       = "ユーザーの PC: Windows PowerShell (管理者として実行)"
	jaWhereAdminCmd      = "ユーザーの PC: コマンド プロンプト (管理者として実行)"
	jaWhereCmd           = "ユーザーの PC: コマンド プロンプト"
	jaWhereEMS           = "Exchange 管理シェル"
	jaWhereGPO           = "グループ ポリシー管理エディター: コンピューターの構成 > ポリシー > Windows の設定 > セキュリティの設定 > 公開キーのポリシー > 信頼されたルート証明機関"
	jaWhereAddins        = "Outlook: ファイル > オプション > アドイン > 管理: COM アドイン > 設定"
	jaWhereRun           = "ユーザーの PC: Windows キー + R (ファイル名を指定して実行)"
	jaWhereWinProxy      = "Windows: 設定 > ネットワークとインターネット > プロキシ"
	jaWhereClock         = "Windows: 設定 > 時刻と言語 > 日付と時刻"
	jaWhereServerCmd     = "Exchange サーバー: コマンド プロンプト (管理者として実行)"
	jaWhereServerCerts   = "Exchange サーバー: 証明書スナップイン (certlm.msc) > 中間証明機関 > 証明書"
	jaWhereServerPS      = "Exchange サーバー: Windows PowerShell (管理者として実行)"
	jaWhereMiddlebox     = "プロキシ / ロード バランサー / TLS インスペクション機器の管理画面"

	// jaCmdShowCert prints the certificate {server}:443 presents even when
	// it is broken: the validation callback accepts everything, so nothing
	// is trusted by it, it only reads. It also saves the certificate as
	// server.cer in the current folder for certutil.
	jaCmdShowCert   = `$h='{server}';$t=New-Object Net.Sockets.TcpClient($h,443);$s=New-Object Net.Security.SslStream($t.GetStream(),$false,([Net.Security.RemoteCertificateValidationCallback]{$true}));$s.AuthenticateAsClient($h,$null,'Tls12,Tls11,Tls',$false);$c=New-Object Security.Cryptography.X509Certificates.X509Certificate2($s.RemoteCertificate);$c|fl Subject,Issuer,NotBefore,NotAfter,Thumbprint,@{Label='SAN';Expression={($_.Extensions|?{$_.Oid.Value -eq '2.5.29.17'}).Format($false)}};[IO.File]::WriteAllBytes("$PWD\server.cer",$c.RawData);$s.Dispose();$t.Close()`
	jaCmdGetCert    = "Get-ExchangeCertificate | fl Thumbprint,Subject,CertificateDomains,NotAfter,Services"
	jaCmdEnableCert = "Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS"
	jaCmdVerify     = "certutil -urlfetch -verify server.cer"
	jaCmdImportCert = `Import-ExchangeCertificate -Server EXCH01 -FileData ([System.IO.File]::ReadAllBytes('\\FileServer01\Data\mail.contoso.com.cer'))`
	jaCmdRequest    = `New-ExchangeCertificate -GenerateRequest -RequestFile "\\FileServer01\Data\mail.contoso.com.req" -SubjectName "C=JP, O=Contoso, CN=mail.contoso.com" -DomainName mail.contoso.com,autodiscover.contoso.com -KeySize 2048`
	jaCmdSSLCert    = "netsh http show sslcert ipport=0.0.0.0:443"
	jaCmdWinHTTP    = "netsh winhttp show proxy"
	jaCmdRootImport = `Import-Certificate -FilePath root.cer -CertStoreLocation Cert:\LocalMachine\Root`
	jaCmdCAImport   = `Import-Certificate -FilePath intermediate.cer -CertStoreLocation Cert:\LocalMachine\CA`
	jaCmdOA         = `Set-OutlookAnywhere -Identity "EXCH01\Rpc (Default Web Site)" -ExternalHostname mail.contoso.com -ExternalClientsRequireSsl $true -InternalHostname mail.contoso.com -InternalClientsRequireSsl $true`
	jaCmdGetCPN     = "Get-OutlookProvider EXPR | fl Name,CertPrincipalName"
	jaCmdSetCPN     = `Set-OutlookProvider EXPR -CertPrincipalName "msstd:*.contoso.com"`
)

var jaFirstChecks = []Step{{
	Who:   Helpdesk,
	Title: "Outlook Anywhere を使っているか確かめ、プロキシの URL を控える",
	Where: jaWhereProxySettings,
	Do:    "「HTTP を使用して Microsoft Exchange に接続する」がオンで、Exchange プロキシ設定の URL 欄が {server} になっているかを確認します。オフならこの接続は Outlook Anywhere (RPC over HTTP) ではなく、このダイアログの解説は当てはまりません。同じ画面の msstd: で始まる主体名 (プリンシパル名) の値も控えておきます。",
}, {
	Who:   UserPC,
	Title: "ブラウザーで rpcproxy.dll を開き、証明書を読む",
	Where: jaWhereBrowser,
	Do:    "アドレス バーに https://{server}/rpc/rpcproxy.dll と入力して開きます。認証画面や空白のページが出るのは正常です。証明書の警告が出たら、その文面が原因の手掛かりになります。アドレス バー左端のアイコン (鍵または「セキュリティ保護なし」) から証明書ビューアーを開き、発行先、サブジェクト代替名、有効期間、発行者と証明書の階層 (ルートまでのチェーン) を控えます。",
}, {
	Who:     Helpdesk,
	Title:   "PowerShell で証明書を表示し、server.cer に保存する",
	Where:   jaWherePS,
	Do:      "ブラウザーで見られないときは、次の 1 行で {server}:443 が実際に提示している証明書を表示します。検証をすべて通すので、壊れた証明書でも中身が読めます (読むだけで、信頼はしません)。Subject、Issuer、有効期間 (NotBefore / NotAfter)、Thumbprint、サブジェクト代替名 (SAN) が出力され、同じフォルダーに server.cer が保存されます。",
	Command: jaCmdShowCert,
}, {
	Who:     Helpdesk,
	Title:   "Windows と WinHTTP のプロキシ設定を確認する",
	Where:   jaWhereWinProxy + "、およびコマンド プロンプト",
	Do:      "Outlook は Windows (旧 Internet Explorer) のプロキシ設定に従って接続します。想定外のプロキシが設定されていないか、{server} がプロキシの例外に入っているかを確認します。あわせて WinHTTP のプロキシ (失効確認などが使う) も表示します。ブラウザーや PowerShell で見た発行者がプロキシやセキュリティ製品の CA なら、TLS インスペクションが証明書を差し替えています。",
	Command: jaCmdWinHTTP,
}, {
	Who:     UserPC,
	Title:   "PC の日付・時刻・タイム ゾーンを確認する",
	Where:   jaWhereClock + "、およびコマンド プロンプト",
	Do:      "PC の日付・時刻とタイム ゾーン ((UTC+09:00) 大阪、札幌、東京 など) が正しいかを確認します。時計が大きくずれていると、正しい証明書でも有効期間外と判定されます。同期の状態はコマンドでも確かめられます。",
	Command: "w32tm /query /status",
}}

var jaFlags = map[uint32]FlagText{
	0x1: {
		Title:   "失効確認ができない",
		Meaning: "証明書 (またはチェーン上の中間 CA 証明書) が失効していないかを確かめようとしましたが、CRL 配布ポイントや OCSP に届かず、結果が得られませんでした。失効しているという意味ではなく、「確認できなかった」という意味です。CryptoAPI では CRYPT_E_REVOCATION_OFFLINE (0x80092013)、チェーンの状態では CERT_TRUST_REVOCATION_STATUS_UNKNOWN と CERT_TRUST_IS_OFFLINE_REVOCATION に当たります。",
		Causes: []string{
			"ファイアウォールやプロキシが、PC から証明書の CRL / OCSP の URL (多くは http:// の 80 番) への通信を止めている",
			"失効確認は WinHTTP のプロキシ設定で通信するため、ブラウザーは通れても CRL の取得だけが失敗している (WinHTTP のプロキシ未設定、認証が必要なプロキシ)",
			"社内 CA の CRL の有効期限が切れている、または社外の PC から届かない場所 (ldap:// や社内だけの http://) にしか公開されていない",
			"VPN 接続前の PC や閉域網など、CRL の公開先に出られない環境から接続している",
		},
		Fixes: []Step{{
			Who:     Helpdesk,
			Title:   "どの CRL / OCSP の URL に届かないかを調べる",
			Where:   jaWhereCmd,
			Do:      "「まず確認すること」の PowerShell の 1 行で保存した server.cer を検証し、どの CRL / OCSP の URL で取得に失敗しているかを出力の「CRL 配布ポイント」「AIA」「OCSP」の欄で確かめます。",
			Command: jaCmdVerify,
		}, {
			Who:     Helpdesk,
			Title:   "WinHTTP にもプロキシを設定する",
			Where:   jaWhereAdminCmd,
			Do:      "「まず確認すること」で表示した WinHTTP のプロキシが「直接アクセス」なのに、インターネットへ直接出られないネットワークなら、CRL を取りに行けるよう WinHTTP にもプロキシを設定します (プロキシ名と例外は環境に合わせて変えてください)。",
			Command: `netsh winhttp set proxy proxy-server="proxy.contoso.com:8080" bypass-list="<local>;*.contoso.com"`,
		}, {
			Who:   ServerOwner,
			Title: "CRL / OCSP のホストへの通信を許可する",
			Where: jaWhereMiddlebox,
			Do:    "証明書に書かれた CRL / OCSP のホストへの HTTP 通信を、認証なしで許可します。パブリック CA なら CA が公開しているホスト名の一覧を許可リストに加えます。",
		}, {
			Who:     ServerOwner,
			Title:   "社内 CA の CRL を PC から届く場所に公開する",
			Where:   "社内 CA のサーバー: コマンド プロンプト (管理者として実行)",
			Do:      "社内 CA の証明書なら、CRL を PC から届く http:// の場所に公開し、期限が切れる前に更新されているかを確認します。次のコマンドで新しい CRL をすぐに発行できます。",
			Command: "certutil -crl",
		}},
	},
	0x2: {
		Title:   "証明書そのものが無効",
		Meaning: "名前・有効期間・発行元以外の点で、証明書またはチェーンが正しくありません。形式の誤り、Windows が解釈できない「重要」な拡張、基本制約や名前制約への違反、署名の不一致、チェーンが組み立てられない、などです。CryptoAPI では CERT_E_MALFORMED、CERT_E_CRITICAL、CERT_E_CHAINING、TRUST_E_CERT_SIGNATURE などに当たります。",
		Causes: []string{
			"サーバーに中間 CA 証明書が入っておらず、PC 側でも取得できないため、チェーンがルートまでつながらない",
			"自作の CA や OpenSSL で手作りした証明書で、拡張 (基本制約、名前制約、重要フラグ) の指定が誤っている",
			"署名が壊れている、または Windows が拒否する古いアルゴリズムや短い鍵 (MD5、1024 ビット未満の RSA など) を使っている",
			"ロード バランサーやリバース プロキシに、証明書が不完全な形で取り込まれている",
		},
		Fixes: []Step{{
			Who:     Helpdesk,
			Title:   "server.cer を検証し、エラー名を確かめる",
			Where:   jaWhereCmd,
			Do:      "server.cer を検証し、出力の最後に出るエラー名で何が無効なのかを特定します。",
			Command: jaCmdVerify,
		}, {
			Who:     ServerOwner,
			Title:   "中間 CA 証明書をサーバーに入れる",
			Where:   jaWhereServerPS,
			Do:      "各 Exchange サーバー (と TLS を終端するロード バランサー) に、発行元の中間 CA 証明書を「中間証明機関」ストアへ入れ、サーバーがチェーン全体を送れるようにします。",
			Command: jaCmdCAImport,
		}, {
			Who:     ServerOwner,
			Title:   "再発行のため証明書の要求を作成する",
			Where:   jaWhereEMS,
			Do:      "証明書自体に問題があるときは、標準的な設定 (SHA-256、2048 ビット以上の RSA) で再発行します。まず証明書の要求を作成し、CA に提出します。",
			Command: jaCmdRequest,
		}, {
			Who:     ServerOwner,
			Title:   "発行された証明書を取り込む",
			Where:   jaWhereEMS,
			Do:      "CA から発行された証明書を取り込みます。出力に表示される拇印 (Thumbprint) を控えておきます。",
			Command: jaCmdImportCert,
		}, {
			Who:     ServerOwner,
			Title:   "取り込んだ証明書を IIS に割り当てる",
			Where:   jaWhereEMS,
			Do:      "取り込んだ証明書を IIS 用に有効にします。<thumbprint> は前の手順で表示された拇印に置き換えます。",
			Command: jaCmdEnableCert,
		}},
	},
	0x4: {
		Title:   "証明書が失効している",
		Meaning: "発行元の CA がこの証明書 (またはチェーン上の中間 CA 証明書) を失効させており、CRL または OCSP がそれを返しました。CryptoAPI では CRYPT_E_REVOKED (0x80092010)、チェーンの状態では CERT_TRUST_IS_REVOKED に当たります。",
		Causes: []string{
			"証明書を再発行 (名前の追加、鍵の更新) して古い証明書を失効させたのに、一部のサーバーやロード バランサーがまだ古い証明書を提示している",
			"秘密キーの漏えいの疑いなどで、CA が証明書を失効させた",
			"中間 CA 証明書が失効・差し替えになり、サーバーに古い中間証明書が残っている",
			"社内 CA で誤って失効させた",
		},
		Fixes: []Step{{
			Who:     ServerOwner,
			Title:   "PC が受け取った証明書がどこで使われているか探す",
			Where:   jaWhereEMS,
			Do:      "{server} に応答するすべての Exchange サーバーで証明書の一覧を表示し、「まず確認すること」で PC が受け取った証明書の拇印 (Thumbprint) の証明書がどこで使われているかを探します。",
			Command: jaCmdGetCert,
		}, {
			Who:     ServerOwner,
			Title:   "新しい鍵で証明書を取得し、IIS に割り当てる",
			Where:   jaWhereEMS,
			Do:      "新しい鍵で証明書を取得して取り込み、{server} に応答するすべてのサーバーで IIS に割り当てます。",
			Command: jaCmdEnableCert,
		}, {
			Who:     ServerOwner,
			Title:   "IIS と前段の機器が新しい証明書を使っているか確かめる",
			Where:   jaWhereServerCmd,
			Do:      "IIS の 443 番の割り当て (証明書ハッシュ) が新しい拇印になっているかを確認します。ロード バランサーやリバース プロキシで TLS を終端している場合は、そちらの証明書も差し替えます。",
			Command: jaCmdSSLCert,
		}, {
			Who:     ServerOwner,
			Title:   "失効した古い証明書を削除する",
			Where:   jaWhereEMS,
			Do:      "どこにも使われていないことを確かめてから、失効した古い証明書を削除し、誤って再び割り当てられないようにします。",
			Command: "Remove-ExchangeCertificate -Thumbprint <old thumbprint>",
		}},
	},
	0x8: {
		Title:   "発行元 (証明機関) を信頼できない",
		Meaning: "証明書のチェーンをたどった先のルート証明書が、この PC の「信頼されたルート証明機関」にありません。自己署名証明書や、ルートまでたどれない (中間証明書が欠けた) チェーンも含みます。CryptoAPI では CERT_E_UNTRUSTEDROOT (0x800B0109)、Schannel では SEC_E_UNTRUSTED_ROOT (0x80090325)、チェーンの状態では CERT_TRUST_IS_UNTRUSTED_ROOT や CERT_TRUST_IS_PARTIAL_CHAIN に当たります。",
		Causes: []string{
			"Exchange のインストール時に作られた自己署名証明書を、そのまま Outlook Anywhere に使っている",
			"社内 CA (Active Directory 証明書サービスなど) で発行したが、そのルート証明書が配布されていない PC (ドメイン外の PC、私物 PC、キッティング直後の PC) から接続している",
			"サーバーが中間 CA 証明書を送っておらず、PC 側でも取得できない",
			"プロキシやセキュリティ製品の TLS インスペクションが証明書を差し替えている (発行者がその製品の CA になる)",
			"インターネットに出られない PC で、ルート証明書の自動更新が行われていない",
		},
		Fixes: []Step{{
			Who:   Helpdesk,
			Title: "発行者を確かめ、原因の種類を見分ける",
			Where: jaWhereBrowser,
			Do:    "「まず確認すること」でブラウザーや PowerShell に表示された発行者を確かめます。プロキシやセキュリティ製品の名前の CA なら TLS インスペクションが原因なので、下の除外の手順に進みます。社内 CA なら、そのルートが PC に配られているかを確認します。",
		}, {
			Who:     ServerOwner,
			Title:   "パブリック CA の証明書に切り替える",
			Where:   jaWhereEMS,
			Do:      "恒久的には、どの PC でも最初から信頼されているパブリック CA の証明書 ({server} と autodiscover の名前を含むもの) に切り替えるのが確実です。取り込んだ後、IIS に割り当てます。",
			Command: jaCmdEnableCert,
		}, {
			Who:     ServerOwner,
			Title:   "社内 CA のルートをグループ ポリシーで配布する",
			Where:   jaWhereGPO,
			Do:      "社内 CA を使い続ける場合は、ルート証明書をこのポリシーにインポートしてドメインの PC に配布します。PC 側では再起動するか、次のコマンドで反映を早められます。",
			Command: "gpupdate /force",
		}, {
			Who:   Helpdesk,
			Title: "Intune でルート証明書を配布する",
			Where: "Microsoft Intune 管理センター: デバイス > 構成 > 作成 > 新しいポリシー > Windows 10 以降 > テンプレート > 信頼された証明書",
			Do:    "Intune で管理している PC には、ルート証明書 (.cer) を「信頼された証明書」プロファイルで配布し、コンピューターの証明書ストアに入れます。",
		}, {
			Who:     Helpdesk,
			Title:   "管理外の PC にだけ個別にルート証明書を入れる",
			Where:   jaWhereAdminPS,
			Do:      "ドメインにも Intune にも属さない PC だけは、ルート証明書を個別にコンピューターの「信頼されたルート証明機関」へ入れます。ルート証明書は証明書の発行元 (管理者) から正規の経路で受け取り、拇印を照合してから入れてください。",
			Command: jaCmdRootImport,
		}, {
			Who:     ServerOwner,
			Title:   "欠けている中間 CA 証明書をサーバーに入れる",
			Where:   jaWhereServerPS,
			Do:      "中間 CA 証明書が欠けている場合は、各 Exchange サーバー (と TLS を終端する機器) の「中間証明機関」ストアに入れます。",
			Command: jaCmdCAImport,
		}, {
			Who:   ServerOwner,
			Title: "TLS インスペクションの対象から外す",
			Where: jaWhereMiddlebox,
			Do:    "TLS インスペクションが原因なら、{server} (と autodiscover などの Exchange の名前) を検査の対象から除外します。検査用の CA を PC に信頼させる方法もありますが、途中の機器で Outlook の長時間の接続や認証が崩れることがあるため、Exchange への通信は除外するのが確実です。",
		}},
	},
	0x10: {
		Title:   "証明書の名前が接続先と一致しない",
		Meaning: "Outlook が接続したホスト名 (ダイアログに出ているプロキシ サーバー名) が、証明書のサブジェクト代替名 (SAN) の DNS 名にも、(SAN がない場合の) 発行先の共通名 (CN) にもありません。CryptoAPI では CERT_E_CN_NO_MATCH (0x800B010F)、Schannel では SEC_E_WRONG_PRINCIPAL (0x80090322) に当たります。",
		Causes: []string{
			"Outlook Anywhere の ExternalHostname / InternalHostname が、証明書に入っていない名前 (exch01.contoso.local のようなサーバーの FQDN など) を配っている",
			"証明書の SAN に、PC が実際に使う名前 (mail、autodiscover など) が足りない",
			"内部名 (.local など) を使い続けている。パブリック CA は内部名入りの証明書を発行しないため、名前が合わなくなる",
			"DNS やロード バランサーの向き先が、別の証明書を持つ別のサーバーになっている",
			"手動で作った古いプロファイルに、以前のサーバー名が残っている。ワイルドカード証明書 (*.contoso.com) は 1 階層の名前にしか一致しない点にも注意",
		},
		Fixes: []Step{{
			Who:     ServerOwner,
			Title:   "配っているホスト名と証明書の名前を突き合わせる",
			Where:   jaWhereEMS,
			Do:      "Outlook Anywhere が配っているホスト名を表示し、証明書の CertificateDomains (Get-ExchangeCertificate の出力) と突き合わせます。",
			Command: "Get-OutlookAnywhere | fl Identity,InternalHostname,ExternalHostname",
		}, {
			Who:     ServerOwner,
			Title:   "社内と社外で同じ名前を使うようにそろえる",
			Where:   jaWhereEMS,
			Do:      "社内・社外で同じ 1 つの名前 (証明書に入っている名前) を使うように、すべての Exchange サーバーで Outlook Anywhere のホスト名をそろえます。Autodiscover の URL (AutoDiscoverServiceInternalUri) も同じ名前空間にします。",
			Command: jaCmdOA,
		}, {
			Who:     ServerOwner,
			Title:   "スプリット DNS にして内部名をやめる",
			Where:   "DNS サーバー: Windows PowerShell (管理者として実行)",
			Do:      "内部名をやめ、社内 DNS にも外部と同じゾーン (スプリット DNS) を作って、mail.contoso.com が社内では社内の IP アドレスを指すようにします。",
			Command: "Add-DnsServerResourceRecordA -ZoneName contoso.com -Name mail -IPv4Address 10.0.0.10",
		}, {
			Who:     ServerOwner,
			Title:   "必要な名前を含む証明書を取得する",
			Where:   jaWhereEMS,
			Do:      "必要な名前が証明書に足りない場合は、それらを SAN に含む証明書を取得して取り込み、IIS に割り当てます。",
			Command: jaCmdEnableCert,
		}, {
			Who:   Helpdesk,
			Title: "プロファイルの URL と主体名を確かめる",
			Where: jaWhereProxySettings,
			Do:    "サーバー側を直した後も出る場合は、この画面の URL と msstd: の主体名が証明書の名前と合っているかを確認します。古い値が残っていればプロファイルを作り直します (コントロール パネル > メール (Microsoft Outlook) > プロファイルの表示 > 追加)。",
		}},
	},
	0x20: {
		Title:   "証明書の有効期間外",
		Meaning: "PC の現在時刻が、証明書 (またはチェーン上のどれか) の有効期間の開始前か終了後です。証明書が期限切れの場合と、PC の時計がずれている場合の両方があります。CryptoAPI では CERT_E_EXPIRED (0x800B0101)、Schannel では SEC_E_CERT_EXPIRED (0x80090328) に当たります。",
		Causes: []string{
			"サーバー証明書の期限が切れた (更新忘れ)",
			"更新した証明書を取り込んだが IIS に割り当てていない、または一部のサーバーやロード バランサーが古い証明書のまま",
			"期限切れの古い中間 CA 証明書がサーバーに残っていて、チェーンとして送られている",
			"PC の日付・時刻やタイム ゾーンがずれている (ドメイン外の PC、電池切れ、仮想マシンの復元後など)",
			"発行されたばかりで、有効期間の開始 (NotBefore) が PC の時刻よりまだ先",
		},
		Fixes: []Step{{
			Who:     UserPC,
			Title:   "時刻の自動設定とタイム ゾーンを確認する",
			Where:   jaWhereClock + "、およびコマンド プロンプト",
			Do:      "「時刻を自動的に設定する」がオンで、タイム ゾーンが正しいかを確認します。コマンドでは最後に同期した時刻と同期元が確かめられます。",
			Command: "w32tm /query /status",
		}, {
			Who:     Helpdesk,
			Title:   "時刻を同期し直す",
			Where:   jaWhereAdminCmd,
			Do:      "時計がずれていれば、時刻をすぐに同期し直します (ドメインの PC はドメイン コントローラーと同期します)。",
			Command: "w32tm /resync",
		}, {
			Who:     ServerOwner,
			Title:   "証明書の有効期限を確認する",
			Where:   jaWhereEMS,
			Do:      "各サーバーの証明書の有効期限 (NotAfter) と、IIS に割り当てられている証明書 (Services に IIS) を確認します。",
			Command: jaCmdGetCert,
		}, {
			Who:     ServerOwner,
			Title:   "更新した証明書を割り当てる",
			Where:   jaWhereEMS,
			Do:      "証明書を更新して取り込み、{server} に応答するすべてのサーバーと TLS を終端する機器で、新しい証明書を割り当てます。",
			Command: jaCmdEnableCert,
		}, {
			Who:   ServerOwner,
			Title: "期限切れの中間 CA 証明書を削除する",
			Where: jaWhereServerCerts,
			Do:    "期限切れの中間 CA 証明書が残っていれば削除し、現在の中間証明書だけが送られるようにします。",
		}},
	},
	0x40: {
		Title:   "証明書の用途がサーバー認証ではない",
		Meaning: "証明書の拡張キー使用法 (EKU) に「サーバー認証」(1.3.6.1.5.5.7.3.1) が含まれていないため、Web サーバーの証明書としては使えません。CryptoAPI では CERT_E_WRONG_USAGE (0x800B0110)、チェーンの状態では CERT_TRUST_IS_NOT_VALID_FOR_USAGE に当たります。",
		Causes: []string{
			"社内 CA で、Web サーバー用ではないテンプレート (クライアント認証のみ、コード署名など) を使って発行した",
			"テンプレートを複製したときに、アプリケーション ポリシーから「サーバー認証」を外してしまった",
			"中間 CA 証明書の EKU が制限されていて、サーバー認証を含んでいない",
			"OpenSSL や New-SelfSignedCertificate で作った証明書の EKU 指定が誤っている",
		},
		Fixes: []Step{{
			Who:     Helpdesk,
			Title:   "「サーバー認証」の用途があるか確認する",
			Where:   jaWhereCmd,
			Do:      "server.cer の内容を表示し、「拡張キー使用法」に「サーバー認証」があるか、中間証明書の EKU も含めて確認します (証明書ビューアーの「詳細」タブでも見られます)。",
			Command: "certutil -dump server.cer",
		}, {
			Who:   ServerOwner,
			Title: "テンプレートのアプリケーション ポリシーを確認する",
			Where: "証明機関 (certsrv.msc) > 証明書テンプレート、または証明書テンプレート コンソール (certtmpl.msc)",
			Do:    "使うテンプレート (通常は「Web サーバー」) の「拡張機能」タブで、アプリケーション ポリシーに「サーバー認証」が入っているかを確認します。",
		}, {
			Who:     ServerOwner,
			Title:   "サーバー認証の用途で証明書を要求し直す",
			Where:   jaWhereEMS,
			Do:      "サーバー認証の EKU を持つ証明書を要求し直し、発行されたら取り込んで IIS に割り当てます。",
			Command: jaCmdRequest,
		}, {
			Who:     ServerOwner,
			Title:   "新しい証明書を IIS に割り当てる",
			Where:   jaWhereEMS,
			Do:      "新しい証明書を IIS 用に有効にします。",
			Command: jaCmdEnableCert,
		}},
	},
	0x80000000: {
		Title:   "TLS の接続確立 (ハンドシェイク) に失敗",
		Meaning: "証明書の中身を調べる前の段階で、TLS の接続確立に失敗しました。Microsoft の WinHTTP の資料には「SSL ライブラリの読み込みエラー」としか書かれていませんが、実際にはプロトコルや暗号スイートが合わない場合がほとんどです。Schannel の SEC_E_* (SEC_E_ALGORITHM_MISMATCH 0x80090331、SEC_E_ILLEGAL_MESSAGE 0x80090326 など)、WinHTTP のエラー番号では 12157 (ERROR_WINHTTP_SECURE_CHANNEL_ERROR) に当たります。",
		Causes: []string{
			"サーバーが TLS 1.2 だけを受け付けるのに、Windows 7 など古い PC の WinHTTP が TLS 1.2 を使わない (KB 3140245 と DefaultSecureProtocols が未設定)",
			"PC とサーバーに共通の暗号スイートがない (サーバー側で暗号スイートを絞り込んだ後など)",
			"途中のプロキシ、ロード バランサー、TLS インスペクション機器が接続を切っている、または古い TLS しか話さない",
			"サーバーが証明書の秘密キーを使えない (サーバーのシステム ログに Schannel のイベント 36870)",
			"IIS の /Rpc の SSL 設定でクライアント証明書が「必要」になっている",
		},
		Fixes: []Step{{
			Who:   Helpdesk,
			Title: "更新プログラム KB 3140245 を入れる",
			Where: "ユーザーの PC: Windows Update / Microsoft Update カタログ",
			Do:    "Windows 7 SP1、Windows Server 2008 R2 SP1、Windows Server 2012 の PC では、WinHTTP で TLS 1.1 / 1.2 を既定にできるようにする更新プログラム KB 3140245 が入っているかを確認し、なければ入れます。Windows 8.1 / Windows Server 2012 R2 以降は WinHTTP が既定で TLS 1.2 を使うため、この手順と次の 3 つの手順は不要です。",
		}, {
			Who:     Helpdesk,
			Title:   "WinHTTP の既定で TLS 1.2 を使えるようにする",
			Where:   jaWhereAdminCmd,
			Do:      "KB 3140245 を入れたうえで、WinHTTP の既定のプロトコルを TLS 1.0 / 1.1 / 1.2 (0xA80) にします。TLS 1.0 を外すなら 0xA00 にします。",
			Command: `reg add "HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000A80 /f`,
		}, {
			Who:     Helpdesk,
			Title:   "32 ビット版 Office 用にも同じ値を設定する",
			Where:   jaWhereAdminCmd,
			Do:      "64 ビット Windows では、32 ビット版 Office 用に Wow6432Node 側にも同じ値を設定し、PC を再起動します。",
			Command: `reg add "HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000A80 /f`,
		}, {
			Who:     Helpdesk,
			Title:   "Schannel のクライアント側で TLS 1.2 を有効にする",
			Where:   jaWhereAdminCmd,
			Do:      "Windows 7 では Schannel のクライアント側の TLS 1.2 が既定で無効なことがあるため、あわせて有効にしてから再起動します。",
			Command: `reg add "HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client" /v DisabledByDefault /t REG_DWORD /d 0 /f`,
		}, {
			Who:   ServerOwner,
			Title: "Schannel のイベントを読み、TLS 設定を合わせる",
			Where: "Exchange サーバー: イベント ビューアー > Windows ログ > システム",
			Do:    "接続に失敗した時刻の Schannel のイベント (36874: 共通の暗号スイートがない、36888: 致命的なアラート、36870: 秘密キーを使えない) を確認し、Microsoft の Exchange TLS 構成のガイダンスに沿ってプロトコルと暗号スイートをクライアントと合わせます。",
		}, {
			Who:   ServerOwner,
			Title: "クライアント証明書の設定を確認する",
			Where: "Exchange サーバー: IIS マネージャー > Default Web Site > Rpc > SSL 設定",
			Do:    "「クライアント証明書」が「無視」になっているかを確認します (Outlook Anywhere は既定で「無視」です)。",
		}, {
			Who:   Helpdesk,
			Title: "検査を通らない経路で接続して比べる",
			Where: jaWhereMiddlebox,
			Do:    "途中の機器が疑わしいときは、プロキシや TLS インスペクションを通らない経路から同じ PC で接続して比べ、通るなら {server} を機器の検査対象から外すか、機器の TLS 設定を更新します。",
		}},
	},
}

var jaResolutions = map[int]Resolution{
	1: {
		Title: "解決策 1: 証明書の中身を確かめる (エラー メッセージ 1・2)",
		Intro: "エラー メッセージ 1 と 2 では、コードの各ビットが証明書のどこが問題かを示しています。KB は Internet Explorer の南京錠アイコンから証明書を見る手順でしたが、今は現行のブラウザーか PowerShell で、サーバーが実際に提示している証明書を読みます。読んだ内容をサーバーの管理者に渡し、フラグごとの対処で直してもらいます。",
		Steps: []Step{{
			Who:   UserPC,
			Title: "ブラウザーで証明書を開く",
			Where: jaWhereBrowser,
			Do:    "https://{server}/rpc/rpcproxy.dll を開き、アドレス バー左端のアイコンから証明書ビューアーを開きます。発行先、サブジェクト代替名、有効期間、発行者、証明書の階層を控えるか、画面を保存してヘルプデスクに送ります。",
		}, {
			Who:     Helpdesk,
			Title:   "または PowerShell で証明書を表示する",
			Where:   jaWherePS,
			Do:      "ブラウザーで開けないときや正確な値が欲しいときは、この 1 行で証明書を表示し、server.cer として保存します。",
			Command: jaCmdShowCert,
		}, {
			Who:   Helpdesk,
			Title: "名前・有効期間・発行者・用途を確かめる",
			Where: "PC が受け取った証明書 (証明書ビューアーまたは PowerShell の出力)",
			Do:    "読んだ内容を次の点で確かめます: サブジェクト代替名 (なければ発行先の CN) に {server} が含まれるか (メッセージ 2 はここが合っていません)、今日の日付が有効期間内か、発行者がルートまでたどれて信頼されているか、「拡張キー使用法」にサーバー認証があるか。",
		}, {
			Who:     ServerOwner,
			Title:   "IIS に割り当てた証明書と拇印を比べる",
			Where:   jaWhereEMS,
			Do:      "サーバー側で IIS に割り当てられている証明書 (Services に IIS) が、PC が受け取った証明書と同じ拇印かを確認し、違えば正しい証明書を割り当てます。そのうえでフラグごとの対処を行います。",
			Command: jaCmdGetCert,
		}},
	},
	2: {
		Title: "解決策 2: 発行元のルート証明書を信頼させる (エラー メッセージ 3)",
		Intro: "エラー メッセージ 3 (コードは 0x00000008) は、証明書の発行元を PC が信頼していないことを示します。KB の手順は証明書ダイアログの「証明書のインストール」をクリックさせるものでしたが、これは 1 台での切り分けにしか向きません。恒久的には、パブリック CA の証明書にするか、社内 CA のルート証明書を管理された方法で PC に配布します。",
		Steps: []Step{{
			Who:   Helpdesk,
			Title: "発行者と証明書の階層を確認する",
			Where: jaWhereBrowser,
			Do:    "https://{server}/rpc/rpcproxy.dll の証明書で発行者と証明書の階層を確認します。プロキシやセキュリティ製品の CA なら TLS インスペクション、Exchange サーバー自身の名前なら自己署名証明書、社内 CA ならルートの配布漏れが原因です。",
		}, {
			Who:     ServerOwner,
			Title:   "パブリック CA の証明書に切り替える",
			Where:   jaWhereEMS,
			Do:      "できればパブリック CA の証明書に切り替えます。社外の PC や私物の PC も含め、どの PC でも追加の配布なしで信頼されます。取り込み後に IIS に割り当てます。",
			Command: jaCmdEnableCert,
		}, {
			Who:   ServerOwner,
			Title: "ルート証明書をグループ ポリシーで配布する",
			Where: jaWhereGPO,
			Do:    "社内 CA を使う場合は、ルート証明書をこのポリシーにインポートしてドメインの PC に配布します。",
		}, {
			Who:   Helpdesk,
			Title: "Intune でルート証明書を配布する",
			Where: "Microsoft Intune 管理センター: デバイス > 構成 > 作成 > 新しいポリシー > Windows 10 以降 > テンプレート > 信頼された証明書",
			Do:    "Intune で管理している PC には「信頼された証明書」プロファイルでルート証明書を配布します。",
		}, {
			Who:     Helpdesk,
			Title:   "管理外の PC にルート証明書を入れる",
			Where:   jaWhereAdminPS,
			Do:      "どちらの管理下にもない PC には、正規の経路で受け取り拇印を照合したルート証明書を、コンピューターの「信頼されたルート証明機関」に入れます。",
			Command: jaCmdRootImport,
		}, {
			Who:     ServerOwner,
			Title:   "中間 CA 証明書をサーバーに入れる",
			Where:   jaWhereServerPS,
			Do:      "チェーンが途中で切れている場合は、中間 CA 証明書を各 Exchange サーバーの「中間証明機関」ストアに入れ、サーバーがチェーン全体を送るようにします。",
			Command: jaCmdCAImport,
		}, {
			Who:   ServerOwner,
			Title: "TLS インスペクションの対象から外す",
			Where: jaWhereMiddlebox,
			Do:    "発行者が TLS インスペクションの CA だった場合は、{server} と autodiscover などの Exchange の名前を検査の対象から除外します。",
		}, {
			Who:   UserPC,
			Title: "1 台だけ試しにルートを入れて確かめる",
			Where: "Windows の証明書ダイアログ (server.cer をダブルクリック) > 証明のパス > 一番上のルート > 証明書の表示 > 全般 > 証明書のインストール",
			Do:    "1 台だけで原因を確かめたいときに限り、発行元を管理者に確認できたルート証明書だけを、証明書のインポート ウィザードで保存場所「ローカル コンピューター」、「証明書をすべて次のストアに配置する」>「信頼されたルート証明機関」を選んで入れてみます。これで接続できれば発行元の信頼が原因と確定します。確認後は入れた証明書を削除し、上の方法で正式に配布します。",
		}},
	},
	3: {
		Title: "解決策 3: 主体名 (msstd) を確認し、アドインを切り分ける (エラー メッセージ 4 / エラー コード 0)",
		Intro: "エラー メッセージ 4 (「ターゲット サイト」を含む文面) で、名前が一致しないと言いながらコードが 0 の場合です。WinHTTP の検証では証明書に問題がなく、その後の Outlook (RPC) による主体名 (msstd:) の確認で拒否されたと考えられます。まず主体名の設定を確認し、それでも出る場合に KB の手順どおりセーフ モードとアドインで切り分けます。",
		Steps: []Step{{
			Who:   Helpdesk,
			Title: "msstd: の主体名を控える",
			Where: jaWhereProxySettings,
			Do:    "msstd: で始まる主体名 (プリンシパル名) の値を控えます。このチェック ボックスは、Microsoft の日本語資料では「次のプリンシパル名が証明書に記載されているプロキシ サーバーのみに接続する」と表記されています (Outlook のバージョンにより文言は異なります)。値が証明書の名前 (ワイルドカード証明書なら *.contoso.com) と合っているかを比べます。",
		}, {
			Who:     ServerOwner,
			Title:   "Autodiscover が配る主体名を確認する",
			Where:   jaWhereEMS,
			Do:      "Autodiscover が PC に配っている主体名を確認します。空なら、Outlook は接続先のホスト名から msstd:<ホスト名> を作ります。",
			Command: jaCmdGetCPN,
		}, {
			Who:     ServerOwner,
			Title:   "主体名を証明書に合わせて設定する",
			Where:   jaWhereEMS,
			Do:      "ワイルドカード証明書の場合は、主体名を証明書の名前に合わせて設定します。証明書の発行先 (CN) が 1 つの名前なら msstd:mail.contoso.com のように、その名前を指定します。Windows Vista SP1 より前の PC は msstd: を発行先の CN とだけ比べ、SAN を見ない点に注意します。",
			Command: jaCmdSetCPN,
		}, {
			Who:   Helpdesk,
			Title: "Outlook を再起動し、必要ならプロファイルを作り直す",
			Where: jaWhereProxySettings,
			Do:    "Autodiscover で作られたプロファイルでは、この画面を手で直しても次回の Autodiscover で元に戻ります。サーバー側を直したら Outlook を再起動し、古い値が残る場合はプロファイルを作り直します。",
		}, {
			Who:     UserPC,
			Title:   "Outlook をセーフ モードで起動する",
			Where:   jaWhereRun,
			Do:      "主体名が正しいのに出る場合は、Outlook をすべて閉じてからセーフ モードで起動します。セーフ モードで出なければ、アドインが原因と考えられます。",
			Command: "outlook.exe /safe",
		}, {
			Who:   Helpdesk,
			Title: "原因のアドインを特定する",
			Where: jaWhereAddins,
			Do:    "Microsoft 以外の COM アドインのチェックを外して Outlook を再起動し、1 つずつ戻して原因のアドインを特定します。通信に割り込むセキュリティ製品 (Web 保護機能) も同様に一時的に外して確かめます。",
		}},
	},
}

var jaZeroCode = Explanation{
	Title: "エラー コード 0: フラグは 1 つもないのに名前が拒否された",
	Text:  "「(エラー コード 0)」と名前の不一致の文が一緒に出るのは、WinHTTP による証明書の検証では問題が見つからなかった (どのフラグも立っていない) のに、その後 Outlook の RPC 層が証明書の名前を受け入れなかった、という意味です。ほとんどは、{server} に接続するための Exchange プロキシ設定の主体名 (msstd:) と、証明書の名前の不一致です。ワイルドカード証明書なのに msstd:mail.contoso.com になっている場合や、Windows Vista SP1 より前の PC が msstd: を発行先の CN とだけ比べる場合に起きます。主体名が合っていれば、KB の手順どおりセーフ モードと COM アドインで切り分けます。",
	Steps: []Step{{
		Who:   Helpdesk,
		Title: "主体名と証明書の名前を比べる",
		Where: jaWhereProxySettings,
		Do:    "msstd: の主体名と、{server} の証明書の発行先・サブジェクト代替名を比べます。",
	}, {
		Who:     ServerOwner,
		Title:   "Autodiscover の主体名を確認して合わせる",
		Where:   jaWhereEMS,
		Do:      "Autodiscover が配る主体名を確認し、ワイルドカード証明書なら証明書に合わせて設定します。",
		Command: jaCmdSetCPN,
	}, {
		Who:     UserPC,
		Title:   "セーフ モードで起動して確かめる",
		Where:   jaWhereRun,
		Do:      "主体名が正しいのに出る場合は、Outlook をセーフ モードで起動して、アドインが原因かを確かめます。",
		Command: "outlook.exe /safe",
	}, {
		Who:   Helpdesk,
		Title: "原因のアドインを特定する",
		Where: jaWhereAddins,
		Do:    "セーフ モードで出なければ、Microsoft 以外の COM アドインを外して原因を特定します。",
	}},
}

const jaWin32Misread = "このコードを Err.exe や certutil -error で調べると、0x8 はメモリ不足 (ERROR_NOT_ENOUGH_MEMORY、日本語の Windows では「このコマンドを実行するのに十分な記憶域がありません。」)、0x10 は「ディレクトリを削除できません。」(ERROR_CURRENT_DIRECTORY)、0x20 は共有違反 (ERROR_SHARING_VIOLATION、「プロセスはファイルにアクセスできません。別のプロセスが使用中です。」) と表示されます。これらのツールは数値を Win32 のエラー番号として引くためで、このダイアログとは関係ありません。このコードは WinHTTP の証明書フラグを足し合わせた (OR した) ビットマスクで、1 つの数値に複数の問題が入っています。ビットに分けて読んでください。"

var jaFamilies = map[string]Explanation{
	FamilyHRESULT: {
		Title: "CryptoAPI / Schannel のエラー コード (HRESULT) です",
		Text:  "0x800B0109 (CERT_E_UNTRUSTEDROOT)、0x800B010F (CERT_E_CN_NO_MATCH)、0x80092013 (CRYPT_E_REVOCATION_OFFLINE)、0x80090325 (SEC_E_UNTRUSTED_ROOT) のような 0x800Bxxxx / 0x8009xxxx の値は、証明書の検証や TLS の処理が返す 1 つのエラーを表す HRESULT です。イベント ログ、.NET の例外、ほかのアプリのエラー画面で見かけます。ビットを足し合わせたこのダイアログのコードとは仕組みが違うため、フラグとしては読めません。意味は 1 つの値として調べます。多くは対応するフラグがあり (CERT_E_UNTRUSTEDROOT なら 0x8、CERT_E_CN_NO_MATCH なら 0x10、CERT_E_EXPIRED なら 0x20)、そのフラグの対処が参考になります。",
		Steps: []Step{{
			Who:     Helpdesk,
			Title:   "certutil でコードを引く",
			Where:   jaWhereCmd,
			Do:      "値を HRESULT として引き、定数名と説明を確認します (winerror.h の定数と同じです)。",
			Command: "certutil -error 0x800B0109",
		}},
	},
	FamilyWinHTTP: {
		Title: "WinHTTP / WinINet のエラー番号 (12xxx) です",
		Text:  "12037 (証明書の日付が無効)、12038 (名前が一致しない)、12045 (発行元を信頼できない)、12157 (セキュリティ チャネルのエラー)、12175 (セキュリティ エラー全般) のような 12xxx の番号は、WinHTTP / WinINet の API が返すエラー番号です。HRESULT の形 (0x80072Fxx) でも現れ、ActiveSync や Windows のメール、Windows Update で見かける 0x80072F0D は 12045 (信頼されていない CA) のことです。このダイアログのコードは同じ失敗の詳細を表すビットマスクで、別物です。対応はおおむね 12045 → 0x8、12038 → 0x10、12037 → 0x20、12157 → 0x80000000 で、12175 のときは詳細がフラグ側に入ります。番号の一覧は Microsoft の WinHTTP / WinINet のエラー メッセージの資料 (winhttp.h / wininet.h) で調べられます。",
	},
	FamilyCertTrust: {
		Title: "証明書チェーンの状態 (CERT_TRUST_* / X509ChainStatusFlags) です",
		Text:  "CERT_TRUST_IS_UNTRUSTED_ROOT や .NET の X509ChainStatusFlags (UntrustedRoot、PartialChain、RevocationStatusUnknown など) は、CryptoAPI がチェーンを組んだ結果の状態を表すビットで、certutil -verify の出力、.NET の X509Chain、CAPI2 のイベント ログに出てきます。ビットの並びがこのダイアログとは違い、たとえば 0x20 は CERT_TRUST_* では「信頼されていないルート」ですが、このダイアログでは「有効期間外」です。名前ごとに読み替えてください (UntrustedRoot / PartialChain → 0x8、NotTimeValid → 0x20、Revoked → 0x4、RevocationStatusUnknown / OfflineRevocation → 0x1、NotValidForUsage → 0x40)。定義は wincrypt.h の CERT_TRUST_STATUS と .NET の X509ChainStatusFlags の資料にあります。",
		Steps: []Step{{
			Who:     Helpdesk,
			Title:   "CAPI2 の操作ログを有効にする",
			Where:   jaWhereAdminCmd,
			Do:      "PC 側でチェーンの検証を詳しく記録したいときは、CAPI2 の操作ログを有効にします (イベント ビューアー > アプリケーションとサービス ログ > Microsoft > Windows > CAPI2 > Operational)。",
			Command: "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true",
		}},
	},
	FamilyBrowser: {
		Title: "ブラウザーの証明書エラーです (このダイアログのフラグではありません)",
		Text:  "NET::ERR_CERT_AUTHORITY_INVALID (Edge、Chrome)、SEC_ERROR_UNKNOWN_ISSUER (Firefox)、DLG_FLAGS_INVALID_CA (Internet Explorer) のような名前は、ブラウザーがサイトの証明書を受け入れなかったときにエラー ページに出すものです。最初の確認として https://{server}/rpc/rpcproxy.dll を開いたときによく見かけます。どれも 1 つの問題を表し、多くはこのダイアログのフラグ 1 つに当たります。発行元を信頼できない → 0x8、名前が一致しない → 0x10、有効期間外 → 0x20、失効 → 0x4、失効を確認できない → 0x1、プロトコルや暗号方式が合わない → 0x80000000 です。ブラウザーが受け取った証明書は Outlook が受け取るものと同じなので、そのフラグの原因と対処がそのまま当てはまります。ただし Firefox は独自の信頼されたルートを使うため、Firefox だけで出る発行元のエラーは Windows の信頼とは別の話です。",
		Steps: []Step{{
			Who:   Helpdesk,
			Title: "ブラウザーが受け取った証明書を開く",
			Where: "ユーザーの PC のブラウザーのエラー ページ: 詳細設定から証明書 (またはアドレスの左のアイコン)",
			Do:    "ブラウザーが受け取った証明書を開き、名前・有効期間・発行元を、エラーが当たるフラグと見比べます。証明書をエクスポートすれば、proxycert の証明書の確認でも調べられます。",
		}},
	},
	FamilyIgnoreFlags: {
		Title: "エラーを無視する設定 (SECURITY_FLAG_IGNORE_*) です",
		Text:  "SECURITY_FLAG_IGNORE_UNKNOWN_CA (0x100)、SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE (0x200)、SECURITY_FLAG_IGNORE_CERT_CN_INVALID (0x1000)、SECURITY_FLAG_IGNORE_CERT_DATE_INVALID (0x2000) は、アプリのプログラムが WinHTTP / WinINet に「この種類の証明書エラーを無視せよ」と指示するためのオプションです。エラーの報告ではなく、ビットの位置もこのダイアログとは違います。Outlook にはこれを設定する方法がなく、無視させることは解決にもなりません。ソース コードや設定ファイルで見かけた値なら、WinHTTP の WINHTTP_OPTION_SECURITY_FLAGS (または WinINet の INTERNET_OPTION_SECURITY_FLAGS) の資料で意味を確認してください。",
	},
}

var jaNearMisses = map[string]Explanation{
	NearMissSecurityAlert: {
		Title: "「セキュリティの警告」ダイアログ (コードなし) です",
		Text:  "「セキュリティ証明書の名前が無効であるか、サイトの名前と一致しません」と出て「はい」「いいえ」「証明書の表示」のボタンがあり、エラー コードのないダイアログは、このエラーではありません。多くは Autodiscover (自動検出) や EWS・オフライン アドレス帳の URL に接続したときの警告で、https://contoso.com/autodiscover/... のような URL が、別の名前の証明書を持つ Web サーバーに届いているのが典型です。接続はできても毎回警告が出ます。ユーザーに「はい」を押し続けてもらうのではなく、名前を直してください。",
		Steps: []Step{{
			Who:   UserPC,
			Title: "警告のホスト名と証明書の発行先を控える",
			Where: "セキュリティの警告ダイアログ > 証明書の表示",
			Do:    "警告に出ているホスト名と、証明書の「発行先」を控えてヘルプデスクに伝えます。",
		}, {
			Who:   Helpdesk,
			Title: "電子メールの自動構成をテストする",
			Where: "ユーザーの PC: Ctrl キーを押しながら通知領域の Outlook アイコンを右クリック > 電子メールの自動構成のテスト",
			Do:    "Autodiscover がどの URL に接続し、どのサーバー名を受け取っているかを確認します。",
		}, {
			Who:     ServerOwner,
			Title:   "Autodiscover と EWS の URL を確認する",
			Where:   jaWhereEMS,
			Do:      "Autodiscover と EWS の URL が証明書に入っている名前になっているかを確認し、違えば直します。社外向けには autodiscover.contoso.com の DNS レコードを用意します。Exchange 2013 以前では Get-ClientAccessService の代わりに Get-ClientAccessServer を使います。",
			Command: "Get-ClientAccessService | fl Name,AutoDiscoverServiceInternalUri; Get-WebServicesVirtualDirectory | fl Server,InternalUrl,ExternalUrl",
		}},
	},
	NearMissCannotVerify: {
		Title: "POP / IMAP / SMTP の「検証できないセキュリティ証明書」の警告です",
		Text:  "接続先のサーバーが「検証できないセキュリティ証明書」を使っているという警告は、Exchange (Outlook Anywhere) ではなく、POP・IMAP・SMTP のインターネット メール アカウントで出るものです。アカウントに設定したサーバー名が証明書の名前と違う (レンタル サーバーの共用証明書など)、証明書の期限切れ、自己署名証明書などが原因です。このツールのコードとは関係ありません。",
		Steps: []Step{{
			Who:   UserPC,
			Title: "証明書の発行先を控える",
			Where: "警告ダイアログ > 証明書の表示",
			Do:    "証明書の「発行先」に書かれたサーバー名を控えます。",
		}, {
			Who:   Helpdesk,
			Title: "サーバー名・ポート・暗号化を合わせる",
			Where: "Outlook: ファイル > アカウント設定 > アカウント設定 > (メール アカウント) > 変更 (またはサーバーの設定)",
			Do:    "受信メール サーバーと送信メール サーバーの名前を、証明書に入っている名前 (メール提供元が案内している名前) に合わせます。ポートと暗号化方式 (SSL/TLS、STARTTLS) も提供元の案内どおりか確認します。",
		}, {
			Who:   ServerOwner,
			Title: "サーバー側で証明書を更新してもらう",
			Where: "メール サーバー / メール提供元",
			Do:    "証明書の期限切れや自己署名証明書が原因なら、サーバー側で正しい名前のパブリック証明書に更新してもらいます。",
		}},
	},
	NearMissEncrypted: {
		Title: "アカウントの自動セットアップ中の「暗号化された接続は利用できません」という警告です",
		Text:  "アカウントの自動セットアップ中に出るこのメッセージは、Autodiscover (自動検出) の HTTPS 接続が失敗したことを示しており、このダイアログのエラーではありません。Autodiscover の URL の証明書の問題 (名前の不一致、信頼されていない発行元)、DNS の誤り、主体名 (msstd:) の不一致などが原因です。「次へ」で暗号化されていない接続を試すのではなく、Autodiscover を直してください。",
		Steps: []Step{{
			Who:   Helpdesk,
			Title: "Autodiscover の URL の証明書を確かめる",
			Where: jaWhereBrowser,
			Do:    "https://autodiscover.<メールのドメイン>/autodiscover/autodiscover.xml を開き、証明書の警告が出ないか、証明書の名前・期限・発行元を確認します。",
		}, {
			Who:     ServerOwner,
			Title:   "Autodiscover の URL と主体名を確認する",
			Where:   jaWhereEMS,
			Do:      "Autodiscover の内部 URL と Outlook Anywhere の主体名が証明書の名前と合っているかを確認します。Exchange 2013 以前では Get-ClientAccessServer を使います。外部からの接続は Microsoft Remote Connectivity Analyzer の Outlook Anywhere のテストでも確かめられます。",
			Command: "Get-ClientAccessService | fl Name,AutoDiscoverServiceInternalUri; " + jaCmdGetCPN,
		}, {
			Who:   Helpdesk,
			Title: "サーバー設定を手動で入力する",
			Where: "Outlook: ファイル > アカウントの追加 > 詳細オプション > 自分で自分のアカウントを手動で設定",
			Do:    "Exchange ではなく POP / IMAP のアカウントなら、メール提供元が案内するサーバー名、ポート、暗号化方式 (例: IMAP は 993 と SSL/TLS、SMTP は 587 と STARTTLS) を手動で入力します。",
		}},
	},
}

var jaWarnings = map[string]string{
	WarnVariant3Code:   "このダイアログは KB のエラー メッセージ 3 (発行元を信頼できない) で、コードは常に 0x00000008 のはずですが、ここでは {code} です。コードが本当にこのダイアログのものか確認してください。",
	WarnNameNoCN:       "ダイアログは名前が一致しないと言っていますが、コード {code} には名前のフラグ (0x10) がありません。msstd: の主体名の確認で拒否されたか、コードが別のダイアログのものである可能性があります。",
	WarnUnknownBits:    "コードに、どの証明書フラグにも使われていないビット {bits} が立っています (定義されているのは 0x8000007F の範囲だけです)。打ち間違いか、別の種類のコードかもしれません。",
	WarnAmbiguous:      "「{digits}」は Outlook の表示どおり 16 進数として {code} と読みました。10 進数として読むと {decimal} になるため、別の読み方として併記します。",
	WarnNoCode:         "ダイアログは認識できましたが、エラー コードが含まれていません。末尾のかっこ内の数字まで含めて貼り付けてください。",
	WarnNoServer:       "ダイアログは認識できましたが、プロキシ サーバー名が含まれていません。Outlook の Exchange プロキシ設定で確認できます。",
	WarnSeveralCodes:   "テキストに {count} 個のコードがあります。最初の {code} を使いました。",
	WarnOtherLanguage:  "このダイアログは proxycert が説明文を持たない言語です。サーバー名とコードは読み取りました。理由の文を読めなかった場合、表示している KB のメッセージ番号はコードに合うものなので、ダイアログと見比べてください。",
	WarnDecimalOverHex: "「{digits}」は 16 進数のコードとしては桁が多すぎるため、10 進数として {code} と読みました。",
	WarnTooLong:        "入力が {limit} を超えているため、先頭部分だけを読み取りました。",
	WarnLookalikeHost:  "サーバー「{written}」には数字と形が似た文字 (0 の代わりに O、1 の代わりに l や I) が入っています。ダイアログを画像から読み取ったときに起こることです。アドレスなので {server} として読みました。ダイアログと見比べてください。",
	WarnLookalike:      "「{written}」にはコードの文字と形が似た別の文字 (0 の代わりに O、1 の代わりに l や I、0x の x の代わりに掛け算記号 ×、キリル文字の х、全角の ｘ) が入っています。コードを打ち直したとき、画面の写真から読み取ったとき、組版されたページからコピーしたときに起こることです。{code} として読みました。ダイアログと見比べてください。",
	WarnPartUnread:     "「{written}」は読み取れなかったため除外しました。以下はコードの残りの部分 {code} についての結果です。除外した部分をダイアログと照らし合わせてください。",
	WarnCodeCut:        "コード「{digits}」は途中で切れているようです (かっこが閉じていない、または 0x の後が Outlook の書く 8 桁に足りない)。コピーの際に一部が失われた可能性があるので、ダイアログをもう一度確認してください。以下は {code} としての結果です。",
}

var jaErrors = map[string]string{
	ErrEmpty:       "読み取る内容がありません。Outlook のダイアログか、(0x00000018) のようなエラー コードを貼り付けてください。",
	ErrTooBig:      "{pos} 文字目の「{text}」は 32 ビットに収まりません (最大は {limit})。このダイアログのコードは 16 進数で 8 桁までです。",
	ErrUnknownName: "{pos} 文字目の「{text}」はフラグ名ではありません。フラグ名は FLAG_INVALID_CA や WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA のような形です。",
	ErrBadNumber:   "{pos} 文字目の「{text}」は数値として読めません。コードは 0x00000018、18、-2147483640 のような形で入力してください。",
	ErrNothing:     "プロキシ サーバーの証明書のダイアログも、エラー コードも見つかりませんでした。ダイアログ全体 (メッセージ ボックスで Ctrl+C を押すとコピーできます) か、コードだけを貼り付けてください。",
}

var jaUI = map[Key]string{
	UIReading:           "読み取り結果",
	UIVariant:           "KB のエラー メッセージ {variant}",
	UINoVariant:         "コードのみ (ダイアログの文面なし)",
	UILanguage:          "言語",
	UIServer:            "プロキシ サーバー",
	UIServerWhere:       "Outlook では ファイル > アカウント設定 > アカウント設定 > (Exchange アカウント) > 変更 > 詳細設定 > 接続 > Exchange プロキシ設定 の、プロキシ サーバーに接続するための URL 欄にあります (プロファイルのプロパティ 001f6622)。",
	UICode:              "コード",
	UIFlags:             "立っているフラグ",
	UINoFlags:           "証明書のフラグは立っていません (コード 0)",
	UIUnknownBits:       "未定義のビット",
	UIMeaning:           "意味",
	UICauses:            "よくある原因",
	UIFixes:             "対処",
	UIFirstChecks:       "まず確認すること",
	UIResolution:        "KB 923575 の解決策",
	UIWarnings:          "注意",
	UIAlternative:       "10 進数として読むと {code} になります",
	UIWhere:             "場所",
	UICommand:           "コマンド",
	UINotThis:           "このエラーではありません",
	UINoBrowser:         "ブラウザーを開けませんでした。次のアドレスを手動で開いてください:",
	UIServerPlaceholder: "<サーバー名>",

	// Ticket notes (package app/note) and the decode --jsonl errors.
	UINoteWorkTitle:              "Outlook プロキシ証明書エラー: 作業メモ",
	UINoteSeparator:              "、",
	UINoteSummary:                "{server} への接続で {code}: {flags}。",
	UINoteSummaryNoServer:        "{code}: {flags}。",
	UINoteSummaryNothing:         "プロキシ証明書のダイアログですが、エラー コードもサーバー名も含まれていません。",
	UINoteSummaryNoCode:          "{server} のプロキシ証明書のダイアログですが、エラー コードが含まれていません。",
	UINoteSummaryNotThis:         "Outlook のプロキシ証明書エラーではありません: {what}",
	UINoteNothing:                "読み取れる内容がありません",
	UINoteNoServer:               "入力に含まれていません",
	UINoteDialog:                 "ダイアログ",
	UINoteAsWritten:              "(入力では「{text}」)",
	UINoteNoCode:                 "入力に含まれていません",
	UINoteError:                  "読み取れなかった理由",
	UINoteOriginal:               "貼り付けられたメッセージ",
	UINoteWinHTTP:                "WinHTTP の定数",
	UINoteSameAs:                 "同じ問題を表すフラグ",
	UINoteSteps:                  "手順 (この順に実施)",
	UINoteStepsIntro:             "上のグループから順に進め、Outlook が接続できた時点で終了してください。各手順には、誰がどこで行うかを記載しています。",
	UINoteGroup:                  "{n}. {title}",
	UINoteFixesFor:               "{flag} の対処",
	UINoteLink:                   "proxycert でこの結果を開く",
	UINoteLinkShort:              "貼り付けられたメッセージが長すぎてリンクに入らないため、リンクには読み取った内容だけを含めています。",
	UINoteWrittenBy:              "proxycert {version} で作成。",
	UINoteKindWork:               "作業メモ (社内向け)",
	UINoteKindCustomer:           "お客様向けコメント",
	UINoteFormatText:             "プレーン テキスト",
	UINoteFormatMarkdown:         "Markdown",
	UINoteFormatJira:             "Jira ウィキ記法",
	UINoteCustomerIntro:          "Outlook がメールボックスへの接続に使うサーバー {server} に接続できませんでした。このサーバーのセキュリティ証明書が、お使いのコンピューターによる確認を通らなかったためです。",
	UINoteCustomerIntroNoServer:  "Outlook がメールボックスへの接続に使うサーバーに接続できませんでした。このサーバーのセキュリティ証明書が、お使いのコンピューターによる確認を通らなかったためです。",
	UINoteCustomerFound:          "メッセージからわかること",
	UINoteCustomerFlagRevocation: "証明書がまだ有効かどうかを、お使いのコンピューターがインターネット経由で確認できませんでした。",
	UINoteCustomerFlagInvalid:    "証明書が壊れているか、不完全です。",
	UINoteCustomerFlagRevoked:    "証明書は発行元によって取り消されています。",
	UINoteCustomerFlagIssuer:     "証明書の発行元が、お使いのコンピューターで信頼されていません。",
	UINoteCustomerFlagName:       "証明書は、Outlook の接続先とは別の名前に対して発行されています。",
	UINoteCustomerFlagDate:       "証明書の有効期限が切れているか、まだ有効期間になっていません。または、お使いのコンピューターの日付や時刻がずれています。",
	UINoteCustomerFlagUsage:      "この証明書は、サーバーの身元を示すためのものではありません。",
	UINoteCustomerFlagChannel:    "お使いのコンピューターとサーバーの間で、安全な接続の方法を決められませんでした。",
	UINoteCustomerZero:           "証明書自体は確認を通りましたが、Outlook が証明書の名前を受け入れなかったか、Outlook のアドインが影響しています。",
	UINoteCustomerYou:            "お客様にお願いしたいこと",
	UINoteCustomerDoClock:        "お使いのコンピューターの日付、時刻、タイム ゾーンが正しいか (Windows の 設定 > 時刻と言語 > 日付と時刻)、「時刻を自動的に設定する」がオンになっているかをご確認ください。",
	UINoteCustomerDoNetwork:      "可能であれば、別のネットワーク (ご自宅や社内など) でも同じメッセージが表示されるかをお知らせください。",
	UINoteCustomerDoSafeMode:     "Outlook をセーフ モードで起動してみてください。Windows キーを押しながら R を押し、outlook.exe /safe と入力して Enter を押します。その状態で接続できるかをお知らせください。",
	UINoteCustomerDont:           "メッセージで勧められても、証明書のインストールやセキュリティ設定の変更はご自身で行わないでください。お使いのコンピューターで作業が必要な場合は、こちらからご案内します。",
	UINoteCustomerWe:             "サポート窓口で行っていること",
	UINoteCustomerDoing:          "証明書の問題について調査しています。",
	UINoteCustomerDoing1:         "サーバーが提示している証明書を確認し、サーバーの管理チームに修正を依頼しています。",
	UINoteCustomerDoing2:         "証明書の発行元をお使いのコンピューターが信頼するように設定するか、コンピューターが既に信頼している証明書をサーバーで使うように手配しています。",
	UINoteCustomerDoing3:         "Outlook がサーバーの証明書に求める名前の設定と、Outlook のアドインが関係していないかを確認しています。",
	UINoteCustomerNeedCode:       "お送りいただいたメッセージには、末尾のエラー コードが含まれていませんでした。メッセージのウィンドウをクリックして Ctrl+C を押し、返信に貼り付けて、メッセージ全体をお送りください。",
	UINoteCustomerOtherDialog:    "お送りいただいたのは、通常のものとは別の Outlook の警告です。お使いのアカウントにとってどのような意味があるかを確認しています。",
	UINoteCustomerOtherCode:      "お送りいただいたのは、別の種類のエラー コードです。意味を調べてご連絡します。",
	UINoteCustomerNeedMessage:    "お送りいただいた内容からはエラーを読み取れませんでした。メッセージのウィンドウをクリックして Ctrl+C を押し、返信に貼り付けて、メッセージ全体をお送りください。",
	UINoteCustomerUpdate:         "詳しいことがわかり次第、このチケットでお知らせします。メッセージの内容が変わった場合や、別のコンピューターでも表示される場合は、新しいメッセージを返信でお送りください。",
	UIJSONLBadJSON:               "JSON オブジェクトではありません。各行は {\"id\": \"INC0012345\", \"text\": \"…\"} のようなオブジェクト 1 つにしてください。",
	UIJSONLNoText:                "オブジェクトに \"text\" がないか、空です。",
	UIJSONLTextType:              "\"text\" は文字列にしてください。",
	UIJSONLIDType:                "\"id\" は文字列、数値、true、false、null のいずれかにしてください。",
	UIJSONLTooLong:               "行が {limit} バイトを超えています。",
	UIJSONLTextTooLong:           "\"text\" が {limit} バイトを超えています。解読できるのはその長さまでです。",

	// The page's own strings.
	UIPageTitle:            "Outlook プロキシ証明書エラー解読ツール",
	UIPageDescription:      "Outlook の「プロキシ サーバーのセキュリティ証明書に問題があります」のメッセージかエラー コードを貼り付けると、失敗したチェックと、誰が何をすれば直るかがわかります。",
	UIPageTagline:          "メッセージかエラー コードを貼り付けると、失敗した証明書のチェックと、誰がどこで何をすれば直るかを表示します。",
	UIPageLoading:          "対話できるページを準備しています…",
	UIPageLangSwitch:       "表示言語",
	UIPageLangUnknown:      "不明",
	UIPageLangNone:         "なし (コードのみ)",
	UIPageInputSection:     "入力",
	UIPageInputLabel:       "Outlook のメッセージかエラー コードを貼り付けてください",
	UIPageInputHint:        "入力や貼り付けと同時に結果が表示されます。貼り付けた内容がこのページの外に送られることはありません。",
	UIPageExamples:         "例で試す:",
	UIPageExampleEn:        "英語のダイアログ: KB のメッセージ 2 (0x00000018)",
	UIPageExampleJa:        "日本語のダイアログ: KB のメッセージ 3 (0x00000008)",
	UIPageExampleCode:      "コードのみ: 0x80000020",
	UIPageAnswerTitle:      "結果",
	UIPageEmpty:            "Outlook のメッセージかコードを入力欄に貼り付けるか、例を選ぶと、ここに結果が表示されます。",
	UIPageNotRecognized:    "プロキシ証明書のダイアログでも、そのエラー コードでもありません。",
	UIPageSummary:          "{code}: {flags}。",
	UIPageSummaryServer:    "{code}: {flags}。プロキシ サーバー: {server}。",
	UIPageSummaryNoCode:    "ダイアログは認識しましたが、エラー コードが含まれていません。",
	UIPageDialog:           "ダイアログ",
	UIPageNoServer:         "入力に含まれていません",
	UIPageNoCode:           "入力に含まれていません",
	UIPageAsWritten:        "入力では「{text}」",
	UIPageCopyLink:         "リンクをコピー",
	UIPageCopied:           "リンクをコピーしました。チケットに貼り付けてください。",
	UIPageCopyRefused:      "ブラウザーがコピーを許可しませんでした。",
	UIPageCopyFallback:     "リンクを選択して手動でコピーしてください (Ctrl+C):",
	UIPageNoteTitle:        "チケット用メモ",
	UIPageNoteIntro:        "この回答をチケットに書き込める形にまとめます。ヘルプデスク向けの作業メモ (フラグと手順の順番をリンク付きで簡潔に、または参考情報まですべて) か、ユーザー向けの短く平易なコメントを選べます。プレビューの内容がそのままコピーされます。",
	UIPageNoteKind:         "メモの種類",
	UIPageNoteFormat:       "形式",
	UIPageNotePreview:      "プレビュー (この内容がコピーされます)",
	UIPageNoteCopy:         "チケット用メモをコピー",
	UIPageNoteCopied:       "チケット用メモをコピーしました。チケットに貼り付けてください。",
	UIPageNoteCopyRefused:  "ブラウザーがコピーを許可しませんでした。プレビューのメモを選択したので、Ctrl+C でコピーしてください。",
	UIPageUseDecimal:       "{code} として読む",
	UIPageFamilyFlag:       "ダイアログのコードでは、同じ問題は {code} {name} (「{title}」) に当たります。",
	UIPageFamilyFlagShow:   "{code} の説明を見る",
	UIPageValue:            "値",
	UIPageKBName:           "KB 923575 での名前",
	UIPageWinHTTPName:      "WinHTTP の定数",
	UIPageChecklistTitle:   "フラグからコードを組み立てる",
	UIPageChecklistFlags:   "証明書のフラグ",
	UIPageChecklistUnknown: "コードには、どのフラグにも当たらないビットも含まれています: {bits}",
	UIPageChecklistServer:  "プロキシ サーバー名",
	UIPageChecklistCode:    "コード",
	UIPageLinkProblems:     "このリンクの一部は使えませんでした:",
	UIPageLinkUnreadable:   "# または ? より後ろをリンクのパラメーターとして読み取れません。リンク全体がコピーされているか確認してください。",
	UIPageLinkBadLang:      "リンクで指定された言語「{lang}」はこのページにありません ({langs} のみ)。",
	UIPageLinkRepeated:     "リンクに {name}= が複数あります ({values})。最初の値を使いました。",
	UIPageLinkBadMsg:       "リンクの「msg={msg}」は KB 923575 のメッセージ番号 (1～4) ではないため、使いませんでした。",
	UIPageLinkBadServer:    "リンクの「{server}」はサーバー名ではないため、使いませんでした。",
	UIPageLinkBadCode:      "リンクの「{code}」はこのダイアログのエラー コードではありません。下の結果を参照してください。",
	UIPageLinkNoCode:       "リンクにはサーバー名だけがあり、エラー コードがありません。フラグを選ぶか、メッセージを貼り付けてください。",
	UIPageFooter:           "一度開けばオフラインでも使えます。貼り付けた内容はどこにも送信されません。",
	UIPageUpdateAvailable:  "このページの新しいバージョンがインストールされました。",
	UIPageUpdateReload:     "再読み込みして更新",
	UIPageTooLong:          "テキストが {size} KiB あり、このページが読み取る {limit} KiB を超えています。先頭の {limit} KiB だけを読み取りました。全体を読み取るには、Outlook のメッセージの部分だけを貼り付けてください。",
	UIPageLinkLeftOut:      "このテキストはリンクに入れるには長すぎるため (アドレスが {limit} 文字に達します)、アドレスと「リンクをコピー」には含めていません。代わりにテキストをチケットに添付してください。",

	// スクリーンショット (app/page: imagereader.go, pageimage.go, pastebox.go)。
	UIPageImageHint:          "メッセージのスクリーンショットも使えます。貼り付ける (Ctrl+V) か、ボックスにドロップするか、画像を選択してください。画像はこのページの中だけで読み取ります。アップロードはせず、アドレスやコピーしたリンクにも含めません。",
	UIPageImageChoose:        "スクリーンショットを選択",
	UIPageImageDownloading:   "スクリーンショットの読み取り機能をダウンロードしています (初回のみ)…",
	UIPageImageStarting:      "スクリーンショットの読み取り機能を起動しています…",
	UIPageImageReading:       "画像を読み取っています…",
	UIPageImageReadingJa:     "画像を日本語としてもう一度読み取っています…",
	UIPageImageCancel:        "キャンセル",
	UIPageImageFromImage:     "画像から読み取りました。サーバー名とコードを画像と見比べ、読み取りが違っていればここで直してください。",
	UIPageImageNoDialog:      "画像に Outlook のダイアログが見つかりませんでした。メッセージそのもののスクリーンショットを使うか、テキストを貼り付けてください (メッセージをクリックして Ctrl+C)。",
	UIPageImageLoadFailed:    "スクリーンショットの読み取り機能をダウンロードできませんでした。接続を確認して、もう一度お試しください。一度使えば、オフラインでも使えます。",
	UIPageImageNotPicture:    "このファイルはブラウザーで開ける画像ではありません。PNG、JPEG、BMP、WebP を使ってください。",
	UIPageImageFailed:        "画像を読み取れませんでした。",
	UIPageImageOffline:       "スクリーンショットの読み取りをオフラインでも使えるようにする",
	UIPageImageOfflineBusy:   "スクリーンショットの読み取り機能をダウンロードしています…",
	UIPageImageOfflineDone:   "このブラウザーでは、オフラインでもスクリーンショットを読み取れるようになりました。",
	UIPageImageOfflineUnkept: "ダウンロードしましたが、このブラウザーはページのファイルをオフライン用に保存しません。",
	UIPageImageOfflineFailed: "ダウンロードに失敗しました。接続を確認して、もう一度お試しください。",

	// The certificate check (app/page: certcheck.go, certverdicts.go, certfields.go).
	UIPageCertTitle:          "証明書を確認する",
	UIPageCertIntro:          "プロキシ サーバーの証明書を貼り付けるか、そのファイルをドロップまたは選択すると、上のコードのフラグのうちどれがこの証明書で説明できるかを表示します。証明書はこのページの中だけで読み取ります。アップロードはせず、アドレスやコピーしたリンクにも含めません。",
	UIPageCertPasteLabel:     "証明書: PEM (証明書 1 枚またはチェーン全体) か、base64 のみのテキスト",
	UIPageCertDrop:           ".cer、.crt、.pem、.der ファイルをここにドロップするか、選択してください:",
	UIPageCertFiles:          "読み取ったファイル: {names}",
	UIPageCertClearFiles:     "ファイルを外す",
	UIPageCertFileError:      "{name}: {error}",
	UIPageCertFileUnreadable: "ブラウザーがこのファイルを読み取れませんでした。",
	UIPageCertServerLabel:    "サーバー名",
	UIPageCertServerHint:     "上のメッセージから取り込んだ名前です。別の名前と照合するときは書き換えてください。",
	UIPageCertMsstdLabel:     "プリンシパル名 (msstd、省略可)",
	UIPageCertMsstdHint:      "Outlook の Exchange プロキシ設定にある「次のプリンシパル名が証明書に記載されているプロキシ サーバーのみに接続する」の値です。",
	UIPageCertAtLabel:        "有効期間を照合する日時 (このコンピューターの現地時刻)",
	UIPageCertAtHint:         "既定は現在の日時です。ダイアログが出た PC の時計のずれも 0x20 の原因になります。その PC の日付と時刻を入れると、その PC から見た結果になります。",
	UIPageCertEmpty:          "まだ確認する証明書がありません。証明書を貼り付けるか、ファイルを選択してください。",
	UIPageCertStatus:         "証明書を {count} 枚読み取りました。{verdicts}",
	UIPageCertVerdict:        "{flag}: {verdict}",
	UIPageCertNoFlags:        "コード 0 ではフラグが一つも立っていません。Windows は証明書に問題を見つけていません。「ターゲット サイト」を含むダイアログなら、プリンシパル名 (msstd) を入れて照合してください。",
	UIPageCertCommand:        "このページからは接続できません。Outlook が失敗する PC またはネットワークで {command} を実行すると、そこでサーバーが提示する証明書を読み取り、Outlook が表示するコードを示します。",

	// The answer's layout: the steps first, the reference after them.
	UIPageStepsTitle:      "対処の手順 (この順に)",
	UIPageWhoFirst:        "最初に対応するのは:",
	UIPageWhoThen:         "続いて",
	UIPageStepsOpenAll:    "すべての手順のやり方を表示",
	UIPageStepsCloseAll:   "手順の見出しだけを表示",
	UIPageCopyCommand:     "コマンドをコピー",
	UIPageCommandCopied:   "コマンドをコピーしました。",
	UIPageCommandFallback: "コマンドを選択して、自分でコピーしてください (Ctrl+C):",
	UIPageReference:       "参考情報",
	UIPageFlagsTitle:      "{code} のフラグ",
	UIPageFlagsHint:       "チェックの入ったものが、コードで立っているフラグです。チェックを付け外しすると別のコードを組み立てられ、回答・入力欄・アドレスもそれに合わせて変わります。",
	UIPageFlagMore:        "WinHTTP が検出した内容と主な原因",
	UIPageCertStatusOne:   "証明書を 1 枚読み取りました。{verdicts}",
	UIPageNoteLength:      "作業メモの内容",
	UIPageNoteShort:       "簡潔",
	UIPageNoteFull:        "参考情報まですべて",
	UINoteShortMore:       "各手順をどこでどう行うか、コマンド、各フラグの意味は、リンク先の解説にあります。",
}
