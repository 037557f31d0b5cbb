package messages

import "strings"

// This file holds the recognition material of every language the decoder
// reads, whether or not the language has a catalog: the dialog's published
// wordings and the phrases the decoder looks for, never text it shows as
// its own. The phrases are written as they appear on screen; the decoder
// folds case, widths, accents, quotes, hyphens and spaces before it
// compares, so one spelling per phrase is enough.

// Anchors are stable pieces of the dialog in one language, the material the
// decoder recognises the error by.
type Anchors struct {
	Opening     []string // the first sentence, which marks this error
	NameReason  []string // the reason sentence of messages 2 and 4
	CAReason    []string // the reason sentence of message 3
	TargetSite  []string // the words before the server in message 4
	ProxyServer []string // "connect to the proxy server", after which real dialogs may name the server
	CodeLabel   []string // "Error Code", written before the digits in real dialogs (and "Error Code is" in tickets)
}

// Dialog is one published set of the error's wordings: KB 923575's messages
// 1 to 4, quoted exactly (typos included) with %s where Outlook puts the
// server name and the code.
type Dialog struct {
	Source   string
	Messages [4]string
}

// Fill returns message msg (1 to 4) of the wording with server and code in
// place of its two %s, as Outlook shows it.
func (d Dialog) Fill(msg int, server, code string) string {
	return strings.Replace(strings.Replace(d.Messages[msg-1], "%s", server, 1), "%s", code, 1)
}

// Dialogs are the published wordings of the error, by language: KB
// 923575's messages 1 to 4, quoted exactly. The decoder's tests and
// fixtures are built from them, and check DialogAnchors against them.
var Dialogs = map[string][]Dialog{
	"en": {{
		Source: "KB 923575, English",
		Messages: [4]string{
			"There is a problem with the proxy server's security certificate, %s. Outlook is unable to connect to this server. (%s)",
			"There is a problem with the proxy server's security certificate, %s. The name on the security certificate is invalid or does not match the name of the site. Outlook is unable to connect to this server. (%s)",
			"There is a problem with the proxy server's security certificate, %s. The security certificate is not from a trusted certifying authority. Outlook is unable to connect to this server.(%s)\"",
			"There is a problem with the proxy server's security certificate. The name on the security certificate is invalid or does not match the name of the target site %s. Outlook is unable to connect to the proxy server (Error Code %s)",
		},
	}},
	"ja": {{
		Source: "KB 923575, Japanese, current copy",
		Messages: [4]string{
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 Outlook はこのサーバーに接続できません。 (%s)",
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 セキュリティ証明書の名前が無効であるか、サイトの名前と一致しません。 Outlook はこのサーバーに接続できません。 (%s)",
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 セキュリティ証明書は、信頼された証明機関からのものではありません。 Outlook はこのサーバーに接続できません。(%s)\"",
			"プロキシ サーバーのセキュリティ証明書に問題があります。 セキュリティ証明書の名前が無効であるか、ターゲット サイト %s の名前と一致しません。 Outlook がプロキシ サーバーに接続できない (エラー コード %s)",
		},
	}, {
		Source: "KB 923575, Japanese, older copy",
		Messages: [4]string{
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 Outlook がサーバーに接続できません。 (%s)",
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 セキュリティ証明書の名前が無効であるか、またはサイト名と一致しません。 Outlook がサーバーに接続できません。 (%s)",
			"プロキシ サーバーのセキュリティ証明書 %s に問題があります。 セキュリティ証明書は、信頼された証明機関からの証明書ではありません。 Outlook は、このサーバーに接続できません。(%s)」",
			"プロキシ サーバーのセキュリティ証明書には問題があります。 セキュリティ証明書の名前が無効であるか、または、ターゲット サイトである %s のサイト名と一致しません。 Outlook が、プロキシ サーバーに接続できません (エラー コード %s)",
		},
	}},
}

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

// DialogAnchors are the pieces of the error's own dialog in every language
// the decoder recognises, keyed by BCP 47 tag. A dialog in a language with
// a catalog (see Languages) is read and explained in it; in any other the
// decoder still reads the code and the server name, and says it cannot
// explain the dialog in that language. The English and Japanese anchors
// are taken from the published wordings (Dialogs). The German and French
// name reason sentences are quoted from Microsoft's pages; the rest are
// the terms Windows and Office use in those languages, kept short so that
// small wording differences between Outlook versions do not matter. A
// language not listed is read by the dialog's shape (Shape).
var DialogAnchors = map[string]Anchors{
	"en": {
		Opening:     []string{"There is a problem with the proxy server's security certificate"},
		NameReason:  []string{"The name on the security certificate is invalid or does not match the name of the"},
		CAReason:    []string{"The security certificate is not from a trusted certifying authority"},
		TargetSite:  []string{"the name of the target site"},
		ProxyServer: []string{"unable to connect to the proxy server"},
		// With the words people put between it and the digits in a ticket.
		CodeLabel: []string{"Error Code", "Error Code is", "Error Code was", "Error Code of"},
	},
	"ja": {
		Opening:     []string{"プロキシ サーバーのセキュリティ証明書"},
		NameReason:  []string{"セキュリティ証明書の名前が無効であるか"},
		CAReason:    []string{"信頼された証明機関からの"},
		TargetSite:  []string{"ターゲット サイトである", "ターゲット サイト", "対象のサイト"},
		ProxyServer: []string{"プロキシ サーバーに接続できな"},
		// With the particles people put between it and the digits in a ticket.
		CodeLabel: []string{"エラー コード", "エラー コードは", "エラー コードが"},
	},
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

// Shape is what the decoder reads the dialog by in a language with no
// anchors here: every copy of the dialog has the same shape, a sentence on
// the proxy server's certificate that names the server (or a reason
// sentence naming it), and a last sentence that names Outlook and ends in
// the code in brackets, alone or after a label. Product is the name every
// translation keeps as it is. CertificateWords and CodeWords are stems of
// the common nouns "certificate" and "code" in the languages Office and
// Windows are translated into, from general terminology, not quoted from
// any wording of the dialog; the decoder folds case and accents as for
// anchors. English and Japanese are left out of CertificateWords: their
// dialogs are read by their anchors, and chatter in them about a
// certificate is not a dialog in an unknown language.
var Shape = struct {
	Product          string
	CertificateWords []string
	CodeWords        []string
}{
	Product: "Outlook",
	CertificateWords: []string{
		// Latin script: French, Romanian, Catalan ("certificat", never
		// "certificate"); Dutch; Spanish, Portuguese, Galician; Italian;
		// Danish, Swedish, Czech, Slovak, Croatian, Bosnian, Albanian;
		// Polish; German; Turkish, Norwegian, Indonesian, Latvian,
		// Lithuanian, Estonian, Serbian; Hungarian; Finnish; Slovenian;
		// Vietnamese; Malay; Basque; Welsh; Irish; Icelandic; Filipino.
		"certificat", "certificaat", "certificado", "certificato", "certifikat",
		"certyfikat", "zertifikat", "sertifik", "tanúsítvány", "varmen", "potrdil",
		"chứng chỉ", "sijil", "ziurtagiri", "tystysgrif", "teastas", "skilríki", "sertipiko",
		// Cyrillic: Russian, Ukrainian, Bulgarian, Kazakh, Macedonian,
		// Serbian; Belarusian; Mongolian.
		"сертиф", "сертыф", "гэрчилгээ",
		// Greek; Hebrew (Windows' term, and the general one); Arabic;
		// Persian; Urdu.
		"πιστοποιητικ", "אישור", "תעוד", "شهاد", "گواهی", "سرٹیفکیٹ",
		// Hindi, Marathi, Nepali; Bengali; Tamil; Thai; Georgian.
		"प्रमाणपत्र", "শংসাপত্র", "சான்றிதழ்", "ใบรับรอง", "სერტიფიკატ",
		// Chinese (Simplified, Traditional); Korean.
		"证书", "憑證", "證書", "인증서",
	},
	// Stems of "code" ("error" where it is short) in the label of the real
	// dialogs' "(Error Code 10)": Romance languages, Dutch, English; Polish,
	// Turkish, Nordic, Czech, Slovak, South Slavic, Hungarian, Baltic,
	// Indonesian, Malay; Finnish, Estonian; Vietnamese ("mã" folds to "ma");
	// Cyrillic; Greek; Hebrew; Arabic, Persian, Urdu; Hindi, Bengali, Tamil;
	// Thai; Chinese; Korean; Japanese; Georgian.
	CodeWords: []string{
		"cod", "kod", "kood", "lỗi", "код", "κωδικ", "קוד", "رمز", "كود", "کد", "کوڈ",
		"कोड", "কোড", "குறியீடு", "รหัส", "码", "碼", "코드", "コード", "კოდ",
	},
}

// LogLabels are the words logs and tools print before an error number:
// "WinHttpSendRequest failed with error 12045", "returned -2146762487",
// "status 12175", "hr=0x800B0109". A number after one is read as the code
// of another family (a WinHTTP error, an HRESULT) when it is one, and is
// not taken for a code of this dialog otherwise ("status 200").
var LogLabels = []string{"error", "err", "returned", "status", "hr=", "hr:", "hresult", "result", "code", "lasterror"}

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
