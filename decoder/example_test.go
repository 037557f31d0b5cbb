package decoder_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"

	"proxycert/decoder"
	"proxycert/messages"
)

func ExampleParse() {
	r := decoder.Parse(`---------------------------
Microsoft Outlook
---------------------------
There is a problem with the proxy server's security certificate, mail.contoso.com. The name on the security certificate is invalid or does not match the name of the site. Outlook is unable to connect to this server. (0x00000018)
---------------------------
OK
---------------------------`)
	fmt.Println(r.Language, r.Variant, r.Server, decoder.Hex(r.Code))
	for _, f := range r.Flags {
		fmt.Println(decoder.Hex(f.Value), f.Name)
	}
	// Output:
	// en 2 mail.contoso.com 0x00000018
	// 0x00000008 FLAG_INVALID_CA
	// 0x00000010 FLAG_CERT_CN_INVALID
}

func ExampleParse_japanese() {
	r := decoder.Parse("プロキシ サーバーのセキュリティ証明書には問題があります。 セキュリティ証明書の名前が無効であるか、または、ターゲット サイトである owa.fabrikam.co.jp のサイト名と一致しません。 Outlook が、プロキシ サーバーに接続できません (エラー コード 10)")
	fmt.Println(r.Language, r.Variant, r.Server, decoder.Hex(r.Code))
	// Bare digits are hex, as Outlook prints them; the decimal reading is
	// kept as an alternative.
	fmt.Println(r.Alternative.Reading, decoder.Hex(r.Alternative.Code))
	// Output:
	// ja 4 owa.fabrikam.co.jp 0x00000010
	// decimal 0x0000000A
}

func ExampleParse_otherFamily() {
	r := decoder.Parse("0x800B0109")
	fmt.Println(r.Recognized, r.OtherFamily, r.FamilyName, decoder.Hex(r.FamilyFlag))
	// Output: false hresult CERT_E_UNTRUSTEDROOT 0x00000008
}

func ExampleParse_nearMiss() {
	r := decoder.Parse("The server you are connected to is using a security certificate that cannot be verified.")
	fmt.Println(r.Recognized, r.NearMiss)
	// Output: false cannot-verify
}

func ExampleParseCode() {
	for _, s := range []string{"0x18", "(エラー コード 18)", "-2147483640", "FLAG_INVALID_CA | flag_cert_cn_invalid"} {
		c, err := decoder.ParseCode(s)
		fmt.Println(decoder.Hex(c.Value), err)
	}
	_, err := decoder.ParseCode("FLAG_INVALID_CA | FLAG_INVALID_CAA")
	e := err.(*decoder.Error)
	fmt.Println(e.ID, e.Input, e.Pos)
	// Output:
	// 0x00000018 <nil>
	// 0x00000018 <nil>
	// 0x80000008 <nil>
	// 0x00000018 <nil>
	// unknown-name FLAG_INVALID_CAA 19
}

func ExampleNames() {
	fmt.Println(decoder.Names(0x80000018))
	fmt.Println(decoder.Names(0x118))
	// Output:
	// FLAG_INVALID_CA | FLAG_CERT_CN_INVALID | FLAG_SECURITY_CHANNEL_ERROR
	// FLAG_INVALID_CA | FLAG_CERT_CN_INVALID | 0x00000100
}

func ExampleSplit() {
	set, unknown := decoder.Split(0x80000108)
	for _, f := range set {
		fmt.Println(f.Name, f.WinHTTP)
	}
	fmt.Println("unknown:", decoder.Hex(unknown))
	// Output:
	// FLAG_INVALID_CA WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA
	// FLAG_SECURITY_CHANNEL_ERROR WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR
	// unknown: 0x00000100
}

func ExampleExplain() {
	r := decoder.Parse("There is a problem with the proxy server's security certificate, mail.contoso.com. The security certificate is not from a trusted certifying authority. Outlook is unable to connect to this server.(0x00000008)")
	a := decoder.Explain(r, messages.For("ja"))
	// Message 3 gets KB 923575's resolution 2 (trust the root); the flags
	// come most decisive first.
	fmt.Println("resolution", a.Resolution)
	for _, f := range a.Flags {
		fmt.Println(f.Name)
	}
	// Output:
	// resolution 2
	// FLAG_INVALID_CA
}

func ExampleResult_Report() {
	rep := decoder.Parse("0x18").Report(messages.For("en"))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(rep)
	// Output:
	// {
	//   "recognized": true,
	//   "language": "",
	//   "variant": 0,
	//   "server": "",
	//   "code": 24,
	//   "hex": "0x00000018",
	//   "flags": [
	//     {
	//       "value": 8,
	//       "name": "FLAG_INVALID_CA",
	//       "winhttp": "WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA"
	//     },
	//     {
	//       "value": 16,
	//       "name": "FLAG_CERT_CN_INVALID",
	//       "winhttp": "WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID"
	//     }
	//   ],
	//   "unknownBits": 0,
	//   "alternative": null,
	//   "otherFamily": "",
	//   "warnings": []
	// }
}

func ExampleLink_Encode() {
	l := decoder.Link{Code: "0x00000018", Server: "mail.contoso.com", Lang: "ja"}
	fmt.Println("https://example.org/proxycert/#" + l.Encode())

	back, _ := decoder.ParseLink("#code=0x00000018&server=mail.contoso.com&utm_source=ticket")
	r := back.Result()
	fmt.Println(r.Server, decoder.Hex(r.Code))
	// Output:
	// https://example.org/proxycert/#code=0x00000018&server=mail.contoso.com&lang=ja
	// mail.contoso.com 0x00000018
}

func ExampleParseLink() {
	// As a ticket system handed the link back: the rest of the parameters
	// encoded once more, and the server given as the URL Outlook uses.
	l, _ := decoder.ParseLink("code=0x10%26server%3Dhttps%253A%252F%252Fmail.contoso.com%253A443%252Frpc")
	fmt.Printf("%s %s\n", l.Code, l.Server)
	// Output: 0x10 mail.contoso.com
}

func ExampleLinkParams() {
	// A template's query with an anchor the ticket system added.
	u, _ := url.Parse("https://example.org/proxycert/?code=0x18&server=mail.contoso.com#comment-42")
	fmt.Println(decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment()))
	// A code page's path with the server in the fragment.
	u, _ = url.Parse("https://example.org/proxycert/code/0x00000018/ja/#server=mail.contoso.com")
	fmt.Println(decoder.LinkParams(u.EscapedPath(), u.RawQuery, u.EscapedFragment()))
	// Output:
	// code=0x18&server=mail.contoso.com
	// code=0x00000018&lang=ja&server=mail.contoso.com
}

func ExampleParse_link() {
	// A link to the page pasted into the box reads as the link would.
	r := decoder.Parse("see https://example.org/proxycert/#code=0x00000018&server=mail.contoso.com")
	fmt.Println(r.Server, decoder.Names(r.Code))
	// Output: mail.contoso.com FLAG_INVALID_CA | FLAG_CERT_CN_INVALID
}

// Each renderer switches once, on what the input turned out to be.
func ExampleResult_Kind() {
	for _, text := range []string{
		"(0x00000018)",
		"There is a problem with the proxy server's security certificate, mail.contoso.com. Outlook is unable to connect to this server.",
		"0x800B0109",
		"The name on the security certificate is invalid or does not match the name of the site",
		"0x1G",
		"hello",
	} {
		switch decoder.Parse(text).Kind() {
		case decoder.KindCode:
			fmt.Println("flags to explain")
		case decoder.KindDialogNoCode:
			fmt.Println("the dialog, but no code")
		case decoder.KindOtherFamily:
			fmt.Println("another family's code")
		case decoder.KindNearMiss:
			fmt.Println("a look-alike dialog")
		case decoder.KindUnreadable:
			fmt.Println("unreadable")
		case decoder.KindNothing:
			fmt.Println("nothing to read")
		}
	}
	// Output:
	// flags to explain
	// the dialog, but no code
	// another family's code
	// a look-alike dialog
	// unreadable
	// unreadable
}
