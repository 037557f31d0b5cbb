package messages

// This file holds recognition material only: phrases the decoder looks for,
// never text it shows. Like Anchors, the phrases are written as they appear
// on screen; the decoder folds case, widths, accents, quotes, hyphens and
// spaces before it compares, so one spelling per phrase is enough.

// LookAlike is a dialog that resembles the proxy certificate error but is
// another message. Any one of its phrases marks it.
type LookAlike struct {
	NearMiss string   // a NearMiss* id
	Phrases  []string // pieces of its text, in any language
}

// LookAlikes are the dialogs people paste in place of the error. The name
// reason sentence ("The name on the security certificate is invalid…") is
// not listed: it is also part of the error itself, so the decoder tells the
// Security Alert by that sentence appearing without the error's opening and
// without a code.
var LookAlikes = []LookAlike{{
	NearMiss: NearMissSecurityAlert,
	Phrases: []string{
		// Outlook's and Internet Explorer's Security Alert (Autodiscover).
		"there is a problem with the site's security certificate",
		"Information you exchange with this site cannot be viewed or changed by others",
		"The security certificate was issued by a company you have not chosen to trust",
		"The security certificate has expired or is not yet valid",
		"Do you want to proceed?",
		"サイトのセキュリティ証明書に問題があります",
		"このサイトと交換する情報は",
		"続行しますか",
		"Möchten Sie den Vorgang fortsetzen",
		"Voulez-vous continuer ?",
	},
}, {
	NearMiss: NearMissCannotVerify,
	Phrases: []string{
		// The Internet Security Warning of IMAP, POP and SMTP accounts.
		"is using a security certificate that cannot be verified",
		"Do you want to continue using this server?",
		"The target principal name is incorrect",
		"確認できないセキュリティ証明書を使用しています",
		"確認出来ないセキュリティ証明書を使用しています",
		"検証できないセキュリティ証明書を使用しています",
		"このサーバーの使用を続けますか",
		"対象のプリンシパル名が間違っています",
		"ein Sicherheitszertifikat, das nicht überprüft werden kann",
		"un certificat de sécurité qui ne peut pas être vérifié",
	},
}, {
	NearMiss: NearMissEncrypted,
	Phrases: []string{
		// Account setup falling back from an encrypted connection.
		"An encrypted connection to your mail server is not available",
		"attempt using an unencrypted connection",
		"サーバーへの暗号化された接続",
		"Eine verschlüsselte Verbindung mit Ihrem E-Mail-Server ist nicht verfügbar",
		"Une connexion chiffrée à votre serveur de messagerie n'est pas disponible",
	},
}}

// OtherAnchors are pieces of the error's own dialog in languages that have
// no catalog, keyed by BCP 47 tag. The decoder still reads the code and the
// server name from such a dialog and says it cannot explain it in that
// language. The German and French name reason sentences are quoted from
// Microsoft's pages; the rest are the terms Windows and Office use in those
// languages, kept short so that small wording differences between Outlook
// versions do not matter.
var OtherAnchors = map[string]Anchors{
	"de": {
		Opening:     []string{"Sicherheitszertifikat des Proxyservers"},
		NameReason:  []string{"Der Name des Sicherheitszertifikats ist ungültig", "Der Name auf dem Sicherheitszertifikat ist ungültig"},
		CAReason:    []string{"nicht von einer vertrauenswürdigen Zertifizierungsstelle"},
		TargetSite:  []string{"Namen der Zielwebsite"},
		ProxyServer: []string{"Verbindung mit dem Proxyserver"},
		CodeLabel:   []string{"Fehlercode"},
	},
	"fr": {
		Opening:     []string{"certificat de sécurité du serveur proxy"},
		NameReason:  []string{"Le nom du certificat de sécurité n'est pas valide"},
		CAReason:    []string{"autorité de certification approuvée", "autorité de certification de confiance"},
		TargetSite:  []string{"nom du site cible"},
		ProxyServer: []string{"se connecter au serveur proxy"},
		CodeLabel:   []string{"code d'erreur"},
	},
	"es": {
		Opening:     []string{"certificado de seguridad del servidor proxy"},
		NameReason:  []string{"El nombre del certificado de seguridad no es válido"},
		CAReason:    []string{"entidad emisora de certificados de confianza"},
		TargetSite:  []string{"nombre del sitio de destino"},
		ProxyServer: []string{"conectar con el servidor proxy", "conectarse al servidor proxy"},
		CodeLabel:   []string{"código de error"},
	},
	"it": {
		Opening:     []string{"certificato di protezione del server proxy", "certificato di sicurezza del server proxy"},
		NameReason:  []string{"Il nome del certificato di protezione non è valido", "Il nome del certificato di sicurezza non è valido"},
		CAReason:    []string{"autorità di certificazione attendibile"},
		TargetSite:  []string{"nome del sito di destinazione"},
		ProxyServer: []string{"connettersi al server proxy"},
		CodeLabel:   []string{"codice di errore"},
	},
	"pt": {
		Opening:     []string{"certificado de segurança do servidor proxy"},
		NameReason:  []string{"O nome do certificado de segurança é inválido", "O nome no certificado de segurança é inválido"},
		CAReason:    []string{"autoridade de certificação confiável"},
		TargetSite:  []string{"nome do site de destino"},
		ProxyServer: []string{"conectar ao servidor proxy"},
		CodeLabel:   []string{"código de erro"},
	},
	"nl": {
		Opening:     []string{"beveiligingscertificaat van de proxyserver"},
		NameReason:  []string{"De naam op het beveiligingscertificaat is ongeldig"},
		CAReason:    []string{"vertrouwde certificeringsinstantie"},
		TargetSite:  []string{"naam van de doelsite"},
		ProxyServer: []string{"verbinding maken met de proxyserver"},
		CodeLabel:   []string{"foutcode"},
	},
	"zh-Hans": {
		Opening:     []string{"代理服务器的安全证书"},
		NameReason:  []string{"安全证书上的名称无效"},
		CAReason:    []string{"受信任的证书颁发机构"},
		TargetSite:  []string{"目标站点"},
		ProxyServer: []string{"连接到代理服务器"},
		CodeLabel:   []string{"错误代码"},
	},
	"zh-Hant": {
		Opening:     []string{"Proxy 伺服器的安全性憑證"},
		NameReason:  []string{"安全性憑證上的名稱無效"},
		CAReason:    []string{"信任的憑證授權單位"},
		TargetSite:  []string{"目標網站"},
		ProxyServer: []string{"連線到 Proxy 伺服器"},
		CodeLabel:   []string{"錯誤碼"},
	},
	"ko": {
		Opening:     []string{"프록시 서버의 보안 인증서"},
		NameReason:  []string{"보안 인증서의 이름이 잘못되었거나"},
		CAReason:    []string{"신뢰할 수 있는 인증 기관"},
		TargetSite:  []string{"대상 사이트"},
		ProxyServer: []string{"프록시 서버에 연결할 수 없습니다"},
		CodeLabel:   []string{"오류 코드"},
	},
	"ru": {
		Opening:     []string{"безопасности прокси-сервера"},
		NameReason:  []string{"Имя в сертификате безопасности недействительно"},
		CAReason:    []string{"доверенным центром сертификации"},
		TargetSite:  []string{"целевого сайта"},
		ProxyServer: []string{"подключиться к прокси-серверу"},
		CodeLabel:   []string{"код ошибки"},
	},
}

// Chrome is what a message box adds around its text when it is copied with
// Ctrl+C: the caption line and the row of buttons. The decoder drops a line
// that is exactly a caption, or only buttons (an accelerator such as "(Y)"
// may follow a button).
var Chrome = struct {
	Captions []string
	Buttons  []string
}{
	Captions: []string{"Microsoft Outlook", "Microsoft Office Outlook", "Outlook", "Microsoft Exchange"},
	Buttons: []string{
		"OK", "Cancel", "Yes", "No", "Retry", "Help", "Abort", "Ignore",
		"キャンセル", "はい", "いいえ", "ヘルプ", "再試行", "中止", "無視",
		"Abbrechen", "Ja", "Nein", "Hilfe", "Annuler", "Oui", "Non", "Aide",
		"Aceptar", "Cancelar", "Sí", "Annulla", "Sì", "Annuleren", "Nee",
		"确定", "取消", "確定", "확인", "취소", "Отмена",
	},
}
